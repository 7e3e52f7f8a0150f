"""Where the learned tagger may add a person (learned9): a gate, so the tagger reads a few windows of
a document instead of every character (MCFGRAPH_LEARNED_SPANS=person-gated).

The tagger (ingest/components/learned.py) costs several times the rules per character: run over whole
documents it takes the first pass from ~0.5x to ~0.07x bare jieba. The persons it adds that the
gold has and the rules missed stand in a few places the rules find cheaply (READ u77-u110,
docs/QUALITY.md "learned9"): in a list with a person the rules found (甲、乙、丙, one a line), right
after a title (局长张三) or before a post (张三副司长), next to an address, role or speech word (张三同志,
创始人 李四, 张三主持), alone at a line's edge after whitespace (…发布科  张三). The cues live in one
table, ingest/data/learned_person_gate.tsv. A cue opens a window only where a name could stand:
its slot starts with a surname (ingest/data/surnames.txt; after a cue also a two- or three-character
item closed by 、 or ，) and holds no rule entity (the tagger may add nothing there). Each window
is `context` characters wider than its slot each side: the tagger's CNN sees 8 characters each
side, so with context 8 the slot reads as in the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.components.lexicon import data_lines, lexicon, title_words
from ingest.components.trie_regex import WordMatcher

TABLE = "learned_person_gate.tsv"
SIDES = ("after", "before", "both", "list", "alone")
NAME_MAX = 4  # the longest name a cue's slot holds (复姓 + two characters)
_SKIP = " \u3000\t:："  # between a cue and its name (记者 李四, 主持人：王五)
_LIST_SEP = "、，, \u3000\n和与及"
_CLOSE = "、，,"
_CJK = "\u4e00-\u9fff"
# a short run standing alone at a line's edge, after or before whitespace (bylines, role lines)
_ALONE_END = re.compile(r"(?<=[ \u3000\t])([" + _CJK + r"]{2,4})[ \u3000\t]*$", re.M)
_ALONE_START = re.compile(r"^[ \u3000\t]*([" + _CJK + r"]{2,4})(?=[ \u3000\t]+[^ \u3000\t\n])", re.M)


@dataclass(frozen=True)
class GateCues:
    """The gate's table: cue words by side, and whether rule persons and lone runs are cues."""

    after: WordMatcher
    before: WordMatcher
    persons: bool
    alone: bool


@lru_cache(maxsize=1)
def gate_cues() -> GateCues:
    """ingest/data/learned_person_gate.tsv. @titles: every title of titles.tsv; @posts: its posts
    (use post or both), the titles written after a name; @persons (side list): the names listed
    with a rule person; @alone (side alone): a short run alone at a line's edge."""
    after: set[str] = set()
    before: set[str] = set()
    persons = alone = False
    for line in data_lines(TABLE):
        cue, _, side = line.partition("\t")
        side = side.strip()
        if side not in SIDES:
            raise ValueError(f"ingest/data/{TABLE}: {cue!r} needs a side ({', '.join(SIDES)})")
        if side in ("list", "alone"):
            persons |= cue == "@persons"
            alone |= cue == "@alone"
            continue
        if cue == "@titles":
            words = [w for u in ("person", "post", "descriptor") for w in title_words(u)]
        elif cue == "@posts":
            words = list(title_words("post"))
        else:
            words = [cue]
        if side in ("after", "both"):
            after.update(words)
        if side in ("before", "both"):
            before.update(words)
    return GateCues(WordMatcher(sorted(after), dfa=True), WordMatcher(sorted(before), dfa=True),
                    persons, alone)


def _surname_at(t: str, i: int) -> bool:
    lx = lexicon()
    return 0 <= i < len(t) and (t[i] in lx.surnames1 or t[i:i + 2] in lx.surnames2)


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _after_slot(t: str, e: int, taken: bytes) -> int:
    """Where a name after a cue ending at e starts (-1: no surname there, or a rule entity)."""
    p = e
    while p < len(t) and p - e < 2 and t[p] in _SKIP:
        p += 1
    if any(taken[p:p + 2]):
        return -1
    return p if _surname_at(t, p) or _short_item(t, p) else -1


def _short_item(t: str, p: int) -> bool:
    """Two or three characters closed by a separator (副市长某某，…): a name of a rare surname."""
    k = p
    while k < len(t) and k - p <= 3 and _cjk(t[k]):
        k += 1
    return 2 <= k - p <= 3 and (k == len(t) or t[k] in _CLOSE)


def _before_slot(t: str, s: int, taken: bytes) -> int:
    """Where a name before a cue starting at s ends (-1: no surname 2-4 characters before, or a
    rule entity right before the cue: 市委书记, 张三书记 found by the rules)."""
    q = s
    while q > 0 and s - q < 2 and t[q - 1] in _SKIP:
        q -= 1
    if q < 2 or any(taken[q - 2:q]):
        return -1
    return q if any(_surname_at(t, q - k) for k in range(2, NAME_MAX + 1)) else -1


def _list_items(t: str, a: int, b: int, items: int = 16) -> list[tuple[int, int]]:
    """The short items (2-4 characters) listed with the name at a..b, both ways (甲、乙、丙; one a
    line); a longer item stops the walk, its first characters kept (乙局长)."""
    n, out = len(t), []
    pos = b
    for _ in range(items):  # rightwards
        if not (pos < n and t[pos] in _LIST_SEP):
            break
        j = k = pos + 1
        while k < n and _cjk(t[k]) and k - j <= NAME_MAX:
            k += 1
        if k - j < 2:
            break
        out.append((j, min(k, j + NAME_MAX)))
        if k - j > NAME_MAX:
            break
        pos = k
    pos = a
    for _ in range(items):  # leftwards
        if not (pos > 0 and t[pos - 1] in _LIST_SEP):
            break
        j = k = pos - 1
        while k > 0 and _cjk(t[k - 1]) and j - k <= NAME_MAX:
            k -= 1
        if j - k < 2 or j - k > NAME_MAX:
            break
        out.append((k, j))
        pos = k
    return out


def gate_windows(t: str, persons: list[tuple[int, int]], taken: bytes, context: int) -> list[tuple[int, int]]:
    """The merged character windows of `t` (the folded text) where a person could be added: one
    per cue with a surname in its slot and no rule entity there (`taken`: 1 for each character of a
    rule span, as learned.free_proposals marks them), `context` characters wider each side."""
    cues = gate_cues()
    n = len(t)
    spans: list[tuple[int, int]] = []
    for _, e, _w in cues.after.finditer(t):
        p = _after_slot(t, e, taken)
        if p >= 0:
            spans.append((p, p + NAME_MAX))
    for s, _, _w in cues.before.finditer(t):
        q = _before_slot(t, s, taken)
        if q >= 0:
            spans.append((q - NAME_MAX, q))
    if cues.persons:
        for a, b in persons:  # (the items listed with it the rules left untagged)
            spans.extend((i, j) for i, j in _list_items(t, a, b)
                         if _surname_at(t, i) and not any(taken[i:i + 2]))
    if cues.alone and ("\u3000" in t or " " in t or "\t" in t):
        for rx in (_ALONE_END, _ALONE_START):
            spans.extend((m.start(1), m.end(1)) for m in rx.finditer(t) if _surname_at(t, m.start(1)))
    return merge([(max(0, a - context), min(n, b + context)) for a, b in spans])


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, overlapping or touching windows joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
