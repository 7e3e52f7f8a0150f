"""Relation classes of the rel20 round (issue 10 §3: relations missed with both endpoints found, on
u72–u76 and the older READ batches). `triples` (tests/test_relations.py) runs the relation rules on
given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, MU, L = "Person", "PartyGovBody", "MilitaryUnit", "Location"


def test_unit_leaders_thank_for_support_of_the_troops():
    """ "驻青部队领导对A、B…长期以来关心支持部队建设表示感谢": A and B support the unit (u65)."""
    ents = [("驻青部队", MU), ("青山市委", G), ("市政府", G)]
    text = "驻青部队领导对青山市委、市政府和全市人民长期以来关心支持部队建设表示感谢。"
    t = triples(text, ents)
    assert ("青山市委", "SUPPORTS", "驻青部队") in t
    assert ("市政府", "SUPPORTS", "驻青部队") in t


def test_officers_thank_for_support_given_to_the_troops():
    """ "某部队首长甲、乙表示，全体官兵感谢A、B…给予部队建设的大力支持" (u31)."""
    ents = [("96001部队", MU), ("张三丰", P), ("李四海", P), ("青山市委", G), ("市政府", G)]
    text = ("96001部队军政首长张三丰、李四海表示,全体官兵感谢青山市委、市政府和全市人民长期以来"
            "给予部队建设的大力支持。")
    t = triples(text, ents)
    assert ("青山市委", "SUPPORTS", "96001部队") in t
    assert ("市政府", "SUPPORTS", "96001部队") in t


def test_thanks_for_support_of_the_district_troops():
    """ "…在青山军分区工作期间…，并感谢A、B对军区部队建设的关心和支持" (u28)."""
    ents = [("赵六", P), ("青山军分区", MU), ("省委", G), ("省政府", G)]
    text = "赵六在讲话中肯定了在青山军分区工作期间取得的成绩,并感谢省委、省政府对军区部队建设的关心和支持。"
    t = triples(text, ents)
    assert ("省委", "SUPPORTS", "青山军分区") in t
    assert ("省政府", "SUPPORTS", "青山军分区") in t


def test_two_units_named_leave_the_receiver_open():
    """Two units before the thanks: which one is supported is not sure, nothing is emitted."""
    ents = [("驻青部队", MU), ("青山军分区", MU), ("青山市委", G)]
    text = "驻青部队和青山军分区领导对青山市委长期以来关心支持部队建设表示感谢。"
    t = triples(text, ents)
    assert not any(r == "SUPPORTS" for _, r, _ in t)



def test_the_thanking_unit_supports_nobody():
    """ "驻青部队领导对青山一直以来关心支持部队建设表示感谢": 青山 supports the unit; the unit thanks
    and does not support 青山 (the 对…支持 rule read it so)."""
    ents = [("驻青部队", MU), ("青山", L)]
    text = "驻青部队领导对青山一直以来关心支持部队建设表示感谢。"
    t = triples(text, ents)
    assert ("青山", "SUPPORTS", "驻青部队") in t
    assert ("驻青部队", "SUPPORTS", "青山") not in t


def test_leaders_who_witness_a_signing_lead_nobody():
    """ "在A、B和C领导共同见证下，X与Y签署了…": 领导 are the witnessing leaders, not a guidance
    (u74; gold gives no LEADS to witnesses in u40, u47, u52, u56)."""
    ents = [("青山市发改委", G), ("青山军分区", MU), ("青山市科技局", G),
            ("东方技术协会", "Association"), ("青山研究院", "ResearchInstitute")]
    text = ("在青山市发改委、青山军分区和青山市科技局领导共同见证下,东方技术协会与青山研究院"
            "签署了战略合作协议。")
    t = triples(text, ents)
    assert not any(r == "LEADS" for _, r, _ in t)
    assert ("东方技术协会", "COORDINATES_WITH", "青山研究院") in t
