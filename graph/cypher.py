"""Every Cypher statement the Neo4j store runs, in one place.

Values always travel as parameters. Labels and relationship types cannot be parameters in Cypher, so
the few statements that need one are built by functions that accept only names from the fixed lists
in graph.model (ENTITY_TYPES, RELATION_TYPES) and refuse anything else: no user string ever becomes
part of a query.

Model (see schema.cypher): (:Document), (:Entity:<Type>), (entity)-[:MENTIONED_IN]->(document) holding
one document's contribution to the entity, and (head)-[:<RELATION>]->(tail) holding the evidence as
parallel lists, so one hop reaches every supporting sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

from graph.model import ENTITY_TYPES, RELATION_TYPES

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema.cypher"

UNRESOLVED = "Unresolved"  # label of an endpoint that evidence names but no document describes

# Parallel evidence lists on a relationship; index i of each list is one piece of evidence.
# ev_contributed_by is the document whose ingest wrote that evidence (what forget removes).
EVIDENCE_LISTS: tuple[str, ...] = (
    "ev_documents",
    "ev_sentences",
    "ev_sentence_index",
    "ev_starts",
    "ev_ends",
    "ev_modalities",
    "ev_sources",
    "ev_confidences",
    "ev_contributed_by",
)


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
       COLLECT { MATCH (n:Entity)-[:MENTIONED_IN]->(d) RETURN n.key } AS keys
"""

DELETE_MENTIONS = """
MATCH (:Document {id: $id})<-[m:MENTIONED_IN]-(:Entity)
DELETE m
"""

_KEEP = "[i IN range(0, size(r.ev_contributed_by) - 1) WHERE r.ev_contributed_by[i] <> $id]"

# Drop the evidence `$id` contributed from every relationship leaving the given heads; delete the
# relationships left without evidence. Returns the endpoints so their nodes get re-derived.
REMOVE_EVIDENCE = (
    """
UNWIND $heads AS head
MATCH (h:Entity {key: head})-[r]->(t:Entity)
WHERE $id IN r.ev_contributed_by
WITH h, r, t, """ + _KEEP + """ AS keep
SET """ + ",\n    ".join(f"r.{p} = [i IN keep | r.{p}[i]]" for p in EVIDENCE_LISTS) + """
WITH h, r, t, keep
SET r.modalities = COLLECT { UNWIND r.ev_modalities AS m RETURN DISTINCT m ORDER BY m }
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
MENTION_FIELDS: tuple[str, ...] = (
    "name", "type", "aliases", "jurisdiction", "side", "gloss", "mentions_json", "problems_json",
    "mentions", "source", "confidence",
)

MERGE_MENTIONS = (
    """
MATCH (d:Document {id: $id})
UNWIND range(0, size($key) - 1) AS i
MERGE (n:Entity {key: $key[i]})
MERGE (n)-[m:MENTIONED_IN]->(d)
SET m = {"""
    + ", ".join(f"{f}: ${f}[i]" for f in MENTION_FIELDS)
    + """}
"""
)


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
WITH DISTINCT r
SET r.modalities = COLLECT {{ UNWIND r.ev_modalities AS m RETURN DISTINCT m ORDER BY m }}
"""


# ---------------------------------------------------------------------------------------------
# re-derive the nodes a write touched
# ---------------------------------------------------------------------------------------------

NODE_CONTRIBUTIONS = """
UNWIND $keys AS k
MATCH (n:Entity {key: k})
RETURN k AS key,
       COLLECT { MATCH (n)-[m:MENTIONED_IN]->(d:Document) RETURN {doc: d.id, props: properties(m)} }
           AS contributions,
       EXISTS { (n)-[r]-(:Entity) } AS linked
"""

_ALL_TYPE_LABELS = ":".join([UNRESOLVED, *ENTITY_TYPES])


def set_node_properties(label: str | None) -> str:
    """Replace derived properties and the type label of nodes whose majority type is `label`.

    `label` None is for a majority type outside ENTITY_TYPES: the node keeps only :Entity.
    """
    add = f"\nSET n:{entity_label(label)}" if label is not None else ""
    return f"""
UNWIND $rows AS row
MATCH (n:Entity {{key: row.key}})
REMOVE n:{_ALL_TYPE_LABELS}
SET n = row.props{add}
"""


MARK_UNRESOLVED = f"""
UNWIND $keys AS k
MATCH (n:Entity {{key: k}})
REMOVE n:{_ALL_TYPE_LABELS}
SET n = {{key: k}}, n:{UNRESOLVED}
"""

DELETE_NODES = """
UNWIND $keys AS k
MATCH (n:Entity {key: k})
DETACH DELETE n
"""

# ---------------------------------------------------------------------------------------------
# reads
# ---------------------------------------------------------------------------------------------

DOCUMENT_SHA = "MATCH (d:Document {id: $id}) RETURN d.sha256 AS sha256"

DOCUMENT_FIELDS = ("id", "source", "sha256", "title", "date", "jurisdiction", "genre", "speaker",
                   "issuer", "doc_number")

ALL_DOCUMENTS = (
    "MATCH (d:Document) RETURN d {" + ", ".join(f".{f}" for f in DOCUMENT_FIELDS) + "} AS doc ORDER BY d.id"
)

ALL_MENTIONS = """
MATCH (n:Entity)-[m:MENTIONED_IN]->(d:Document)
RETURN d.id AS doc, n.key AS key, properties(m) AS props
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
MATCH (n) WHERE n:Entity OR n:Document
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

AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)"

PING = "RETURN 1 AS one"

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
assert all(_IDENT.match(x) for x in (*ENTITY_TYPES, *RELATION_TYPES, UNRESOLVED, *EVIDENCE_LISTS))
