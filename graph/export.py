"""Exports of the whole (or filtered) graph: canonical JSON, GraphML, GEXF, CSV for neo4j-admin.

The canonical JSON is the reference form: sorted, with no run-dependent values (no timestamps,
no store ids, no float noise), so two equal graphs give byte-identical files and a diff of two
exports is a diff of the knowledge. GraphML and GEXF are for Gephi / yEd / Cytoscape (lists are
flattened into strings, the gloss goes into the label); the CSV set imports into an empty Neo4j
with `neo4j-admin database import full` in the same data model the Neo4j store writes
(see graph/cypher.py).

>>> import networkx as nx
>>> G = nx.MultiDiGraph(documents={"d": {"id": "d", "date": "2019"}})
>>> G.add_node("b", type="Fund", name="基金", aliases=[], documents=["d"])
>>> G.add_node("a", type="PartyGovBody", name="办", aliases=[], documents=["d"])
>>> _ = G.add_edge("a", "b", key="FUNDS", type="FUNDS", modalities=["stated"], evidence=[])
>>> [n["key"] for n in json.loads(canonical_json(G))["nodes"]]
['a', 'b']
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import networkx as nx

from graph.model import ENTITY_TYPES
from graph.store import evidence_sort_key, node_caption

FORMATS: tuple[str, ...] = ("json", "graphml", "gexf", "csv")
NODE_FIELDS: tuple[str, ...] = ("key", "type", "name", "gloss", "aliases", "jurisdiction", "side",
                                "confidence", "mentions", "documents", "problems")
ARRAY_DELIMITER = "|"


def _clean(value):
    """JSON-safe and deterministic: tuples/sets to sorted lists where order carries no meaning."""
    if isinstance(value, set | frozenset):
        return sorted(_clean(v) for v in value)
    if isinstance(value, tuple):
        return [_clean(v) for v in value]
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, float):
        return round(value, 6)
    return value


def _sort_evidence(evs: list[dict]) -> list[dict]:
    def k(e: dict) -> tuple:
        try:
            return evidence_sort_key(e)
        except KeyError:
            return (e.get("document", ""), e.get("start", 0), e.get("sentence_index", 0),
                    e.get("modality", ""), e.get("source", ""))

    return sorted((_clean(e) for e in evs), key=lambda e: (k(e), json.dumps(e, sort_keys=True,
                                                                              ensure_ascii=False)))


def canonical(G: nx.MultiDiGraph) -> dict:
    """The canonical export as a Python object (see canonical_json)."""
    nodes = []
    for n in sorted(G.nodes):
        a = {k: v for k, v in G.nodes[n].items() if not k.startswith("_")}
        rec = {"key": n, **{k: _clean(v) for k, v in a.items() if k != "key"}}
        for f in ("aliases", "documents"):
            if f in rec:
                rec[f] = sorted(rec[f])
        if "problems" in rec:
            rec["problems"] = _sort_evidence(rec["problems"])
        nodes.append(rec)
    rels = []
    for u, v, k, d in G.edges(keys=True, data=True):
        rec = {"head": u, "type": d.get("type", k), "tail": v,
               **{x: _clean(y) for x, y in d.items()
                  if x not in ("type", "evidence") and not x.startswith("_")}}
        rec["evidence"] = _sort_evidence(d.get("evidence", []))
        if "modalities" in rec:
            rec["modalities"] = sorted(rec["modalities"])
        rels.append(rec)
    rels.sort(key=lambda r: (r["head"], r["type"], r["tail"]))
    docs = [_clean(m) for _, m in sorted(G.graph.get("documents", {}).items())]
    return {"nodes": nodes, "relationships": rels, "documents": docs}


def canonical_json(G: nx.MultiDiGraph) -> str:
    """The whole graph as one JSON object, sorted and free of run-dependent values.

    {"nodes": [{"key", "type", "name", "gloss", "aliases", "jurisdiction", "side", ..., "documents"}],
     "relationships": [{"head", "type", "tail", "modalities", "evidence": [{"document", "sentence",
     "start", "end", "modality", ...}]}], "documents": [metadata]}; keys sorted at every level,
    UTF-8 text kept as is (ensure_ascii=False), one trailing newline. Pure: same graph, same bytes.
    """
    return json.dumps(canonical(G), ensure_ascii=False, sort_keys=True, indent=1) + "\n"


# ---------------------------------------------------------------------------------------------
# GraphML / GEXF
# ---------------------------------------------------------------------------------------------


def _flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Scalar attributes only (what GraphML / GEXF can hold); lists joined, evidence as JSON."""
    F = nx.MultiDiGraph()
    for n in sorted(G.nodes):
        a = G.nodes[n]
        name, gl = a.get("name", n), a.get("gloss", "")
        F.add_node(n, label=f"{name} ({gl})" if gl else name, name=name, gloss=gl,
                   type=a.get("type", ""), side=a.get("side", ""), jurisdiction=a.get("jurisdiction", ""),
                   aliases=ARRAY_DELIMITER.join(a.get("aliases", [])),
                   documents=ARRAY_DELIMITER.join(a.get("documents", [])),
                   mentions=int(a.get("mentions", 0) or 0),
                   confidence=float(a.get("confidence", 1.0) or 0.0),
                   problems=len(a.get("problems", []) or []))
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        evs = _sort_evidence(d.get("evidence", []))
        first = evs[0] if evs else {}
        F.add_edge(u, v, key=f"{u}|{d.get('type', k)}|{v}", type=d.get("type", k), label=d.get("type", k),
                   modalities=ARRAY_DELIMITER.join(d.get("modalities", [])),
                   weight=float(len(evs) or 1), evidence_count=len(evs),
                   evidence_sentence=first.get("sentence", ""), evidence_document=first.get("document", ""),
                   evidence_json=json.dumps(evs, ensure_ascii=False, sort_keys=True))
    return F


