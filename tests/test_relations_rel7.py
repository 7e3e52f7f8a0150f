"""Relation classes of the rel7 round (issue 10), each kept because it fired correctly in three or more
READ batches. `triples` (tests/test_relations.py) runs the relation rules on given entities. Names are
invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, RI, E, L, IP, EN = ("Person", "PartyGovBody", "ResearchInstitute", "Event", "Location",
                          "IndustrialPark", "Enterprise")


# --- a signing ceremony that is part of a named meeting or named by its purpose is an Event -----------

def test_signing_ceremony_joined_to_a_meeting_is_an_event():
    ents = [("2030青山航空产业恳谈会暨重大项目签约仪式", E), ("青山市", L), ("张明远", P)]
    t = triples("6月8日，2030青山航空产业恳谈会暨重大项目签约仪式在青山市举行。"
                "市长张明远出席活动并致辞。", ents)
    assert ("2030青山航空产业恳谈会暨重大项目签约仪式", "LOCATED_IN", "青山市") in t
    assert ("张明远", "PARTICIPATES_IN", "2030青山航空产业恳谈会暨重大项目签约仪式") in t


def test_signing_ceremony_named_by_its_purpose_is_an_event():
    ents = [("东山航空产业园招商引智签约仪式", E), ("东山市人民政府", G), ("青山理工大学", RI)]
    t = triples("东山航空产业园招商引智签约仪式在东山举行。"
                "签约仪式上，东山市人民政府与青山理工大学签订战略合作协议。", ents)
    assert ("东山市人民政府", "PARTICIPATES_IN", "东山航空产业园招商引智签约仪式") in t
    assert ("青山理工大学", "PARTICIPATES_IN", "东山航空产业园招商引智签约仪式") in t


def test_ceremony_named_by_what_is_signed_stays_no_event():
    # traditional script too: 簽約儀式 is folded like 签约仪式
    for name in ("东方重工战略合作协议签约仪式", "東方重工戰略合作協議簽約儀式"):
        ents = [(name, E), ("青山市", L), ("张明远", P)]
        t = triples(f"{name}在青山市举行。市长张明远出席签约仪式。", ents)
        assert not any(name in (h, tl) for h, _, tl in t)


# --- the agents of a park's building in a passive or attributive clause established it ---------------

def test_park_built_by_agents_after_you():
    ents = [("东山产业园", IP), ("东方重工集团", EN)]
    t = triples("东山产业园是示范基地的启动项目，由东方重工集团投资建设，一期占地1000亩。", ents)
    assert ("东方重工集团", "ESTABLISHED", "东山产业园") in t
    assert ("东方重工集团", "FUNDS", "东山产业园") in t


def test_park_built_by_two_agents_together():
    ents = [("青山航空装备产业园", IP), ("青山市政府", G), ("东方航空工业集团有限公司", EN)]
    t = triples("青山航空装备产业园是青山市新型产业园之一，"
                "由青山市政府和东方航空工业集团有限公司共同打造。", ents)
    assert ("青山市政府", "ESTABLISHED", "青山航空装备产业园") in t
    assert ("东方航空工业集团有限公司", "ESTABLISHED", "青山航空装备产业园") in t
    assert ("东方航空工业集团有限公司", "FUNDS", "青山航空装备产业园") not in t


def test_park_described_as_built_by_agents():
    ents = [("青山民用航天产业基地", IP), ("青山省", L), ("青山市政府", G), ("东方航天集团", EN)]
    t = triples("青山民用航天产业基地成立于2006年，"
                "是青山省、青山市政府联合东方航天集团建设的产业聚集区。", ents)
    for agent in ("青山省", "青山市政府", "东方航天集团"):
        assert (agent, "ESTABLISHED", "青山民用航天产业基地") in t


def test_park_supported_in_building_is_not_established():
    ents = [("东山经济开发区", IP), ("省委", G), ("省政府", G)]
    t = triples("东山经济开发区是省委、省政府重点支持建设的新材料产业基地。", ents)
    assert ("省委", "ESTABLISHED", "东山经济开发区") not in t


# --- a body named by its head noun alone right before a title (公司董事长, 委员会主任, 商会会长) ----------

def test_bare_committee_before_title_is_the_committee_named_before():
    ents = [("青山省委军民融合发展委员会", G), ("省委", G), ("张明远", P), ("李东平", P)]
    text = ("青山省委军民融合发展委员会召开第一次全体会议。"
            "省委书记、委员会主任张明远主持会议，省委副书记、委员会副主任李东平出席会议。")
    t = triples(text, ents)
    assert ("张明远", "HOLDS_POSITION", "青山省委军民融合发展委员会") in t
    assert ("李东平", "HOLDS_POSITION", "青山省委军民融合发展委员会") in t


def test_bare_chamber_elected_with_a_term():
    ents = [("青山省科技装备业商会", "Association"), ("东方重工集团有限公司", EN), ("王建国", P)]
    text = "青山省科技装备业商会成立大会召开。会议选举了东方重工集团有限公司总裁王建国为商会第一届会长。"
    assert ("王建国", "HOLDS_POSITION", "青山省科技装备业商会") in triples(text, ents)


def test_bare_head_inside_a_longer_word_is_no_body():
    ents = [("东方重工集团", EN), ("王建国", P)]
    text = "东方重工集团召开大会。子公司董事长王建国出席。"
    assert ("王建国", "HOLDS_POSITION", "东方重工集团") not in triples(text, ents)


# --- "甲向关心支持X发展的各界人士表示感谢": the thanker is no supporter ------------------------------------

def test_thanker_with_xiang_is_no_supporter():
    ents = [("张明远", P), ("青山市", L)]
    t = triples("张明远向长期以来关心支持青山市发展的社会各界人士表示衷心感谢。", ents)
    assert ("张明远", "SUPPORTS", "青山市") not in t


def test_supporter_without_thanks_still_supports():
    ents = [("东方重工集团", EN), ("青山市", L)]
    t = triples("东方重工集团将继续支持青山市发展。", ents)
    assert ("东方重工集团", "SUPPORTS", "青山市") in t


# --- an appointment names the body of the post (rel6 near miss, now in three READ batches) -------------

def test_appointment_names_the_body_of_the_post():
    ents = [("张明远", P), ("青山县人武部", "MilitaryUnit")]
    t = triples("张明远同志任青山县人武部党委第一书记。", ents)
    assert ("张明远", "HOLDS_POSITION", "青山县人武部") in t


def test_appointment_with_an_adverb_before_the_verb():
    ents = [("李东平", P), ("青山省军区", "MilitaryUnit"), ("省委", G)]
    t = triples("青山省军区司令员李东平已出任省委常委。", ents)
    assert ("李东平", "HOLDS_POSITION", "省委") in t


# --- an unnamed project or firm that settles (配套项目落户X, 复材项目落户X) leaves the subject out -------
# (rel6 near miss: u21, u22; fires correctly in u31 too)

def test_unnamed_projects_settling_leave_the_subject_out():
    ents = [("东方航空集团", EN), ("青山航空城", IP)]
    t = triples("东方航空集团表示将布局更多配套项目落户青山航空城。", ents)
    assert ("东方航空集团", "LOCATED_IN", "青山航空城") not in t


def test_carried_subject_with_unnamed_project_settling_is_not_located():
    ents = [("东方航空部件有限公司", EN), ("青山", L)]
    t = triples("东方航空部件有限公司已拿到订单。复材项目落户青山将带动相关产业的发展。", ents)
    assert ("东方航空部件有限公司", "LOCATED_IN", "青山") not in t


def test_a_named_firm_settling_is_located():
    ents = [("东方航空集团", EN), ("青山航空城", IP)]
    assert ("东方航空集团", "LOCATED_IN", "青山航空城") in triples("东方航空集团落户青山航空城。", ents)
