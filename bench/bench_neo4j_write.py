"""Write throughput into the real Neo4j server: batched UNWIND vs one record per transaction.

Both modes run the store's own statements from graph.cypher (MERGE_MENTIONS for entity
contributions, merge_evidence(type) for relationship evidence), against the schema of
schema.cypher, on synthetic entities and relationships. The batched mode sends `--batch` rows per
transaction; the per-record mode sends each record in its own transaction, on a `--single` subset
(the full set would take too long) whose rate is extrapolated to the full size. A third line
measures the whole `Neo4jStore.write_document` path (removal of earlier contributions, MERGE and
re-derivation of every touched node) with synthetic documents of `--batch` records each.

Everything the bench writes uses the key prefix `bench:` and is deleted afterwards, so it can run
against a server that holds real data. Usage:

    python bench/bench_neo4j_write.py                 # 60k entities + 60k relationships
    python bench/bench_neo4j_write.py --entities 10000 --relationships 10000 --single 1000
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph import cypher  # noqa: E402
from graph.embedded import EmbeddedStore  # noqa: E402
from graph.model import (  # noqa: E402
    ENTITY_TYPES,
    RELATION_TYPES,
    Document,
    DocumentGraph,
    EdgeRecord,
    Evidence,
    Mention,
    NodeRecord,
)
from graph.neo4j_store import (  # noqa: E402
    Neo4jStore,
    connection_settings,
    evidence_columns,
    init_schema,
    mention_columns,
)
from graph.store import iter_chunks  # noqa: E402

PREFIX = "bench:"
SENTENCE = "市委军民融合办要根据会议研究的意见，对相关文件进行修改完善，并牵头抓好落实。"


def synthetic(run: str, n_entities: int, n_rels: int,
              seed: int = 7) -> tuple[list[NodeRecord], list[EdgeRecord]]:
    """Entities with realistic-size properties and relationships with one piece of evidence each."""
    rnd = random.Random(seed)
    doc = f"{PREFIX}{run}:doc"
    nodes = [
        NodeRecord(key=f"{PREFIX}{run}:e{i}", type=ENTITY_TYPES[i % len(ENTITY_TYPES)],
                   name=f"实体{i}军民融合单位", aliases=[f"简称{i}"], jurisdiction="龙岩市",
                   side=("military", "civilian", "joint", "neutral")[i % 4],
                   mentions=[Mention(i % 50, 10 * i, 10 * i + 8, f"实体{i}军民融合单位")],
                   source="bench", confidence=0.9)
        for i in range(n_entities)
    ]
    edges = []
    for j in range(n_rels):
        h, t = rnd.randrange(n_entities), rnd.randrange(n_entities)
        ev = Evidence(doc, SENTENCE, j % 100, 40 * j, 40 * j + len(SENTENCE), "reported")
        edges.append(EdgeRecord(nodes[h].key, RELATION_TYPES[j % len(RELATION_TYPES)], nodes[t].key,
                                ev, source="bench", confidence=0.8))
    return nodes, edges


def _ensure_document(store: Neo4jStore, doc_id: str) -> None:
    with store._session() as s:
        s.execute_write(lambda tx: tx.run(cypher.MERGE_DOCUMENT, id=doc_id,
                                          props={"sha256": "bench"}, heads=[]).consume())


def write_batched(store: Neo4jStore, doc_id: str, nodes, edges, batch: int) -> float:
    """Entity rows then relationship rows, `batch` rows per transaction; returns seconds."""
    _ensure_document(store, doc_id)
    t0 = time.perf_counter()  # building the parameter lists is part of the cost
    with store._session() as s:
        for chunk in iter_chunks(nodes, batch):
            cols = mention_columns(chunk)
            s.execute_write(lambda tx, c=cols: tx.run(cypher.MERGE_MENTIONS, id=doc_id, **c).consume())
        for chunk in iter_chunks(edges, batch):
            by_type = evidence_columns(chunk)

            def tx_fn(tx, by_type=by_type):
                for rtype, cols in by_type.items():
                    tx.run(cypher.merge_evidence(rtype), **cols).consume()

            s.execute_write(tx_fn)
    return time.perf_counter() - t0


def write_single(store: Neo4jStore, doc_id: str, nodes, edges) -> float:
    """The same statements, one record per transaction; returns seconds."""
    _ensure_document(store, doc_id)
    t0 = time.perf_counter()
    with store._session() as s:
        for n in nodes:
            cols = mention_columns([n])
            s.execute_write(lambda tx, c=cols: tx.run(cypher.MERGE_MENTIONS, id=doc_id, **c).consume())
        for e in edges:
            (rtype, cols), = evidence_columns([e]).items()
            query = cypher.merge_evidence(rtype)
            s.execute_write(lambda tx, q=query, c=cols: tx.run(q, **c).consume())
    return time.perf_counter() - t0


def write_store(store, run: str, nodes, edges, batch: int) -> float:
    """The full write_document path of any GraphStore, documents of `batch` records each; seconds."""
    per_doc_nodes = batch // 2
    graphs = []
    for k, chunk in enumerate(iter_chunks(nodes, per_doc_nodes)):
        keys = {n.key for n in chunk}
        doc_id = f"{PREFIX}{run}:doc{k}"
        doc_edges = [e for e in edges if e.head in keys]
        doc_edges = [EdgeRecord(e.head, e.type, e.tail, Evidence(doc_id, e.evidence.sentence,
                     e.evidence.sentence_index, e.evidence.start, e.evidence.end, e.evidence.modality),
                     e.source, e.confidence) for e in doc_edges]
        graphs.append(DocumentGraph(Document(id=doc_id, source="bench", text="", sha256=str(k)),
                                    list(chunk), doc_edges))
    t0 = time.perf_counter()
    for g in graphs:
        store.write_document(g)
    return time.perf_counter() - t0


def corpus_graphs() -> list[DocumentGraph]:
    """The sample corpus and, when ../shared is beside the repo, the dev texts: real documents,
    extracted and resolved before any timing starts."""
    import json

    from graph.resolve import resolve
    from ingest.extract import extract_many
    from ingest.load import iter_documents

    root = Path(__file__).resolve().parent.parent
    docs = [d for d in iter_documents([root / "samples"]) if isinstance(d, Document)]
    dev = root.parent / "shared" / "gold" / "dev.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                docs.append(Document(id=rec["id"], source=f"dev/{rec['id']}", text=rec["text"],
                                     sha256=str(hash(rec["text"]))))
    return [resolve(x) for x in extract_many(docs)]


def write_corpus(store, graphs: list[DocumentGraph]) -> float:
    t0 = time.perf_counter()
    for g in graphs:
        store.write_document(g)
    return time.perf_counter() - t0


def hub_documents(n_docs: int) -> list[DocumentGraph]:
    """Small documents (30 entities, 29 relationships) that all mention the same two hub bodies and
    the same tie between them, as a corpus of news items all naming 中央军委 and the province does."""
    graphs = []
    for i in range(n_docs):
        doc_id = f"{PREFIX}hub:d{i}"
        hubs = [NodeRecord(f"{PREFIX}hub:H{h}", "PartyGovBody", f"中央机构{h}", aliases=[f"简称{h}"],
                           mentions=[Mention(0, 5 * k, 5 * k + 4, f"中央机构{h}") for k in range(3)],
                           source="bench") for h in range(2)]
        own = [NodeRecord(f"{PREFIX}hub:d{i}:n{k}", "Enterprise", f"企业{i}_{k}",
                          mentions=[Mention(1, 10, 14, f"企业{i}_{k}")], source="bench") for k in range(28)]
        edges = [EdgeRecord(own[k].key, "SUPPORTS", hubs[k % 2].key,
                            Evidence(doc_id, SENTENCE, 1, 0, len(SENTENCE), "reported"), "bench", 0.8)
                 for k in range(28)]
        edges.append(EdgeRecord(hubs[0].key, "COORDINATES_WITH", hubs[1].key,
                                Evidence(doc_id, SENTENCE, 1, 0, len(SENTENCE), "reported"), "bench", 0.8))
        graphs.append(DocumentGraph(Document(id=doc_id, source="bench", text="", sha256=str(i)),
                                    hubs + own, edges))
    return graphs


def write_hub_corpus(store, graphs: list[DocumentGraph], blocks: int = 4) -> list[float]:
    """Milliseconds per document in each successive block: flat if a write's cost does not grow
    with the number of documents already naming the same nodes."""
    size = max(1, len(graphs) // blocks)
    out = []
    for chunk in iter_chunks(graphs, size):
        t0 = time.perf_counter()
        for g in chunk:
            store.write_document(g)
        out.append(1000 * (time.perf_counter() - t0) / len(chunk))
    return out


def cleanup(store: Neo4jStore) -> None:
    with store._session() as s:
        while s.execute_write(
            lambda tx: tx.run(cypher.DELETE_BY_PREFIX, prefix=PREFIX, limit=10000).single()["deleted"]
        ):
            pass


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entities", type=int, default=60000)
    ap.add_argument("--relationships", type=int, default=60000)
    ap.add_argument("--batch", type=int, default=5000, help="rows per transaction (batched mode)")
    ap.add_argument("--single", type=int, default=2000,
                    help="entities (and as many relationships) written one per transaction")
    ap.add_argument("--warmup", type=int, default=60000,
                    help="entities (and as many relationships) written batched before measuring")
    ap.add_argument("--uri", default=None, help="bolt URI (default: the server `mcfgraph neo4j start` runs)")
    ap.add_argument("--skip-store", action="store_true", help="skip the write_document line")
    ap.add_argument("--skip-embedded", action="store_true", help="skip the embedded store line")
    ap.add_argument("--hub-docs", type=int, default=2000,
                    help="documents sharing two hub entities, written one by one (0: skip)")
    ap.add_argument("--corpus", action="store_true",
                    help="also write the real sample + dev documents to both stores (Neo4j only if "
                         "its database is empty: real keys would merge into real data)")
    args = ap.parse_args(argv)

    store = Neo4jStore(**connection_settings(args.uri))
    init_schema(store)
    cleanup(store)
    facts = args.entities + args.relationships
    try:
        # warm up both code paths (plan cache, and the JVM's JIT: right after `neo4j start` the
        # first 100k facts run at half speed, so a short warm-up measures the compiler, not Neo4j)
        wn, we = synthetic("warm", args.warmup, args.warmup)
        write_batched(store, f"{PREFIX}warm:doc", wn, we, args.batch)
        write_single(store, f"{PREFIX}warm:doc", *synthetic("warm1", 200, 200))
        cleanup(store)

        nodes, edges = synthetic("batched", args.entities, args.relationships)
        t_batched = write_batched(store, f"{PREFIX}batched:doc", nodes, edges, args.batch)
        cleanup(store)

        sn, se = synthetic("single", max(args.single, 2), args.single)
        t_single = write_single(store, f"{PREFIX}single:doc", sn, se)
        single_facts = len(sn) + len(se)
        cleanup(store)

        t_corpus = None
        if args.corpus:
            graphs = corpus_graphs()
            if store.counts()["documents"] == 0:
                write_corpus(store, graphs)  # warm the write_document path on these shapes
                store.clear()
                t_corpus = write_corpus(store, graphs)
                store.clear()
            else:
                print("  (--corpus skipped for Neo4j: its database holds documents)")

        hub_ms = None
        if args.hub_docs:
            hub_ms = write_hub_corpus(store, hub_documents(args.hub_docs))
            cleanup(store)

        t_store = None
        if not args.skip_store:
            nodes, edges = synthetic("store", args.entities, args.relationships)
            t_store = write_store(store, "store", nodes, edges, args.batch)
            cleanup(store)
    finally:
        cleanup(store)
        store.close()

    t_embedded = t_corpus_embedded = None
    if not args.skip_embedded:
        with tempfile.TemporaryDirectory() as tmp:
            embedded = EmbeddedStore(Path(tmp) / "bench.db")
            nodes, edges = synthetic("store", args.entities, args.relationships)
            t_embedded = write_store(embedded, "store", nodes, edges, args.batch)
            embedded.close()
            if args.corpus:
                embedded = EmbeddedStore(Path(tmp) / "corpus.db")
                t_corpus_embedded = write_corpus(embedded, graphs)
                embedded.close()

    rate_b = facts / t_batched
    rate_s = single_facts / t_single
    print(f"Neo4j write throughput, {args.entities} entities + {args.relationships} relationships "
          f"({facts} facts) on {store.uri}")
    print(f"  batched UNWIND ({args.batch} rows/tx):      {t_batched:8.2f} s  {rate_b:10.0f} facts/s")
    print(f"  one record per transaction:       {t_single:8.2f} s  {rate_s:10.0f} facts/s "
          f"(measured on {single_facts} facts; full set would take ~{facts / rate_s:.0f} s)")
    print(f"  speed-up batched / per-record:    {rate_b / rate_s:8.1f} x")
    if t_store is not None:
        print(f"  Neo4jStore.write_document ({args.batch} records/doc, with re-derivation): "
              f"{t_store:8.2f} s  {facts / t_store:10.0f} facts/s")
    if hub_ms is not None:
        print(f"  {args.hub_docs} documents naming the same two hubs, ms per document by quarter: "
              + " / ".join(f"{ms:.1f}" for ms in hub_ms))
    if t_corpus is not None:
        n_facts = sum(len(g.nodes) + len(g.edges) for g in graphs)
        print(f"  real documents ({len(graphs)} docs, {n_facts} facts), Neo4jStore.write_document: "
              f"{t_corpus:6.2f} s  {len(graphs) / t_corpus:7.1f} docs/s  {n_facts / t_corpus:8.0f} facts/s")
        if t_corpus_embedded is not None:
            t = t_corpus_embedded
            print(f"  real documents, EmbeddedStore.write_document:            {t:6.2f} s  "
                  f"{len(graphs) / t:7.1f} docs/s  {n_facts / t:8.0f} facts/s")
    if t_embedded is not None:
        print(f"  EmbeddedStore.write_document (same documents, SQLite):      "
              f"{t_embedded:8.2f} s  {facts / t_embedded:10.0f} facts/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
