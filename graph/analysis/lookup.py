"""Finding the entity an analyst means from what they type: Chinese name, alias, key or English.

Names in this corpus are long and come in many forms (龙岩市委军民融合办, 市委军民融合办, the
gloss "Longyan ... MCF Office"), and the same short name exists in several cities. So lookup ranks
candidates over key, name, aliases and gloss (exact, then containment, then similarity) and either
returns the one meant or raises `Ambiguous` with a short candidate list for the user to pick from.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("龙岩市委军民融合办", name="龙岩市委军民融合办", aliases=["市委军民融合办"],
...            type="PartyGovBody", jurisdiction="龙岩市", gloss="Longyan Municipal MCF Office")
>>> G.add_node("西安市委军民融合办", name="西安市委军民融合办", aliases=["市委军民融合办"],
...            type="PartyGovBody", jurisdiction="西安市", gloss="Xi'an Municipal MCF Office")
>>> resolve(G, "龙岩市委军民融合办")
'龙岩市委军民融合办'
>>> resolve(G, "longyan mcf office")
'龙岩市委军民融合办'
>>> try:
...     resolve(G, "市委军民融合办")
... except Ambiguous as e:
...     [c.key for c in e.candidates]
['西安市委军民融合办', '龙岩市委军民融合办']
"""

from __future__ import annotations

import difflib
import re
from dataclasses import asdict, dataclass

import networkx as nx

from ingest.normalise import key as norm_key


@dataclass
class Candidate:
    key: str
    name: str
    type: str
    jurisdiction: str
    gloss: str
    score: float
    matched: str  # which form matched and how, e.g. "alias:exact"

    def to_dict(self) -> dict:
        return asdict(self)


class LookupFailed(LookupError):
    """No single entity matches; `candidates` holds the closest ones (possibly empty)."""

    def __init__(self, query: str, candidates: list[Candidate], message: str):
        super().__init__(message)
        self.query = query
        self.candidates = candidates


class NotFound(LookupFailed):
    pass


class Ambiguous(LookupFailed):
    pass


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^0-9a-z\u4e00-\u9fff*]+", text.lower()) if w]


def _score_form(q: str, form: str, qwords: list[str]) -> tuple[float, str]:
    """Score one form of a name against the query (both already normalised)."""
    if not form:
        return 0.0, ""
    if q == form:
        return 1.0, "exact"
    if q in form:
        return 0.6 + 0.3 * len(q) / len(form), "contains"
    if form in q and len(form) >= 2:
        return 0.5 + 0.3 * len(form) / len(q), "within"
    if qwords and len(qwords) > 1 or (qwords and qwords[0].isascii()):
        fw = _words(form)
        if fw and all(any(w == f or (len(w) >= 3 and f.startswith(w)) for f in fw) for w in qwords):
            return 0.55 + 0.3 * len(qwords) / len(fw), "words"
    return 0.0, ""


def candidates(
    G: nx.MultiDiGraph,
    query: str,
    limit: int = 8,
    types: list[str] | None = None,
    fuzzy_cutoff: float = 0.55,
) -> list[Candidate]:
    """Entities ranked by how well they match `query` (best first, at most `limit`)."""
    q = norm_key(query)
    ql = query.strip().lower()
    qwords = _words(ql)
    found: list[Candidate] = []
    for n, a in G.nodes(data=True):
        if types and a.get("type") not in types:
            continue
        best, how = 0.0, ""
        forms = [("key", norm_key(n), 1.0), ("name", norm_key(a.get("name", "")), 0.99)]
        forms += [("alias", norm_key(x), 0.96) for x in a.get("aliases", [])]
        for label, form, weight in forms:
            s, h = _score_form(q, form, qwords)
            if s * weight > best:
                best, how = s * weight, f"{label}:{h}"
        g = a.get("gloss", "").lower()
        if g and qwords:
            s, h = _score_form(ql, g, qwords)
            if s * 0.95 > best:
                best, how = s * 0.95, f"gloss:{h}"
        if best < 0.8 and len(q) >= 2:  # a typo or variant character: compare the Chinese forms
            for _label, form, _w in forms:
                sm = difflib.SequenceMatcher(None, q, form, autojunk=False)
                if sm.real_quick_ratio() < fuzzy_cutoff or sm.quick_ratio() < fuzzy_cutoff:
                    continue
                r = sm.ratio()
                if r >= fuzzy_cutoff and r * 0.8 > best:
                    best, how = r * 0.8, "similar"
        if best:
            found.append(Candidate(n, a.get("name", n), a.get("type", ""), a.get("jurisdiction", ""),
                                   a.get("gloss", ""), round(best, 4), how))
    found.sort(key=lambda c: (-c.score, len(c.name), c.key))
    return found[:limit]


