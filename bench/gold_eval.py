"""Run the extractor on the gold documents (seeds + dev) and score with ../shared/eval/score.py.

    python bench/gold_eval.py [--out pred.jsonl] [--errors]
    python bench/gold_eval.py --fresh          # each held-out batch corpus/annotated/*.jsonl + pooled

Used while developing rules (seeds + dev) and by tests/test_quality.py. `--fresh` scores the
held-out batches with the code as it is, one line a batch: the honest estimate for unseen text,
valid as a first pass only while no rule was changed for those batches (see corpus/annotated/).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
GOLD_FILES = ("seeds.jsonl", "dev.jsonl")


def load_score():
    spec = importlib.util.spec_from_file_location("mcf_score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


FRESH = ROOT / "corpus" / "annotated"


def _batch_order(path: Path) -> tuple[str, int]:
    """u2 before u10: batches are listed in the order they were annotated."""
    stem = path.stem
    digits = stem.lstrip("abcdefghijklmnopqrstuvwxyz")
    return (stem[: len(stem) - len(digits)], int(digits) if digits.isdigit() else 0)


def fresh_batches() -> dict[str, dict[str, dict]]:
    """Batch name -> its gold documents, for every corpus/annotated/*.jsonl."""
    out = {}
    for f in sorted(FRESH.glob("*.jsonl"), key=_batch_order):
        docs = [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        out[f.stem] = {d["id"]: d for d in docs}
    return out


def _line(name: str, res: dict) -> str:
    e, r = res["entities_typed"], res["relations_typed"]
    return (f"{name:8} docs {res.get('docs', 0):3}  entities typed P {e['p']:.3f} R {e['r']:.3f} "
            f"F1 {e['f1']:.3f}  relations typed P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f} "
            f"(gold {e['gold']} / {r['gold']})")


def score_fresh(score) -> None:
    pooled_gold: dict[str, dict] = {}
    pooled_pred: dict[str, dict] = {}
    for name, gold in fresh_batches().items():
        pred = predict(gold)
        res = score.score(gold, pred)
        res["docs"] = len(gold)
        print(_line(name, res))
        pooled_gold.update(gold)
        pooled_pred.update(pred)
    if pooled_gold:
        res = score.score(pooled_gold, pooled_pred)
        res["docs"] = len(pooled_gold)
        print(_line("pooled", res))


def gold_docs(files=GOLD_FILES) -> dict[str, dict]:
    docs = {}
    for f in files:
        for line in (SHARED / "gold" / f).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = d
    return docs


def predict(gold: dict[str, dict]) -> dict[str, dict]:
    from graph.model import Document
    from ingest.extract import extract, get_nlp

    nlp = get_nlp()
    out = {}
    for gid, g in gold.items():
        ex = extract(Document(id=gid, source=g.get("source", ""), text=g["text"]), nlp)
        out[gid] = ex.to_json()
    return out


def errors(gold, pred, score) -> None:
    for gid, g in gold.items():
        p = pred[gid]
        gents, pents = g["entities"], p["entities"]
        m = score.match_entities(gents, pents, True)
        mu = score.match_entities(gents, pents, False)
        print(f"== {gid}")
        for gi, ge in enumerate(gents):
            if gi not in m.values():
                typed_wrong = gi in mu.values()
                pi = [k for k, v in mu.items() if v == gi]
                extra = ""
                if typed_wrong and pi:
                    extra = f" (pred as {pents[pi[0]]['type']} {pents[pi[0]]['name']})"
                print(f"  MISS {ge['type']:17} {ge['name']} {ge['aliases']}{extra}")
        for pi, pe in enumerate(pents):
            if pi not in m:
                print(f"  FP   {pe['type']:17} {pe['name']} {pe['aliases']} [{pe['source']}]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--fresh", action="store_true", help="score each held-out batch (corpus/annotated)")
    a = ap.parse_args()
    score = load_score()
    if a.fresh:
        score_fresh(score)
        return
    gold = gold_docs()
    pred = predict(gold)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as fh:
            for p in pred.values():
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    res = score.score(gold, pred)
    for k in ("entities_untyped", "entities_typed", "relations_untyped", "relations_typed"):
        v = res[k]
        counts = f"(tp {v['tp']}, pred {v['pred']}, gold {v['gold']})"
        print(f"{k:18} P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}  {counts}")
    for t, v in res["per_type"].items():
        counts = f"(gold {v['gold']}, pred {v['pred']})"
        print(f"  {str(t):18} P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}  {counts}")
    if a.errors:
        errors(gold, pred, score)


if __name__ == "__main__":
    main()
