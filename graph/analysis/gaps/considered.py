"""What the gap report considered and dropped, kind by kind, and by which rule (ux7).

The report lists its findings, those it holds back and those it cannot tell, each with its reason;
the items its rules never make a candidate leave no trace there, so a short report cannot be told
from an unread one. This module accounts for them, without changing what is reported:

- orphan: every fund, industrial park, project and policy of the (merged) graph, each in exactly one
  bucket: no jurisdiction (a national item, or its place unknown), a national name (国家…, 全国…),
  a designation conferred on a place (…示范区), a class of items (重大项目), a policy that is no concrete
  plan (a strategy, a law, a doctrine), only ordered or planned (a mandate, not an orphan), has what
  it needs (a leading or implementing actor, an enterprise, an investment), or a candidate, with
  its fate (reported, held back, not enough coverage, dismissed, left out by the filters);
- peer_gap: every zero cell of the peer table (a jurisdiction × institution kind with no body),
  each in one bucket: no other jurisdiction of its level, too few peers having one (fewer than
  2), too small a share of peers having one, or a candidate with its fate; and the jurisdictions
  left out of the table (fewer than 3 entities).

The screens mirror graph.analysis.gaps.orphans.concrete_local / exists / _why and
graph.analysis.gaps.peers.peer_gaps step by step (tests/test_ux7_considered.py checks that the
candidates counted here are exactly the findings of that kind the report lists).
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from graph.analysis.filters import jurisdiction_matches
from graph.analysis.gaps.common import finding_id, rules

ITEM_TYPES = ("Fund", "IndustrialPark", "Project", "Policy")

ORPHAN_RULES = {
    "no_jurisdiction": "no jurisdiction (a national item, or one whose place the corpus does not give): "
    "an orphan is a local item",
    "national_name": "a national name (国家…, 全国…, 中国…: gap_rules.json national_prefixes)",
    "designation": "a designation conferred on a place (…示范区, …模范城: gap_rules.json designations)",
    "category_item": "a class of items, a place and a category word (重大项目: gap_rules.json "
    "category_items)",
    "not_concrete_plan": "a policy whose name is no concrete plan (a strategy, a law or regulation, a "
    "doctrine, a designation typed as a policy: no 规划/方案/计划/办法/意见/… word)",
    "abstract_policy": "an abstract policy (…战略, …制度, …思想, …体系: gap_rules.json abstract_policy)",
    "only_ordered": "only ordered or planned, never reported or stated as existing: a mandate, not an "
    "orphan",
    "has_tie": "has what it needs (a leading or implementing actor, an enterprise, an investment): no gap",
    "candidate": "a candidate: listed by the report",
}

PEER_RULES = {
    "no_peers": "no other jurisdiction of its level in the peer table to compare with",
    "too_few_peers": "fewer than 2 other jurisdictions of its level have one: no norm to fall short of",
    "small_share": "too small a share of the other jurisdictions of its level have one",
    "candidate": "a candidate: listed by the report",
}

FATES = ("findings", "held_back", "undetermined", "dismissed")
FATE_LABELS = {
    "findings": "reported",
    "held_back": "held back",
    "undetermined": "not enough coverage to tell",
    "dismissed": "dismissed",
    "filtered": "left out by --jurisdiction/--type/--top",
}


def orphan_screen(a: dict) -> str:
    """The rule of graph.analysis.gaps.orphans.concrete_local that drops the item ("" when it passes;
    None for a node that is no item at all)."""
    t = a.get("type")
    if t not in ITEM_TYPES:
        return "-"
    r = rules()
    name = a.get("name", "")
    if not a.get("jurisdiction"):
        return "no_jurisdiction"
    if any(name.lstrip('“"《').startswith(p) for p in r["national_prefixes"]):
        return "national_name"
    bare = name
    for x in r.get("designation_exceptions", ()):
        bare = bare.replace(x, "")
    if any(w in bare for w in r["designations"]):
        return "designation"
    if t in ("Project", "Policy"):
        from graph.analysis.gaps.orphans import category

        if category(name):
            return "category_item"
    if t == "Policy":
        if not any(w in name for w in r["concrete_policy"]):
            return "not_concrete_plan"
        if any(w in name for w in r["abstract_policy"]):
            return "abstract_policy"
    return ""


def _fates(res: dict, kind: str) -> dict[str, str]:
    """finding key -> the list the report put it in (merged keys too)."""
    out: dict[str, str] = {}
    for fate in FATES:
        for f in res.get(fate) or ():
            if f.get("kind") != kind:
                continue
            for k in (f["key"], *f.get("merged", ())):
                out.setdefault(k, fate)
    return out


def _bucket(out: dict, rule: str, label: str, item: dict) -> None:
    b = out.setdefault(rule, {"rule": rule, "label": label, "count": 0, "items": []})
    b["count"] += 1
    b["items"].append(item)


def orphan_account(G: nx.MultiDiGraph, res: dict, keep) -> dict:
    """Every item of the merged graph the orphan rules run on, in one bucket each (see the module
    docstring); `keep(attrs)` applies the report's --type/--jurisdiction filters to an item."""
    from graph.analysis.gaps.orphans import _why, exists
    from graph.analysis.gaps.same_body import merged

    Gs, _same = merged(G)
    fates = _fates(res, "orphan")
    buckets: dict[str, dict] = {}
    fate_counts = {k: 0 for k in (*FATES, "filtered")}
    items = 0
    for n, a in sorted(Gs.nodes(data=True), key=lambda x: x[0]):
        rule = orphan_screen(a)
        if rule == "-" or not keep(a):
            continue
        items += 1
        if not rule:
            rule = "only_ordered" if not exists(Gs, n, a) else ("has_tie" if _why(Gs, n, a) is None
                                                               else "candidate")
        item = {"key": n, "name": a.get("name", n), "type": a.get("type", ""),
                "jurisdiction": a.get("jurisdiction", ""), "documents": list(a.get("documents", ()))}
        if rule == "candidate":
            key = f"orphan|{n}"
            fate = fates.get(key, "filtered")
            item.update(id=finding_id(key), fate=fate)
            fate_counts[fate] += 1
        _bucket(buckets, rule, ORPHAN_RULES[rule], item)
    order = list(ORPHAN_RULES)
    return {
        "kind": "orphan",
        "what": "funds, industrial parks, projects and policies",
        "considered": items,
        "dropped": sorted(buckets.values(), key=lambda b: order.index(b["rule"])),
        "fates": fate_counts,
    }


