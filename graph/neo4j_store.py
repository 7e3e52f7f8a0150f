"""GraphStore on a real Neo4j 5.26 server, with the same observable behaviour as the embedded store.

What is stored is each document's contribution, as in the embedded store: a MENTIONED_IN
relationship from an entity to the document carries that document's NodeRecord (the same JSON the
embedded store keeps), and ev_documents on a relationship says which document wrote each evidence
entry. Entity properties and type labels
are derived from a per-node NodeSummary of the contributions (graph.store) after every write, so
replace-on-change and forget are exact, and `to_networkx` reads the contributions back and hands
them to graph.store.graph_from_contributions, the same function the embedded store uses.

All Cypher lives in graph.cypher.
"""

from __future__ import annotations

import json
import os

import networkx as nx
from neo4j import GraphDatabase, ManagedTransaction
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable, SessionExpired

from graph import cypher
from graph.model import (
    ENTITY_TYPES,
    DocumentGraph,
    EdgeRecord,
    Evidence,
    NodeRecord,
    evidence_fields,
    node_from_json,
    node_to_json,
)
from graph.store import NodeSummary, StoreError, graph_from_contributions, iter_chunks, node_caption

BATCH = 5000  # rows per UNWIND


def connection_settings(uri: str | None = None) -> dict:
    """Where and how to connect: {"uri", "user", "password", "database"}.

    An explicit `uri` (or NEO4J_URI) is used with NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE.
    With no URI at all, the credentials.json of the server `mcfgraph neo4j start` runs is read, so
    nobody has to copy a generated password around. If the explicit URI is that server's, its
    stored password is used when NEO4J_PASSWORD is not set.
    """
    from graph.neo4j_server import default_home, read_credentials

    uri = uri or os.environ.get("NEO4J_URI") or None
    creds = read_credentials(default_home())
    database = os.environ.get("NEO4J_DATABASE") or (creds or {}).get("database") or "neo4j"
    if uri is None:
        if creds is None:
            raise StoreError(
                f"no Neo4j URI given (NEO4J_URI) and no server installed in {default_home()}; "
                "run `mcfgraph neo4j install` and `mcfgraph neo4j start`, or set NEO4J_URI"
            )
        return {"uri": creds["uri"], "user": creds["user"], "password": creds["password"],
                "database": database}
    password = os.environ.get("NEO4J_PASSWORD")
    user = os.environ.get("NEO4J_USER") or "neo4j"
    if password is None and creds is not None and _same_server(uri, creds["uri"]):
        password, user = creds["password"], os.environ.get("NEO4J_USER") or creds["user"]
    if password is None:
        raise StoreError(f"NEO4J_PASSWORD is not set for {uri}")
    return {"uri": uri, "user": user, "password": password, "database": database}


def _same_server(a: str, b: str) -> bool:
    def norm(u: str) -> str:
        rest = u.split("://", 1)[-1].rstrip("/")
        return rest.replace("localhost", "127.0.0.1")

    return norm(a) == norm(b)


# ---------------------------------------------------------------------------------------------
# records <-> properties
# ---------------------------------------------------------------------------------------------


def mention_columns(nodes: list[NodeRecord]) -> dict[str, list]:
    """NodeRecords as the parallel lists MERGE_MENTIONS takes ($key, $record, $problems_json)."""
    return {
        "key": [n.key for n in nodes],
        "record": [node_to_json(n) for n in nodes],
        "problems_json": [json.dumps([evidence_fields(p) for p in n.problems], ensure_ascii=False)
                          if n.problems else None for n in nodes],
    }


def evidence_details(e: EdgeRecord) -> str:
    """What ev_details holds for one piece of evidence (sorted keys, like every stored JSON)."""
    ev = e.evidence
    return json.dumps({"sentence_index": int(ev.sentence_index), "start": int(ev.start),
                       "end": int(ev.end), "source": e.source, "confidence": float(e.confidence)},
                      ensure_ascii=False, sort_keys=True)


