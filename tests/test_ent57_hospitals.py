"""Entity classes from the ent57 round (issue 10): hospitals, typed by who runs them. Every text here
is invented; each test also says what must still be left out."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_citys_public_hospital_is_a_body_of_its_government():
    # 青山市人民医院, 青山市妇幼保健院: the city's public hospitals (READ u77, u108)
    found = ents("我在青山市妇幼保健院、东川县人民医院等其他公立医院就医时得到认可。")
    assert found["青山市妇幼保健院"][0] == "PartyGovBody"
    assert found["东川县人民医院"][0] == "PartyGovBody"


def test_a_teaching_or_army_hospital_is_its_schools_or_its_forces():
    # a university's teaching hospital is the school's (READ u33, u108); an army or armed police
    # hospital is a military unit (READ u22, u55)
    found = ents("此外,青山医科大学附属医院将派员支援,解放军208医院和武警东川总队医院配合。")
    assert found["青山医科大学附属医院"][0] == "ResearchInstitute"
    assert found["解放军208医院"][0] == "MilitaryUnit"
    assert found["武警东川总队医院"][0] == "MilitaryUnit"


def test_other_hospitals_and_a_level_alone_are_left_out():
    # a venue (中心医院), a hospital named by a mountain, a kind (优抚医院) or 省人民医院 in an address
    found = ents("在分会场东川市中心医院、青山医院和优抚医院,地址:白水路4号(省人民医院斜对面)。")
    assert not any(n.endswith("医院") for n in found)
