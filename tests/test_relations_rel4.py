"""Relation classes of the generalisation round (rel4, issue 10), on invented texts.

Each case is a construction that recurred across development batches (see docs/QUALITY.md, "rel4");
`run` (tests/test_relations.py) runs the relation rules on given entities, so a case tests the rule
alone. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples as _triples

P, G, M, EN, E, L = "Person", "PartyGovBody", "MilitaryUnit", "Enterprise", "Event", "Location"


def _coord(t, a, b):
    return (a, "COORDINATES_WITH", b) in t or (b, "COORDINATES_WITH", a) in t


# --- co-actors of one joint act all work together ------------------------------------------------

def test_joint_act_pairs_every_co_actor():
    ents = [("青山市委", G), ("市政府", G), ("青山军分区", M)]
    t = _triples("青山市委、市政府和青山军分区联合出台加快融合发展的意见。", ents)
    assert _coord(t, "青山市委", "市政府")
    assert _coord(t, "青山市委", "青山军分区")
    assert _coord(t, "市政府", "青山军分区")


def test_joint_act_after_with_pairs_every_co_actor():
    ents = [("青山市科技局", G), ("西山区委", G), ("西山区政府", G)]
    t = _triples("青山市科技局与西山区委、西山区政府在会展中心联合举办科技集市活动。", ents)
    assert _coord(t, "西山区委", "西山区政府")
    assert _coord(t, "青山市科技局", "西山区委")


def test_signing_sides_stay_apart():
    """A signing is no joint act of the listed partners: each signs with the first, not each other."""
    ents = [("青山市政府", G), ("东方重工集团", EN), ("南山电子公司", EN)]
    t = _triples("青山市政府与东方重工集团、南山电子公司签署战略合作协议。", ents)
    assert _coord(t, "青山市政府", "东方重工集团")
    assert not _coord(t, "东方重工集团", "南山电子公司")


def test_subject_list_joined_with_the_partner_of_lianhe():
    ents = [("东山省", L), ("青山市政府", G), ("东方航天集团", EN)]
    t = _triples("该基地是东山省、青山市政府联合东方航天集团建设的产业聚集区。", ents)
    assert _coord(t, "东山省", "东方航天集团")
    assert _coord(t, "青山市政府", "东方航天集团")


# --- name-internal PART_OF: a centre, central or provincial committee of a body --------------------

def test_centre_named_after_a_body_is_part_of_it():
    ents = [("东山国防科工局", G), ("东山国防科工局信息中心", G)]
    t = _triples("东山国防科工局信息中心主任作报告，东山国防科工局有关同志出席。", ents)
    assert ("东山国防科工局信息中心", "PART_OF", "东山国防科工局") in t


def test_central_and_provincial_committees_of_a_party_are_part_of_it():
    ents = [("青松学社", G), ("青松学社中央", G), ("青松学社东山省委", G)]
    t = _triples("青松学社中央和青松学社东山省委的同志出席，青松学社作为参政党将继续履职。", ents)
    assert ("青松学社中央", "PART_OF", "青松学社") in t
    assert ("青松学社东山省委", "PART_OF", "青松学社") in t


def test_department_in_parentheses_after_its_ministry():
    ents = [("东山省工业厅", G), ("军民协作处", G)]
    t = _triples("请于6月30日前将材料函送东山省工业厅（军民协作处）。", ents)
    assert ("军民协作处", "PART_OF", "东山省工业厅") in t


def test_place_in_parentheses_is_no_department():
    ents = [("东方重工集团", EN), ("青山", L)]
    t = _triples("东方重工集团(青山)有限公司落户开发区。", ents)
    assert not any(r == "PART_OF" for _, r, _ in t)


# --- IMPLEMENTS whose actor stands outside the verb's clause ---------------------------------------

PO, IP = "Policy", "IndustrialPark"


def test_body_told_to_act_carries_into_the_next_clause():
    ents = [("青山市", L), ("融合发展战略", PO), ("国家级融合创新示范区", PO)]
    t = _triples("政府工作报告要求青山市深入贯彻融合发展战略，积极创建国家级融合创新示范区。", ents)
    assert ("青山市", "IMPLEMENTS", "融合发展战略") in t
    assert ("青山市", "IMPLEMENTS", "国家级融合创新示范区") in t


def test_encouraged_park_applies_for_a_designation():
    ents = [("东山产业园", IP), ("国家融合示范基地", PO)]
    t = _triples("我们鼓励东山产业园按照有关程序和要求，积极申报创建国家融合示范基地。", ents)
    assert ("东山产业园", "IMPLEMENTS", "国家融合示范基地") in t


def test_supporter_is_no_pivot():
    """支持 is no directive: the body supported is not made the actor of the next clause."""
    ents = [("东山省政府", G), ("青山市", L), ("民参军提升工程", "Project")]
    t = _triples("东山省政府大力支持青山市发展，积极实施民参军提升工程。", ents)
    assert ("青山市", "IMPLEMENTS", "民参军提升工程") not in t


def test_frame_with_the_actor_after_it():
    ents = [("青山市", L), ("全国双拥模范城", PO)]
    t = _triples("今年，以争创全国双拥模范城“九连冠”为契机，青山市掀起送科技进军营活动的热潮。", ents)
    assert ("青山市", "IMPLEMENTS", "全国双拥模范城") in t


def test_frame_with_the_actor_before_it():
    ents = [("西山区", L), ("东山省融合示范区", PO)]
    t = _triples("近年来，西山区以申报东山省融合示范区为主抓手，大力发展融合产业。", ents)
    assert ("西山区", "IMPLEMENTS", "东山省融合示范区") in t


# --- event venue: a place's short form, a venue after the place --------------------------------------

def test_event_held_at_a_county_by_its_short_form():
    ents = [("东山电缆产业高峰论坛", E), ("青阳县", L)]
    t = _triples("10月23日，东山电缆产业高峰论坛在青阳举行。", ents)
    assert ("东山电缆产业高峰论坛", "LOCATED_IN", "青阳县") in t


def test_event_held_at_a_city_by_its_one_character_form():
    ents = [("科技城建设座谈会", E), ("绵州市", L)]
    t = _triples("15日，调研组在绵召开科技城建设座谈会。", ents)
    assert ("科技城建设座谈会", "LOCATED_IN", "绵州市") in t


def test_one_character_form_of_no_document_place_is_nothing():
    ents = [("青山推介会", E), ("东山省", L)]
    assert not _triples("青山推介会在京召开。", ents)


def test_event_held_in_a_hotel_hall_of_a_city():
    ents = [("东山融合发展高峰论坛", E), ("南湖", L)]
    t = _triples("12月9日，“东山融合发展高峰论坛”在南湖会展国际大酒店宏图厅举行。", ents)
    assert ("东山融合发展高峰论坛", "LOCATED_IN", "南湖") in t


def test_signing_ceremony_has_no_venue():
    ents = [("青山市政府与东方集团合作协议签约仪式", E), ("青山", L)]
    t = _triples("青山市政府与东方集团在青山举行青山市政府与东方集团合作协议签约仪式。", ents)
    assert not any(r == "LOCATED_IN" for _, r, _ in t)
