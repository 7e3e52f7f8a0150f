"""Score the annotated batches pooled by group, against the gold of a git revision and of the worktree.

    .venv/bin/python scripts/calls_rescore.py [--rev HEAD] [--after REV] [--cache /tmp/calls_pred.json]

The extractor's output does not depend on the gold, so it is computed once (cached in
/tmp/calls_pred.json) and scored against both gold versions: the difference is the effect of the
gold corrections alone. Groups: the pools of /work/tools/pools.py (u59–u64, u53–u58, u44–u52, u36–u43,
u27–u35, u1–u26 without u13/u15), CHECK u13, u15.
Only figures are printed (CHECK batches are never listed).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))
import gold_eval  # noqa: E402

CACHE = Path("/tmp/calls_pred.json")
GROUPS = {
    "u59-u64": [f"u{n}" for n in range(59, 65)],
    "u53-u58": [f"u{n}" for n in range(53, 59)],
    "u44-u52": [f"u{n}" for n in range(44, 53)],
    "u36-u43": [f"u{n}" for n in range(36, 44)],
    "u27-u35": [f"u{n}" for n in range(27, 36)],
    "u1-u26 (no u13/u15)": [f"u{n}" for n in range(1, 27) if n not in (13, 15)],
    "CHECK u13": ["u13"],
    "CHECK u15": ["u15"],
}


def gold_at(rev: str | None, batch: str) -> dict[str, dict]:
    rel = f"corpus/annotated/{batch}.jsonl"
    raw = (
        subprocess.run(
            ["git", "show", f"{rev}:{rel}"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        if rev
        else (ROOT / rel).read_text("utf-8")
    )
    docs = [json.loads(x) for x in raw.splitlines() if x.strip()]
    return {d["id"]: d for d in docs}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rev", default="HEAD")
    ap.add_argument("--after", default=None, help="a revision for 'after' (default: the worktree)")
    ap.add_argument("--cache", default=str(CACHE), help="predictions cache (one per code version)")
    a = ap.parse_args()
    cache = Path(a.cache)
    score = gold_eval.load_score()
    if cache.exists():
        pred = json.loads(cache.read_text("utf-8"))
    else:
        allgold = {}
        for b in sum(GROUPS.values(), []):
            allgold.update(gold_at(None, b))
        pred = gold_eval.predict(allgold)
        cache.write_text(json.dumps(pred, ensure_ascii=False), "utf-8")
    for label, rev in (("before", a.rev), ("after", a.after)):
        for g, batches in GROUPS.items():
            gold = {}
            for b in batches:
                gold.update(gold_at(rev, b))
            res = score.score(gold, {k: pred[k] for k in gold})
            e, r = res["entities_typed"], res["relations_typed"]
            print(
                f"{label:6} {g:20} ent P {e['p']:.3f} R {e['r']:.3f} F1 {e['f1']:.3f} (gold {e['gold']})  "
                f"rel P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f} (gold {r['gold']})"
            )


if __name__ == "__main__":
    main()