def evidence_columns(edges: list[EdgeRecord]) -> dict[str, dict[str, list]]:
    """Edge records grouped by relation type, as the parallel lists merge_evidence(type) takes."""
    by_type: dict[str, dict[str, list]] = {}
    for e in edges:
        cols = by_type.setdefault(e.type, {p: [] for p in ("head", "tail", *cypher.EVIDENCE_LISTS)})
        cols["head"].append(e.head)
        cols["tail"].append(e.tail)
        cols["ev_documents"].append(e.evidence.document)
        cols["ev_sentences"].append(e.evidence.sentence)
        cols["ev_modalities"].append(e.evidence.modality)
        cols["ev_details"].append(evidence_details(e))
    return by_type


def column_chunks(cols: dict[str, list], size: int):
    """Slices of parallel lists, `size` rows at a time."""
    n = len(next(iter(cols.values()))) if cols else 0
    for i in range(0, n, size):
        yield {k: v[i : i + size] for k, v in cols.items()}


def edge_records(row: dict) -> list[tuple[str, EdgeRecord]]:
    """The (contributing document, EdgeRecord) pairs one relationship's evidence lists hold."""
    out = []
    for doc, sentence, modality, details in zip(row["ev_documents"] or [], row["ev_sentences"],
                                                row["ev_modalities"], row["ev_details"], strict=True):
        d = json.loads(details)
        ev = Evidence(document=doc, sentence=sentence, sentence_index=d["sentence_index"],
                      start=d["start"], end=d["end"], modality=modality)
        out.append((doc, EdgeRecord(head=row["head"], type=row["type"], tail=row["tail"], evidence=ev,
                                    source=d["source"], confidence=d["confidence"])))
    return out


# ---------------------------------------------------------------------------------------------
# transaction functions (run inside session.execute_write, so the driver retries transient errors)
# ---------------------------------------------------------------------------------------------


def _remove_contributions(
    tx: ManagedTransaction, doc_id: str
) -> tuple[bool, set[str], dict[str, NodeRecord]]:
    """Drop what `doc_id` contributed: (was it stored, keys of nodes touched, its node records)."""
    rec = tx.run(cypher.DOCUMENT_STATE, id=doc_id).single()
    if rec is None:
        return False, set(), {}
    old = {r.key: r for r in map(node_from_json, rec["records"])}
    touched = set(old)
    tx.run(cypher.DELETE_MENTIONS, id=doc_id).consume()
    heads = list(rec["heads"] or [])
    for chunk in iter_chunks(heads, BATCH):
        keys = tx.run(cypher.REMOVE_EVIDENCE, id=doc_id, heads=chunk).single()["keys"]
        touched.update(keys)
    return True, touched, old


def _derive_nodes(tx: ManagedTransaction, keys: set[str], doc_id: str,
                  old: dict[str, NodeRecord], new: dict[str, NodeRecord]) -> None:
    """Bring node properties and labels up to date after `doc_id` replaced `old` by `new`.

    Each node keeps a NodeSummary of its contributions (summary_json); the document's old records
    are taken out of it and the new ones put in, so the cost does not grow with the number of
    other documents that mention the node. A node no document describes any more is deleted,
    unless some remaining evidence still names it: then it stays as a bare :Unresolved endpoint,
    exactly as the embedded store keeps that evidence waiting for a document that describes it.
    """
    cols: dict[str, list] = {f: [] for f in (*cypher.NODE_FIELDS, "labels")}
    empty: list[str] = []
    for chunk in iter_chunks(sorted(keys), BATCH):  # sorted: locks taken in one order
        for rec in tx.run(cypher.LOCK_SUMMARIES, keys=chunk):
            key = rec["key"]
            summary = NodeSummary.from_json(key, rec["summary"])
            if key not in old and key not in new:  # an evidence endpoint: its description is as it was
                if not summary:
                    empty.append(key)
                continue
            documents, mentions = set(rec["documents"] or []), rec["mentions"] or 0
            if key in old:
                summary.remove(old[key])
                documents.discard(doc_id)
                mentions -= len(old[key].mentions)
            if key in new:
                summary.add(new[key])
                documents.add(doc_id)
                mentions += len(new[key].mentions)
            if not summary:
                empty.append(key)
                continue
            props = summary.properties()
            props.update(documents=sorted(documents), mentions=mentions, summary_json=summary.to_json(),
                         caption=node_caption(props["name"], props["gloss"]))
            for f in cypher.NODE_FIELDS:
                cols[f].append(props[f])
            cols["labels"].append([cypher.entity_label(props["type"])]
                                  if props["type"] in ENTITY_TYPES else [])
    for chunk in column_chunks(cols, BATCH):
        tx.run(cypher.SET_NODE_PROPERTIES, **chunk).consume()
    unresolved: list[str] = []
    gone: list[str] = []
    for chunk in iter_chunks(empty, BATCH):
        for rec in tx.run(cypher.LINKED, keys=chunk):
            (unresolved if rec["linked"] else gone).append(rec["key"])
    for chunk in iter_chunks(unresolved, BATCH):
        tx.run(cypher.MARK_UNRESOLVED, keys=chunk).consume()
    for chunk in iter_chunks(gone, BATCH):
        tx.run(cypher.DELETE_NODES, keys=chunk).consume()


