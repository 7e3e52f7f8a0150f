"""Restricting a graph (type, jurisdiction, date range) and the projections analyses share.

Analysts ask questions of a slice of the corpus ("Longyan since 2019", "only military units"), so
every command can be limited the same way; doing it once here, on the graph, keeps the analyses
themselves unaware of filtering. Evidence is what carries dates (through its document), so a date
range keeps the evidence from documents dated inside it, drops relationships left without
evidence and entities left without documents.

>>> import networkx as nx
>>> G = nx.MultiDiGraph(documents={"a": {"id": "a", "date": "2019-01-17"}, "b": {"id": "b", "date": "2022"}})
>>> G.add_node("x", type="PartyGovBody", jurisdiction="龙岩市", documents=["a", "b"], side="civilian")
>>> G.add_node("y", type="MilitaryUnit", jurisdiction="龙岩市", documents=["b"], side="military")
>>> G.add_edge("x", "y", key="SUPPORTS", type="SUPPORTS", modalities=["stated"],
...            evidence=[{"document": "b", "sentence": "…", "modality": "stated"}])
'SUPPORTS'
>>> sorted(filter_graph(G, until="2020-12-31").nodes)
['x']
>>> sorted(filter_graph(G, jurisdictions=["龙岩"]).nodes)
['x', 'y']
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import networkx as nx

from graph.model import ENTITY_TYPES, RELATION_TYPES, SYMMETRIC_RELATIONS

# Organisations that act; the bodies between which coordination happens or fails.
ACTOR_TYPES: tuple[str, ...] = (
    "PartyGovBody", "MilitaryUnit", "Enterprise", "ResearchInstitute", "Association",
    "IndustrialPark", "Fund",
)
# A shared place is not a coordination channel: every body of a city is LOCATED_IN it, which would
# make the city node a "broker" of everything. Channel analyses leave these out.
NON_CHANNEL_TYPES: tuple[str, ...] = ("Location",)
NON_CHANNEL_RELATIONS: tuple[str, ...] = ("LOCATED_IN",)
MODALITY_PREFERENCE = {"reported": 0, "stated": 1, "directive": 2, "problem": 3}
_LEVEL_SUFFIXES = "省市县区州盟旗"


def check_type(t: str) -> str:
    """An entity type, case-insensitively; ValueError listing the valid ones otherwise."""
    for et in ENTITY_TYPES:
        if et.lower() == t.lower():
            return et
    raise ValueError(f"unknown entity type {t!r}; one of: {', '.join(ENTITY_TYPES)}")


def check_relation(t: str) -> str:
    for rt in RELATION_TYPES:
        if rt.lower() == t.lower():
            return rt
    raise ValueError(f"unknown relation type {t!r}; one of: {', '.join(RELATION_TYPES)}")


def check_date(value: str, flag: str = "date") -> str:
    """A date the user typed (--since, --until, --as-of): YYYY, YYYY-MM or YYYY-MM-DD that exists on
    the calendar, else ValueError naming the flag (2020-13 or 2020-02-30 used to select nothing).

    >>> check_date("2020-2")
    '2020-2'
    >>> check_date("2020-13", "--as-of")
    Traceback (most recent call last):
    ...
    ValueError: --as-of: not a calendar date: '2020-13' (use YYYY, YYYY-MM or YYYY-MM-DD)
    """
    import datetime
    import re

    v = value.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", v)
    if not m:
        raise ValueError(f"{flag}: not an ISO date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    try:
        datetime.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        raise ValueError(f"{flag}: not a calendar date: {value!r} "
                         "(use YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return v


def _date_bounds(value: str, upper: bool) -> str:
    """'2019' -> '2019-01-01' (lower) / '2019-12-31' (upper); partial ISO dates padded."""
    value = value.strip()
    parts = value.split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4:
        raise ValueError(f"not an ISO date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    if len(parts) == 1:
        return f"{parts[0]}-12-31" if upper else f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{parts[0]}-{int(parts[1]):02d}-31" if upper else f"{parts[0]}-{int(parts[1]):02d}-01"
    return f"{parts[0]}-{int(parts[1]):02d}-{int(parts[2]):02d}"


def date_in_range(date: str, since: str | None = None, until: str | None = None) -> bool:
    """Whether a (possibly partial) document date overlaps [since, until]; undated: only if unbounded.

    >>> date_in_range("2019", since="2019-06-01")
    True
    >>> date_in_range("2018-12", since="2019")
    False
    >>> date_in_range("", since="2019")
    False
    """
    if not since and not until:
        return True
    if not date:
        return False  # an undated document cannot be shown to be inside the range
    lo, hi = _date_bounds(date, upper=False), _date_bounds(date, upper=True)
    if since and hi < _date_bounds(since, upper=False):
        return False
    if until and lo > _date_bounds(until, upper=True):
        return False
    return True


@lru_cache(maxsize=4096)
def jurisdiction_english(label: str) -> str:
    """The English of a jurisdiction label, lower-cased ('龙岩市' -> 'longyan city'); '' for a
    placeholder (XX〔s000〕) or none."""
    if not label or "〔" in label:
        return ""
    from graph.gloss import gloss

    return gloss(label, "Location").lower()


def _english_match(node_jur: str, w: str) -> bool:
    """'Longyan', 'longyan city' or 'Fujian Province' names 龙岩市 / 福建省 by its English gloss (a
    reader who types no Chinese); whole words from the start, so 'Long' does not."""
    if not w.isascii() or not any(c.isalpha() for c in w) or len(w) < 3:
        return False
    en = jurisdiction_english(node_jur)
    w = " ".join(w.lower().split())
    return bool(en) and (en == w or en.startswith(w + " ") or en.replace(" ", "") == w.replace(" ", ""))


def jurisdiction_matches(node_jur: str, wanted: Iterable[str]) -> bool:
    """'龙岩' matches 龙岩市; 'XX' matches the placeholder XX〔s000〕; 'national' or '-' matches '';
    'Longyan' (the English gloss's first words) matches 龙岩市.

    >>> jurisdiction_matches("龙岩市", ["龙岩"]), jurisdiction_matches("", ["national"])
    (True, True)
    >>> jurisdiction_matches("龙岩市", ["Longyan"]), jurisdiction_matches("龙岩市", ["Long"])
    (True, False)
    """
    for w in wanted:
        w = w.strip()
        if w.lower() in ("national", "-", "none", "全国"):
            if not node_jur:
                return True
            continue
        if not node_jur or not w:
            continue
        stem = w.rstrip(_LEVEL_SUFFIXES) or w
        if node_jur == w or node_jur.startswith(stem) or _english_match(node_jur, w):
            return True
    return False


def filter_graph(
    G: nx.MultiDiGraph,
    types: Iterable[str] | None = None,
    jurisdictions: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    keep: Iterable[str] = (),
) -> nx.MultiDiGraph:
    """A filtered copy (or G itself when nothing is asked). `keep` nodes survive type/jurisdiction.

    Undated documents are excluded as soon as a date bound is given (stated, not guessed).
    """
    types = [check_type(t) for t in types or []]
    jurisdictions = [j for j in jurisdictions or [] if j]
    if since:
        check_date(since, "--since")
    if until:
        check_date(until, "--until")
    if not types and not jurisdictions and not since and not until:
        return G
    keep = set(keep)
    docs = G.graph.get("documents", {})
    kept_docs = {d for d, meta in docs.items() if date_in_range(meta.get("date", ""), since, until)}
    dated = bool(since or until)
    H = nx.MultiDiGraph()
    H.graph.update({k: v for k, v in G.graph.items() if k != "documents"})
    H.graph["documents"] = {d: docs[d] for d in sorted(kept_docs)} if dated else dict(docs)
    H.graph["filters"] = {"types": types, "jurisdictions": jurisdictions, "since": since or "",
                          "until": until or ""}
    for n, a in G.nodes(data=True):
        if n not in keep:
            if types and a.get("type") not in types:
                continue
            if jurisdictions and not jurisdiction_matches(a.get("jurisdiction", ""), jurisdictions):
                continue
        if dated:
            nd = [d for d in a.get("documents", []) if d in kept_docs]
            if not nd:
                continue
            a = {**a, "documents": nd,
                 "problems": [p for p in a.get("problems", []) if p.get("document") in kept_docs]}
        H.add_node(n, **a)
    for u, v, k, a in G.edges(keys=True, data=True):
        if u not in H or v not in H:
            continue
        if dated:
            ev = [e for e in a.get("evidence", []) if e.get("document") in kept_docs]
            if not ev:
                continue
            a = {**a, "evidence": ev, "modalities": sorted({e.get("modality", "stated") for e in ev})}
        H.add_edge(u, v, key=k, **a)
    return H


def best_evidence(evidence: list[dict]) -> dict | None:
    """The evidence an analyst should read first: reported over stated over directive, then earliest."""
    if not evidence:
        return None
    return min(evidence, key=lambda e: (MODALITY_PREFERENCE.get(e.get("modality", "stated"), 9),
                                        e.get("document", ""), e.get("start", 0)))


def relations_between(G: nx.MultiDiGraph, u: str, v: str) -> list[dict]:
    """Every relationship between u and v, either direction, as {head, type, tail, modalities, evidence}."""
    out = []
    for a, b in ((u, v), (v, u)):
        if G.has_edge(a, b):
            for k, d in G[a][b].items():
                out.append({"head": a, "type": d.get("type", k), "tail": b,
                            "modalities": list(d.get("modalities", [])),
                            "evidence": list(d.get("evidence", []))})
    out.sort(key=lambda r: (MODALITY_PREFERENCE.get((r["modalities"] or ["stated"])[0], 9), r["type"],
                            r["head"]))
    return out


def channel_graph(
    G: nx.MultiDiGraph,
    exclude_types: Iterable[str] = NON_CHANNEL_TYPES,
    exclude_relations: Iterable[str] = NON_CHANNEL_RELATIONS,
    relations: Iterable[str] | None = None,
    modalities: Iterable[str] | None = None,
) -> nx.Graph:
    """Undirected simple graph of who is tied to whom, weight = pieces of evidence.

    Used by the structural analyses (brokers, cut points, side reachability), where a tie's
    direction and type matter less than its existence; places and LOCATED_IN are left out.
    `modalities` keeps only relationships with evidence of those modalities (the gap report
    counts a tie only when it is reported or stated, not merely ordered).
    """
    mods = set(modalities) if modalities else None
    xt = set(exclude_types)
    xr = set(exclude_relations)
    only = set(relations) if relations else None
    H = nx.Graph()
    H.add_nodes_from((n, a) for n, a in G.nodes(data=True) if a.get("type") not in xt)
    for u, v, k, d in G.edges(keys=True, data=True):
        t = d.get("type", k)
        if t in xr or (only is not None and t not in only) or u == v:
            continue
        if u not in H or v not in H:
            continue
        if mods is not None and not mods & set(d.get("modalities") or ["stated"]):
            continue
        w = len(d.get("evidence", [])) or 1
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
            H[u][v]["relations"].add(t)
        else:
            H.add_edge(u, v, weight=w, relations={t})
    return H


def directed_ties(G: nx.MultiDiGraph) -> nx.DiGraph:
    """Directed simple graph; symmetric relations (COORDINATES_WITH) count both ways."""
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes(data=True))
    for u, v, k, d in G.edges(keys=True, data=True):
        if u == v:
            continue
        t = d.get("type", k)
        w = len(d.get("evidence", [])) or 1
        pairs = [(u, v), (v, u)] if t in SYMMETRIC_RELATIONS else [(u, v)]
        for a, b in pairs:
            if D.has_edge(a, b):
                D[a][b]["weight"] += w
            else:
                D.add_edge(a, b, weight=w)
    return D


def node_summary(G: nx.MultiDiGraph, n: str) -> dict:
    """The identifying fields of a node, for result rows."""
    a = G.nodes[n]
    return {"key": n, "name": a.get("name", n), "type": a.get("type", ""),
            "jurisdiction": a.get("jurisdiction", ""), "side": a.get("side", "neutral"),
            "gloss": a.get("gloss", "")}


def channel_adjacency(
    G: nx.MultiDiGraph,
    exclude_types: Iterable[str] = NON_CHANNEL_TYPES,
    exclude_relations: Iterable[str] = NON_CHANNEL_RELATIONS,
    modalities: Iterable[str] | None = None,
) -> dict[str, set[str]]:
    """The ties of channel_graph as a plain {node: set of neighbours}: same rules, no per-edge
    attribute dicts, several times faster to build on a million relationships."""
    xt, xr = set(exclude_types), set(exclude_relations)
    mods = set(modalities) if modalities else None
    keep = {n for n, t in G.nodes(data="type") if t not in xt}
    adj: dict[str, set[str]] = {n: set() for n in keep}
    for u, nbrs in G.adjacency():
        if u not in keep:
            continue
        au = adj[u]
        for v, keyed in nbrs.items():
            if v == u or v not in keep or v in au:
                continue
            for k, d in keyed.items():
                if d.get("type", k) in xr:
                    continue
                if mods is not None and not mods.intersection(d.get("modalities") or ("stated",)):
                    continue
                au.add(v)
                adj[v].add(u)
                break
    return adj