def to_graphml(G: nx.MultiDiGraph) -> str:
    buf = io.BytesIO()
    nx.write_graphml(_flat_graph(G), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")


_GEXF_DATE = re.compile(r'<meta lastmodifieddate="[^"]*">')


def to_gexf(G: nx.MultiDiGraph) -> str:
    """GEXF whose meta date is the newest document date, not today's: equal graphs, equal files."""
    buf = io.BytesIO()
    nx.write_gexf(_flat_graph(G), buf, encoding="utf-8", prettyprint=True)
    dates = sorted(str(d.get("date") or "") for d in G.graph.get("documents", {}).values())
    newest = dates[-1] if dates and dates[-1] else ""
    meta = f'<meta lastmodifieddate="{newest}">' if newest else "<meta>"
    return _GEXF_DATE.sub(meta, buf.getvalue().decode("utf-8"), count=1)


# ---------------------------------------------------------------------------------------------
# CSV for neo4j-admin database import
# ---------------------------------------------------------------------------------------------


def _arr(values) -> str:
    return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, "｜").replace("\n", " ") for v in values)


def _text(v) -> str:
    return str(v).replace("\n", " ")


def to_csv_files(G: nx.MultiDiGraph) -> dict[str, str]:
    """{"nodes.csv", "documents.csv", "relationships.csv", "mentioned_in.csv", "IMPORT.txt"}.

    Headers follow neo4j-admin's import format with ID spaces Entity and Document, array
    properties delimited by '|' (pass --array-delimiter='|'; neo4j-admin splits :LABEL with it too,
    so labels are Entity|<Type>), and evidence as parallel arrays (ev_documents, ev_sentences,
    ev_modalities, as the Neo4j store keeps them, so the saved Browser queries run on an imported
    graph too, plus offsets as plain int arrays).
    """
    out: dict[str, str] = {}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["key:ID(Entity)", "name", "gloss", "caption", "type", "aliases:string[]", "jurisdiction",
                "side", "confidence:float", "mentions:int", "documents:string[]", "problems_json", ":LABEL"])
    for n in sorted(G.nodes):
        a = G.nodes[n]
        t = a.get("type", "")
        label = f"Entity{ARRAY_DELIMITER}{t}" if t in ENTITY_TYPES else "Entity"  # one delimiter for all
        w.writerow([n, _text(a.get("name", n)), _text(a.get("gloss", "")),
                    node_caption(a.get("name", n), a.get("gloss", "")).replace(" \n", " "), t,
                    _arr(sorted(a.get("aliases", []))),
                    a.get("jurisdiction", ""), a.get("side", ""), a.get("confidence", 1.0),
                    int(a.get("mentions", 0) or 0), _arr(sorted(a.get("documents", []))),
                    json.dumps(_sort_evidence(a.get("problems", []) or []), ensure_ascii=False,
                               sort_keys=True),
                    label])
    out["nodes.csv"] = buf.getvalue()
    fields = ("id", "title", "date", "jurisdiction", "genre", "speaker", "issuer", "doc_number", "published",
              "publisher", "sha256", "source", "origin")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id:ID(Document)", *fields[1:], ":LABEL"])
    for _d, m in sorted(G.graph.get("documents", {}).items()):
        w.writerow([_text(m.get(f, "")) for f in fields] + ["Document"])
    out["documents.csv"] = buf.getvalue()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "modalities:string[]",
                "ev_documents:string[]",
                "ev_sentences:string[]", "ev_sentence_index:int[]", "ev_starts:int[]", "ev_ends:int[]",
                "ev_modalities:string[]", "ev_sources:string[]", "ev_confidences:float[]"])
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        evs = _sort_evidence(d.get("evidence", []))
        w.writerow([u, v, d.get("type", k), _arr(sorted(d.get("modalities", []))),
                    _arr(e.get("document", "") for e in evs), _arr(e.get("sentence", "") for e in evs),
                    _arr(e.get("sentence_index", 0) for e in evs), _arr(e.get("start", 0) for e in evs),
                    _arr(e.get("end", 0) for e in evs), _arr(e.get("modality", "stated") for e in evs),
                    _arr(e.get("source", "") for e in evs), _arr(e.get("confidence", 1.0) for e in evs)])
    out["relationships.csv"] = buf.getvalue()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([":START_ID(Entity)", ":END_ID(Document)", ":TYPE", "problems_json"])
    docs = G.graph.get("documents", {})
    for n in sorted(G.nodes):
        problems = _sort_evidence(G.nodes[n].get("problems", []) or [])
        for d in sorted(G.nodes[n].get("documents", [])):
            if d in docs:
                stated = [p for p in problems if p.get("document") == d]
                w.writerow([n, d, "MENTIONED_IN",
                            json.dumps(stated, ensure_ascii=False, sort_keys=True) if stated else ""])
    out["mentioned_in.csv"] = buf.getvalue()
    out["IMPORT.txt"] = (
        "Import into the Neo4j that `mcfgraph neo4j start` runs (it replaces that server's `neo4j`\n"
        "database: the graph it holds is lost), from the folder above this one:\n"
        "  mcfgraph neo4j stop\n"
        "  mcfgraph neo4j import <this folder> --overwrite\n"
        "  mcfgraph neo4j start && mcfgraph neo4j init\n"
        "(mcfgraph neo4j import runs `neo4j-admin database import full neo4j --overwrite-destination\n"
        "--nodes=nodes.csv --nodes=documents.csv --relationships=relationships.csv\n"
        "--relationships=mentioned_in.csv --array-delimiter='|' --multiline-fields=false`, the\n"
        "command to use with another Neo4j 5 installation's bin/neo4j-admin, server stopped.)\n"
        "`mcfgraph neo4j init` applies schema.cypher (constraints, indexes, full-text index).\n"
        "Note: this is a graph to explore in Neo4j Browser (the saved queries run on it) and with\n"
        "`mcfgraph cypher`. MENTIONED_IN here carries no per-document contribution records, so\n"
        "mcfgraph's store commands refuse it as an unstamped graph; ingest the documents to get a\n"
        "store that mcfgraph reads and `forget` edits.\n"
    )
    return out


def export(G: nx.MultiDiGraph, fmt: str, out: str | os.PathLike | None = None) -> str | list[str]:
    """Write the export; returns the text (json/graphml/gexf when out is None) or the paths written.

    csv needs a directory (created if missing; default ./mcfgraph-csv).
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    if fmt == "csv":
        folder = Path(out or "mcfgraph-csv")
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, text in to_csv_files(G).items():
            p = folder / name
            p.write_text(text, encoding="utf-8")
            paths.append(str(p))
        return paths
    text = {"json": canonical_json, "graphml": to_graphml, "gexf": to_gexf}[fmt](G)
    if out is None:
        return text
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(text, encoding="utf-8")
    return [str(out)]
