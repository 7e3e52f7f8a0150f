"""Relation constructions met on unseen speeches, notices and news (issue 10 §3, issue 9).

Each case is a general class found in the error analysis of the annotated batches u1–u6 and the
dev set; the texts and names are invented. `run` (tests/test_relations.py) runs the relation
rules on given entities, so a case tests the rule alone.
"""

from __future__ import annotations

from tests.test_relations import run

P, G, M = "Person", "PartyGovBody", "MilitaryUnit"


def _triples(text, entities):
    return run(text, entities)[0]


# --- HOLDS_POSITION over leader lists -------------------------------------------------------------

def test_level_leaders_list_gives_no_position():
    """ "区领导甲、乙、丙": a level of government, not the bodies of the titles before."""
    t = _triples(
        "区委书记张东山，区委副书记、区长高明，区领导王甲、李乙、赵丙陪同检查。",
        [("张东山", P), ("高明", P), ("王甲", P), ("李乙", P), ("赵丙", P), ("区委", G), ("区政府", G)],
    )
    assert ("高明", "HOLDS_POSITION", "区政府") in t and ("张东山", "HOLDS_POSITION", "区委") in t
    assert not any(h in ("王甲", "李乙", "赵丙") for h, r, _ in t if r == "HOLDS_POSITION")


def test_provincial_leaders_after_a_company_title():
    t = _triples(
        "东方重工集团总经理李平，省领导王甲、李乙出席会议。",
        [("李平", P), ("王甲", P), ("李乙", P), ("东方重工集团", "Enterprise")],
    )
    assert ("李平", "HOLDS_POSITION", "东方重工集团") in t
    assert ("王甲", "HOLDS_POSITION", "东方重工集团") not in t
    assert ("李乙", "HOLDS_POSITION", "东方重工集团") not in t


def test_level_title_does_not_take_the_carried_bodies():
    t = _triples(
        "自治区党委常委、青山市委书记王甲，自治区副主席李乙一同调研。",
        [("王甲", P), ("李乙", P), ("自治区党委", G), ("青山市委", G)],
    )
    assert ("王甲", "HOLDS_POSITION", "青山市委") in t
    assert not any(h == "李乙" for h, _, _ in t)


def test_meeting_verb_separates_two_titled_persons():
    """ "甲会见X党组成员、副局长乙": 乙's titles are X's, not 甲's 市委 (and X's party group)."""
    t = _triples(
        "市委书记张东山会见西川省国防科技工业局党组成员、副局长李平一行。",
        [("张东山", P), ("李平", P), ("市委", G), ("西川省国防科技工业局", G),
         ("西川省国防科技工业局党组", G)],
    )
    assert ("张东山", "HOLDS_POSITION", "市委") in t
    assert ("李平", "HOLDS_POSITION", "西川省国防科技工业局") in t
    assert ("李平", "HOLDS_POSITION", "市委") not in t


def test_second_person_after_meet_verb_gets_own_title():
    t = _triples(
        "青山省省长张东山在青山会见东方研究院院长李平。",
        [("张东山", P), ("李平", P), ("青山省政府", G, ["省政府"]), ("东方研究院", "ResearchInstitute"),
         ("青山", "Location")],
    )
    assert ("李平", "HOLDS_POSITION", "东方研究院") in t
    assert ("张东山", "HOLDS_POSITION", "青山省政府") in t


def test_bare_head_title_before_another_title():
    """ "市长、市国动委主任甲": 市长 names the city government."""
    t = _triples(
        "市长、市国防动员委员会主任王甲到青山军分区调研。",
        [("王甲", P), ("市政府", G), ("市国防动员委员会", G), ("青山军分区", M)],
    )
    assert ("王甲", "HOLDS_POSITION", "市政府") in t
    assert ("王甲", "HOLDS_POSITION", "市国防动员委员会") in t
