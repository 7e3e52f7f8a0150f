"""ent58 (issue 10 §3): a body named in full under its parent body (东川省税务局甲乙税务分局,
中国人民解放军青山军事法院) and again by its own name alone is one entity, when its name is five
characters or more and ends one longer name of its type only, past a parent body's or a place's
name. Invented names."""

from __future__ import annotations

from ingest.components.candidate import Cand
from ingest.components.grouping import group_mentions


def _groups(text: str, names: list[tuple[str, str]]) -> list[set[str]]:
    cands, pos = [], 0
    for name, typ in names:
        start = text.index(name, pos)
        cands.append(Cand(start, start + len(name), typ, "test", 0.8))
        pos = start + len(name)
    return [set(g.forms) for g in group_mentions(text, cands)]


def test_a_body_under_its_parent_and_alone_is_one():
    # READ u16 (a tax sub-bureau under its bureau), u57 (a military court under the PLA's name)
    text = "东方税务局甲乙税务分局召开会议。甲乙税务分局局长讲话。"
    assert {"东方税务局甲乙税务分局", "甲乙税务分局"} in _groups(
        text, [("东方税务局甲乙税务分局", "PartyGovBody"), ("甲乙税务分局", "PartyGovBody")])
    text = "中国人民解放军甲乙军事法院审理此案。甲乙军事法院表示。"
    assert {"中国人民解放军甲乙军事法院", "甲乙军事法院"} in _groups(
        text, [("中国人民解放军甲乙军事法院", "MilitaryUnit"), ("甲乙军事法院", "MilitaryUnit")])


def test_a_word_taken_in_front_of_a_name_is_no_parent():
    # (a boundary error: 两次莅临 is no body; the two stay apart for ent59's boundary rules)
    text = "领导两次莅临甲乙丙丁集团。甲乙丙丁集团负责人表示。"
    groups = _groups(text, [("两次莅临甲乙丙丁集团", "Enterprise"), ("甲乙丙丁集团", "Enterprise")])
    assert len(groups) == 2
