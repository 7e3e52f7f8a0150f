"""learned8: the leave-group-out table and the pre-registered switch-on rule (a) of
scripts/learned_logo.py, on invented counts (no model, no scored text)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "learned_logo.py"
_spec = importlib.util.spec_from_file_location("learned_logo", SCRIPT)
logo = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(logo)


def _cell(ent: tuple[int, int, int], rel: tuple[int, int, int]) -> dict:
    names = ("tp", "pred", "gold")
    return {"entities_typed": dict(zip(names, ent, strict=True)),
            "relations_typed": dict(zip(names, rel, strict=True))}


def _table(off_ent: int, add_ent: int, add_rel: int = 50) -> dict:
    """One group: 100 gold entities, 100 predicted; the variant changes only the right count."""
    off = _cell((off_ent, 100, 100), (50, 80, 80))
    add = _cell((add_ent, 100, 100), (add_rel, 80, 80))
    row = {"docs": 9, "off": off, "add": add}
    return {"ux1": row, "pooled": row, "u13": {"docs": 9, "off": off, "add": off}}


def test_pooled_f1_sums_counts_rather_than_averaging_scores():
    rows = [{"off": _cell((9, 10, 10), (0, 1, 1))}, {"off": _cell((0, 90, 90), (0, 1, 1))}]
    # micro: 9 right of 100 predicted and 100 gold, not the mean of 0.9 and 0.0
    assert abs(logo.pooled_f1(rows, "off", "entities_typed") - 0.09) < 1e-9


def test_rule_a_needs_the_pooled_gain_and_two_thirds_of_the_groups_up():
    # +2, +2, +2, -1 right of 400: pooled +0.0125, three of four groups up -> passes
    tables = {"g1": _table(80, 82), "g2": _table(80, 82), "g3": _table(80, 82), "g4": _table(80, 79)}
    d = logo.verdict(tables, "add")
    assert d["groups_up"] == 3 and abs(d["entities_gain"] - 0.0125) < 1e-9 and d["passes"]
    # the same pooled gain carried by two groups only: 2 of 4 < 2/3 -> fails
    tables = {"g1": _table(80, 83), "g2": _table(80, 83), "g3": _table(80, 80), "g4": _table(80, 79)}
    d = logo.verdict(tables, "add")
    assert abs(d["entities_gain"] - 0.0125) < 1e-9 and d["groups_up"] == 2 and not d["passes"]
    # every group up but pooled below 0.005 -> fails
    tables = {f"g{i}": _table(80, 80 + (i == 1)) for i in range(1, 5)}
    assert not logo.verdict(tables, "add")["passes"]


def test_rule_a_refuses_a_gain_that_costs_relations_more_than_the_floor():
    tables = {f"g{i}": _table(80, 82, add_rel=49) for i in range(1, 5)}  # relations -4 of 320
    d = logo.verdict(tables, "add")
    assert d["entities_gain"] > 0.005 and d["relations_gain"] < -0.002 and not d["passes"]


def test_check_batches_are_shown_apart_and_never_pooled(tmp_path):
    tables = {f"g{i}": _table(80, 82) for i in range(1, 4)}
    tables["g1"]["u13"]["add"] = _cell((0, 100, 100), (0, 80, 80))  # a CHECK collapse must not move rule (a)
    groups, checks = logo.split_check(tables, ["u13"])
    assert "u13" not in groups["g1"] and set(checks["g1"]) == {"u13"}
    assert logo.verdict(groups, "add")["passes"]
    paths = []
    for g, t in tables.items():
        p = tmp_path / f"{g}.json"
        p.write_text(json.dumps(t), encoding="utf-8")
        paths.append(f"{g}={p}")
    out = subprocess.run([sys.executable, str(SCRIPT), *paths, "--check", "u13"],
                         capture_output=True, text=True, check=True).stdout
    assert "| add | 0.820 / 0.625 |" in out and "passes" in out and "3/3" in out


def test_count_delta_and_sign_formatting():
    tables = {"g1": _table(80, 82), "g2": _table(80, 79)}
    assert logo.count_delta(tables, "add") == (1, 0)
    assert logo.signed(-0.00001) == "+0.0000" and logo.signed(-0.0021) == "-0.0021"
