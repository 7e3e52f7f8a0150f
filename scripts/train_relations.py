"""Train the learned relation classifier (ingest/components/learned_relations.py).

    PYTHONPATH=$PWD .venv/bin/python scripts/train_relations.py --pred /work/rel32/pred \
        [--out /work/rel32/model] [--seed 0] [--epochs 8] [--exclude-batch u92,u93]

Data: ../shared/gold/{seeds,dev}.jsonl and the READ batches u1–u96 minus the CHECK batches u13, u15
(later batches are held out and refused), gold mentions located in each text
(ingest/learned_rel_training.py), sentences as the pipeline cuts them (--pred: bench/rel32_dump.py's
extraction lines). CPU only, a few minutes; same data and seed, same model.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from rel32_lbo import READ, _lines, training_pairs  # noqa: E402

from ingest.learned_rel_training import RelSettings, train  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--out", default="/work/rel32/model")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=RelSettings.epochs)
    ap.add_argument("--exclude-batch", default="")
    a = ap.parse_args()
    left_out = {x for x in a.exclude_batch.split(",") if x}
    batches = [b for b in READ if b not in left_out]
    preds = {rec["id"]: rec for b in batches for rec in _lines(Path(a.pred) / f"{b}.pred.jsonl")}
    nlp = train(training_pairs(batches, preds), RelSettings(seed=a.seed, epochs=a.epochs))
    nlp.meta["mcf_training"]["batches"] = batches
    out = Path(a.out)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({size / 1e6:.2f} MB)")
    print(json.dumps(nlp.meta["mcf_training"], ensure_ascii=False)[:2000])


if __name__ == "__main__":
    main()
