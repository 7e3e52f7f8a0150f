"""Neo4jStore against the real server: same graph as graph_from_contributions, exact replace/forget.

DocumentGraphs are built by hand from real sentences of samples/*.txt, so these tests do not depend
on the extractor or the resolver.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, replace
from pathlib import Path

import pytest

from graph import cypher
from graph.model import ENTITY_TYPES, Document, DocumentGraph, EdgeRecord, Evidence, Mention, NodeRecord
from graph.neo4j_store import Neo4jStore, connection_settings, init_schema
from graph.store import GraphStore, StoreError, graph_from_contributions

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
META_FIELDS = ("id", "source", "sha256", "title", "date", "jurisdiction", "genre", "speaker", "issuer",
               "doc_number", "published", "publisher", "origin")

pytestmark = pytest.mark.neo4j


# ---------------------------------------------------------------------------------------------
# hand-built document graphs on real sample sentences
# ---------------------------------------------------------------------------------------------


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^。！？\n]+[。！？]?", text) if m.group().strip()]


class Builder:
    """Collects NodeRecords and EdgeRecords for one sample document, with true offsets."""

    def __init__(self, doc_id: str, jurisdiction: str = "", text: str | None = None, **meta):
        self.text = text if text is not None else (SAMPLES / f"{doc_id}.txt").read_text(encoding="utf-8")
        self.doc = Document(id=doc_id, source=f"samples/{doc_id}.txt", text=self.text,
                            sha256=hashlib.sha256(self.text.encode()).hexdigest(),
                            jurisdiction=jurisdiction, **meta)
        self.spans = _sentences(self.text)
        self.nodes: dict[str, NodeRecord] = {}
        self.edges: list[EdgeRecord] = []

    def _sentence(self, phrase: str) -> Evidence:
        pos = self.text.index(phrase)
        for i, (s, e) in enumerate(self.spans):
            if s <= pos < e:
                return Evidence(self.doc.id, self.text[s:e], i, s, e, "reported")
        raise AssertionError(phrase)

    def node(self, key: str, etype: str, name: str, *, aliases=(), side="neutral", jur="") -> NodeRecord:
        mentions = []
        for m in re.finditer(re.escape(name), self.text):
            ev = self._sentence(self.text[m.start():m.end()])
            mentions.append(Mention(ev.sentence_index, m.start(), m.end(), name))
        rec = NodeRecord(key=key, type=etype, name=name, aliases=list(aliases), jurisdiction=jur,
                         side=side, mentions=mentions[:5], source="test", confidence=0.9)
        self.nodes[key] = rec
        return rec

    def edge(self, head: str, rtype: str, tail: str, phrase: str, modality: str = "reported",
             confidence: float = 0.8) -> None:
        ev = replace(self._sentence(phrase), modality=modality)
        self.edges.append(EdgeRecord(head, rtype, tail, ev, source="test", confidence=confidence))

    def graph(self) -> DocumentGraph:
        return DocumentGraph(self.doc, list(self.nodes.values()), list(self.edges))


XI = "习近平"


def longyan() -> DocumentGraph:
    b = Builder("s001", "龙岩市", title="龙岩市委军民融合办主任张丽华:以红色资源促军民融合",
                date="2019-01-17", genre="news", speaker="张丽华")
    b.node("龙岩市|龙岩市委军民融合办", "PartyGovBody", "龙岩市委军民融合办", jur="龙岩市")
    b.node("龙岩市|张丽华", "Person", "张丽华", jur="龙岩市")
    b.node("福建省|福建省委军民融合办", "PartyGovBody", "福建省委军民融合办", aliases=["省委军民融合办"],
           jur="福建省")
    b.node("龙岩市", "Location", "龙岩市")
    b.node(XI, "Person", XI)
    b.edge("龙岩市|张丽华", "HOLDS_POSITION", "龙岩市|龙岩市委军民融合办", "龙岩市委军民融合办主任张丽华日前")
    b.edge("福建省|福建省委军民融合办", "SUPPORTS", "龙岩市", "悉心指导下")
    b.edge("龙岩市|龙岩市委军民融合办", "LOCATED_IN", "龙岩市", "龙岩市委军民融合办主任张丽华日前")
    b.edge("龙岩市|龙岩市委军民融合办", "LOCATED_IN", "龙岩市", "龙岩市委军民融合办主任张丽华:以红色资源")
    return b.graph()


def xx_speech() -> DocumentGraph:
    b = Builder("s000", "XX", genre="speech")
    b.node("XX|市委军民融合发展委员会", "PartyGovBody", "市委军民融合发展委员会", jur="XX")
    b.node("XX|市委军民融合办", "PartyGovBody", "市委军民融合办", jur="XX")
    b.node(XI, "Person", XI)
    b.node("党中央", "PartyGovBody", "党中央")
    b.edge("XX|市委军民融合办", "PART_OF", "XX|市委军民融合发展委员会", "市委军民融合办要根据会议",
           "directive")
    b.edge(XI, "LEADS", "党中央", "以习近平同志为核心的党中央")
    return b.graph()


def military_speech() -> DocumentGraph:
    b = Builder("s003", "**", genre="speech")
    b.node("**|人武部", "MilitaryUnit", "人武部", side="military", jur="**")
    b.node("**|军分区", "MilitaryUnit", "军分区", side="military", jur="**")
    b.node(XI, "Person", XI)
    b.edge("**|人武部", "PART_OF", "**|军分区", "离不开军分区、人武部官兵")
    b.edge("**|军分区", "COORDINATES_WITH", "**|人武部", "军分区、人武部坚持以习近平强军思想为指导")
    return b.graph()


def expected_graph(*graphs: DocumentGraph):
    """What graph_from_contributions builds from these documents' records (the shared contract)."""
    docs = [{f: getattr(g.document, f) for f in META_FIELDS} for g in graphs]
    nodes = [(g.document.id, n) for g in graphs for n in g.nodes]
    edges = [(g.document.id, e) for g in graphs for e in g.edges]
    return graph_from_contributions(docs, nodes, edges)


