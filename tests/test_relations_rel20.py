"""Relation classes of the rel20 round (issue 10 §3: relations missed with both endpoints found, on
u72–u76 and the older READ batches). `triples` (tests/test_relations.py) runs the relation rules on
given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, MU, L = "Person", "PartyGovBody", "MilitaryUnit", "Location"


def test_leaders_who_witness_a_signing_lead_nobody():
    """ "在A、B和C领导共同见证下，X与Y签署了…": 领导 are the witnessing leaders, not a guidance
    (u74; gold gives no LEADS to witnesses in u40, u47, u52, u56)."""
    ents = [("青山市发改委", G), ("青山军分区", MU), ("青山市科技局", G),
            ("东方技术协会", "Association"), ("青山研究院", "ResearchInstitute")]
    text = ("在青山市发改委、青山军分区和青山市科技局领导共同见证下,东方技术协会与青山研究院"
            "签署了战略合作协议。")
    t = triples(text, ents)
    assert not any(r == "LEADS" for _, r, _ in t)
    assert ("东方技术协会", "COORDINATES_WITH", "青山研究院") in t
