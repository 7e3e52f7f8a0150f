"""Relation false-positive classes of the precision round (rel3, issue 10), on invented texts.

Each case is a spurious-relation class that recurred across development batches; `run`
(tests/test_relations.py) runs the relation rules on given entities, so a case tests the rule alone.
"""

from __future__ import annotations

from tests.test_relations import run

P, G, C, E = "Person", "PartyGovBody", "Company", "Event"


def _triples(text, entities):
    return run(text, entities)[0]


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
