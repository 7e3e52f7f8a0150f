"""Entity classes from the ent4 round (issue 10): constructions that recur across annotated batches
(each class seen in at least three of them). Every text here is invented; each test also says what
must not be found."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_park_or_base_named_with_project_is_a_project():
    found = ents("东川经济开发区青石科技园项目集中开工。为确保青石科技园项目尽快建设，区长提出要求。")
    assert found["东川经济开发区青石科技园项目"][0] == "Project"
    assert "青石科技园项目" in found["东川经济开发区青石科技园项目"][1]  # its short form, one entity
    assert "东川经济开发区青石科技园" not in found
    found = ents("加快推进北岭民兵训练基地项目和战备公路建设。")
    assert found["北岭民兵训练基地项目"][0] == "Project"
    found = ents("东川市引进的卫星定标与青石检验基地项目进展顺利。")  # the second half of one name
    assert "青石检验基地项目" not in found
    found = ents("推进园区项目建设。")  # projects of a kind: no name
    assert not any(t == "Project" for t, _ in found.values())


def test_a_clause_verb_inside_the_left_context_is_no_part_of_the_name():
    found = ents("该项目拟建设东川航天军民结合产业园，总投资10亿元。")
    assert found["东川航天军民结合产业园"][0] == "IndustrialPark"
    found = ents("支持青州建设海洋经济示范园区。")
    assert found["海洋经济示范园区"][0] == "IndustrialPark"
    found = ents("有力促进东川海洋强省战略实施。")
    assert found["东川海洋强省战略"][0] == "Policy"
    found = ents("东川省军民融合发展办公室下达2021年度军民融合发展引导资金项目计划。")
    assert found["2021年度军民融合发展引导资金项目计划"][0] == "Policy"
    assert found["东川省军民融合发展办公室"][0] == "PartyGovBody"
    found = ents("陈大明任东川省青山县人武部政委。")
    assert found["东川省青山县人武部"][0] == "MilitaryUnit"
    assert not any(n.startswith(("项目", "青州建设", "有力", "陈大明任")) for n in found)


def test_the_same_verbs_inside_names_stay():
    found = ents("东川市城乡建设局与西山建设机械有限公司座谈。出台中央关于经济建设和国防建设融合发展的意见。"
                 "促进军民深度融合发展研讨会在东川召开。")
    assert "东川市城乡建设局" in found
    assert "西山建设机械有限公司" in found
    assert found["促进军民深度融合发展研讨会"][0] == "Event"


def test_a_zone_title_named_by_a_province_or_the_nation_is_a_policy():
    found = ents("发挥东川省军民融合产业示范基地优势。加快甲市、乙市等省级军民融合示范区建设。"
                 "推动国家级军民融合创新示范区建设。建成全国科技创新中心。")
    assert found["东川省军民融合产业示范基地"][0] == "Policy"
    assert found["省级军民融合示范区"][0] == "Policy"
    assert found["国家级军民融合创新示范区"][0] == "Policy"
    assert found["全国科技创新中心"][0] == "Policy"
    # a site's zone under a province stays a park
    found = ents("东川省青山高新区军民融合产业示范基地正式揭牌。")
    assert found["东川省青山高新区军民融合产业示范基地"][0] == "IndustrialPark"


def test_a_name_between_a_body_and_a_post():
    found = ents("青山市委书记赵一明、省政府办公厅王小峰主任、省军区朱大忠主任"
                 "以及中国工程院陈东杰院士等出席。在东川设计研究院李伟明副院长的组织下，西岭陆军工程大学陈斌少将作报告。")
    for name in ("王小峰", "朱大忠", "陈东杰", "李伟明", "陈斌"):
        assert found[name][0] == "Person"
    # a department before a post is no name
    found = ents("东川省军区政治部主任出席。研究院党委书记讲话。")
    assert not any(t == "Person" for t, _ in found.values())


def test_a_sub_unit_written_after_its_body_is_one_entity():
    found = ents("在工信部云计算中心的支持下，东川省军区政治部主任王大明、陆军东川军事代表局局长李小明、"
                 "中央军委联合参谋部有关领导出席。青山省国防科技办公室军民融合促进处处长讲话。")
    assert found["工信部云计算中心"][0] == "ResearchInstitute"  # a ministry's centre
    assert found["东川省军区政治部"][0] == "MilitaryUnit"
    assert found["陆军东川军事代表局"][0] == "MilitaryUnit"
    assert found["中央军委联合参谋部"][0] == "MilitaryUnit"
    assert found["青山省国防科技办公室军民融合促进处"][0] == "PartyGovBody"
    assert "工信部" not in found and "陆军" not in found
    # a new body after a body, a post, and a firm's department are no sub-units
    found = ents("青山市发改委市财政局联合发文，工信部副部长讲话。东方重工集团公司财务部负责此事。")
    assert "青山市发改委市财政局" not in found
    assert not any(n.startswith("工信部副") for n in found)
    assert "东方重工集团公司财务部" not in found


def test_a_quantity_before_a_name_makes_it_a_kind():
    found = ents("建设一批绿色生态示范产业园，实施一批海洋经济示范重大工程，"
                 "打造各具特色的军民融合创新示范园区。")
    assert not found
    # the named park and a count of designations stay
    found = ents("青山市绿色生态示范产业园正式开园。全国有32家国家新型工业化产业示范基地。")
    assert found["青山市绿色生态示范产业园"][0] == "IndustrialPark"


def test_a_document_number_names_its_document():
    found = ents("东政发〔2011〕21号\n各区、县人民政府，市政府各委、办、局：\n"
                 "根据《东川省人民政府关于加快发展的若干意见》(东政发〔2010〕37号)精神，现通知如下。")
    assert found["东政发〔2011〕21号"][0] == "Policy"  # the notice's own number, no title before it
    title = "《东川省人民政府关于加快发展的若干意见》"
    assert "东政发〔2010〕37号" in found[title][1]  # right after a title: that title's alias
    assert "东政发〔2010〕37号" not in found
    found = ents("关于第12号提案的答复(东民函〔2018〕93号)")  # after no title: left alone
    assert not any(t == "Policy" and "号" in n for n, (t, _) in found.items())


def test_a_chain_of_places_each_inside_the_one_before_is_one_place():
    # real divisions (the gazetteer's), no scored text: province > city > county, short forms too
    found = ents("项目落户安徽省合肥市蜀山区。代表团赴四川绵阳考察，又到云南大理。")
    assert found["安徽省合肥市蜀山区"][0] == "Location"
    assert found["四川绵阳"][0] == "Location"
    assert "四川" not in found and "绵阳" not in found
    # places of different provinces, or a list of a city's districts, stay apart
    found = ents("北京上海两地联动。重庆渝北、九龙坡、大渡口等区。")
    assert "北京上海" not in found
    assert "重庆" in found and "渝北" in found


def test_state_council_ministries_are_known_bodies():
    found = ents("荣获民政部“社会组织评估”4A等级证书，人社部和住建部联合发文。")
    assert found["民政部"][0] == "PartyGovBody"
    assert found["人社部"][0] == "PartyGovBody"
    assert found["住建部"][0] == "PartyGovBody"
    found = ents("政府应急管理部门协同联动。")  # a kind of department, not the ministry
    assert not found


def test_a_zone_title_of_a_region_named_by_its_cities_initials_is_a_policy():
    found = ents("建设苏锡常国家自主创新示范区。支持中关村国家自主创新示范区发展。")
    assert found["苏锡常国家自主创新示范区"][0] == "Policy"  # 苏州, 无锡, 常州: one province
    assert found["中关村国家自主创新示范区"][0] == "IndustrialPark"  # a site


def test_a_titled_name_keeps_a_function_character_before_a_speech_verb_or_a_day():
    found = ents("省军区司令员周启让表示，推进发展。东川省长程守之9日在会上作报告。")
    assert "周启让" in found and "程守之" in found
    found = ents("市长王明也表示同意。书记张三和李四表示赞成。")
    assert "王明" in found and "王明也" not in found
    assert "张三" in found and "张三和" not in found
