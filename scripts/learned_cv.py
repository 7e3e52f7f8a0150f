"""Leave-one-batch-out evaluation of the learned span component (issue 10 §2).

    .venv/bin/python scripts/learned_cv.py [--folds u7,u8,u9,u10,u11,u12] [--epochs 12]
        [--work /tmp/learned_cv] [--skip-train] [--json out.json]

For each left-out batch: train the tagger by scripts/train_spans.py on seeds + dev + every other
development batch (u1-u12 minus the left-out one), then score the full pipeline on the left-out
batch with ../shared/eval/score.py, rules only and with the component in each mode ("add" spans
the rules missed, "veto" rule entities, "type" rule entities, and all three). One training at a
time (the machine is shared); each fold's model stays in --work so a rerun can --skip-train.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.gold_eval import load_score  # noqa: E402
from bench.learned_eval import load, run  # noqa: E402
from ingest.pipeline import build_nlp  # noqa: E402

VARIANTS = {
    "add": {"modes": ["add"]},
    "add@0.5": {"modes": ["add"], "threshold": 0.5},
    "veto": {"modes": ["veto"]},
    "veto@0.99": {"modes": ["veto"], "veto_threshold": 0.99},
    "type": {"modes": ["type"]},
    "type@0.7": {"modes": ["type"], "type_threshold": 0.7},
    "veto-org@0.99": {"modes": ["veto"], "veto_threshold": 0.99, "veto_types": [
        "Association", "Enterprise", "Event", "Fund", "IndustrialPark", "MilitaryUnit", "PartyGovBody",
        "Policy", "Project", "ResearchInstitute"]},
    "all": {"modes": ["add", "veto", "type"]},
}


def train_fold(batch: str, out: Path, epochs: int, seed: int, arch: str) -> None:
    cmd = [sys.executable, str(ROOT / "scripts" / "train_spans.py"), "--exclude-batch", batch,
           "--out", str(out), "--epochs", str(epochs), "--seed", str(seed), "--arch", arch]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def score_fold(batch: str, model: Path, score, variants: dict[str, dict]) -> dict[str, dict]:
    gold = load([str(ROOT / "corpus" / "annotated" / f"{batch}.jsonl")], set())
    results = {}
    nlps = {"off": build_nlp(learned=False)}
    for name, cfg in variants.items():
        nlp = build_nlp(learned=False)
        nlp.add_pipe("mcf_learned_spans", after="mcf_entities", config={"model_path": str(model), **cfg})
        nlps[name] = nlp
    for name, nlp in nlps.items():
        pred, _ = run(gold, nlp)
        s = score.score(gold, pred)
        results[name] = {k: s[k] for k in ("entities_typed", "relations_typed")}
    results["docs"] = len(gold)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", default="u7,u8,u9,u10,u11,u12")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--work", default="/tmp/learned_cv")
    ap.add_argument("--skip-train", action="store_true")
    ap.add_argument("--arch", choices=["tagger", "ner"], default="tagger")
    ap.add_argument("--json", default="")
    ap.add_argument("--variants", default=",".join(VARIANTS), help="which of " + ", ".join(VARIANTS))
    a = ap.parse_args()
    score = load_score()
    variants = {v: VARIANTS[v] for v in a.variants.split(",")}
    table = {}
    for batch in a.folds.split(","):
        model = Path(a.work) / batch
        if not a.skip_train or not (model / "config.cfg").exists():
            train_fold(batch, model, a.epochs, a.seed, a.arch)
        table[batch] = score_fold(batch, model, score, variants)
        row = table[batch]
        cells = " | ".join(f"{v} {row[v]['entities_typed']['f1']:.3f}/{row[v]['relations_typed']['f1']:.3f}"
                           for v in ["off", *variants])
        print(f"{batch} ({row['docs']} docs) entities/relations typed F1: {cells}", flush=True)
        if a.json:
            Path(a.json).write_text(json.dumps(table, indent=1), encoding="utf-8")
    for v in variants:
        deltas = [t[v]["entities_typed"]["f1"] - t["off"]["entities_typed"]["f1"] for t in table.values()]
        print(f"{v:10} mean delta {sum(deltas) / len(deltas):+.4f}, worst {min(deltas):+.4f}")


if __name__ == "__main__":
    main()
