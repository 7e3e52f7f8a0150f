"""Relation classes of the rel14 round (issue 10: which meeting a sentence's participants attend), each kept
because it was right in three or more READ batches and cost nothing on the CHECK sets and seeds+dev.
`triples` (tests/test_relations.py) runs the relation rules on given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, E = "Person", "PartyGovBody", "Event"


# --- a cited meeting is not the one attended (u7, u24, u51, u54) ---------------------------------------

def test_meeting_cited_by_its_huiyi_jingshen_is_not_attended():
    """ "落实市委甲述职会会议精神": the 会议精神 of a meeting cites it (u51)."""
    ents = [("青山县党管武装工作会议", E), ("市委党管武装述职会", E), ("张三丰", P), ("李四海", P)]
    t = triples("12月1日,我县召开青山县党管武装工作会议,认真落实省委、市委党管武装述职会会议精神,"
                "凝聚力量。县委书记张三丰出席会议并讲话。县长李四海主持会议。", ents)
    assert ("张三丰", "PARTICIPATES_IN", "青山县党管武装工作会议") in t
    assert ("张三丰", "PARTICIPATES_IN", "市委党管武装述职会") not in t
    assert ("李四海", "LEADS", "青山县党管武装工作会议") in t
    assert ("李四海", "LEADS", "市委党管武装述职会") not in t


def test_meeting_in_a_studied_list_ending_on_jingshen_is_not_attended():
    """ "学习贯彻甲讲话、党的某届全会和乙工作会议精神": the next item is not taken whole by the
    entity step, so the list joiner test cannot see it; the clause's 精神 still cites the list (u54)."""
    ents = [("东山县固边工作会议", E), ("党的九届三中全会", E), ("王五", P), ("赵六", P)]
    t = triples("12月7日,东山县固边工作会议在县行政中心召开。会议深入学习贯彻甲书记考察重要讲话、"
                "党的九届三中全会和中央全面某某工作会议精神,研究部署相关工作。县委书记王五出席会议并讲话,"
                "县委副书记赵六出席会议。", ents)
    for person in ("王五", "赵六"):
        assert (person, "PARTICIPATES_IN", "东山县固边工作会议") in t
        assert (person, "PARTICIPATES_IN", "党的九届三中全会") not in t


def test_meeting_followed_by_a_list_that_runs_on_stays_reported():
    """A meeting followed by 和 and a clause that does not end on what is studied is the one held."""
    ents = [("东山县双拥工作会议", E), ("王五", P)]
    t = triples("东山县双拥工作会议和表彰活动在县城举行,县委书记王五出席会议。", ents)
    assert ("王五", "PARTICIPATES_IN", "东山县双拥工作会议") in t


def test_speech_after_a_meeting_cited_by_yilai_is_not_made_at_it():
    """ "某大会召开以来，…贯彻落实甲书记重要讲话": the speech is not made at the cited meeting
    (u7, u24)."""
    ents = [("全省第三轮双拥模范城命名表彰大会", E), ("孙七", P)]
    t = triples("他说,2011年全省第三轮双拥模范城命名表彰大会召开以来,全省军民认真贯彻落实孙七书记"
                "重要讲话和上级决策部署,双拥工作整体水平显著提升。", ents)
    assert ("孙七", "PARTICIPATES_IN", "全省第三轮双拥模范城命名表彰大会") not in t


def test_speech_after_a_meeting_reported_stays():
    ents = [("青山市双拥工作座谈会", E), ("孙七", P)]
    t = triples("8月1日,青山市双拥工作座谈会召开,市委书记孙七发表讲话。", ents)
    assert ("孙七", "PARTICIPATES_IN", "青山市双拥工作座谈会") in t


# --- a report made at the meeting reported (u46, u55, u60; the first person the act follows: u29) -------

def test_report_huibao_at_the_meeting_reported():
    ents = [("2025年度东山州委议军会议", E), ("甲一", P), ("乙二", P), ("东山军分区", "MilitaryUnit")]
    t = triples("12月5日,2025年度东山州委议军会议召开。州委书记甲一主持会议并讲话。"
                "东山军分区政治委员乙二汇报全州国防动员和后备力量建设情况。", ents)
    assert ("乙二", "PARTICIPATES_IN", "2025年度东山州委议军会议") in t


