"""An order to keep a title a place already holds is no unmet mandate.

Honorary titles and designations (全国双拥模范城, 双拥模范县, 文明城市) are typed Policy, so
"巩固拓展全县双拥模范县创建成果", "深化…创建成果", "保持…荣誉", "力争连创全国双拥模范城" read as
an open order to implement them, and "no reported action since" followed. These orders consolidate
a title held; the title was won, which is the action (judged artefacts on held-out text, gaps4).
A mandate whose counterpart is such a title is held back, with the sentence, when the order's
clause naming the title consolidates it, or when a sentence reports the title held (荣获, 被授予,
连续七次获得, 七连冠). An order to win a title not held (争创全国文明城市) is still a mandate.
Words: graph/data/holdback_cues.json "titles_held".
"""

from __future__ import annotations

import re
from functools import lru_cache

import networkx as nx

from graph.analysis.gaps.common import dated, folded
from graph.analysis.gaps.park_firms import holdback_cues

CLAUSE = re.compile(r"[，,；;。！？!?：:]")


@lru_cache(maxsize=1)
def _res() -> tuple[re.Pattern, re.Pattern]:
    c = holdback_cues()["titles_held"]
    keys = ("consolidate_patterns", "held_patterns")
    return tuple(re.compile("|".join(f"(?:{p})" for p in c[k])) for k in keys)


@lru_cache(maxsize=65536)
def is_title(name: str) -> bool:
    """Whether the name is an honorary title or designation of a place (title_words)."""
    name = folded(name)
    return any(w in name for w in holdback_cues()["titles_held"]["title_words"])


def _clauses_naming(sentence: str, names: list[str]) -> list[str]:
    forms = [folded(x).strip('《》“”"') for x in names if x]
    return [c for c in CLAUSE.split(folded(sentence)) if any(f and f in c for f in forms)]


def title_held(G: nx.MultiDiGraph, tail: str, orders: list[dict]) -> tuple[str, list[dict]] | None:
    """(reason, evidence) when the mandate's counterpart is a title the order consolidates or the
    order's own documents report held (another city's title says nothing of this one), else None."""
    t = G.nodes[tail]
    names = [t.get("name", tail), *t.get("aliases", ())]
    if not is_title(names[0]):
        return None
    consolidate, held = _res()
    keep = [e for e in orders if any(consolidate.search(c) for c in _clauses_naming(e["sentence"], names))]
    if keep:
        why = f"{names[0]} is a title the order consolidates (巩固/深化…成果, 连冠): no unmet order"
        return why, keep[:2]
    docs = {e["document"] for e in orders}
    won = [
        dated(G, e)
        for e in t.get("sentences") or ()
        if e.get("document") in docs and held.search(folded(e.get("sentence", "")))
    ]
    if won:
        why = f"{names[0]} is a title its documents report held (荣获, 连冠 …): keeping it is no unmet order"
        return why, orders[:1] + won[:1]
    return None
