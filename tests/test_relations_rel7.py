"""Relation classes of the rel7 round (issue 10), each kept because it fired correctly in three or more
READ batches. `triples` (tests/test_relations.py) runs the relation rules on given entities. Names are
invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, RI, E, L, IP, EN = ("Person", "PartyGovBody", "ResearchInstitute", "Event", "Location",
                          "IndustrialPark", "Enterprise")


# --- a signing ceremony that is part of a named meeting or named by its purpose is an Event -----------

def test_signing_ceremony_joined_to_a_meeting_is_an_event():
    ents = [("2030青山航空产业恳谈会暨重大项目签约仪式", E), ("青山市", L), ("张明远", P)]
    t = triples("6月8日，2030青山航空产业恳谈会暨重大项目签约仪式在青山市举行。"
                "市长张明远出席活动并致辞。", ents)
    assert ("2030青山航空产业恳谈会暨重大项目签约仪式", "LOCATED_IN", "青山市") in t
    assert ("张明远", "PARTICIPATES_IN", "2030青山航空产业恳谈会暨重大项目签约仪式") in t


def test_signing_ceremony_named_by_its_purpose_is_an_event():
    ents = [("东山航空产业园招商引智签约仪式", E), ("东山市人民政府", G), ("青山理工大学", RI)]
    t = triples("东山航空产业园招商引智签约仪式在东山举行。"
                "签约仪式上，东山市人民政府与青山理工大学签订战略合作协议。", ents)
    assert ("东山市人民政府", "PARTICIPATES_IN", "东山航空产业园招商引智签约仪式") in t
    assert ("青山理工大学", "PARTICIPATES_IN", "东山航空产业园招商引智签约仪式") in t


def test_ceremony_named_by_what_is_signed_stays_no_event():
    # traditional script too: 簽約儀式 is folded like 签约仪式
    for name in ("东方重工战略合作协议签约仪式", "東方重工戰略合作協議簽約儀式"):
        ents = [(name, E), ("青山市", L), ("张明远", P)]
        t = triples(f"{name}在青山市举行。市长张明远出席签约仪式。", ents)
        assert not any(name in (h, tl) for h, _, tl in t)
