"""When a mandate was given, and as of when the corpus speaks about it (graph/data/evidence_rules.json).

A plan line in an undated page (a profile: "东方产业园由某集团投资,拟投资N亿元…") was left undated,
so any document's action "answered" it and its finding read "as of" the corpus's newest page. An
order in an undated document is now dated by the latest year its text states as past or present
(2014年,青山市将…: 2014). A dated document keeps its date: on the development batches a dated
report's earlier years were backstory (协会自2017年换届以来… in a 2023 report). A finding is "as
of" the latest document about its parties or its jurisdiction (never before its own order): the
newest article about an unrelated place says nothing about these parties.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import networkx as nx

from graph.analysis.filters import jurisdiction_matches
from graph.analysis.gaps.common import doc_date, folded, latest_date, upper

RULES = Path(__file__).resolve().parents[2] / "data" / "evidence_rules.json"


@lru_cache(maxsize=1)
def _rules() -> tuple[re.Pattern, tuple[str, ...]]:
    r = json.loads(RULES.read_text(encoding="utf-8"))
    return re.compile(r["year_pattern"]), tuple(r["future_cues"])


def stated_years(sentence: str) -> list[int]:
    """Years the sentence states as past or present (2016年), not targets (预计2025年, 到2020年)."""
    year, future = _rules()
    s = folded(sentence)
    return [int(m.group(1)) for m in year.finditer(s) if not any(c in s[: m.start()] for c in future)]


def document_sentences(kept: Iterable[dict]) -> dict[str, set[str]]:
    """document -> the sentences of it the graph keeps (`kept`: common.kept_sentences)."""
    out: dict[str, set[str]] = {}
    for e in kept:
        out.setdefault(e.get("document", ""), set()).add(e.get("sentence", ""))
    return out


def order_date(G: nx.MultiDiGraph, doc: str, sentences: dict[str, set[str]]) -> str:
    """The date of an order or plan stated in `doc`: the document's date; for an undated document,
    the latest year its text states as past or present ("" if none)."""
    date = doc_date(G, doc)
    if date:  # a dated report's earlier years are backstory (…自2017年换届以来… in a 2023 report)
        return date
    years = [y for s in sentences.get(doc, ()) for y in stated_years(s)]
    return str(max(years)) if years else ""


class JurisdictionDates:
    """The latest document date per jurisdiction a mandate can name, built once per `gaps` run.

    `as_of` used to test every document's jurisdiction for every mandate (12 M calls at 1M
    relationships); documents are grouped by their jurisdiction once, and each mandate jurisdiction's
    answer is kept, so the cost grows with the distinct jurisdictions, not mandates x documents.
    """

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self._by_jur: dict[str, str] = {}
        for m in G.graph.get("documents", {}).values():
            date = m.get("date", "") or ""
            if not date:
                continue
            jur = m.get("jurisdiction") or "-"
            best = self._by_jur.get(jur)
            if best is None or upper(date) > upper(best):
                self._by_jur[jur] = date
        self._memo: dict[str, str] = {}

    def latest(self, jurisdiction: str) -> str:
        """The latest date of the documents that speak for `jurisdiction` ("" if none is dated)."""
        if jurisdiction not in self._memo:
            dates = [d for j, d in self._by_jur.items() if jurisdiction_matches(jurisdiction, [j])]
            self._memo[jurisdiction] = max(dates, key=upper) if dates else ""
        return self._memo[jurisdiction]


def as_of(
    G: nx.MultiDiGraph,
    parties: tuple[str, ...],
    jurisdiction: str,
    orders: list[str],
    index: JurisdictionDates | None = None,
) -> str:
    """The latest date of the documents that name one of the parties or speak for the jurisdiction,
    and of the orders themselves (`orders`: their dates); the corpus's latest date when none is dated;
    never after `gaps(as_of=…)`. Pass one `index` for all the mandates of a run."""
    about = {d for p in parties for d in G.nodes[p].get("documents", ())}
    dates = [doc_date(G, d) for d in sorted(about) if doc_date(G, d)] + [d for d in orders if d]
    if jurisdiction:
        found = (index or JurisdictionDates(G)).latest(jurisdiction)
        if found:
            dates.append(found)
    if not dates:
        return latest_date(G)
    latest = max(dates, key=upper)
    cap = G.graph.get("as_of")
    return cap if cap and upper(cap) < upper(latest) else latest
