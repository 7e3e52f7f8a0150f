"""Train the learned span tagger and write it where the package loads it from.

    .venv/bin/python scripts/train_spans.py [--out ingest/models/spans] [--seed 0] [--epochs 20]
        [--exclude-gold d01,d02] [--batches u1,...,u26] [--exclude-batch u7] [--weak]

Data: ../shared/gold/{seeds,dev}.jsonl (gold; beside the checkout, as in CI), the annotated batches
that are development data (corpus/annotated/u1-u76, TRAIN_BATCHES; any later batch is held out and
refused here), and with --weak the rules' own entity spans on corpus/unlabelled/*.txt (weak
supervision). --exclude-batch leaves batches out (held-out evaluation, scripts/learned_cv.py: the
evaluation model never sees u23-u26 nor the CHECK batches u13, u15). CPU only, a few minutes.
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

from bench.read_sets import development_batches  # noqa: E402
from ingest.learned_training import Settings, held_out, load_gold, train, weak_labels  # noqa: E402

GOLD = ROOT.parent / "shared" / "gold"
ANNOTATED = ROOT / "corpus" / "annotated"
# batches that are development data (bench/read_sets.py: before FIRST_HELD); later batches are held
# out for the lead's generalisation measurement and are refused
TRAIN_BATCHES = tuple(development_batches())


def batch_files(names: list[str]) -> list[Path]:
    """The annotated batch files to train on; a held-out or missing batch is an error."""
    bad = [n for n in names if n not in TRAIN_BATCHES]
    if bad:
        sys.exit(f"train_spans: batches {bad} are held out or unknown (allowed: {', '.join(TRAIN_BATCHES)})")
    paths = [ANNOTATED / f"{n}.jsonl" for n in names]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        sys.exit(f"train_spans: annotated batch not found: {', '.join(missing)}")
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "ingest" / "models" / "spans"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=Settings.epochs)
    ap.add_argument("--exclude-gold", default="", help="gold ids to leave out (leave-some-out evaluation)")
    ap.add_argument("--batches", default=",".join(TRAIN_BATCHES), help="annotated batches to train on")
    ap.add_argument("--exclude-batch", default="", help="annotated batches to leave out, e.g. u7")
    ap.add_argument("--weak", action="store_true", help="add the rules' labels on unlabelled text")
    ap.add_argument("--depth", type=int, default=Settings.depth)
    ap.add_argument("--gold-repeat", type=int, default=Settings.gold_repeat)
    ap.add_argument("--arch", choices=["tagger", "ner"], default=Settings.arch,
                    help="character BIO tagger (default) or spaCy's transition-based ner")
    a = ap.parse_args()
    gold_files = [GOLD / "seeds.jsonl", GOLD / "dev.jsonl"]
    missing = [str(p) for p in gold_files if not p.exists()]
    if missing:
        sys.exit(f"train_spans: gold file not found: {', '.join(missing)} (../shared beside the checkout)")
    exclude = {x for x in a.exclude_gold.split(",") if x}
    left_out = {x for x in a.exclude_batch.split(",") if x}
    batches = [b for b in a.batches.split(",") if b and b not in left_out]
    docs = load_gold(gold_files + batch_files(batches), exclude)
    if a.weak:
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
    settings = Settings(seed=a.seed, epochs=a.epochs, depth=a.depth, gold_repeat=a.gold_repeat, arch=a.arch,
                        extra={"excluded_gold": sorted(exclude), "batches": batches})
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
