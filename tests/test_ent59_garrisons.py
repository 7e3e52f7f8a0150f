"""ent59 (issue 10): a garrison named by its place (驻X部队) keeps its name when a force stands between the
place and 部队 (驻东川武警部队: 驻东川 is no verb phrase before the known force) and after 各 (各驻东川部队:
the garrison is named, not a plural class of bodies). Invented texts."""

from __future__ import annotations

from tests.entity_helpers import ents


def _units(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "MilitaryUnit"}


def test_a_force_inside_a_garrison_name():  # READ u72, u103 (军警: u39, u46, u92, u100)
    assert "驻东川武警部队" in _units("他说,驻东川武警部队官兵常年驻守在高原。")
    assert "驻青山武警部队" in _units("会议研究解决驻青山武警部队建设的有关问题。")


def test_each_before_a_garrison_name():  # READ u111 (u59, u77: the garrison named elsewhere too)
    assert "驻青山部队" in _units("要求各地、各驻青山部队深入贯彻通知精神。")


def test_a_level_garrison_stays_a_class():  # READ u5, u82
    assert not _units("要求各地、各驻区部队深入贯彻通知精神。")