def facts_sha256(graph: DocumentGraph) -> str:
    """A hash of what a document's ingest stores (its fields, every entity and relationship record
    with its evidence, and the mcfgraph version that derived them): `gaps --neo4j` keeps it per
    document in its (:GapRun), so the saved queries and `mcfgraph ingest` see that findings are out
    of date when a re-ingest of the same text (`--force`, a newer mcfgraph) stored other facts, and
    not when it stored the same (ux6)."""
    import hashlib

    from graph.model import edge_to_json, node_to_json

    try:
        from importlib.metadata import version

        ver = version("mcfgraph")
    except Exception:  # noqa: BLE001 - not installed: the records alone
        ver = ""
    doc = graph.document
    h = hashlib.sha256()
    h.update(json.dumps({f: getattr(doc, f) for f in cypher.DOCUMENT_FIELDS}, sort_keys=True,
                        ensure_ascii=False, default=str).encode())
    h.update(ver.encode())
    for line in sorted(node_to_json(n) for n in graph.nodes):
        h.update(b"\nN" + line.encode())
    for line in sorted(edge_to_json(e) for e in graph.edges):
        h.update(b"\nE" + line.encode())
    return h.hexdigest()


def _write_document_tx(tx: ManagedTransaction, graph: DocumentGraph) -> None:
    doc = graph.document
    _, touched, old = _remove_contributions(tx, doc.id)
    heads = sorted({e.head for e in graph.edges})
    props = {f: getattr(doc, f) for f in cypher.DOCUMENT_FIELDS}
    props["facts_sha256"] = facts_sha256(graph)
    tx.run(cypher.MERGE_DOCUMENT, id=doc.id, props=props, heads=heads).consume()
    for chunk in column_chunks(mention_columns(graph.nodes), BATCH):
        tx.run(cypher.MERGE_MENTIONS, id=doc.id, **chunk).consume()
    by_type = evidence_columns(graph.edges)
    for rtype in sorted(by_type):
        query = cypher.merge_evidence(rtype)
        for chunk in column_chunks(by_type[rtype], BATCH):
            tx.run(query, **chunk).consume()
    touched.update(n.key for n in graph.nodes)
    touched.update(e.head for e in graph.edges)
    touched.update(e.tail for e in graph.edges)
    _derive_nodes(tx, touched, doc.id, old, {n.key: n for n in graph.nodes})


def _forget_tx(tx: ManagedTransaction, doc_id: str) -> bool:
    stored, touched, old = _remove_contributions(tx, doc_id)
    if not stored:
        return False
    tx.run(cypher.DELETE_DOCUMENT, id=doc_id).consume()
    _derive_nodes(tx, touched, doc_id, old, {})
    return True


# ---------------------------------------------------------------------------------------------
# the store
# ---------------------------------------------------------------------------------------------


