"""Every Cypher statement the Neo4j store runs, in one place.

Values always travel as parameters. Labels and relationship types cannot be parameters in Cypher, so
the few statements that need one are built by functions that accept only names from the fixed lists
in graph.model (ENTITY_TYPES, RELATION_TYPES) and refuse anything else: no user string ever becomes
part of a query.

Model (see schema.cypher): (:Document), (:Entity:<Type>), (entity)-[:MENTIONED_IN {record}]->(document)
holding one document's contribution to the entity as JSON, and (head)-[:<RELATION>]->(tail) holding
the evidence as four parallel lists, so one hop reaches every supporting sentence. The model is
kept lean on purpose: every property written per fact costs server time, and the lists an analyst
filters on (documents, sentences, modalities) stay plain while the rest travels as one JSON string.
"""

from __future__ import annotations

import re
from pathlib import Path

from graph.model import ENTITY_TYPES, RELATION_TYPES

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema.cypher"

UNRESOLVED = "Unresolved"  # label of an endpoint that evidence names but no document describes

# Parallel evidence lists on a relationship; index i of each list is one piece of evidence.
# ev_documents also says which document's ingest wrote the entry (DocumentGraph.check makes them the
# same), which is what replace and forget remove. ev_details is JSON: {sentence_index, start, end,
# source, confidence} (in Cypher: apoc.convert.fromJsonMap(r.ev_details[i])).
EVIDENCE_LISTS: tuple[str, ...] = ("ev_documents", "ev_sentences", "ev_modalities", "ev_details")


def entity_label(name: str) -> str:
    if name not in ENTITY_TYPES:
        raise ValueError(f"not an entity type: {name!r}")
    return name


def relation_type(name: str) -> str:
    if name not in RELATION_TYPES:
        raise ValueError(f"not a relation type: {name!r}")
    return name


def schema_statements(path: Path = SCHEMA_FILE) -> list[str]:
    """The statements of schema.cypher (comments dropped, split on `;`)."""
    text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                     if not line.lstrip().startswith("//"))
    return [s.strip() for s in text.split(";") if s.strip()]


# ---------------------------------------------------------------------------------------------
# write_document / forget: remove a document's earlier contributions
# ---------------------------------------------------------------------------------------------

DOCUMENT_STATE = """
MATCH (d:Document {id: $id})
RETURN d.contrib_edge_heads AS heads,
       COLLECT { MATCH (:Entity)-[m:MENTIONED_IN]->(d) RETURN m.record } AS records
"""

DELETE_MENTIONS = """
MATCH (:Document {id: $id})<-[m:MENTIONED_IN]-(:Entity)
DELETE m
"""

_KEEP = "[i IN range(0, size(r.ev_documents) - 1) WHERE r.ev_documents[i] <> $id]"

# Drop the evidence `$id` contributed from every relationship leaving the given heads; delete the
# relationships left without evidence. Returns the endpoints so their nodes get re-derived. The
# types are listed so that a hub head's MENTIONED_IN chain is not walked.
REMOVE_EVIDENCE = (
    """
UNWIND $heads AS head
MATCH (h:Entity {key: head})-[r:""" + "|".join(RELATION_TYPES) + """]->(t:Entity)
WHERE $id IN r.ev_documents
WITH h, r, t, """ + _KEEP + """ AS keep
SET """ + ",\n    ".join(f"r.{p} = [i IN keep | r.{p}[i]]" for p in EVIDENCE_LISTS) + """
FOREACH (_ IN CASE WHEN size(keep) = 0 THEN [1] ELSE [] END | DELETE r)
RETURN collect(DISTINCT h.key) + collect(DISTINCT t.key) AS keys
"""
)

DELETE_DOCUMENT = """
MATCH (d:Document {id: $id})
DETACH DELETE d
RETURN count(d) AS deleted
"""

# ---------------------------------------------------------------------------------------------
# write_document: write the new contributions (batched UNWIND ... MERGE)
# ---------------------------------------------------------------------------------------------

MERGE_DOCUMENT = """
MERGE (d:Document {id: $id})
SET d += $props, d.contrib_edge_heads = $heads
"""

