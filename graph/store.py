"""The one store contract, and the rules that turn per-document contributions into graph facts.

Both stores keep what each document contributed (its node records and edge evidence) rather than
merged values. That is what makes re-ingest, replace-on-change and `forget` exact: removing a
document removes its contributions, and every node and edge is re-derived from what remains. The
derivation rules live here, once, so the embedded store and Neo4j cannot drift apart.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol, runtime_checkable

import networkx as nx

from graph.model import DocumentGraph, EdgeRecord, NodeRecord, evidence_fields

DEFAULT_DB = "mcfgraph.db"


class StoreError(RuntimeError):
    """A store could not do what was asked (unreachable server, locked file, bad schema)."""


@runtime_checkable
class GraphStore(Protocol):
    """What every store does. Each `write_document` is one transaction."""

    kind: str  # "embedded" | "neo4j"

    def document_sha(self, doc_id: str) -> str | None:
        """The sha256 stored for a document, or None if it is not stored."""

    def document_meta(self, doc_id: str) -> dict | None:
        """The stored metadata of one document (source, sha256, title, ...), or None."""

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


class NodeSummary:
    """A node's contributions as multisets: all that merge_node needs, and nothing that grows with
    the text of the documents.

    A store that keeps this beside a node can add or remove one document's contribution without
    reading every other document's: a hub such as 中央军委, mentioned by thousands of documents,
    costs the same to update as a node mentioned once. Counts, not sets, so that removing one
    contribution leaves exactly what the others contributed.
    """

    _COUNTERS = ("types", "sides", "names", "forms", "jurisdictions", "confidences")

    def __init__(self, key: str) -> None:
        self.key = key
        self.types: Counter[str] = Counter()
        self.sides: Counter[str] = Counter()
        self.names: Counter[str] = Counter()
        self.forms: Counter[str] = Counter()  # names and aliases
        self.jurisdictions: Counter[str] = Counter()
        self.confidences: Counter[str] = Counter()  # repr of the float: JSON keys are strings
        self.glosses: dict[str, Counter[str]] = {}  # name -> gloss -> count

    @classmethod
    def of(cls, contributions: Iterable[NodeRecord]) -> NodeSummary:
        contributions = list(contributions)
        if not contributions:
            raise ValueError("a node needs at least one contribution")
        summary = cls(contributions[0].key)
        for c in contributions:
            summary.add(c)
        return summary

    def _apply(self, rec: NodeRecord, sign: int) -> None:
        for counter, value in ((self.types, rec.type), (self.sides, rec.side), (self.names, rec.name),
                               (self.jurisdictions, rec.jurisdiction),
                               (self.confidences, repr(float(rec.confidence)))):
            self._bump(counter, value, sign)
        for form in (rec.name, *rec.aliases):
            self._bump(self.forms, form, sign)
        glosses = self.glosses.setdefault(rec.name, Counter())
        self._bump(glosses, rec.gloss, sign)
        if not glosses:
            del self.glosses[rec.name]

    def _bump(self, counter: Counter[str], value: str, sign: int) -> None:
        """Change one count, dropping it at zero (only the entries a record touches: a hub's
        counters are not rescanned on every contribution)."""
        n = counter[value] + sign
        if n < 0:
            raise ValueError(f"node {self.key!r}: removing a contribution it does not hold")
        if n:
            counter[value] = n
        else:
            del counter[value]

    def add(self, rec: NodeRecord) -> None:
        self._apply(rec, +1)

    def remove(self, rec: NodeRecord) -> None:
        self._apply(rec, -1)

    def __bool__(self) -> bool:
        return bool(self.types)

    def properties(self) -> dict:
        """The derived node properties (the rules of merge_node)."""
        if not self:
            raise ValueError(f"node {self.key!r} has no contribution left")
        name = min(self.names, key=lambda n: (-len(n), n))
        forms = set(self.forms) - {name, ""}
        return {
            "key": self.key,
            "type": _majority(self.types),
            "name": name,
            "aliases": sorted(forms),
            "jurisdiction": min(self.jurisdictions),
            "side": _majority(self.sides),
            "gloss": _majority(self.glosses[name]),
            "confidence": round(max(float(c) for c in self.confidences), 3),
        }

    def to_json(self) -> str:
        d = {c: dict(sorted(getattr(self, c).items())) for c in self._COUNTERS}
        d["glosses"] = {n: dict(sorted(g.items())) for n, g in sorted(self.glosses.items())}
        return json.dumps(d, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, key: str, text: str | None) -> NodeSummary:
        summary = cls(key)
        if text:
            d = json.loads(text)
            for c in cls._COUNTERS:
                getattr(summary, c).update(d.get(c, {}))
            summary.glosses = {n: Counter(g) for n, g in d.get("glosses", {}).items()}
        return summary


def _majority(counts: Counter[str]) -> str:
    """The most frequent value; ties go to the alphabetically first."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


