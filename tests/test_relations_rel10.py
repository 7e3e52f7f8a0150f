"""Relation classes of the rel10 round (issue 10: relations on unseen text, u44–u52 opened), each kept
because it fired correctly in three or more READ batches and cost nothing on the CHECK sets and
seeds+dev. `triples` (tests/test_relations.py) runs the relation rules on given entities. Names are
invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, RI, E, L, IP, EN, F, PO, MU = ("Person", "PartyGovBody", "ResearchInstitute", "Event", "Location",
                                     "IndustrialPark", "Enterprise", "Fund", "Policy", "MilitaryUnit")


# --- an attendance that closes its clause: "…等出席，乙主持会议" ---------------------------------------

def test_attendance_closing_its_clause_before_the_chair():
    ents = [("青山军分区党委第一书记任职大会", E), ("王大明", P), ("钱小东", P), ("青山军分区", MU),
            ("孙建军", P), ("市委", G), ("周海军", P)]
    t = triples("5月4日上午，青山军分区党委第一书记任职大会召开。市领导王大明、钱小东，青山军分区司令员孙建军"
                "等出席，市委常委、青山军分区政委周海军主持会议。", ents)
    for name in ("王大明", "钱小东", "孙建军"):
        assert (name, "PARTICIPATES_IN", "青山军分区党委第一书记任职大会") in t
    assert ("周海军", "PARTICIPATES_IN", "青山军分区党委第一书记任职大会") not in t



# --- a title in a body the recogniser missed (州人大常委会主任甲) keeps no carried body --------------------

def test_title_in_an_unnamed_assembly_is_no_post_in_the_body_before():
    ents = [("州委", G), ("州委组织部", G), ("周海涛", P), ("吴刚", P), ("孙建国", P)]
    t = triples("州委副书记、州委组织部部长周海涛，州人大常委会主任吴刚，"
                "州人大常委会党组书记孙建国出席座谈会。", ents)
    assert ("周海涛", "HOLDS_POSITION", "州委组织部") in t
    for name in ("吴刚", "孙建国"):
        assert (name, "HOLDS_POSITION", "州委") not in t
        assert (name, "HOLDS_POSITION", "州委组织部") not in t


# --- 共同 pairs two sides named across 与/同 ("A与B共同建设了X") ------------------------------------------

def test_two_sides_acting_together_coordinate():
    ents = [("东方理工大学", RI), ("青山区", L)]
    t = triples("东方理工大学与青山区共同建设了军民融合创新园，落地了一批重点项目。", ents)
    pair = {("东方理工大学", "COORDINATES_WITH", "青山区"), ("青山区", "COORDINATES_WITH", "东方理工大学")}
    assert pair & t


def test_co_hosts_listed_with_he_are_no_pair_by_gongtong():
    ents = [("青山市科技局", G), ("东方发明协会", "Association"), ("青山市政府", G)]
    t = triples("近日，青山市科技局、东方发明协会和青山市政府共同推进成果转化。", ents)
    assert not any(r == "COORDINATES_WITH" for _h, r, _t in t)


# --- investing to build: 投资/出资 N元 on the way to a building verb funds and founds what is built ------

def test_builder_investing_an_amount_funds_what_it_builds():
    ents = [("东方新材料股份有限公司", EN), ("晶体材料项目", "Project"), ("青山", L)]
    t = triples("东方新材料股份有限公司计划2024年投资10亿元，在青山建设晶体材料项目。", ents)
    assert ("东方新材料股份有限公司", "FUNDS", "晶体材料项目") in t


def test_investor_building_a_park_with_jianzao_founds_it():
    ents = [("东方航空工业集团", EN), ("青山航空新城", IP)]
    t = triples("东方航空工业集团出资100亿元建造“青山航空新城”。", ents)
    assert ("东方航空工业集团", "ESTABLISHED", "青山航空新城") in t
    assert ("东方航空工业集团", "FUNDS", "青山航空新城") in t
