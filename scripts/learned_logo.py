"""Leave-group-out table of the learned span component (learned8, issue 10 §2).

    .venv/bin/python scripts/learned_logo.py u92-u96=/work/learned8/g92/table.json \
        u87-u91=/work/learned8/g87/table.json ... [--check u13,u15] [--json out.json]

Each table is what `scripts/learned_cv.py --train-batches ... --json` wrote for one group G: a
model trained on everything outside G, scored on G's batches, on G pooled ("pooled") and on the
CHECK batches. This script puts the groups side by side and applies the switch-on rule the lead
pre-registered for the tenth session, part (a): a variant passes only if, over all groups pooled
(counts summed, so one micro F1 over every text), it lifts typed entities F1 by >= 0.005, its
entity gain is positive in >= 2/3 of the groups, and pooled typed relations F1 is not down by
more than 0.002. Part (b), the lead's check on a held-out set, is not here.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

MIN_GAIN = 0.005
MIN_SHARE = 2 / 3
REL_FLOOR = -0.002
KEYS = ("entities_typed", "relations_typed")


def f1(tp: int, pred: int, gold: int) -> float:
    """Micro F1 from counts (the scorer's formula, unrounded)."""
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def signed(x: float) -> str:
    """+0.0040 / -0.0020, and +0.0000 rather than -0.0000 for a loss below the last digit."""
    return f"{round(x, 4) + 0.0:+.4f}"


def count_delta(tables: dict[str, dict], variant: str, key: str = "entities_typed") -> tuple[int, int]:
    """(right, predicted) the variant adds over "off", summed over the groups' pooled rows."""
    rows = [t["pooled"] for t in tables.values()]
    return (sum(r[variant][key]["tp"] - r["off"][key]["tp"] for r in rows),
            sum(r[variant][key]["pred"] - r["off"][key]["pred"] for r in rows))


def cell_f1(cell: dict, key: str) -> float:
    c = cell[key]
    return f1(c["tp"], c["pred"], c["gold"])


def pooled_f1(rows: list[dict], variant: str, key: str) -> float:
    """One F1 over several rows (each row one group's or batch's scores): counts are summed."""
    tp = sum(r[variant][key]["tp"] for r in rows)
    pred = sum(r[variant][key]["pred"] for r in rows)
    gold = sum(r[variant][key]["gold"] for r in rows)
    return f1(tp, pred, gold)


def variants_of(tables: dict[str, dict]) -> list[str]:
    """The variants every table scored, in the first table's order ("off" first)."""
    first = next(iter(tables.values()))["pooled"]
    names = [k for k in first if k != "docs"]
    return [v for v in names if all(v in t["pooled"] for t in tables.values())]


def verdict(tables: dict[str, dict], variant: str) -> dict:
    """Rule (a) for one variant over the groups' "pooled" rows."""
    rows = [t["pooled"] for t in tables.values()]
    ent = pooled_f1(rows, variant, "entities_typed") - pooled_f1(rows, "off", "entities_typed")
    rel = pooled_f1(rows, variant, "relations_typed") - pooled_f1(rows, "off", "relations_typed")
    per_group = {g: cell_f1(t["pooled"][variant], KEYS[0]) - cell_f1(t["pooled"]["off"], KEYS[0])
                 for g, t in tables.items()}
    up = sum(d > 0 for d in per_group.values())
    batches = [(b, row) for t in tables.values() for b, row in t.items() if b != "pooled" and variant in row]
    return {
        "entities_gain": ent,
        "relations_gain": rel,
        "per_group": per_group,
        "groups_up": up,
        "groups": len(per_group),
        "passes": ent >= MIN_GAIN and up >= math.ceil(MIN_SHARE * len(per_group) - 1e-9) and rel >= REL_FLOOR,
        "batches_up": sum(cell_f1(r[variant], "entities_typed") > cell_f1(r["off"], "entities_typed")
                          for _, r in batches),
        "batches_down": sum(cell_f1(r[variant], "entities_typed") < cell_f1(r["off"], "entities_typed")
                            for _, r in batches),
    }


def split_check(tables: dict[str, dict], check: list[str]) -> tuple[dict[str, dict], dict[str, dict]]:
    """The group tables without the CHECK batches, and the CHECK rows by group model."""
    groups = {g: {b: r for b, r in t.items() if b not in check} for g, t in tables.items()}
    checks = {g: {b: t[b] for b in check if b in t} for g, t in tables.items()}
    return groups, checks


def render(tables: dict[str, dict], check: list[str]) -> str:
    """A markdown table: variant x group (pooled entities / relations), all groups pooled, sign count."""
    groups, checks = split_check(tables, check)
    names = list(groups)
    head = ["mode", *[f"{g} pooled" for g in names], "all groups pooled", "Δ ent / Δ rel", "groups up",
            "batches up/down", *[f"CHECK {b} (mean of models)" for b in check], "rule (a)"]
    lines = ["| " + " | ".join(head) + " |", "| " + " | ".join("---" for _ in head) + " |"]
    for v in variants_of(groups):
        rows = [t["pooled"] for t in groups.values()]
        cells = [v]
        cells += [f"{cell_f1(t['pooled'][v], KEYS[0]):.3f} / {cell_f1(t['pooled'][v], KEYS[1]):.3f}"
                  for t in groups.values()]
        cells.append(f"{pooled_f1(rows, v, KEYS[0]):.4f} / {pooled_f1(rows, v, KEYS[1]):.4f}")
        if v == "off":
            cells += ["", "", ""]
        else:
            d = verdict(groups, v)
            cells += [f"{signed(d['entities_gain'])} / {signed(d['relations_gain'])}",
                      f"{d['groups_up']}/{d['groups']}", f"{d['batches_up']}/{d['batches_down']}"]
        for b in check:
            vals = [(cell_f1(c[b][v], KEYS[0]), cell_f1(c[b][v], KEYS[1])) for c in checks.values() if b in c]
            n = len(vals) or 1
            mean = f"{sum(e for e, _ in vals) / n:.3f} / {sum(r for _, r in vals) / n:.3f}"
            cells.append(mean if vals else "")
        cells.append("" if v == "off" else ("passes" if verdict(groups, v)["passes"] else "fails"))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tables", nargs="+", help="GROUP=path/to/table.json (learned_cv.py --json)")
    ap.add_argument("--check", default="u13,u15", help="CHECK batches: shown apart, never pooled")
    ap.add_argument("--json", default="")
    a = ap.parse_args()
    tables = {}
    for arg in a.tables:
        name, _, path = arg.partition("=")
        if not path:
            sys.exit(f"learned_logo: expected GROUP=path, got {arg!r}")
        tables[name] = json.loads(Path(path).read_text(encoding="utf-8"))
    check = [b for b in a.check.split(",") if b]
    print(render(tables, check))
    groups, _ = split_check(tables, check)
    verdicts = {v: verdict(groups, v) for v in variants_of(groups) if v != "off"}
    for v, d in verdicts.items():
        right, pred = count_delta(groups, v)
        print(f"{v:12} entities {signed(d['entities_gain'])} ({right:+d} right, {pred:+d} predicted) "
              f"relations {signed(d['relations_gain'])} groups up {d['groups_up']}/{d['groups']} "
              f"-> {'passes' if d['passes'] else 'fails'} rule (a)")
    if a.json:
        Path(a.json).write_text(json.dumps(verdicts, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
