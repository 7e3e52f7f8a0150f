"""HOLDS_POSITION of the rel33 round (issue 10 §3: relations missed although both endpoints were
found). A spokesperson holds a post in the body named before the role: "东方省国防办新闻发言人甲某某"
(titles.tsv marks 新闻发言人 and 发言人 as posts too). Kept because it was right in READ u64, u86, u99,
u104 and u107 and wrong in none. A bare 集团公司 opening a clause names the document's group (deictic_bodies
bare_heads: 集团公司, for a group named …集团 or …集团公司), before a title or paired by 与/同 with a found
body: right in READ u88, u106, u109, wrong in none. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

G = "PartyGovBody"


def test_spokesperson_holds_a_post_in_the_body_before_the_role():
    ents = [("东方省国防办", G), ("甲某某", "Person")]
    t = triples("东方省国防办新闻发言人甲某某9日下午答记者问。", ents)
    assert ("甲某某", "HOLDS_POSITION", "东方省国防办") in t


def test_bare_spokesperson_after_a_body_with_another_post():
    ents = [("青山市国防动员办公室", G), ("乙某", "Person")]
    t = triples("青山市国防动员办公室发言人乙某表示，将于下月举行警报试鸣。", ents)
    assert ("乙某", "HOLDS_POSITION", "青山市国防动员办公室") in t


E = "Enterprise"


def test_bare_group_company_before_a_title_is_the_group():
    ents = [("东方重工集团公司", E), ("甲某", "Person"), ("乙某", "Person"), ("青山市", "Location")]
    text = "东方重工集团公司与青山市举行座谈。集团公司副总经理甲某、乙某参加会见。"
    t = triples(text, ents)
    assert ("甲某", "HOLDS_POSITION", "东方重工集团公司") in t
    assert ("乙某", "HOLDS_POSITION", "东方重工集团公司") in t


def test_bare_group_company_paired_with_a_body_is_the_group():
    ents = [("东方集团", E), ("青山市政府", G)]
    text = "东方集团在青山召开项目对接会。会上，集团公司与青山市政府签署了深化合作协议。"
    t = triples(text, ents)
    pair = {("东方集团", "COORDINATES_WITH", "青山市政府"), ("青山市政府", "COORDINATES_WITH", "东方集团")}
    assert pair & set(t)
