"""Classes of the ent34 round (issue 10; LOCATED_IN precision): compound places written without their
level words that the place-prefix rule did not match, and places that stand only inside longer names.
Each class right in at least three READ batches and wrong in none. Bodies, firms and persons are
invented; the places are real divisions (the rules read the division table), none from a scored text.
"""

from __future__ import annotations

from ingest.components.place_codes import chain_parts
from tests.entity_helpers import ents
from tests.test_relations import triples

L, G, M, E, PARK = "Location", "PartyGovBody", "MilitaryUnit", "Enterprise", "IndustrialPark"


# --- class B: compound places without their level words (READ u12, u57, u61, u66) -------------------


def test_a_chain_of_places_is_split_by_the_division_table():
    # full or short forms, with or without the level word, each place inside the one before
    assert chain_parts("云南普洱墨江县") == ("云南", "普洱", "墨江县")
    assert chain_parts("天津宁河") == ("天津", "宁河")
    assert chain_parts("普洱市墨江") == ("普洱市", "墨江")
    assert chain_parts("墨江县") == ()  # one place, no chain


def test_a_body_of_the_last_place_of_a_compound_lies_in_the_compound():
    # 甲省乙地丙区 written short (云南普洱墨江县), the body named by the last place alone or by the
    # whole chain in full: in the compound place, not in the city before it
    ents = [("云南普洱墨江县", L), ("普洱市", L), ("墨江县人武部", M), ("云南省普洱市墨江县检察院", G)]
    text = "云南普洱墨江县召开会议，普洱市有关部门、墨江县人武部和云南省普洱市墨江县检察院参加。"
    t = triples(text, ents)
    assert ("墨江县人武部", "LOCATED_IN", "云南普洱墨江县") in t
    assert ("云南省普洱市墨江县检察院", "LOCATED_IN", "云南普洱墨江县") in t
    assert ("云南省普洱市墨江县检察院", "LOCATED_IN", "普洱市") not in t
    # 丁市戊 (the county written without 县): its 县 body lies in it
    t = triples("普洱市墨江的墨江县科技局开展调研。", [("普洱市墨江", L), ("墨江县科技局", G)])
    assert ("墨江县科技局", "LOCATED_IN", "普洱市墨江") in t


def test_a_municipality_written_with_its_level_word_before_its_district():
    # 天津市宁河区人民政府 with the place written 天津宁河区: 市 after the municipality is its level word
    ents = [("天津宁河区", L), ("天津市宁河区人民政府", G)]
    t = triples("天津宁河区召开大会，天津市宁河区人民政府主要负责人出席。", ents)
    assert ("天津市宁河区人民政府", "LOCATED_IN", "天津宁河区") in t


def test_a_place_of_the_division_table_before_the_documents_place_is_passed_over():
    # 普洱墨江…产业园 with only 墨江 a place of the document: 普洱 holds it and is skipped
    ents = [("墨江", L), ("普洱墨江东方茶叶产业园", PARK)]
    t = triples("墨江加快建设普洱墨江东方茶叶产业园。", ents)
    assert ("普洱墨江东方茶叶产业园", "LOCATED_IN", "墨江") in t


def test_a_form_two_places_have_goes_to_the_place_written_shortest():
    # 墨江 is the short form of 墨江县 and the last place of 普洱市墨江: the firm is in 墨江县
    ents = [("普洱市墨江", L), ("墨江县", L), ("墨江东方科技有限公司", E)]
    t = triples("普洱市墨江的墨江东方科技有限公司落户墨江县。", ents)
    assert ("墨江东方科技有限公司", "LOCATED_IN", "墨江县") in t
    assert ("墨江东方科技有限公司", "LOCATED_IN", "普洱市墨江") not in t


def test_a_province_and_a_city_by_their_short_forms_are_no_compound_for_the_prefix_rule():
    # 云南普洱: the texts also write it for two places side by side (READ u48, u69); a body of 普洱 is
    # not placed in it by the chain
    t = triples("会议在云南普洱举行，普洱市委负责人出席。", [("云南普洱", L), ("普洱市委", G)])
    assert ("普洱市委", "LOCATED_IN", "云南普洱") not in t


# --- class A: a place that only opens a longer name is no mention (READ u27, u28, u33, u41, u47, u53,
# u57, u65, u73) ---------------------------------------------------------------------------------


def _places(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Location"}


def test_a_place_opening_a_name_the_recogniser_missed_is_no_mention():
    # a cemetery the gold does not annotate, a centre, a works named after the place
    assert "澜沧县" not in _places("检察机关督促整改澜沧县烈士陵园存在的问题。")
    assert not {"普洱", "普洱市"} & _places("活动由普洱东方经济信息咨询中心承办。")
    assert not {"宁河", "宁河区"} & _places("老工人说，宁河化纤厂当年很有名。")


def test_a_place_written_on_its_own_elsewhere_stays():
    found = _places("澜沧县烈士陵园年久失修，澜沧县将加快整改。")
    assert found & {"澜沧县", "澜沧"}


def test_a_place_before_a_verb_a_count_or_a_kind_stays():
    # the words after the place describe (a verb, a count, a generic body, a kind of project), no name
    assert _places("澜沧县召开军民融合工作会议。") & {"澜沧县", "澜沧"}
    assert _places("普洱建设深远海科技中心。") & {"普洱", "普洱市"}
    assert _places("宁河区第二个省级军民融合产业示范基地落成。") & {"宁河区", "宁河"}
    assert _places("推动普洱重大科研项目落地。") & {"普洱", "普洱市"}
    assert _places("澜沧县地方政府与东方重工集团签约。") & {"澜沧", "澜沧县"}
    # 中心 before 城市 modifies it: a planning term, no centre named
    assert _places("加快建设普洱区域中心城市。") & {"普洱", "普洱市"}


def test_a_place_opening_a_committee_the_recogniser_missed_is_no_mention():
    # the one-character head 委 closes a committee's name too (…认证委, …科工委: READ u62, u68, u75)
    assert not {"澜沧县", "澜沧"} & _places("公司收到澜沧县军工保密资格认证委的通知。")
