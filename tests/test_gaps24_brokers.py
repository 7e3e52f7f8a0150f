"""A single broker joins the two sides in one piece of work (gaps24: the held-out judge's artefact
on READ u74, a university "the only link" between a 军工 institute's centre it co-built in one
article and a city's bodies it signed a civilian deal with in another).

A broker whose sides are tied to it only in different documents (no document states both sides'
ties to it) keeps apart pairs that meet only in the graph: held back (sides.one_work_share), though
both ties are real co-signings (not posts, thanks or a place, which the older unrelated-documents
hold-back asked for). Named in one document, the same ties give the finding.

Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from tests.test_analysis_gaps_findings import JUDGE_ALL, keys
from tests.test_analysis_graphs import build, edge, node

J = "青山市"
UNI = "青山大学"


def _graph(same: bool):
    a, b = "k1", ("k1" if same else "k2")
    docs = {a: {"date": "2017-11-23", "jurisdiction": J}, b: {"date": "2016-03-25", "jurisdiction": J}}
    nodes = [(a, node(UNI, "ResearchInstitute", J)), (a, node("青山市政府", "PartyGovBody", J)),
             (a, node("东川大学", "ResearchInstitute", J)), (a, node("青山市科委", "PartyGovBody", J)),
             (b, node(UNI, "ResearchInstitute", J)), (b, node("东方航天研究所", "MilitaryUnit", J))]
    ties = [edge(a, UNI, "COORDINATES_WITH", "青山市政府", f"{UNI}与青山市政府签订战略合作协议", "reported"),
            edge(a, "东川大学", "COORDINATES_WITH", "青山市政府", "东川大学与青山市政府签订协议", "reported"),
            edge(a, "青山市科委", "COORDINATES_WITH", "东川大学", "青山市科委与东川大学合作", "reported"),
            edge(b, UNI, "COORDINATES_WITH", "东方航天研究所", f"{UNI}和东方航天研究所共建中心", "reported")]
    return build(docs, nodes, ties)


def test_a_broker_whose_sides_are_tied_to_it_in_different_documents_is_held_back():
    res = gaps(_graph(False), kinds=["single_broker"], coverage_thresholds=JUDGE_ALL)
    assert f"single_broker|{UNI}" not in keys(res)
    held = [f for f in res["held_back"] if f["key"] == f"single_broker|{UNI}"]
    assert held and "different documents" in held[0]["held_back"]["reason"]


def test_the_same_ties_stated_in_one_document_give_the_finding():
    res = gaps(_graph(True), kinds=["single_broker"], coverage_thresholds=JUDGE_ALL)
    assert f"single_broker|{UNI}" in keys(res)
