"""Entity classes of round ent18 (issue 10), read off the READ batches (u53–u58 the freshest);
invented names only. Each test fails without its class.
"""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_verb_glued_to_the_front_of_a_name_is_cut_off():
    # stop_words.txt: 专访, 亲临, 升任, 兴建, 作出, 跻身, 持有, 注入 … end a name's left context
    found = ents("本报记者专访东方重工装备有限公司。青山市国防科工办李立某主任亲临东川航空工业集团调研。"
                 "甲立某升任青山军分区司令员。当年在青山镇依山兴建青山化工厂。资产注入东川电子公司。")
    for name, typ in (("东方重工装备有限公司", "Enterprise"), ("东川航空工业集团", "Enterprise"),
                      ("青山军分区", "MilitaryUnit"), ("青山化工厂", "Enterprise"),
                      ("东川电子公司", "Enterprise")):
        assert found.get(name, ("",))[0] == typ, name
    assert not [n for n in found if n.startswith(("专访", "报记者", "甲立某", "依山", "资产"))
                or "亲临" in n]


def test_a_factorys_code_name_is_no_second_factory():
    # gen_gazetteer.numbered_institutes: a numbered factory after 代号 (name_rules.CODE_NAME_BEFORE)
    # is the code name of the factory just named, there and wherever the text repeats it
    found = ents("东川市国营青山仪表厂，军工代号“141厂”。141厂位于青山。青山5703厂是一家军工企业。")
    assert "141厂" not in found
    assert found["青山5703厂"][0] == "Enterprise"


def test_the_organs_of_several_jurisdictions_are_no_body():
    # head filter plural_jurisdictions: a count or a vague quantity before the level word, or a level
    # class as the whole body, names the organs of several or all jurisdictions
    found = ents("检查组听取了两县政府的工作汇报。两县县委高度重视。三地政府负责同志参加。"
                 "一些县市国动委的牌子仍挂在人武部。具体办法由省级人民政府制定。青山市政府出席。")
    assert not [n for n in found if n.startswith(("两县", "三地", "一些", "省级"))]
    assert found["青山市政府"][0] == "PartyGovBody"
