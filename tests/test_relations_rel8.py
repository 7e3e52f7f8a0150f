"""Relation classes of the rel8 round (issue 10: the weakest relation types), each kept because it fired
correctly in three or more READ batches and cost nothing on the CHECK sets and seeds+dev. `triples`
(tests/test_relations.py) runs the relation rules on given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, RI, E, L, IP, EN, F, PO = ("Person", "PartyGovBody", "ResearchInstitute", "Event", "Location",
                                 "IndustrialPark", "Enterprise", "Fund", "Policy")


# --- a meeting the sentence calls an exchange of the two sides: the persons coordinate -----------------

def test_meeting_with_both_sides_exchanging_coordinates_the_persons():
    ents = [("张明远", P), ("李东平", P), ("东方重工集团", EN)]
    t = triples("青山市委书记张明远会见东方重工集团董事长李东平一行，双方就产业合作进行了深入交流。", ents)
    assert ("张明远", "COORDINATES_WITH", "李东平") in t or ("李东平", "COORDINATES_WITH", "张明远") in t


def test_talks_held_with_a_guest_and_two_hosts():
    ents = [("张明远", P), ("王海川", P), ("李东平", P), ("东山研究所", RI)]
    t = triples("市委书记张明远，市长王海川与来青考察的东山研究所所长李东平举行工作会谈，"
                "双方就人才共育、项目合作交换了意见。", ents)
    pairs = {frozenset((h, tl)) for h, r, tl in t if r == "COORDINATES_WITH"}
    assert frozenset(("张明远", "李东平")) in pairs and frozenset(("王海川", "李东平")) in pairs


def test_meeting_alone_gives_no_coordination():
    ents = [("张明远", P), ("李东平", P), ("东方重工集团", EN)]
    t = triples("青山市委书记张明远会见东方重工集团董事长李东平一行。", ents)
    assert not any(r == "COORDINATES_WITH" for _, r, _ in t)
