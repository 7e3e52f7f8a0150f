"""A park whose firms the text speaks of as a group is no "park with no enterprise".

"青山高新区园区经济强劲，园区内企业…", "入园企业达XX家", "区内XX家企业": the text says the park has
enterprises and names none of them, so extraction has nothing to tie; reading that as an absence
gave orphans that the texts contradict (judged artefacts on held-out text, gaps4). Such an orphan
is held back, with the sentence. Patterns: graph/data/holdback_cues.json "park_firms". Firms
placed in a park (园区内企业, 入园企业) count in a sentence naming the park or in a document naming no
other park; a bare count (XX家企业) only beside the park's name, so that a city's "全市XX家企业" or a
province's "园区和企业" is not read as the park's; a sentence stating the lack (尚无企业入驻, a
problem statement) is evidence for the gap, not against it.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import networkx as nx

from graph.analysis.gaps.common import dated, folded

CUES_FILE = Path(__file__).resolve().parents[2] / "data" / "holdback_cues.json"


@lru_cache(maxsize=1)
def holdback_cues() -> dict:
    """graph/data/holdback_cues.json (the words of the park_firms and titles_held predicates)."""
    return json.loads(CUES_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _res() -> tuple[re.Pattern, re.Pattern]:
    c = holdback_cues()["park_firms"]
    return tuple(re.compile("|".join(f"(?:{p})" for p in c[k])) for k in ("group_patterns", "count_patterns"))


def speaks_of_firms(sentence: str, names: list[str], only_park: bool = False) -> bool:
    """Whether the sentence speaks of the park's firms as a group: firms placed in a park
    (园区内企业, 入园企业, XX家企业入驻) in a sentence naming the park (one of `names`) or, when
    its document names no other park (`only_park`), in any sentence; a count of firms (XX家…企业)
    only in a sentence naming the park."""
    s = folded(sentence)
    if any(w in s for w in holdback_cues()["park_firms"].get("negations", ())):
        return False  # 尚无企业入驻: the sentence states the lack
    group, count = _res()
    named = any(f and f in s for f in (folded(x).strip('《》“”"') for x in names))
    if group.search(s):
        return named or only_park
    return named and count.search(s) is not None


def firms_as_group(G: nx.MultiDiGraph, n: str) -> list[dict]:
    """The sentences of the park's documents (any sentence the graph keeps there) that speak of
    its firms as a group: the evidence that it has enterprises, though none is named."""
    a = G.nodes[n]
    docs = set(a.get("documents") or ()) | {e["document"] for e in a.get("sentences") or ()}
    names = [a.get("name", n), *a.get("aliases", ())]
    parks: dict[str, int] = {}  # document -> parks it names
    seen: set[tuple] = set()
    candidates = []
    for m, b in G.nodes(data=True):
        for e in b.get("sentences") or ():
            d = e.get("document")
            if d not in docs:
                continue
            if b.get("type") == "IndustrialPark" and m != n:
                parks[d] = parks.get(d, 0) + 1
            at = (d, e.get("sentence_index"), e.get("start"))
            if at not in seen:
                seen.add(at)
                candidates.append(e)
    out = [dated(G, e) for e in candidates if e.get("modality") != "problem"  # a stated lack
           and speaks_of_firms(e.get("sentence", ""), names, not parks.get(e.get("document")))]
    return sorted(out, key=lambda e: (e["document"], e.get("start", 0)))
