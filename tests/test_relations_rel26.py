"""Relation classes of the rel26 round (issue 10 §3: relations missed or wrong on the freshest READ
batches u77–u81, then checked on the older READ batches), each kept because it was right in three or
more READ batches and wrong in none. `triples` (tests/test_relations.py) runs the relation rules on
given entities. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, M, EV, POL = "Person", "PartyGovBody", "MilitaryUnit", "Event", "Policy"


# --- a cue's would-be object heading a relative clause with a verb of its own (u31, u76, u78) --------


def test_policy_heading_a_clause_with_its_own_verb_is_no_object_of_the_cue():
    """ "建议暂不出台推动某问题解决的《实施意见》": 推动 acts on the problem, not on the policy (u78)."""
    ents = [("青山省民政厅", G), ("《实施意见》", POL)]
    text = "青山省民政厅经认真研究，建议暂不出台推动随军家属就业问题解决的《实施意见》。"
    t = triples(text, ents)
    assert ("青山省民政厅", "IMPLEMENTS", "《实施意见》") not in t


def test_unit_heading_a_clause_with_its_own_verb_is_not_supported():
    """ "东山市委支持当年组建的某部队": what is supported is said by the clause (u76); "投资600万元修建的
    某部队营区" funds the building, not the unit (u31)."""
    ents = [("东山市委", G), ("东山某部队", M), ("东山市交通局", G)]
    t = triples("东山市委持续支持1979年组建的东山某部队。", ents)
    assert ("东山市委", "SUPPORTS", "东山某部队") not in t
    t = triples("东山市交通局投资600多万元修建的东山某部队营区道路已经完工。", ents)
    assert ("东山市交通局", "FUNDS", "东山某部队") not in t


def test_cue_right_before_its_object_still_acts_on_it():
    """ "东山市委支持东山某部队建设", "东山市深入实施的《某条例》": no verb of another act between."""
    ents = [("东山市委", G), ("东山某部队", M)]
    assert ("东山市委", "SUPPORTS", "东山某部队") in triples("东山市委大力支持东山某部队建设。", ents)


# --- an overseer or promoter of a nominal cue's object is not its implementer (u14, u71, u74) --------


def test_overseer_of_a_creation_is_not_its_implementer():
    """ "民政部副部长赴某市调研督导全国双拥模范城(县)创建工作": the ministry oversees the creation
    (u71); "到甲县、乙县调研指导…创建工作": the counties visited still create (u61, kept)."""
    ents = [("青山省民政厅", G), ("全国双拥模范城(县)", POL)]
    t = triples("青山省民政厅调研督导全国双拥模范城(县)创建工作。", ents)
    assert ("青山省民政厅", "IMPLEMENTS", "全国双拥模范城(县)") not in t
    ents = [("青山市双拥办", G), ("甲山县", "Location"), ("乙水县", "Location"), ("双拥模范城(县)", POL)]
    t = triples("青山市双拥办调研组一行到甲山县、乙水县调研指导双拥模范城(县)创建工作。", ents)
    assert ("乙水县", "IMPLEMENTS", "双拥模范城(县)") in t


def test_promoter_of_a_strategy_carried_out_is_not_its_implementer():
    """ "…中心在某地奠基开工建设，将有力促进某战略的实施" (u14); "面向…及《某规划》的实施" (u74)."""
    ents = [("东方重工集团", "Enterprise"), ("青山海洋强省战略", POL), ("东山研究院", "ResearchInstitute"),
            ("《青山地区区域规划》", POL)]
    t = triples("东方重工集团深远海中心在青山奠基开工建设，将有力促进青山海洋强省战略的实施。", ents)
    assert ("东方重工集团", "IMPLEMENTS", "青山海洋强省战略") not in t
    text = "东山研究院立足青山，面向青山地区经济社会发展及《青山地区区域规划》的实施，开展科技创新。"
    t = triples(text, ents)
    assert ("东山研究院", "IMPLEMENTS", "《青山地区区域规划》") not in t


# --- bodies thanked for support given to a side named after their own 对 (u68, u71, u75) -------------


def test_bodies_thanked_support_the_side_named_after_their_own_dui():
    """ "向A、B，以及各军工集团和院校对青山的大力支持表示感谢" (u68), "感谢A、B长期以来对青山双拥工作
    的指导和帮助" (u71), "对A和B长期以来对航天事业和C发展的关心支持表示感谢" (u75)."""
    ents = [("甲山省", "Location"), ("青山市", "Location"), ("东方科技部", G), ("西方工信部", G),
            ("南方双拥办", G), ("东方集团", "Enterprise"), ("张文明", P)]
    t = triples("张文明代表省委省政府，向东方科技部、西方工信部，以及各军工集团和院校对甲山省的大力"
                "支持表示诚挚感谢。", ents)
    assert ("西方工信部", "SUPPORTS", "甲山省") in t
    t = triples("张文明代表市委、市政府感谢南方双拥办、东方科技部长期以来对青山市双拥工作的指导和"
                "帮助。", ents)
    assert ("南方双拥办", "SUPPORTS", "青山市") in t
    t = triples("张文明对西方工信部和甲山省长期以来对航天事业和东方集团发展的关心支持表示感谢。", ents)
    assert ("西方工信部", "SUPPORTS", "东方集团") in t
    assert ("甲山省", "SUPPORTS", "东方集团") in t
    assert not any(r[0] == "张文明" and r[1] == "SUPPORTS" for r in t)


# --- support of "部队建设" thanked for is support of the unit named before (u28, u31, u65) ------------


def test_support_of_the_units_building_thanked_for_goes_to_the_unit_named_before():
    """ "某部队领导对A、B和全市人民长期以来关心支持部队建设表示感谢" (u65), "某部队首长甲表示，全体官兵
    感谢A、B…给予部队建设的大力支持" (u31), "感谢省委、省政府对军区部队建设的关心和支持" (u28)."""
    ents = [("驻青部队", M), ("青山市委", G), ("市政府", G), ("东方某部队", M), ("张文明", P)]
    t = triples("驻青部队领导对青山市委、市政府和全市人民长期以来关心支持部队建设表示感谢。", ents)
    assert ("青山市委", "SUPPORTS", "驻青部队") in t
    assert ("市政府", "SUPPORTS", "驻青部队") in t
    t = triples("东方某部队首长张文明表示，全体官兵感谢青山市委、市政府和全市人民长期以来给予部队建设的大力"
                "支持。", ents)
    assert ("青山市委", "SUPPORTS", "东方某部队") in t


def test_support_of_the_units_building_needs_a_unit_named_before():
    """ "全体官兵感谢A、B给予部队建设的大力支持" with no unit named before in the sentence: no guess."""
    ents = [("青山市委", G), ("市政府", G)]
    t = triples("全体官兵感谢青山市委、市政府长期以来给予部队建设的大力支持。", ents)
    assert not any(r[1] == "SUPPORTS" for r in t)
