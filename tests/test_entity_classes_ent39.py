"""Classes of the ent39 round (issue 10): places cut wrong. Tested on invented text."""

from __future__ import annotations

from tests.entity_helpers import ents

# --- class (a): a city written with a named quarter of it where an event is held or people go
# (READ u21, u39, u59) ---


def test_a_city_and_its_quarter_are_one_place():
    found = ents("第三届东方论坛在东川琴洲举行。")
    assert found.get("东川琴洲", ("",))[0] == "Location", found
    found = ents("医护人员赴东川小琴山等地支援。")
    assert found.get("东川小琴山", ("",))[0] == "Location", found


def test_a_quarter_of_the_zone_list_is_the_quarter():
    found = ents("评审会在北京中关村召开。")
    assert found.get("北京中关村", ("",))[0] == "Location", found
    assert "中关村" not in found, found


def test_a_no_adverb_or_common_noun_is_a_quarter():
    found = ents("大会在青山市隆重举行。")
    assert "青山市隆重" not in found, found
    assert ents("座谈会在青山宾馆召开。").get("青山宾馆", ("",))[0] != "Location"
    assert "青山一中" not in ents("运动会在青山一中举行。")
