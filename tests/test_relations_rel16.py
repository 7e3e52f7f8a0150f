"""Relation classes of the rel16 round (issue 10 §3: relations whose two endpoints the entity step finds),
each kept because it was right in three or more READ batches and wrong in none. `triples`
(tests/test_relations.py) runs the relation rules on given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, E, ENT = "Person", "PartyGovBody", "Event", "Enterprise"


# --- the meeting attended, named by a visit verb or by its kind (u30, u45, u47, u65) -----------------

def test_visit_verb_before_a_named_meeting_is_attendance():
    """ "市长甲来到某会议解放军代表团": visiting a delegation of the session is taking part in it
    (u45, u65)."""
    ents = [("青山市五届人大二次会议", E), ("张三丰", P)]
    t = triples("1月20日下午,市长张三丰来到青山市五届人大二次会议解放军代表团,听取代表们的意见和建议。", ents)
    assert ("张三丰", "PARTICIPATES_IN", "青山市五届人大二次会议") in t


def test_lilin_before_a_meeting_kind_is_attendance_of_the_reported_one():
    """ "…公司代表200余人莅临成立大会": the meeting reported whose name holds 成立大会 (u30)."""
    ents = [("东山省装备商会成立大会暨第一届会员大会", E), ("东方光电公司", ENT), ("西山科技公司", ENT)]
    t = triples("东山省装备商会成立大会暨第一届会员大会在青山召开。东方光电公司、西山科技公司代表200余人"
                "莅临成立大会。", ents)
    assert ("东方光电公司", "PARTICIPATES_IN", "东山省装备商会成立大会暨第一届会员大会") in t
    assert ("西山科技公司", "PARTICIPATES_IN", "东山省装备商会成立大会暨第一届会员大会") in t


def test_meeting_kind_picks_the_reported_meeting_that_holds_it_not_the_last_named():
    """ "甲、乙等领导出席了交流会": the 交流会 is the exhibition meeting reported, not the forum named
    after it in the text (u47)."""
    ents = [("第五届东山采购产品展示交流会", E), ("青山投融资论坛", E), ("张三丰", P), ("李四海", P)]
    t = triples("5月19日,第五届东山采购产品展示交流会在青山会展中心举行。同期还举办了青山投融资论坛等活动。"
                "东山省政协原副主席张三丰、东山省军区政委李四海等领导出席了交流会。", ents)
    for person in ("张三丰", "李四海"):
        assert (person, "PARTICIPATES_IN", "第五届东山采购产品展示交流会") in t
        assert (person, "PARTICIPATES_IN", "青山投融资论坛") not in t


def test_meeting_kind_that_no_reported_meeting_holds_gives_nothing():
    """ "主持召开甲会议，并参加军事日活动": the 活动 is no meeting of the text, so the chair does not
    take part in the meeting by it (u50)."""
    ents = [("青山市委议军会议", E), ("张三丰", P)]
    t = triples("9月28日上午,市委书记张三丰主持召开青山市委议军会议,并参加军事日活动,观摩联合演练。", ents)
    assert ("张三丰", "PARTICIPATES_IN", "青山市委议军会议") not in t


def test_ceremony_named_by_its_kind_is_not_attended():
    """ "甲、乙参加了开工仪式": a ceremony named by its kind alone is no meeting of the text (u56)."""
    ents = [("青山产业基地暨东山市重大项目开工仪式", E), ("张三丰", P), ("李四海", P)]
    t = triples("青山产业基地暨东山市重大项目开工仪式在东山举行。"
                "东山市领导张三丰、西山市领导李四海参加了开工仪式。", ents)
    assert ("张三丰", "PARTICIPATES_IN", "青山产业基地暨东山市重大项目开工仪式") not in t


# --- service given to a unit or firm is support of it (u39, u51, u65, u68) ---------------------------

M = "MilitaryUnit"


def test_service_to_a_named_unit_is_support():
    """ "市委市政府将…，更好服务保障驻青部队的发展和建设": the subjects carried into the clause support
    the unit they serve (u51)."""
    ents = [("市委", G), ("市政府", G), ("驻青部队", M)]
    t = triples("甲表示,市委市政府将一如既往地支持国防和军队现代化建设,"
                "更好服务保障驻青部队的发展和建设。", ents)
    assert ("市委", "SUPPORTS", "驻青部队") in t
    assert ("市政府", "SUPPORTS", "驻青部队") in t


def test_being_a_units_servant_is_support():
    """ "省政府会努力当好驻东部队的“服务员”" (u65)."""
    ents = [("省政府", G), ("驻东部队", M)]
    t = triples("省政府会努力当好驻东部队的“服务员”,做好拥军优属等服务保障工作。", ents)
    assert ("省政府", "SUPPORTS", "驻东部队") in t


def test_doing_service_for_a_firm_is_support():
    """ "青山市将…为东方集团为代表的大企业做好支持和服务" (u68), "为驻青部队做好服务保障" (u39)."""
    ents = [("青山市", "Location"), ("东方集团", ENT)]
    t = triples("青山市将围绕高质量发展,全力以赴为东方集团为代表的大企业做好支持和服务。", ents)
    assert ("青山市", "SUPPORTS", "东方集团") in t


def test_serving_a_strategy_is_no_support_of_a_body():
    """ "服务国家战略": no unit or firm is served, nothing is stated."""
    ents = [("青山市", "Location"), ("创新驱动发展战略", "Policy")]
    t = triples("青山市主动服务于创新驱动发展战略。", ents)
    assert not any(r == "SUPPORTS" for _h, r, _t in t)


# --- a person titled before the name takes no title in apposition after a comma (u21, u46, u65) -------

def test_titled_person_in_a_list_takes_no_appositive_title_from_the_next_item():
    """ "市政协主席甲，市委常委，市政府党组成员…出席": 市委常委 is the next item (a class of attendees),
    not 甲's title (u46, u65)."""
    ents = [("市政协", G), ("市委", G), ("市政府", G), ("王五", P)]
    t = triples("市人大常委会主任赵六,市政协主席王五,市委常委,市政府党组成员、副市长,驻青部队负责同志出席。",
                ents + [("赵六", P), ("市人大常委会", G)])
    assert ("王五", "HOLDS_POSITION", "市政协") in t
    assert ("王五", "HOLDS_POSITION", "市委") not in t


def test_untitled_person_still_takes_the_title_in_apposition():
    """ "张某，东山集团总经理，表示": a name with no title before it keeps the appositive title."""
    ents = [("张三丰", P), ("东山集团", ENT)]
    t = triples("张三丰,东山集团总经理,表示将加大投入。", ents)
    assert ("张三丰", "HOLDS_POSITION", "东山集团") in t
