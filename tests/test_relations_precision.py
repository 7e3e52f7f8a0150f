"""Relation false-positive classes of the precision round (rel3, issue 10), on invented texts.

Each case is a spurious-relation class that recurred across development batches; `run`
(tests/test_relations.py) runs the relation rules on given entities, so a case tests the rule alone.
"""

from __future__ import annotations

from tests.test_relations import triples as _triples

P, G, C, E = "Person", "PartyGovBody", "Company", "Event"


# --- the dignitaries at a signing ceremony do not take part in a named meeting ---------------------

def test_attendees_of_a_signing_ceremony_get_no_participation():
    ents = [("王甲", P), ("李乙", P), ("青山市政府与东方重工集团战略合作协议签约仪式", E)]
    t = _triples("市领导王甲、李乙等参加青山市政府与东方重工集团战略合作协议签约仪式。", ents)
    assert not any(r == "PARTICIPATES_IN" for _, r, _ in t)


def test_attendees_of_a_named_meeting_still_take_part():
    """The same sentence shape with a named forum keeps its attendees (the filter is by event kind)."""
    ents = [("王甲", P), ("李乙", P), ("第三届青山军民融合发展论坛", E)]
    t = _triples("市领导王甲、李乙等参加第三届青山军民融合发展论坛。", ents)
    assert ("王甲", "PARTICIPATES_IN", "第三届青山军民融合发展论坛") in t
    assert ("李乙", "PARTICIPATES_IN", "第三届青山军民融合发展论坛") in t


# --- a title carried along an attendee list only to a body that can hold it -------------------------

def test_deputy_dean_is_not_carried_to_a_company_group():
    ents = [("王甲", P), ("李乙", P), ("东方重工集团", "Enterprise")]
    t = _triples("东方重工集团党委书记王甲、副院长李乙等出席仪式。", ents)
    assert ("王甲", "HOLDS_POSITION", "东方重工集团") in t
    assert ("李乙", "HOLDS_POSITION", "东方重工集团") not in t


def test_deputy_dean_is_carried_to_an_institute():
    ents = [("王甲", P), ("李乙", P), ("青山材料研究院", "ResearchInstitute")]
    t = _triples("青山材料研究院党委书记王甲、副院长李乙等出席仪式。", ents)
    assert ("李乙", "HOLDS_POSITION", "青山材料研究院") in t


# --- a party committee does not take part in its standing committee's meeting -------------------------

def test_party_committee_is_not_a_participant_of_its_standing_committee_meeting():
    ents = [("王甲", P), ("青山县委", G), ("青山县委常委会会议", E)]
    t = _triples("近日，县委书记王甲主持召开青山县委常委会会议。", ents)
    assert ("青山县委", "PARTICIPATES_IN", "青山县委常委会会议") not in t


def test_party_committee_convening_its_own_plenary_holds_it():
    """By the name alone a body's plenary gives nothing (rel5); as the subject of 召开 it convenes."""
    ents = [("青山县委", G), ("青山县委第五次全体会议", E)]
    t = _triples("青山县委第五次全体会议召开。", ents)
    assert ("青山县委", "PARTICIPATES_IN", "青山县委第五次全体会议") not in t
    t = _triples("青山县委召开青山县委第五次全体会议。", ents)
    assert ("青山县委", "PARTICIPATES_IN", "青山县委第五次全体会议") in t
