"""ent57 (issue 10): a person whose two-character name reads as a place's short form (凌云 of 凌云县,
洪江 of 洪江市), after a title and before a mark or a stop word. Invented texts."""

from __future__ import annotations

from tests.entity_helpers import ents


def _persons(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Person"}


def test_a_titled_name_read_as_a_place_is_a_person():
    # READ u82 (…副书记 + name + 参加), u91 (…副总经理 + name + 等), u110 (a leaders' list)
    assert "洪江" in _persons("青山集团党委委员、副总经理洪江等参加开工仪式。")
    assert "江南" in _persons("市委副书记江南参加会议。")
    assert {"张大明", "李小红", "凌云", "王长青", "赵一平"} <= _persons(
        "青山市领导张大明、李小红、凌云、王长青、赵一平出席会议。")


def test_a_place_after_a_title_inside_a_longer_word_stays_a_place():
    # a full place name (level character) or a place opening a longer name is no person
    found = ents("副市长王小明到桂林市调研,主任乌兰其其格出席。")
    assert found.get("桂林市", ("",))[0] != "Person"
    assert "乌兰" not in found
