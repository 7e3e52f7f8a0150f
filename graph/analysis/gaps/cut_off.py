"""Cut-off last sentences (graph/data/evidence_rules.json "cut_off").

A page cut at a length limit ends mid-clause ("…省政府设立专项资金,支持军民两用"): the words that
decide what its last sentence says (了, 的问题, 已经 …) may be missing, so a mandate whose only
order is such a sentence is held back rather than reported. The graph keeps no document text, so
a sentence is taken as its document's last when no sentence the graph keeps of that document (a
mention or an evidence sentence) comes after it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache

from graph.analysis.gaps.dates import RULES


@lru_cache(maxsize=1)
def _rules() -> dict:
    return json.loads(RULES.read_text(encoding="utf-8"))["cut_off"]


def last_sentences(kept: Iterable[dict]) -> dict[str, int]:
    """document -> the highest sentence index the graph keeps of it (`kept`: common.kept_sentences)."""
    out: dict[str, int] = {}
    for e in kept:
        i = e.get("sentence_index")
        if i is not None and i > out.get(e.get("document", ""), -1):
            out[e.get("document", "")] = i
    return out


def cut_off(e: dict, last: dict[str, int]) -> bool:
    """Whether evidence `e` is the cut-off end of its document: its last sentence, ending without
    a sentence mark, with a clause mark in it (prose, not a heading or a byline)."""
    i = e.get("sentence_index")
    if i is None or i != last.get(e.get("document", "")):
        return False
    r = _rules()
    s = e.get("sentence", "").strip().rstrip("|｜ \u3000").rstrip(r["closers"])
    return bool(s) and s[-1] not in r["ends"] and any(c in s for c in r["clause_marks"])
