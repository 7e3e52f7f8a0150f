"""Relation classes of the rel18 round (issue 10 §3: relation precision, spurious relations whose two
endpoints are right entities), each kept because it was right in three or more READ batches and wrong in
none. `triples` (tests/test_relations.py) runs the relation rules on given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, M, ENT, R = "Person", "PartyGovBody", "MilitaryUnit", "Enterprise", "ResearchInstitute"


# --- a body carried to the next name in a list of posts (u2, u27, u50, u54, u69) -----------------------

def test_bare_title_after_two_bodies_takes_the_last_body_only():
    """ "省委书记、省海防委员会主任甲，常务副主任乙": 乙 is deputy of the committee whose 主任 甲 is,
    not of the provincial party committee (u50, u54)."""
    ents = [("东山省委", G), ("东山省海防委员会", G), ("张三丰", P), ("李四海", P), ("王五一", P)]
    t = triples("东山省委书记、东山省海防委员会主任张三丰,常务副主任李四海,副主任王五一出席会议。", ents)
    assert ("张三丰", "HOLDS_POSITION", "东山省委") in t
    assert ("李四海", "HOLDS_POSITION", "东山省海防委员会") in t
    assert ("王五一", "HOLDS_POSITION", "东山省海防委员会") in t
    assert ("李四海", "HOLDS_POSITION", "东山省委") not in t
    assert ("王五一", "HOLDS_POSITION", "东山省委") not in t


def test_bare_title_after_one_body_still_takes_it():
    """ "青山集团董事长甲、总经理乙": one body carried is kept (the carry itself is right)."""
    ents = [("青山集团", ENT), ("张三丰", P), ("李四海", P)]
    t = triples("青山集团董事长张三丰、总经理李四海出席签约仪式。", ents)
    assert ("李四海", "HOLDS_POSITION", "青山集团") in t


def test_plural_leaders_of_bodies_carry_no_body_to_the_next_name():
    """ "甲局等相关领导，乙院院长丙": the leaders of the bodies named, no title waiting for the next
    name (u27, u69)."""
    ents = [("青山市委军民融合办", G), ("张三丰", P)]
    t = triples("青山区区长李四海,青山市委军民融合办等相关领导,六所所长张三丰出席活动。", ents)
    assert ("张三丰", "HOLDS_POSITION", "青山市委军民融合办") not in t
    ents = [("东方重工集团", ENT), ("张三丰", P)]
    t = triples("东方重工集团相关部室负责人,东方四院党委书记、院长张三丰等参加考察。", ents)
    assert ("张三丰", "HOLDS_POSITION", "东方重工集团") not in t


def test_a_clause_going_on_after_the_name_passes_no_body_on():
    """ "甲中心主任乙作《…》专题报告，某工程总设计师丙作…": 丙's title is not a post in the centre
    of the clause before (u2)."""
    ents = [("青山大学国防经济研究中心", R), ("张三丰", P), ("李四海", P)]
    t = triples("会上,青山大学国防经济研究中心主任张三丰作《融合发展的路径》专题报告,"
                "东山探测工程总设计师李四海作《深空探测》专题报告。", ents)
    assert ("张三丰", "HOLDS_POSITION", "青山大学国防经济研究中心") in t
    assert ("李四海", "HOLDS_POSITION", "青山大学国防经济研究中心") not in t


# --- a place after 支持 that is not the one supported (u21, u27, u68) ------------------------------------

L = "Location"


def test_place_opening_a_body_named_in_words_is_not_supported():
    """ "支持东山企业承接…", "支持东山省导航运营中心建设": the firms or the centre are supported, the
    place only opens their description (u21, u68)."""
    ents = [("东方重工集团", ENT), ("东山", L)]
    t = triples("东方重工集团明确表示,支持东山企业承接复合材料结构件研制。", ents)
    assert ("东方重工集团", "SUPPORTS", "东山") not in t
    ents = [("青山市政府", G), ("东山省", L)]
    t = triples("青山市政府将支持东山省导航运营中心规划建设。", ents)
    assert ("青山市政府", "SUPPORTS", "东山省") not in t


def test_place_inside_the_thing_built_is_not_supported():
    """ "支持乙市建设青山城市圈副中心": 青山 is part of what is built, not the supported (u27)."""
    ents = [("东方重工集团", ENT), ("青山", L)]
    t = triples("东方重工集团将全力支持乙城建设青山城市圈副中心。", ents)
    assert ("东方重工集团", "SUPPORTS", "青山") not in t


def test_place_after_zai_is_where_not_who():
    """ "支持在东山设立完工中心": the place where the centre is set up (u21)."""
    ents = [("东方重工集团", ENT), ("东山", L)]
    t = triples("东方重工集团支持在东山设立大型飞机完工中心。", ents)
    assert ("东方重工集团", "SUPPORTS", "东山") not in t


def test_place_supported_before_a_verb_is_kept():
    """ "支持东山建设研发中心", "支持东山军民融合发展": the place is the one supported."""
    ents = [("东方重工集团", ENT), ("东山", L)]
    assert ("东方重工集团", "SUPPORTS", "东山") in triples("东方重工集团将支持东山建设研发中心。", ents)
    assert ("东方重工集团", "SUPPORTS", "东山") in triples("东方重工集团将大力支持东山军民融合发展。", ents)
