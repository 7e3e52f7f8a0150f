"""side_of and gloss: the table-driven rules and the glossary, including their override files."""

from __future__ import annotations

import json

import pytest

from graph import gloss as gloss_mod
from graph import side as side_mod
from graph.gloss import gloss, person_name, segment
from graph.model import ENTITY_TYPES, SIDES
from graph.side import side_of


@pytest.mark.parametrize(("name", "etype", "side"), [
    ("XX军分区", "MilitaryUnit", "military"),
    ("县人武部", "MilitaryUnit", "military"),
    ("驻洛部队", "MilitaryUnit", "military"),
    ("中船重工", "Enterprise", "military"),
    ("航天科工", "Enterprise", "military"),
    ("中国电科", "Enterprise", "military"),
    ("中船重工713所", "ResearchInstitute", "military"),
    ("山塘兵工厂", "Enterprise", "military"),
    ("龙岩市委军民融合办", "PartyGovBody", "joint"),
    ("市委军民融合发展委员会", "PartyGovBody", "joint"),
    ("市国防动员委员会", "PartyGovBody", "joint"),
    ("国防动员委员会", "MilitaryUnit", "joint"),  # a joint body stays joint whatever it was typed
    ("市双拥办", "PartyGovBody", "joint"),
    ("国防科工局", "PartyGovBody", "joint"),
    ("省国防科工办", "PartyGovBody", "joint"),
    ("市发改委", "PartyGovBody", "civilian"),
    ("海威复合材料制品有限公司", "Enterprise", "civilian"),
    ("军民融合产业园", "IndustrialPark", "civilian"),
    ("军民融合产业发展基金", "Fund", "civilian"),
    ("龙岩市融合发展促进会", "Association", "civilian"),
    ("福州大学", "ResearchInstitute", "civilian"),
    ("龙岩", "Location", "neutral"),
    ("张丽华", "Person", "neutral"),
    ("“十四五”规划", "Policy", "neutral"),
    ("军民融合产业发展专项行动", "Project", "neutral"),
    ("福建省军民融合发展工作座谈会", "Event", "neutral"),
    ("民兵运输连", "MilitaryUnit", "military"),
    # defence universities and 军工 group members typed as institutes or firms (invented names)
    ("国防大学东川战略研究中心", "ResearchInstitute", "military"),
    ("海军青山工程大学", "ResearchInstitute", "military"),
    ("火箭军东川研究院", "ResearchInstitute", "military"),
    ("中航青山光电科技股份有限公司", "Enterprise", "military"),
    ("中船东川七〇九研究所", "ResearchInstitute", "military"),
    ("航发青山动力股份有限公司", "Enterprise", "military"),
    ("青山航天科技有限公司", "Enterprise", "civilian"),  # a private firm, no group member
    ("东川空港物流集团", "Enterprise", "civilian"),  # 空军 only for academies and bodies
    ("青山理工大学", "ResearchInstitute", "civilian"),
])
def test_side_of(name, etype, side):
    assert side_of(name, etype) == side


def test_traditional_and_full_width_names_get_the_same_side():
    assert side_of("ＸＸ軍分區", "PartyGovBody") == "military"
    assert side_of("龍岩市委軍民融合辦", "PartyGovBody") == "joint"


def test_every_type_has_a_side_and_the_table_uses_known_sides():
    for t in ENTITY_TYPES:
        assert side_of("某某", t) in SIDES
    data = json.loads(side_mod.DATA.read_text(encoding="utf-8"))
    assert {p["side"] for p in data["patterns"]} <= set(SIDES)


