"""Entity classes of round ent21 (issue 10): the endpoints of missed relations, read off the READ
batches (u59–u64 the freshest); invented names only. Each test fails without its class.
"""

from __future__ import annotations

from graph.model import Document
from ingest.extract import extract, get_nlp
from tests.entity_helpers import ents


def test_an_inspection_team_and_office_of_a_party_committee_are_bodies():
    # heads.tsv 巡察组, 巡察办: the committee and its ordinal (市委第五巡察组, 某县委第六轮巡察第三巡察组)
    # are the team's name; the bare word (巡察组组长) is none; a preposition after the team opens a
    # clause about another body, no sub-unit of the team (gen_sub_units.PREPOSITIONS)
    found = ents("按照市委安排,市委第五巡察组对东川县水务局(河长办)党组开展了巡察。"
                 "5月8日,市委第五巡察组向水务局(河长办)党组反馈巡察意见。"
                 "青山县委第六轮巡察第三巡察组正在开展巡察。巡察组组长甲某说明。"
                 "专题到县委巡察办汇报4次。(青山县委巡察办)")
    assert found["市委第五巡察组"][0] == "PartyGovBody"
    assert found["青山县委第六轮巡察第三巡察组"][0] == "PartyGovBody"
    assert found["青山县委巡察办"][0] == "PartyGovBody"
    assert "巡察组" not in found
    assert not [n for n in found if "向水务局" in n]


def test_an_inspection_team_is_part_of_its_committee():
    # relation_cues.json part_of_department_heads 巡察组: name-internal PART_OF the committee
    text = "按照市委安排,市委第五巡察组对东川县民政局开展了巡察。"
    ex = extract(Document(id="t", source="t", text=text), get_nlp())
    parts = {(r.head, r.tail) for r in ex.relations if r.type == "PART_OF"}
    assert ("市委第五巡察组", "市委") in parts


def test_a_follow_through_stage_inside_a_name_is_no_verb():
    # name_rules.STOP_WORD_INSIDE 落实 after 整改/分解: 落实 ends the left context of a name
    # (抓好落实…), not in 整改落实工作领导小组 or 任务分解落实会议; 抓落实 alone still stops it
    found = ents("本局成立审计整改落实工作领导小组。青山市召开安全检查问题整改任务分解落实会议。")
    assert found["审计整改落实工作领导小组"][0] == "PartyGovBody"
    assert found["安全检查问题整改任务分解落实会议"][0] == "Event"


def test_a_body_founded_with_who_leads_it_is_named():
    # name_rules.FOUNDED_LED_BY: 成立了由…任组长的X / 由…为成员的X is a body founded, however generic its
    # name (as after 成立 right before it); the same words with no founding verb name none
    found = ents("青山市成立了由副市长甲某任组长的航空产业招商协调领导小组。"
                 "本局成立了由局长为组长,副局长为副组长,股室负责人为成员的审计整改工作领导小组。"
                 "由市长任组长的安全生产协调领导小组负责。")
    assert found["航空产业招商协调领导小组"][0] == "PartyGovBody"
    assert found["审计整改工作领导小组"][0] == "PartyGovBody"
    assert not [n for n in found if "安全生产" in n]


def test_the_body_founded_after_a_led_by_clause_is_the_one_established():
    # relation_patterns.LED_BY_CLAUSE: 成立了由市政府主要领导任组长的X founds X, not 市政府
    text = "东川市委成立了由市政府分管领导任组长的航空产业招商协调领导小组。"
    ex = extract(Document(id="t", source="t", text=text), get_nlp())
    est = {(r.head, r.tail) for r in ex.relations if r.type == "ESTABLISHED"}
    assert est == {("东川市委", "航空产业招商协调领导小组")}


def test_a_division_renamed_after_the_cpca_table_is_a_place():
    # ingest/data/divisions_renamed.tsv read with cpca's table (lexicon.division_rows): the gazetteer,
    # the compound-place codes and the graph's place look-up know a county made a district or a city
    # after mid-2016 (郫县 -> 郫都区 2016, 龙港镇 -> 龙港市 2019); the former name stays a place
    from graph.places import lookup
    from ingest.components.place_codes import inside

    found = ents("成都市郫都区召开双拥工作会议。龙港市人民政府发布通告。会议在郫县举行。")
    assert found["成都市郫都区"][0] == "Location"
    assert found["龙港市人民政府"][0] == "PartyGovBody"
    assert found["郫县"][0] == "Location"
    assert inside("成都市", "郫都区") and inside("浙江省", "龙港市")
    place = lookup("郫都区")
    assert place is not None and place.city == "成都市" and place.level == "county"


