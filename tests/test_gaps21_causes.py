"""gaps21: bench/findings_causes.py lists the differences bench/findings_eval.py scores (invented names).

The causes report keyed findings by their raw key, the scores by `compared_key` (a body's 党组 is the
body in stalled findings): one problem the gold graph gives 青山市民政局党组 and the machine gives
青山市民政局 was counted matched by the scores and listed as a false positive and a miss by the causes.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import findings_causes as fc  # noqa: E402


def finding(key: str, kind: str = "stalled") -> dict:
    return {"key": key, "kind": kind, "title": key}


def test_a_body_and_its_party_group_are_one_finding_for_the_causes_too():
    gold = [finding("stalled|青山市民政局党组"), finding("orphan|青山融合基金", "orphan")]
    machine = [finding("stalled|青山市民政局"), finding("stalled|东川县")]
    false_positives, missed = fc.differing(gold, machine)
    assert [f["key"] for f in false_positives] == ["stalled|东川县"]
    assert [f["key"] for f in missed] == ["orphan|青山融合基金"]


def test_a_party_committee_stays_a_body_of_its_own():
    gold, machine = [finding("stalled|青山镇党委")], [finding("stalled|青山镇")]
    false_positives, missed = fc.differing(gold, machine)
    assert [f["key"] for f in false_positives] == ["stalled|青山镇"]
    assert [f["key"] for f in missed] == ["stalled|青山镇党委"]
