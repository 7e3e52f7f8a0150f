"""LEADS by guidance of the rel30 round (issue 10: relations on the freshest READ batches u87–u91 and
the older READ batches): "在A的领导下" leads the body the sentence carries as its subject from before
the phrase. Kept because it was right in three or more READ batches (u16, u72, u80) and wrong in none.
`triples` (tests/test_relations.py) runs the relation rules on given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

G, M, PO = "PartyGovBody", "MilitaryUnit", "Policy"


def test_body_carried_before_the_guidance_phrase_is_led():
    """ "青山市人防办按照…要求，在市委和青山警备区的坚强领导下，认真…": the office is led (u80)."""
    ents = [("青山市人防办", G), ("市委", G), ("青山警备区", M)]
    text = "今年，青山市人防办按照上级部署要求，在市委和青山警备区的坚强领导下，认真履行职责。"
    t = triples(text, ents)
    assert ("市委", "LEADS", "青山市人防办") in t
    assert ("青山警备区", "LEADS", "青山市人防办") in t


def test_units_listed_before_the_phrase_are_led():
    """ "驻青部队和武警官兵在某党委领导下，坚持…": the subject before the phrase (u72)."""
    ents = [("驻青部队", M), ("东方省委", G)]
    text = "过去一年，驻青部队和武警官兵在东方省委坚强领导下，坚持练兵备战。"
    t = triples(text, ents)
    assert ("东方省委", "LEADS", "驻青部队") in t


def test_an_item_carried_as_subject_is_not_led():
    """A Policy carried as subject is not a body led (u5: a region's work, no LEADS in the gold)."""
    ents = [("青山区双拥创建", PO), ("青山警备区", M)]
    text = "多年来，青山区双拥创建稳步推进，在青山警备区的指导下，党政军民齐心协力。"
    t = triples(text, ents)
    assert not any(r[1] == "LEADS" for r in t)
