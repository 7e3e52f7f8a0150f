"""Relation classes of the rel9 round (issue 10: relations beyond the dev set), each kept because it fired
correctly in three or more READ batches and cost nothing on the CHECK sets and seeds+dev. `triples`
(tests/test_relations.py) runs the relation rules on given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, RI, E, L, IP, EN, F, PO = ("Person", "PartyGovBody", "ResearchInstitute", "Event", "Location",
                                 "IndustrialPark", "Enterprise", "Fund", "Policy")


def _coordinated(t: set, a: str, b: str) -> bool:
    return (a, "COORDINATES_WITH", b) in t or (b, "COORDINATES_WITH", a) in t


# --- partnership wording: 携手/联手 (a place joins hands too), 与B在…领域合作 ---------------------------

def test_place_joining_hands_with_a_list_of_bodies_coordinates_with_each():
    ents = [("青山市", L), ("东方重工集团", EN), ("东山研究所", RI)]
    t = triples("近年来，青山市携手东方重工集团、东山研究所等单位，投入20多亿元建设产业园。", ents)
    assert _coordinated(t, "青山市", "东方重工集团") and _coordinated(t, "青山市", "东山研究所")
    assert not _coordinated(t, "东方重工集团", "东山研究所")


def test_two_sides_joining_forces_with_lianshou():
    ents = [("青山市政府", G), ("东方重工集团", EN)]
    t = triples("未来几年，青山市政府与东方重工集团将联手投资500亿元建设航空新城。", ents)
    assert _coordinated(t, "青山市政府", "东方重工集团")


def test_partner_with_the_fields_of_cooperation_between():
    ents = [("东山研究院", RI), ("青山市", L)]
    t = triples("东山研究院将与青山市在智慧城市、节能环保、资本合作和信息技术创新服务等领域开展深度合作。",
                ents)
    assert _coordinated(t, "东山研究院", "青山市")


def test_place_before_lianhe_is_no_partner():
    # 联合 after a place name is read as before (a place rarely heads it): only 携手/联手 changed
    ents = [("青山市", L), ("东方重工集团", EN)]
    t = triples("青山市联合东方重工集团建设产业园。", ents)
    assert not _coordinated(t, "青山市", "东方重工集团")


# --- a project or park sited where it breaks ground (在P开工/启动建设/奠基) ------------------------------

def test_project_breaking_ground_in_a_park_lies_in_it():
    ents = [("东方重工深海科技中心项目", "Project"), ("青山深海科技城", IP)]
    t = triples("2018年11月25日，东方重工深海科技中心项目在青山深海科技城开工。", ents)
    assert ("东方重工深海科技中心项目", "LOCATED_IN", "青山深海科技城") in t


def test_park_laying_its_foundation_stone_in_a_place():
    ents = [("东方航天青山产业园", IP), ("青山市", L)]
    t = triples("4月7日上午，东方航天青山产业园在青山市奠基。", ents)
    assert ("东方航天青山产业园", "LOCATED_IN", "青山市") in t


def test_project_named_before_a_ceremony_held_in_a_place_is_not_located_by_it():
    ents = [("东方重工深海科技中心项目", "Project"), ("青山市", L)]
    t = triples("东方重工深海科技中心项目在青山市举行签约仪式。", ents)
    assert ("东方重工深海科技中心项目", "LOCATED_IN", "青山市") not in t
