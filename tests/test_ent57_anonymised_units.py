"""ent57 (issue 10): anonymised units of the PLA by its own name (中国人民解放军某部), of a garrison
command (东川卫戍区某师), and of a sub-district named by its province and city (东川青山军分区某连).
Invented texts."""

from __future__ import annotations

from tests.entity_helpers import ents


def _units(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "MilitaryUnit"}


def test_anonymised_units_keep_their_service_command_and_places():
    assert "中国人民解放军某部" in _units("青山市领导来到中国人民解放军某部开展慰问活动。")  # READ u109
    assert "东川卫戍区某师" in _units("张三曾任东川卫戍区某师政委。")  # READ u28
    assert "西藏青山军分区某边防连" in _units("西藏青山军分区某边防连官兵巡逻。")  # READ u70, u98


def test_a_bare_anonymised_troop_names_no_unit():
    assert not _units("某部官兵和某型装备参加了演练。")
