"""Relation classes of the rel19 round (issue 10 §3: attendance at the meeting a report names earlier,
会上 and its kin). `triples` (tests/test_relations.py) runs the relation rules on given entities.
Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, ENT, EV = "Person", "PartyGovBody", "Enterprise", "Event"


def test_main_leaders_item_keeps_the_attendee_list_before_it():
    """ "县领导甲、乙，各乡镇、县直各单位主要负责同志，以及…参加会议": 主要 is no verb 要, so the
    generic item does not cut the list of named attendees off (u51)."""
    ents = [("青山县人武工作会议", EV), ("张三丰", P), ("李四海", P), ("王五一", P)]
    text = ("12月1日,青山县召开青山县人武工作会议。县领导张三丰、李四海、王五一,各乡镇(街道)、"
            "县直各单位主要负责同志,以及各乡镇专武部长参加会议。")
    t = triples(text, ents)
    for name in ("张三丰", "李四海", "王五一"):
        assert (name, "PARTICIPATES_IN", "青山县人武工作会议") in t


def test_an_item_that_asks_is_still_a_clause():
    """ "要求各单位负责同志…": 要 as a verb still makes a clause of its own (no attendee carried)."""
    ents = [("青山县人武工作会议", EV), ("张三丰", P)]
    text = ("12月1日,青山县召开青山县人武工作会议。张三丰通报情况,要求各单位负责同志,"
            "以及各乡镇专武部长参加会议。")
    t = triples(text, ents)
    assert ("张三丰", "PARTICIPATES_IN", "青山县人武工作会议") not in t


def test_signers_at_the_scene_of_a_meeting_take_part():
    """ "恳谈会现场，A与B签订了…": 现场 opens a sentence at the meeting as 会上 does (u33)."""
    ents = [("2030青山产业发展恳谈会", EV), ("青山市人民政府", G), ("东方重工集团", ENT)]
    text = ("6月18日,2030青山产业发展恳谈会在青山举行。恳谈会现场,青山市人民政府与东方重工集团"
            "签订了战略合作协议。")
    t = triples(text, ents)
    assert ("青山市人民政府", "PARTICIPATES_IN", "2030青山产业发展恳谈会") in t
    assert ("东方重工集团", "PARTICIPATES_IN", "2030青山产业发展恳谈会") in t


def test_a_dateline_before_the_meeting_opener():
    """ "本报讯（记者 甲）在…推进会上，东山与…签署…": the reporter's dateline does not hide the
    opener 在E上 (u3)."""
    ents = [("融合发展专题推进会", EV), ("东山", "Location"), ("东方重工集团", ENT), ("赵六", P)]
    text = "本报讯(记者 赵六)在4月12日举行的融合发展专题推进会上,东山与东方重工集团签署合作协议。"
    t = triples(text, ents)
    assert ("东山", "PARTICIPATES_IN", "融合发展专题推进会") in t
    assert ("赵六", "PARTICIPATES_IN", "融合发展专题推进会") not in t


# --- a report given at the meeting reported: 作了…报告 (u21, u30, u47, u67) ------------------------------

def test_report_with_its_subject_between_the_verb_and_the_noun():
    """ "东方研究院甲参谋、乙干事作了主题报告", "丙院士就某问题作了专题辅导报告": the speakers take
    part in the meeting the report is about (u21, u67)."""
    ents = [("2030年青山大学征兵动员大会", EV), ("张三丰", P), ("李四海", P), ("王五一", P)]
    text = ("9日,2030年青山大学征兵动员大会在青山大学举行。张三丰参谋、李四海干事作了主题报告,"
            "王五一院士就国防教育与兵役登记作了专题辅导报告。")
    t = triples(text, ents)
    for name in ("张三丰", "李四海", "王五一"):
        assert (name, "PARTICIPATES_IN", "2030年青山大学征兵动员大会") in t


def test_report_with_a_titled_work_between_the_verb_and_the_noun():
    """ "会上，某局甲局长作了《某条例》的主题报告" (u47)."""
    ents = [("第九届青山采购交流会", EV), ("张三丰", P), ("青山采购管理条例", "Policy")]
    text = ("第九届青山采购交流会在青山举行。会上,某局张三丰局长作了《青山采购管理条例》的主题报告,"
            "介绍了采购的流程。")
    t = triples(text, ents)
    assert ("张三丰", "PARTICIPATES_IN", "第九届青山采购交流会") in t


def test_a_report_at_a_session_named_by_its_kind_is_not_the_forums():
    """ "下午专家报告会由甲主持，乙作了《…》报告": the speech is at the session named in the sentence,
    not at the forum reported (u10)."""
    ents = [("青山新材料高峰论坛", EV), ("张三丰", P), ("李四海", P), ("传感器与测试系统", "Policy")]
    text = ("青山新材料高峰论坛在青山举行。下午专家报告会由张三丰院士主持,李四海教授作了"
            "《传感器与测试系统》报告。")
    t = triples(text, ents)
    assert ("李四海", "PARTICIPATES_IN", "青山新材料高峰论坛") not in t
