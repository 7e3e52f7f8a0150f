"""ent57 (issue 10): a leader named like a place's short name (凌云 of 凌云县) in a list of leaders.
Invented text."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_leader_named_like_a_place_keeps_the_list_whole():
    found = ents("青山市领导张大明、李小红、凌云、王长青、赵一平出席会议。")
    persons = {n for n, (t, _) in found.items() if t == "Person"}
    assert {"张大明", "李小红", "凌云", "王长青", "赵一平"} <= persons
