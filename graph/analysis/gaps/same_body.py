"""One body, several nodes: merged in the analysis (never in the store) before structural findings.

A page's pinyin glosses (军区(qū)), a short place prefix (青山警备区 / 青山市警备区), an alias one
document uses as another's name (东方航空909基地 aka 909基地 / 909基地), or a body filed once
under its city and once under the province, give one body several nodes. An absence found on one
of them ("park with no enterprise", "no tie between the sides") then searched a part of what the
corpus says about the body: judged an artefact on held-out text (a Third-Front enterprise group
split into three nodes, gaps6). Before the structural kinds (orphans, disconnected sides, single
brokers) run, nodes are merged when a folded form of their names agrees:
- forms: the name and aliases, without pinyin glosses, folded (traditional and full-width forms,
  quotes, spaces: ingest.normalise.key), a short place prefix of the node's own jurisdiction
  written out (青山警备区 -> 青山市警备区); forms shorter than MIN_FORM characters are too generic
  (管委会, 市政府: two bodies of one city may share them) and never merge; a park also has its
  variant forms (graph/analysis/gaps/park_names.py, gaps8: the zone it lies in removed and a
  widened sector mapped back, so 青山新区航空产业园 and 青山航空航天产业园 are 青山航空产业园);
- within a jurisdiction: both nodes have the same one, or one's is the other's province;
- of one kind: same type, or both organisations of the enterprise family (a group typed as a
  park: IndustrialPark, Enterprise, ResearchInstitute); people, places and events never merge.
The representative keeps its key (the narrower jurisdiction, most documents, most sentences, the
shorter key); it
takes the others' aliases, documents, sentences, problems and ties. A finding on a merged node
says so (details["same_body"], and its `searched` text). Stored facts are not touched: the merge
is a copy made for this run.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graph.analysis.gaps.coverage import province_of, short_jurisdiction
from graph.analysis.gaps.park_names import variant_forms
from ingest.normalise import key, strip_pinyin_glosses

MIN_FORM = 4
NEVER = ("Person", "Location", "Event")
FIRM_FAMILY = ("IndustrialPark", "Enterprise", "ResearchInstitute")


def forms(a: dict, n: str) -> set[str]:
    """The node's folded name forms (see the module docstring)."""
    j = a.get("jurisdiction", "")
    short = short_jurisdiction(j)
    out = set()
    for f in (a.get("name", n), *(a.get("aliases") or ())):
        k = key(strip_pinyin_glosses(f or ""))
        if short and k.startswith(short) and not k.startswith(j):
            k = j + k[len(short):]
        if len(k) >= MIN_FORM:
            out.add(k)
    return out | variant_forms(a, n)  # 青山新区航空产业园 = 青山航空航天产业园 (gaps8, park_names)


def _compatible(a: dict, b: dict) -> bool:
    ja, jb = a.get("jurisdiction", ""), b.get("jurisdiction", "")
    if not (ja == jb or province_of(ja) == jb or province_of(jb) == ja):
        return False
    ta, tb = a.get("type"), b.get("type")
    return ta == tb or (ta in FIRM_FAMILY and tb in FIRM_FAMILY)


def groups(G: nx.MultiDiGraph) -> list[list[str]]:
    """Groups of nodes that are one body, each representative first (union-find over shared forms)."""
    by_form: dict[str, list[str]] = {}
    for n, a in G.nodes(data=True):
        if a.get("type") in NEVER or not a.get("jurisdiction"):
            continue
        for f in forms(a, n):
            by_form.setdefault(f, []).append(n)
    uf = nx.utils.UnionFind()
    for ns in by_form.values():
        for i, u in enumerate(ns):
            for v in ns[i + 1:]:
                if uf[u] != uf[v] and _compatible(G.nodes[u], G.nodes[v]):
                    uf.union(u, v)
    return [sorted(g, key=lambda n: _rank(G, n)) for g in uf.to_sets() if len(g) > 1]


def _rank(G: nx.MultiDiGraph, n: str) -> tuple:
    """The representative: the node of the narrower jurisdiction (a body filed once under its city
    and once under the province is the city's), then most documents, most sentences, shorter key."""
    a = G.nodes[n]
    wide = not province_of(a.get("jurisdiction", ""))
    return (wide, -len(a.get("documents") or ()), -len(a.get("sentences") or ()), len(n), n)


def _union(old: Iterable[dict], new: Iterable[dict]) -> list[dict]:
    seen = {(e.get("document"), e.get("sentence_index"), e.get("sentence")) for e in old}
    return [*old, *(e for e in new
                     if (e.get("document"), e.get("sentence_index"), e.get("sentence")) not in seen)]


def _fold_into(H: nx.MultiDiGraph, rep: str, other: str) -> None:
    """Move `other`'s attributes and ties onto `rep` (new lists: the caller's graph shares them)."""
    a, b = H.nodes[rep], H.nodes[other]
    a["aliases"] = sorted({*(a.get("aliases") or ()), *(b.get("aliases") or ()), b.get("name", other)}
                          - {a.get("name", rep)})
    a["documents"] = sorted({*(a.get("documents") or ()), *(b.get("documents") or ())})
    a["sentences"] = _union(a.get("sentences") or (), b.get("sentences") or ())
    a["problems"] = _union(a.get("problems") or (), b.get("problems") or ())
    moves = [(rep, w, k, d) for _, w, k, d in H.out_edges(other, keys=True, data=True)]
    moves += [(w, rep, k, d) for w, _, k, d in H.in_edges(other, keys=True, data=True)]
    for u, v, k, d in moves:
        if u == v or {u, v} == {rep, other}:
            continue  # a tie between the parts of one body is no tie
        if H.has_edge(u, v, k):
            old = H.edges[u, v, k]
            old["evidence"] = _union(old.get("evidence") or (), d.get("evidence") or ())
            old["modalities"] = sorted({*(old.get("modalities") or ()), *(d.get("modalities") or ())})
        else:
            H.add_edge(u, v, key=k, **d)
    H.remove_node(other)


def merged(G: nx.MultiDiGraph) -> tuple[nx.MultiDiGraph, dict[str, list[str]]]:
    """(the graph with each body's nodes merged, representative -> the node names merged into it);
    G itself when nothing merges."""
    found = groups(G)
    if not found:
        return G, {}
    H = G.copy()
    H.graph = dict(G.graph)
    for n in {n for g in found for n in g}:
        H.nodes[n].update(dict(G.nodes[n]))  # own attribute dicts (G.copy shares the values)
    out = {}
    for g in found:
        out[g[0]] = [f"{G.nodes[n].get('name', n)} ({G.nodes[n].get('jurisdiction', '')})" for n in g[1:]]
        for other in g[1:]:
            _fold_into(H, g[0], other)
    return H, out


def note(f: dict, same: dict[str, list[str]]) -> None:
    """Say on a finding that its entity stands for several nodes merged as one body."""
    for e in f["entities"]:
        if e["key"] in same:
            f["details"]["same_body"] = {e["key"]: same[e["key"]]}
            f["searched"] = (
                f"{f['searched']}; {e['name']} is one body with {'、'.join(same[e['key']])} (same "
                "folded name within the jurisdiction: merged before searching)"
            ).lstrip("; ")
            return

