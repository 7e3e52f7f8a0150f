"""Train the learned span tagger and write it where the package loads it from.

    .venv/bin/python scripts/train_spans.py [--out ingest/models/spans] [--seed 0] [--epochs 20]
        [--exclude-gold d01,d02] [--no-weak]

Data: ../shared/gold/{seeds,dev}.jsonl (gold; beside the checkout, as in CI) and the rules' own
entity spans on corpus/unlabelled/*.txt (weak supervision). Never the held-out annotated batches
(corpus/annotated/u*.jsonl): they measure the component. CPU only, a few minutes.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.learned_training import Settings, held_out, load_gold, train, weak_labels  # noqa: E402

GOLD = ROOT.parent / "shared" / "gold"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "ingest" / "models" / "spans"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=Settings.epochs)
    ap.add_argument("--exclude-gold", default="", help="gold ids to leave out (leave-some-out evaluation)")
    ap.add_argument("--no-weak", action="store_true", help="gold only, no rule labels on unlabelled text")
    ap.add_argument("--depth", type=int, default=Settings.depth)
    ap.add_argument("--gold-repeat", type=int, default=Settings.gold_repeat)
    a = ap.parse_args()
    gold_files = [GOLD / "seeds.jsonl", GOLD / "dev.jsonl"]
    missing = [str(p) for p in gold_files if not p.exists()]
    if missing:
        sys.exit(f"train_spans: gold file not found: {', '.join(missing)} (../shared beside the checkout)")
    exclude = {x for x in a.exclude_gold.split(",") if x}
    docs = load_gold(gold_files, exclude)
    if not a.no_weak:
        paths = sorted((ROOT / "corpus" / "unlabelled").glob("*.txt"))
        texts = {p.stem: p.read_text(encoding="utf-8") for p in paths}
        annotated = [json.loads(x)["text"] for p in sorted((ROOT / "corpus" / "annotated").glob("*.jsonl"))
                     for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
        for tid in held_out(texts, annotated):
            print(f"train_spans: skipping corpus/unlabelled/{tid}.txt: it is (part of) an annotated batch")
            del texts[tid]
        docs += weak_labels(texts)
    print(f"{sum(d.origin == 'gold' for d in docs)} gold and {sum(d.origin == 'weak' for d in docs)} "
          f"weakly labelled texts, {sum(len(d.text) for d in docs)} characters")
    settings = Settings(seed=a.seed, epochs=a.epochs, depth=a.depth, gold_repeat=a.gold_repeat,
                        extra={"excluded_gold": sorted(exclude)})
    t0 = time.perf_counter()
    nlp = train(docs, settings)
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({size / 1e6:.2f} MB) in {time.perf_counter() - t0:.0f} s")
    meta = {k: v for k, v in nlp.meta["mcf_training"].items() if k != "documents"}
    print(json.dumps(meta, ensure_ascii=False))


if __name__ == "__main__":
    main()
