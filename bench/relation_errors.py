"""Relation error analysis: every missed and spurious relation, with its cause, per annotated set.

    python bench/relation_errors.py [SET ...]     # sets: gold (seeds + dev), u1 … (corpus/annotated)
    python bench/relation_errors.py u1 u2 --summary

Runs the extractor on the texts as bench/gold_eval.py does and matches relations the way
../shared/eval/score.py does (entities matched on any shared form, untyped), then sorts each error:
- MISS [endpoint:head|tail]: an argument of the gold relation is not among the predicted entities
  (an entity error, not a relation rule's);
- MISS [cue]: both arguments were found, no relation joins them (a construction the rules miss);
- MISS [wrongtype:T] / [direction]: the pair is joined, with another type / the other way round;
- FP [fp-endpoint]: a predicted relation with an argument that is no gold entity;
- FP [fp-pair]: both arguments are gold entities, the gold has no such relation.
Each line shows the rule (`source`) and modality of a spurious relation and the evidence sentence.
Use it on sets that are no longer first-pass only (the held-out rule: corpus/annotated/README.md).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.gold_eval import fresh_batches, gold_docs, load_score, predict  # noqa: E402


def _pred_rels(score, pents: list[dict], pmatch: dict[int, int], rels: list[dict]) -> list[tuple]:
    out = []
    for r in rels:
        h, t = score.resolve(r["head"], pents), score.resolve(r["tail"], pents)
        out.append((pmatch.get(h) if h is not None else None, r["type"],
                    pmatch.get(t) if t is not None else None, r))
    return out


def _miss_cause(h: int, t: int, rtype: str, inv: dict[int, int], prels: list[tuple]) -> str:
    if h not in inv or t not in inv:
        return "endpoint:" + ("head" if h not in inv else "") + ("tail" if t not in inv else "")
    joined = [pr for ph, _, pt, pr in prels if {ph, pt} == {h, t}]
    if any(a["type"] == rtype for a in joined):
        return "direction"
    return f"wrongtype:{joined[0]['type']}" if joined else "cue"


def analyse(score, gold: dict[str, dict], pred: dict[str, dict], stats: dict) -> list[str]:
    """Error lines for one set; counts go to stats (causes, per type, spurious per rule)."""
    lines = []
    for gid, g in gold.items():
        gents, pents = g["entities"], pred[gid]["entities"]
        pmatch = score.match_entities(gents, pents, False)
        inv = {v: k for k, v in pmatch.items()}
        prels = _pred_rels(score, pents, pmatch, pred[gid]["relations"])
        used: set[int] = set()
        out = []
        for r in g["relations"]:
            h, t = score.resolve(r["head"], gents), score.resolve(r["tail"], gents)
            if h is None or t is None:
                continue
            hit = next((j for j, (ph, ty, pt, _) in enumerate(prels) if j not in used and ty == r["type"]
                        and ((ph, pt) == (h, t) or r["type"] == "COORDINATES_WITH" and (ph, pt) == (t, h))),
                       None)
            if hit is not None:
                used.add(hit)
                continue
            cause = _miss_cause(h, t, r["type"], inv, prels)
            stats["causes"][cause.split(":")[0]] += 1
            stats["by_type"][r["type"]][cause.split(":")[0]] += 1
            out.append(f"  MISS {r['type']:16} {r['head']} -> {r['tail']} [{cause}] | "
                       f"{r.get('evidence', '')[:90]}")
        for j, (ph, ty, pt, pr) in enumerate(prels):
            if j in used:
                continue
            kind = "fp-endpoint" if ph is None or pt is None else "fp-pair"
            stats["spurious"][kind] += 1
            stats["rules"][(ty, pr.get("source"))] += 1
            out.append(f"  FP   {ty:16} {pr['head']} -> {pr['tail']} [{kind} {pr.get('source')} "
                       f"{pr.get('modality')}] | {pr.get('evidence', '')[:80]}")
        if out:
            lines.append(f"== {gid}")
            lines.extend(out)
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="gold, u1, u2 … (default: all)")
    ap.add_argument("--summary", action="store_true", help="only the counts")
    a = ap.parse_args()
    score = load_score()
    sets = dict(fresh_batches())
    sets["gold"] = gold_docs()
    stats: dict = {"causes": Counter(), "by_type": defaultdict(Counter), "spurious": Counter(),
                   "rules": Counter()}
    for name in a.sets or list(sets):
        if name not in sets:
            sys.exit(f"no set {name!r} (have: {', '.join(sets)})")
        lines = analyse(score, sets[name], predict(sets[name]), stats)
        if not a.summary:
            print("\n".join(lines))
    print("missed, by cause:", dict(stats["causes"]))
    for t, c in sorted(stats["by_type"].items()):
        print(f"  {t:16} {dict(c)}")
    print("spurious:", dict(stats["spurious"]))
    for (t, rule), n in stats["rules"].most_common(20):
        print(f"  {t:16} {rule}: {n}")


if __name__ == "__main__":
    main()
