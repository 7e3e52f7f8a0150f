"""Backstory is not a current problem: when a stated problem is history.

A feature or a launch report often tells how a project came about: "the plan for a new port was
once shelved for lack of funds (曾一度停滞)", and two sentences on "after years of effort the port
was finally built (终于建成)". Read as a stated problem, that gave a "stalled" finding the same
article contradicts (a held-out judgement of this class, gaps6). A problem sentence is backstory when
- a past time stands in its problem clause or before it in the sentence (曾一度, 当年, 过去,
  上世纪X0年代, 历史上: `past_patterns`), and no present marker (仍, 至今, 目前 …) in the problem
  clause keeps it current; or
- the problem sentence itself, after its problem clauses, or a later sentence of the same
  document reports it solved (解决了, 得到解决, 如今, 现已, 终于,
  变为现实: `solved_cues`, not after 尚未 / 没有), within `solved_window` sentences or naming the
  same entity.
- the same document reports it remedied (gaps10): a sentence right after it opens as its remedy
  and reports the remedy taken (为此，今年初，青山军分区召开推进会…; 为破解…难题，2014年，青山市首次
  试行…: `remedy_openers`, not an order, plan or proposal), or the problem sentence opens as the
  reason told after the result (前期, 此前, 起初: `retrospective_openers`) and an earlier sentence of
  the document reports the work completed (全部达标, 完成了: `completion_cues`, or a solved cue), or
  a sentence just before it (within `solved_window`) reports it solved (…有效解决了这一问题, then a
  participant's quote restating the problem) and no present marker (仍, 目前 …) keeps it current: a
  problem told as the reason for work the text reports done is no open problem.
Such a finding is held back with the deciding sentence (or, for the stalled relationship kind,
left out), never reported as an open problem. Words: graph/data/holdback_cues.json "backstory".
The document's sentences are those the graph keeps (every sentence naming an entity or giving a
tie): a solution stated in a sentence that names nothing cannot be seen.
"""

from __future__ import annotations

import re
from functools import lru_cache

import networkx as nx

from graph.analysis.gaps.common import dated, folded, kept_sentences
from graph.analysis.gaps.park_firms import holdback_cues
from ingest.components.modality import problem_clauses
from ingest.normalise import strip_pinyin_glosses


@lru_cache(maxsize=1)
def _cues() -> tuple[dict, re.Pattern]:
    c = holdback_cues()["backstory"]
    return c, re.compile("|".join(f"(?:{p})" for p in c["past_patterns"]))


def _plain(sentence: str) -> str:
    """Folded (traditional forms too) and without pinyin glosses (發(fā)展 -> 发展)."""
    return strip_pinyin_glosses(folded(sentence))


def past_problem(sentence: str) -> str:
    """The past-time cue that makes the sentence's problem history ("" when it is current): a cue
    in a problem clause or before it, and no present marker in the problem clauses."""
    c, past = _cues()
    s = _plain(sentence)
    spans = problem_clauses(s) or [(0, len(s))]
    end = max(e for _, e in spans)
    m = past.search(s[:end])
    if not m:
        return ""
    if any(w in s[a:b] for a, b in spans for w in c["present_markers"]):
        return ""
    return m.group(0)


def solved_cue(sentence: str) -> str:
    """The cue by which a sentence reports something solved or achieved, "" if none (a cue right
    after a negator, 尚未得到解决, does not count)."""
    c, _ = _cues()
    s = _plain(sentence)
    for w in c["solved_cues"]:
        for m in re.finditer(re.escape(w), s):
            before = s[max(0, m.start() - 3) : m.start()]
            if not any(before.endswith(n) for n in c["solved_negators"]):
                return w
    return ""


def document_sentences(G: nx.MultiDiGraph) -> dict[str, dict[int, dict]]:
    """document -> sentence index -> a sentence the graph keeps (mentions and tie evidence)."""
    out: dict[str, dict[int, dict]] = {}
    for e in kept_sentences(G, problems=True):
        if e.get("sentence_index") is not None and e.get("document"):
            out.setdefault(e["document"], {}).setdefault(e["sentence_index"], e)
    return out