# Rows travel as parallel lists (one list per field, index i = row i): the Python driver packs
# every map key of every row otherwise, which made packing, not Neo4j, the bottleneck.
# CREATE, not MERGE, for MENTIONED_IN: write_document deletes the document's MENTIONED_IN first and
# DocumentGraph.check refuses a node twice, so there is never one to match. problems_json is null
# (no property) unless the document states a problem about the entity; the Browser's gap query
# reads it there.
MERGE_MENTIONS = """
MATCH (d:Document {id: $id})
UNWIND range(0, size($key) - 1) AS i
MERGE (n:Entity {key: $key[i]})
CREATE (n)-[:MENTIONED_IN {record: $record[i], problems_json: $problems_json[i]}]->(d)
"""


def merge_evidence(rtype: str) -> str:
    """Append evidence rows (parallel lists $head, $tail, $ev_*) to relationships of one type.

    Several rows may name the same (head, tail): each appends its entry in turn.
    """
    appends = ",\n    ".join(f"r.{p} = coalesce(r.{p}, []) + ${p}[i]" for p in EVIDENCE_LISTS)
    return f"""
UNWIND range(0, size($head) - 1) AS i
MERGE (h:Entity {{key: $head[i]}})
MERGE (t:Entity {{key: $tail[i]}})
MERGE (h)-[r:{relation_type(rtype)}]->(t)
SET {appends}
"""


# ---------------------------------------------------------------------------------------------
# re-derive the nodes a write touched
# ---------------------------------------------------------------------------------------------

# Lock the nodes a write touches, then read their contribution summaries (graph.store.NodeSummary).
# The lock (a property set and removed: Neo4j holds the node's write lock to the end of the
# transaction) comes before the read, so two writers updating one hub's summary take turns instead
# of each adding to a stale copy.
LOCK_SUMMARIES = """
UNWIND $keys AS k
MATCH (n:Entity {key: k})
SET n.lock__ = true
REMOVE n.lock__
RETURN k AS key, n.summary_json AS summary, n.documents AS documents, n.mentions AS mentions
"""

# Which of the given nodes some relationship of the model still names (typed, so that Neo4j counts
# a dense node's relationships by type instead of walking its MENTIONED_IN chain).
LINKED = (
    """
UNWIND $keys AS k
MATCH (n:Entity {key: k})
RETURN k AS key, EXISTS { (n)-[:"""
    + "|".join(RELATION_TYPES)
    + """]-() } AS linked
"""
)

_ALL_TYPE_LABELS = ":".join([UNRESOLVED, *ENTITY_TYPES])

# Derived node properties, sent as parallel lists like every batched write.
# `caption` is for display only (graph.store.node_caption: name and gloss, for Neo4j Browser).
NODE_FIELDS: tuple[str, ...] = ("key", "type", "name", "aliases", "jurisdiction", "side", "gloss",
                                "caption", "confidence", "documents", "mentions", "summary_json")


# Replace derived properties and the type label in one statement for every label: $labels[i] is
# [type] when the majority type is one of ENTITY_TYPES and [] otherwise (the node keeps only
# :Entity). A dynamic label (Cypher 5.26 `SET n:$(...)`) is still a parameter, never query text, and
# the store checks each against the fixed list first; one statement instead of one per label
# saved a fifth of a typical document's write time.
SET_NODE_PROPERTIES = (
    """
UNWIND range(0, size($key) - 1) AS i
MATCH (n:Entity {key: $key[i]})
REMOVE n:"""
    + _ALL_TYPE_LABELS
    + """
SET n = {"""
    + ", ".join(f"{f}: ${f}[i]" for f in NODE_FIELDS)
    + """}
SET n:$($labels[i])
"""
)


MARK_UNRESOLVED = f"""
UNWIND $keys AS k
MATCH (n:Entity {{key: k}})
REMOVE n:{_ALL_TYPE_LABELS}
SET n = {{key: k, caption: k}}, n:{UNRESOLVED}
"""

DELETE_NODES = """
UNWIND $keys AS k
MATCH (n:Entity {key: k})
DETACH DELETE n
"""