def peer_account(G: nx.MultiDiGraph, table: dict, res: dict, min_share: float, want_j: list[str]) -> dict:
    """Every zero cell of the peer table (the whole table, as peer_gaps sees it), in one bucket each."""
    from graph.analysis.gaps.peers import MIN_PEERS_HAVING, level

    fates = _fates(res, "peer_gap")
    rows = table["rows"]
    labels = {k["kind"]: k["label"] for k in table["kinds"]}
    buckets: dict[str, dict] = {}
    fate_counts = {k: 0 for k in (*FATES, "filtered")}
    cells = zeros = 0
    for r in rows:
        j = r["jurisdiction"]
        if want_j and not jurisdiction_matches(j, want_j):
            continue
        others = [o for o in rows if o["jurisdiction"] != j and level(o["jurisdiction"]) == level(j)]
        for kind, label in labels.items():
            cells += 1
            if r["counts"][kind]:
                continue
            zeros += 1
            having = [o["jurisdiction"] for o in others if o["counts"][kind]]
            item = {"jurisdiction": j, "kind": kind, "label": label, "level": level(j),
                    "peers": len(others), "peers_having": len(having)}
            if not others:
                rule = "no_peers"
            elif len(having) < MIN_PEERS_HAVING:
                rule = "too_few_peers"
            elif len(having) / len(others) < min_share:
                rule = "small_share"
            else:
                rule = "candidate"
                key = f"peer_gap|{j}|{kind}"
                fate = fates.get(key, "filtered")
                item.update(id=finding_id(key), fate=fate)
                fate_counts[fate] += 1
            text = PEER_RULES[rule]
            if rule == "small_share":
                text = f"fewer than {min_share:.0%} of the other jurisdictions of its level have one"
            _bucket(buckets, rule, text, item)
    order = list(PEER_RULES)
    return {
        "kind": "peer_gap",
        "what": "zero cells of the peer table (a jurisdiction with no body of a kind)",
        "considered": zeros,
        "cells": cells,
        "dropped": sorted(buckets.values(), key=lambda b: order.index(b["rule"])),
        "fates": fate_counts,
    }


GATE_WORDS = {
    "jurisdiction": "a national order, which local documents cannot show done or undone",
    "mandate_min_reports": "no later document reports anything the addressee did",
    "broker_min_documents": "its ties come from too few documents, or it has no jurisdiction",
    "min_documents/min_facts": "too few documents or facts about its jurisdiction",
    "peer_min_documents": "too few documents about the jurisdiction",
    "orphan_min_sentences": "named in too few sentences",
    "sides_min_documents": "too few documents about the jurisdiction",
    "sides_min_tied_share": "too few of its sided actors with any typed relation",
    "sides_min_sentences": "a side named in too few sentences",
    "sides_min_shared_documents": "no document names actors of both sides",
}


