"""An undated stated problem carries no "as of" date (issue 9, gaps33; held-out u91-03, READ seeds,
dev, u21, u37, u42, u44, u49, u61, u66, u73, u78, u83, u86).

A problem stated in an undated document is "not reported solved (undated statement)"; its
dates["as_of"], which the reports print beside it, was the corpus's latest date, another document's,
read as a day the problem was seen open on. Now none, unless the analyst asks for one (--as-of).
Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from graph.model import Evidence
from tests.test_analysis_gaps_findings import J
from tests.test_analysis_graphs import build, node


def _graph(stated: str):
    p = Evidence("q1", "青山军民融合产业基金尚未实质性运作。", 2, 0, 10, "problem")
    docs = {"q1": {"date": stated, "jurisdiction": J}, "q9": {"date": "2022-08-01", "jurisdiction": "东川县"}}
    nodes = [
        ("q1", node("青山军民融合产业基金", "Fund", J, problems=[p])),
        ("q9", node("东川县发改委", "PartyGovBody", "东川县")),
    ]
    return build(docs, nodes, [])


def test_an_undated_statement_has_no_as_of_date():
    f = gaps(_graph(""), kinds=["stalled"])["findings"][0]
    assert "undated statement" in f["title"]
    assert f["dates"]["as_of"] == ""


def test_a_dated_statement_keeps_its_as_of_and_the_analyst_date_stays():
    f = gaps(_graph("2020-02-01"), kinds=["stalled"])["findings"][0]
    assert f["dates"]["as_of"] == "2020-02-01"
    asked = gaps(_graph("2020-02-01"), kinds=["stalled"], as_of="2021-01")["findings"][0]
    assert asked["dates"]["as_of"] == "2021-01"
