"""Relation recall classes of the rel13 round (issue 10 §3: relations on unseen text, u59–u64 opened),
each kept because it fired correctly in three or more READ batches and cost nothing on the CHECK sets
and seeds+dev. `triples` (tests/test_relations.py) runs the relation rules on given entities. Names are
invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, M, E, L, IP, EN, RI = ("Person", "PartyGovBody", "MilitaryUnit", "Event", "Location",
                             "IndustrialPark", "Enterprise", "ResearchInstitute")


# --- an event held on a day named without its month, or over a range of days --------------------------

def test_event_held_on_a_day_without_month_is_located():
    ents = [("2030青山航空产业大会", E), ("青山省东湖市", L)]
    t = triples("2030青山航空产业大会22日在青山省东湖市开幕，院士专家出席。", ents)
    assert ("2030青山航空产业大会", "LOCATED_IN", "青山省东湖市") in t


def test_event_held_over_days_of_two_months_is_located():
    ents = [("第二届甲乙丙成果展览", E), ("东湖市", L)]
    t = triples("第二届甲乙丙成果展览于10月19日至11月2日在东湖市举办。", ents)
    assert ("第二届甲乙丙成果展览", "LOCATED_IN", "东湖市") in t
