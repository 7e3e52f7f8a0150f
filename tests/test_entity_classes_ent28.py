"""Entity classes from the ent28 round (issue 10): compound places written without their level words,
each class right in at least three READ batches and wrong in none. Names of people and bodies are
invented; the places are real divisions (the rule reads the division table), none of them from a
scored text."""

from __future__ import annotations

from tests.entity_helpers import ents


def _places(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Location"}


def test_a_province_short_form_before_a_place_of_it_is_one_compound_place():
    # 吉林 is also 吉林市, 河北 also a district of 天津: before a place of the province the short
    # form is the province and the two are one place (READ u40, u76)
    assert "吉林长春" in _places("东方重工集团在吉林长春举办对接会。")
    assert "河北保定" in _places("会议在河北保定召开。")
    # a place outside the province stays its own
    found = _places("会议在河北大同召开。")
    assert "河北大同" not in found


def test_compound_places_in_a_list_are_each_one_place():
    # 山西大同、广东佛山: a list of compound places, the next item outside the first's province (READ u76)
    found = _places("青山基地与山西大同、广东佛山构成三角。")
    assert {"山西大同", "广东佛山"} <= found
    # 河北保定、沧州: the list of the province's parts, each its own
    found = _places("甲乙丙到河北保定、沧州等地调研。")
    assert "河北保定" not in found and {"保定", "沧州"} <= found


def test_a_town_after_a_chain_of_short_forms_belongs_to_the_chain():
    # 宝鸡凤翔 + 柳林镇: a chain of two short forms anchors the county, its town follows (READ u25)
    assert "宝鸡凤翔柳林镇" in _places("东方重工集团的新厂选在宝鸡凤翔柳林镇。")
