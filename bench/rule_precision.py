"""Precision of each relation rule on READ sets: right, wrong pair, wrong endpoint, and in how many batches.

    python bench/rule_precision.py [SET ...]             # default: gold and every READ batch
    python bench/rule_precision.py u53 u54 --min-wrong 2
    python bench/rule_precision.py --rule 'coord:签约'     # the relations of rules matching a regex

A rule-precision round (rel15) asks of a construction that it be wrong in at least three READ batches
before a rule changes, and that the change lose fewer right relations than it removes wrong ones;
bench/relation_errors.py lists the spurious relations but not the right ones the same rule made. This
counts, per rule (the relation's `source`), the predicted relations that match a gold one (ok), those
whose two endpoints are gold entities with no such relation (pair: the wrong type, direction or pair),
and those with an endpoint that is no gold entity (endpoint: an entity error), with the number of
batches each kind is seen in. Relations are matched the way ../shared/eval/score.py matches them.
CHECK sets (u13, u15) and held-out batches (u65 on) are never read here (corpus/annotated/README.md).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.gold_eval import fresh_batches, gold_docs, load_score, predict  # noqa: E402
from bench.read_sets import CHECK as CHECK_SETS  # noqa: E402,F401
from bench.read_sets import FIRST_HELD, is_read  # noqa: E402,F401


def judge(score, g: dict, p: dict) -> list[tuple[str, dict]]:
    """Each predicted relation of one document with its kind: ok, pair or endpoint."""
    gents, pents = g["entities"], p["entities"]
    match = score.match_entities(gents, pents, False)
    left = [(score.resolve(r["head"], gents), r["type"], score.resolve(r["tail"], gents))
            for r in g["relations"]]
    left = [x for x in left if x[0] is not None and x[2] is not None]
    out = []
    for r in p["relations"]:
        h, t = score.resolve(r["head"], pents), score.resolve(r["tail"], pents)
        h, t = match.get(h) if h is not None else None, match.get(t) if t is not None else None
        if h is None or t is None:
            out.append(("endpoint", r))
            continue
        j = next((j for j, (gh, gty, gt) in enumerate(left) if gty == r["type"] and (
            (h, t) == (gh, gt) or (h, t) == (gt, gh) and gty in score.SYMMETRIC)), None)
        if j is None:
            out.append(("pair", r))
        else:
            left.pop(j)
            out.append(("ok", r))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="gold, u1, u2 … (default: gold and all READ batches)")
    ap.add_argument("--min-wrong", type=int, default=2, help="list rules with at least this many pair errors")
    ap.add_argument("--rule", default="", help="print each relation of the rules matching this regex")
    a = ap.parse_args()
    score = load_score()
    sets = {k: v for k, v in fresh_batches().items() if is_read(k)}
    sets["gold"] = gold_docs()
    counts: dict[str, Counter] = defaultdict(Counter)
    batches: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    pick = re.compile(a.rule) if a.rule else None
    for name in a.sets or list(sets):
        if name not in sets:
            sys.exit(f"no READ set {name!r} (have: {', '.join(sets)})")
        gold = sets[name]
        pred = predict(gold)
        for gid, g in gold.items():
            for kind, r in judge(score, g, pred[gid]):
                src = r.get("source") or "?"
                counts[src][kind] += 1
                batches[src][kind].add(name)
                if pick and pick.search(src):
                    print(f"{kind:8} {gid:8} {r['head']} -{r['type']}-> {r['tail']} [{src}] | "
                          f"{r.get('evidence', '')[:80]}")
    print(f"{'rule':36} {'ok':>5} {'pair':>5} {'endp':>5}  batches ok/pair")
    for src, c in sorted(counts.items(), key=lambda x: (-x[1]["pair"], x[0])):
        if c["pair"] >= a.min_wrong:
            print(f"{src:36} {c['ok']:5} {c['pair']:5} {c['endpoint']:5}  "
                  f"{len(batches[src]['ok'])}/{len(batches[src]['pair'])}")


if __name__ == "__main__":
    main()
