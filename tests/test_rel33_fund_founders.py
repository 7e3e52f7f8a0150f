"""Funds among co-founders, of the rel33 round (issue 10 §3: relations missed although both endpoints were
found; argument choice in lists): a fund named in the list of those who found a body, a fund or a park
founds it too and works with the other founders (graph/data/relation_signatures.json: Fund may head
ESTABLISHED and stand on either side of COORDINATES_WITH). Kept because it was right in READ u30, u47
and u101 and gave no wrong pair of gold entities (two spurious ones came with names the entity step got
wrong, u47 and u94). Names are invented.
"""

from __future__ import annotations

from graph.model import SIGNATURES
from tests.test_relations import triples

F, E = "Fund", "Enterprise"


def test_signature_admits_a_fund_as_founder_and_partner():
    assert "Fund" in SIGNATURES["ESTABLISHED"][0]
    assert "Fund" in SIGNATURES["COORDINATES_WITH"][0] and "Fund" in SIGNATURES["COORDINATES_WITH"][1]


def test_fund_in_the_founders_list_founds_and_partners():
    ents = [("青山产业发展基金", F), ("东方重工集团", E), ("青山市", "Location"), ("青山新兴产业基金", F)]
    text = "青山新兴产业基金首期规模10亿元，由青山产业发展基金与东方重工集团及青山市等出资方共同设立。"
    t = triples(text, ents)
    assert ("青山产业发展基金", "ESTABLISHED", "青山新兴产业基金") in t
    pair = {("青山产业发展基金", "COORDINATES_WITH", "东方重工集团"),
            ("东方重工集团", "COORDINATES_WITH", "青山产业发展基金")}
    assert pair & set(t)
