"""Paths: shortest and all-shortest, per-hop evidence, --via, hop limits; and entity lookup."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.analysis.lookup import Ambiguous, NotFound, candidates, describe, resolve
from graph.analysis.paths import find_paths
from tests.test_analysis_graphs import corpus, star, two_components


def test_star_paths_go_through_the_hub_with_both_leaves_evidence():
    G = star()
    r = find_paths(G, "龙岩军分区", "龙岩市发改委")
    assert r["length"] == 2
    hops = r["shortest"]
    assert [h["from"] for h in hops] == ["龙岩军分区", "龙岩市委军民融合办"]
    assert all(h["type"] == "COORDINATES_WITH" for h in hops)
    assert hops[0]["evidence"]["sentence"] == "龙岩市委军民融合办与龙岩军分区对接"
    assert hops[0]["head"] == "龙岩市委军民融合办"  # stored direction is kept
    assert r["count"] == 1


def test_all_shortest_paths_agree_with_networkx():
    G = nx.MultiDiGraph()
    for n in "sabcdt":
        G.add_node(n, type="PartyGovBody", name=n)
    for u, v in [("s", "a"), ("s", "b"), ("a", "t"), ("b", "t"), ("s", "c"), ("c", "d"), ("d", "t")]:
        G.add_edge(u, v, key="SUPPORTS", type="SUPPORTS", evidence=[{"document": "d", "sentence": u + v}],
                   modalities=["stated"])
    r = find_paths(G, "s", "t")
    got = sorted(tuple([h["from"] for h in p] + ["t"]) for p in r["all_shortest"])
    want = sorted(tuple(p) for p in nx.all_shortest_paths(G.to_undirected(), "s", "t"))
    assert got == want and r["length"] == 2
    assert find_paths(G, "s", "t", limit=1)["truncated"] is True


def test_no_path_between_components_and_max_hops():
    G = two_components()
    assert find_paths(G, "西安警备区", "西安高新区")["length"] is None
    G = star()
    assert find_paths(G, "龙岩军分区", "龙岩市发改委", max_hops=1)["length"] is None


def test_via_entity_type_and_relation_type():
    G = corpus()
    # 龙岩军分区 - 龙岩市委 - 军民融合产业发展专项行动 : the only way through a Project
    r = find_paths(G, "龙岩军分区", "军民融合产业发展专项行动", via="PartyGovBody")
    assert r["length"] == 2 and r["shortest"][0]["tail"] == "龙岩市委"
    assert find_paths(G, "龙岩军分区", "龙岩市融合发展促进会", via="Project")["length"] is None
    r = find_paths(G, "龙岩军分区", "龙岩市融合发展促进会", via="LEADS")
    assert r["length"] is None  # the first hop is COORDINATES_WITH
    r = find_paths(G, "龙岩军分区", "龙岩市委", via="COORDINATES_WITH")
    assert r["length"] == 1
    with pytest.raises(ValueError):
        find_paths(G, "龙岩军分区", "龙岩市委", via="Spaceship")


def test_lookup_exact_alias_gloss_fuzzy_and_ambiguous():
    G = corpus()
    assert resolve(G, "龙岩市委军民融合办") == "龙岩市委军民融合办"
    assert resolve(G, "龍岩市委軍民融合辦") == "龙岩市委军民融合办"  # traditional spelling
    assert resolve(G, "Zhang Lihua") == "张丽华"
    assert resolve(G, "融合发展促进会") == "龙岩市融合发展促进会"
    with pytest.raises(Ambiguous) as exc:
        resolve(G, "市委军民融合办")  # name of the XX office and alias of the Longyan one
    keys = {c.key for c in exc.value.candidates}
    assert keys == {"XX市委军民融合办", "龙岩市委军民融合办"}
    with pytest.raises(Ambiguous):
        resolve(G, "军民融合产业园")  # in two jurisdictions
    with pytest.raises(NotFound):
        resolve(G, "完全无关的名字")
    assert resolve(G, "龙岩市融合发展促近会") == "龙岩市融合发展促进会"  # one wrong character
    assert len(candidates(G, "军分区", limit=3)) == 3


def test_describe_lists_documents_problems_and_relationships():
    G = corpus()
    info = describe(G, "XX军民融合产业发展基金")
    assert info["side"] == "civilian" and info["gloss"] == "MCF Industry Development Fund"
    assert [d["id"] for d in info["documents"]] == ["s000"]
    assert "尚未实质性运作" in info["problems"][0]["sentence"]
    info = describe(G, "龙岩市委", types=["MilitaryUnit"])
    assert [r["other"]["key"] for r in info["relationships"]] == ["龙岩军分区"]