def test_a_post_given_in_a_military_committee_names_the_committee():
    # unit_committees.tsv appoint/appoint_before/post (gen_unit_committees._appointed): 任/担任/就任
    # X军分区党委第一书记, 选举甲为X军分区党委副书记 name the committee; a county's 人武部党委 and a
    # post merely held (作为…党委第一书记, 青山警备区党委第一书记甲某) stay the unit's (the membership
    # formula 增补甲为X党委委员、常委 too since ent52: tests/test_ent52_committees.py)
    found = ents("会上宣布了甲某担任青山军分区党委第一书记的命令。"
                 "东川军分区党委全会选举乙某为东川军分区党委副书记。"
                 "宣布丙某任县人武部党委第一书记。作为白水警备区党委第一书记,将坚决贯彻。")
    assert found["青山军分区党委"][0] == "MilitaryUnit"
    assert found["东川军分区党委"][0] == "MilitaryUnit"
    assert not [n for n in found if n.endswith("人武部党委")]
    assert "白水警备区党委" not in found


def test_two_sittings_joined_by_ji_are_one_event():
    # gen_event_names.joined_events: an Event chosen before 暨 (a session's name, a quoted forum) runs to
    # the last event head of the clause, even a second name the head filters reject alone (a signing
    # named by its agreement, a ceremony named by its site); a body after 暨 starts after it
    # (gen_heads._after_joined_event); 双方 ends the left context (stop_words: 甲、乙双方…交流会)
    found = ents("3月5日,青山警备区党委五届二次全体(扩大)会议暨国防动员工作述职会议召开。"
                 "东川学院、青山职业学院双方校企合作交流会暨人才培养协议签约仪式在青山职业学院举行。"
                 "“同心筑梦 携手前行”产业论坛暨青山理工大学材料研究院揭牌仪式举行。")
    for name in ("青山警备区党委五届二次全体(扩大)会议暨国防动员工作述职会议",
                 "校企合作交流会暨人才培养协议签约仪式",
                 "“同心筑梦 携手前行”产业论坛暨青山理工大学材料研究院揭牌仪式"):
        assert found.get(name, ("",))[0] == "Event", name
    assert not [n for n in found if "双方" in n or n.endswith("研究院") and "论坛" in n]


def test_a_launch_control_or_logistics_centre_is_a_military_unit():
    # heads.tsv 卫星发射中心, 卫星测控中心, 联勤保障中心 (MilitaryUnit): 中心 alone is no head; the
    # bare head with nothing before it names none
    found = ents("甲某一行参观东川卫星发射中心。青山衛星發射中心官兵列队。"
                 "东川卫星测控中心与白水市签约。东川联勤保障中心供应处处长乙某讲话。发射中心建成。")
    for name in ("东川卫星发射中心", "青山衛星發射中心", "东川卫星测控中心", "东川联勤保障中心供应处"):
        assert found.get(name, ("",))[0] == "MilitaryUnit", name
    assert "发射中心" not in found


def test_the_body_above_named_by_its_rank_is_the_body():
    # name_rules.LEADING_TRIM 上级 (name_context._trim_left may leave the head alone after it): 上级 is
    # no word of the name; the guidance frame reads over it (relation_cues guidance_rank_words)
    text = ("一年来,县人武部在上级军分区党委和县委、县政府的坚强领导下,圆满完成任务。"
            "情况及时向上级双拥办报告。")
    found = ents(text)
    assert found["军分区党委"][0] == "MilitaryUnit"
    assert found["双拥办"][0] == "PartyGovBody"
    assert not [n for n in found if n.startswith("上级")]
    ex = extract(Document(id="t", source="t", text=text), get_nlp())
    leads = {(r.head, r.tail) for r in ex.relations if r.type == "LEADS"}
    assert {("军分区党委", "县人武部"), ("县委", "县人武部"), ("县政府", "县人武部")} <= leads


def test_a_science_and_technology_committee_by_its_short_name():
    # name_rules.WEI_OK_BEFORE 科技: 科技委 is a committee's short name before its post
    # (国防工业科技委副主任, 某政协科技委主任), as 发改委 and 经信委 are
    found = ents("国家国防科工局原副局长、国防工业科技委副主任甲某出席。省政协常委、科技委主任乙某建议。"
                 "东川科技工业科技委副主任丙某出席活动。")
    for name in ("国防工业科技委", "科技委", "东川科技工业科技委"):
        assert found.get(name, ("",))[0] == "PartyGovBody", name
