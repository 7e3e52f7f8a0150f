"""The coordination-gap report: where fusion is ordered but not done, stalled, fragile or missing.

Each finding is typed, scored (0–1, higher = look at it first) and carries the sentences that
support it, so an analyst can check every claim against the source:

1. mandate_without_action: a directive (A 要/应 lead / support / coordinate with / implement B)
   with no reported relation between A and B, and no project or event both take part in (by a
   reported or stated tie), anywhere in the (filtered) corpus.
2. stalled: entities with problem statements (尚未实质性运作 …) and relationships stated as problems.
3. single_broker: a node whose removal leaves military–civilian pairs with no connection at all
   (share = the fraction of its component's military–civilian pairs that depend on it).
4. disconnected_sides: in one jurisdiction, military and civilian actors with no path within
   `max_hops` hops to any actor of the other side.
   (3 and 4 count a tie only when some evidence reports or states it: a directive alone is an
   order to connect, not a connection. Places and LOCATED_IN are never channels.)
5. orphan: funds that fund nothing, parks with no enterprise, projects and policies with no
   leading or implementing actor.
6. peer_gap: kinds of institution (graph/data/institution_kinds.json) present in other
   jurisdictions of the corpus but absent in this one; the full jurisdiction × kind table is
   returned as `peer_table`.

Every finding has a stable `key` (the same finding gets the same key on any graph, so findings of
two graphs, e.g. the machine's and the gold annotations', can be matched) and an `id`, a short hash
of the key that `mcfgraph gaps --dismiss ID` takes:

- mandate_without_action: "mandate_without_action|<head node key>|<RELATION>|<tail node key>"
- stalled: "stalled|<node key>" (a relationship stated as a problem:
  "stalled|<head node key>|<RELATION>|<tail node key>")
- orphan: "orphan|<node key>"
- single_broker: "single_broker|<broker node key>"
- disconnected_sides: "disconnected_sides|<jurisdiction>"
- peer_gap: "peer_gap|<jurisdiction>|<institution kind>"

Scores put the kinds in that order of urgency by default and rank within a kind by strength
(number of directive sentences, share of pairs separated, share of actors unreachable …).

>>> import networkx as nx
>>> G = nx.MultiDiGraph(documents={"d": {"id": "d"}})
>>> G.add_node("办", type="PartyGovBody", side="joint", name="办", jurisdiction="J", problems=[])
>>> G.add_node("区", type="MilitaryUnit", side="military", name="区", jurisdiction="J", problems=[])
>>> ev = {"document": "d", "sentence": "办要会同区推进", "start": 0, "end": 7, "modality": "directive"}
>>> _ = G.add_edge("办", "区", key="COORDINATES_WITH", type="COORDINATES_WITH", evidence=[ev],
...                modalities=["directive"])
>>> [f["kind"] for f in gaps(G)["findings"]]
['mandate_without_action']
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

import networkx as nx
import numpy as np

from graph.analysis.brokers import side_cut_points
from graph.analysis.filters import (
    ACTOR_TYPES,
    best_evidence,
    channel_adjacency,
    check_type,
    jurisdiction_matches,
    node_summary,
)

KINDS: dict[str, str] = {
    "mandate_without_action": "Mandate without action",
    "stalled": "Stalled item",
    "single_broker": "Single-broker dependence",
    "disconnected_sides": "Disconnected sides",
    "orphan": "Orphan",
    "peer_gap": "Missing institution (peer comparison)",
}
MANDATE_RELATIONS = ("LEADS", "SUPPORTS", "COORDINATES_WITH", "IMPLEMENTS", "FUNDS")
JOINT_ACTIVITY_TYPES = ("Project", "Event")
ACTION_MODALITIES = ("reported", "stated")
VERBS = {"LEADS": "lead", "SUPPORTS": "support", "COORDINATES_WITH": "coordinate with",
         "IMPLEMENTS": "implement", "FUNDS": "fund"}
KINDS_FILE = Path(__file__).resolve().parent.parent / "data" / "institution_kinds.json"
MAX_EVIDENCE = 5


@lru_cache(maxsize=4)
def institution_kinds(path: str | None = None) -> list[dict]:
    """The kinds compared across jurisdictions; MCFGRAPH_KINDS names an override file."""
    p = Path(path or os.environ.get("MCFGRAPH_KINDS") or KINDS_FILE)
    with open(p, encoding="utf-8") as fh:
        return json.load(fh)["kinds"]


def kinds_of(attrs: dict, kinds: list[dict] | None = None) -> list[str]:
    """Which institution kinds an entity is (by type, side and name patterns)."""
    out = []
    name = attrs.get("name", "") + " " + " ".join(attrs.get("aliases", []))
    for k in kinds if kinds is not None else institution_kinds():
        if k.get("types") and attrs.get("type") not in k["types"]:
            continue
        if k.get("sides") and attrs.get("side") not in k["sides"]:
            continue
        if k.get("patterns") and not any(p in name for p in k["patterns"]):
            continue
        out.append(k["kind"])
    return out


def finding_id(key: str) -> str:
    """A short stable id for a finding key (10 hex digits of its SHA-1): what --dismiss takes."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _finding(kind: str, score: float, title: str, entities: list[dict], evidence: list[dict],
             jurisdiction: str = "", key_parts: Iterable[str] = (), **details) -> dict:
    ev = [e for e in evidence if e][:MAX_EVIDENCE]
    key = "|".join([kind, *key_parts])
    return {"key": key, "id": finding_id(key),
            "kind": kind, "label": KINDS[kind], "score": round(min(score, 1.0), 4), "title": title,
            "summary": title, "jurisdiction": jurisdiction, "entities": entities, "evidence": ev,
            "details": details}


