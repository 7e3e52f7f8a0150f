"""Who is central: degree, betweenness, pagerank and eigenvector centrality.

All four run on the relation graph with places and LOCATED_IN left out (see
filters.channel_graph: a city everything is located in is not a central actor). Degree and
eigenvector use the undirected ties; pagerank the directed ones (symmetric relations both ways),
weighted by the number of evidence sentences, so a tie stated in five documents counts more
than one stated once.

Betweenness is exact (Brandes, O(V·E)) while V·E stays under `exact_limit`; beyond that it is
estimated from `k` random source nodes (Brandes & Pich 2007), the same estimator as networkx's
`betweenness_centrality(k=...)`. The sampled result states its error: the sources are split into
batches, and the reported `error` is the largest standard error of any node's estimate over the
batches (so a node's true value lies within about ±2·error of the estimate). python-igraph is used
when installed (C, ~50x faster than networkx); otherwise a pure-Python Brandes.

Pagerank and eigenvector centrality are numpy power iterations (scipy is not needed).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n in "HABCD":
...     G.add_node(n, type="PartyGovBody", name=n)
>>> for leaf in "ABCD":
...     _ = G.add_edge("H", leaf, key="LEADS", type="LEADS", evidence=[{}], modalities=["stated"])
>>> [r["key"] for r in centrality(G, "betweenness")[:1]]
['H']
>>> centrality_table(G, "degree")["rows"][0]["score"]
1.0
"""

from __future__ import annotations

import math
import random
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
import numpy as np

from graph.analysis.filters import (
    NON_CHANNEL_RELATIONS,
    NON_CHANNEL_TYPES,
    check_type,
    node_summary,
)
from graph.model import SYMMETRIC_RELATIONS

MEASURES: tuple[str, ...] = ("degree", "betweenness", "pagerank", "eigenvector")
# Work budgets in edge visits (one BFS from one source visits every tie twice): exact betweenness
# while V·E fits, else k = budget / E sampled sources. Measured on this 2-core machine (bench/):
# pure Python ~6.5e-7 s per edge visit, igraph ~3e-8 s, so both budgets are ~10 s.
EXACT_LIMIT = 1.5e7
EXACT_LIMIT_IGRAPH = 3e8


def have_igraph() -> bool:
    try:
        import igraph  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class Ties:
    """A graph as index arrays: what every measure needs, built in one pass over the edges.

    Building an intermediate networkx Graph costs more than the measures themselves at a million
    relationships, so the measures run on these arrays instead.
    """

    nodes: list[str]
    a: np.ndarray  # undirected ties, one per unordered pair, a < b
    b: np.ndarray
    w: np.ndarray  # pieces of evidence behind the tie
    src: np.ndarray  # directed ties (symmetric relations both ways), one per ordered pair
    dst: np.ndarray
    dw: np.ndarray

    @property
    def n(self) -> int:
        return len(self.nodes)

    def degree(self) -> np.ndarray:
        return np.bincount(self.a, minlength=self.n) + np.bincount(self.b, minlength=self.n)

    def adjacency(self) -> list[list[int]]:
        adj: list[list[int]] = [[] for _ in range(self.n)]
        for x, y in zip(self.a.tolist(), self.b.tolist(), strict=True):
            adj[x].append(y)
            adj[y].append(x)
        return adj


def _unique_pairs(x: np.ndarray, y: np.ndarray, w: np.ndarray, n: int) -> tuple[np.ndarray, ...]:
    if len(x) == 0:
        e = np.zeros(0, dtype=np.int64)
        return e, e, np.zeros(0)
    key = x.astype(np.int64) * n + y
    uniq, inv = np.unique(key, return_inverse=True)
    return uniq // n, uniq % n, np.bincount(inv, weights=w)


def ties(G: nx.MultiDiGraph, exclude_types: Iterable[str] = NON_CHANNEL_TYPES,
         exclude_relations: Iterable[str] = NON_CHANNEL_RELATIONS) -> Ties:
    """The channel ties of an analysis graph (same rules as filters.channel_graph)."""
    xt, xr = set(exclude_types), set(exclude_relations)
    nodes = [n for n, t in G.nodes(data="type") if t not in xt]
    idx = {v: i for i, v in enumerate(nodes)}
    us, vs, ws, sym = [], [], [], []
    for u, nbrs in G.adjacency():
        iu = idx.get(u)
        if iu is None:
            continue
        for v, keyed in nbrs.items():
            iv = idx.get(v)
            if iv is None or iv == iu:
                continue
            for k, d in keyed.items():
                t = d.get("type", k)
                if t in xr:
                    continue
                us.append(iu)
                vs.append(iv)
                ws.append(len(d.get("evidence", ())) or 1)
                sym.append(t in SYMMETRIC_RELATIONS)
    n = len(nodes)
    u = np.asarray(us, dtype=np.int64)
    v = np.asarray(vs, dtype=np.int64)
    w = np.asarray(ws, dtype=float)
    s = np.asarray(sym, dtype=bool)
    a, b, uw = _unique_pairs(np.minimum(u, v), np.maximum(u, v), w, max(n, 1))
    src, dst, dw = _unique_pairs(np.concatenate([u, v[s]]), np.concatenate([v, u[s]]),
                                 np.concatenate([w, w[s]]), max(n, 1))
    return Ties(nodes, a, b, uw, src, dst, dw)


