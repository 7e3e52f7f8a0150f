"""bench/findings_eval.py (gaps19): a body's party group is keyed as the body in stalled findings
(青山市民政局党组 and 青山市民政局 are one key), as the guidelines' name-internal PART_OF makes the
党组 a part of its body; a 党委 or 党支部 is a body of its own. Invented names only."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import findings_eval as fe  # noqa: E402


def _stalled(key: str) -> dict:
    return {"kind": "stalled", "key": f"stalled|{key}"}


def test_a_bodys_party_group_is_keyed_as_the_body():
    gold = [_stalled("青山市民政局党组〔d1〕"), _stalled("东川县住建局党组")]
    machine = [_stalled("青山市民政局〔d1〕"), _stalled("东川县住建局")]
    s = fe.compare_findings(gold, machine)["kinds"]["stalled"]
    assert (s["gold"], s["machine"], s["matched"]) == (2, 2, 2)
    assert s["false_positives"] == [] and s["missed"] == []


def test_a_party_committee_or_branch_stays_a_body_of_its_own():
    gold = [_stalled("青山镇党委"), _stalled("东川社区党支部"), _stalled("党组")]
    machine = [_stalled("青山镇"), _stalled("东川社区"), _stalled("")]
    s = fe.compare_findings(gold, machine)["kinds"]["stalled"]
    assert s["matched"] == 0
    # other kinds are compared by their key as it is
    assert fe.compared_key({"kind": "orphan", "key": "orphan|青山局党组"}) == "orphan|青山局党组"
