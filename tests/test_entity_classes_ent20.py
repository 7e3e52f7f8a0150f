"""Entity precision classes of round ent20 (issue 10 §3), read off the READ batches (u45–u64);
invented names only. Each test fails without its class.
"""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_base_for_education_a_garrison_or_evacuees_is_no_park():
    # head filter non_park_base (ingest/data/non_park_bases.txt): u49, u57, u61, u64
    found = ents("青山市爱国主义教育基地今年接待游客十万人次。东川国防教育基地建成开放。"
                 "某部队驻军基地位于城郊。青山公园疏散基地可容纳万人。青山军民融合产业基地投产。")
    assert not [n for n in found if n.endswith(("教育基地", "驻军基地", "疏散基地"))]
    assert found["青山军民融合产业基地"][0] == "IndustrialPark"


def test_a_ceremony_named_by_the_site_it_starts_or_the_body_it_unveils_is_no_event():
    # head filter site_ceremony (ingest/data/ceremony_acts.txt): u56, u62, u64
    found = ents("昨日,东方重工青山光电产业园开工奠基仪式举行。东川装备实验室揭牌仪式在青山举行。"
                 "“青山村村通扶贫工程”启动仪式在东川举行。")
    assert not [n for n, (t, _) in found.items() if t == "Event"]
    assert found["东方重工青山光电产业园"][0] == "IndustrialPark"


def test_an_event_described_by_its_theme_is_no_name():
    # head filter themed_event: u45, u59, u62
    found = ents("青山市举办国防教育主题展览。东川区开展红色文化主题宣传报告会。"
                 "第三届青山军民融合主题展览开幕。")
    assert "国防教育主题展览" not in found
    assert "红色文化主题宣传报告会" not in found
    assert found["第三届青山军民融合主题展览"][0] == "Event"


def test_a_kind_of_plan_is_no_plan():
    # head filter kind_of_plan (ingest/data/plan_kinds.txt): u52, u57, u61
    found = ents("要把人防工程纳入城市总体规划和城市发展规划,坚持高水平规划。"
                 "青山市城市总体规划已经批复。")
    assert not [n for n in found if n in ("城市总体规划", "城市发展规划", "高水平规划")]
    assert found["青山市城市总体规划"][0] == "Policy"


def test_a_verb_of_building_anew_or_boosting_is_cut_off_a_base():
    # stop_words.txt: 新建, 立足, 助推, 承担 end a name's left context (u17, u53, u59, u61)
    found = ents("青山市新建民兵训练基地已完成基础工作。东川县立足两大基地发展产业。"
                 "助推青山区军民结合产业基地建设。规定城建部门承担东川产业基地建设。")
    assert not [n for n in found if n.startswith(("新建", "立足", "助推", "规定")) or "新建" in n]
    assert found["青山区军民结合产业基地"][0] == "IndustrialPark"


def test_a_park_named_by_a_province_or_a_national_programme_is_a_title():
    # gen_heads._park_title (name_rules.LEVEL_TITLE_PARK_HEADS): u17, u31, u56; a site inside the
    # name keeps it a park (u45)
    found = ents("青山高新区被授予“东川省军民融合特色产业园”称号,成为国家东风计划特色产业基地。"
                 "青山区还建成国家东风青山市装备制造特色产业基地、东川省青山市航空产业园。")
    assert found["东川省军民融合特色产业园"][0] == "Policy"
    assert found["国家东风计划特色产业基地"][0] == "Policy"
    assert found["国家东风青山市装备制造特色产业基地"][0] == "IndustrialPark"
    assert found["东川省青山市航空产业园"][0] == "IndustrialPark"


def test_a_mobilisation_or_order_meeting_keeps_the_verb_that_opens_its_name():
    # gen_event_names.lead_events (event_words.tsv lead, lead_head): u50, u60, u63
    found = ents("在争创“全国文明城市”动员大会上,市领导作了讲话。青山县召开全县创建省级双拥模范县动员大会。"
                 "10月13日上午,东川县宣布青山军分区命令大会召开。")
    for name in ("争创“全国文明城市”动员大会", "全县创建省级双拥模范县动员大会"):
        assert found.get(name, ("",))[0] == "Event", name
    assert [n for n, (t, _) in found.items() if n.endswith("宣布青山军分区命令大会") and t == "Event"]


def test_a_compass_region_alone_is_no_place():
    # gen_places.places (ingest/data/compass_regions.txt): u17, u25, u27, u36, u53
    found = ents("当年工业迁往以西南、西北为中心的纵深腹地。东北地区和华中地区的企业来到青山市。")
    assert not [n for n in found if n in ("西南", "西北", "东北", "华中")]


def test_a_three_character_mask_is_no_place():
    # gen_places.MASKED_NON_PLACES: u11, u12, u46 (a place is masked XX, ** or X市)
    found = ents("在青山市工作会议上的讲话\nXXX\n(X年X月X日)\n"
                 "自治区党委***、青山军区党委第一***甲某走访慰问。XX是驻军大市。")
    assert "XXX" not in found and "***" not in found
    assert found["XX"][0] == "Location"


def test_a_research_or_test_base_described_by_its_field_is_no_name():
    # head filter described_base (base_descriptions.txt: 试验, 研究, 创新; COMMON_NS_FREQ: 海洋 is
    # a common noun jieba tags as a place): u40, u48, u52
    found = ents("建设海洋工程力学试验研究基地。打造国防科技创新基地。"
                 "建成东方重工青山创新基地。")
    assert "海洋工程力学试验研究基地" not in found
    assert "国防科技创新基地" not in found
    assert found["东方重工青山创新基地"][0] == "IndustrialPark"


def test_a_title_reduced_to_its_kind_is_an_alias_of_the_full_title():
    # short_titles.key_short_titles: u53, u59, u64
    text = ("青山区印发《青山区加强军事设施保护措施》。《措施》明确了保护范围。"
            "会议介绍了《东川市航空产业链推进工作方案(讨论稿)》,与会单位就《工作方案》进行了讨论。"
            "根据《规划》,东川将建设航天港。")
    found = ents(text)
    assert "《措施》" in found["《青山区加强军事设施保护措施》"][1]
    assert "《工作方案》" in found["《东川市航空产业链推进工作方案(讨论稿)》"][1]
    assert "《措施》" not in found and "《工作方案》" not in found
    assert found["《规划》"][0] == "Policy"  # no full plan title in the text: it stays


def test_a_kind_title_without_a_full_title_of_its_kind_stays():
    found = ents("青山市印发《青山市军民融合发展规划》。《通知》要求各单位落实。")
    assert found["《通知》"][0] == "Policy"
    assert "《通知》" not in found["《青山市军民融合发展规划》"][1]


def test_gongcheng_inside_a_department_a_lab_or_a_reactor_is_no_project():
    # gen_heads._next_char_ok (工程 before 系, 实验, 试验): u33, u40, u62
    found = ents("青山大学航空制造工程系主任甲某出席。园区建设青山海洋探测国家工程实验室。"
                 "东川建成第一座高通量工程试验堆。青山市实施东川引水工程。")
    assert not [n for n in found if n.endswith(("制造工程", "国家工程", "高通量工程"))]
    assert found["东川引水工程"][0] == "Project"
