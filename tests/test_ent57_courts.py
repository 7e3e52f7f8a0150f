"""Entity classes from the ent57 round (issue 10): judicial organs named by a place and their head
word. Every text here is invented; each test also says what must still be left out."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_military_procuratorate_or_court_is_a_military_unit():
    # the PLA's procuratorates and courts are military organs (GUIDELINES MilitaryUnit), not a
    # local procuratorate of the place they are named by (READ u73, u83, u97, u102)
    found = ents("东川军事检察院与青山县检察院共同举行仪式,中国人民解放军西川军事法院派员出席。")
    assert found["东川军事检察院"][0] == "MilitaryUnit"
    assert found["中国人民解放军西川军事法院"][0] == "MilitaryUnit"
    assert found["青山县检察院"][0] == "PartyGovBody"


def test_a_court_named_by_its_place_is_a_body_not_the_place():
    # 青山县法院 (no 人民) is the county's court, not the county (READ u83, u108)
    found = ents("青山县检察院向青山县法院提起公益诉讼,白水区法院审理。")
    assert found.get("青山县法院", ("",))[0] == "PartyGovBody"
    assert found.get("白水区法院", ("",))[0] == "PartyGovBody"


def test_a_court_of_a_level_alone_or_of_no_place_is_left_out():
    # a level alone in a list of reports, or the word 法院 on its own, names no court
    found = ents("代表们审议了政府工作报告和市人大常委会、市法院、市检察院工作报告,依法向法院起诉。")
    assert "市法院" not in found and "法院" not in found
