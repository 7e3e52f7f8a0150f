"""Gap report: each finding kind on graphs whose right answer is known, ranking, filters."""

from __future__ import annotations

import pytest

from graph.analysis.filters import filter_graph
from graph.analysis.gaps import KINDS, find_gaps, kinds_of
from graph.analysis.gaps import gaps as run_gaps
from graph.model import Evidence
from tests.test_analysis_graphs import DOC_JUR, build, corpus, directive, edge, node, star, two_components

# these tests check each kind's mechanics on small graphs, so every jurisdiction is judged
# (coverage thresholds are tested in test_analysis_gaps_findings.py)
JUDGE_ALL = {"min_documents": 0, "min_facts": 0, "broker_min_documents": 0, "peer_min_documents": 0,
             "mandate_min_reports": 0}


def gaps(G, **kw):
    kw.setdefault("coverage_thresholds", JUDGE_ALL)
    return run_gaps(G, **kw)


def kinds(G, **kw):
    return [f["kind"] for f in gaps(G, **kw)["findings"]]


def test_directive_without_follow_up_is_a_mandate_gap_with_its_sentence():
    res = gaps(directive(follow_up=False))
    f = [x for x in res["findings"] if x["kind"] == "mandate_without_action"]
    assert len(f) == 1
    assert {e["key"] for e in f[0]["entities"]} == {"XX市委军民融合办", "XX军分区"}
    assert f[0]["evidence"][0]["modality"] == "directive"
    assert f[0]["evidence"][0]["sentence"].startswith("市委军民融合办、XX军分区要以需求为导向")
    assert 0 < f[0]["score"] <= 1


def test_reported_follow_up_in_another_document_closes_the_gap():
    assert "mandate_without_action" not in kinds(directive(follow_up=True))


def test_shared_project_closes_the_gap_but_a_merely_ordered_one_does_not():
    j = DOC_JUR["s000"]

    def graph(modality):
        nodes = [("h9", node("XX市委军民融合办", "PartyGovBody", j)),
                 ("h9", node("XX军分区", "MilitaryUnit", j)),
                 ("h9", node("需求对接工程", "Project", j))]
        order = "XX市委军民融合办要与XX军分区对接"  # the addressee named in the order sentence
        edges = [edge("h9", "XX市委军民融合办", "COORDINATES_WITH", "XX军分区", order, "directive"),
                 edge("h9", "XX市委军民融合办", "IMPLEMENTS", "需求对接工程", "实施需求对接工程", modality),
                 edge("h9", "XX军分区", "PARTICIPATES_IN", "需求对接工程", "参与需求对接工程", modality)]
        return build({"h9": {"date": "2022"}}, nodes, edges)
    assert "mandate_without_action" not in kinds(graph("reported"))
    assert "mandate_without_action" in kinds(graph("directive"))


def test_stalled_items_carry_the_problem_sentences():
    res = gaps(corpus(), kinds=["stalled"])
    keys = {f["entities"][0]["key"] for f in res["findings"]}
    assert keys == {"XX军民融合产业发展基金", "XX军民融合产业园"}
    for f in res["findings"]:
        assert f["evidence"] and all(e["modality"] == "problem" for e in f["evidence"])
    fund = next(f for f in res["findings"] if f["entities"][0]["key"] == "XX军民融合产业发展基金")
    assert "尚未实质性运作" in fund["evidence"][0]["sentence"]


def test_problem_relationship_is_stalled_too():
    nodes = [("h8", node("甲办", "PartyGovBody")), ("h8", node("乙部队", "MilitaryUnit"))]
    edges = [edge("h8", "甲办", "COORDINATES_WITH", "乙部队", "甲办与乙部队对接不畅", "problem")]
    f = gaps(build({"h8": {}}, nodes, edges), kinds=["stalled"])["findings"]
    assert len(f) == 1 and f[0]["details"]["relation"] == "COORDINATES_WITH"


