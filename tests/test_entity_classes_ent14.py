"""Entity classes of round ent14 (issue 10), read off the u44–u52 batches; invented names only.

Each test fails without its class: the verbs that end a body's left context (stop_words.txt), a
military unit's committee that opens a clause (gen_unit_committees, `opener` rows of
unit_committees.tsv), and the year a yearly sitting is named for (entities._attach_year_forms).
"""

from __future__ import annotations

from tests.entity_helpers import ents


def test_appointing_reading_out_and_handing_on_verbs_end_a_bodys_left_context():
    # stop_words.txt: 增补, 新任, 宣读, 时任, 转交, 紧扣 govern the body after them
    found = ents("司令员宣读省军区党委决定，增补新任市委书记为军分区党委常委。"
                 "现将报告转交市政府研究处理。市国防动员办公室紧扣市委工作部署。会上，时任市委领导讲话。")
    assert found["市委"][0] == "PartyGovBody"
    assert found["市政府"][0] == "PartyGovBody"
    assert found["市国防动员办公室"][0] == "PartyGovBody"
    assert not [n for n in found if n.startswith(("增补", "新任", "时任", "转交", "宣读")) or "紧扣" in n]


def test_a_military_units_committee_opening_a_clause_is_a_body():
    # gen_unit_committees: X党委 first in its clause is the clause's subject, whatever verb follows
    found = ents("赵立新指出，过去的一年，青山军分区党委深入学习贯彻上级决策部署。"
                 "他说，过去五年，东川警备区党委在市委的领导下扎实工作。")
    assert found["青山军分区党委"][0] == "MilitaryUnit"
    assert found["东川警备区党委"][0] == "MilitaryUnit"


def test_a_units_committee_before_a_title_stays_the_unit():
    # the neighbouring reading is unchanged: at a clause's start before a title, the post is the unit's
    found = ents("会议强调，北山军分区党委第一书记要履职尽责。")
    assert "北山军分区党委" not in found
    assert found["北山军分区"][0] == "MilitaryUnit"


def test_a_decision_of_a_units_committee_read_out_names_the_committee():
    # act row 决定 (without 的) and the stop word 宣读
    found = ents("政委宣读东川警备区党委决定，任命甲为参谋长。")
    assert found["东川警备区党委"][0] == "MilitaryUnit"


def test_a_yearly_sittings_year_is_a_form_of_its_name():
    # entities._attach_year_forms: 2025年度…会议 is the sitting named for that year; a plain date is not
    found = ents("1月5日，2025年度县委议军会议召开。县委书记主持县委议军会议并讲话。")
    events = [(n, a) for n, (t, a) in found.items() if t == "Event"]
    assert len(events) == 1
    name, aliases = events[0]
    assert {name, *aliases} >= {"2025年度县委议军会议", "县委议军会议"}
    dated = ents("2015年全市国防动员工作会议召开。")
    assert not [n for n in dated if n.startswith("2015")]


def test_a_platform_opened_by_a_place_or_a_known_body_is_a_project():
    # heads.tsv 平台 (Project, project class); gen_heads: a place or a known body must open the name
    found = ents("2014年，青山市北斗导航位置综合服务平台建成。"
                 "企业依托工业和信息化部军民结合公共服务平台对接需求。会议搭建了交流平台，依托孵化器平台和“军民融合”平台开展服务。")
    assert found["青山市北斗导航位置综合服务平台"][0] == "Project"
    assert found["工业和信息化部军民结合公共服务平台"][0] == "Project"
    assert not [n for n in found if n.endswith("平台") and n not in (
        "青山市北斗导航位置综合服务平台", "工业和信息化部军民结合公共服务平台")]


def test_a_delegation_to_a_session_is_named_after_the_session():
    # gen_heads: 代表团 after a session's 会议 starts after it; 解放军和武警部队代表团 is one name
    found = ents("市委书记甲来到市十五届人大六次会议解放军代表团，与代表们一起审议政府工作报告。"
                 "乙参加自治区十三届人大三次会议解放军和武警部队代表团审议。")
    assert found["市十五届人大六次会议"][0] == "Event"
    assert found["解放军代表团"][0] == "MilitaryUnit"
    assert found["解放军和武警部队代表团"][0] == "MilitaryUnit"
    assert not [n for n in found if n.endswith("代表团") and "会议" in n]
    assert "武警部队代表团" not in found