def _rule_words(f: dict, listed: str) -> str:
    """The rule that put a listed finding where it is, in a few words: the head of its hold-back
    reason, or the coverage gate it failed."""
    if listed == "held_back":
        r = (f.get("held_back") or {}).get("reason", "")
        import re

        r = re.sub(r"\s*\([^()]*\)", "", r).split(":")[0].split(";")[0].strip()
        return r if len(r) <= 110 else r[:109] + "…"
    if listed == "undetermined":
        gate = (f.get("coverage") or {}).get("gate", "")
        return GATE_WORDS.get(gate, gate or "no sentence to show")
    return ""


def listed(res: dict, kind: str) -> list[dict]:
    """The report's own lists for a kind, by rule: [{fate, rule, count}] (reported first)."""
    out: dict[tuple[str, str], int] = {}
    for fate in FATES:
        for f in res.get(fate) or ():
            if f.get("kind") == kind:
                key = (fate, _rule_words(f, fate))
                out[key] = out.get(key, 0) + 1
    order = list(FATES)
    return [{"fate": k[0], "rule": k[1], "count": v}
            for k, v in sorted(out.items(), key=lambda x: (order.index(x[0][0]), -x[1], x[0][1]))]


def stalled_account(G: nx.MultiDiGraph, res: dict, keep) -> dict:
    """Every entity with a problem statement (each is listed: reported, or held back with its
    reason) and every relationship whose evidence states a problem (dropped without a word when
    every problem sentence is told as backstory or reported solved in the same document)."""
    fates = _fates(res, "stalled")
    buckets: dict[str, dict] = {}
    fate_counts = {k: 0 for k in (*FATES, "filtered")}
    items = 0
    # only the few nodes and edges that state a problem are sorted (a sort of every edge was a third
    # of a gaps run on a large graph)
    stating = [(n, a) for n, a in G.nodes(data=True) if a.get("problems")]
    for n, a in sorted(stating, key=lambda x: x[0]):
        if not keep(a):
            continue
        items += 1
        key = f"stalled|{n}"
        fate = fates.get(key, "filtered")
        fate_counts[fate] += 1
        _bucket(buckets, "candidate", "a candidate: listed by the report",
                {"key": n, "name": a.get("name", n), "id": finding_id(key), "fate": fate})
    stated = [(u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True)
              if "problem" in (d.get("modalities") or ())]
    for u, v, k, d in sorted(stated, key=lambda x: (x[0], x[2], x[1])):
        if not (keep(G.nodes[u]) or keep(G.nodes[v])):
            continue
        items += 1
        key = f"stalled|{u}|{d.get('type', k)}|{v}"
        name = f"{G.nodes[u].get('name', u)} —{d.get('type', k)}→ {G.nodes[v].get('name', v)}"
        item = {"key": key, "name": name}
        if key in fates:
            fate_counts[fates[key]] += 1
            item.update(id=finding_id(key), fate=fates[key])
            _bucket(buckets, "candidate", "a candidate: listed by the report", item)
        else:
            _bucket(buckets, "history", "a relationship stated as a problem, every problem sentence told as "
                    "backstory or reported solved in the same document", item)
    return {"kind": "stalled",
            "what": "entities with a problem statement and relationships stated as problems",
            "considered": items, "dropped": sorted(buckets.values(), key=lambda b: b["rule"] != "history"),
            "fates": fate_counts}


def mandate_account(G: nx.MultiDiGraph, res: dict, keep) -> dict:
    """Every pair tied by an order or a plan (graph.analysis.gaps.mandates: LEADS, SUPPORTS,
    COORDINATES_WITH, IMPLEMENTS, FUNDS with a directive or plan sentence): listed by the report, or
    dropped because a tie between the two is reported on or after the order (done, no gap)."""
    from graph.analysis.gaps.mandates import MANDATE_RELATIONS, ORDERED

    pairs: set[tuple[str, str]] = set()
    for u, v, k, d in G.edges(keys=True, data=True):
        t = d.get("type", k)
        if u == v or t not in MANDATE_RELATIONS or not set(ORDERED) & set(d.get("modalities") or ()):
            continue
        if any(e.get("modality") in ORDERED for e in d.get("evidence", ())):
            pairs.add((u, v) if u < v else (v, u))
    where: dict[frozenset, tuple[str, str]] = {}
    for fate in FATES:
        for f in res.get(fate) or ():
            if f.get("kind") == "mandate_without_action":
                where.setdefault(frozenset(e["key"] for e in f["entities"][:2]), (fate, f["id"]))
    buckets: dict[str, dict] = {}
    fate_counts = {k: 0 for k in (*FATES, "filtered")}
    items = 0
    for a, b in sorted(pairs):
        if not (keep(G.nodes[a]) or keep(G.nodes[b])):
            continue
        items += 1
        item = {"name": f"{G.nodes[a].get('name', a)} — {G.nodes[b].get('name', b)}", "keys": [a, b]}
        hit = where.get(frozenset((a, b)))
        if hit:
            fate_counts[hit[0]] += 1
            item.update(fate=hit[0], id=hit[1])
            _bucket(buckets, "candidate", "a candidate: listed by the report", item)
        else:
            _bucket(buckets, "answered",
                    "a tie between the two reported on or after the order or plan: done, no gap", item)
    return {"kind": "mandate_without_action", "what": "pairs tied by an order or a plan", "considered": items,
            "dropped": sorted(buckets.values(), key=lambda b: b["rule"] != "answered"), "fates": fate_counts}