def test_single_broker_dependence_on_the_star():
    res = gaps(star(), kinds=["single_broker"])
    assert len(res["findings"]) == 1
    f = res["findings"][0]
    assert f["entities"][0]["key"] == "龙岩市委军民融合办"
    assert f["details"]["share"] == 1.0 and f["details"]["pairs_separated"] == 4
    assert len(f["evidence"]) == 4  # one quote per tie of the broker


def test_disconnected_sides_in_one_jurisdiction():
    res = gaps(two_components(), kinds=["disconnected_sides"])
    f = res["findings"]
    assert len(f) == 1 and f[0]["jurisdiction"] == "西安市"
    d = f[0]["details"]
    assert set(d["military_alone"]) == {"西安警备区", "西安市人武部"}
    assert set(d["civilian_alone"]) == {"西安市发改委", "西安高新区", "西安军民融合产业基金"}
    assert kinds(star(), kinds=["disconnected_sides"]) == []
    # reachable within 2 hops in the star, not within 1
    assert kinds(star(), kinds=["disconnected_sides"], max_hops=1) == ["disconnected_sides"]


def test_a_directive_alone_does_not_connect_the_sides():
    res = gaps(directive(follow_up=False), kinds=["disconnected_sides"])
    assert res["findings"] == []  # the office is joint: no civilian actor in that jurisdiction
    j = DOC_JUR["s000"]
    nodes = [("h7", node("XX市发改委", "PartyGovBody", j)), ("h7", node("XX军分区", "MilitaryUnit", j))]
    ordered = [edge("h7", "XX市发改委", "SUPPORTS", "XX军分区", "要支持", "directive")]
    assert kinds(build({"h7": {}}, nodes, ordered), kinds=["disconnected_sides"]) == ["disconnected_sides"]
    done = [edge("h7", "XX市发改委", "SUPPORTS", "XX军分区", "支持了", "reported")]
    assert kinds(build({"h7": {}}, nodes, done), kinds=["disconnected_sides"]) == []


def test_orphans():
    res = gaps(two_components(), kinds=["orphan"])
    reasons = {f["entities"][0]["key"]: f["details"]["reason"] for f in res["findings"]}
    assert reasons == {"西安军民融合产业基金": "fund that funds nothing"}
    # a development zone spans a district: a text about it does not list its firms (gaps3)
    held = {f["entities"][0]["key"]: f["held_back"]["reason"] for f in res["held_back"]}
    assert "development zone" in held["西安高新区"]
    G = corpus()
    orphans = {f["entities"][0]["key"] for f in gaps(G, kinds=["orphan"])["findings"]}
    assert "军民融合产业发展专项行动" not in orphans  # 龙岩市委 IMPLEMENTS it
    # a national designation mentioned in passing is not a local item anybody here must act on
    assert "国家军民融合创新示范区" not in orphans


def test_peer_comparison_table_and_findings():
    res = gaps(corpus(), kinds=["peer_gap"])
    table = {r["jurisdiction"]: r["counts"] for r in res["peer_table"]["rows"]}
    assert table["XX〔s000〕"]["mcf_office"] == 1 and table["**〔s003〕"]["mcf_office"] == 0
    assert table["XX〔s000〕"]["mcf_fund"] == 1 and table["龙岩市"]["mcf_fund"] == 0
    missing = {(f["jurisdiction"], f["details"]["missing_kind"]) for f in res["findings"]}
    assert ("**〔s003〕", "mcf_office") in missing  # both other cities have one
    assert ("龙岩市", "mcf_fund") in missing
    assert ("XX〔s000〕", "mcf_office") not in missing
    assert kinds_of({"type": "PartyGovBody", "name": "龙岩市委军民融合办"}) == ["mcf_office"]


