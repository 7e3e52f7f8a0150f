"""The masked sentence the relation rules read: each entity mention becomes ONE type character.

`build_views` turns a document (text, sentence spans, mentions) into one `SentView` per sentence:
its text folded (traditional→simplified, full→half width; same length), pinyin glosses that some
crawled pages interleave ("協(xié)會(huì)") dropped, and every mention replaced by a private-use
character naming its type, so that the rules are short regular expressions over a string such as
"由Ｏ、Ｏ指导,Ｏ主办" instead of token juggling. A placeholder position maps back to its mention.

Why the per-sentence caches (clause spans, sorted placeholder positions, clause subjects): every
rule asks for the clause of a cue, the mentions between two positions, or the subject of a clause,
many times per sentence; computing each once per sentence is what keeps the rules linear in the
document length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter

from ingest.textfold import PINYIN  # noqa: F401 (one gloss pattern for entities and relations)
from ingest.textfold import view_fold as fold

TYPE_CHAR = {
    "PartyGovBody": "\ue001",
    "MilitaryUnit": "\ue002",
    "Enterprise": "\ue003",
    "ResearchInstitute": "\ue004",
    "Association": "\ue005",
    "IndustrialPark": "\ue006",
    "Fund": "\ue007",
    "Policy": "\ue008",
    "Project": "\ue009",
    "Person": "\ue00a",
    "Location": "\ue00b",
    "Event": "\ue00c",
}
UNKNOWN_CHAR = "\ue00d"  # a mention of a type outside the contract: masked, never an argument
CHAR_TYPE = {v: k for k, v in TYPE_CHAR.items()}
BY_START = attrgetter("start")  # a sort key for mentions, in C (speed19)


def _minus_length(m: EntMention) -> int:
    return m.start - m.end
ANY = "[\ue001-\ue00c]"
CLAUSE_PUNCT = "，,；;：:。！？!?"
_CLAUSE_RUN = re.compile(f"[^{CLAUSE_PUNCT}]+")  # a clause: a maximal run without clause punctuation


@dataclass(frozen=True, slots=True)
class EntMention:
    """One entity mention as the relation rules need it (offsets in the document text)."""

    start: int
    end: int
    name: str  # the entity's name in this document (shared by all its mentions)
    type: str


@dataclass
class SentView:
    """A sentence with its mentions masked: the string the rules match on."""

    index: int
    start: int
    end: int
    raw: str
    masked: str
    # masked position -> document offset (`m2o`), as the pieces it is joined from: ranges of
    # unmasked offsets, a mention's start (an int) or a whole list; joined on first use (speed15:
    # most sentences emit no fact and no rule reads their offsets)
    m2o_parts: list
    slots: dict[int, EntMention]  # masked position -> mention (in position order)
    new_paragraph: bool = False
    subjects_per_pos: list[list[tuple[int, EntMention]]] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # sorted keys of slots
    # per-sentence memo of rule helpers (clause subjects by clause, person -> title bodies, ...)
    memo: dict = field(default_factory=dict)
    # the sources of the cue patterns that cannot match in `masked` (relation_base.CueScan, set
    # before the rules run; a pattern not in it is tried as ever): one scan for all their words
    closed: frozenset = frozenset()

    def __post_init__(self) -> None:
        self.positions = sorted(self.slots)
        self._m2o: list[int] | None = None
        self._clause_spans: list[tuple[int, int]] | None = None
        self._clause_starts: list[int] | None = None

    @property
    def clause_spans(self) -> list[tuple[int, int]]:
        """Clause spans of `masked` (`_clauses`), worked out on first use (speed19: about half the
        views, the sentences no rule reads clause by clause, never ask; do not modify the list)."""
        spans = self._clause_spans
        if spans is None:
            spans = self._clause_spans = _clauses(self.masked)
        return spans

    @property
    def clause_starts(self) -> list[int]:
        """The starts of `clause_spans`, in order."""
        starts = self._clause_starts
        if starts is None:
            starts = self._clause_starts = [a for a, _ in self.clause_spans]
        return starts

    @property
    def m2o(self) -> list[int]:
        """Masked position -> document offset (a list as long as `masked`; do not modify it)."""
        m2o = self._m2o
        if m2o is None:
            m2o = self._m2o = []
            for part in self.m2o_parts:
                if part.__class__ is int:
                    m2o.append(part)
                else:
                    m2o.extend(part)
        return m2o

    def at(self, pos: int) -> EntMention | None:
        return self.slots.get(pos)

    def mentions_in(self, a: int, b: int) -> list[tuple[int, EntMention]]:
        """(position, mention) of the placeholders in masked positions [a, b), in order."""
        ps = self.positions
        lo, hi = bisect_left(ps, a), bisect_left(ps, b)
        return [(p, self.slots[p]) for p in ps[lo:hi]]

    def has_mention_in(self, a: int, b: int) -> bool:
        """Is any placeholder in masked positions [a, b)?"""
        k = bisect_left(self.positions, a)
        return k < len(self.positions) and self.positions[k] < b

    def clause_index(self, pos: int) -> int | None:
        """Index in clause_spans of the clause holding masked position pos (None: on punctuation)."""
        starts = self._clause_starts
        if starts is None:
            starts = self.clause_starts
        k = bisect_right(starts, pos) - 1
        if k >= 0 and pos < self._clause_spans[k][1]:  # (clause_starts worked the spans out)
            return k
        return None


_CLAUSE_MARK = re.compile(f"[{CLAUSE_PUNCT}]")


def _clauses(masked: str) -> list[tuple[int, int]]:
    """Clause spans of a masked sentence: cut at clause punctuation, empty clauses dropped (the
    runs of `_CLAUSE_RUN`, read off a split at each mark: no match object per clause, ~25% less)."""
    out = []
    pos = 0
    for piece in _CLAUSE_MARK.split(masked):
        if piece:
            out.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return out


def non_overlapping(mentions: list[EntMention]) -> list[EntMention]:
    """Mentions sorted by start; of overlapping ones the first (longest at a start) wins."""
    out: list[EntMention] = []
    # (by (start, -(end - start)), as two stable sorts: longest first, then by start; speed19)
    order = sorted(mentions, key=_minus_length)
    order.sort(key=BY_START)
    for m in order:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


STRAY_COMMA = re.compile(r"[,，](?=[,，、])")
# the pairs build_view reads as doubled punctuation (",,", ",、", "，、", "，，"; not ",，" nor "，,")
_DOUBLED = re.compile(r",(?=[,、])|，(?=[，、])")


def build_view(
    text: str,
    index: int,
    start: int,
    end: int,
    mentions: list[EntMention],
    folded: str | None = None,
) -> SentView:
    """Fold, drop pinyin glosses, and mask each mention as one type character.

    Only mentions wholly inside [start, end) are masked; of several starting at one offset the last
    given wins, and one starting inside an already masked mention is skipped (`non_overlapping`
    gives a list where neither happens). `folded` is fold(text) when the caller has it (fold is
    per character, so a slice of the folded document is the folded sentence).
    """
    raw = text[start:end]
    by_start = {m.start: m for m in mentions if m.start >= start and m.end <= end}
    inside = sorted(by_start.values(), key=BY_START)
    doubled = ",," in raw or ",、" in raw or "，、" in raw or "，，" in raw
    return _build_view(text, index, start, end, inside, folded, raw, doubled)


def _build_view(text: str, index: int, start: int, end: int, inside: list[EntMention],
                folded: str | None, raw: str, doubled: bool) -> SentView:
    """build_view once the mentions inside the sentence are known (sorted by start, one per
    start) and whether the sentence holds doubled punctuation (one of ,, ,、 ，、 ，，)."""
    folded_raw = folded[start:end] if folded is not None else fold(raw)
    drop: set[int] = set()
    if "(" in raw:  # a gloss opens with "(": most sentences have none
        for m in PINYIN.finditer(raw):
            drop.update(range(start + m.start(), start + m.end()))
    if doubled:
        # doubled punctuation of a scraped page ("A,、B", "4月21日,,"): the comma is noise
        for m in STRAY_COMMA.finditer(raw):
            drop.add(start + m.start())
    out: list[str] = []
    m2o: list[int] = []
    slots: dict[int, EntMention] = {}
    if not drop:  # most sentences: the same steps as below, without a call per unmasked run
        i = start
        n = 0  # masked characters so far
        parts: list = []  # (the offsets as ranges and starts: SentView.m2o joins them on first use)
        for m in inside:
            ms = m.start
            if ms < i:  # starts inside the mention masked before it
                continue
            out.append(folded_raw[i - start : ms - start])
            parts.append(range(i, ms))
            n += ms - i
            slots[n] = m
            out.append(TYPE_CHAR.get(m.type, UNKNOWN_CHAR))
            parts.append(ms)
            n += 1
            i = max(m.end, ms + 1)
        out.append(folded_raw[i - start : end - start])
        parts.append(range(i, end))
        return SentView(index, start, end, raw, "".join(out), parts, slots)

    def plain(a: int, b: int) -> None:  # unmasked characters in document offsets [a, b)
        if not drop:
            out.append(folded_raw[a - start : b - start])
            m2o.extend(range(a, b))
            return
        for i in range(a, b):
            if i not in drop:
                out.append(folded_raw[i - start])
                m2o.append(i)

    i = start
    for m in inside:
        if m.start < i:  # starts inside the mention masked before it
            continue
        plain(i, m.start)
        slots[len(m2o)] = m
        out.append(TYPE_CHAR.get(m.type, UNKNOWN_CHAR))
        m2o.append(m.start)
        i = max(m.end, m.start + 1)
    plain(i, end)
    return SentView(index, start, end, raw, "".join(out), [m2o], slots)


def build_views(text: str, sentences: list[tuple[int, int]], mentions: list[EntMention]) -> list[SentView]:
    """One view per sentence; `mentions` non-overlapping and sorted by start.

    Each sentence takes its mentions by binary search over the sorted starts, so building the views
    is linear in the document, however many sentences and mentions it has.
    """
    folded = fold(text)
    starts = [m.start for m in mentions]
    # mentions with strictly increasing starts (the contract; checked once) are already what
    # build_view makes of a sentence's slice (one per start, in order) less those that run past
    # its end; where the document holds doubled punctuation (build_view's four pairs; found once,
    # not tested per sentence) is looked up by position
    ordered = all(a < b for a, b in zip(starts, starts[1:], strict=False))
    pairs = [m.start() for m in _DOUBLED.finditer(text)] if ("," in text or "，" in text) else []
    views = []
    for i, (s, e) in enumerate(sentences):
        lo, hi = bisect_left(starts, s), bisect_left(starts, e)
        if ordered:
            inside = [m for m in mentions[lo:hi] if m.end <= e]
            doubled = bool(pairs) and (k := bisect_left(pairs, s)) < len(pairs) and pairs[k] < e - 1
            v = _build_view(text, i, s, e, inside, folded, text[s:e], doubled)
        else:
            v = build_view(text, i, s, e, mentions[lo:hi], folded)
        prev_end = sentences[i - 1][1] if i else 0
        v.new_paragraph = i == 0 or "\n" in text[prev_end:s]
        views.append(v)
    return views
