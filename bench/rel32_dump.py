"""Run the rule pipeline once over annotated batches and keep what the learned relation bench
needs: each document's extraction line (as `mcfgraph extract --format jsonl` writes it) plus its
sentence spans (entity mentions carry document offsets and sentence indexes).

    PYTHONPATH=$PWD .venv/bin/python bench/rel32_dump.py OUT_DIR u77 u78 ... [seeds dev]

One file OUT_DIR/<batch>.pred.jsonl per batch (bench/rel32_lbo.py reads them).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.model import Document  # noqa: E402
from ingest.extract import extract, get_nlp  # noqa: E402

GOLD = ROOT.parent / "shared" / "gold"


def batch_path(name: str) -> Path:
    """A batch's gold file: seeds/dev beside the checkout, u<N> in corpus/annotated."""
    if name in ("seeds", "dev"):
        p = GOLD / f"{name}.jsonl"
        return p if p.exists() else Path("/work/shared/gold") / f"{name}.jsonl"
    return ROOT / "corpus" / "annotated" / f"{name}.jsonl"


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    nlp = get_nlp()
    for name in sys.argv[2:]:
        target = out / f"{name}.pred.jsonl"
        if target.exists():
            continue
        lines = []
        for raw in batch_path(name).read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            d = json.loads(raw)
            ex = extract(Document(id=d["id"], source=d.get("source", ""), text=d["text"]), nlp)
            rec = ex.to_json()
            rec["id"] = d["id"]
            rec["sentences"] = [list(s) for s in ex.sentences]
            lines.append(json.dumps(rec, ensure_ascii=False))
        tmp = target.with_suffix(".tmp")
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        tmp.rename(target)
        print(name, len(lines), flush=True)


if __name__ == "__main__":
    main()