def _edges(G: nx.MultiDiGraph):
    """(u, v, key, data) for every edge; plain dict iteration (G.edges(data=True) is ~3x slower)."""
    for u, nbrs in G.adjacency():
        for v, keyed in nbrs.items():
            for k, d in keyed.items():
                yield u, v, k, d


def _neighbours(G: nx.MultiDiGraph, n: str) -> set[str]:
    return (set(G._succ[n]) | set(G._pred[n])) - {n}


def _tie_modalities(G: nx.MultiDiGraph, u: str, v: str) -> set[str]:
    mods: set[str] = set()
    for keyed in (G._succ[u].get(v), G._succ[v].get(u)):
        if keyed:
            for d in keyed.values():
                mods.update(d.get("modalities") or ())
                mods.update(e.get("modality", "stated") for e in d.get("evidence", ()))
    return mods


def _tie_evidence(G: nx.MultiDiGraph, u: str, v: str) -> list[dict]:
    return [e for keyed in (G._succ[u].get(v), G._succ[v].get(u)) if keyed
            for d in keyed.values() for e in d.get("evidence", ())]


def mandates_without_action(G: nx.MultiDiGraph) -> list[dict]:
    """Directive relations between two entities with no sign anywhere that the two acted together."""
    pairs: dict[tuple[str, str], list[tuple[str, dict, str, str]]] = {}
    acts = set(ACTION_MODALITIES)
    acted_in: dict[str, set[str]] = {}  # entity -> projects/events it took part in (reported/stated)
    attrs = G._node
    for u, v, k, d in _edges(G):
        if u == v:
            continue
        mods = d.get("modalities") or ("stated",)
        if acts.intersection(mods):
            if attrs[v].get("type") in JOINT_ACTIVITY_TYPES:
                acted_in.setdefault(u, set()).add(v)
            if attrs[u].get("type") in JOINT_ACTIVITY_TYPES:
                acted_in.setdefault(v, set()).add(u)
        if "directive" not in mods:
            continue
        t = d.get("type", k)
        if t not in MANDATE_RELATIONS:
            continue
        for e in d.get("evidence", ()):
            if e.get("modality") == "directive":
                pairs.setdefault((u, v) if u < v else (v, u), []).append((t, e, u, v))
    out = []
    none: set[str] = set()
    for (a, b), items in sorted(pairs.items()):
        if "reported" in _tie_modalities(G, a, b):
            continue
        if acted_in.get(a, none) & acted_in.get(b, none):
            continue
        evs = sorted((e for _, e, _, _ in items), key=lambda e: (e.get("document", ""), e.get("start", 0)))
        rels = sorted({(h, t, tl) for t, _, h, tl in items})
        ents = [node_summary(G, rels[0][0]), node_summary(G, rels[0][2])]
        verb = VERBS.get(rels[0][1], rels[0][1].lower())
        title = (f"{ents[0]['name']} is told to {verb} {ents[1]['name']}; "
                 f"no reported action or shared project/event links them")
        out.append(_finding("mandate_without_action", 0.8 + 0.04 * min(len(evs), 5), title, ents, evs,
                            ents[0]["jurisdiction"] or ents[1]["jurisdiction"],
                            key_parts=rels[0],
                            relations=[{"head": h, "type": t, "tail": tl} for h, t, tl in rels],
                            directives=len(evs)))
    return out


