"""Exports: canonical JSON is deterministic and complete; GraphML/GEXF read back; CSV fits neo4j-admin."""

from __future__ import annotations

import csv
import io
import json
import random

import networkx as nx

from graph.embedded import EmbeddedStore
from graph.export import canonical_json, export, to_csv_files, to_gexf, to_graphml
from tests.test_analysis_graphs import corpus, document_graphs


def shuffled_copy(G: nx.MultiDiGraph, seed: int) -> nx.MultiDiGraph:
    """The same graph built in another insertion order, with lists in another order."""
    rnd = random.Random(seed)
    H = nx.MultiDiGraph()
    H.graph["documents"] = dict(reversed(list(G.graph["documents"].items())))
    nodes = list(G.nodes(data=True))
    rnd.shuffle(nodes)
    for n, a in nodes:
        a = dict(a)
        a["aliases"] = list(reversed(a.get("aliases", [])))
        H.add_node(n, **dict(reversed(list(a.items()))))
    edges = list(G.edges(keys=True, data=True))
    rnd.shuffle(edges)
    for u, v, k, d in edges:
        H.add_edge(u, v, key=k, **{**d, "evidence": list(reversed(d["evidence"]))})
    return H


def test_canonical_json_is_byte_identical_for_equal_graphs():
    G = corpus()
    a = canonical_json(G)
    assert a == canonical_json(shuffled_copy(G, 1)) == canonical_json(shuffled_copy(G, 2))
    assert a.endswith("\n")
    G2 = corpus()
    G2.nodes["龙岩市委"]["aliases"] = ["龙岩市委员会"]
    assert canonical_json(G2) != a  # a real difference shows


def test_canonical_json_content():
    G = corpus()
    data = json.loads(canonical_json(G))
    assert set(data) == {"nodes", "relationships", "documents"}
    keys = [n["key"] for n in data["nodes"]]
    assert keys == sorted(keys) and len(keys) == G.number_of_nodes()
    n = next(x for x in data["nodes"] if x["key"] == "XX军分区")
    for f in ("key", "type", "name", "aliases", "jurisdiction", "side", "gloss", "documents"):
        assert f in n
    assert n["gloss"] == "XX Military Sub-district" and n["side"] == "military"
    rels = data["relationships"]
    assert len(rels) == G.number_of_edges()
    triples = [(r["head"], r["type"], r["tail"]) for r in rels]
    assert triples == sorted(triples)
    ev = rels[0]["evidence"][0]
    for f in ("document", "sentence", "start", "end", "modality"):
        assert f in ev
    assert [d["id"] for d in data["documents"]] == ["s000", "s001", "s003"]


def test_canonical_json_same_from_the_embedded_store(tmp_path):
    """Store round trip: the graph the embedded store yields exports byte-identically."""
    store = EmbeddedStore(tmp_path / "g.db")
    try:
        for dg in reversed(document_graphs(corpus)):
            store.write_document(dg)
        assert canonical_json(store.to_networkx()) == canonical_json(corpus())
    finally:
        store.close()


def test_graphml_and_gexf_read_back():
    G = corpus()
    H = nx.read_graphml(io.StringIO(to_graphml(G)))
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    a = H.nodes["XX军分区"]
    assert a["gloss"] == "XX Military Sub-district" and a["label"] == "XX军分区 (XX Military Sub-district)"
    e = next(d for _, _, d in H.edges(data=True) if d["type"] == "COORDINATES_WITH")
    assert e["evidence_sentence"] and json.loads(e["evidence_json"])
    X = nx.read_gexf(io.StringIO(to_gexf(G)))
    assert X.number_of_nodes() == G.number_of_nodes() and X.number_of_edges() == G.number_of_edges()


def test_csv_files_for_neo4j_admin_import(tmp_path):
    G = corpus()
    files = to_csv_files(G)
    nodes = list(csv.reader(io.StringIO(files["nodes.csv"])))
    assert nodes[0][0] == "key:ID(Entity)" and nodes[0][-1] == ":LABEL"
    assert "aliases:string[]" in nodes[0]
    assert len(nodes) - 1 == G.number_of_nodes()
    row = dict(zip(nodes[0], next(r for r in nodes[1:] if r[0] == "XX军分区"), strict=True))
    assert row[":LABEL"] == "Entity|MilitaryUnit" and row["side"] == "military"
    rels = list(csv.reader(io.StringIO(files["relationships.csv"])))
    assert rels[0][:3] == [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    assert len(rels) - 1 == G.number_of_edges()
    hdr = rels[0]
    for r in rels[1:]:
        rec = dict(zip(hdr, r, strict=True))
        n = len(rec["ev_documents:string[]"].split("|"))
        for col in ("ev_sentences:string[]", "ev_starts:int[]", "ev_ends:int[]", "ev_modalities:string[]"):
            assert len(rec[col].split("|")) == n  # parallel lists stay parallel
    docs = list(csv.reader(io.StringIO(files["documents.csv"])))
    assert docs[0][0] == "id:ID(Document)" and len(docs) == 4
    written = export(G, "csv", tmp_path / "csv")
    assert {p.rsplit("/", 1)[-1] for p in written} >= {"nodes.csv", "relationships.csv"}


def test_export_to_file(tmp_path):
    G = corpus()
    p = tmp_path / "g.json"
    export(G, "json", p)
    assert p.read_text(encoding="utf-8") == canonical_json(G)
    assert export(G, "graphml").startswith("<?xml")


def test_graphml_and_gexf_are_byte_stable_for_equal_graphs():
    a, b = corpus(), corpus()
    assert to_graphml(a) == to_graphml(b)
    text = to_gexf(a)
    assert text == to_gexf(b)
    newest = max(d.get("date") or "" for d in a.graph["documents"].values())
    assert newest and f'lastmodifieddate="{newest}"' in text  # the knowledge's date, not today's
    nx.read_gexf(io.StringIO(text))


def test_csv_mentioned_in_carries_each_documents_problem_statements():
    G = corpus()
    rows = list(csv.DictReader(io.StringIO(to_csv_files(G)["mentioned_in.csv"])))
    stated = {(r[":START_ID(Entity)"], r[":END_ID(Document)"]): json.loads(r["problems_json"])
              for r in rows if r["problems_json"]}
    want = {(n, p["document"]) for n, a in G.nodes(data=True) for p in a.get("problems") or []}
    assert want and set(stated) == want
    assert all(p["document"] == doc for (_, doc), ps in stated.items() for p in ps)
