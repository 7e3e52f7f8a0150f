"""Relation recall classes of the rel13 round (issue 10 §3: relations on unseen text, u59–u64 opened),
each kept because it fired correctly in three or more READ batches and cost nothing on the CHECK sets
and seeds+dev. `triples` (tests/test_relations.py) runs the relation rules on given entities. Names are
invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, M, E, L, IP, EN, RI = ("Person", "PartyGovBody", "MilitaryUnit", "Event", "Location",
                             "IndustrialPark", "Enterprise", "ResearchInstitute")


# --- an event held on a day named without its month, or over a range of days --------------------------

def test_event_held_on_a_day_without_month_is_located():
    ents = [("2030青山航空产业大会", E), ("青山省东湖市", L)]
    t = triples("2030青山航空产业大会22日在青山省东湖市开幕，院士专家出席。", ents)
    assert ("2030青山航空产业大会", "LOCATED_IN", "青山省东湖市") in t


def test_event_held_over_days_of_two_months_is_located():
    ents = [("第二届甲乙丙成果展览", E), ("东湖市", L)]
    t = triples("第二届甲乙丙成果展览于10月19日至11月2日在东湖市举办。", ents)
    assert ("第二届甲乙丙成果展览", "LOCATED_IN", "东湖市") in t


# --- the place a military body's support of 地方 is named for ------------------------------------------

def test_unit_supporting_local_construction_supports_the_place_named_after():
    ents = [("东阳军分区", M), ("南港", L)]
    t = triples("东阳军分区将一如既往配合好南港做好各项工作，全力支持地方经济社会发展，"
                "助力南港争创双拥模范城。", ents)
    assert ("东阳军分区", "SUPPORTS", "南港") in t


def test_unit_carried_as_subject_supports_the_place_of_its_contribution():
    ents = [("东州军分区", M), ("东州", L)]
    t = triples("东州军分区始终坚持依法建军、从严建军，全面加强部队建设、支持地方经济发展、维护社会和谐稳定，"
                "为推进东州各项事业发展作出了积极贡献。", ents)
    assert ("东州军分区", "SUPPORTS", "东州") in t


def test_unit_after_a_centre_read_as_place_supports_the_place_named():
    ents = [("青山", L), ("空军驻青某基地", M), ("青山市", L)]
    t = triples("多年来，青山卫星中心和空军驻青某基地不断加强自身建设的同时，不遗余力支持地方建设，"
                "为青山市经济社会发展作出了巨大贡献。", ents)
    assert ("空军驻青某基地", "SUPPORTS", "青山市") in t


def test_place_named_far_after_the_local_support_is_not_its_place():
    ents = [("驻北部队", M), ("西港市", L)]
    t = triples("近年来，驻北部队视驻地为家乡、把群众当亲人，积极支援地方建设，主动承担急难险重任务，"
                "特别是在抗洪抢险中充分发挥了突击队作用，为西港市抗洪作出了贡献。", ents)
    assert ("驻北部队", "SUPPORTS", "西港市") not in t


# --- a place named by its bare stem is the county or district its bodies are named after ---------------

def test_county_body_is_in_the_place_named_by_its_stem():
    ents = [("青阳县人民武装部", M), ("青阳", L)]
    t = triples("青阳讯 日前，青阳县人民武装部对全县民兵整组工作进行全面检查验收。", ents)
    assert ("青阳县人民武装部", "LOCATED_IN", "青阳") in t


def test_district_body_is_in_the_stem_with_its_city_before():
    ents = [("东津市西川区检察院", G), ("东津西川", L, ["西川"])]
    t = triples("东津市西川区检察院的几名检察官一起驱车前往烈士陵园。东津西川的烈士陵园年久失修。", ents)
    assert ("东津市西川区检察院", "LOCATED_IN", "东津西川") in t


def test_county_body_is_not_in_a_stem_the_text_calls_a_city():
    ents = [("青阳县人民武装部", M), ("青阳", L)]
    t = triples("青阳市召开征兵工作会议，青阳县人民武装部汇报了工作。青阳是兵员大市。", ents)
    assert ("青阳县人民武装部", "LOCATED_IN", "青阳") not in t


# --- co-founders of one joint founding (共同/联合) work together ----------------------------------------

def test_co_investors_of_a_company_founded_jointly_coordinate():
    ents = [("东方航空部件(青山)有限公司", EN), ("南港航空投资有限公司", EN),
            ("青山新区产业投资有限公司", EN), ("东方航空技术发展有限公司", EN)]
    t = triples("东方航空部件(青山)有限公司由南港航空投资有限公司、青山新区产业投资有限公司、"
                "东方航空技术发展有限公司共同出资设立。", ents)
    assert ("南港航空投资有限公司", "COORDINATES_WITH", "青山新区产业投资有限公司") in t
    assert ("青山新区产业投资有限公司", "COORDINATES_WITH", "东方航空技术发展有限公司") in t


def test_two_founders_of_a_laboratory_founded_jointly_coordinate():
    ents = [("东方航天研究所", RI), ("青山大学机械学院", RI), ("结构动力学联合实验室", RI)]
    t = triples("2030年11月13日，由东方航天研究所与青山大学机械学院联合成立的“结构动力学联合实验室”"
                "揭牌。", ents)
    assert ("东方航天研究所", "COORDINATES_WITH", "青山大学机械学院") in t


def test_founders_of_a_body_launched_in_the_next_clause_are_not_made_partners():
    ents = [("东方光学集团", EN), ("青山投资集团", EN), ("东方光学上海创新中心", RI)]
    t = triples("今年9月，由东方光学集团、青山投资集团共同发起，东方光学上海创新中心正式启动建设。", ents)
    assert ("东方光学集团", "ESTABLISHED", "东方光学上海创新中心") in t
    assert ("东方光学集团", "COORDINATES_WITH", "青山投资集团") not in t
