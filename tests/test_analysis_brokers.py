"""Brokers: Burt's measures match networkx, Gould–Fernandez roles by hand, cut points by brute force."""

from __future__ import annotations

import itertools
import math
import random

import networkx as nx

from graph.analysis.brokers import brokers, burt, gould_fernandez, side_cut_points
from graph.analysis.filters import channel_graph
from tests.test_analysis_graphs import corpus, star, two_components


def test_burt_matches_networkx():
    H = nx.relabel_nodes(nx.karate_club_graph(), str)
    ours = burt(H)
    c = nx.constraint(H)
    e = nx.effective_size(H)
    for n in H:
        assert math.isclose(ours[n]["constraint"], c[n], rel_tol=1e-9)
        assert math.isclose(ours[n]["effective_size"], e[n], rel_tol=1e-9)


def test_gould_fernandez_roles():
    D = nx.DiGraph()
    g = {"m1": "military", "m2": "military", "c1": "civilian", "c2": "civilian", "j": "joint"}
    D.add_edges_from([("m1", "j"), ("j", "c1"),   # liaison for j (m -> j -> c)
                      ("m1", "m2"), ("m2", "c2"),  # representative for m2 (m -> m -> c)
                      ("c1", "c2"),                # j -> c1 -> c2: gatekeeper for c1
                      ("j", "m2")])                # m1 -> j -> m2 closed? m1 -> m2 exists: not open
    roles = gould_fernandez(D, g)
    assert roles["j"]["liaison"] == 1  # m1 -> j -> c1
    assert roles["j"]["consultant"] == 0  # m1 -> j -> m2 is closed by m1 -> m2
    assert roles["m2"]["representative"] == 1  # m1 -> m2 -> c2
    assert roles["c1"]["coordinator"] == 0 and roles["c1"]["gatekeeper"] == 1  # j -> c1 -> c2


def brute_force_separated(G, H):
    """Military–civilian pairs disconnected by removing each node, the slow obvious way."""
    side = {n: H.nodes[n].get("side") for n in H}
    mil = [n for n in H if side[n] == "military"]
    civ = [n for n in H if side[n] == "civilian"]
    out = {}
    for v in H:
        comp = nx.node_connected_component(H, v)
        K = H.subgraph(comp - {v})
        cc = {}
        for i, c in enumerate(nx.connected_components(K)):
            for n in c:
                cc[n] = i
        sep = sum(1 for a, b in itertools.product(mil, civ)
                  if a in cc and b in cc and cc[a] != cc[b])
        if sep:
            out[v] = sep
    return out


def test_cut_points_match_brute_force_on_random_graphs():
    rnd = random.Random(11)
    for trial in range(25):
        n = rnd.randint(5, 30)
        H0 = nx.gnm_random_graph(n, rnd.randint(n - 3, 2 * n), seed=trial)
        G = nx.MultiDiGraph()
        for v in H0:
            G.add_node(str(v), type="PartyGovBody", name=str(v),
                       side=rnd.choice(["military", "civilian", "joint", "neutral"]))
        for u, v in H0.edges():
            G.add_edge(str(u), str(v), key="SUPPORTS", type="SUPPORTS", evidence=[{}], modalities=["stated"])
        H = channel_graph(G)
        got = {c["key"]: c["pairs_separated"] for c in side_cut_points(G, H)}
        assert got == brute_force_separated(G, H), trial


def test_star_has_one_broker_that_cuts_every_pair():
    res = brokers(star())
    assert [c["key"] for c in res["cut_points"]] == ["龙岩市委军民融合办"]
    c = res["cut_points"][0]
    assert c["pairs_separated"] == c["pairs_total"] == 4 and c["share"] == 1.0
    row = res["rows"][0]
    assert row["key"] == "龙岩市委军民融合办"
    assert row["effective_size"] == 4.0 and row["constraint"] == 0.25
    assert row["roles"]["liaison"] > 0 and row["cross_side"] > 0


def test_two_components_have_no_broker():
    res = brokers(two_components())
    assert res["cut_points"] == []
    assert all(r["cross_side"] == 0 for r in res["rows"])


def test_places_do_not_broker():
    G = corpus()
    res = brokers(G, top=0)
    assert all(r["type"] != "Location" for r in res["rows"])
    assert {c["key"] for c in res["cut_points"]} == {"龙岩市委"}


def naive_gould_fernandez(D, group):
    roles = {}
    for b in D:
        r = dict.fromkeys(("coordinator", "gatekeeper", "representative", "consultant", "liaison"), 0)
        for a in D.predecessors(b):
            for c in D.successors(b):
                if len({a, b, c}) < 3 or D.has_edge(a, c):
                    continue
                if group.get(a) not in ("military", "civilian", "joint") or group.get(c) not in (
                        "military", "civilian", "joint"):
                    continue
                ga, gb, gc = group[a], group.get(b), group[c]
                if ga == gb == gc:
                    r["coordinator"] += 1
                elif ga == gc:
                    r["consultant"] += 1
                elif gb == gc:
                    r["gatekeeper"] += 1
                elif ga == gb:
                    r["representative"] += 1
                else:
                    r["liaison"] += 1
        roles[b] = r
    return roles


def test_gould_fernandez_matches_triad_by_triad_counting():
    rnd = random.Random(3)
    for trial in range(20):
        D = nx.gnp_random_graph(25, rnd.uniform(0.05, 0.4), seed=trial, directed=True)
        group = {n: rnd.choice(["military", "civilian", "joint", "neutral"]) for n in D}
        assert gould_fernandez(D, group) == naive_gould_fernandez(D, group), trial


def test_cut_point_parts_do_not_depend_on_where_the_walk_starts():
    """A part with no sided actor (a bare neutral leaf) is dropped whether the walk meets it first or last."""
    def graph(order):
        G = nx.MultiDiGraph()
        for n in order:
            G.add_node(n, side={"m": "military", "c": "civilian"}.get(n[0], "neutral"))
        for u, v in (("hub", "m1"), ("hub", "c1"), ("hub", "n1")):
            G.add_edge(u, v)
        return G, nx.Graph(G.to_undirected())
    first = side_cut_points(*graph(["n1", "hub", "m1", "c1"]))
    last = side_cut_points(*graph(["m1", "hub", "c1", "n1"]))
    assert first == last
    assert sorted(map(sorted, (p.items() for p in first[0]["parts"]))) == [
        [("civilian", 0), ("military", 1)], [("civilian", 1), ("military", 0)]]
