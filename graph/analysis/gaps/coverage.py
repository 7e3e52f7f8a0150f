"""Which jurisdictions an entity belongs to, and whether the corpus covers a jurisdiction enough.

Roll-up: a provincial document speaks for the whole province, so the actors of its cities that
it names belong to the province too (a provincial meeting's actors and its cities' actors meet
in one jurisdiction). The hierarchy is cpca's (graph/places.py).

Coverage: a structural finding reasons from an absence ("no tie between the sides"), which says
something only where the corpus says a fair amount about the place. coverage() counts the
documents that name an entity of the jurisdiction and the typed relations (LOCATED_IN not
counted: a name prefix says nothing about coordination) touching its entities; enough() compares
them with the thresholds in graph/data/gap_rules.json.
"""

from __future__ import annotations

from functools import lru_cache

import networkx as nx

from graph import places
from graph.analysis.gaps.common import edges, rules


@lru_cache(maxsize=4096)
def province_of(j: str) -> str:
    """The province of a city/county jurisdiction ('' for a province, a placeholder or unknown)."""
    p = places.lookup(j) if j else None
    return p.province if p is not None and p.level != "province" else ""


LEVEL_SUFFIXES = ("自治区", "省", "市", "县", "区")


def short_jurisdiction(j: str) -> str:
    """A jurisdiction's name without its level suffix (青山市 -> 青山), "" if too short to name it."""
    for s in LEVEL_SUFFIXES:
        if j.endswith(s) and len(j) - len(s) >= 2:
            return j[: -len(s)]
    return ""


@lru_cache(maxsize=4096)
def _province_level(label: str) -> str:
    p = places.lookup(label) if label else None
    return p.name if p is not None and p.level == "province" else ""


def jurisdictions_of(G: nx.MultiDiGraph, n: str) -> list[str]:
    """The node's own jurisdiction, plus its province when one of its documents is provincial."""
    a = G.nodes[n]
    j = a.get("jurisdiction", "")
    if not j:
        return []
    out = [j]
    prov = province_of(j)
    if prov:
        docs = G.graph.get("documents", {})
        if any(
            _province_level((docs.get(d) or {}).get("jurisdiction", "")) == prov
            for d in a.get("documents", ())
        ):
            out.append(prov)
    return out


def coverage(G: nx.MultiDiGraph, th: dict | None = None) -> dict[str, dict]:
    """Per jurisdiction: {"documents": n, "facts": n, "enough": bool} (thresholds `th`, default
    gap_rules.json's)."""
    docs: dict[str, set[str]] = {}
    facts: dict[str, int] = {}
    member: dict[str, list[str]] = {}
    for n in G.nodes:
        js = jurisdictions_of(G, n)
        member[n] = js
        for j in js:
            docs.setdefault(j, set()).update(G.nodes[n].get("documents", ()))
    for u, v, k, d in edges(G):
        if d.get("type", k) == "LOCATED_IN":
            continue
        for j in set(member.get(u, [])) | set(member.get(v, [])):
            facts[j] = facts.get(j, 0) + 1
    th = th or thresholds()
    out = {}
    for j, ds in docs.items():
        f = facts.get(j, 0)
        out[j] = {
            "documents": len(ds),
            "facts": f,
            "enough": len(ds) >= th["min_documents"] and f >= th["min_facts"],
        }
    return out


def thresholds(override: dict | None = None) -> dict:
    """gap_rules.json's coverage thresholds, with `override`'s keys replacing them."""
    th = dict(rules()["coverage"])
    unknown = set(override or {}) - set(th)
    if unknown:
        raise ValueError(f"unknown coverage threshold(s) {sorted(unknown)}; one of {', '.join(th)}")
    th.update(override or {})
    return th