def history(G: nx.MultiDiGraph, n: str | None, p: dict, sentences: dict) -> tuple[str, dict] | None:
    """(reason, deciding sentence) when the problem sentence `p` is backstory, else None: the
    later sentence reporting it solved when there is one (the strongest quote), else the sentence
    itself when it is a past passage."""
    cue = past_problem(p.get("sentence", ""))
    solved = _solved_here(G, p) or _solved_later(G, n, p, sentences)
    if solved:
        what, e = solved
        past = f"a past passage ({cue}…), " if cue else ""
        return f"{past}reported solved later in the same document ({what}…): history, not an open problem", e
    remedy = remedied(G, p, sentences)
    if remedy:
        what, e = remedy
        return (f"reported remedied in the same document ({what}…): the reason for work the text reports "
                "done, not an open problem"), e
    if cue:
        return f"a past passage ({cue}…): backstory, not a current problem", dated(G, p)
    return None


def _solved_here(G: nx.MultiDiGraph, p: dict) -> tuple[str, dict] | None:
    """(cue, the sentence itself) when the problem sentence reports, after its last problem
    clause, the problem solved ("…机制不健全的问题，目前已整改到位": gaps9, a 督查 report)."""
    s = _plain(p.get("sentence", ""))
    spans = problem_clauses(s)
    if not spans:
        return None
    cue = solved_cue(s[max(e for _, e in spans):])
    return (cue, dated(G, p)) if cue else None


def remedy_opener(e: dict) -> str:
    """The opener by which a sentence reports the remedy of the problem before it (为此, 针对上述问题,
    为破解…难题), "" if none or if the sentence orders, plans or proposes it (its modality; 建议,
    呼吁) or says the problem persists (仍, 尚未)."""
    c, _ = _cues()
    s = _plain(e.get("sentence", "")).strip()
    if e.get("modality") in c["remedy_not_modalities"] or any(w in s for w in c["remedy_not_done"]):
        return ""
    m = next((m for p in c["remedy_openers"] for m in [re.match(p, s)] if m), None)
    return m.group(0).lstrip('”"」』') if m else ""


def done_cue(sentence: str) -> str:
    """The cue by which a sentence reports work completed (全部达标, 完成了) or a problem solved."""
    s = _plain(sentence)
    return next((w for w in _cues()[0]["completion_cues"] if w in s), "") or solved_cue(sentence)


def remedied(G: nx.MultiDiGraph, p: dict, sentences: dict) -> tuple[str, dict] | None:
    """(cue, deciding sentence, dated) when p's document reports its problem remedied: a remedy
    sentence within remedy_window sentences after it, or, when p opens as the reason told after
    the result (前期…调查发现…存在…问题), an earlier sentence reporting the work completed."""
    i = p.get("sentence_index")
    if i is None:
        return None
    c, _ = _cues()
    doc = sentences.get(p.get("document"), {})
    for j in sorted(k for k in doc if i < k <= i + c["remedy_window"]):
        what = remedy_opener(doc[j])
        if what:
            return what, dated(G, doc[j])
    if re.match(c["retrospective_openers"], _plain(p.get("sentence", "")).strip()):
        for j in sorted(k for k in doc if k < i):
            what = done_cue(doc[j].get("sentence", ""))
            if what:
                return what, dated(G, doc[j])
    if not any(w in _plain(p.get("sentence", "")) for w in c["present_markers"]):
        for j in sorted((k for k in doc if i - c["solved_window"] <= k < i), reverse=True):
            what = solved_cue(doc[j].get("sentence", ""))  # told solved just before: the lead's result
            if what:
                return what, dated(G, doc[j])
    return None


def _solved_later(G: nx.MultiDiGraph, n: str | None, p: dict, sentences: dict) -> tuple[str, dict] | None:
    """(cue, sentence) of a later sentence of p's document reporting a solution: within
    solved_window sentences, or naming the same entity."""
    i = p.get("sentence_index")
    if i is None:
        return None
    own = G.nodes[n].get("sentences") or () if n else ()
    mine = {e.get("sentence_index") for e in own if e.get("document") == p["document"]}
    window = _cues()[0]["solved_window"]
    for j, e in sorted((j, e) for j, e in sentences.get(p["document"], {}).items() if j > i):
        if j - i > window and j not in mine:
            continue
        cue = solved_cue(e.get("sentence", ""))
        if cue:
            return cue, dated(G, e)
    return None