def test_the_fire_and_rescue_service_is_a_government_body():
    # name_rules.CIVIL_IN_BODY (gen_heads, gen_list_types); head filter level_plural_list no longer
    # reads 警备区、市… as 区、市 (two levels of one body)
    found = ents("市领导来到青山警备区、市消防救援支队慰问。慰问东川市公安消防支队官兵。")
    assert found["市消防救援支队"][0] == "PartyGovBody"
    assert found["东川市公安消防支队"][0] == "MilitaryUnit"
    assert "县人民政府" not in ents("各区、县人民政府：")


def test_strategy_before_a_noun_it_qualifies_heads_no_strategy():
    # head filter strategy_modifier (strategy_modifies.txt); a strategy before 机遇 is still one
    found = ents("东川市航空材料和部件产业技术创新战略联盟在新区成立。青山市核心区战略规划面积12平方公里。"
                 "抢抓军民融合发展战略机遇。")
    assert not [n for n in found if n.endswith("战略") and n != "军民融合发展战略"]
    assert found["军民融合发展战略"][0] == "Policy"


def test_a_pilot_a_body_launches_is_a_project():
    # gen_enumerations._launched_pilots (name_rules.LAUNCHED_PILOT): 开展 + X试点 closed by 工作 or a mark
    found = ents("1.探索开展国防知识产权质押试点。2.在全市开展青山市科技资源开放共享试点工作。"
                 "东川区作为规范化建设试点，获评试点单位。")
    assert found["国防知识产权质押试点"][0] == "Project"
    assert found["青山市科技资源开放共享试点"][0] == "Project"
    assert not [n for n in found if n.endswith("试点") and n not in (
        "国防知识产权质押试点", "青山市科技资源开放共享试点")]


def test_named_factories_and_their_state_run_forms_are_one_firm():
    # heads.tsv 机器厂/机械厂/仪表厂/仪器厂; entities._join_ownership_forms; stop word 对外叫
    found = ents("原国营华雁仪表厂地处秦岭。华雁仪表厂是一家县团级单位。青川机械厂的存在尤为特殊。"
                 "工厂代号202，对外叫国营南岭机械厂。")
    assert found["国营华雁仪表厂"] == ("Enterprise", ["华雁仪表厂"])
    assert found["青川机械厂"][0] == "Enterprise"
    assert found["国营南岭机械厂"][0] == "Enterprise"
    assert not [n for n in found if n.startswith(("外叫", "对外"))]


def test_theatre_commands_and_services_before_a_noun_are_military_units():
    # national_bodies.tsv: the five theatre commands and their service commands; name_rules.SERVICES
    # (gen_gazetteer: a bare service before a noun it owns is still the service); 司 before 令 is no head
    found = ents("西部战区陆军副参谋长甲某来青山调研。东部战区陆军副司令员乙某说。"
                 "展区主要展示陆军无人装备系统。该型导弹成了空军主力。北部战区副司令员丙某出席。")
    assert ents("第二炮兵装备研究院与青山区签约。第二炮兵携手青山区。")["第二炮兵"][0] == "MilitaryUnit"
    for name in ("西部战区陆军", "东部战区陆军", "陆军", "空军", "北部战区"):
        assert found[name][0] == "MilitaryUnit", name
    assert not [n for n in found if n.endswith("副司")]


def test_layout_labels_and_news_sites_in_byline_lines_are_no_persons():
    # gen_bylines: 时间/初审/复审/终审 and a 某某网 are byline words; a prefixed byline stops at them
    found = ents("来源:青山新闻网 作者:梁立具 陈立锋 时间:2020-11-11 09:59\n正文。\n\n"
                 "记者:嵇立健\n\n初审:潘立升\n\n来源:东川网\n\n正文。")
    persons = {n for n, (t, _) in found.items() if t == "Person"}
    assert {"梁立具", "陈立锋"} <= persons
    assert not persons & {"时间", "初审", "东川网"}