def test_ranking_scores_ids_and_filters():
    G = corpus()
    res = gaps(G)
    from graph.analysis.gaps import TIERS

    scores = [f["score"] for f in res["findings"]]
    order = [(TIERS.index(f["tier"]), -f["score"]) for f in res["findings"]]
    assert order == sorted(order)  # stated, then directive, then structural; by score within a tier
    assert [f["tier"] for f in res["findings"]][:1] == ["stated"]
    assert [f["rank"] for f in res["findings"]] == list(range(1, len(scores) + 1))
    assert set(res["counts"]) == set(KINDS) and sum(res["counts"].values()) == len(scores)
    assert len({f["id"] for f in res["findings"]}) == len(scores)
    for f in res["findings"]:
        assert f["kind"] in KINDS and f["title"] and f["entities"]
    only = gaps(G, types=["Fund"])["findings"]
    assert only and all(any(e["type"] == "Fund" for e in f["entities"]) for f in only)
    ly = gaps(G, jurisdictions=["龙岩"])["findings"]
    assert ly and all(f["jurisdiction"] == "龙岩市"
                      or any(e["jurisdiction"] == "龙岩市" for e in f["entities"]) for f in ly)
    assert len(find_gaps(G, coverage_thresholds=JUDGE_ALL)) == len(scores)
    with pytest.raises(ValueError):
        gaps(G, kinds=["nonsense"])


def test_date_range_limits_the_corpus():
    G = corpus()
    early = filter_graph(G, until="2019-12-31")  # only s001 (2019-01-17)
    assert set(early.graph["documents"]) == {"s001"}
    assert "mandate_without_action" in kinds(early)
    assert all(f["jurisdiction"] in ("龙岩市", "") for f in gaps(early)["findings"]
               if f["kind"] != "peer_gap")
    assert "stalled" not in kinds(early)  # the problems are stated in s000 (2022)


def test_problem_evidence_shape_is_the_models():
    e = Evidence("s000", "XX基金尚未运作。", 0, 0, 9, "problem")  # a problem sentence names its entity
    nodes = [("s000", node("XX基金", "Fund", problems=[e]))]
    f = gaps(build({"s000": {}}, nodes, []), kinds=["stalled"])["findings"][0]
    assert f["evidence"][0]["document"] == "s000" and f["evidence"][0]["sentence_index"] == 0


def test_bitset_reach_matches_breadth_first_search():
    import random

    import networkx as nx

    from graph.analysis.gaps import reached_by_jurisdiction

    rnd = random.Random(5)
    for trial in range(10):
        H = nx.gnm_random_graph(120, rnd.randint(60, 300), seed=trial)
        adj = {str(v): {str(u) for u in H[v]} for v in H}
        sources = {f"J{j}": {str(v) for v in rnd.sample(range(120), rnd.randint(1, 4))} for j in range(70)}
        hops = rnd.randint(1, 4)
        got = reached_by_jurisdiction(adj, sources, hops)
        order = list(adj)
        for j, srcs in sources.items():
            want = set()
            for s in srcs:
                want |= set(nx.single_source_shortest_path_length(H, int(s), cutoff=hops))
            assert {order[i] for i in range(len(order)) if got[j][i]} == {str(v) for v in want}, (trial, j)


def test_every_finding_has_a_documented_stable_key_and_a_short_id():
    from graph.analysis.gaps import finding_id

    res = gaps(corpus())["findings"] + gaps(star())["findings"] + gaps(two_components())["findings"]
    shapes = {"mandate_without_action": 4, "stalled": (2, 4), "orphan": 2, "single_broker": 2,
              "disconnected_sides": 2, "peer_gap": 3}
    for f in res:
        parts = f["key"].split("|")
        assert parts[0] == f["kind"]
        want = shapes[f["kind"]]
        assert len(parts) in (want if isinstance(want, tuple) else (want,)), f["key"]
        assert f["id"] == finding_id(f["key"]) and len(f["id"]) == 10
    m = next(f for f in gaps(directive(follow_up=False))["findings"] if f["kind"] == "mandate_without_action")
    assert m["key"] == "mandate_without_action|XX市委军民融合办|COORDINATES_WITH|XX军分区"
    d = gaps(two_components(), kinds=["disconnected_sides"])["findings"][0]
    assert d["key"] == "disconnected_sides|西安市"
    assert gaps(star(), kinds=["single_broker"])["findings"][0]["key"] == "single_broker|龙岩市委军民融合办"
    assert {f["key"] for f in gaps(corpus(), kinds=["peer_gap"])["findings"]} >= {"peer_gap|龙岩市|mcf_fund"}
