"""Every saved Browser query runs on the real Neo4j and agrees with the networkx analysis.

The store is filled with the hand-made corpus of tests/test_analysis_graphs.py (real sample
sentences); networkx results come from the same store's to_networkx(), so both sides see one graph.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graph.analysis.brokers import side_cut_points
from graph.analysis.centrality import centrality
from graph.analysis.filters import channel_graph
from graph.analysis.gaps import ACTION_MODALITIES, gaps
from graph.analysis.paths import find_paths
from graph.cypher import saved_queries
from graph.model import ENTITY_TYPES, RELATION_TYPES
from tests.test_analysis_graphs import corpus, document_graphs

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "neo4j" / "browser" / "saved_queries.cypher"
STYLE = ROOT / "neo4j" / "browser" / "style.grass"
# ux5: the report's findings (written by `mcfgraph gaps --neo4j`), and extraction's problem sentences
FINDINGS = "Gaps: findings (as `mcfgraph gaps` reports them)"
STALLED = "Gaps: stalled (the report's stated problems: status, holder, evidence)"
PROBLEM_SENTENCES = "Extraction: problem sentences per entity (before the report's rules)"


def test_file_shape_without_a_server():
    qs = saved_queries()
    names = set(qs)
    for needed in ("Path: all shortest paths with evidence", "Brokers: entities tied to both military and "
                   "civilian actors",
                   "Candidates: mandate without action (directives, before the report's rules)",
                   STALLED, FINDINGS, PROBLEM_SENTENCES,
                   "Candidates: orphans (funds funding nothing, parks without enterprises, unled "
                   "projects and policies)",
                   "Candidates: peer comparison (institution kinds by jurisdiction)"):
        assert needed in names
    for q in qs.values():
        assert q["query"] and ";" not in q["query"]
        for rel in re.findall(r"\[\w*:([A-Z_|]+)", q["query"]):
            assert set(rel.split("|")) <= set(RELATION_TYPES) | {"MENTIONED_IN"}, rel
        for p in re.findall(r"\$(\w+)", q["query"]):
            assert p in q["params"], (p, q["query"][:60])
    style = STYLE.read_text(encoding="utf-8")
    for t in ENTITY_TYPES:
        assert f"node.{t} " in style
    for r in RELATION_TYPES:
        assert f"relationship.{r} " in style


@pytest.fixture
def filled(neo4j_store):
    for dg in document_graphs(corpus):
        neo4j_store.write_document(dg)
    return neo4j_store


def run(store, query_name: str, /, **params) -> list[dict]:
    q = saved_queries()[query_name]
    return store._read(query_name, q["query"], **{**q["params"], **params})


@pytest.mark.neo4j
def test_every_saved_query_runs(filled):
    for name, q in saved_queries().items():
        rows = filled._read(name, q["query"], **q["params"])
        assert isinstance(rows, list), name


@pytest.mark.neo4j
def test_entity_and_lookup_queries(filled):
    rows = run(filled, "Entity: one entity with its relationships", name="龙岩市委")
    assert len(rows) == 1 and rows[0]["gloss"] == "Longyan Municipal Party Committee"
    rels = {(r["relation"], r["other"]) for r in rows[0]["relationships"]}
    assert ("COORDINATES_WITH", "龙岩军分区") in rels and ("LEADS", "龙岩市融合发展促进会") in rels
    rows = run(filled, "Entity: find by name (CJK full-text index)", text="融合发展促进会")
    assert rows and rows[0]["key"] == "龙岩市融合发展促进会"


@pytest.mark.neo4j
def test_path_query_matches_networkx(filled):
    G = filled.to_networkx()
    pairs = [("龙岩军分区", "龙岩市融合发展促进会"), ("张丽华", "龙岩市"),
             ("XX军分区", "XX市委军民融合发展委员会")]
    for a, b in pairs:
        nx_res = find_paths(G, a, b)
        rows = run(filled, "Path: all shortest paths with evidence", a=a, b=b)
        assert rows and rows[0]["hops"] == nx_res["length"], (a, b)
        assert len(rows) == nx_res["count"]
        for h in rows[0]["hops_with_evidence"]:
            assert h["sentence"] and h["document"]


@pytest.mark.neo4j
def test_degree_query_matches_networkx(filled):
    G = filled.to_networkx()
    want = {r["key"]: r["degree"] for r in centrality(G, "degree", top=0)}
    rows = run(filled, "Centrality: degree (distinct partners, places left out)")
    for r in rows:
        assert r["degree"] == want[r["key"]], r["key"]
    assert rows[0]["degree"] == max(want.values())


@pytest.mark.neo4j
def test_broker_queries_agree_with_networkx(filled):
    G = filled.to_networkx()
    rows = run(filled, "Brokers: entities tied to both military and civilian actors")
    assert {r["key"] for r in rows} == {"龙岩市委"}
    rows = run(filled, "Candidates: single-broker dependence (military–civilian pairs whose only 2-hop link "
                       "is one node)")
    cuts = {c["key"] for c in side_cut_points(G, channel_graph(G, modalities=ACTION_MODALITIES))}
    assert {r["key"] for r in rows} == cuts == {"龙岩市委"}
    assert rows[0]["pairs"] == [["龙岩军分区", "龙岩市融合发展促进会"]]


@pytest.mark.neo4j
def test_gap_queries_agree_with_networkx(filled):
    """The Browser's gap queries are candidate views; `mcfgraph gaps` refines them (issue 9 §3:
    coverage, held-back findings, dates, concrete local orphans), so every candidate the analysis
    considers (reported, held back or not enough coverage to tell) is among the Browser's."""
    G = filled.to_networkx()
    res = gaps(G)
    by_kind: dict[str, list[dict]] = {}
    for f in res["findings"] + res["held_back"] + res["undetermined"]:
        by_kind.setdefault(f["kind"], []).append(f)
    rows = run(filled, "Candidates: mandate without action (directives, before the report's rules)")
    got = {frozenset((r["head"], r["tail"])) for r in rows}
    want = {frozenset(e["key"] for e in f["entities"]) for f in by_kind["mandate_without_action"]}
    assert got == want and len(got) >= 3
    assert all(r["directives"] for r in rows)
    rows = run(filled, PROBLEM_SENTENCES)
    assert {r["key"] for r in rows} >= {f["entities"][0]["key"] for f in by_kind["stalled"]}
    assert all("尚未" in r["problems"] or "两年" in r["problems"] for r in rows)
    assert run(filled, "Gaps: relationships stated as problems") == []
    rows = run(filled, "Candidates: disconnected sides (no path within 3 hops to the other side in the same "
                       "jurisdiction)")
    alone = {(r["jurisdiction"], r["side"], k) for r in rows for k in r["alone"]}
    for f in by_kind.get("disconnected_sides", []):  # sides with no channel at all: every actor alone
        assert {(f["jurisdiction"], "military", k) for k in f["details"]["military_alone"]} <= alone
    rows = run(filled, "Candidates: orphans (funds funding nothing, parks without enterprises, unled "
                       "projects and policies)")
    got = {(r["key"], r["reason"].replace("policy", "local plan")) for r in rows}
    assert got >= {(f["entities"][0]["key"], f["details"]["reason"]) for f in by_kind["orphan"]}
    assert len(got) > len(by_kind["orphan"])  # national strategies are candidates, never orphans
    rows = run(filled, "Candidates: peer comparison (institution kinds by jurisdiction)")
    table = {r["jurisdiction"]: r["counts"] for r in res["peer_table"]["rows"]}
    assert {r["jurisdiction"] for r in rows} == set(table)
    for r in rows:
        for k in ("mcf_commission", "mcf_office", "military_district", "pafd", "mcf_park", "mcf_fund",
                  "industry_alliance"):
            assert r[k] == table[r["jurisdiction"]][k], (r["jurisdiction"], k)


