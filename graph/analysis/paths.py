"""How two entities are connected: shortest and all-shortest paths, each hop with its evidence.

An analyst asking "how is the sub-district tied to the park?" needs the chain of relationships
and, for every hop, the sentence that states it, so they can check it in the source. Paths ignore
direction (a chain A -LEADS-> P <-IMPLEMENTS- B connects A and B) but every hop reports the
relationship as stored (head, type, tail).

`via` narrows the question: an entity type (the path must pass through an entity of that type,
e.g. "via a Project") or a relation type (only hops over that relation).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n in "ABC":
...     G.add_node(n, type="PartyGovBody", name=n)
>>> ev = lambda s: [{"document": "d", "sentence": s, "start": 0, "end": 1, "modality": "reported"}]
>>> _ = G.add_edge("A", "B", key="LEADS", type="LEADS", evidence=ev("A领导B"), modalities=["reported"])
>>> _ = G.add_edge("C", "B", key="SUPPORTS", type="SUPPORTS", evidence=ev("C支持B"), modalities=["reported"])
>>> r = find_paths(G, "A", "C")
>>> r["length"], [(h["head"], h["type"], h["tail"]) for h in r["shortest"]]
(2, [('A', 'LEADS', 'B'), ('C', 'SUPPORTS', 'B')])
>>> r["shortest"][1]["evidence"]["sentence"]
'C支持B'
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

import networkx as nx

from graph.analysis.filters import best_evidence, check_relation, node_summary, relations_between
from graph.model import ENTITY_TYPES, RELATION_TYPES


def _adjacency(G: nx.MultiDiGraph, relations: set[str] | None) -> dict[str, set[str]]:
    adj: dict[str, set[str]] = {n: set() for n in G}
    for u, v, k, d in G.edges(keys=True, data=True):
        if u == v or (relations is not None and d.get("type", k) not in relations):
            continue
        adj[u].add(v)
        adj[v].add(u)
    return adj


def _bfs(adj: dict[str, set[str]], source: str, max_hops: int) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Hop distances from source (up to max_hops) and the shortest-path predecessors of each node."""
    dist = {source: 0}
    preds: dict[str, list[str]] = {source: []}
    queue = deque([source])
    while queue:
        u = queue.popleft()
        if dist[u] >= max_hops:
            continue
        for v in sorted(adj[u]):
            if v not in dist:
                dist[v] = dist[u] + 1
                preds[v] = [u]
                queue.append(v)
            elif dist[v] == dist[u] + 1:
                preds[v].append(u)
    return dist, preds


def _paths_to(preds: dict[str, list[str]], target: str, limit: int) -> list[list[str]]:
    """Up to `limit` shortest paths source..target from the predecessor lists (deterministic order)."""
    out: list[list[str]] = []
    stack: list[tuple[str, list[str]]] = [(target, [target])]
    while stack and len(out) < limit:
        node, path = stack.pop()
        if not preds[node]:
            out.append(path[::-1])
            continue
        for p in sorted(preds[node], reverse=True):
            stack.append((p, path + [p]))
    return out


def hop(G: nx.MultiDiGraph, u: str, v: str, relations: set[str] | None = None) -> dict:
    """One hop u–v: the relationship to show first, its best evidence, and all alternatives."""
    rels = [r for r in relations_between(G, u, v) if relations is None or r["type"] in relations]
    first = rels[0]
    return {
        "from": u, "to": v,
        "head": first["head"], "type": first["type"], "tail": first["tail"],
        "modalities": first["modalities"],
        "evidence": best_evidence(first["evidence"]),
        "relations": [{"head": r["head"], "type": r["type"], "tail": r["tail"],
                       "modalities": r["modalities"], "evidence": best_evidence(r["evidence"])}
                      for r in rels],
    }


def find_paths(
    G: nx.MultiDiGraph,
    source: str,
    target: str,
    max_hops: int = 6,
    via: str | Iterable[str] | None = None,
    limit: int = 20,
) -> dict:
    """Shortest path and up to `limit` all-shortest paths between two node keys.

    Returns {"source", "target", "length" (None if no path within max_hops), "shortest": [hop],
    "all_shortest": [[hop]], "count", "truncated", "via"}; each hop is {head, type, tail,
    modalities, evidence (one dict), relations (every relationship between the two nodes)}.
    Exact: BFS over the undirected relation graph, O(V + E) per query.
    """
    for n in (source, target):
        if n not in G:
            raise KeyError(n)
    vias = [via] if isinstance(via, str) else list(via or [])
    rel_filter: set[str] | None = None
    node_types: set[str] = set()
    for v in vias:
        if v.upper() in RELATION_TYPES or v.upper() in {r.replace("_", "") for r in RELATION_TYPES}:
            rel_filter = (rel_filter or set()) | {check_relation(v.upper())}
        elif v.lower() in {t.lower() for t in ENTITY_TYPES}:
            node_types.add(next(t for t in ENTITY_TYPES if t.lower() == v.lower()))
        else:
            raise ValueError(f"--via takes an entity type ({', '.join(ENTITY_TYPES)}) "
                             f"or a relation type ({', '.join(RELATION_TYPES)}), not {v!r}")
    adj = _adjacency(G, rel_filter)
    result = {"source": node_summary(G, source), "target": node_summary(G, target), "via": vias,
              "max_hops": max_hops, "length": None, "shortest": [], "all_shortest": [], "count": 0,
              "truncated": False}
    if source == target:
        result["length"] = 0
        return result
    ds, ps = _bfs(adj, source, max_hops)
    if not node_types:
        if target not in ds:
            return result
        paths = _paths_to(ps, target, limit + 1)
    else:
        dt, pt = _bfs(adj, target, max_hops)
        mids = [(ds[m] + dt[m], m) for m in ds if m in dt and m not in (source, target)
                and G.nodes[m].get("type") in node_types]
        if not mids:
            return result
        best = min(d for d, _ in mids)
        if best > max_hops:
            return result
        paths = []
        seen: set[tuple[str, ...]] = set()
        for _, m in sorted(x for x in mids if x[0] == best):
            for left in _paths_to(ps, m, limit + 1):
                for right in _paths_to(pt, m, limit + 1):
                    p = left + right[::-1][1:]
                    if len(set(p)) == len(p) and tuple(p) not in seen:
                        seen.add(tuple(p))
                        paths.append(p)
            if len(paths) > limit:
                break
        if not paths:
            return result
    result["truncated"] = len(paths) > limit
    paths = paths[:limit]
    as_hops = [[hop(G, a, b, rel_filter) for a, b in zip(p, p[1:], strict=False)] for p in paths]
    result.update(length=len(paths[0]) - 1, shortest=as_hops[0], all_shortest=as_hops, count=len(paths),
                  nodes={n: node_summary(G, n) for p in paths for n in p})
    return result
