"""Entity classes from the ent27 round (issue 10): firms and bodies cut or over-extended in running
text, each class right in at least three READ batches. Every text here is invented; each test also
says what must still be left out."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_role_noun_or_the_owner_place_before_a_name_is_no_part_of_it():
    # the body's role in the clause (编制单位, 建设主体), the park it belongs to (园区) or a verb of
    # having (区域内有) glued before a firm's or an institute's name is cut off
    found = ents("会上,规划编制单位青山宇航研究院汇报了规划编制情况。")
    assert found["青山宇航研究院"][0] == "ResearchInstitute" and "单位青山宇航研究院" not in found
    found = ents("白沙工业园的建设主体东方重工精密机械有限公司已完成投资。")
    assert found["东方重工精密机械有限公司"][0] == "Enterprise"
    found = ents("近日,东川核技术产业园传来喜讯,园区青山同源科技有限公司的新产品下线。")
    assert found["青山同源科技有限公司"][0] == "Enterprise"
    found = ents("从地理位置来看,区域内有青钢集团公司等大型企业。")
    assert found["青钢集团公司"][0] == "Enterprise"
    # the words inside a firm's name stay (a park word or 主体 not opening the name, or opening it
    # without a role's verb)
    found = ents("青山白沙园区开发有限公司成立。东方主体结构工程有限公司中标。")
    assert "青山白沙园区开发有限公司" in found and "东方主体结构工程有限公司" in found


def test_a_stop_word_inside_a_firm_name_does_not_cut_it():
    # 之 and 联合 inside a firm's own name (…路之遥…, …之旅…, 中国联合…): the name reaches back over
    # them to the short word or the place that opens it
    found = ents("会后,白沙县与青山之旅文化公司签订了合作协议。")
    assert found["青山之旅文化公司"][0] == "Enterprise" and "旅文化公司" not in found
    found = ents("会议选举白沙集团、东川路之遥科技公司、青松材料公司为理事单位。")
    assert found["东川路之遥科技公司"][0] == "Enterprise"
    found = ents("发布渠道包括广播电视以及中国联合东方通信有限公司青山市分公司。")
    assert "中国联合东方通信有限公司青山市分公司" in found
    # 联合 as the verb (after a body or a place with its level) and 之 closing a phrase stay out
    found = ents("青山市政府联合白云航天集团公司举办论坛。东川区联合白沙科技公司开展活动。")
    assert "白云航天集团公司" in found and "白沙科技公司" in found
    assert not any("联合" in n for n in found)


def test_a_short_form_leaving_out_a_middle_word_is_the_same_body():
    # 装备, 工程, 智慧 left out of the middle of an institute's or a park's name (event_words.tsv
    # filler): the text's short form of the same thing, one entity with two forms
    found = ents("东方重工装备研究院成立于1990年。东方重工研究院现有职工三千人。")
    assert found["东方重工装备研究院"] == ("ResearchInstitute", ["东方重工研究院"])
    found = ents("白沙大学机械工程学院与东川市合作。白沙大学机械学院院长甲某表示。")
    assert found["白沙大学机械工程学院"] == ("ResearchInstitute", ["白沙大学机械学院"])
    found = ents("青山智慧航空新城开工。青山航空新城占地十平方公里。")
    assert found["青山智慧航空新城"] == ("IndustrialPark", ["青山航空新城"])
    # a name with its own place in front is another thing (东川航空新城 is no short form of 青山…)
    found = ents("青山智慧航空新城开工。东川航空新城占地十平方公里。")
    assert "东川航空新城" in found and found["青山智慧航空新城"][1] == []


def test_a_building_verb_after_places_or_an_adverb_is_no_part_of_a_park_name():
    # 建设 governed by places (two chained, or a city written without its level) or by an adverb
    # (一体): the park's name starts after the verb (name_context._governing_subject)
    found = ents("园区规划总面积10平方公里,一体建设青松航天装备产业园、白沙新材料产业园。")
    assert "青松航天装备产业园" in found and not any(n.startswith("一体") for n in found)
    found = ents("东川青山建设白沙航天产业基地,推动融合发展。")
    assert not any(n.startswith("东川青山建设") for n in found)
    # a park's own word 建设 stays inside its name when no subject stands before it
    assert "建设白沙航天产业基地" not in found
