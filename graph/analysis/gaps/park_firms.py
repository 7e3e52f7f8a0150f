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
import weakref
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


_INDEX: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _by_document(G: nx.MultiDiGraph) -> dict[str, list[tuple[str, str, dict]]]:
    """document -> (node, type, sentence) of every sentence the graph keeps, built once per graph
    (a gaps run asks for every park candidate; rebuilt when its nodes or documents change in number:
    O(1) checks, as a multigraph counts its edges by walking them)."""
    sig = (G.number_of_nodes(), len(G.graph.get("documents") or ()))
    hit = _INDEX.get(G)
    if hit and hit[0] == sig:
        return hit[1]
    out: dict[str, list[tuple[str, str, dict]]] = {}
    for m, b in G.nodes(data=True):
        for e in b.get("sentences") or ():
            out.setdefault(e.get("document"), []).append((m, b.get("type", ""), e))
    _INDEX[G] = (sig, out)
    return out


def firms_as_group(G: nx.MultiDiGraph, n: str) -> list[dict]:
    """The sentences of the park's documents (any sentence the graph keeps there) that speak of
    its firms as a group: the evidence that it has enterprises, though none is named."""
    a = G.nodes[n]
    docs = set(a.get("documents") or ()) | {e["document"] for e in a.get("sentences") or ()}
    names = [a.get("name", n), *a.get("aliases", ())]
    index = _by_document(G)
    out = []
    for d in sorted(docs):
        rows = index.get(d, ())
        other_park = any(t == "IndustrialPark" and m != n for m, t, _e in rows)
        seen: set[tuple] = set()
        for _m, _t, e in rows:
            at = (e.get("sentence_index"), e.get("start"))
            if at in seen or e.get("modality") == "problem":  # a stated lack is no evidence
                continue
            seen.add(at)
            if speaks_of_firms(e.get("sentence", ""), names, not other_park):
                out.append(dated(G, e))
    return sorted(out, key=lambda e: (e["document"], e.get("start", 0)))
