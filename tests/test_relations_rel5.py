"""Relation classes measured in the rel5 round (issue 10), on invented texts.

These classes fired correctly in fewer than three READ batches (docs/QUALITY.md, "rel5"), so they are
on the side branch rel5-nearmiss, for the lead to take or leave. `run` (tests/test_relations.py)
runs the relation rules on given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples as _triples

P, G, M, EN, E, L, A, R, IP = ("Person", "PartyGovBody", "MilitaryUnit", "Enterprise", "Event", "Location",
                               "Association", "ResearchInstitute", "IndustrialPark")


# --- bodies whose representatives (named by post) speak at the meeting take part ------------------

def test_bodies_whose_leaders_speak_take_part():
    ents = [("青山军民融合座谈会", E), ("东山警备区", M), ("南湖工程大学", R), ("西岭保障中心", M)]
    t = _triples("青山军民融合座谈会在青山召开。东山警备区、南湖工程大学、西岭保障中心有关领导先后发言，"
                 "表示将支持地方建设。", ents)
    for body in ("东山警备区", "南湖工程大学", "西岭保障中心"):
        assert (body, "PARTICIPATES_IN", "青山军民融合座谈会") in t


def test_bodies_with_posts_who_report_take_part():
    ents = [("青山市产业调度会", E), ("青山市经信委", G), ("青山市产业联盟", A), ("东方重工集团", EN)]
    t = _triples("青山市产业调度会召开。调度会上，青山市经信委负责人和青山市产业联盟盟长、东方重工集团负责人"
                 "作了工作汇报。", ents)
    for body in ("青山市经信委", "青山市产业联盟", "东方重工集团"):
        assert (body, "PARTICIPATES_IN", "青山市产业调度会") in t


def test_a_body_whose_named_official_reports_does_not_take_part_itself():
    """The person is the speaker; his title's body is no participant (a named person ends the list)."""
    ents = [("青山市产业调度会", E), ("青山市经信委", G), ("张明远", P)]
    t = _triples("青山市产业调度会召开。调度会上，青山市经信委主任张明远作了工作汇报。", ents)
    assert ("青山市经信委", "PARTICIPATES_IN", "青山市产业调度会") not in t


# --- a zone's party working committee is no part of the zone (calls decision (q), like (d)) ----------

def test_zone_party_working_committee_gets_no_part_of_the_zone():
    ents = [("青山经开区", IP), ("青山经开区党工委", G), ("李文博", P)]
    t = _triples("青山经开区党工委书记李文博到青山经开区调研。", ents)
    assert ("青山经开区党工委", "PART_OF", "青山经开区") not in t


def test_zone_management_committee_gets_no_part_of():
    """管委会 is the zone's government, not a department (the batches do not annotate it)."""
    ents = [("青山经开区", IP), ("青山经开区管委会", G)]
    t = _triples("青山经开区管委会与东方重工集团座谈。青山经开区发展迅速。", ents)
    assert ("青山经开区管委会", "PART_OF", "青山经开区") not in t


# --- a guest list whose names the entity step missed is still a list of attendees ---------------------

def test_titled_guests_before_a_list_of_unrecognised_names_attend():
    """郑天翔, 钱玉林, 孙立群 and 何光明 are not recognised (no entity): their clause is still a pure list."""
    ents = [("青山纪念座谈会", E), ("东山省政协", G), ("东山省", L), ("周明德", P), ("吴海平", P),
            ("冯志刚", P), ("陈国栋", P)]
    t = _triples("青山纪念座谈会在青山召开。东山省政协主席周明德，"
                 "东山省领导吴海平、郑天翔、钱玉林、孙立群、何光明，"
                 "驻地部队领导冯志刚、陈国栋等出席座谈会。", ents)
    assert ("周明德", "PARTICIPATES_IN", "青山纪念座谈会") in t
    assert ("吴海平", "PARTICIPATES_IN", "青山纪念座谈会") in t
    assert ("冯志刚", "PARTICIPATES_IN", "青山纪念座谈会") in t


def test_a_clause_of_short_phrases_is_no_guest_list():
    ents = [("青山纪念座谈会", E), ("周明德", P), ("冯志刚", P)]
    t = _triples("青山纪念座谈会在青山召开。周明德指出，要统筹、协调、推进，冯志刚等出席座谈会。", ents)
    assert ("周明德", "PARTICIPATES_IN", "青山纪念座谈会") not in t


# --- a government head's title with a modifier, or a region's 主席, names the government --------------

def test_executive_vice_governor_between_other_titles_names_the_government():
    ents = [("东山省人民政府", G), ("东山省委", G), ("省融合委员会", G), ("李文博", P)]
    t = _triples("东山省委常委、常务副省长、省融合委员会副主任李文博作出批示。", ents)
    assert ("李文博", "HOLDS_POSITION", "东山省人民政府") in t
    assert ("李文博", "HOLDS_POSITION", "省融合委员会") in t


def test_region_vice_chairman_names_the_region_government_glosses_and_all():
    ents = [("自治區(qū)人民政府", G), ("自治區(qū)黨委", G), ("李文博", P)]
    t = _triples("自治區(qū)黨委常委、自治區(qū)常務副主席李文博出席。", ents)
    assert ("李文博", "HOLDS_POSITION", "自治區(qū)人民政府") in t


def test_a_chairman_of_a_named_body_keeps_that_body():
    ents = [("自治区人民政府", G), ("东山省政协", G), ("李文博", P)]
    t = _triples("东山省政协主席李文博出席。", ents)
    assert ("李文博", "HOLDS_POSITION", "自治区人民政府") not in t
