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