NODE_PROPS = ("type", "name", "aliases", "jurisdiction", "side", "gloss", "confidence", "documents",
              "mentions")


def assert_node_properties_exact(store: Neo4jStore, *graphs: DocumentGraph) -> None:
    """Every node's properties and type label in Neo4j are what the shared rules derive from
    the documents' records (the Browser shows these; to_networkx re-derives them itself)."""
    want = expected_graph(*graphs)
    rows = raw(store, "MATCH (n:Entity) WHERE n.summary_json IS NOT NULL "
                      "RETURN n.key AS key, properties(n) AS p, labels(n) AS labels")
    got = {r["key"]: ({f: r["p"].get(f) for f in NODE_PROPS}, sorted(r["labels"])) for r in rows}
    expected = {k: ({f: a[f] for f in NODE_PROPS},
                    sorted({"Entity", a["type"]} if a["type"] in ENTITY_TYPES else {"Entity"}))
                for k, a in want.nodes(data=True)}
    assert got == expected


def snapshot(g) -> tuple:
    """Everything observable about a networkx graph, in a comparable form."""
    return (
        g.graph,
        sorted(g.nodes(data=True), key=lambda kv: kv[0]),
        sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])),
    )


def raw(store: Neo4jStore, query: str, **params) -> list[dict]:
    return store._read("test query", query, **params)


# ---------------------------------------------------------------------------------------------
# tests
# ---------------------------------------------------------------------------------------------


def test_store_satisfies_protocol(neo4j_store):
    assert isinstance(neo4j_store, GraphStore)
    assert neo4j_store.kind == "neo4j"
    assert raw(neo4j_store, cypher.PING) == [{"one": 1}]