def stalled(G: nx.MultiDiGraph) -> list[dict]:
    """Entities with problem statements, and relationships whose evidence states a problem."""
    out = []
    for n, a in G.nodes(data=True):
        probs = a.get("problems") or []
        if probs:
            directed = any("directive" in (d.get("modalities") or ())
                           for keyed in G._pred[n].values() for d in keyed.values())
            out.append(_finding("stalled", 0.6 + 0.05 * min(len(probs), 4) + (0.1 if directed else 0),
                                f"{a.get('name', n)}: {len(probs)} problem statement(s)",
                                [node_summary(G, n)], list(probs), a.get("jurisdiction", ""),
                                key_parts=[n], problems=len(probs), also_directed=directed))
    for u, v, k, d in _edges(G):
        if "problem" not in (d.get("modalities") or ("problem",)):
            continue
        probs = [e for e in d.get("evidence", ()) if e.get("modality") == "problem"]
        if probs:
            ents = [node_summary(G, u), node_summary(G, v)]
            out.append(_finding("stalled", 0.55 + 0.05 * min(len(probs), 4),
                                f"{ents[0]['name']} {d.get('type', k)} {ents[1]['name']}: "
                                "stated as a problem",
                                ents, probs, ents[0]["jurisdiction"] or ents[1]["jurisdiction"],
                                key_parts=[u, d.get("type", k), v], problems=len(probs),
                                relation=d.get("type", k)))
    return out


def single_brokers(G: nx.MultiDiGraph, H: Mapping[str, Iterable[str]], min_share: float = 0.25) -> list[dict]:
    """Cut points between the sides whose removal cuts at least `min_share` of the pairs."""
    out = []
    for c in side_cut_points(G, H):
        if c["share"] < min_share:
            continue
        n = c["key"]
        ties = sorted(H[n], key=lambda m: (G.nodes[m].get("side", ""), m))
        evs = [best_evidence(_tie_evidence(G, n, m)) for m in ties]
        ent = {k: c[k] for k in ("key", "name", "type", "jurisdiction", "side", "gloss")}
        title = (f"{c['name']} is the only link for {c['pairs_separated']} of {c['pairs_total']} "
                 f"military–civilian pairs in its component")
        out.append(_finding("single_broker", 0.5 + 0.4 * c["share"], title, [ent], evs, c["jurisdiction"],
                            key_parts=[n], pairs_separated=c["pairs_separated"], pairs_total=c["pairs_total"],
                            share=c["share"], parts=c["parts"]))
    return out


def reached_by_jurisdiction(adj: Mapping[str, Iterable[str]], sources: dict[str, set[str]],
                            max_hops: int) -> dict[str, np.ndarray]:
    """For each jurisdiction J: a boolean array over `list(adj)` marking nodes within max_hops of
    one of J's sources. All jurisdictions at once: bitsets of 64 jurisdictions per uint64 word,
    spread max_hops times along a CSR adjacency with numpy (no per-jurisdiction BFS)."""
    nodes = list(adj)
    idx = {n: i for i, n in enumerate(nodes)}
    n = len(nodes)
    deg = np.fromiter((len(adj[v]) for v in nodes), dtype=np.int64, count=n)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(deg, out=indptr[1:])
    indices = np.fromiter((idx[m] for v in nodes for m in adj[v]), dtype=np.int64, count=int(indptr[-1]))
    has = deg > 0
    starts = indptr[:-1][has]
    js = sorted(sources)
    out: dict[str, np.ndarray] = {}
    for c0 in range(0, len(js), 64):
        chunk = js[c0:c0 + 64]
        lab = np.zeros(n, dtype=np.uint64)
        for bit, j in enumerate(chunk):
            ids = [idx[s] for s in sources[j] if s in idx]
            lab[ids] |= np.uint64(1) << np.uint64(bit)
        for _ in range(max_hops):
            if len(indices) == 0:
                break
            spread = np.zeros(n, dtype=np.uint64)
            spread[has] = np.bitwise_or.reduceat(lab[indices], starts)
            lab = lab | spread
        for bit, j in enumerate(chunk):
            out[j] = (lab >> np.uint64(bit)) & np.uint64(1) == 1
    return out


