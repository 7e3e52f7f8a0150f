"""Orphans: concrete local items nobody acts on: a named fund that funds nothing, a park with no
enterprise, a project or a local plan of the jurisdiction with no leading or implementing actor.

Never national strategies, doctrines, laws or designations mentioned in passing: an item must have
a jurisdiction, not a national name (gap_rules.json "national_prefixes") nor a designation conferred
on a place ("designations", even when typed as a park), and a Policy only counts when its name is a
concrete plan (concrete_policy words, no abstract_policy words). Only items the corpus speaks of as
existing (`exists`): one that is only ordered or planned is a mandate, not an orphan.
A park is held back when a sentence of its documents names an enterprise (or a project settling in
it: 首批入驻的…项目) together with the park
(by name or by 该产业园 / 园区, gap_rules.json "anaphora"): the tie was likely stated, not typed.
"""

from __future__ import annotations

import networkx as nx

from graph.analysis.filters import node_summary
from graph.analysis.gaps.common import dated, finding, first_sentences, neighbours, rules, tie_evidence


def concrete_local(a: dict) -> bool:
    r = rules()
    name = a.get("name", "")
    if not a.get("jurisdiction") or any(name.lstrip('“"《').startswith(p) for p in r["national_prefixes"]):
        return False
    if any(w in name for w in r["designations"]):  # a title conferred on a place, not a site
        return False
    if a.get("type") == "Policy":
        return any(w in name for w in r["concrete_policy"]) and not any(
            w in name for w in r["abstract_policy"]
        )
    return a.get("type") in ("Fund", "IndustrialPark", "Project")


def exists(G: nx.MultiDiGraph, n: str, a: dict) -> bool:
    """Whether the corpus speaks of the item as existing: some sentence naming it (or a tie of it)
    reports or states something, rather than only ordering or planning it. A park still to be
    set up ("支持条件成熟区域设立…产业园") cannot lack enterprises; its plan is a mandate finding."""
    mods = {e.get("modality") for e in a.get("sentences") or ()}
    mods |= {e.get("modality") for m in neighbours(G, n) for e in tie_evidence(G, n, m)}
    mods |= {"problem"} if a.get("problems") else set()
    return bool(mods & {"reported", "stated", "problem"}) or not mods


def _why(G: nx.MultiDiGraph, n: str, a: dict) -> tuple[str, float] | None:
    t = a.get("type")
    if t == "Fund":
        if not any(d.get("type", k) == "FUNDS" for _, _, k, d in G.out_edges(n, keys=True, data=True)):
            return "fund that funds nothing", 0.45
    elif t == "IndustrialPark":
        if not any(G.nodes[m].get("type") == "Enterprise" for m in neighbours(G, n)):
            return "park with no enterprise", 0.45
    elif t in ("Project", "Policy"):
        if not any(
            d.get("type", k) in ("LEADS", "IMPLEMENTS") for _, _, k, d in G.in_edges(n, keys=True, data=True)
        ):
            return (
                f"{'local plan' if t == 'Policy' else 'project'} with no leading or implementing actor",
                0.4,
            )
    return None


TENANT_TYPES = ("Enterprise", "Project")  # what a park's sentence can name as settled in it


def enterprise_sentences(G: nx.MultiDiGraph) -> dict[str, list[dict]]:
    """document -> the sentences naming an enterprise or a project (built once for all parks)."""
    out: dict[str, list[dict]] = {}
    for _m, b in G.nodes(data=True):
        if b.get("type") in TENANT_TYPES:
            for e in b.get("sentences") or ():
                out.setdefault(e["document"], []).append(e)
    return out


def _enterprise_beside(G: nx.MultiDiGraph, n: str, a: dict, by_doc: dict[str, list[dict]]) -> list[dict]:
    """Sentences of the park's documents that name an enterprise or project and refer to the park."""
    forms = [a.get("name", n), *a.get("aliases", ()), *rules()["anaphora"]]
    return [
        dated(G, e)
        for d in a.get("documents", ())
        for e in by_doc.get(d, ())
        if any(f and f in e["sentence"] for f in forms)
    ]


def orphans(G: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    """(findings, held back)."""
    out, held = [], []
    by_doc = None
    for n, a in G.nodes(data=True):
        if not concrete_local(a) or not exists(G, n, a):
            continue
        why = _why(G, n, a)
        if why is None:
            continue
        reason, score = why
        es = [dated(G, e) for _, _, d in G.in_edges(n, data=True) for e in d.get("evidence", [])]
        es += [dated(G, e) for _, _, d in G.out_edges(n, data=True) for e in d.get("evidence", [])]
        es += first_sentences(G, [n], per_node=2)
        kind = {"Fund": "FUNDS ties", "IndustrialPark": "enterprises tied to it"}.get(
            a.get("type"), "LEADS/IMPLEMENTS ties"
        )
        f = finding(
            "orphan",
            score + 0.02 * min(len(a.get("documents", [])), 5),
            f"{a.get('name', n)}: {reason}",
            [node_summary(G, n)],
            es,
            a.get("jurisdiction", ""),
            key_parts=[n],
            searched=f"{len(a.get('documents', []))} document(s) naming it, for {kind}",
            reason=reason,
        )
        if by_doc is None and a.get("type") == "IndustrialPark":
            by_doc = enterprise_sentences(G)
        beside = _enterprise_beside(G, n, a, by_doc) if a.get("type") == "IndustrialPark" else []
        if beside:
            f["held_back"] = {
                "reason": "an enterprise or project is named with the park in one sentence, though no "
                "relation was typed",
                "evidence": beside[:3],
            }
            held.append(f)
        else:
            out.append(f)
    return out, held