def ties_of(H: nx.Graph | nx.DiGraph) -> Ties:
    """Ties of a simple networkx graph (undirected ties; a DiGraph keeps its directions for pagerank)."""
    nodes = list(H.nodes)
    idx = {v: i for i, v in enumerate(nodes)}
    e = [(idx[u], idx[v], float(d.get("weight", 1.0))) for u, v, d in H.edges(data=True) if u != v]
    u = np.asarray([x for x, _, _ in e], dtype=np.int64)
    v = np.asarray([y for _, y, _ in e], dtype=np.int64)
    w = np.asarray([z for _, _, z in e], dtype=float)
    n = max(len(nodes), 1)
    a, b, uw = _unique_pairs(np.minimum(u, v), np.maximum(u, v), w, n)
    if H.is_directed():
        src, dst, dw = _unique_pairs(u, v, w, n)
    else:
        src, dst, dw = _unique_pairs(np.concatenate([u, v]), np.concatenate([v, u]),
                                     np.concatenate([w, w]), n)
    return Ties(nodes, a, b, uw, src, dst, dw)


def degree_array(T: Ties) -> np.ndarray:
    """Distinct neighbours / (n - 1), like networkx.degree_centrality."""
    return T.degree() * (1.0 / (T.n - 1) if T.n > 1 else 1.0)


def _brandes_sources(adj: list[list[int]], sources: Iterable[int], n: int) -> np.ndarray:
    """Unnormalised betweenness contributions from the given sources (undirected, unweighted)."""
    bc = np.zeros(n)
    for s in sources:
        stack = []
        pred: list[list[int]] = [[] for _ in range(n)]
        sigma = [0] * n
        sigma[s] = 1
        dist = [-1] * n
        dist[s] = 0
        q = deque([s])
        while q:
            v = q.popleft()
            stack.append(v)
            dv = dist[v] + 1
            for w in adj[v]:
                if dist[w] < 0:
                    dist[w] = dv
                    q.append(w)
                if dist[w] == dv:
                    sigma[w] += sigma[v]
                    pred[w].append(v)
        delta = [0.0] * n
        while stack:
            w = stack.pop()
            coeff = (1.0 + delta[w]) / sigma[w]
            for v in pred[w]:
                delta[v] += sigma[v] * coeff
            if w != s:
                bc[w] += delta[w]
    return bc


def _igraph_batch(g, sources: list[int]) -> np.ndarray:
    # igraph's subset betweenness sums the dependencies of the given sources on every target;
    # x2 matches the ordered-pair convention of the pure-Python Brandes above (checked in tests).
    return np.asarray(g.betweenness(directed=False, sources=sources), dtype=float) * 2.0