def test_anpai_bushu_at_the_meeting_reported():
    ents = [("东山县征兵工作会议", E), ("丙三", P)]
    t = triples("东山县征兵工作会议于10月29日在县人武部召开,"
                "县委常委、县人武部部长丙三安排部署今冬征兵工作。", ents)
    assert ("丙三", "PARTICIPATES_IN", "东山县征兵工作会议") in t


def test_relaying_words_of_another_person_is_the_first_persons_act():
    """ "乙传达了丙书记关于…的重要指示精神": 丙 is named in what 乙 relays; 乙 performs the act."""
    ents = [("青山市委议军会", E), ("甲一", P), ("乙二", P), ("孙七", P)]
    t = triples("12月20日,青山市委议军会召开。市长甲一出席会议并讲话,市委常委、军分区政委乙二传达了孙七书记"
                "关于国防和军队建设的重要指示精神,总结部署了党管武装工作。", ents)
    assert ("乙二", "PARTICIPATES_IN", "青山市委议军会") in t
    assert ("孙七", "PARTICIPATES_IN", "青山市委议军会") not in t


def test_hearing_a_report_is_not_giving_it():
    ents = [("东山县双拥工作座谈会", E), ("甲一", P)]
    t = triples("东山县双拥工作座谈会昨日召开。会前,市委常委甲一听取汇报。", ents)
    assert ("甲一", "PARTICIPATES_IN", "东山县双拥工作座谈会") not in t


# --- the chair's speech is no attendance of its own (u43, u55; two batches: see the commit) -----------

def test_chair_speaking_at_the_meeting_led_does_not_attend_it():
    ents = [("东山县委常委议军会议", E), ("甲一", P), ("乙二", P)]
    t = triples("11月7日晚,县委书记甲一主持召开东山县委常委议军会议。县长乙二参加会议并讲话。"
                "甲一在讲话中说,近几年来,县人武部工作积极主动。", ents)
    assert ("甲一", "LEADS", "东山县委常委议军会议") in t
    assert ("甲一", "PARTICIPATES_IN", "东山县委常委议军会议") not in t
    assert ("乙二", "PARTICIPATES_IN", "东山县委常委议军会议") in t


def test_chair_who_attends_as_stated_keeps_the_attendance():
    """出席 is attendance the text states: kept beside LEADS."""
    ents = [("东山县委常委议军会议", E), ("甲一", P)]
    t = triples("县委书记甲一主持召开东山县委常委议军会议。甲一出席会议并讲话。", ents)
    assert ("甲一", "LEADS", "东山县委常委议军会议") in t
    assert ("甲一", "PARTICIPATES_IN", "东山县委常委议军会议") in t


# --- those on whose behalf another acts are not there (u19, u21, u33) ----------------------------------

def test_entrusting_person_is_no_attendee():
    ents = [("第九次主席会议", E), ("省政协", G), ("甲一", P), ("乙二", P), ("丙三", P), ("丁四", P)]
    t = triples("第九次主席会议召开。受省政协主席甲一委托,省政协副主席乙二主持会议,"
                "省委常委、副省长丙三,省政协副主席丁四出席会议。", ents)
    assert ("甲一", "PARTICIPATES_IN", "第九次主席会议") not in t
    assert ("丙三", "PARTICIPATES_IN", "第九次主席会议") in t


def test_body_spoken_for_is_no_attendee():
    ents = [("青山恳谈会", E), ("甲一", P), ("市委", G), ("东方重工", "Enterprise")]
    t = triples("青山恳谈会举行。甲一在致辞中代表市委、东方重工,向出席活动的嘉宾表示诚挚欢迎。", ents)
    assert ("市委", "PARTICIPATES_IN", "青山恳谈会") not in t
    assert ("东方重工", "PARTICIPATES_IN", "青山恳谈会") not in t
