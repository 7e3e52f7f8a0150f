"""Candidate merges: node pairs that may be one body but were kept apart.

Resolution merges only on canonical keys. Pairs that look alike (same type and jurisdiction, one
name containing the other, or sharing a surface form) are listed for an analyst instead of being
merged silently; `mcfgraph resolve --review` shows them and decisions go to graph.resolve.Decisions.
"""

from __future__ import annotations

from difflib import SequenceMatcher

import networkx as nx

from graph.model import ORG_TYPES as _BODY_TYPES

# bodies that may be named twice (organisations, parks, funds); types from the one signature table
ORG_TYPES = _BODY_TYPES | {"IndustrialPark", "Fund"}


def candidate_pairs(g: nx.MultiDiGraph, min_ratio: float = 0.8) -> list[dict]:
    """Pairs of organisation nodes that may denote one body, strongest first.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("中船重工", type="Enterprise", name="中船重工", aliases=[], jurisdiction="")
    >>> g.add_node("中船重工集团", type="Enterprise", name="中船重工集团", aliases=[], jurisdiction="")
    >>> [(p["a"], p["b"], p["why"]) for p in candidate_pairs(g)]
    [('中船重工', '中船重工集团', 'name contained in the other')]
    """
    by_group: dict[tuple[str, str], list[tuple[str, dict]]] = {}
    for key, data in g.nodes(data=True):
        if data.get("type") in ORG_TYPES:
            by_group.setdefault((data["type"], data.get("jurisdiction", "")), []).append((key, data))
    pairs = []
    for (etype, _jur), members in sorted(by_group.items()):
        members.sort()
        for i, (ka, da) in enumerate(members):
            forms_a = {da["name"], *da.get("aliases", [])}
            for kb, db in members[i + 1:]:
                forms_b = {db["name"], *db.get("aliases", [])}
                why, score = "", 0.0
                if forms_a & forms_b:
                    why, score = "share a surface form", 1.0
                elif len(ka) >= 3 and len(kb) >= 3 and (ka in kb or kb in ka):
                    why, score = "name contained in the other", min(len(ka), len(kb)) / max(len(ka), len(kb))
                else:
                    ratio = SequenceMatcher(None, ka, kb).ratio()
                    if ratio >= min_ratio:
                        why, score = "similar names", ratio
                if why:
                    pairs.append({"a": ka, "b": kb, "type": etype, "why": why, "score": round(score, 3)})
    pairs.sort(key=lambda p: (-p["score"], p["a"], p["b"]))
    return pairs