def test_schema_init_is_idempotent_and_complete(neo4j_store):
    def schema():
        cons = {r["name"]: r for r in raw(neo4j_store, "SHOW CONSTRAINTS YIELD name, labelsOrTypes, "
                                          "properties RETURN name, labelsOrTypes, properties")}
        idx = {r["name"]: r for r in raw(neo4j_store, "SHOW INDEXES YIELD name, type, state, labelsOrTypes, "
                                         "properties RETURN name, type, state, labelsOrTypes, properties")}
        return cons, idx

    init_schema(neo4j_store)
    first = schema()
    init_schema(neo4j_store)
    second = schema()
    assert first == second
    cons, idx = second
    unique_labels = {r["labelsOrTypes"][0] for r in cons.values() if r["properties"] in (["key"], ["id"])}
    assert {"Entity", "Document", *ENTITY_TYPES} <= unique_labels
    ft = idx["entity_names"]
    assert ft["type"] == "FULLTEXT" and ft["state"] == "ONLINE"
    assert ft["properties"] == ["name", "aliases"]


def test_write_read_round_trip(neo4j_store):
    dg = longyan()
    neo4j_store.write_document(dg)
    assert neo4j_store.document_sha("s001") == dg.document.sha256
    assert neo4j_store.document_sha("nope") is None
    got, want = neo4j_store.to_networkx(), expected_graph(dg)
    assert snapshot(got) == snapshot(want)
    assert neo4j_store.counts() == {"documents": 1, "nodes": 5, "relationships": 3, "evidence": 4}
    # labels: :Entity plus the type label from the fixed list
    rows = raw(neo4j_store, "MATCH (n:Entity {key: $k}) RETURN labels(n) AS labels, n.aliases AS aliases",
               k="福建省|福建省委军民融合办")
    assert sorted(rows[0]["labels"]) == ["Entity", "PartyGovBody"]
    assert rows[0]["aliases"] == ["省委军民融合办"]
    # an analyst reaches every supporting sentence in one hop
    rows = raw(neo4j_store, "MATCH (:Entity {key: $h})-[r:LOCATED_IN]->(:Entity {key: $t}) "
               "RETURN r.ev_sentences AS s, r.ev_documents AS d, r.ev_modalities AS m, "
               "[x IN r.ev_details | apoc.convert.fromJsonMap(x)] AS details",
               h="龙岩市|龙岩市委军民融合办", t="龙岩市")
    assert len(rows) == 1 and len(rows[0]["s"]) == 2
    assert all("龙岩市委军民融合办主任张丽华" in s for s in rows[0]["s"])
    assert rows[0]["d"] == ["s001", "s001"] and rows[0]["m"] == ["reported", "reported"]
    # offsets, rule and confidence are one APOC call away in Cypher, and match the records written
    want = sorted((e.evidence.sentence_index, e.evidence.start, e.evidence.end, e.source)
                  for e in dg.edges if e.type == "LOCATED_IN" and e.head == "龙岩市|龙岩市委军民融合办")
    got = sorted((d["sentence_index"], d["start"], d["end"], d["source"]) for d in rows[0]["details"])
    assert got == want


def test_fulltext_index_finds_chinese_names_and_aliases(neo4j_store):
    neo4j_store.write_document(longyan())
    raw(neo4j_store, "CALL db.awaitIndexes(60)")
    rows = raw(neo4j_store, "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node "
               "RETURN node.key AS key", q="省委军民融合办")
    assert "福建省|福建省委军民融合办" in [r["key"] for r in rows]


def test_writing_the_same_document_twice_changes_nothing(neo4j_store):
    dg = longyan()
    neo4j_store.write_document(dg)
    before = (neo4j_store.counts(), snapshot(neo4j_store.to_networkx()))
    neo4j_store.write_document(dg)
    after = (neo4j_store.counts(), snapshot(neo4j_store.to_networkx()))
    assert before == after
    rows = raw(neo4j_store, "MATCH ()-[m:MENTIONED_IN]->() RETURN count(m) AS n")
    assert rows[0]["n"] == len(dg.nodes)