def considered(
    G: nx.MultiDiGraph,
    res: dict,
    table: dict,
    wanted: Iterable[str],
    want_types: set[str],
    want_j: list[str],
    min_share: float,
    min_entities: int = 3,
) -> dict:
    """{kind: account} for the kinds whose candidates the report would otherwise drop silently."""
    wanted = set(wanted)

    def keep(a: dict) -> bool:
        if want_types and a.get("type") not in want_types:
            return False
        return not want_j or jurisdiction_matches(a.get("jurisdiction", ""), want_j)

    out: dict[str, dict] = {}
    if "stalled" in wanted:
        out["stalled"] = stalled_account(G, res, keep)
    if "mandate_without_action" in wanted:
        out["mandate_without_action"] = mandate_account(G, res, keep)
    if "orphan" in wanted:
        out["orphan"] = orphan_account(G, res, keep)
    if "peer_gap" in wanted and not want_types:
        acc = peer_account(G, table, res, min_share, want_j)
        in_table = {r["jurisdiction"] for r in table["rows"]}
        sizes: dict[str, int] = {}
        for _n, a in G.nodes(data=True):
            j = a.get("jurisdiction", "")
            if j and j not in in_table and (not want_j or jurisdiction_matches(j, want_j)):
                sizes[j] = sizes.get(j, 0) + 1
        acc["not_compared"] = {
            "label": f"jurisdictions with fewer than {min_entities} entities, not in the peer table",
            "count": len(sizes),
            "jurisdictions": sorted(sizes),
        }
        out["peer_gap"] = acc
    for kind in ("single_broker", "disconnected_sides"):  # every candidate of these is listed already
        if kind in wanted:
            n = sum(1 for fate in FATES for f in res.get(fate) or () if f.get("kind") == kind)
            out[kind] = {"kind": kind, "what": "candidates (every one listed by the report)", "considered": n,
                         "dropped": [], "fates": {k: 0 for k in (*FATES, "filtered")}}
            for fate in FATES:
                out[kind]["fates"][fate] = sum(1 for f in res.get(fate) or () if f.get("kind") == kind)
    for kind, acc in out.items():
        acc["listed"] = listed(res, kind)
    return out


def fate_line(acc: dict) -> str:
    """'3 reported, 1 held back …' for an account's candidates ("" when it has none)."""
    return ", ".join(f"{v} {FATE_LABELS[k]}" for k, v in acc["fates"].items() if v)


def account_lines(acc: dict, examples: int = 3) -> list[str]:
    """The account of one kind as short lines (terminal, Markdown, Neo4j)."""
    head = f"{acc['kind']}: {acc['considered']} {acc['what']} considered"
    lines = [head]
    why = [f"{x['count']} {FATE_LABELS[x['fate']]}" + (f" ({x['rule']})" if x["rule"] else "")
           for x in acc.get("listed", ())]
    if not any(b["rule"] == "candidate" for b in acc["dropped"]) and why:
        lines.append(f"  listed: {'; '.join(why)}")
    for b in acc["dropped"]:
        if b["rule"] == "candidate":
            lines.append(f"  {b['count']} candidate(s): {'; '.join(why) if why else fate_line(acc)}")
            continue
        names = [
            x["name"] if "name" in x else f"{x['jurisdiction']} × {x['label']}"
            for x in b["items"][:examples]
        ]
        more = f" …(+{b['count'] - examples})" if b["count"] > examples else ""
        lines.append(f"  {b['count']} dropped: {b['label']} — {'; '.join(names)}{more}")
    nc = acc.get("not_compared")
    if nc and nc["count"]:
        lines.append(f"  {nc['count']} {nc['label']}")
    return lines


def item_rules(acc: dict) -> tuple[list[str], list[str]]:
    """(entity keys, why) for every item of an orphan account: what the Browser's "Candidates:
    orphans" query shows beside each candidate ("a candidate: held back", "dropped: a national name …")."""
    keys, why = [], []
    for b in acc.get("dropped", ()):
        for x in b["items"]:
            if "key" not in x:
                continue
            keys.append(x["key"])
            why.append(f"a candidate: {FATE_LABELS[x['fate']]} ({x['id']})" if b["rule"] == "candidate"
                       else f"dropped: {b['label']}")
    return keys, why
