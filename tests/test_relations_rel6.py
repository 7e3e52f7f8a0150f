"""Relation classes of the rel6 round (issue 10), on invented texts.

Each class here fired correctly in three or more READ batches and cost nothing on the CHECK sets and
seeds + dev (figures in the commit messages). `run` (tests/test_relations.py) runs the relation rules on
given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples as _triples

P, G, M, EN, E, L = ("Person", "PartyGovBody", "MilitaryUnit", "Enterprise", "Event", "Location")
A, R, IP, PJ = ("Association", "ResearchInstitute", "IndustrialPark", "Project")


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


# --- thanks for support: the bodies thanked support the thanker's own side; the thanker supports no one ---

def test_thanks_for_support_given_to_the_body_spoken_for():
    ents = [("王立新", P), ("东方重工集团", EN), ("青山省委", G), ("青山省政府", G)]
    t = _triples("王立新代表东方重工集团党组，对青山省委、青山省政府多年来给予集团在青企业的长期支持"
                 "表示感谢。", ents)
    assert ("青山省委", "SUPPORTS", "东方重工集团") in t
    assert ("青山省政府", "SUPPORTS", "东方重工集团") in t


def test_thanks_for_support_given_to_the_thankers_titled_body():
    ents = [("赵明华", P), ("东方航天集团", EN), ("青山省委", G), ("青山省政府", G)]
    t = _triples("东方航天集团董事长赵明华一行到青山考察。赵明华感谢青山省委、青山省政府一直以来的"
                 "关心支持，表示将继续深化合作。", ents)
    assert ("青山省委", "SUPPORTS", "东方航天集团") in t
    assert ("青山省政府", "SUPPORTS", "东方航天集团") in t


def test_the_thanker_is_no_supporter():
    ents = [("青山消防支队", M), ("李海涛", P), ("青阳", L)]
    t = _triples("来到青山消防支队，李海涛对消防官兵长期以来给予青阳经济社会发展的支持表示感谢。", ents)
    assert ("李海涛", "SUPPORTS", "青阳") not in t
