"""Relation classes of the rel22 round (issue 10 §3: LEADS, SUPPORTS, IMPLEMENTS, FUNDS, ESTABLISHED in
speeches and notices; LOCATED_IN precision). `triples` (tests/test_relations.py) runs the relation rules
on given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, E, EV = "Person", "PartyGovBody", "Enterprise", "Event"


def test_signatories_of_an_agreement_to_build_a_park_found_it():
    """ "A与B签订了“…协议”，将共建X园", "A与B在C签订了《关于建设X园的框架协议》": both sides of the
    agreement found the park (u38, u52, u56)."""
    ents = [("青山市政府", G), ("东方重工集团", E), ("东方航空产业园", "IndustrialPark")]
    text = "青山市政府近日与东方重工集团签订了“深化合作框架协议”，将共建东方航空产业园。"
    t = triples(text, ents)
    assert ("青山市政府", "ESTABLISHED", "东方航空产业园") in t
    assert ("东方重工集团", "ESTABLISHED", "东方航空产业园") in t
    ents = [("市政府", G), ("东方重工集团光电局", E), ("北川", "Location"),
            ("《关于建设东方光电产业园的框架协议》", "Policy"), ("东方光电产业园", "IndustrialPark")]
    text = "今年3月7日，市政府与东方重工集团光电局在北川签订了《关于建设东方光电产业园的框架协议》。"
    t = triples(text, ents)
    assert ("市政府", "ESTABLISHED", "东方光电产业园") in t
    assert ("东方重工集团光电局", "ESTABLISHED", "东方光电产业园") in t
    ents = [("青山市", "Location"), ("东方通飞公司", E), ("青山航空新城", "IndustrialPark")]
    t = triples("这次青山市与东方通飞公司签署协议，共同开发建造青山航空新城。", ents)
    assert ("东方通飞公司", "ESTABLISHED", "青山航空新城") in t
    assert ("青山市", "ESTABLISHED", "青山航空新城") in t