def test_replace_on_change_is_exact(neo4j_store):
    old = longyan()
    neo4j_store.write_document(old)
    neo4j_store.write_document(xx_speech())
    new = longyan()
    new.document.sha256 = "changed"
    new.nodes = [n for n in new.nodes if n.key != "龙岩市|张丽华"]
    new.edges = [e for e in new.edges if e.type != "HOLDS_POSITION" and e.type != "SUPPORTS"]
    new.edges = new.edges[:1]  # one LOCATED_IN evidence left of two
    neo4j_store.write_document(new)
    assert_node_properties_exact(neo4j_store, new, xx_speech())
    assert neo4j_store.document_sha("s001") == "changed"
    assert snapshot(neo4j_store.to_networkx()) == snapshot(expected_graph(new, xx_speech()))
    assert raw(neo4j_store, "MATCH (n:Entity {key: '龙岩市|张丽华'}) RETURN n") == []
    assert raw(neo4j_store, "MATCH ()-[r:SUPPORTS|HOLDS_POSITION]->() RETURN r") == []
    rows = raw(neo4j_store, "MATCH ()-[r:LOCATED_IN]->() RETURN size(r.ev_sentences) AS n")
    assert rows == [{"n": 1}]


def test_forget_removes_exactly_one_documents_facts(neo4j_store):
    graphs = [longyan(), xx_speech(), military_speech()]
    for g in graphs:
        neo4j_store.write_document(g)
    assert snapshot(neo4j_store.to_networkx()) == snapshot(expected_graph(*graphs))
    xi = raw(neo4j_store, "MATCH (n:Person {key: $k}) RETURN n.documents AS d", k=XI)
    assert xi == [{"d": ["s000", "s001", "s003"]}]

    assert neo4j_store.forget("s000") is True
    assert neo4j_store.forget("s000") is False
    assert neo4j_store.document_sha("s000") is None
    rest = [graphs[0], graphs[2]]
    assert snapshot(neo4j_store.to_networkx()) == snapshot(expected_graph(*rest))
    g = expected_graph(*rest)
    assert neo4j_store.counts() == {
        "documents": 2, "nodes": g.number_of_nodes(), "relationships": g.number_of_edges(),
        "evidence": sum(len(d["evidence"]) for _, _, d in g.edges(data=True)),
    }
    assert_node_properties_exact(neo4j_store, *rest)
    assert raw(neo4j_store, "MATCH (n:Entity {key: '党中央'}) RETURN n") == []
    assert raw(neo4j_store, "MATCH (n:Person {key: $k}) RETURN n.documents AS d", k=XI) == [
        {"d": ["s001", "s003"]}]

    for g in rest:
        assert neo4j_store.forget(g.document.id)
    # nothing is left but the data-model stamp
    assert raw(neo4j_store, "MATCH (n) WHERE NOT n:McfgraphModel RETURN count(n) AS n") == [{"n": 0}]
    assert neo4j_store.counts() == {"documents": 0, "nodes": 0, "relationships": 0, "evidence": 0}


def test_majority_type_relabels_the_node(neo4j_store):
    def doc(i: int, etype: str) -> DocumentGraph:
        b = Builder(f"t{i}", text=f"第{i}篇：军民融合产业园建设加快。")
        b.node("龙岩市|军民融合产业园", etype, "军民融合产业园")
        return b.graph()

    def labels():
        rows = raw(neo4j_store, "MATCH (n:Entity {key: $k}) RETURN labels(n) AS l, n.type AS t",
                   k="龙岩市|军民融合产业园")
        return sorted(rows[0]["l"]), rows[0]["t"]

    neo4j_store.write_document(doc(1, "Project"))
    assert labels() == (["Entity", "Project"], "Project")
    neo4j_store.write_document(doc(2, "IndustrialPark"))  # tie: alphabetical wins
    assert labels() == (["Entity", "IndustrialPark"], "IndustrialPark")
    neo4j_store.write_document(doc(3, "Project"))
    assert labels() == (["Entity", "Project"], "Project")
    neo4j_store.forget("t3")
    neo4j_store.forget("t1")
    assert labels() == (["Entity", "IndustrialPark"], "IndustrialPark")