# ---------------------------------------------------------------------------------------------
# reads
# ---------------------------------------------------------------------------------------------

# The data model this code reads and writes, stamped on one (:McfgraphModel) node so that a graph
# written by an older model is refused with a clear message instead of misread. v1 kept nine
# evidence lists and the contribution as separate properties; v2 is the lean model above; v3 adds
# each node's summary_json, so that a write never reads other documents' contributions.
MODEL_VERSION = 3

MODEL_STATE = """
OPTIONAL MATCH (m:McfgraphModel {id: 'mcfgraph'})
RETURN m.version AS version, EXISTS { MATCH (n) WHERE n:Entity OR n:Document } AS has_data
"""

STAMP_MODEL = "MERGE (m:McfgraphModel {id: 'mcfgraph'}) SET m.version = $version"

DELETE_MODEL = "MATCH (m:McfgraphModel) DELETE m"

DOCUMENT_SHA = "MATCH (d:Document {id: $id}) RETURN d.sha256 AS sha256"

DOCUMENT_FIELDS = ("id", "source", "sha256", "title", "date", "jurisdiction", "genre", "speaker",
                   "issuer", "doc_number", "published", "publisher", "origin")

DOCUMENT_META = (
    "MATCH (d:Document {id: $id}) RETURN d {" + ", ".join(f".{f}" for f in DOCUMENT_FIELDS) + "} AS doc"
)

ALL_DOCUMENTS = (
    "MATCH (d:Document) RETURN d {" + ", ".join(f".{f}" for f in DOCUMENT_FIELDS) + "} AS doc ORDER BY d.id"
)

ALL_MENTIONS = """
MATCH (n:Entity)-[m:MENTIONED_IN]->(d:Document)
RETURN d.id AS doc, m.record AS record
"""

ALL_EVIDENCE = (
    """
MATCH (h:Entity)-[r]->(t:Entity)
RETURN h.key AS head, type(r) AS type, t.key AS tail, """
    + ", ".join(f"r.{p} AS {p}" for p in EVIDENCE_LISTS)
)

# Counted the way to_networkx would count: only entities some document describes, and only
# relationships between two such entities.
COUNTS = """
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (n:Entity) WHERE EXISTS { (n)-[:MENTIONED_IN]->(:Document) } RETURN count(n) AS nodes }
CALL () {
  MATCH (h:Entity)-[r]->(t:Entity)
  WHERE EXISTS { (h)-[:MENTIONED_IN]->(:Document) } AND EXISTS { (t)-[:MENTIONED_IN]->(:Document) }
  RETURN count(r) AS relationships, coalesce(sum(size(r.ev_documents)), 0) AS evidence
}
RETURN documents, nodes, relationships, evidence
"""

CLEAR_BATCH = """
MATCH (n) WHERE n:Entity OR n:Document OR n:Finding OR n:GapRun
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(n) AS deleted
"""

# Used by bench/bench_neo4j_write.py to remove only what it wrote.
DELETE_BY_PREFIX = """
MATCH (n) WHERE (n:Entity AND n.key STARTS WITH $prefix) OR (n:Document AND n.id STARTS WITH $prefix)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(n) AS deleted
"""

# ---------------------------------------------------------------------------------------------
# the gap report's findings (graph/finding_nodes.py), written by `mcfgraph gaps --neo4j` for Browser
# ---------------------------------------------------------------------------------------------

# A run replaces the last run's findings; the extracted facts (entities, documents, their
# relationships and properties) are never written here: only (:Finding), (:GapRun) and the
# relationships leaving a Finding are created or deleted.
DELETE_FINDINGS = """
MATCH (f) WHERE f:Finding OR f:GapRun
WITH f LIMIT $limit
DETACH DELETE f
RETURN count(f) AS deleted
"""

