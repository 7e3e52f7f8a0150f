"""Findings the machine holds back, against the gold graph: held back wrongly or rightly?

    python bench/findings_held.py [--set NAME ...] [--json] [--out FILE]

For every gold-annotated set (the sets of bench/findings_eval.py; pass --set to keep to READ
sets), the two graphs are built the same way and `gaps` runs on both with the coverage thresholds
of gap_rules.json. Each machine finding that is held back (a hold-back rule: `held_back`) or
listed as "not enough coverage to tell" (`undetermined`) gets the gold graph's status for the same
key (compared as findings_eval compares keys, through the gold's aliases):

- gold reports: the gold graph reports it with the same thresholds (held back wrongly, by the
  gold yardstick);
- gold reports at coverage 0: the gold graph reports it only with every coverage threshold at 0
  (`--judge-all`): the gold reasoning gives it, the coverage gate keeps it out;
- gold holds back too: the gold graph holds it back or lists it under coverage;
- not in gold: the gold graph has no such finding at all.

Counts per (how held, kind, status), pooled, and every case (set, key, the hold-back reason or
coverage note), so a reader can sample the texts. Why (gaps26): "held back" findings are counted
nowhere else; the question whether a hold-back rule or the coverage gate drops findings the gold
graph gives needs both graphs' lists side by side.
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

STATUSES = ("gold reports", "gold reports at coverage 0", "gold holds back too", "not in gold")


def status(key: str, gold: dict, gold_all: dict) -> str:
    """The gold graph's status for a compared key (see the module docstring)."""
    if key in {fe.compared_key(f) for f in gold["findings"]}:
        return STATUSES[0]
    if key in {fe.compared_key(f) for f in gold_all["findings"]}:
        return STATUSES[1]
    held = [*gold["held_back"], *gold["undetermined"], *gold_all["held_back"]]
    return STATUSES[2] if key in {fe.compared_key(f) for f in held} else STATUSES[3]


def held_for_set(name: str, gold_file: Path) -> dict:
    """Every held-back or undetermined machine finding of one set with its gold status."""
    from graph.analysis.gaps import gaps
    from graph.analysis.gaps.coverage import thresholds

    with tempfile.TemporaryDirectory(prefix=f"held-{name}-") as tmp:
        gold, machine, _notes = fe.build_graphs(gold_file, Path(tmp))
    zero = dict.fromkeys(thresholds(), 0)
    rg, rg0, rm = gaps(gold), gaps(gold, coverage_thresholds=zero), gaps(machine)
    aliases = fe.gold_aliases(gold)
    cases, seen = [], set()
    for how, lst in (("rule", rm["held_back"]), ("coverage", rm["undetermined"])):
        for f in lst:
            key = fe.compared_key(f, aliases)
            if (how, key) in seen:
                continue
            seen.add((how, key))
            why = (f.get("held_back") or {}).get("reason") or f.get("note", "")
            cases.append({"set": name, "held": how, "kind": f["kind"], "key": f["key"],
                          "gold": status(key, rg, rg0), "why": why, "title": f["title"]})
    return {"set": name, "cases": cases}


def pooled(results: list[dict]) -> dict[str, int]:
    c = Counter((x["held"], x["kind"], x["gold"]) for r in results for x in r["cases"])
    return {" / ".join(k): v for k, v in sorted(c.items())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", dest="sets", help="only this set (repeatable)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    sets = [s for s in fe.gold_sets() if not args.sets or s[0] in args.sets]
    results = [held_for_set(n, f) for n, f in sets]
    report = {"sets": results, "pooled": pooled(results)}
    text = json.dumps(report, ensure_ascii=False, indent=1)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    if args.json:
        print(text)
        return 0
    for r in results:
        for x in r["cases"]:
            if x["gold"] in STATUSES[:2]:
                print(f"{x['set']:6} {x['held']:8} {x['gold']:27} {x['title'][:90]}")
    for k, v in report["pooled"].items():
        print(f"  {k:70} {v:4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
