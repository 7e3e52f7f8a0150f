"""Centrality measures agree with networkx's reference implementations; sampling states its error."""

from __future__ import annotations

import math
import random

import networkx as nx
import pytest

from graph.analysis.centrality import (
    betweenness_scores,
    centrality,
    centrality_table,
    eigenvector_scores,
    have_igraph,
    pagerank_scores,
)
from graph.analysis.filters import channel_graph
from tests.test_analysis_graphs import corpus, star


def multi(H: nx.Graph) -> nx.MultiDiGraph:
    """An analysis-shaped graph with one SUPPORTS edge per tie of H."""
    G = nx.MultiDiGraph()
    for n in H:
        G.add_node(n, type="PartyGovBody", name=str(n), side="civilian")
    for u, v in H.edges():
        G.add_edge(u, v, key="SUPPORTS", type="SUPPORTS", evidence=[{"document": "d"}], modalities=["stated"])
    return G


@pytest.fixture(scope="module")
def karate():
    H = nx.karate_club_graph()
    return nx.relabel_nodes(H, {n: f"n{n:02d}" for n in H})


def test_degree_and_exact_betweenness_match_networkx(karate):
    G = multi(karate)
    rows = centrality(G, "degree", top=0)
    ref = nx.degree_centrality(karate)
    assert all(math.isclose(r["score"], round(ref[r["key"]], 6), abs_tol=1e-6) for r in rows)
    for backend in ["python"] + (["igraph"] if have_igraph() else []):
        scores, info = betweenness_scores(channel_graph(G), backend=backend)
        assert info["method"] == "exact"
        ref = nx.betweenness_centrality(karate)
        assert max(abs(scores[n] - ref[n]) for n in ref) < 1e-9


def test_sampled_betweenness_is_close_and_states_its_error():
    H = nx.relabel_nodes(nx.barabasi_albert_graph(400, 3, seed=1), str)
    G = multi(H)
    exact = nx.betweenness_centrality(H)
    scores, info = betweenness_scores(channel_graph(G), k=120, seed=3, backend="python")
    assert info["method"] == "sampled" and info["k"] == 120 and info["error"] > 0
    worst = max(abs(scores[n] - exact[n]) for n in exact)
    assert worst < 5 * info["error"]  # the stated error is a real bound at ~5 standard errors
    top_exact = sorted(exact, key=exact.get, reverse=True)[:5]
    top_est = sorted(scores, key=scores.get, reverse=True)[:10]
    assert set(top_exact[:3]) <= set(top_est)
    if have_igraph():
        s2, i2 = betweenness_scores(channel_graph(G), k=120, seed=3, backend="igraph")
        assert max(abs(s2[n] - scores[n]) for n in scores) < 1e-9  # same sources, same estimate


def test_pagerank_and_eigenvector_match_networkx(karate):
    G = multi(karate)
    D = nx.DiGraph()
    D.add_nodes_from(karate)
    for u, v in karate.edges():
        D.add_edge(u, v, weight=1.0)
    pr = pagerank_scores(D)
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    ref = _pagerank_python(D, tol=1e-12)
    assert max(abs(pr[n] - ref[n]) for n in ref) < 1e-6
    ev = eigenvector_scores(channel_graph(G))
    ref = nx.eigenvector_centrality(karate, tol=1e-10, max_iter=1000)
    assert max(abs(ev[n] - ref[n]) for n in ref) < 1e-4


def test_rows_are_ranked_filtered_by_type_and_leave_out_places():
    G = corpus()
    t = centrality_table(G, "betweenness", types=["PartyGovBody"], top=3)
    assert [r["rank"] for r in t["rows"]] == [1, 2, 3]
    assert all(r["type"] == "PartyGovBody" for r in t["rows"])
    assert t["rows"][0]["key"] == "龙岩市委"  # ties the sub-district to the association and project
    scores = [r["score"] for r in t["rows"]]
    assert scores == sorted(scores, reverse=True)
    all_rows = centrality(G, "degree", top=0)
    assert "龙岩市" not in {r["key"] for r in all_rows}  # a Location is no channel
    assert centrality(star(), "pagerank", top=1)[0]["key"] != ""
    with pytest.raises(ValueError):
        centrality(G, "closeness")


def test_star_hub_is_top_on_every_measure():
    G = star()
    for m in ("degree", "betweenness", "pagerank", "eigenvector"):
        assert centrality(G, m, top=1)[0]["key"] == "龙岩市委军民融合办", m


def test_isolated_and_tiny_graphs():
    G = nx.MultiDiGraph()
    assert centrality(G, "betweenness") == []
    G.add_node("a", type="Fund", name="a")
    for m in ("degree", "betweenness", "pagerank", "eigenvector"):
        rows = centrality(G, m)
        assert len(rows) == 1 and not math.isnan(rows[0]["score"])


def test_sampling_is_reproducible_by_seed():
    rnd = random.Random(0)
    H = nx.gnm_random_graph(300, 900, seed=rnd.randint(0, 10**6))
    G = multi(nx.relabel_nodes(H, str))
    a = centrality(G, "betweenness", k=40, seed=5, top=10, backend="python")
    b = centrality(G, "betweenness", k=40, seed=5, top=10, backend="python")
    assert a == b
