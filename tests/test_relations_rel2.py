"""Relation classes of the second relations round (rel2, issue 10 §3), on invented texts.

Each case is a general class from the error analysis of the development batches; `run`
(tests/test_relations.py) runs the relation rules on given entities, so a case tests the rule alone.
"""

from __future__ import annotations

from ingest.components.relation_base import is_event_short_form
from tests.test_relations import triples as _triples

P, G, E = "Person", "PartyGovBody", "Event"


# --- a short form of the event reported stands for its full name ------------------------------------

def test_event_short_form_test():
    assert is_event_short_form("科博会", "第三届青山科技博览会")
    assert not is_event_short_form("科博会", "青山科技论坛")  # last character differs
    assert not is_event_short_form("博科会", "第三届青山科技博览会")  # characters out of order
    assert not is_event_short_form("博览会", "科博会")  # the full name must be longer


def test_short_form_of_an_event_joins_the_full_name():
    """ "本届科博会…", "主持开幕式" after the short form: the event named in full earlier."""
    ents = [("王甲", P), ("李乙", P), ("第三届青山科技博览会", E), ("科博会", E)]
    t = _triples("第三届青山科技博览会在东山开幕。本届科博会展期三天。王甲主持开幕式。李乙出席开幕式。", ents)
    assert ("王甲", "LEADS", "第三届青山科技博览会") in t
    assert ("李乙", "PARTICIPATES_IN", "第三届青山科技博览会") in t
    assert not any(tl == "科博会" for _, _, tl in t)


def test_ambiguous_short_form_is_left_alone():
    ents = [("王甲", P), ("第三届青山科技博览会", E), ("第二届东山科技博览会", E), ("科博会", E)]
    t = _triples("第三届青山科技博览会和第二届东山科技博览会相继举行。王甲在科博会上致辞。", ents)
    assert ("王甲", "PARTICIPATES_IN", "第三届青山科技博览会") not in t
    assert ("王甲", "PARTICIPATES_IN", "第二届东山科技博览会") not in t


# --- listed speakers when the last one is not recognised ---------------------------------------------

def test_listed_speakers_before_an_unrecognised_last_speaker():
    """ "甲，乙，某国代表丙分别致辞" with 丙 no entity: 甲 and 乙 still spoke."""
    ev = ("第三届青山科技博览会", E)
    t = _triples("第三届青山科技博览会在青山开幕。省委书记王甲，科技部副部长李乙，主宾国代表、"
                 "某国驻青山总领事馆总领事某某分别致辞。",
                 [("王甲", P), ("李乙", P), ("省委", G), ("科技部", G), ev])
    assert ("王甲", "PARTICIPATES_IN", "第三届青山科技博览会") in t
    assert ("李乙", "PARTICIPATES_IN", "第三届青山科技博览会") in t
    t = _triples("第三届青山科技博览会在青山开幕。东方集团董事长王甲，青山大学校长李乙，"
                 "外宾代表某某先后致辞。",
                 [("王甲", P), ("李乙", P), ev])
    assert ("李乙", "PARTICIPATES_IN", "第三届青山科技博览会") in t
    # without 分别/先后 the last clause's speech is its own person's
    t = _triples("第三届青山科技博览会在青山开幕。省委书记王甲，科技部副部长李乙，某某致辞。",
                 [("王甲", P), ("李乙", P), ev])
    assert ("李乙", "PARTICIPATES_IN", "第三届青山科技博览会") not in t


def test_event_forms_differing_in_punctuation_are_one_event():
    """ "“青山、东山”座谈会" in the text after "“青山 东山”座谈会" in the headline: the first form."""
    head, body = "“强军兴业 共建家园”军地座谈会", "“强军兴业、共建家园”军地座谈会"
    ents = [("王甲", P), ("李乙", P), (head, E), (body, E)]
    t = _triples(f"东山市召开{head}\n本网讯 我市召开{body}。王甲、李乙等军地领导出席会议。", ents)
    assert ("王甲", "PARTICIPATES_IN", head) in t and ("李乙", "PARTICIPATES_IN", head) in t
    assert not any(tl == body for _, _, tl in t)


def test_attendee_list_with_responsible_officials_over_clauses():
    """ "…，东山市政府和西山新区管委会主要负责同志及其他市分管负责同志，…负责人参加会议"."""
    ev = ("青山省军民融合产业发展大会", E)
    t = _triples("青山省军民融合产业发展大会在青山召开，省有关部门，东山市政府和西山新区管委会"
                 "主要负责同志及其他市(州)分管负责同志，军工单位及民口配套企业负责人参加会议。",
                 [("东山市政府", G), ("西山新区管委会", G), ("青山", "Location"), ev])
    assert ("东山市政府", "PARTICIPATES_IN", "青山省军民融合产业发展大会") in t
    assert ("西山新区管委会", "PARTICIPATES_IN", "青山省军民融合产业发展大会") in t


def test_sponsors_before_a_comma_then_hosts_and_the_event():
    """ "为…，5月6日，A、B在青山联合主办，C、D联合承办“E”": A, B lead E; E is held in 青山."""
    ev = ("东方协同创新论坛", E)
    t = _triples("为加快推进协同创新，5月6日，青山市人民政府、东方大学在青山联合主办，青山高新区管委会、"
                 "东方研究院联合承办“东方协同创新论坛”。",
                 [("青山市人民政府", G), ("东方大学", "ResearchInstitute"), ("青山高新区管委会", G),
                  ("东方研究院", "ResearchInstitute"), ("青山", "Location"), ev])
    assert ("青山市人民政府", "LEADS", "东方协同创新论坛") in t
    assert ("东方大学", "LEADS", "东方协同创新论坛") in t
    assert ("青山高新区管委会", "PARTICIPATES_IN", "东方协同创新论坛") in t
    assert ("东方协同创新论坛", "LOCATED_IN", "青山") in t
    assert ("青山市人民政府", "PARTICIPATES_IN", "东方协同创新论坛") not in t


