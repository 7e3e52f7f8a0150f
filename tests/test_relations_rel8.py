"""Relation classes of the rel8 round (issue 10: the weakest relation types), each kept because it fired
correctly in three or more READ batches and cost nothing on the CHECK sets and seeds+dev. `triples`
(tests/test_relations.py) runs the relation rules on given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, RI, E, L, IP, EN, F, PO = ("Person", "PartyGovBody", "ResearchInstitute", "Event", "Location",
                                 "IndustrialPark", "Enterprise", "Fund", "Policy")


# --- a meeting the sentence calls an exchange of the two sides: the persons coordinate -----------------

def test_meeting_with_both_sides_exchanging_coordinates_the_persons():
    ents = [("张明远", P), ("李东平", P), ("东方重工集团", EN)]
    t = triples("青山市委书记张明远会见东方重工集团董事长李东平一行，双方就产业合作进行了深入交流。", ents)
    assert ("张明远", "COORDINATES_WITH", "李东平") in t or ("李东平", "COORDINATES_WITH", "张明远") in t


def test_talks_held_with_a_guest_and_two_hosts():
    ents = [("张明远", P), ("王海川", P), ("李东平", P), ("东山研究所", RI)]
    t = triples("市委书记张明远，市长王海川与来青考察的东山研究所所长李东平举行工作会谈，"
                "双方就人才共育、项目合作交换了意见。", ents)
    pairs = {frozenset((h, tl)) for h, r, tl in t if r == "COORDINATES_WITH"}
    assert frozenset(("张明远", "李东平")) in pairs and frozenset(("王海川", "李东平")) in pairs


def test_meeting_alone_gives_no_coordination():
    ents = [("张明远", P), ("李东平", P), ("东方重工集团", EN)]
    t = triples("青山市委书记张明远会见东方重工集团董事长李东平一行。", ents)
    assert not any(r == "COORDINATES_WITH" for _, r, _ in t)


def test_talks_held_between_two_bodies_coordinate_them():
    ents = [("青山市政府", G), ("东方重工集团", EN)]
    t = triples("开工前，青山市政府与东方重工集团举行了工作座谈。", ents)
    assert ("青山市政府", "COORDINATES_WITH", "东方重工集团") in t


def test_talks_about_a_topic_with_two_named_persons():
    ents = [("张明远", P), ("东方钢铁集团", EN), ("李东平", P), ("西山钢铁公司", EN), ("王海川", P)]
    t = triples("张明远考察东方钢铁集团，与东方钢铁集团董事长李东平，"
                "西山钢铁公司董事长王海川就产业合作洽谈。", ents)
    pairs = {frozenset((h, tl)) for h, r, tl in t if r == "COORDINATES_WITH"}
    assert frozenset(("张明远", "李东平")) in pairs and frozenset(("张明远", "王海川")) in pairs


def test_persons_talking_with_a_bodys_unnamed_leaders_coordinate_nothing():
    ents = [("张明远", P), ("王海川", P), ("东方航天集团", EN)]
    t = triples("签约仪式前，张明远、王海川一行与东方航天集团领导进行了座谈。", ents)
    assert not any(r == "COORDINATES_WITH" for _, r, _ in t)


# --- name-internal PART_OF: the child's short forms (中共 dropped, its place cut to the level word) -------

def test_party_committee_of_a_unit_written_with_zhonggong():
    ents = [("中共青山军分区纪律检查委员会", "MilitaryUnit"), ("青山军分区", "MilitaryUnit")]
    t = triples("大会选举产生了中共青山军分区纪律检查委员会。青山军分区党委书记讲话。", ents)
    assert ("中共青山军分区纪律检查委员会", "PART_OF", "青山军分区") in t


def test_department_written_in_full_is_part_of_the_body_named_by_its_level():
    ents = [("东川省", L), ("东川省经信委军民推进处", G), ("省经信委", G), ("青山区委常委会", G), ("区委", G),
            ("青山区", L)]
    t = triples("东川省经信委军民推进处处长到青山区调研。省经信委有关负责人陪同。"
                "青山区委常委会召开会议，区委书记主持。", ents)
    assert ("东川省经信委军民推进处", "PART_OF", "省经信委") in t
    assert ("青山区委常委会", "PART_OF", "区委") in t


def test_department_head_bu_of_a_party_committee():
    ents = [("市委宣传部", G), ("市委", G)]
    t = triples("市委宣传部负责同志出席。市委书记讲话。", ents)
    assert ("市委宣传部", "PART_OF", "市委") in t


def test_cut_form_takes_no_parent_of_another_place_by_its_alias():
    # 东山市委 is called 市委 in the text: 西山市委军民融合办 is not its part
    ents = [("西山市", L), ("西山市委军民融合办", G), ("东山市委", G, ["市委"])]
    t = triples("东山市委召开会议，西山市委军民融合办介绍经验。市委书记讲话。", ents)
    assert not any(r == "PART_OF" for _, r, _ in t)


# --- 在X党委…的领导下: a unit's 党委 leads (or is led), not the unit itself -----------------------------

def test_party_committee_in_guidance_list_is_not_the_unit():
    ents = [("东山县人武部", "MilitaryUnit"), ("青山军分区", "MilitaryUnit"), ("东山县委", G),
            ("东山县政府", G)]
    t = triples("今年以来，东山县人武部在青山军分区党委和东山县委、东山县政府的坚强领导下，"
                "深入贯彻落实各项部署。", ents)
    assert ("东山县委", "LEADS", "东山县人武部") in t
    assert ("东山县政府", "LEADS", "东山县人武部") in t
    assert ("青山军分区", "LEADS", "东山县人武部") not in t


def test_unit_party_committee_guided_is_not_the_unit():
    ents = [("青山省军区", "MilitaryUnit"), ("东部战区", "MilitaryUnit"), ("青山省委", G)]
    t = triples("过去五年，青山省军区党委在东部战区党委、青山省委的领导下，团结带领广大官兵忠诚履职。", ents)
    assert not any(r == "LEADS" for _, r, _ in t)
