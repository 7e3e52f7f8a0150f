"""Relation classes of the rel27 round (issue 10 §3: relations missed where both endpoints are found,
counted over all READ batches), each kept because it was right in three or more READ batches and wrong
in none. `triples` (tests/test_relations.py) runs the relation rules on given entities. Names are
invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, G, M = "Person", "PartyGovBody", "MilitaryUnit"


# --- a bracket right after a name holds that person's own posts (u28, u55, u80) ----------------------


def test_bracket_after_a_name_is_that_persons_and_not_the_next_ones():
    """ "喻一(青山军区副政委)、徐三(军区政治部主任)、谢四(军区后勤部部长)": each bracket's body is the post
    of the name before it; it was carried to the name after the bracket (u28)."""
    ents = [("青山军区", M), ("军区政治部", M), ("军区后勤部", M), ("喻一", P), ("徐三", P), ("谢四", P)]
    text = "出席会议的军区领导还有喻一(青山军区副政委)、徐三(军区政治部主任)、谢四(军区后勤部部长)。"
    t = triples(text, ents)
    assert ("徐三", "HOLDS_POSITION", "军区政治部") in t
    assert ("谢四", "HOLDS_POSITION", "军区后勤部") in t
    assert ("谢四", "HOLDS_POSITION", "军区政治部") not in t
    assert ("徐三", "HOLDS_POSITION", "青山军区") not in t


def test_every_titled_body_of_the_bracket_is_a_post():
    """ "贾四(区委常委、区人武部政委)": both bodies of the bracket are 贾四's posts (u80)."""
    ents = [("区委", G), ("区人武部", M), ("刘三", P), ("贾四", P)]
    t = triples("副主任：刘三(区委副书记)、贾四(区委常委、区人武部政委)", ents)
    assert ("贾四", "HOLDS_POSITION", "区委") in t
    assert ("贾四", "HOLDS_POSITION", "区人武部") in t


def test_bracket_government_head_and_unit_head_titles():
    """ "苗一(镇党委副书记、政府镇长)": the head's title names the town's government; "薛二(镇武装部长)":
    the unit's name and 长 make the title (u55)."""
    ents = [("镇党委", G), ("镇武装部", M), ("东山镇人民政府", G), ("苗一", P), ("薛二", P)]
    t = triples("组长：苗一(镇党委副书记、政府镇长)", ents)
    assert ("苗一", "HOLDS_POSITION", "东山镇人民政府") in t
    assert ("苗一", "HOLDS_POSITION", "镇党委") in t
    t = triples("副组长：薛二(镇武装部长)", ents)
    assert ("薛二", "HOLDS_POSITION", "镇武装部") in t


def test_bracket_without_a_title_gives_no_post():
    """ "甲某(东山集团)": a body alone in the bracket, with no title, is no post read here."""
    ents = [("东山集团", "Enterprise"), ("甲一", P)]
    t = triples("甲一(东山集团)出席会议。", ents)
    assert ("甲一", "HOLDS_POSITION", "东山集团") not in t
