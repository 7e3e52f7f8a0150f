"""Modality of a statement: does the text order it, report it, complain about it, or just state it?

A speech says "要加快军民融合产业园建设" (directive: an order, not a fact), a news item says
"产业园已揭牌" (reported: it happened), a work report says "产业园建设进度比较慢" (problem). The
graph keeps all three, but an analyst must be able to tell a plan from an achievement from a gap, so
every relation's evidence carries one of `graph.model.MODALITIES`.

The decision is lexical and deliberately simple, checked in the order problem > directive >
reported > stated on the clause (or sentence) that states the fact:
- problem: a shortfall cue (尚未, 不足, 滞后, 短板 …) that is not the object of a remedy verb
  ("解决…问题", "破除…" are orders to fix, hence directive);
- directive: a modal or urging word (要, 必须, 应当, 力争, 确保, 着力, 加快 …), with the many words
  that merely contain 要/应 (重要, 主要, 相应, 应用 …) masked out first;
- reported: a completed-event cue (已, 召开, 签约, 举行, 揭牌, verb + 了 …);
- stated otherwise.
Cue lists live in `ingest/data/modality_cues.json` so they can be extended without code changes.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from ingest.normalise import fold

CUES_PATH = Path(__file__).resolve().parent.parent / "data" / "modality_cues.json"
CLAUSE_SPLIT = re.compile(r"[，,；;。！？!?]")


@lru_cache(maxsize=1)
def cues() -> dict[str, list[str]]:
    """The cue lists, longest first so that a longer cue masks its substrings."""
    data = json.loads(CUES_PATH.read_text(encoding="utf-8"))
    return {k: sorted(v, key=len, reverse=True) for k, v in data.items() if isinstance(v, list)}


def _mask(text: str, words: list[str]) -> str:
    """Replace each occurrence of `words` by same-length filler so that its characters cannot cue."""
    for w in words:
        if w in text:
            text = text.replace(w, "□" * len(w))
    return text


def is_problem(text: str) -> bool:
    """True when the text states a shortfall (and does not merely order one to be fixed)."""
    t = fold(text)
    c = cues()
    for cue in c["problem"]:
        start = t.find(cue)
        while start >= 0:
            # "解决…问题", "破除…壁垒": an order to remedy, not a statement that something is lacking
            window = t[max(0, start - 12) : start]
            if not any(neg in window for neg in c["problem_negators"]):
                return True
            start = t.find(cue, start + 1)
    return False


def is_directive(text: str) -> bool:
    t = _mask(fold(text), cues()["directive_exclude"])
    return any(cue in t for cue in cues()["directive"])


def is_reported(text: str) -> bool:
    t = fold(text)
    c = cues()
    for cue in c["reported"]:
        if cue == "了":
            # verb + 了 (成立了, 召开了); "了解", "为了", "除了" are not aspect markers
            if re.search(r"(?<![为除])了(?![解])", t):
                return True
        elif cue in t:
            return True
    return False


def classify(text: str) -> str:
    """Modality of one clause or sentence: problem, directive, reported or stated."""
    if is_problem(text):
        return "problem"
    if is_directive(text):
        return "directive"
    if is_reported(text):
        return "reported"
    return "stated"


def clause_at(sentence: str, offset: int) -> str:
    """The clause of `sentence` (split at ，；。) that contains character `offset`."""
    start = 0
    for m in CLAUSE_SPLIT.finditer(sentence):
        if m.start() >= offset:
            return sentence[start : m.start()]
        start = m.end()
    return sentence[start:]


def classify_fact(sentence: str, offsets: list[int]) -> str:
    """Modality of a fact whose cue and arguments sit at `offsets` in `sentence`.

    The clauses that hold the fact decide first (a sentence can report one thing and order
    another); when they say nothing the sentence as a whole decides, so that a leading
    "要" or a trailing "已经完成" still colours a clause that carries only the names.
    """
    clauses = [clause_at(sentence, o) for o in offsets] or [sentence]
    joined = "，".join(dict.fromkeys(clauses))
    m = classify(joined)
    if m != "stated":
        return m
    whole = classify(sentence)
    return "stated" if whole == "problem" else whole


def problem_clauses(sentence: str) -> list[tuple[int, int]]:
    """(start, end) offsets in `sentence` of the clauses that state a problem.

    A clause opening with 但/但是/却 continues the previous one ("产业园已经规划了两年，但建设进度
    比较慢"), so that previous clause is included: the entity it names is the one with the problem.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    bounds = [(m.start(), m.end()) for m in CLAUSE_SPLIT.finditer(sentence)] + [
        (len(sentence), len(sentence))
    ]
    pieces: list[tuple[int, int]] = []
    for s, e in bounds:
        if s > start:
            pieces.append((start, s))
        start = e
    for i, (s, e) in enumerate(pieces):
        if not is_problem(sentence[s:e]):
            continue
        if i > 0 and fold(sentence[s:e]).lstrip().startswith(("但", "却", "然而", "可")):
            s = pieces[i - 1][0]
        spans.append((s, e))
    return spans


try:  # a spaCy component when spaCy is present (it always is in the pipeline; tests may import bare)
    from spacy.language import Language
    from spacy.tokens import Doc

    if not Doc.has_extension("sentence_modalities"):
        Doc.set_extension("sentence_modalities", default=None)

    @Language.component("mcf_modality")
    def modality_component(doc: Doc) -> Doc:
        """Tag each sentence of the doc with its modality (doc._.sentence_modalities)."""
        doc._.sentence_modalities = [classify(s.text) for s in doc.sents]
        return doc

except ImportError:  # pragma: no cover
    pass