@pytest.mark.neo4j
def test_overview_query_returns_the_sided_network(filled):
    rows = run(filled, "Overview: the military–civilian network (for drawing)")
    assert rows
    assert json.dumps(rows, default=str)


# Queries whose answer is a graph: Browser must get nodes (and relationships) to draw.
GRAPH_QUERIES = (
    "Entity: one entity with its relationships", "Path: all shortest paths with evidence",
    "Brokers: entities tied to both military and civilian actors",
    "Candidates: single-broker dependence (military–civilian pairs whose only 2-hop link is one node)",
    "Candidates: mandate without action (directives, before the report's rules)", FINDINGS, PROBLEM_SENTENCES,
    "Gaps: relationships stated as problems",
    "Candidates: disconnected sides (no path within 3 hops to the other side in the same jurisdiction)",
    "Candidates: orphans (funds funding nothing, parks without enterprises, unled projects and policies)",
    "Overview: the military–civilian network (for drawing)",
    # ux6: each kind's findings as the report has them, drawn with what the kind has
    "Gaps: mandate without action (the report's findings: the directive, status, evidence)",
    "Gaps: single broker (the report's findings: the broker and the bodies tied through it)",
    "Gaps: disconnected sides (the report's findings: the two sides and what separates them)",
    "Gaps: orphans (the report's findings: funds, parks, projects and policies left alone)",
)
# Gap kinds the three sample documents do not contain (checked on the hand-made corpus above).
EMPTY_ON_SAMPLES = (
    "Candidates: single-broker dependence (military–civilian pairs whose only 2-hop link is one node)",
    "Gaps: relationships stated as problems",
    "Gaps: single broker (the report's findings: the broker and the bodies tied through it)",
)


