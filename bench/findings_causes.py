"""Why the machine's gap findings differ from the gold graph's: one cause per differing finding.

    python bench/findings_causes.py [--set NAME ...] [--json] [--out FILE] [--judge-all]

For every gold-annotated set (the same sets as bench/findings_eval.py) the two graphs are built the
same way and `gaps` runs on both. Each machine finding the gold graph does not give (false
positive) and each gold finding the machine does not give (missed) gets one cause, read off the
two graphs (the first that applies):

- held back: the other graph has the same finding but holds it back (a sentence co-mentions the
  parties) or lists it as "not enough coverage to tell" (cause `coverage`);
- missed entity / spurious entity: an entity of the finding is not in the other graph (missed:
  the machine lacks a gold entity; spurious: the gold graph has no such machine entity, often a
  wrongly bounded name); `jurisdiction assignment` when the other graph has the same name under
  another jurisdiction; `entity type` when it has it with another type;
- side typing: an actor of a disconnected-sides / broker finding has another side in the other graph;
- missed relation / spurious relation: for a mandate, the order is missing in the other graph,
  or the other graph reports a tie that answers it (missed on the machine's side for a false
  positive, spurious for a miss); for an orphan, a tie of the item; for the sides, a channel;
- wording (modality): the relation is there with another modality (a directive read as reported,
  a plan as a directive, a problem statement not found);
- coverage: the jurisdiction's coverage decides differently in the two graphs;
- peers differ (missing institution): neither graph has such a body in the jurisdiction, but the
  other jurisdictions the two graphs compare it with differ;
- other: none of the above (listed with the finding, for reading).

Counts per cause, per set and pooled (seeds + dev; the fresh batches), and every case with its
title, so a rule change can be aimed at the largest general cause.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import findings_eval as fe  # noqa: E402

CAUSES = ("held back", "coverage", "missed entity", "spurious entity", "jurisdiction assignment",
          "entity type", "side typing", "missed relation", "spurious relation", "wording (modality)",
          "peers differ", "other")
ORDERS = ("directive", "plan")


def by_name(G) -> dict[str, list[str]]:
    """name (and alias, 《》 stripped) -> node keys."""
    out: dict[str, list[str]] = {}
    for n, a in G.nodes(data=True):
        for name in {a.get("name", n), *a.get("aliases", ())}:
            out.setdefault(name.strip("《》“”\""), []).append(n)
    return out


def entity_cause(n: str, here, there, names_there, missing: str) -> str | None:
    """Why node n of `here` has no counterpart in `there` (None: it has one, same key)."""
    if n in there:
        if there.nodes[n].get("jurisdiction", "") != here.nodes[n].get("jurisdiction", ""):
            return "jurisdiction assignment"
        if there.nodes[n].get("type") != here.nodes[n].get("type"):
            return "entity type"
        return None
    a = here.nodes[n]
    same = names_there.get(a.get("name", n).strip("《》“”\""), [])
    if same:
        b = there.nodes[same[0]]
        if b.get("jurisdiction", "") != a.get("jurisdiction", ""):
            return "jurisdiction assignment"
        if b.get("type") != a.get("type"):
            return "entity type"
    return missing


def modalities_between(G, a: str, b: str) -> set[str]:
    out: set[str] = set()
    if a in G and b in G:
        for keyed in (G._succ[a].get(b), G._succ[b].get(a)):
            for d in (keyed or {}).values():
                if d.get("type") != "LOCATED_IN":
                    out |= set(d.get("modalities") or ())
    return out


def relation_cause(f: dict, here, there, fp: bool) -> str:
    """Cause for a finding both graphs have the entities of, by kind."""
    kind = f["kind"]
    if kind == "mandate_without_action":
        rel = f["details"]["relations"][0]
        a, b = rel["head"], rel["tail"]
        mods = modalities_between(there, a, b)
        if not mods & set(ORDERS):
            return "wording (modality)" if mods else ("spurious relation" if fp else "missed relation")
        # the order is in both: the other graph answers it
        return "missed relation" if fp else "spurious relation"
    if kind == "orphan":
        n = f["entities"][0]["key"]
        mine = {m for m in here.pred[n]} | {m for m in here.succ[n]}
        theirs = {m for m in there.pred[n]} | {m for m in there.succ[n]}
        return "missed relation" if fp and theirs - mine else (
            "spurious relation" if not fp and mine - theirs else "other")
    if kind == "stalled":
        return "wording (modality)"
    if kind in ("disconnected_sides", "single_broker"):
        for e in f["entities"]:
            n = e["key"]
            if n in there and there.nodes[n].get("side") != here.nodes[n].get("side"):
                return "side typing"
        return "missed relation" if fp else "spurious relation"
    return "other"


def peer_cause(f: dict, here, there, names, fp: bool) -> str:
    """A missing institution: the side that has one of that kind in the jurisdiction decides."""
    from graph.analysis.gaps import kinds_of

    j, kind = f["jurisdiction"], f["details"]["missing_kind"]
    having = [n for n, a in there.nodes(data=True) if a.get("jurisdiction") == j and kind in kinds_of(a)]
    for n in having:  # the other graph has one: why does this graph not?
        c = entity_cause(n, there, here, by_name(here), "missed entity" if fp else "spurious entity")
        if c:
            return c
    return "peers differ" if not having else "other"


def cause_of(f: dict, here, there, other: dict, fp: bool) -> str:
    """One cause for finding f of graph `here` that graph `there` does not report."""
    if f["key"] in {x["key"] for x in other["held_back"]}:
        return "held back"
    if f["key"] in {x["key"] for x in other["undetermined"]}:
        return "coverage"
    names = by_name(there)
    if f["kind"] == "peer_gap":
        return peer_cause(f, here, there, names, fp)
    for e in f["entities"]:
        c = entity_cause(e["key"], here, there, names, "spurious entity" if fp else "missed entity")
        if c:
            return c
    if f["kind"] == "mandate_without_action":
        for r in f["details"]["relations"]:
            for n in (r["head"], r["tail"]):
                c = entity_cause(n, here, there, names, "spurious entity" if fp else "missed entity")
                if c:
                    return c
    if f["tier"] == "structural" and f["jurisdiction"]:
        if not other["coverage"].get(f["jurisdiction"], {}).get("enough", False):
            return "coverage"
    return relation_cause(f, here, there, fp)


def differing(gold: list[dict], machine: list[dict],
              aliases: dict[str, str] | None = None) -> tuple[list[dict], list[dict]]:
    """(machine findings the gold graph does not give, gold findings the machine does not give),
    compared as bench/findings_eval.py compares them (`compared_key`: a body's 党组 keyed as the body
    in stalled findings), so the causes count the same differences as the scores (gaps21: the raw
    key listed READ u57-01's one problem as a false positive and a miss at once), machine keys read
    through the gold's aliases (`fe.gold_aliases`)."""
    gk = {fe.compared_key(f) for f in gold}
    mk = {fe.compared_key(f, aliases) for f in machine}
    return ([f for f in machine if fe.compared_key(f, aliases) not in gk],
            [f for f in gold if fe.compared_key(f) not in mk])


def causes_for_set(name: str, gold_file: Path, judge_all: bool = False) -> dict:
    from graph.analysis.gaps import gaps
    from graph.analysis.gaps.coverage import thresholds

    with tempfile.TemporaryDirectory(prefix=f"causes-{name}-") as tmp:
        gold, machine, _notes = fe.build_graphs(gold_file, Path(tmp))
    th = dict.fromkeys(thresholds(), 0) if judge_all else None
    rg, rm = gaps(gold, coverage_thresholds=th), gaps(machine, coverage_thresholds=th)
    false_positives, missed = differing(rg["findings"], rm["findings"], fe.gold_aliases(gold))
    cases = [{"set": name, "side": "false positive", "key": f["key"], "title": f["title"],
              "cause": cause_of(f, machine, gold, rg, fp=True)} for f in false_positives]
    cases += [{"set": name, "side": "missed", "key": f["key"], "title": f["title"],
               "cause": cause_of(f, gold, machine, rm, fp=False)} for f in missed]
    return {"set": name, "cases": cases,
            "counts": {s: dict(Counter(c["cause"] for c in cases if c["side"] == s))
                       for s in ("false positive", "missed")}}


def pooled(results: list[dict]) -> dict:
    out: dict[str, Counter] = {"false positive": Counter(), "missed": Counter()}
    for r in results:
        for s, c in r["counts"].items():
            out[s].update(c)
    return {s: dict(c.most_common()) for s, c in out.items()}


def render(report: dict) -> str:
    lines = []
    for r in report["sets"]:
        lines.append(f"== {r['set']}")
        for c in r["cases"]:
            lines.append(f"  {c['side']:14} {c['cause']:24} {c['title'][:110]}")
    for g, p in report["pooled"].items():
        lines.append(f"== pooled {g}")
        for s, c in p.items():
            lines.append(f"  {s:14} " + ", ".join(f"{k} {v}" for k, v in c.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", dest="sets", help="only this set (repeatable)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--judge-all", action="store_true", help="every jurisdiction judged (coverage 0)")
    args = ap.parse_args(argv)
    sets = [s for s in fe.gold_sets() if not args.sets or s[0] in args.sets]
    results = [causes_for_set(n, f, args.judge_all) for n, f in sets]
    groups = {"seeds+dev": [r for r in results if r["set"] in ("seeds", "dev")],
              "annotated": [r for r in results if r["set"] not in ("seeds", "dev")]}
    report = {"sets": results, "pooled": {g: pooled(rs) for g, rs in groups.items() if rs}}
    text = json.dumps(report, ensure_ascii=False, indent=1)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text if args.json else render(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