CAPTION_LINE = 8  # CJK characters per caption line (Neo4j Browser breaks captions only at spaces)


def node_caption(name: str, gloss: str, line: int = CAPTION_LINE) -> str:
    """The display caption of a node: its Chinese name, then its English gloss.

    Neo4j Browser wraps a caption inside the node circle only at spaces and cuts a word that does
    not fit with "…", so a long Chinese name (no spaces) would show as "军民融合…". The name is
    therefore cut into even pieces of at most `line` characters, as Chinese text wraps anywhere,
    and the gloss follows on its own line: " \\n" is a break point for Browser (which shows the
    newline as a space) and a line break in tables and property panels. A display value only:
    the node's `name` and `gloss` are unchanged.

    >>> node_caption("青山市委", "Qingshan Municipal Party Committee")
    '青山市委 \\nQingshan Municipal Party Committee'
    >>> node_caption("青山市军民融合发展领导小组第一次会议", "")
    '青山市军民融 合发展领导小 组第一次会议'
    """
    pieces = max(1, -(-len(name) // line))
    size = -(-len(name) // pieces)
    shown = " ".join(name[i:i + size] for i in range(0, len(name), size)) or name
    return f"{shown} \n{gloss}" if gloss else shown


def merge_node(contributions: list[NodeRecord]) -> dict:
    """Node properties from the contributions of all documents that mention it.

    Type and side go to the majority (ties: alphabetical) so that one odd document cannot relabel
    a body; the name is the fullest form any document uses, with its most frequent gloss; aliases
    are every other form seen; the jurisdiction is the first in sort order ("" when a document
    names the body as national).
    """
    return NodeSummary.of(contributions).properties()


def evidence_dict(edge: EdgeRecord) -> dict:
    """One piece of relationship evidence as stored and exported."""
    ev = evidence_fields(edge.evidence)
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
    ids), mentions (count), problems (evidence dicts), sentences (evidence dicts: the sentences
    that mention it, with their modality). Edges are keyed by relation type and carry
    `type`, `evidence` (sorted list of dicts) and `modalities` (sorted). `G.graph["documents"]` maps
    document id to its metadata (without text).
    """
    g = nx.MultiDiGraph()
    # a document stored before documents had an origin was a machine one; one stored before
    # pages gave a publication date and body has none (Neo4j returns null for an absent property)
    g.graph["documents"] = {d["id"]: {"published": "", "publisher": "",
                                      **{k: v for k, v in d.items() if v is not None},
                                      "origin": d.get("origin") or "machine"}
                            for d in sorted(documents, key=lambda d: d["id"])}
    by_key: dict[str, list[tuple[str, NodeRecord]]] = {}
    for doc_id, rec in nodes:
        by_key.setdefault(rec.key, []).append((doc_id, rec))
    for key in sorted(by_key):
        contribs = by_key[key]
        attrs = merge_node([r for _, r in contribs])
        problems = sorted(
            (evidence_fields(p) for _, r in contribs for p in r.problems),
            key=lambda p: (p["document"], p["start"], p["sentence"]),
        )
        sentences = sorted(
            (evidence_fields(p) for _, r in contribs for p in r.sentences),
            key=lambda p: (p["document"], p["start"], p["sentence"]),
        )
        attrs.update(
            documents=sorted({d for d, _ in contribs}),
            mentions=sum(len(r.mentions) for _, r in contribs),
            problems=problems,
            sentences=sentences,
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
