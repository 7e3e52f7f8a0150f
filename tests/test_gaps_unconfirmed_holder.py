"""A problem extraction gave an entity whose sentence does not name it is held back, not dropped.

The gaps step keeps a problem for an entity only when its sentence names it (or, for a place, a
deictic of its level or the document's own place: stalled.naming). Before, a problem that failed
this check vanished from the report without a word: an analyst saw neither the problem nor that
something was dropped (the held-out judge of the fourth 2026-12-07 session; also READ u57-07).
Now it is listed among the held-back findings, with the document's own place in the reason.
Invented names and text only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, names, of_kind

# (the survey is told without going to the counties: one that goes there, 到青山、碧水、云岭3县调研, gives
# them the problems it lists since gaps18, tests/test_gaps18_holders.py)
TEXT = ("8月2日至6日,州双拥办调研组在青山、碧水、云岭3县开展双拥创建调研指导工作。\n"
        "调研组通过实地走访、查阅台账等形式,对青山、碧水、云岭双拥创建工作进行调研指导。"
        "针对调研中发现普遍存在的工作合力不强、氛围营造不浓厚、资料台账收集困难等问题,调研组指出,"
        "东川作为边疆地区,双拥历史悠久。")
ENTS = [("州双拥办", "PartyGovBody"), ("青山", "Location"), ("碧水", "Location"), ("云岭", "Location"),
        ("东川", "Location")]


def test_a_problem_whose_holder_is_not_named_is_held_back_with_the_documents_place(tmp_path):
    res = gaps(graph_of(tmp_path, TEXT, ENTS), coverage_thresholds=JUDGE_ALL)
    assert not of_kind(res, "stalled")  # never reported: the sentence names no holder
    held = [f for f in of_kind(res, "stalled", "held_back") if "holder not confirmed" in f["title"]]
    assert held, "the problem vanished from the report"
    f = held[0]
    assert "普遍存在的工作合力不强" in f["held_back"]["evidence"][0]["sentence"]
    assert "does not name" in f["held_back"]["reason"] and "speaks for" in f["held_back"]["reason"]
    assert names([f]) <= {"青山", "碧水", "云岭", "东川"}
