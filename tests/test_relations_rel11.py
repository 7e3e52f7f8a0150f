"""Relation classes of the rel11 round (issue 10: relations on unseen text, u53–u58 opened), each kept
because it fired correctly in three or more READ batches and cost nothing on the CHECK sets and
seeds+dev. `triples` (tests/test_relations.py) runs the relation rules on given entities. Names are
invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, RI, E, L, IP, EN, F, A = ("Person", "PartyGovBody", "ResearchInstitute", "Event", "Location",
                                "IndustrialPark", "Enterprise", "Fund", "Association")


# --- founders in a passive (由…) or attributive (是…的) founding clause --------------------------------

def test_founders_after_you_with_the_body_in_the_next_clause():
    ents = [("东方光学集团", EN), ("青山投资集团", EN), ("东方光学上海创新中心", RI)]
    t = triples("今年9月，由东方光学集团、青山投资集团共同发起，东方光学上海创新中心正式启动建设。", ents)
    for name in ("东方光学集团", "青山投资集团"):
        assert (name, "ESTABLISHED", "东方光学上海创新中心") in t


def test_next_clause_subject_that_is_a_founder_is_not_founded():
    ents = [("东方基金", F), ("东方重工集团", EN), ("青山省", L), ("东方新兴基金", F)]
    t = triples("东方新兴基金首期规模15亿元，由东方基金与东方重工集团及青山省等出资方共同设立，"
                "东方重工集团正式启动管理。", ents)
    assert ("青山省", "ESTABLISHED", "东方重工集团") not in t
    assert ("东方基金", "ESTABLISHED", "东方重工集团") not in t


def test_founders_in_an_attributive_co_building_clause():
    ents = [("青山中心", RI), ("青山市人民政府", G), ("东方船舶研究中心", RI)]
    t = triples("据了解，青山中心是青山市人民政府和东方船舶研究中心合作共建的海洋科技创新平台。", ents)
    for name in ("青山市人民政府", "东方船舶研究中心"):
        assert (name, "ESTABLISHED", "青山中心") in t


def test_founders_of_a_base_built_jointly_after_you():
    ents = [("东山航天产业化基地", IP), ("青山市政府", G), ("东方航天管理局", G)]
    t = triples("东山航天产业化基地，是由青山市政府与东方航天管理局共同构建，"
                "以东山园区为核心的产业集群。", ents)
    for name in ("青山市政府", "东方航天管理局"):
        assert (name, "ESTABLISHED", "东山航天产业化基地") in t


# --- the meeting a report is about, not one it cites (recent_event / RuleBase._cited_events) ----------

def test_a_list_of_cited_meetings_shares_its_citation():
    ents = [("青山市海防工作会议", E), ("东方第五次全会", E), ("东方经济工作会议", E),
            ("东方政法工作会议", E), ("王大明", P), ("周海军", P)]
    t = triples("昨天，青山市召开青山市海防工作会议，深入学习贯彻东方第五次全会、东方经济工作会议和"
                "东方政法工作会议精神。市海防委员会副主任周海军主持会议。王大明出席会议并讲话。", ents)
    assert ("周海军", "LEADS", "青山市海防工作会议") in t
    assert ("王大明", "PARTICIPATES_IN", "青山市海防工作会议") in t
    assert ("周海军", "LEADS", "东方经济工作会议") not in t


def test_a_meeting_said_to_be_held_is_reported_whatever_it_stresses():
    ents = [("全市征兵工作会议", E), ("王大明", P), ("钱小东", P)]
    t = triples("10月11日召开的全市征兵工作会议强调，要把新兵质量作为重中之重。"
                "副市长王大明，青山军分区司令员钱小东出席会议并讲了话。", ents)
    for name in ("王大明", "钱小东"):
        assert (name, "PARTICIPATES_IN", "全市征兵工作会议") in t


def test_a_meeting_still_to_come_is_not_the_one_reported():
    ents = [("全区武装工作会议", E), ("东方第十次代表大会", E), ("王大明", P), ("钱小东", P)]
    t = triples("青山区召开全区武装工作会议。王大明指出，今年东方第十次代表大会将要召开，意义重大。"
                "副区长钱小东出席会议。", ents)
    assert ("钱小东", "PARTICIPATES_IN", "东方第十次代表大会") not in t
    assert ("钱小东", "PARTICIPATES_IN", "全区武装工作会议") in t


# --- posts the relation rules lacked (titles.tsv rows marked both), and a missed unit before a title ---

def test_posts_of_a_deputy_premier_and_a_brigade_commander():
    ents = [("国务院", G), ("周大明", P), ("青山预备役炮兵旅", "MilitaryUnit"), ("陈小东", P)]
    t = triples("国务院副总理周大明，青山预备役炮兵旅旅长、大校陈小东出席仪式。", ents)
    assert ("周大明", "HOLDS_POSITION", "国务院") in t
    assert ("陈小东", "HOLDS_POSITION", "青山预备役炮兵旅") in t


def test_post_in_a_party_group_keeps_the_attendee_list_going():
    ents = [("青山州委议军会议", E), ("杨大明", P), ("刘小东", P), ("潘建国", P)]
    t = triples("5月4日，青山州委议军会议召开。州委副书记、州长杨大明，州人大常委会党组书记刘小东，"
                "州政协主席潘建国，州委常委出席会议。", ents)
    for name in ("杨大明", "刘小东", "潘建国"):
        assert (name, "PARTICIPATES_IN", "青山州委议军会议") in t


def test_a_unit_the_recogniser_missed_before_a_title_carries_no_body():
    ents = [("青山市政府", G), ("王一鸣", P), ("徐东海", P)]
    t = triples("青山市政府秘书长王一鸣，市电视台台长徐东海一同考察。", ents)
    assert ("王一鸣", "HOLDS_POSITION", "青山市政府") in t
    assert ("徐东海", "HOLDS_POSITION", "青山市政府") not in t
