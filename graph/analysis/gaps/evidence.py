"""Positive evidence for absence claims: what was looked for, and whether it would have been found.

A structural or directive finding says something is missing. On unseen text extraction types
about half the ties a reader finds, so "no typed edge" is weak evidence of "no such thing". These
predicates look, in the same documents, for what the finding claims is missing (gaps6):

- `subject_actors`: a plan or project "with no leading or implementing actor" is contradicted when
  an actor stands as the subject of a clause of a sentence naming it (《青山规划》通过评审后，青山市和
  东方重工集团积极配合…: the actors act on the plan, only the tie was not typed). A missing typed
  edge is not a missing actor.
- `reported_actions`: a "mandate without action" reads the corpus's silence about an actor as
  inaction; that silence means something only if the corpus reports what this actor did where a
  follow-up could show: in another document, dated on or after the order. An actor the corpus
  never shows acting after the order would not have been seen acting on it either (the finding
  is "not enough coverage to tell": gap_rules.json coverage.mandate_min_reports).
Actors are the bodies (graph.analysis.filters.ACTOR_TYPES, parks and funds aside) and places
(a city acting on its own plan). Names are matched on the folded sentence without pinyin glosses.
"""

from __future__ import annotations

import re

import networkx as nx

from graph.analysis.filters import ACTOR_TYPES
from graph.analysis.gaps.common import dated, folded, lower, neighbours, rules, tie_evidence, upper
from ingest.normalise import strip_pinyin_glosses

BODIES = tuple(t for t in ACTOR_TYPES if t not in ("IndustrialPark", "Fund"))
SUBJECT_TYPES = (*BODIES, "Location")
CLAUSE = re.compile(r"[，,；;。：:！？!?]")
# what may open a clause before its subject: a time phrase or an adverbial opener
OPENER = re.compile(
    r"^(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|初|中旬|上旬|下旬)?(?:以来|起|后|前|时)?"
    r"|同时|此外|其中|近年来|目前|当前|今年|去年|随后|此后|由|经过|经)*"
)
JOINERS = "和与及、同跟"


def _plain(s: str) -> str:
    return strip_pinyin_glosses(folded(s))


def forms(G: nx.MultiDiGraph, n: str) -> list[str]:
    """A node's names as matched in sentences (folded, no quotes or glosses), longest first."""
    a = G.nodes[n]
    out = {_plain(f).strip("《》“”\"") for f in (a.get("name", n), *(a.get("aliases") or ())) if f}
    return sorted((f for f in out if len(f) >= 2), key=len, reverse=True)


def _opening(clause: str, names: dict[str, list[str]]) -> list[str]:
    """The actors that open a clause (after a time phrase or opener), coordinated ones too
    (青山市和东方重工集团、西岭公司积极配合 -> all three), when a predicate follows: not a
    possessive or a post (青山区委常委、副区长X: gap_rules.json clause_subject.not_before)."""
    rest = clause[OPENER.match(clause).end():]
    found: list[str] = []
    while True:
        hit = next(((n, f) for n, fs in names.items() for f in fs if rest.startswith(f)), None)
        if hit is None:
            break
        found.append(hit[0])
        rest = rest[len(hit[1]):].lstrip(JOINERS)
    stop = tuple(rules()["clause_subject"]["not_before"])
    return found if found and rest and not rest.startswith(stop) else []


def subject_actors(G: nx.MultiDiGraph, n: str, at: dict) -> tuple[dict, list[str]] | None:
    """(sentence, actor names) for the first sentence naming `n` in which an actor opens a clause
    outside n's own name; None when no sentence does. `at`: (document, sentence index) -> the
    nodes a sentence names (`sentence_nodes`)."""
    own = forms(G, n)
    for e in G.nodes[n].get("sentences") or ():
        others = [m for m in at.get((e["document"], e.get("sentence_index")), ()) if m != n]
        names = {m: forms(G, m) for m in others if G.nodes[m].get("type") in SUBJECT_TYPES}
        if not names:
            continue
        s = _plain(e.get("sentence", ""))
        for f in own:  # the plan's own name is no clause: 青山市军民融合规划 holds 青山市
            s = s.replace(f, "＃" * len(f))
        actors = [m for clause in CLAUSE.split(s) for m in _opening(clause.strip(), names)]
        if actors:
            return dated(G, e), [G.nodes[m].get("name", m) for m in dict.fromkeys(actors)]
    return None


def names_itself(G: nx.MultiDiGraph, n: str, e: dict, others: list[str]) -> bool:
    """Whether the sentence `e` names `n` itself, not only as the start or part of a longer name of
    one of `others` (the nodes it names: the tie's other end, sentence_nodes). 青山市委军民融合办到东川区
    督查 names the office, whose name-internal PART_OF ties it to 青山市委, but says nothing of the
    市委 itself: as a broker's evidence it read as another body's sentence (gaps22, ux3). A sentence
    that holds none of n's names (a pronoun, a form the store lacks) is kept: nothing to judge."""
    own = forms(G, n)
    s = _plain(e.get("sentence", ""))
    if not any(f in s for f in own):
        return True
    longer = {f for m in others if m != n for f in forms(G, m) if any(o in f and o != f for o in own)}
    for f in sorted(longer, key=len, reverse=True):
        s = s.replace(f, "＃" * len(f))
    return any(f in s for f in own)


def sentence_nodes(G: nx.MultiDiGraph) -> dict[tuple, list[str]]:
    """(document, sentence index) -> the nodes that sentence names (built once per run)."""
    out: dict[tuple, list[str]] = {}
    for m, b in G.nodes(data=True):
        for e in b.get("sentences") or ():
            out.setdefault((e["document"], e.get("sentence_index")), []).append(m)
    return out


def reported_actions(
    G: nx.MultiDiGraph, n: str, orders: list[dict], since: str = "", cache: dict | None = None
) -> list[dict]:
    """What the corpus shows actor `n` doing where a follow-up to `orders` could be seen: the
    reported sentences about it (its reported ties, any counterpart, then the reported sentences
    naming it: a tie extraction missed is still a report of what it did) in documents other than
    the orders' own, dated on or after `since` (undated: counts). One per sentence. `cache`: a
    dict kept for one run (an actor is the head of many orders)."""
    reported = cache.get(n) if cache is not None else None
    if reported is None:
        reported = _reported(G, n)
        if cache is not None:
            cache[n] = reported
    skip = {e.get("document") for e in orders}
    lo = lower(since)  # (not_before, unrolled: an actor may have thousands of reported sentences)
    return [e for doc, up, e in reported if doc not in skip and (not up or not lo or up >= lo)]


def _reported(G: nx.MultiDiGraph, n: str) -> list[tuple[str, str, dict]]:
    """(document, latest day of its date, sentence) of every reported sentence about `n` (ties
    first, then mentions), one per sentence."""
    out: dict = {}
    ties = (e for m in sorted(neighbours(G, n)) for e in tie_evidence(G, n, m))
    for e in (*ties, *(G.nodes[n].get("sentences") or ())):
        if e.get("modality") == "reported":
            out.setdefault((e.get("document"), e.get("sentence_index")), e)
    return [(e.get("document"), upper(d["date"]), d) for e in out.values() for d in (dated(G, e),)]
