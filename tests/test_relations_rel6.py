"""Relation classes of the rel6 round (issue 10), on invented texts.

Each class here fired correctly in three or more READ batches and cost nothing on the CHECK sets and
seeds + dev (figures in the commit messages). `run` (tests/test_relations.py) runs the relation rules on
given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import run

P, G, M, EN, E, L = ("Person", "PartyGovBody", "MilitaryUnit", "Enterprise", "Event", "Location")
A, R, IP, PJ = ("Association", "ResearchInstitute", "IndustrialPark", "Project")


def _triples(text, entities):
    return run(text, entities)[0]


# --- a person's act at the meeting reported (宣读, 宣布, 传达, 履职承诺) is taking part in it -----------

def test_reading_out_at_the_meeting_reported_is_taking_part():
    ents = [("青山县人武部第一书记任职大会", E), ("东山军分区", M), ("周文涛", P)]
    t = _triples("青山县人武部第一书记任职大会召开。东山军分区政委周文涛大校宣读任职命令并讲话。", ents)
    assert ("周文涛", "PARTICIPATES_IN", "青山县人武部第一书记任职大会") in t


def test_announcing_and_relaying_at_the_meeting_reported_is_taking_part():
    ents = [("青山县委议军会议", E), ("青山县人武部", M), ("钱立新", P), ("孙海波", P)]
    t = _triples("青山县委议军会议召开。会上，青山县人武部政委钱立新传达有关精神。"
                 "县委书记孙海波作履职承诺。", ents)
    assert ("钱立新", "PARTICIPATES_IN", "青山县委议军会议") in t
    assert ("孙海波", "PARTICIPATES_IN", "青山县委议军会议") in t


def test_a_meeting_act_without_a_meeting_reported_gives_nothing():
    ents = [("青山县人武部", M), ("钱立新", P)]
    t = _triples("青山县人武部政委钱立新宣读了一封来信。", ents)
    assert not [x for x in t if x[1] == "PARTICIPATES_IN"]
