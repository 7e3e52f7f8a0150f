"""ent59 (issue 10): a hall of a campus or an office building (报告厅, 多功能厅, 演播厅) is a room, not a
department 厅 of a provincial government. Invented texts."""

from __future__ import annotations

from tests.entity_helpers import ents


def _bodies(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "PartyGovBody"}


def test_a_hall_is_no_department():  # READ u74, u95, u111 (u23)
    assert not _bodies("会议在青山校区国际学术报告厅举行。")
    assert not _bodies("会议在东川中心多功能厅召开。")
    assert not _bodies("节目在银河电视台一号演播厅录制。")


def test_a_provincial_department_stays():
    assert "东川省教育厅" in _bodies("东川省教育厅印发通知。")