class Neo4jStore:
    """GraphStore on Neo4j 5.26 (kind "neo4j")."""

    kind = "neo4j"

    def __init__(self, uri: str, user: str = "neo4j", password: str = "", database: str = "neo4j",
                 *, max_retry_time: float = 30.0):
        self.uri, self.database = uri, database
        try:
            # notifications off: "property does not exist yet" warnings on an empty graph are noise
            self._driver = GraphDatabase.driver(uri, auth=(user, password),
                                                max_transaction_retry_time=max_retry_time,
                                                notifications_min_severity="OFF")
            self._driver.verify_connectivity()
        except AuthError as exc:
            raise StoreError(f"Neo4j at {uri} refused the credentials for {user!r}: {exc.message}") from exc
        except (DriverError, Neo4jError, OSError, ValueError) as exc:
            raise StoreError(
                f"cannot reach Neo4j at {uri} ({exc}); is it running? `mcfgraph neo4j start`"
            ) from exc
        self._schema_ready = False
        self._model_checked = False

    def __repr__(self) -> str:
        return f"Neo4jStore({self.uri!r}, database={self.database!r})"

    def _session(self):
        return self._driver.session(database=self.database)

    def _fail(self, what: str, exc: Exception) -> StoreError:
        if isinstance(exc, ServiceUnavailable | SessionExpired):
            return StoreError(f"Neo4j at {self.uri} went away while {what}: {exc}")
        return StoreError(f"Neo4j at {self.uri} failed while {what}: {exc}")

    def _ensure_schema(self) -> None:
        if not self._schema_ready:
            init_schema(self)

    def _check_model(self, stamp: bool = False) -> None:
        """Refuse a graph written by another data model (see cypher.MODEL_VERSION).

        A write (`stamp`) marks an unstamped empty graph as this model's; a read leaves it alone.
        """
        if self._model_checked:
            return
        try:
            with self._session() as session:
                row = session.execute_read(lambda tx: tx.run(cypher.MODEL_STATE).single())
                version = row["version"]
                if version is None and row["has_data"]:
                    written_by = ("entities and documents with no mcfgraph data-model stamp (written by "
                                  "mcfgraph before data model v2, or imported)")
                elif version is not None and version != cypher.MODEL_VERSION:
                    written_by = f"a graph written by mcfgraph data model v{version}"
                else:
                    written_by = ""
                if written_by:
                    raise StoreError(
                        f"Neo4j at {self.uri} holds {written_by}; this mcfgraph reads and writes "
                        f"data model v{cypher.MODEL_VERSION}. Empty it with "
                        "`mcfgraph clear --yes --neo4j` and ingest the documents again."
                    )
                if version is None and not stamp:
                    return
                if version is None:
                    session.execute_write(lambda tx: tx.run(cypher.STAMP_MODEL,
                                                            version=cypher.MODEL_VERSION).consume())
        except (DriverError, Neo4jError) as exc:
            raise self._fail("reading the data model version", exc) from exc
        self._model_checked = True

    # -- writes ----------------------------------------------------------------------------

    def write_document(self, graph: DocumentGraph) -> None:
        """Replace the document's contributions in one managed transaction (retried if transient)."""
        graph.check()
        try:
            self._ensure_schema()
            self._check_model(stamp=True)
        except StoreError as exc:
            raise StoreError(f"writing document {graph.document.id}: {exc}") from exc
        try:
            with self._session() as session:
                session.execute_write(_write_document_tx, graph)
        except (DriverError, Neo4jError) as exc:
            raise self._fail(f"writing document {graph.document.id}", exc) from exc

    def forget(self, doc_id: str) -> bool:
        self._check_model()
        try:
            with self._session() as session:
                return session.execute_write(_forget_tx, doc_id)
        except (DriverError, Neo4jError) as exc:
            raise self._fail(f"forgetting document {doc_id}", exc) from exc

    def clear(self) -> None:
        """Delete every document and entity, in batches so a large graph does not blow the heap."""
        try:
            with self._session() as session:
                while session.execute_write(
                    lambda tx: tx.run(cypher.CLEAR_BATCH, limit=10000).single()["deleted"]
                ):
                    pass
                session.execute_write(lambda tx: tx.run(cypher.DELETE_MODEL).consume())
        except (DriverError, Neo4jError) as exc:
            raise self._fail("clearing the graph", exc) from exc
        self._model_checked = False

    def write_findings(self, res: dict, filters: str = "") -> int:
        """Replace the last run's (:Finding) nodes by this `gaps` result's (graph/finding_nodes.py),
        in one transaction; the extracted facts are left as they are. Returns the findings written."""
        from datetime import UTC, datetime

        from graph.finding_nodes import finding_rows, run_account

        rows = finding_rows(res)
        props = {"at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"), "filters": filters,
                 "command": " ".join(x for x in ("mcfgraph gaps --neo4j", filters) if x),
                 "counts_json": json.dumps(res.get("counts") or {}, sort_keys=True),
                 "findings": len(res.get("findings") or []), "held_back": len(res.get("held_back") or []),
                 "undetermined": len(res.get("undetermined") or []),
                 "dismissed": len(res.get("dismissed") or []), **run_account(res)}

        def tx_fn(tx: ManagedTransaction) -> None:
            while tx.run(cypher.DELETE_FINDINGS, limit=10000).single()["deleted"]:
                pass
            tx.run(cypher.WRITE_GAP_RUN, props=props).consume()
            for chunk in iter_chunks(rows, 500):
                tx.run(cypher.WRITE_FINDINGS, rows=chunk).consume()

        self._ensure_schema()
        self._check_model()
        try:
            with self._session() as session:
                session.execute_write(tx_fn)
        except (DriverError, Neo4jError) as exc:
            raise self._fail("writing the gap findings", exc) from exc
        return len(rows)

    def gap_run_state(self) -> dict | None:
        """The last `gaps --neo4j` run written ({at, command, current}: whether the documents and the
        facts their ingest stored are still those it saw), or None when none was written."""
        rows = self._read("reading the gap run", cypher.GAP_RUN_STATE)
        return rows[0] if rows else None

    def mark_dismissed(self, ident: str, reason: str) -> int:
        """The written finding with this id or key is now dismissed (as `gaps --dismiss` says)."""
        try:
            with self._session() as session:
                return session.execute_write(lambda tx: tx.run(cypher.DISMISS_FINDING, id=ident,
                                                               reason=reason).single()["marked"])
        except (DriverError, Neo4jError) as exc:
            raise self._fail("marking a finding dismissed", exc) from exc

    # -- reads -----------------------------------------------------------------------------

    def _read(self, what: str, query: str, **params) -> list[dict]:
        self._check_model()
        try:
            with self._session() as session:
                return session.execute_read(lambda tx: [r.data() for r in tx.run(query, **params)])
        except (DriverError, Neo4jError) as exc:
            raise self._fail(what, exc) from exc

    def document_sha(self, doc_id: str) -> str | None:
        rows = self._read(f"reading document {doc_id}", cypher.DOCUMENT_SHA, id=doc_id)
        return rows[0]["sha256"] if rows else None

    def document_meta(self, doc_id: str) -> dict | None:
        rows = self._read(f"reading document {doc_id}", cypher.DOCUMENT_META, id=doc_id)
        return rows[0]["doc"] if rows else None

    def documents(self) -> list[dict]:
        return [r["doc"] for r in self._read("reading documents", cypher.ALL_DOCUMENTS)]

    def counts(self) -> dict[str, int]:
        row = self._read("counting", cypher.COUNTS)[0]
        return {k: int(row[k]) for k in ("documents", "nodes", "relationships", "evidence")}

    def contributions(self) -> tuple[list[dict], list[tuple[str, NodeRecord]], list[tuple[str, EdgeRecord]]]:
        """Everything stored, as the (document id, record) pairs graph_from_contributions takes."""
        docs = self.documents()
        nodes = [(r["doc"], node_from_json(r["record"]))
                 for r in self._read("reading entities", cypher.ALL_MENTIONS)]
        edges = [pair for r in self._read("reading relationships", cypher.ALL_EVIDENCE)
                 for pair in edge_records(r)]
        return docs, nodes, edges

    def to_networkx(self) -> nx.MultiDiGraph:
        return graph_from_contributions(*self.contributions())

    def close(self) -> None:
        self._driver.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def init_schema(store: Neo4jStore) -> list[str]:
    """Apply schema.cypher (constraints, indexes, full-text index); idempotent. Returns statements."""
    statements = cypher.schema_statements()
    try:
        with store._session() as session:
            for statement in statements:
                session.run(statement).consume()
            session.run(cypher.AWAIT_INDEXES, seconds=300).consume()
    except (DriverError, Neo4jError) as exc:
        raise store._fail("applying schema.cypher", exc) from exc
    store._schema_ready = True
    return statements
