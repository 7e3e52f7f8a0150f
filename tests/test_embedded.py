import sqlite3

import pytest

from graph.embedded import EmbeddedStore
from graph.resolve import resolve
from graph.store import StoreError
from tests.records import longyan, xx_speech


@pytest.fixture
def store(tmp_path):
    s = EmbeddedStore(tmp_path / "g.db")
    yield s
    s.close()


def test_write_then_read_back(store):
    store.write_document(resolve(longyan()))
    c = store.counts()
    assert c["documents"] == 1
    assert c["nodes"] == 4
    assert c["relationships"] == 3
    g = store.to_networkx()
    assert g.nodes["龙岩市委军民融合办"]["type"] == "PartyGovBody"
    ev = g.edges["张丽华", "龙岩市委军民融合办", "HOLDS_POSITION"]["evidence"]
    assert ev[0]["document"] == "s001" and "张丽华" in ev[0]["sentence"]


def test_writing_the_same_document_twice_changes_nothing(store):
    store.write_document(resolve(longyan()))
    before = store.counts()
    store.write_document(resolve(longyan()))
    assert store.counts() == before


def test_replace_on_change_leaves_nothing_stale(store):
    store.write_document(resolve(longyan()))
    changed = longyan()
    changed.relations = changed.relations[:1]
    changed.entities = [e for e in changed.entities if e.name in ("张丽华", "龙岩市委军民融合办")]
    store.write_document(resolve(changed))
    g = store.to_networkx()
    assert set(g.nodes) == {"张丽华", "龙岩市委军民融合办"}
    assert g.number_of_edges() == 1


def test_forget_removes_only_what_the_document_alone_supported(store):
    store.write_document(resolve(longyan()))
    store.write_document(resolve(xx_speech()))
    assert store.forget("s000") is True
    assert store.forget("s000") is False
    g = store.to_networkx()
    assert set(g.graph["documents"]) == {"s001"}
    assert not any(k.startswith("XX") for k in g.nodes)
    assert g.number_of_edges() == 3


def test_clear(store):
    store.write_document(resolve(longyan()))
    store.clear()
    assert store.counts() == {"documents": 0, "nodes": 0, "relationships": 0, "evidence": 0}


def test_document_sha(store):
    graph = resolve(longyan())
    assert store.document_sha("s001") is None
    store.write_document(graph)
    assert store.document_sha("s001") == graph.document.sha256


def test_not_a_store_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="bad.db"):
        EmbeddedStore(bad)


def test_a_concurrent_writer_waits_or_refuses_clearly(tmp_path):
    path = tmp_path / "g.db"
    holder = sqlite3.connect(path, isolation_level=None)
    EmbeddedStore(path).close()
    holder.execute("BEGIN IMMEDIATE")
    store = EmbeddedStore(path, timeout=0.2)
    with pytest.raises(StoreError, match="busy"):
        store.write_document(resolve(longyan()))
    holder.execute("ROLLBACK")
    store.write_document(resolve(longyan()))
    assert store.counts()["documents"] == 1


def _counted_from_graph(store: EmbeddedStore) -> dict[str, int]:
    g = store.to_networkx()
    return {"documents": len(g.graph["documents"]), "nodes": g.number_of_nodes(),
            "relationships": g.number_of_edges(),
            "evidence": sum(len(d["evidence"]) for _, _, d in g.edges(data=True))}


def test_sql_counts_agree_with_the_derived_graph(store):
    from graph.model import Document, DocumentGraph, EdgeRecord, Evidence, NodeRecord

    store.write_document(resolve(longyan()))
    store.write_document(resolve(xx_speech()))
    assert store.counts() == _counted_from_graph(store)
    # evidence naming a node no document describes is kept but is not a counted fact yet
    ev = Evidence("d9", "某部支持龙岩市。", 0, 0, 8, "reported")
    waiting = DocumentGraph(Document("d9", "d9.txt", "", sha256="9"),
                            [NodeRecord("龙岩市", "Location", "龙岩市")],
                            [EdgeRecord("某部", "SUPPORTS", "龙岩市", ev),
                             EdgeRecord("某部", "SUPPORTS", "龙岩市", ev)])
    store.write_document(waiting)
    assert store.counts() == _counted_from_graph(store)
    described = DocumentGraph(Document("d10", "d10.txt", "", sha256="10"),
                              [NodeRecord("某部", "MilitaryUnit", "某部")], [])
    store.write_document(described)
    after = store.counts()
    assert after == _counted_from_graph(store)
    assert after["evidence"] - after["relationships"] >= 1  # two pieces of evidence, one fact
    store.forget("d10")
    assert store.counts() == _counted_from_graph(store)
