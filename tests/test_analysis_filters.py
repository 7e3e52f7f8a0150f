"""Filtering by type, jurisdiction and date; the projections the analyses share."""

from __future__ import annotations

import pytest

from graph.analysis.filters import (
    best_evidence,
    channel_graph,
    date_in_range,
    directed_ties,
    filter_graph,
    jurisdiction_matches,
)
from tests.test_analysis_graphs import corpus, directive


def test_dates_partial_and_undated():
    assert date_in_range("2019-01-17", "2019", "2019")
    assert date_in_range("2019", since="2019-06")  # a year overlaps any range inside it
    assert not date_in_range("2018-12", since="2019")
    assert not date_in_range("2022-05", until="2022-04-30")
    assert not date_in_range("", since="2000")
    assert date_in_range("", None, None)
    with pytest.raises(ValueError):
        date_in_range("2019", since="last year")


def test_jurisdiction_matching():
    assert jurisdiction_matches("龙岩市", ["龙岩"])
    assert jurisdiction_matches("龙岩市", ["龙岩市"])
    assert jurisdiction_matches("XX〔s000〕", ["XX"])
    assert not jurisdiction_matches("西安市", ["龙岩"])
    assert jurisdiction_matches("", ["national"]) and not jurisdiction_matches("龙岩市", ["national"])


def test_filter_by_type_and_jurisdiction_keeps_requested_nodes():
    G = corpus()
    H = filter_graph(G, types=["MilitaryUnit"])
    assert {a["type"] for _, a in H.nodes(data=True)} == {"MilitaryUnit"}
    H = filter_graph(G, jurisdictions=["龙岩"], keep=["张丽华"])
    assert "张丽华" in H and "XX军分区" not in H
    assert H.has_edge("张丽华", "龙岩市委军民融合办")
    assert filter_graph(G) is G  # nothing asked: no copy
    with pytest.raises(ValueError):
        filter_graph(G, types=["Army"])


def test_date_filter_drops_evidence_edges_and_nodes():
    G = directive(follow_up=True)
    assert G.get_edge_data("XX军分区", "XX市委军民融合办", key="COORDINATES_WITH")
    H = filter_graph(G, until="2022-06")
    assert set(H.graph["documents"]) == {"s000"}
    assert not H.has_edge("XX军分区", "XX市委军民融合办")
    assert H.nodes["XX军分区"]["documents"] == ["s000"]
    H = filter_graph(G, since="2023")
    assert H.number_of_nodes() == 0


def test_projections():
    G = corpus()
    C = channel_graph(G)
    assert "龙岩市" not in C and "XX" not in C
    assert C.has_edge("龙岩军分区", "龙岩市委")
    D = directed_ties(G)
    assert D.has_edge("龙岩军分区", "龙岩市委") and D.has_edge("龙岩市委", "龙岩军分区")  # symmetric
    assert D.has_edge("龙岩市委", "龙岩市融合发展促进会")
    assert not D.has_edge("龙岩市融合发展促进会", "龙岩市委")
    A = channel_graph(G, modalities=["reported", "stated"])
    assert not A.has_edge("XX市委军民融合办", "XX军分区")  # directive only


def test_best_evidence_prefers_reported():
    evs = [{"document": "a", "start": 5, "modality": "directive"},
           {"document": "b", "start": 0, "modality": "reported"}]
    assert best_evidence(evs)["document"] == "b"
    assert best_evidence([]) is None