# The run: when, with which options, the counts, and the documents it saw (id@sha256@facts_sha256,
# by id: the text and a hash of what its ingest stored, so a re-ingest with --force that stores other
# facts counts as a change, ux6), so a saved query and `mcfgraph ingest` can say when the graph has
# changed since.
WRITE_GAP_RUN = """
CREATE (r:GapRun {id: 'mcfgraph'})
SET r += $props,
    r.documents = COLLECT { MATCH (d:Document) WITH d ORDER BY d.id
                            RETURN d.id + '@' + coalesce(d.sha256, '') + '@' + coalesce(d.facts_sha256, '') }
"""

# Whether the findings written are those of the graph as it is (ux6): `mcfgraph ingest` says when not.
GAP_RUN_STATE = """
MATCH (r:GapRun {id: 'mcfgraph'})
RETURN r.at AS at, r.command AS command,
       r.documents = COLLECT {
         MATCH (d:Document) WITH d ORDER BY d.id
         RETURN d.id + '@' + coalesce(d.sha256, '') + '@' + coalesce(d.facts_sha256, '') } AS current
"""

WRITE_FINDINGS = """
UNWIND $rows AS row
CREATE (f:Finding)
SET f = row.props
WITH f, row
CALL (f, row) {
  UNWIND row.concerns AS c
  MATCH (n:Entity {key: c.key})
  CREATE (f)-[:CONCERNS {role: c.role}]->(n)
}
CALL (f, row) {
  UNWIND row.cites AS c
  MATCH (d:Document {id: c.document})
  CREATE (f)-[q:CITES]->(d)
  SET q = c
  REMOVE q.document
}
"""

DISMISS_FINDING = """
MATCH (f:Finding) WHERE f.id = $id OR f.key = $id
SET f.list = 'dismissed', f.status = 'dismissed', f.status_text = 'dismissed: ' + $reason,
    f.reason = $reason, f.caption = f.label + ' (dismissed)'
REMOVE f.rank
RETURN count(f) AS marked
"""

AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)"

PING = "RETURN 1 AS one"

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
assert all(_IDENT.match(x) for x in (*ENTITY_TYPES, *RELATION_TYPES, UNRESOLVED, *EVIDENCE_LISTS))

# ---------------------------------------------------------------------------------------------
# the saved Browser queries (neo4j/browser/saved_queries.cypher), for `mcfgraph cypher --saved`
# ---------------------------------------------------------------------------------------------

SAVED_QUERIES_FILE = Path(__file__).resolve().parent.parent / "neo4j" / "browser" / "saved_queries.cypher"
_SAVED_NAME = re.compile(r"^// == (.+) ==$")
_SAVED_PARAM = re.compile(r"^// :param (\w+) => '(.*)'$")


def saved_queries(path: Path = SAVED_QUERIES_FILE) -> dict[str, dict]:
    """{name: {"query", "params"}} from the '// == name ==' blocks of the Browser file.

    The file is the one analysts paste into Neo4j Browser, so the terminal runs exactly what Browser
    runs, with the example `:param` values written under each name.
    """
    out: dict[str, dict] = {}
    name = None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _SAVED_NAME.match(line)
        if m:
            name = m.group(1)
            out[name] = {"query": "", "params": {}}
            continue
        if name is None:
            continue
        p = _SAVED_PARAM.match(line)
        if p:
            out[name]["params"][p.group(1)] = p.group(2)
        elif not line.startswith("//"):
            out[name]["query"] += line + "\n"
    for q in out.values():
        q["query"] = q["query"].strip().rstrip(";")
    return out


def find_saved(name: str, path: Path = SAVED_QUERIES_FILE) -> tuple[str, dict]:
    """The saved query whose name is `name`, or the only one starting with / containing it.

    `brokers`, `path`, `gaps: orphans` are enough; an ambiguous or unknown name is a ValueError
    listing the names.
    """
    queries = saved_queries(path)
    wanted = name.strip().lower()
    for test in (lambda n: n.lower() == wanted, lambda n: n.lower().startswith(wanted),
                 lambda n: wanted in n.lower()):
        hits = [n for n in queries if test(n)]
        if len(hits) == 1:
            return hits[0], queries[hits[0]]
        if len(hits) > 1:
            raise ValueError(f"{name!r} matches several saved queries: " + "; ".join(hits))
    raise ValueError(f"no saved query named {name!r}; one of: " + "; ".join(queries))