def test_node_caption_wraps_long_names_and_keeps_the_gloss():
    from graph.store import node_caption

    assert node_caption("青山市委", "Qingshan Municipal Party Committee") == \
        "青山市委 \nQingshan Municipal Party Committee"
    long = node_caption("青山市军民融合发展领导小组第一次会议", "Qingshan MCF Leading Group First Meeting")
    pieces = long.split(" \n")[0].split(" ")
    assert "".join(pieces) == "青山市军民融合发展领导小组第一次会议" and max(map(len, pieces)) <= 8
    assert node_caption("东方重工集团", "") == "东方重工集团"


def test_no_typed_relationship_patterns():
    """`[:A|B]` raises UnknownRelationshipTypeWarning when a corpus lacks A; types go in a WHERE.
    (MENTIONED_IN exists as soon as one document is stored.)"""
    for name, q in saved_queries().items():
        typed = set(re.findall(r"\[\w*:([A-Z_|]+)", q["query"]))
        assert typed <= {"MENTIONED_IN"}, (name, typed)


def test_style_pastes_and_drops_as_grass():
    """Browser's GRASS parser takes no comments: a `/*` header swallowed the first rule."""
    style = STYLE.read_text(encoding="utf-8")
    assert "/*" not in style and "//" not in style
    rules = re.findall(r"^([\w.]+) \{", style, flags=re.M)
    assert rules[0] == "node" and len(rules) == len(set(rules))
    colours = {t: re.search(rf"^node\.{t} \{{ color: (#[0-9A-F]{{6}});", style, flags=re.M).group(1)
               for t in ENTITY_TYPES}
    assert len(set(colours.values())) == len(ENTITY_TYPES), colours  # one distinct colour per type
    assert "caption: '{caption}'" in style


@pytest.mark.neo4j
def test_saved_queries_on_the_samples_draw_graphs_without_warnings(samples_neo4j):
    """Each example's :param values work on samples/; graph questions return nodes and relationships;
    no query raises a notification (e.g. UnknownRelationshipTypeWarning: samples have no FUNDS)."""
    from neo4j import GraphDatabase
    from neo4j.graph import Node, Path, Relationship

    from graph.neo4j_store import connection_settings

    samples_neo4j.write_findings(gaps(samples_neo4j.to_networkx()))  # as `mcfgraph gaps --neo4j` does (ux5)
    st = connection_settings(None)
    with GraphDatabase.driver(st["uri"], auth=(st["user"], st["password"]),
                              notifications_min_severity="INFORMATION") as driver:
        for name, q in saved_queries().items():
            with driver.session(database=st["database"]) as session:
                result = session.run(q["query"], **q["params"])
                records = list(result)
                notes = [(n.get("title"), n.get("description")) for n in result.consume().notifications or []]
            assert notes == [], (name, notes)
            if name in EMPTY_ON_SAMPLES:
                continue
            assert records, name
            if name in GRAPH_QUERIES:
                values = [v for r in records for v in r.values()]
                flat = [x for v in values for x in (v if isinstance(v, list) else [v])]
                assert any(isinstance(x, Node | Path) for x in flat), name
                if not name.startswith("Candidates: orphans"):  # orphans are nodes without the tie
                    assert any(isinstance(x, Relationship | Path) for x in flat), name
