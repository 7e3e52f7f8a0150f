"""Who bridges the military and civilian sides.

Three classic views, because each answers a different question:
- Burt's structural holes (constraint, effective size): whose contacts are not tied to each other,
  so that the node is their only go-between. Low constraint / high effective size = broker.
- Gould & Fernandez (1989) brokerage roles, with sides as groups: for every open directed triad
  a -> b -> c (no a -> c), b's role depends on which sides a, b and c are on: coordinator (all
  one side), gatekeeper (a other, b = c), representative (a = b, c other), consultant (a = c,
  b other), liaison (all different). Gatekeepers, representatives and liaisons are the roles
  that carry ties across sides.
- Cut points: nodes whose removal disconnects military from civilian actors, counted as the
  number of military–civilian pairs that lose every connection (exact, one DFS: Tarjan's
  articulation points with side counts per DFS subtree).

All three run on filters.channel_graph (places and LOCATED_IN left out).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("办", type="PartyGovBody", side="joint", name="办")
>>> for n, s in [("m1", "military"), ("m2", "military"), ("c1", "civilian"), ("c2", "civilian")]:
...     G.add_node(n, type="MilitaryUnit" if s == "military" else "Enterprise", side=s, name=n)
...     _ = G.add_edge("办", n, key="COORDINATES_WITH", type="COORDINATES_WITH", evidence=[{}])
>>> cut = side_cut_points(G)[0]
>>> cut["key"], cut["pairs_separated"], cut["share"]
('办', 4, 1.0)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import networkx as nx

from graph.analysis.filters import (
    ACTOR_TYPES,
    channel_adjacency,
    channel_graph,
    check_type,
    directed_ties,
    node_summary,
)

SIDED = ("military", "civilian", "joint")
ROLES = ("coordinator", "gatekeeper", "representative", "consultant", "liaison")
CROSS_SIDE_ROLES = ("gatekeeper", "representative", "liaison")


def burt(H: nx.Graph, nodes: Iterable[str] | None = None) -> dict[str, dict[str, float]]:
    """Constraint and effective size per node (networkx's definitions, unweighted ties).

    Effective size of an undirected unweighted ego network = n - 2t/n (Borgatti's shortcut), where
    t is the number of ties among the ego's n contacts; constraint = sum_j (p_ij + sum_q p_iq p_qj)^2
    with p_ij = 1/deg(i) for ties. Isolates get NaN constraint (undefined), as in networkx.
    """
    nodes = list(H.nodes) if nodes is None else list(nodes)
    nbrs = {n: set(H[n]) - {n} for n in H}
    out = {}
    for i in nodes:
        ni = nbrs[i]
        deg = len(ni)
        if deg == 0:
            out[i] = {"constraint": float("nan"), "effective_size": 0.0}
            continue
        ties = sum(len(nbrs[j] & ni) for j in ni) / 2
        eff = deg - 2 * ties / deg
        p_i = 1.0 / deg
        c = 0.0
        for j in ni:
            indirect = sum(p_i * (1.0 / len(nbrs[q])) for q in (nbrs[j] & ni) if nbrs[q])
            c += (p_i + indirect) ** 2
        out[i] = {"constraint": c, "effective_size": eff}
    return out


def _role(ga: str, gb: str, gc: str) -> str:
    if ga == gb == gc:
        return "coordinator"
    if ga == gc:
        return "consultant"
    if gb == gc:
        return "gatekeeper"
    if ga == gb:
        return "representative"
    return "liaison"


def gould_fernandez(D: nx.DiGraph, group: dict[str, str], nodes: Iterable[str] | None = None,
                    groups_counted: Iterable[str] = SIDED) -> dict[str, dict[str, int]]:
    """Brokerage role counts per broker b over open triads a -> b -> c with a, c in counted groups.

    Exact. Counted by group pairs rather than triad by triad: all (a, c) pairs by the groups of a
    and c, minus a = c, minus the closed pairs (a -> c exists, found by set intersection), so a hub
    with thousands of ties costs thousands of set operations, not millions of triads.
    """
    counted = set(groups_counted)
    succ = {n: set(D._succ[n]) for n in D}
    out = {}
    for b in (D.nodes if nodes is None else nodes):
        gb = group.get(b)
        preds = [x for x in D._pred[b] if x != b and group.get(x) in counted]
        succs = {x for x in succ[b] if x != b and group.get(x) in counted}
        pairs: dict[tuple[str, str], int] = {}
        n_out: dict[str, int] = {}
        for c in succs:
            n_out[group[c]] = n_out.get(group[c], 0) + 1
        for a in preds:
            ga = group[a]
            for gc, k in n_out.items():
                pairs[(ga, gc)] = pairs.get((ga, gc), 0) + k
            if a in succs:  # a -> b -> a is not a triad
                pairs[(ga, ga)] -= 1
            for c in succ[a] & succs:  # closed: a reaches c directly
                if c != a:
                    pairs[(ga, group[c])] -= 1
        roles = dict.fromkeys(ROLES, 0)
        for (ga, gc), k in pairs.items():
            roles[_role(ga, gb, gc)] += k
        out[b] = roles
    return out


def side_cut_points(G: nx.MultiDiGraph, H: nx.Graph | Mapping[str, Iterable[str]] | None = None,
                    a: str = "military", b: str = "civilian") -> list[dict]:
    """Nodes whose removal leaves military–civilian actor pairs with no connection at all.

    `H` is the tie structure (an nx.Graph or a {node: neighbours} mapping; default the channel
    graph of G); sides are read from G. For each cut point: pairs_separated, pairs_total (a–b
    pairs in its component, excluding itself), share = separated / total, and the parts its
    removal leaves (a, b counts each). Sorted by pairs separated. Exact, O(V + E).
    """
    H = channel_adjacency(G) if H is None else H
    nodes = list(H)
    idx = {n: i for i, n in enumerate(nodes)}
    n = len(nodes)
    adj = [[idx[m] for m in H[v] if m != v] for v in nodes]
    sa = [0] * n
    sb = [0] * n
    for i, node in enumerate(nodes):
        s = G.nodes[node].get("side")
        if s == a:
            sa[i] = 1
        elif s == b:
            sb[i] = 1
    disc = [-1] * n
    low = [0] * n
    suba = [0] * n
    subb = [0] * n
    parts: dict[int, list[tuple[int, int]]] = {}
    comp_of = [-1] * n
    comp_tot: list[tuple[int, int]] = []
    t = 0
    for root in range(n):
        if disc[root] >= 0:
            continue
        cid = len(comp_tot)
        disc[root] = low[root] = t
        t += 1
        comp_of[root] = cid
        suba[root], subb[root] = sa[root], sb[root]
        stack = [(root, -1, 0)]
        while stack:
            v, parent, i = stack[-1]
            if i < len(adj[v]):
                stack[-1] = (v, parent, i + 1)
                w = adj[v][i]
                if disc[w] < 0:
                    disc[w] = low[w] = t
                    t += 1
                    comp_of[w] = cid
                    suba[w], subb[w] = sa[w], sb[w]
                    stack.append((w, v, 0))
                elif w != parent:
                    low[v] = min(low[v], disc[w])
            else:
                stack.pop()
                if parent >= 0:
                    low[parent] = min(low[parent], low[v])
                    suba[parent] += suba[v]
                    subb[parent] += subb[v]
                    if low[v] >= disc[parent]:
                        parts.setdefault(parent, []).append((suba[v], subb[v]))
        comp_tot.append((suba[root], subb[root]))
    out = []
    for v, ps in parts.items():
        ta, tb = comp_tot[comp_of[v]]
        ta -= sa[v]
        tb -= sb[v]
        rest = (ta - sum(p[0] for p in ps), tb - sum(p[1] for p in ps))
        # a part holding no sided actor separates nothing; whether the walk meets it as a child or as
        # the rest depends on where it started, so such parts are dropped from both (stable output)
        allp = [p for p in ps + [rest] if p != (0, 0)]
        if len(allp) < 2:
            continue
        sep = ta * tb - sum(x * y for x, y in allp)
        if sep <= 0:
            continue
        out.append({**node_summary(G, nodes[v]), "pairs_separated": sep, "pairs_total": ta * tb,
                    "share": round(sep / (ta * tb), 4) if ta * tb else 0.0,
                    "parts": sorted(({a: x, b: y} for x, y in allp), key=lambda d: (-d[a] - d[b], -d[a]))})
    out.sort(key=lambda r: (-r["pairs_separated"], r["key"]))
    return out


def brokers(G: nx.MultiDiGraph, top: int = 20, types: Iterable[str] | None = None) -> dict:
    """The broker table: actors tied to more than one side, with Burt, Gould–Fernandez and cut points.

    Rows are entities with ties to at least two of military / civilian / joint (or cut points),
    ranked by cross-side brokerage, then pairs separated, then effective size. `types` limits rows.
    """
    wanted = {check_type(t) for t in types or []}
    H = channel_graph(G)
    side = {n: H.nodes[n].get("side", "neutral") for n in H}
    cuts = side_cut_points(G, H)
    cut_by = {c["key"]: c for c in cuts}
    bridging = []
    for n in H:
        sides = {side[m] for m in H[n] if side[m] in SIDED}
        if len(sides | ({side[n]} if side[n] in SIDED else set())) >= 2 or n in cut_by:
            bridging.append(n)
    D = directed_ties(G.subgraph(H.nodes))
    gf = gould_fernandez(D, side, bridging)
    bt = burt(H, bridging)
    rows = []
    for n in bridging:
        if wanted and G.nodes[n].get("type") not in wanted:
            continue
        nb_sides = {s: sum(1 for m in H[n] if side[m] == s) for s in SIDED}
        roles = gf[n]
        c = cut_by.get(n)
        rows.append({**node_summary(G, n), "degree": H.degree(n),
                     "ties": nb_sides,
                     "constraint": None if bt[n]["constraint"] != bt[n]["constraint"]
                     else round(bt[n]["constraint"], 4),
                     "effective_size": round(bt[n]["effective_size"], 4),
                     "roles": roles, "cross_side": sum(roles[r] for r in CROSS_SIDE_ROLES),
                     "pairs_separated": c["pairs_separated"] if c else 0,
                     "share_separated": c["share"] if c else 0.0,
                     "actor": G.nodes[n].get("type") in ACTOR_TYPES})
    rows.sort(key=lambda r: (-r["cross_side"], -r["pairs_separated"], -r["effective_size"], r["key"]))
    return {"rows": rows[:top] if top else rows, "cut_points": cuts[:top] if top else cuts,
            "nodes": H.number_of_nodes(), "ties": H.number_of_edges(),
            "sides": {s: sum(1 for n in H if side[n] == s) for s in (*SIDED, "neutral")}}