def betweenness_array(
    T: Ties, k: int | None = None, seed: int = 0, backend: str = "auto",
    exact_limit: float | None = None, batches: int = 8,
) -> tuple[np.ndarray, dict]:
    """Normalised betweenness (as networkx, undirected: 2/((n-1)(n-2)) of pair-dependency sums).

    Returns (scores, info); info says "exact" or "sampled" with k, seed, and `error` (max standard
    error over nodes, same normalisation as the scores) when sampled.
    """
    n = T.n
    if backend == "auto":
        backend = "igraph" if have_igraph() else "python"
    if n < 3:
        return np.zeros(n), {"method": "exact", "backend": backend}
    m = max(len(T.a), 1)
    limit = exact_limit if exact_limit is not None else (EXACT_LIMIT_IGRAPH if backend == "igraph"
                                                         else EXACT_LIMIT)
    scale = 1.0 / ((n - 1) * (n - 2))  # undirected normalisation x (1/2 for ordered pairs) x 2
    if k is None and n * m <= limit:
        k = n
    if k is None:
        k = max(32, min(n, int(limit / m)))  # at least 32 sources: 8 batches of 4 for the error
    k = min(k, n)
    if backend == "igraph":
        import igraph as ig

        g = ig.Graph(n=n, edges=np.column_stack([T.a, T.b]).tolist(), directed=False)

        def batch(src: list[int]) -> np.ndarray:
            return _igraph_batch(g, src)
    else:
        adj = T.adjacency()

        def batch(src: list[int]) -> np.ndarray:
            return _brandes_sources(adj, src, n)
    if k >= n:
        return batch(list(range(n))) * scale, {"method": "exact", "backend": backend, "k": n}
    rng = random.Random(seed)
    sources = rng.sample(range(n), k)
    nb = max(2, min(batches, k // 4)) if k >= 8 else 1
    parts = [sources[i::nb] for i in range(nb)]
    ests = [batch(p) * (n / len(p)) for p in parts]
    weights = np.array([len(p) for p in parts], dtype=float)
    stack = np.vstack(ests)
    mean = (stack * weights[:, None]).sum(axis=0) / weights.sum()
    if nb > 1:
        var = ((stack - mean) ** 2 * weights[:, None]).sum(axis=0) / weights.sum() / (nb - 1)
        err = float(np.sqrt(var.max())) * scale
    else:
        err = float("nan")
    info = {"method": "sampled", "backend": backend, "k": k, "seed": seed, "batches": nb,
            "error": err,
            "error_meaning": "largest standard error of a node's estimate (normalised units); "
                             "true value within about ±2·error"}
    return mean * scale, info


def pagerank_array(T: Ties, alpha: float = 0.85, tol: float = 1e-10, max_iter: int = 200) -> np.ndarray:
    """Weighted pagerank by power iteration on the directed ties; dangling nodes spread uniformly."""
    n = T.n
    if n == 0:
        return np.zeros(0)
    src, dst, w = T.src, T.dst, T.dw
    out_w = np.bincount(src, weights=w, minlength=n)
    dangling = out_w == 0
    coef = w / np.where(out_w[src] > 0, out_w[src], 1.0)
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        last = x
        x = alpha * np.bincount(dst, weights=x[src] * coef, minlength=n)
        x += (alpha * last[dangling].sum() + (1 - alpha)) / n
        if np.abs(x - last).sum() < n * tol:
            break
    return x


def eigenvector_array(T: Ties, tol: float = 1e-8, max_iter: int = 1000) -> np.ndarray:
    """Eigenvector centrality (unit Euclidean norm) by power iteration on A + I, as networkx does."""
    n = T.n
    if n == 0:
        return np.zeros(0)
    a, b = T.a, T.b
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        last = x
        x = last + np.bincount(a, weights=last[b], minlength=n) + np.bincount(b, weights=last[a], minlength=n)
        norm = math.sqrt(float((x * x).sum())) or 1.0
        x = x / norm
        if np.abs(x - last).sum() < n * tol:
            break
    return x


def _as_dict(T: Ties, arr: np.ndarray) -> dict[str, float]:
    return {v: float(arr[i]) for i, v in enumerate(T.nodes)}


def degree_scores(H: nx.Graph) -> dict[str, float]:
    T = ties_of(H)
    return _as_dict(T, degree_array(T))


def betweenness_scores(H: nx.Graph, **kwargs) -> tuple[dict[str, float], dict]:
    """betweenness_array on a simple networkx graph, as {node: score} (see betweenness_array)."""
    T = ties_of(H)
    arr, info = betweenness_array(T, **kwargs)
    return _as_dict(T, arr), info


def pagerank_scores(D: nx.DiGraph, **kwargs) -> dict[str, float]:
    T = ties_of(D)
    return _as_dict(T, pagerank_array(T, **kwargs))


def eigenvector_scores(H: nx.Graph, **kwargs) -> dict[str, float]:
    T = ties_of(H)
    return _as_dict(T, eigenvector_array(T, **kwargs))


def centrality(G: nx.MultiDiGraph, measure: str = "degree", types: Iterable[str] | None = None,
               top: int = 20, **kwargs) -> list[dict]:
    """The ranked rows only (see centrality_table for the method and error that go with them)."""
    return centrality_table(G, measure, types, top, **kwargs)["rows"]


def centrality_table(
    G: nx.MultiDiGraph,
    measure: str = "degree",
    types: Iterable[str] | None = None,
    top: int = 20,
    k: int | None = None,
    seed: int = 0,
    backend: str = "auto",
) -> dict:
    """Top entities by a centrality measure; `types` limits the rows shown, not the computation.

    Returns {"measure", "info" (method, and error when sampled), "rows": [node summary + score +
    rank + degree]} sorted by score (ties: key).
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}")
    wanted = {check_type(t) for t in types or []}
    T = ties(G)
    info: dict = {"method": "exact"}
    if measure == "degree":
        scores = degree_array(T)
    elif measure == "betweenness":
        scores, info = betweenness_array(T, k=k, seed=seed, backend=backend)
    elif measure == "pagerank":
        scores = pagerank_array(T)
        info = {"method": "power iteration", "alpha": 0.85, "tol": 1e-10}
    else:
        scores = eigenvector_array(T)
        info = {"method": "power iteration", "tol": 1e-8}
    deg = T.degree()
    order = sorted(range(T.n), key=lambda i: (-round(float(scores[i]), 12), T.nodes[i]))
    rows = []
    for i in order:
        key = T.nodes[i]
        if wanted and G.nodes[key].get("type") not in wanted:
            continue
        rows.append({**node_summary(G, key), "score": round(float(scores[i]), 6), "degree": int(deg[i]),
                     "rank": len(rows) + 1})
        if top and len(rows) >= top:
            break
    return {"measure": measure, "info": info, "nodes": T.n, "ties": int(len(T.a)), "rows": rows}