def disconnected_sides(G: nx.MultiDiGraph, H: Mapping[str, Iterable[str]], max_hops: int = 3) -> list[dict]:
    """Per jurisdiction: actors of one side with no path within max_hops to any actor of the other."""
    by_j: dict[str, dict[str, set[str]]] = {}
    for n in H:
        a = G.nodes[n]
        j = a.get("jurisdiction", "")
        if not j or a.get("type") not in ACTOR_TYPES or a.get("side") not in ("military", "civilian"):
            continue
        by_j.setdefault(j, {"military": set(), "civilian": set()})[a["side"]].add(n)
    by_j = {j: s for j, s in by_j.items() if s["military"] and s["civilian"]}
    if not by_j:
        return []
    pos = {v: i for i, v in enumerate(H)}
    from_mil = reached_by_jurisdiction(H, {j: s["military"] for j, s in by_j.items()}, max_hops)
    from_civ = reached_by_jurisdiction(H, {j: s["civilian"] for j, s in by_j.items()}, max_hops)
    out = []
    for j in sorted(by_j):
        mil, civ = by_j[j]["military"], by_j[j]["civilian"]
        lone_civ = sorted(c for c in civ if not from_mil[j][pos[c]])
        lone_mil = sorted(m for m in mil if not from_civ[j][pos[m]])
        if not lone_civ and not lone_mil:
            continue
        frac = (len(lone_civ) + len(lone_mil)) / (len(civ) + len(mil))
        ents = [node_summary(G, n) for n in (lone_mil + lone_civ)]
        evs = []
        for n in (lone_mil + lone_civ)[:MAX_EVIDENCE]:
            es = [e for m in _neighbours(G, n) for e in _tie_evidence(G, n, m)]
            evs.append(best_evidence(es))
        title = (f"{j}: {len(lone_mil)} of {len(mil)} military and {len(lone_civ)} of {len(civ)} civilian "
                 f"actors have no path within {max_hops} hops to the other side")
        out.append(_finding("disconnected_sides", 0.5 + 0.35 * frac, title, ents, evs, j,
                            key_parts=[j], military=len(mil), civilian=len(civ), military_alone=lone_mil,
                            civilian_alone=lone_civ, max_hops=max_hops))
    return out


def orphans(G: nx.MultiDiGraph) -> list[dict]:
    """Funds that fund nothing, parks with no enterprise, projects/policies nobody leads or implements."""
    out = []
    for n, a in G.nodes(data=True):
        t = a.get("type")
        why = None
        score = 0.45
        if t == "Fund":
            if not any(d.get("type", k) == "FUNDS" for _, _, k, d in G.out_edges(n, keys=True, data=True)):
                why = "fund that funds nothing"
        elif t == "IndustrialPark":
            if not any(G.nodes[m].get("type") == "Enterprise" for m in _neighbours(G, n)):
                why = "park with no enterprise"
        elif t in ("Project", "Policy"):
            if not any(d.get("type", k) in ("LEADS", "IMPLEMENTS")
                       for _, _, k, d in G.in_edges(n, keys=True, data=True)):
                why = f"{t.lower()} with no leading or implementing actor"
                score = 0.45 if t == "Project" else 0.35
        if why:
            es = [e for _, _, d in G.in_edges(n, data=True) for e in d.get("evidence", [])]
            es += [e for _, _, d in G.out_edges(n, data=True) for e in d.get("evidence", [])]
            out.append(_finding("orphan", score + 0.02 * min(len(a.get("documents", [])), 5),
                                f"{a.get('name', n)}: {why}", [node_summary(G, n)],
                                [best_evidence(es)] if es else [], a.get("jurisdiction", ""),
                                key_parts=[n], reason=why))
    return out


def peer_table(G: nx.MultiDiGraph, min_entities: int = 3) -> dict:
    """Jurisdictions × institution kinds (entity counts), for jurisdictions with enough entities."""
    kinds = institution_kinds()
    counts: dict[str, dict[str, int]] = {}
    size: dict[str, int] = {}
    for _n, a in G.nodes(data=True):
        j = a.get("jurisdiction", "")
        if not j:
            continue
        size[j] = size.get(j, 0) + 1
        row = counts.setdefault(j, {})
        for k in kinds_of(a, kinds):
            row[k] = row.get(k, 0) + 1
    js = sorted(j for j in counts if size[j] >= min_entities)
    return {"kinds": [{"kind": k["kind"], "label": k["label"]} for k in kinds],
            "rows": [{"jurisdiction": j, "entities": size[j],
                      "counts": {k["kind"]: counts[j].get(k["kind"], 0) for k in kinds}} for j in js]}