# --- a sentence opening with 并 carries the last actor of the sentence before -------------------------

def test_sentence_opening_with_bing_carries_the_last_actor():
    """ "甲表示，近年来，东山市委、市政府积极响应…。并加强与A、B的合作，设立了X、Y": the bodies act."""
    ri = "ResearchInstitute"
    t = _triples("王甲在致辞中表示，近年来，东山市委、市政府积极响应国家战略，引进了一批企业。"
                 "并加强与青山大学、西山学院的合作，设立了东山融合创新研究院等一批机构。",
                 [("王甲", P), ("东山市委", G), ("市政府", G), ("青山大学", ri), ("西山学院", ri),
                  ("东山融合创新研究院", ri)])
    coord = {(h, tl) for h, r, tl in t if r == "COORDINATES_WITH"}
    assert ("东山市委", "青山大学") in coord or ("青山大学", "东山市委") in coord
    assert ("东山市委", "ESTABLISHED", "东山融合创新研究院") in t
    assert ("市政府", "ESTABLISHED", "东山融合创新研究院") in t
    assert not any(h == "王甲" and r in ("COORDINATES_WITH", "ESTABLISHED") for h, r, _ in t)


# --- a park that is the topic goes on founding in bare clauses --------------------------------------

def test_park_topic_founds_in_bare_clauses_after_a_framing_clause():
    """ "X产业园将聚焦…。以海洋工程为例，建立了A，还将设立B": the park founds A and B."""
    ents = [("东方军民融合产业园", "IndustrialPark"), ("李明院士工作站", "ResearchInstitute"),
            ("青山通用航空研究中心", "ResearchInstitute"), ("东方融合基金", "Fund")]
    t = _triples("东方军民融合产业园将聚焦新材料等六大产业方向。以海洋工程为例，建立了李明院士工作站，"
                 "还将设立青山通用航空研究中心。", ents)
    assert ("东方军民融合产业园", "ESTABLISHED", "李明院士工作站") in t
    assert ("东方军民融合产业园", "ESTABLISHED", "青山通用航空研究中心") in t
    # a clause with a topic of its own before (the signing): the park is not carried into 并成立
    t = _triples("东方军民融合产业园今天开园。多个项目现场签约，并成立了东方融合基金。", ents)
    assert ("东方军民融合产业园", "ESTABLISHED", "东方融合基金") not in t


def test_attending_this_event_named_by_its_kind():
    """ "A公司技术部某总监带领团队参加本次科技博览会": A takes part in the event reported."""
    ev = ("第三届青山科技博览会", E)
    t = _triples("第三届青山科技博览会在青山开幕。"
                 "东方物联科技有限公司技术部某总监带领团队参加本次科技博览会。",
                 [("东方物联科技有限公司", "Enterprise"), ("青山", "Location"), ev])
    assert ("东方物联科技有限公司", "PARTICIPATES_IN", "第三届青山科技博览会") in t
    # no deictic: a fair in general, not the one reported
    t = _triples("第三届青山科技博览会在青山开幕。东方物联科技有限公司每年参加多个科技博览会。",
                 [("东方物联科技有限公司", "Enterprise"), ("青山", "Location"), ev])
    assert ("东方物联科技有限公司", "PARTICIPATES_IN", "第三届青山科技博览会") not in t


def test_speaker_thanking_for_support_is_no_supporter():
    """ "甲代表市委对大家关心支持青山发展表示感谢": 甲 thanks; the support is those thanked."""
    ents = [("王甲", P), ("市委", G), ("青山市", "Location"), ("东方集团", "Enterprise")]
    t = _triples("王甲代表市委对大家关心支持青山市发展表示感谢。", ents)
    assert not any(r == "SUPPORTS" for _, r, _ in t)
    t = _triples("王甲表示，东方集团将大力支持青山市发展。", ents)
    assert ("东方集团", "SUPPORTS", "青山市") in t


def test_body_presenting_at_the_meeting_reported():
    """ "A办公室介绍了示范区基本情况": the body presents at the meeting reported; "据A介绍" is a source."""
    ev = ("东方示范区开放合作推介会", E)
    ents = [("青山示范区领导小组办公室", G), ("青山", "Location"), ev]
    t = _triples("东方示范区开放合作推介会在青山举行。青山示范区领导小组办公室介绍了示范区基本情况。", ents)
    assert ("青山示范区领导小组办公室", "PARTICIPATES_IN", "东方示范区开放合作推介会") in t
    t = _triples("东方示范区开放合作推介会在青山举行。"
                 "据青山示范区领导小组办公室介绍，示范区已入驻企业百家。", ents)
    assert ("青山示范区领导小组办公室", "PARTICIPATES_IN", "东方示范区开放合作推介会") not in t


# --- a park named after another park lies in it ------------------------------------------------------

def test_park_named_after_a_park_lies_in_it_not_in_the_city():
    ents = [("东山高新区", "IndustrialPark"), ("东山高新区军民融合产业基地", "IndustrialPark"),
            ("东山市", "Location")]
    t = _triples("东山高新区位于东山市。2015年，东山高新区军民融合产业基地被授予示范基地称号。", ents)
    assert ("东山高新区军民融合产业基地", "LOCATED_IN", "东山高新区") in t
    assert ("东山高新区军民融合产业基地", "LOCATED_IN", "东山市") not in t
