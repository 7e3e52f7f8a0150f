"""Leave-group-out measurement of the learned relation classifier (rel32; issue 10 §2–§3).

    PYTHONPATH=$PWD .venv/bin/python bench/rel32_lbo.py --pred /work/rel32/pred --work /work/rel32 \
        [--folds u92-u96,u87-u91,u82-u86,u77-u81] [--check] [--seed 0]

--pred holds bench/rel32_dump.py's extraction lines (the rule pipeline, run once). For each fold
(a group of five READ batches) the classifier is trained on seeds + dev + every READ batch u1–u96
(minus the CHECK batches u13, u15) outside the fold, then the fold is scored pooled with the rules
alone and with each variant in VARIANTS (thresholds fixed before any fold was scored). --check
trains on all READ batches and scores u13 and u15 (figures only). Entities are never changed by the
component, so only relations can move; the table is printed and written to WORK/rel32_lbo.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import read_sets  # noqa: E402

from ingest.components.learned_relations import (  # noqa: E402
    RelConfig,
    RelMention,
    candidates,
    decide,
)
from ingest.learned_rel_training import RelSettings, labelled_pairs, predict, train  # noqa: E402

# fixed before any fold was scored (rel32 task: 2–3 thresholds chosen beforehand)
VARIANTS = {
    "add@0.5": RelConfig(["add"], 0.5),
    "add@0.7": RelConfig(["add"], 0.7),
    "add@0.9": RelConfig(["add"], 0.9),
    "veto@0.05": RelConfig(["veto"], 0.7, 0.05),
    "add@0.7+veto@0.05": RelConfig(["add", "veto"], 0.7, 0.05),
}
READ = ["seeds", "dev"] + read_sets.read_batches()  # u1–u96 minus the CHECK batches u13, u15
CHECK = list(read_sets.CHECK)


def _scorer():
    path = ROOT.parent / "shared" / "eval" / "score.py"
    if not path.exists():
        path = Path("/work/shared/eval/score.py")
    spec = importlib.util.spec_from_file_location("mcf_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def gold_of(batch: str) -> list[dict]:
    if batch in ("seeds", "dev"):
        p = ROOT.parent / "shared" / "gold" / f"{batch}.jsonl"
        return _lines(p if p.exists() else Path("/work/shared/gold") / f"{batch}.jsonl")
    return _lines(ROOT / "corpus" / "annotated" / f"{batch}.jsonl")


def group(spec: str) -> list[str]:
    a, b = (int(x.strip("u")) for x in spec.split("-"))
    return read_sets.group_batches(a, b)


def mentions_of(rec: dict) -> list[RelMention]:
    return [RelMention(m["start"], m["end"], e["name"], e["type"])
            for e in rec["entities"] for m in e.get("mentions") or []]


def apply_variant(rec: dict, text: str, cands, scores, labels, config: RelConfig) -> dict:
    """The extraction line with the component's changes (relations only)."""
    added, vetoed = decide(cands, scores, labels, rec["relations"], config)
    rels = [r for k, r in enumerate(rec["relations"]) if k not in vetoed]
    rels += [{"head": a.candidate.head.name, "type": a.type, "tail": a.candidate.tail.name,
              "source": "learned:rel", "confidence": round(a.score, 3)} for a in added]
    return {**rec, "relations": rels}


def score_batches(model, batches: list[str], preds: dict, score) -> dict[str, dict]:
    gold = {d["id"]: d for b in batches for d in gold_of(b)}
    labels = list(model.get_pipe("textcat_multilabel").labels)
    out: dict[str, dict] = {"rules": {}}
    outs = {v: {} for v in VARIANTS}
    for gid, d in gold.items():
        rec = preds[gid]
        sents = [tuple(s) for s in rec["sentences"]]
        cands = list(candidates(d["text"], sents, mentions_of(rec)))
        scores = predict(model, [c.tokens for c in cands])
        out["rules"][gid] = rec
        for v, cfg in VARIANTS.items():
            outs[v][gid] = apply_variant(rec, d["text"], cands, scores, labels, cfg)
    table = {}
    for v, pred in {"rules": out["rules"], **outs}.items():
        r = score.score(gold, pred)
        table[v] = {"ent": r["entities_typed"], "rel": r["relations_typed"],
                    "n_rel": sum(len(p["relations"]) for p in pred.values())}
    return table