def test_override_file_wins(tmp_path, monkeypatch):
    f = tmp_path / "sides.json"
    f.write_text(json.dumps({"patterns": [{"pattern": "发改委", "side": "joint"}],
                             "types": {"Association": "neutral"}}), encoding="utf-8")
    monkeypatch.setenv("MCFGRAPH_SIDES", str(f))
    assert side_of("市发改委", "PartyGovBody") == "joint"
    assert side_of("龙岩市融合发展促进会", "Association") == "neutral"
    assert side_of("XX军分区", "MilitaryUnit") == "military"  # built-in rules still apply
    f2 = tmp_path / "only.json"
    f2.write_text(json.dumps({"replace": True, "patterns": []}), encoding="utf-8")
    monkeypatch.setenv("MCFGRAPH_SIDES", str(f2))
    assert side_of("中船重工", "Enterprise") == "civilian"  # patterns dropped, type default left
    monkeypatch.delenv("MCFGRAPH_SIDES")
    assert side_of("中船重工", "Enterprise") == "military"


def test_bad_side_in_override_is_refused(tmp_path, monkeypatch):
    f = tmp_path / "bad.json"
    f.write_text(json.dumps({"patterns": [{"pattern": "x", "side": "friendly"}]}), encoding="utf-8")
    monkeypatch.setenv("MCFGRAPH_SIDES", str(f))
    with pytest.raises(ValueError, match="friendly"):
        side_of("x", "Enterprise")


@pytest.mark.parametrize(("name", "etype", "english"), [
    ("龙岩市委军民融合办", "PartyGovBody", "Longyan Municipal Party Committee MCF Office"),
    ("XX军分区", "MilitaryUnit", "XX Military Sub-district"),
    ("中船重工", "Enterprise", "CSIC"),
    ("张丽华", "Person", "Zhang Lihua"),
    ("欧阳修", "Person", "Ouyang Xiu"),
    ("单雄信", "Person", "Shan Xiongxin"),
    ("福建省军区", "MilitaryUnit", "Fujian Provincial Military District"),
    ("**县民兵运输连", "MilitaryUnit", "** County Militia Transport Company"),
    ("中船重工713所", "ResearchInstitute", "CSIC 713 Institute"),
    ("西安", "Location", "Xi'an"),
    ("陕西", "Location", "Shaanxi"),
    ("国家级军民融合产业示范基地", "IndustrialPark", "National-level MCF Industry Demonstration Base"),
    ("市发改委", "PartyGovBody", "Municipal Development and Reform Commission"),
    ("“十四五”规划", "Policy", "14th Five-Year Plan"),
    ("习近平总书记", "Person", "General Secretary Xi Jinping"),
    ("党的十九大", "Event", "19th Party Congress"),
    ("泉州巿委军民融合办", "PartyGovBody", "Quanzhou Municipal Party Committee MCF Office"),
])
def test_gloss(name, etype, english):
    assert gloss(name, etype) == english


def test_gloss_of_unknown_words_is_capitalised_toneless_pinyin():
    g = gloss("海威复合材料制品有限公司", "Enterprise")
    assert g == "Haiwei Composite Materials Products Co., Ltd."
    assert g.isascii()
    assert gloss("", "Enterprise") == ""
    # every sample sentence's Chinese characters render as ASCII (no tone marks, no CJK left)
    for ch in "军分区龙岩发展委员会":
        assert gloss(ch * 2 + "公司", "Enterprise").isascii()


def test_segment_prefers_the_longest_term():
    pieces = segment("福建省军区")
    assert pieces == [("福建", None), ("省军区", "Provincial Military District")]


def test_person_name_keeps_non_chinese_names():
    assert person_name("John Smith") == "John Smith"
    assert person_name("阿依古丽·买买提") == "Ayiguli Maimaiti"


def test_glossary_override(tmp_path, monkeypatch):
    f = tmp_path / "g.tsv"
    f.write_text("# mine\n军分区\tMilitary Subdistrict Command\n", encoding="utf-8")
    monkeypatch.setenv("MCFGRAPH_GLOSSARY", str(f))
    assert gloss("XX军分区", "MilitaryUnit") == "XX Military Subdistrict Command"
    monkeypatch.delenv("MCFGRAPH_GLOSSARY")
    assert gloss("XX军分区", "MilitaryUnit") == "XX Military Sub-district"


def test_glossary_file_is_well_formed():
    for line in gloss_mod.DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            parts = line.split("\t")
            assert len(parts) >= 2 and parts[0] and parts[1], line
