"""Post and attendance classes of the rel25 round (issue 10 §3: HOLDS_POSITION and PARTICIPATES_IN on
text the rules had not met: u72–u76, then the older READ batches), each kept because it was right in
three or more READ batches and wrong in none. `triples` (tests/test_relations.py) runs the relation
rules on given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, M, EV = "Person", "PartyGovBody", "MilitaryUnit", "Event"


# --- a collective leader word over a list of names (u19, u60, u72) -----------------------------------


def test_leaders_listed_under_a_body_hold_no_post_there():
    """ "青山军分区领导甲、乙、丙等出席": 领导 over a list says who leads, not whose post is where
    (u19, u60, u72); the names attend, the body does not."""
    ents = [("青山军分区", M), ("青山市军地座谈会", EV), ("张文明", P), ("李华", P), ("王建国", P)]
    text = "青山市军地座谈会在青山举行。青山军分区领导张文明、李华、王建国等出席。"
    t = triples(text, ents)
    assert not any(r[1] == "HOLDS_POSITION" for r in t)
    assert ("李华", "PARTICIPATES_IN", "青山市军地座谈会") in t
    assert ("青山军分区", "PARTICIPATES_IN", "青山市军地座谈会") not in t


def test_leaders_of_two_bodies_listed_together_hold_no_post():
    """ "东山市委和青山军分区领导甲、乙出席": whose post is in which body is unsaid (u72)."""
    ents = [("东山市委", G), ("青山军分区", M), ("东山市军地座谈会", EV), ("张文明", P), ("李华", P)]
    text = "东山市军地座谈会在东山举行。东山市委和青山军分区领导张文明、李华出席。"
    t = triples(text, ents)
    assert not any(r[1] == "HOLDS_POSITION" for r in t)
    assert ("青山军分区", "PARTICIPATES_IN", "东山市军地座谈会") not in t


def test_the_chiefs_of_a_garrison_attend_not_the_garrison():
    """ "青山警备区首长甲、乙等参加会议": the chiefs attend; the garrison is their body (u72)."""
    ents = [("青山警备区", M), ("青山市委议军会议", EV), ("张文明", P), ("李华", P)]
    text = "青山市委议军会议在青山召开。青山警备区首长张文明、李华等参加会议。"
    t = triples(text, ents)
    assert ("青山警备区", "PARTICIPATES_IN", "青山市委议军会议") not in t
    assert ("张文明", "PARTICIPATES_IN", "青山市委议军会议") in t


def test_one_leader_named_after_the_body_keeps_the_post():
    """ "某人武部领导甲传达有关精神": one name after the word is that body's leader (u19)."""
    ents = [("青山县人武部", M), ("张文明", P)]
    t = triples("会上,青山县人武部领导张文明传达有关精神。", ents)
    assert ("张文明", "HOLDS_POSITION", "青山县人武部") in t
