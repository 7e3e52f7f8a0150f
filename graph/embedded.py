"""The embedded default store: one SQLite file, so a new user needs no server.

SQLite in WAL mode with synchronous=FULL gives the durability the CLI promises (a document is
wholly in or wholly out after a crash or kill -9), and BEGIN IMMEDIATE serialises two ingests on
the same file instead of letting them interleave. Rows are per-document contributions; nodes and
edges are derived from them by the rules in graph.store, exactly as the Neo4j store does.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import networkx as nx

from graph.model import DocumentGraph, edge_from_json, edge_to_json, node_from_json, node_to_json
from graph.store import StoreError, graph_from_contributions

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, meta_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS node_contrib (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    record_json TEXT NOT NULL,
    PRIMARY KEY (doc_id, key)
);
CREATE INDEX IF NOT EXISTS node_contrib_key ON node_contrib(key);
CREATE TABLE IF NOT EXISTS edge_evidence (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    head TEXT NOT NULL, type TEXT NOT NULL, tail TEXT NOT NULL,
    record_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS edge_evidence_doc ON edge_evidence(doc_id);
CREATE INDEX IF NOT EXISTS edge_evidence_triple ON edge_evidence(head, type, tail);
"""

_COUNTS = """
WITH described AS (SELECT DISTINCT key FROM node_contrib),
     facts AS (SELECT head, type, tail FROM edge_evidence
               WHERE head IN (SELECT key FROM described) AND tail IN (SELECT key FROM described))
SELECT (SELECT count(*) FROM documents),
       (SELECT count(*) FROM described),
       (SELECT count(*) FROM (SELECT DISTINCT head, type, tail FROM facts)),
       (SELECT count(*) FROM facts)
"""

DOCUMENT_FIELDS = ("id", "source", "sha256", "title", "date", "jurisdiction", "genre", "speaker",
                   "issuer", "doc_number", "published", "publisher", "origin")


def document_meta(graph: DocumentGraph) -> dict:
    """Document metadata as stored (no text: the graph keeps evidence sentences, not corpora)."""
    return {f: getattr(graph.document, f) for f in DOCUMENT_FIELDS}


class EmbeddedStore:
    """GraphStore on a local SQLite file."""

    kind = "embedded"

    def __init__(self, path: str | Path, timeout: float = 30.0):
        self.path = Path(path)
        if self.path.parent and not self.path.parent.exists():
            raise StoreError(f"{self.path}: folder {self.path.parent} does not exist")
        try:
            self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(_SCHEMA)
            row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None:
                self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            elif row[0] != SCHEMA_VERSION:
                raise StoreError(f"{self.path}: schema version {row[0]}, expected {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable mcfgraph store ({exc})") from exc

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.path)!r})"

    # -- writes ----------------------------------------------------------------------------

    def _transaction(self):
        db = self._db

        class _Tx:
            def __enter__(self_inner):
                try:
                    db.execute("BEGIN IMMEDIATE")
                except sqlite3.OperationalError as exc:
                    raise StoreError(f"store is busy (another ingest holds it): {exc}") from exc
                return db

            def __exit__(self_inner, exc_type, exc, tb):
                db.execute("COMMIT" if exc_type is None else "ROLLBACK")
                return False

        return _Tx()

    def write_document(self, graph: DocumentGraph) -> None:
        graph.check()
        doc_id = graph.document.id
        with self._transaction() as db:
            db.execute("DELETE FROM documents WHERE id=?", (doc_id,))
            db.execute(
                "INSERT INTO documents VALUES (?, ?, ?)",
                (doc_id, graph.document.sha256,
                 json.dumps(document_meta(graph), ensure_ascii=False, sort_keys=True)),
            )
            db.executemany(
                "INSERT INTO node_contrib VALUES (?, ?, ?)",
                [(doc_id, n.key, node_to_json(n)) for n in graph.nodes],
            )
            db.executemany(
                "INSERT INTO edge_evidence VALUES (?, ?, ?, ?, ?)",
                [(doc_id, e.head, e.type, e.tail, edge_to_json(e)) for e in graph.edges],
            )

    def forget(self, doc_id: str) -> bool:
        with self._transaction() as db:
            cur = db.execute("DELETE FROM documents WHERE id=?", (doc_id,))
            return cur.rowcount > 0

    def clear(self) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM edge_evidence")
            db.execute("DELETE FROM node_contrib")
            db.execute("DELETE FROM documents")

    # -- reads -----------------------------------------------------------------------------

    def document_sha(self, doc_id: str) -> str | None:
        row = self._db.execute("SELECT sha256 FROM documents WHERE id=?", (doc_id,)).fetchone()
        return row[0] if row else None

    def document_meta(self, doc_id: str) -> dict | None:
        row = self._db.execute("SELECT meta_json FROM documents WHERE id=?", (doc_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def documents(self) -> list[dict]:
        rows = self._db.execute("SELECT meta_json FROM documents ORDER BY id").fetchall()
        return [json.loads(r[0]) for r in rows]

    def counts(self) -> dict[str, int]:
        """Counted in SQL the way graph_from_contributions builds the graph (a node some document
        describes; a relationship only between two such nodes), without decoding a record."""
        row = self._db.execute(_COUNTS).fetchone()
        return dict(zip(("documents", "nodes", "relationships", "evidence"), row, strict=True))

    def to_networkx(self) -> nx.MultiDiGraph:
        nodes = [(d, node_from_json(j)) for d, j in
                 self._db.execute("SELECT doc_id, record_json FROM node_contrib")]
        edges = [(d, edge_from_json(j)) for d, j in
                 self._db.execute("SELECT doc_id, record_json FROM edge_evidence")]
        return graph_from_contributions(self.documents(), nodes, edges)

    def close(self) -> None:
        self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
