"""The one store contract, and the rules that turn per-document contributions into graph facts.

Both stores keep what each document contributed (its node records and edge evidence) rather than
merged values. That is what makes re-ingest, replace-on-change and `forget` exact: removing a
document removes its contributions, and every node and edge is re-derived from what remains. The
derivation rules live here, once, so the embedded store and Neo4j cannot drift apart.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Protocol, runtime_checkable

import networkx as nx

from graph.model import DocumentGraph, EdgeRecord, NodeRecord

DEFAULT_DB = "mcfgraph.db"


class StoreError(RuntimeError):
    """A store could not do what was asked (unreachable server, locked file, bad schema)."""


@runtime_checkable
class GraphStore(Protocol):
    """What every store does. Each `write_document` is one transaction."""

    kind: str  # "embedded" | "neo4j"

    def document_sha(self, doc_id: str) -> str | None:
        """The sha256 stored for a document, or None if it is not stored."""

    def write_document(self, graph: DocumentGraph) -> None:
        """Store one document's facts, replacing whatever that document contributed before."""

    def forget(self, doc_id: str) -> bool:
        """Remove a document and every fact only it supported; False if it was not stored."""

    def clear(self) -> None:
        """Remove everything."""

    def counts(self) -> dict[str, int]:
        """{"documents", "nodes", "relationships", "evidence"}."""

    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole graph in the shape `graph_from_contributions` builds."""

    def close(self) -> None: ...


# ---------------------------------------------------------------------------------------------
# derivation rules shared by both stores
# ---------------------------------------------------------------------------------------------


def merge_node(contributions: list[NodeRecord]) -> dict:
    """Node properties from the contributions of all documents that mention it.

    Type and side go to the majority (ties: alphabetical) so that one odd document cannot relabel
    a body; the name is the fullest form any document uses; aliases are every other form seen.
    """
    if not contributions:
        raise ValueError("a node needs at least one contribution")
    types = Counter(c.type for c in contributions)
    ntype = sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    sides = Counter(c.side for c in contributions)
    side = sorted(sides.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    named = sorted(contributions, key=lambda c: (-len(c.name), c.name))
    name = named[0].name
    forms = {c.name for c in contributions}
    for c in contributions:
        forms.update(c.aliases)
    forms.discard(name)
    forms.discard("")
    jurisdictions = sorted({c.jurisdiction for c in contributions})
    return {
        "key": contributions[0].key,
        "type": ntype,
        "name": name,
        "aliases": sorted(forms),
        "jurisdiction": jurisdictions[0] if jurisdictions else "",
        "side": side,
        "gloss": named[0].gloss,
        "confidence": round(max(c.confidence for c in contributions), 3),
    }


def evidence_dict(edge: EdgeRecord) -> dict:
    """One piece of relationship evidence as stored and exported."""
    ev = asdict(edge.evidence)
    ev["source"] = edge.source
    ev["confidence"] = round(edge.confidence, 3)
    return ev


def evidence_sort_key(ev: dict) -> tuple:
    return (ev["document"], ev["start"], ev["sentence_index"], ev["modality"], ev["source"])


def graph_from_contributions(
    documents: Iterable[dict],
    nodes: Iterable[tuple[str, NodeRecord]],
    edges: Iterable[tuple[str, EdgeRecord]],
) -> nx.MultiDiGraph:
    """Build the analysis graph from (document id, record) contributions.

    Node attributes: type, name, aliases, jurisdiction, side, gloss, confidence, documents (sorted
    ids), mentions (count), problems (evidence dicts). Edges are keyed by relation type and carry
    `type`, `evidence` (sorted list of dicts) and `modalities` (sorted). `G.graph["documents"]` maps
    document id to its metadata (without text).
    """
    g = nx.MultiDiGraph()
    g.graph["documents"] = {d["id"]: d for d in sorted(documents, key=lambda d: d["id"])}
    by_key: dict[str, list[tuple[str, NodeRecord]]] = {}
    for doc_id, rec in nodes:
        by_key.setdefault(rec.key, []).append((doc_id, rec))
    for key in sorted(by_key):
        contribs = by_key[key]
        attrs = merge_node([r for _, r in contribs])
        problems = sorted(
            ({**asdict(p)} for _, r in contribs for p in r.problems),
            key=lambda p: (p["document"], p["start"], p["sentence"]),
        )
        attrs.update(
            documents=sorted({d for d, _ in contribs}),
            mentions=sum(len(r.mentions) for _, r in contribs),
            problems=problems,
        )
        g.add_node(key, **attrs)
    by_edge: dict[tuple[str, str, str], list[dict]] = {}
    for _doc_id, e in edges:
        by_edge.setdefault((e.head, e.type, e.tail), []).append(evidence_dict(e))
    for (head, rtype, tail) in sorted(by_edge):
        if head not in g or tail not in g:
            continue  # an edge whose endpoint lost all its documents is not a fact any more
        evs = sorted(by_edge[(head, rtype, tail)], key=evidence_sort_key)
        g.add_edge(head, tail, key=rtype, type=rtype, evidence=evs,
                   modalities=sorted({e["modality"] for e in evs}))
    return g


# ---------------------------------------------------------------------------------------------
# choosing a store
# ---------------------------------------------------------------------------------------------


def open_store(db: str | os.PathLike | None = None, neo4j: bool | str = False) -> GraphStore:
    """The store a command should use.

    Neo4j when `neo4j` is truthy (a bolt URI, or True for the server `mcfgraph neo4j start` runs)
    or when NEO4J_URI is set; otherwise the embedded file from `db`, MCFGRAPH_DB or ./mcfgraph.db.
    """
    uri = neo4j if isinstance(neo4j, str) and neo4j else None
    if neo4j or os.environ.get("NEO4J_URI"):
        from graph.neo4j_store import Neo4jStore, connection_settings

        settings = connection_settings(uri)
        return Neo4jStore(**settings)
    from graph.embedded import EmbeddedStore

    path = Path(db or os.environ.get("MCFGRAPH_DB") or DEFAULT_DB)
    return EmbeddedStore(path)


def iter_chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