def test_evidence_waits_for_an_endpoint_no_document_describes_yet(neo4j_store):
    a = Builder("s001", "龙岩市")
    a.node("龙岩市", "Location", "龙岩市")
    a.edge("福建省|福建省委军民融合办", "SUPPORTS", "龙岩市", "悉心指导下")
    b = Builder("s001b", "福建省", text=(SAMPLES / "s001.txt").read_text(encoding="utf-8"))
    b.node("福建省|福建省委军民融合办", "PartyGovBody", "福建省委军民融合办")

    neo4j_store.write_document(a.graph())
    assert snapshot(neo4j_store.to_networkx()) == snapshot(expected_graph(a.graph()))
    assert neo4j_store.counts()["relationships"] == 0
    neo4j_store.write_document(b.graph())
    assert snapshot(neo4j_store.to_networkx()) == snapshot(expected_graph(a.graph(), b.graph()))
    assert neo4j_store.counts()["relationships"] == 1
    neo4j_store.forget("s001b")
    assert snapshot(neo4j_store.to_networkx()) == snapshot(expected_graph(a.graph()))
    neo4j_store.forget("s001")
    assert raw(neo4j_store, "MATCH (n) WHERE NOT n:McfgraphModel RETURN count(n) AS n") == [{"n": 0}]


def test_to_networkx_equals_graph_from_contributions(neo4j_store):
    graphs = [military_speech(), longyan(), xx_speech()]
    for g in graphs:
        neo4j_store.write_document(g)
    got = neo4j_store.to_networkx()
    want = expected_graph(*graphs)
    assert snapshot(got) == snapshot(want)
    assert got.nodes[XI]["documents"] == ["s000", "s001", "s003"]
    assert got.graph["documents"]["s001"]["title"].startswith("龙岩市委军民融合办主任")
    # the contributions read back are the records written
    docs, nodes, edges = neo4j_store.contributions()
    written = sorted((g.document.id, n.key, repr(asdict(n))) for g in graphs for n in g.nodes)
    assert sorted((d, n.key, repr(asdict(n))) for d, n in nodes) == written


def test_clear_empties_the_database(neo4j_store):
    neo4j_store.write_document(longyan())
    neo4j_store.clear()
    assert neo4j_store.counts() == {"documents": 0, "nodes": 0, "relationships": 0, "evidence": 0}
    assert raw(neo4j_store, "MATCH (n) WHERE NOT n:McfgraphModel RETURN count(n) AS n") == [{"n": 0}]


def test_bad_records_are_refused_before_writing(neo4j_store):
    dg = longyan()
    dg.edges[0] = replace(dg.edges[0], type="OWNS")
    with pytest.raises(ValueError, match="OWNS"):
        neo4j_store.write_document(dg)
    dg = longyan()
    dg.nodes.append(dg.nodes[0])
    with pytest.raises(ValueError, match="twice"):
        neo4j_store.write_document(dg)
    assert neo4j_store.counts()["documents"] == 0


def test_unreachable_server_is_a_store_error():
    with pytest.raises(StoreError, match="cannot reach"):
        Neo4jStore("bolt://127.0.0.1:1", "neo4j", "x")


