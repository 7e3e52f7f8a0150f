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


# --- class (b): other countries are places (regions.txt; READ u17, u25, u38, u54, u75) ---


def test_b_other_countries_are_places():
    found = ents("东方重工集团产品远销意大利、韓國以及巴西,青山县与越南山水相连。")
    for name in ("意大利", "韓國", "巴西", "越南"):
        assert found.get(name, ("",))[0] == "Location", (name, found)


def test_b_a_country_inside_a_longer_word_is_no_place():
    assert not ents("舰队驶入印度洋海域。")
