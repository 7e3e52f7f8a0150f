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
    if "orphan" in wanted:
        out["orphan"] = orphan_account(G, res, keep)
    if "peer_gap" in wanted and not want_types:
        acc = peer_account(G, table, res, min_share, want_j)
        listed = {r["jurisdiction"] for r in table["rows"]}
        sizes: dict[str, int] = {}
        for _n, a in G.nodes(data=True):
            j = a.get("jurisdiction", "")
            if j and j not in listed and (not want_j or jurisdiction_matches(j, want_j)):
                sizes[j] = sizes.get(j, 0) + 1
        acc["not_compared"] = {
            "label": f"jurisdictions with fewer than {min_entities} entities, not in the peer table",
            "count": len(sizes),
            "jurisdictions": sorted(sizes),
        }
        out["peer_gap"] = acc
    return out


def fate_line(acc: dict) -> str:
    """'3 reported, 1 held back …' for an account's candidates ("" when it has none)."""
    return ", ".join(f"{v} {FATE_LABELS[k]}" for k, v in acc["fates"].items() if v)


def account_lines(acc: dict, examples: int = 3) -> list[str]:
    """The account of one kind as short lines (terminal, Markdown, Neo4j)."""
    head = f"{acc['kind']}: {acc['considered']} {acc['what']} considered"
    lines = [head]
    for b in acc["dropped"]:
        if b["rule"] == "candidate":
            lines.append(f"  {b['count']} candidate(s): {fate_line(acc)}")
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
