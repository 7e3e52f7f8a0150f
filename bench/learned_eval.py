"""First-pass scores with the learned span component off and on, on annotated sets.

    python bench/learned_eval.py GOLD.jsonl [GOLD2.jsonl ...] [--ids d09,d10] [--model DIR]
        [--threshold 0.8] [--types Enterprise,Project] [--show]

Each file is scored by ../shared/eval/score.py twice: rules only, and rules + mcf_learned_spans
(the shipped model, or --model DIR, e.g. one trained by scripts/train_spans.py --exclude-gold).
--show lists the entities the component added and whether each matches a gold entity.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.gold_eval import load_score  # noqa: E402
from graph.model import Document  # noqa: E402
from ingest.extract import extract  # noqa: E402
from ingest.pipeline import build_nlp  # noqa: E402


def load(paths: list[str], ids: set[str]) -> dict[str, dict]:
    docs = {}
    for p in paths:
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                if not ids or d["id"] in ids:
                    docs[d["id"]] = d
    return docs


def run(gold: dict[str, dict], nlp) -> tuple[dict[str, dict], float]:
    t0 = time.perf_counter()
    out = {gid: extract(Document(id=gid, source="", text=g["text"]), nlp).to_json()
           for gid, g in gold.items()}
    return out, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--ids", default="")
    ap.add_argument("--model", default="")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--types", default="")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    score = load_score()
    gold = load(a.gold, {x for x in a.ids.split(",") if x})
    cfg: dict = {"model_path": a.model}
    if a.threshold is not None:
        cfg["threshold"] = a.threshold
    if a.types:
        cfg["types"] = a.types.split(",")
    off = build_nlp(learned=False)
    on = build_nlp(learned=False)
    on.add_pipe("mcf_learned_spans", after="mcf_entities", config=cfg)
    results = {}
    for name, nlp in (("off", off), ("on", on)):
        run(dict(list(gold.items())[:1]), nlp)  # warm caches and load the model before timing
        pred, secs = run(gold, nlp)
        results[name] = (score.score(gold, pred), pred, secs)
    print(f"{len(gold)} documents from {', '.join(Path(p).name for p in a.gold)}")
    for key in ("entities_typed", "relations_typed", "entities_untyped", "relations_untyped"):
        cells = []
        for name in ("off", "on"):
            v = results[name][0][key]
            cells.append(f"{name}: P {v['p']:.3f} R {v['r']:.3f} F1 {v['f1']:.3f} (tp {v['tp']}/{v['pred']})")
        print(f"{key:18} " + " | ".join(cells))
    print(f"time off {results['off'][2]:.2f} s, on {results['on'][2]:.2f} s")
    if a.show:
        for gid, g in gold.items():
            for e in results["on"][1][gid]["entities"]:
                if e.get("source") == "learned":
                    hit = score.match_entities(g["entities"], [e], True)
                    hit_u = score.match_entities(g["entities"], [e], False)
                    tag = "OK " if hit else ("UNT" if hit_u else "FP ")
                    print(f"  {tag} {gid} {e['type']:17} {e['name']} ({e.get('confidence')})")


if __name__ == "__main__":
    main()
