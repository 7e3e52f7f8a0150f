"""gaps26: bench/findings_held.py tells a machine finding held back wrongly (the gold graph reports
it) from one the gold graph gives only with coverage at 0, holds back too, or has not (invented
names)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import findings_held as fh  # noqa: E402


def finding(key: str, kind: str = "orphan") -> dict:
    return {"key": key, "kind": kind, "title": key}


def test_the_gold_status_of_a_held_back_finding():
    gold = {"findings": [finding("orphan|青山融合基金"), finding("stalled|青山市民政局党组", "stalled")],
            "held_back": [finding("single_broker|青山市委", "single_broker")], "undetermined": []}
    gold_all = {"findings": [*gold["findings"], finding("orphan|东川产业园")], "held_back": [],
                "undetermined": []}
    assert fh.status("orphan|青山融合基金", gold, gold_all) == "gold reports"
    assert fh.status("stalled|青山市民政局", gold, gold_all) == "gold reports"  # a 党组 is its body
    assert fh.status("orphan|东川产业园", gold, gold_all) == "gold reports at coverage 0"
    assert fh.status("single_broker|青山市委", gold, gold_all) == "gold holds back too"
    assert fh.status("orphan|甲乙基金", gold, gold_all) == "not in gold"