def test_connection_settings_sources(monkeypatch, neo4j_home):
    from graph.neo4j_server import read_credentials

    creds = read_credentials(neo4j_home)
    for var in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        monkeypatch.delenv(var, raising=False)
    if creds is not None:
        s = connection_settings(None)
        assert (s["uri"], s["password"]) == (creds["uri"], creds["password"])
    monkeypatch.setenv("NEO4J_URI", "bolt://db.example:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "pw")
    monkeypatch.setenv("NEO4J_DATABASE", "graph")
    assert connection_settings(None) == {"uri": "bolt://db.example:7687", "user": "neo4j",
                                         "password": "pw", "database": "graph"}
    monkeypatch.setenv("NEO4J_USER", "analyst")
    assert connection_settings("bolt://other:1")["uri"] == "bolt://other:1"
    assert connection_settings("bolt://other:1")["user"] == "analyst"
    monkeypatch.delenv("NEO4J_PASSWORD")
    with pytest.raises(StoreError, match="NEO4J_PASSWORD"):
        connection_settings("bolt://other:1")


def test_a_graph_of_an_older_data_model_is_refused_clearly(neo4j_store):
    # what a v1 store left behind: entities and documents, no model stamp
    def cypher_(query: str) -> list[dict]:  # straight to the server, past the store's model check
        with neo4j_store._session() as session:
            return [r.data() for r in session.run(query)]

    cypher_("CREATE (:Entity {key: 'x'})-[:MENTIONED_IN {name: 'x', type: 'Person'}]->"
            "(:Document {id: 'old'})")
    fresh = Neo4jStore(**connection_settings(neo4j_store.uri))
    try:
        with pytest.raises(StoreError, match=r"no mcfgraph data-model stamp.*mcfgraph clear --yes --neo4j"):
            fresh.to_networkx()
        with pytest.raises(StoreError, match="no mcfgraph data-model stamp"):
            fresh.write_document(longyan())
        assert cypher_("MATCH (d:Document) RETURN d.id AS id") == [{"id": "old"}]  # nothing lost
        fresh.clear()
        fresh.write_document(longyan())  # an emptied store takes the current model
        assert fresh.counts()["documents"] == 1
        cypher_("MATCH (m:McfgraphModel) SET m.version = 2")  # as the previous model stamped it
        stale = Neo4jStore(**connection_settings(neo4j_store.uri))
        with pytest.raises(StoreError, match=f"data model v2; this mcfgraph reads and writes data model "
                                             f"v{cypher.MODEL_VERSION}"):
            stale.counts()
        stale.close()
        cypher_(f"MATCH (m:McfgraphModel) SET m.version = {cypher.MODEL_VERSION}")
        assert cypher_("MATCH (m:McfgraphModel) RETURN m.version AS v") == [{"v": cypher.MODEL_VERSION}]
    finally:
        fresh.close()


def test_two_concurrent_writers_keep_every_hub_node_exact(neo4j_store):
    """Two ingests at once: every document's contribution to shared (dense) nodes is in the derived
    node properties, as if the documents had been written one after another."""
    import threading

    text = (SAMPLES / "s001.txt").read_text(encoding="utf-8")
    hubs = [("龙岩市", "Location", "龙岩市"), (XI, "Person", XI)]

    def doc(i: int) -> DocumentGraph:
        b = Builder(f"c{i:03d}", "龙岩市", text=text)
        for key, etype, name in hubs:
            b.node(key, etype, name, aliases=[f"别名{i}"])
        b.node(f"龙岩市|单位{i}", "PartyGovBody", f"单位{i}")
        return b.graph()

    graphs = [doc(i) for i in range(120)]
    errors: list[BaseException] = []

    def writer(part: list[DocumentGraph]) -> None:
        store = Neo4jStore(**connection_settings(neo4j_store.uri))
        try:
            for g in part:
                store.write_document(g)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=writer, args=(graphs[k::2],)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    want = expected_graph(*graphs)
    assert snapshot(neo4j_store.to_networkx()) == snapshot(want)
    assert_node_properties_exact(neo4j_store, *graphs)
    for key, _, _ in hubs:
        row = raw(neo4j_store, "MATCH (n:Entity {key: $k}) RETURN n.documents AS d, n.aliases AS a, "
                  "n.mentions AS m", k=key)[0]
        assert row["d"] == want.nodes[key]["documents"]
        assert row["a"] == want.nodes[key]["aliases"]
        assert row["m"] == want.nodes[key]["mentions"]
