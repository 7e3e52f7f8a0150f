"""ux3: English glosses met on the unseen batches u65-u71 that read wrong to an English reader.

The places of Inner Mongolia and Xinjiang came out as the pinyin of their Chinese transcription with
their level in pinyin too (鄂尔多斯 "E'erduosi", 乌审旗 "Wushen Qi", 兴安盟 "Xing'an Meng", 阿克苏地区
"Akesu Di District", 新疆维吾尔自治区 "Xinjiang Weiwu'er Autonomous Region"), so `show "Ordos"` found
nothing; and common words took a wrong dictionary sense (活动 "Loose", 中国移动 "China Movement",
红十字会 "Hong Cross Road Hui", 科学技术部 "Science Technology Department"). Invented bodies.
"""

from __future__ import annotations

from graph.gloss import gloss


def test_places_read_by_their_english_names_and_levels():
    assert gloss("鄂尔多斯市", "Location") == "Ordos City"
    assert gloss("乌审旗", "Location") == "Uxin Banner"
    assert gloss("兴安盟", "Location") == "Xing'an League"
    assert gloss("阿克苏地区", "Location") == "Aksu Prefecture"
    assert gloss("新疆维吾尔自治区", "Location") == "Xinjiang Uygur Autonomous Region"
    assert gloss("宁夏回族自治区", "Location") == "Ningxia Hui Autonomous Region"
    assert gloss("上海市闵行区", "Location") == "Shanghai City Minhang District"
    assert gloss("鄂尔多斯青松军分区", "MilitaryUnit").startswith("Ordos ")
    assert gloss("乌审旗青松农机有限公司", "Enterprise").startswith("Uxin Banner ")


def test_a_level_word_is_english_only_where_it_ends_a_place():
    assert "Banner" not in gloss("红旗", "Enterprise")
    assert "League" not in gloss("青松产业联盟", "Association")
    assert "Prefecture" not in gloss("边境地区", "Location")


def test_common_words_take_their_sense_in_a_name():
    assert gloss("青松“军事日”活动", "Event").endswith("Military Day Activity")
    g = gloss("中国移动通信集团青松分公司", "Enterprise")
    assert g.startswith("China Mobile ") and g.endswith(" Branch")
    assert gloss("青松区红十字会", "PartyGovBody").endswith("Red Cross Society")
    assert gloss("科学技术部", "PartyGovBody") == "Ministry of Science and Technology"
    assert gloss("青松通用航空高技术研究院", "ResearchInstitute").endswith(
        "General Aviation High Technology Research Academy")
    assert "Exploit" not in gloss("青松房地产开发有限公司", "Enterprise")


def test_names_of_the_trial_list_left_after_the_first_fixes():
    g = gloss("中国兵器装备集团公司青松分公司", "Enterprise")
    assert g.startswith("CSGC ") and "Company Qingsong" not in g  # was 'CSGC Company …'
    assert "Long March Chemical Engineering" in gloss("青松长征化学工程有限公司", "Enterprise")
    assert gloss("青松指挥学院", "ResearchInstitute").endswith("Command College")
    assert "First Machinery Group" in gloss("青松一机集团", "Enterprise")
    assert "Naming" in gloss("《青松市国防教育基地命名管理办法》", "Policy")
