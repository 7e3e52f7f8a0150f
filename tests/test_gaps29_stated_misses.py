"""bench/stated_misses.py (gaps29): the stage at which a listed stated problem is lost, read off the
machine graph, so a round aims at a class of misses. Invented names and texts only."""

from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from stated_misses import extracted, stage  # noqa: E402

TEXT = "青山县民政局召开会议。东川镇的道路建设推进缓慢。青山县民政局表示将加快工作。"
ROW = {"document": "q1", "start": TEXT.index("东川镇"), "end": TEXT.index("推进缓慢") + 5,
       "holder": "东川镇", "holder_forms": ["东川镇"]}


def _graph(*nodes: tuple[str, list[dict]]) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for name, problems in nodes:
        G.add_node(name, name=name, aliases=[], problems=problems)
    return G


def _problem(start: int) -> dict:
    return {"document": "q1", "start": start, "end": start + 5, "sentence_index": 1}


def test_a_sentence_without_a_problem_clause_is_not_detected():
    row = dict(ROW, start=0, end=10)
    assert stage(row, TEXT, _graph(), "not found") == ("not detected", [])


def test_a_clause_whose_holder_is_no_entity_or_only_inside_a_title():
    assert stage(ROW, TEXT, _graph(("青山县民政局", [])), "not found")[0] == "holder not extracted"
    G = _graph(("关于东川镇道路建设的提案", []))
    assert not extracted(G, ["东川镇"])
    assert stage(ROW, TEXT, G, "not found")[0] == "holder not extracted"


def test_a_clause_given_to_nobody_while_its_holder_is_extracted():
    assert stage(ROW, TEXT, _graph(("青山县东川镇", [])), "not found")[0] == "no holder"


def test_a_problem_given_but_not_quoted_is_dropped_or_misfiled():
    at = ROW["start"]
    assert stage(ROW, TEXT, _graph(("东川镇", [_problem(at)])), "not found") == ("dropped", ["东川镇"])
    assert stage(ROW, TEXT, _graph(("青山县民政局", [_problem(at)])), "not found") == \
        ("wrong holder", ["青山县民政局"])


def test_a_held_back_finding_is_held_back():
    assert stage(ROW, TEXT, _graph(), "held back 东川镇")[0] == "held back"