def resolve(G: nx.MultiDiGraph, query: str, types: list[str] | None = None, limit: int = 8) -> str:
    """The key of the one entity `query` means; NotFound / Ambiguous (with candidates) otherwise.

    One exact match (key, name or alias) wins. Otherwise the best partial match wins only when it
    is clearly better than the next (by 0.1); else the user is shown the short list.
    """
    if query in G and (not types or G.nodes[query].get("type") in types):
        return query
    cands = candidates(G, query, limit=limit, types=types)
    if not cands:
        raise NotFound(query, [], f"no entity matches {query!r}")
    exact = [c for c in cands if c.matched.endswith(":exact")]
    if len(exact) == 1:
        return exact[0].key
    if len(exact) > 1:
        raise Ambiguous(query, exact, f"{query!r} names {len(exact)} entities")
    if cands[0].matched == "similar":
        clear = len(cands) == 1 or cands[0].score - cands[1].score >= 0.1
        if clear and cands[0].score >= 0.64:  # similarity >= 0.8: a typo or a variant character
            return cands[0].key
        if clear:
            raise NotFound(query, cands, f"no entity is named {query!r}; did you mean one of these?")
        raise Ambiguous(query, cands, f"no entity is named {query!r}; did you mean one of these?")
    if cands[0].matched.endswith(":within") and _covered(cands[0]) < 0.5:
        # the name found is a small part of what was typed: "China South Industries" is not 中国
        # (gloss China), 鄂尔多斯市委书记李理 not 市委; a guess shown as the answer misleads
        raise NotFound(query, cands, f"no entity is named {query!r}; only a part of it names one of these")
    if len(cands) == 1 or cands[0].score - cands[1].score >= 0.1:
        return cands[0].key
    raise Ambiguous(query, cands, f"{query!r} matches several entities")


_FORM_WEIGHT = {"key": 1.0, "name": 0.99, "alias": 0.96, "gloss": 0.95}


def _covered(c: Candidate) -> float:
    """The share of the query a 'within' match covers (its score is 0.5 + 0.3 x that share, weighted)."""
    w = _FORM_WEIGHT.get(c.matched.split(":")[0], 1.0)
    return (c.score / w - 0.5) / 0.3


def describe(G: nx.MultiDiGraph, key: str, types: list[str] | None = None) -> dict:
    """Everything about one entity: its fields, documents (with metadata), problems, and every
    relationship (outgoing and incoming) with all its evidence. `types` limits the relationships
    to neighbours of those entity types.

    >>> G = nx.MultiDiGraph(documents={"d": {"id": "d", "title": "T", "date": "2019"}})
    >>> G.add_node("a", type="PartyGovBody", name="办", documents=["d"])
    >>> G.add_node("b", type="Fund", name="基金", documents=["d"])
    >>> _ = G.add_edge("a", "b", key="FUNDS", type="FUNDS", modalities=["stated"],
    ...                evidence=[{"document": "d", "sentence": "办出资设立基金", "modality": "stated"}])
    >>> info = describe(G, "b")
    >>> info["relationships"][0]["direction"], info["relationships"][0]["other"]["name"]
    ('in', '办')
    """
    a = G.nodes[key]
    docs = G.graph.get("documents", {})
    rels = []
    for _, other, k, d in G.out_edges(key, keys=True, data=True):
        rels.append(("out", other, d.get("type", k), d))
    for other, _, k, d in G.in_edges(key, keys=True, data=True):
        if other == key:
            continue
        rels.append(("in", other, d.get("type", k), d))
    out_rels = []
    for direction, other, t, d in sorted(rels, key=lambda r: (r[2], r[0], r[1])):
        if types and G.nodes[other].get("type") not in types:
            continue
        o = G.nodes[other]
        out_rels.append({
            "direction": direction, "type": t,
            "head": key if direction == "out" else other, "tail": other if direction == "out" else key,
            "other": {"key": other, "name": o.get("name", other), "type": o.get("type", ""),
                      "side": o.get("side", ""), "gloss": o.get("gloss", ""),
                      "jurisdiction": o.get("jurisdiction", "")},
            "modalities": list(d.get("modalities", [])),
            "evidence": list(d.get("evidence", [])),
        })
    return {
        "key": key,
        "name": a.get("name", key),
        "type": a.get("type", ""),
        "aliases": list(a.get("aliases", [])),
        "jurisdiction": a.get("jurisdiction", ""),
        "side": a.get("side", "neutral"),
        "gloss": a.get("gloss", ""),
        "confidence": a.get("confidence"),
        "mentions": a.get("mentions", 0),
        "documents": [docs.get(d, {"id": d}) for d in a.get("documents", [])],
        "problems": list(a.get("problems", [])),
        "relationships": out_rels,
    }