def peer_gaps(G: nx.MultiDiGraph, table: dict, min_share: float = 0.5) -> list[dict]:
    """Kinds absent in a jurisdiction but present in at least `min_share` of the other ones."""
    rows = table["rows"]
    out = []
    labels = {k["kind"]: k["label"] for k in table["kinds"]}
    for r in rows:
        others = [o for o in rows if o["jurisdiction"] != r["jurisdiction"]]
        if not others:
            continue
        for kind, label in labels.items():
            if r["counts"][kind]:
                continue
            having = [o["jurisdiction"] for o in others if o["counts"][kind]]
            share = len(having) / len(others)
            if having and share >= min_share:
                title = (f"{r['jurisdiction']}: no {label} in the corpus, while "
                         f"{len(having)} of {len(others)} other jurisdictions have one")
                examples = [node_summary(G, n) for n, a in G.nodes(data=True)
                            if a.get("jurisdiction") in having and kind in kinds_of(a)][:3]
                out.append(_finding("peer_gap", 0.25 + 0.3 * share, title, examples, [], r["jurisdiction"],
                                    key_parts=[r["jurisdiction"], kind], missing_kind=kind,
                                    present_in=having, share=round(share, 4)))
    return out


def gaps(
    G: nx.MultiDiGraph,
    kinds: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
    jurisdictions: Iterable[str] | None = None,
    max_hops: int = 3,
    min_broker_share: float = 0.25,
    min_peer_share: float = 0.5,
    top: int | None = None,
) -> dict:
    """All findings, ranked by score (ties: kind order, then id). `types` / `jurisdictions` keep
    findings that involve such an entity / lie in such a jurisdiction (the analysis itself always
    sees the whole graph it was given, so paths through other places still count)."""
    wanted = set(kinds or KINDS)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown gap kind(s) {sorted(unknown)}; one of {', '.join(KINDS)}")
    want_types = {check_type(t) for t in types or []}
    want_j = [j for j in jurisdictions or [] if j]
    H = channel_adjacency(G, modalities=ACTION_MODALITIES)  # an order to cooperate is not yet a tie
    findings: list[dict] = []
    table = peer_table(G)
    if "mandate_without_action" in wanted:
        findings += mandates_without_action(G)
    if "stalled" in wanted:
        findings += stalled(G)
    if "single_broker" in wanted:
        findings += single_brokers(G, H, min_broker_share)
    if "disconnected_sides" in wanted:
        findings += disconnected_sides(G, H, max_hops)
    if "orphan" in wanted:
        findings += orphans(G)
    if "peer_gap" in wanted:
        findings += peer_gaps(G, table, min_peer_share)
    if want_types:
        findings = [f for f in findings if any(e["type"] in want_types for e in f["entities"])]
    if want_j:
        findings = [f for f in findings
                    if jurisdiction_matches(f["jurisdiction"], want_j)
                    or any(jurisdiction_matches(e["jurisdiction"], want_j) for e in f["entities"])]
    order = list(KINDS)
    findings.sort(key=lambda f: (-f["score"], order.index(f["kind"]), f["key"]))
    for i, f in enumerate(findings, 1):
        f["rank"] = i
    counts = {k: sum(1 for f in findings if f["kind"] == k) for k in KINDS}
    if want_j:
        mine = [r for r in table["rows"] if jurisdiction_matches(r["jurisdiction"], want_j)]
        table = {**table, "rows": mine or table["rows"]}
    return {"findings": findings[:top] if top else findings, "counts": counts, "peer_table": table,
            "params": {"max_hops": max_hops, "min_broker_share": min_broker_share,
                       "min_peer_share": min_peer_share, "kinds": sorted(wanted)}}


def find_gaps(G: nx.MultiDiGraph, **kwargs) -> list[dict]:
    """The ranked findings only (each with kind, score, title/summary, entities, evidence)."""
    return gaps(G, **kwargs)["findings"]
