"""HOLDS_POSITION of the rel33 round (issue 10 §3: relations missed although both endpoints were
found). A spokesperson holds a post in the body named before the role: "东方省国防办新闻发言人甲某某"
(titles.tsv marks 新闻发言人 and 发言人 as posts too). Kept because it was right in READ u64, u86, u99,
u104 and u107 and wrong in none. Names are invented.
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
