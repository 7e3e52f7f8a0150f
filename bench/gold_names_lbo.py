"""Leave-batch-out measure of the gold-name gazetteer (ent54): is a dictionary built from the gold
worth its place on text whose names it has not seen?

    PYTHONPATH=$PWD .venv/bin/python bench/gold_names_lbo.py [--groups u92-u96 u87-u91 ...]
        [--min-docs 2] [--min-batches 2] [--min-precision 0.6]   (the builder's filters, to try others)

For each READ group (the lead's pools: u92-u96 … u1-u26, and seeds+dev), the table is built
WITHOUT that group's batches (scripts/build_gold_gazetteer.py --exclude) and the group is scored
with the generator off and on that table (MCF_GOLD_NAMES; one pipeline, loaded once). The CHECK
batches u13, u15 (never in any table) are scored with the full table. Prints per group typed F1
entities / relations without -> with, then the READ groups pooled (micro, sum of counts).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.read_sets import GROUPS, group_batches  # noqa: E402
from scripts import build_gold_gazetteer as bg  # noqa: E402

_spec = importlib.util.spec_from_file_location("mcf_score", ROOT.parent / "shared" / "eval" / "score.py")
if not Path(str(_spec.origin)).exists():
    _spec = importlib.util.spec_from_file_location("mcf_score", "/work/shared/eval/score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


READ_GROUPS = {"gold": ["seeds", "dev"]} | {name: group_batches(a, b) for name, a, b in GROUPS}
CHECK_GROUPS = {"u13": ["u13"], "u15": ["u15"]}


def load(batches: list[str]) -> dict[str, dict]:
    out = {}
    for b in batches:
        p = bg.GOLD / f"{b}.jsonl" if b in ("seeds", "dev") else bg.ANNOTATED / f"{b}.jsonl"
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out[d["id"]] = d
    return out


def run(nlp, gold: dict[str, dict], table: str) -> dict:
    """Score `gold` with MCF_GOLD_NAMES set to `table` ("off" or a path)."""
    from graph.model import Document
    from ingest.extract import extract

    os.environ["MCF_GOLD_NAMES"] = table
    pred = {gid: extract(Document(id=gid, source=d.get("source", ""), text=d["text"]), nlp).to_json()
            for gid, d in gold.items()}
    return score.score(gold, pred)


def fmt(r: dict) -> str:
    return f"{r['entities_typed']['f1']:.4f} / {r['relations_typed']['f1']:.4f}"


def pooled(results: list[dict], key: str) -> float:
    tp = sum(r[key]["tp"] for r in results)
    p = sum(r[key]["pred"] for r in results)
    g = sum(r[key]["gold"] for r in results)
    return 2 * tp / (p + g) if p + g else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--groups", nargs="*", default=list(READ_GROUPS) + list(CHECK_GROUPS))
    ap.add_argument("--min-docs", type=int, default=bg.MIN_DOCS)
    ap.add_argument("--min-batches", type=int, default=bg.MIN_BATCHES)
    ap.add_argument("--min-precision", type=float, default=bg.MIN_PRECISION)
    a = ap.parse_args()
    bg.MIN_DOCS, bg.MIN_BATCHES, bg.MIN_PRECISION = a.min_docs, a.min_batches, a.min_precision
    from ingest.extract import get_nlp

    nlp = get_nlp()
    off, on, gains = [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for g in a.groups:
            batches = READ_GROUPS.get(g) or CHECK_GROUPS[g]
            exclude = set(batches) if g in READ_GROUPS else set()
            rows, read = bg.build(exclude)
            table = Path(tmp) / f"{g}.tsv"
            bg.write(rows, read, exclude, table)
            gold = load(batches)
            r0, r1 = run(nlp, gold, "off"), run(nlp, gold, str(table))
            d = r1["entities_typed"]["f1"] - r0["entities_typed"]["f1"]
            print(f"{g:9} docs {len(gold):4} forms {len(rows):4}  ent/rel {fmt(r0)} -> {fmt(r1)}  "
                  f"(ent {d:+.4f}, rel {r1['relations_typed']['f1'] - r0['relations_typed']['f1']:+.4f})",
                  flush=True)
            if g in READ_GROUPS:
                off.append(r0)
                on.append(r1)
                gains += d > 0
    if off:
        e0, e1 = pooled(off, "entities_typed"), pooled(on, "entities_typed")
        r0, r1 = pooled(off, "relations_typed"), pooled(on, "relations_typed")
        print(f"pooled READ ({len(off)} groups): ent {e0:.4f} -> {e1:.4f} ({e1 - e0:+.4f}), "
              f"rel {r0:.4f} -> {r1:.4f} ({r1 - r0:+.4f}); entities up in {gains}/{len(off)} groups")
    os.environ.pop("MCF_GOLD_NAMES", None)


if __name__ == "__main__":
    main()