def training_pairs(batches: list[str], preds: dict) -> list:
    pairs = []
    for b in batches:
        for d in gold_of(b):
            pairs += labelled_pairs(d, [tuple(s) for s in preds[d["id"]]["sentences"]])
    return pairs


def print_table(paths: list[Path]) -> None:
    """The folds' results (one or more rel32_lbo.json) as one table, pooled over the folds (micro:
    summed true positives, predictions and gold), with each fold's change against the rules."""
    results: dict = {}
    for p in paths:
        results.update(json.loads(p.read_text(encoding="utf-8")))
    folds = [f for f in results if f != "check"]
    variants = list(next(iter(results[folds[0]].values())))
    print("| variant | " + " | ".join(folds) + " | pooled | groups up |")
    print("|---|" + "---|" * (len(folds) + 2))
    for v in variants:
        tp = n_pred = n_gold = 0
        cells, up = [], 0
        for f in folds:
            (row,) = results[f].values()
            r, base = row[v]["rel"], row["rules"]["rel"]
            tp, n_pred, n_gold = tp + r["tp"], n_pred + r["pred"], n_gold + r["gold"]
            up += r["f1"] > base["f1"]
            cells.append(f"{r['f1']:.4f} ({r['f1'] - base['f1']:+.4f})")
        p, rc = tp / n_pred if n_pred else 0.0, tp / n_gold if n_gold else 0.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        print(f"| {v} | " + " | ".join(cells) + f" | {f1:.4f} (P {p:.3f} R {rc:.3f}) | {up}/{len(folds)} |")
    for sub, row in results.get("check", {}).items():
        print(f"CHECK {sub}: " + ", ".join(f"{v} {row[v]['rel']['f1']:.4f}" for v in row)
              + f" (entities {row['rules']['ent']['f1']:.4f} throughout)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--folds", default="u92-u96,u87-u91,u82-u86,u77-u81")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=RelSettings.epochs)
    ap.add_argument("--table", nargs="*", default=None, help="print the table of these result files and stop")
    a = ap.parse_args()
    if a.table is not None:
        print_table([Path(p) for p in a.table] or [Path(a.work) / "rel32_lbo.json"])
        return
    score = _scorer()
    preds = {}
    for b in READ + CHECK:
        for rec in _lines(Path(a.pred) / f"{b}.pred.jsonl"):
            preds[rec["id"]] = rec
    work = Path(a.work)
    result_path = work / "rel32_lbo.json"
    results = json.loads(result_path.read_text()) if result_path.exists() else {}
    runs = [(f, group(f)) for f in a.folds.split(",") if f] + ([("check", CHECK)] if a.check else [])
    for name, held in runs:
        t0 = time.perf_counter()
        train_batches = [b for b in READ if b not in held]
        model = train(training_pairs(train_batches, preds), RelSettings(seed=a.seed, epochs=a.epochs),
                      log=lambda s: print("  " + s, flush=True))
        model.to_disk(work / f"model_{name}")
        table = {}
        for sub in ([[b] for b in held] if name == "check" else [held]):
            table["+".join(sub)] = score_batches(model, sub, preds, score)
        results[name] = table
        result_path.write_text(json.dumps(results, indent=1), encoding="utf-8")
        for sub, t in table.items():
            base = t["rules"]["rel"]["f1"]
            print(f"{name} [{sub}] ({time.perf_counter() - t0:.0f} s)", flush=True)
            for v, row in t.items():
                print(f"  {v:18} ent {row['ent']['f1']:.4f}  rel {row['rel']['f1']:.4f} "
                      f"(P {row['rel']['p']:.3f} R {row['rel']['r']:.3f}, n {row['n_rel']})"
                      f"  d {row['rel']['f1'] - base:+.4f}", flush=True)


if __name__ == "__main__":
    main()
