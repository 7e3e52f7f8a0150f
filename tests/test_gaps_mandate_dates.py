"""Dates of a mandate finding (graph/analysis/gaps/dates.py, gaps7): an order in an undated
document is dated by the latest year its text states as past or present, a dated document keeps
its date, and a finding is "as of" the documents about its parties or its place, not the corpus's
newest unrelated article. Invented names and texts."""

from __future__ import annotations

from dataclasses import replace

from graph.analysis.gaps import gaps
from graph.analysis.gaps.dates import stated_years
from graph.model import Evidence
from tests.test_analysis_graphs import build, edge, node

J = "青山市"


def order_graph(sentence: str, date: str = "", other_date: str = "2023-06-01"):
    """青山市 is told to implement 东方码头 in document q1 (dated `date`); q9 is an unrelated
    article about 西川市, dated `other_date`."""
    docs = {"q1": {"date": date, "jurisdiction": J}, "q9": {"date": other_date, "jurisdiction": "西川市"}}
    said = [Evidence("q1", sentence, 3, 0, len(sentence), "directive")]
    nodes = [
        ("q1", replace(node("青山市", "Location", J), sentences=said)),
        ("q1", replace(node("东方码头", "Project", J), sentences=said)),
        ("q9", node("西川市发改委", "PartyGovBody", "西川市")),
    ]
    edges = [edge("q1", "青山市", "IMPLEMENTS", "东方码头", sentence, "directive")]
    return build(docs, nodes, edges)


def mandate(G) -> dict:
    res = gaps(G, kinds=["mandate_without_action"])
    found = [f for f in res["findings"] + res["held_back"] + res["undetermined"]]
    assert len(found) == 1, found
    return found[0]


def test_an_undated_order_is_dated_by_the_year_its_text_states():
    f = mandate(order_graph("2014年,青山市要加快推进东方码头建设。"))
    assert f["dates"]["directive"] == "2014" and "(2014)" in f["title"]


def test_a_finding_is_as_of_the_documents_about_its_parties_not_an_unrelated_article():
    f = mandate(order_graph("2014年,青山市要加快推进东方码头建设。"))
    assert f["dates"]["as_of"] == "2014"  # not 2023-06-01, the date of the article about 西川市
    f = mandate(order_graph("青山市要加快推进东方码头建设。", date="2019-05-01"))
    assert f["dates"] == {"directive": "2019-05-01", "as_of": "2019-05-01"}


def test_a_dated_document_keeps_its_date_and_targets_are_no_stated_years():
    f = mandate(order_graph("青山市自2017年以来要加快推进东方码头建设。", date="2023-12-27"))
    assert f["dates"]["directive"] == "2023-12-27"
    f = mandate(order_graph("青山市要确保东方码头到2025年建成、预计2026年投用。"))
    assert f["dates"]["directive"] == ""
    assert stated_years("2013年,东方码头建成;2030年前完成二期;2010年代以来") == [2013]


# --- a cut-off last sentence as the only order (gaps7) -------------------------------------------


def cut_graph(order: str):
    """青山市发改委 is told to implement 东方码头 in the last sentence (index 5) of q1."""
    docs = {"q1": {"date": "2020-01-01", "jurisdiction": J}}
    first = Evidence("q1", "青山市发改委召开会议。", 1, 0, 11, "reported")
    said = [first, Evidence("q1", order, 5, 40, 40 + len(order), "directive")]
    nodes = [
        ("q1", replace(node("青山市发改委", "PartyGovBody", J), sentences=said)),
        ("q1", replace(node("东方码头", "Project", J), sentences=said[1:])),
    ]
    d, e = edge("q1", "青山市发改委", "IMPLEMENTS", "东方码头", order, "directive")
    return build(docs, nodes, [(d, replace(e, evidence=said[1]))])


def test_a_cut_off_last_sentence_as_the_only_order_is_held_back():
    res = gaps(cut_graph("青山市发改委要加快推进东方码头建设,支持军民两"), kinds=["mandate_without_action"])
    assert not res["findings"] and not res["undetermined"]
    assert "cut-off end of its document" in res["held_back"][0]["held_back"]["reason"]
    whole = cut_graph("青山市发改委要加快推进东方码头建设,支持军民两用技术转化。")
    res = gaps(whole, kinds=["mandate_without_action"])
    assert not res["held_back"]  # a whole last sentence stands (a gap, or not enough coverage to tell)
    assert len(res["findings"] + res["undetermined"]) == 1
