"""ent58 (issue 10 §3): one body, one entity. A short form that opens with its place's level
character in place of the place's name (市军分区 for 青山军分区, 青山 short for 青山市) is an alias of
the one body of that name whose place has that level. Invented texts (place names from the
gazetteer, bodies invented)."""

from __future__ import annotations

from tests.entity_helpers import ents


def _named(text: str, typ: str) -> dict[str, list[str]]:
    return {n: a for n, (t, a) in ents(text).items() if t == typ}


def test_level_character_for_the_place_name_is_the_same_body():
    # READ u93, u110: 州军分区 / 市军分区 after the sub-district named by its prefecture or city
    units = _named("白沙军分区司令员张三出席会议。县军分区将组织民兵训练。", "MilitaryUnit")
    assert "县军分区" in units.get("白沙军分区", [])
    assert "县军分区" not in units


def test_level_character_of_another_level_is_another_body():
    # 青山 is a district (区): a 县军分区 is no form of it
    units = _named("青山军分区司令员张三出席会议。县军分区将组织民兵训练。", "MilitaryUnit")
    assert "县军分区" not in units.get("青山军分区", [])
