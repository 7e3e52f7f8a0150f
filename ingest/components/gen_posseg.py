"""Generator `posseg_persons`: person names jieba's part-of-speech HMM finds next to a title (or 等).

Why: the person rules read a name after a title when the name passes their own tests, and they
miss names met once that those tests or the title lists do not reach (学术带头人甲某某教授, 新闻发言人
乙某某：, 成员丙某某出席…). jieba (already the rules' lexicon) ships a tagger, `jieba.posseg`, whose
HMM tags words its dictionary does not hold; one it tags `nr` (a person's name) is such a name far
more often than not when a title word stands right before it or right after it, or a colon closes it,
or 等 closes it before an attendance verb, a count of persons or a noun of persons (甲某某等出席,
乙某某等四位烈士, 丙某某等领导: the rules' own list rules want two names or a clause start there)
(bench/posseg_candidates.py measures every tag and context on the READ batches: only these HMM
persons are right in three batches or more and net-positive; its places, organisations, other proper
nouns and the names its dictionary already holds add far more wrong entities than right ones).

The tagger is only a proposer: a name must also pass the person rules' own test
(`NameContext._plausible_name`, titled), touch no candidate the rules chose, and it then goes
through the resolver like any rule candidate (source `posseg:nr`; every later untouched
occurrence of the same name is `posseg:nr:repeat`). Speed: posseg's HMM only ever tags a stretch of
single characters on jieba's dictionary route, so only the stretches a cue touches at an untaken
position, where the person test takes a name, go to it (the same names as tagging the whole text):
~4% of a first pass's CPU over the READ texts (jieba's route, the HMM, the title scans), against
~8.6% for posseg over every run holding a cue. Memory: importing jieba.posseg loads its HMM tables
(~50 MiB PSS, bench/bench_extract.py); they are loaded with the pipeline, so gc.freeze covers them.
"""

from __future__ import annotations

import re

import jieba
import jieba.posseg as pseg

from ingest.components import segment
from ingest.components.candidate import Cand, coverage
from ingest.components.gen_persons import _CLASS_TAIL as CLASS_TAIL
from ingest.components.lexicon import title_words
from ingest.components.name_context import NameContext
from ingest.components.trie_regex import WordMatcher

SOURCE = "posseg:nr"
CONFIDENCE = 0.7
PRIORITY = 2  # below the person rules' 3: a rule's reading of the same span wins
_COLON = re.compile("[：:]")
# 甲某某等出席, 乙某某等四位烈士, 丙某某等领导: 等 closing names, before an attendance verb, a count of
# persons (位, 名; not 个) or the rules' nouns of persons (gen_persons: 等 + count + 同志/领导/代表 …)
_DENG = re.compile(r"等(?=[0-9一二三四五六七八九十]{1,3}[位名]|出席|参加|陪同|列席)")

# a title before the name (局长, 参谋, 烈士 …) and after it (…教授, …院士, …大校): titles.tsv; the
# everyday nouns of persons (烈士, 民兵) only before it (甲某某烈士陵园: a site, no person)
_BEFORE = WordMatcher([w for u in ("person", "post", "descriptor") for w in title_words(u) if len(w) >= 2],
                      dfa=True)
_AFTER = WordMatcher([w for u in ("person", "post") for w in title_words(u) if len(w) >= 2], dfa=True)

# jieba.re_han_default's class (the rest of a run from a position; its characters one by one)
_HAN_END = re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]*")
_HAN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+#&._%-")


def _is_han(c: str) -> bool:
    """Is c one of jieba.re_han_default's characters (a character of a run jieba cuts on its own)?"""
    return "\u4e00" <= c <= "\u9fd5" or c in _HAN_CHARS


def _run_at(t: str, i: int) -> tuple[int, int] | None:
    """The run of Chinese characters (jieba.re_han_default: what jieba cuts each on its own) that
    holds position i, or None: the maximal stretch of the class around i, which is the match of
    `re_han_default.finditer(t)` holding i (speed17: only the few cued runs are looked for, not
    every run of the text)."""
    if not _is_han(t[i]):
        return None
    s = i
    while s > 0 and _is_han(t[s - 1]):
        s -= 1
    return s, _HAN_END.match(t, i).end()


def _name_at(ctx: NameContext, t: str, kind: str, i: int) -> bool:
    """Could a name the person test takes (2 to 4 characters) start at i ("start") or end at i
    ("end")? Only such cues are worth jieba's route and HMM."""
    s1, s2 = ctx.lex.surnames1, ctx.lex.surnames2
    for n in (2, 3, 4):
        a, z = (i, i + n) if kind == "start" else (i - n, i)
        if a >= 0 and z <= len(t) and (t[a] in s1 or t[a:a + 2] in s2) \
                and ctx._plausible_name(t[a:z], titled=True):
            return True
    return False


def _cues(ctx: NameContext, t: str, covered: bytearray) -> dict[tuple[int, int], set[tuple[str, int]]]:
    """Runs to tag -> the cues in them: ("start", i) a name must start at i (a title ends there),
    ("end", i) a name must end at i (a title, a colon or 等 starts there). Only untaken positions
    where the person test takes a name."""
    starts: list[int] = []
    for _s, e, _w in _BEFORE.finditer(t):
        if e < len(t) and not covered[e] and _name_at(ctx, t, "start", e):
            starts.append(e)
    ends = [s for s, _e, _w in _AFTER.finditer(t)] + _colons(t)
    if "等" in t:
        ends += [m.start() for m in _DENG.finditer(t)] + [m.start() for m in CLASS_TAIL.finditer(t)]
    ends = [k for k in ends if k >= 2 and not covered[k - 1] and _name_at(ctx, t, "end", k)]
    if not starts and not ends:
        return {}
    runs: dict[tuple[int, int], set[tuple[str, int]]] = {}
    for kind, i, inside in [("start", i, i) for i in starts] + [("end", k, k - 1) for k in ends]:
        if (run := _run_at(t, inside)) is not None:
            runs.setdefault(run, set()).add((kind, i))
    return runs


def _colons(t: str) -> list[int]:
    """Positions of the colons (：, :) in t, in order: `_COLON.finditer` by str.find (speed17)."""
    out = []
    for ch in "：:":
        i = t.find(ch)
        while i >= 0:
            out.append(i)
            i = t.find(ch, i + 1)
    return sorted(out) if ":" in t and "：" in t else out


def _tagged_names(ctx: NameContext, t: str, run: tuple[int, int],
                  cues: set[tuple[str, int]]) -> list[tuple[int, int]]:
    """(start, end) of the words posseg tags nr in the run that its dictionary does not hold and a
    cue touches.

    Exactly what `jieba.posseg.cut` gives them, at a fraction of its cost: posseg tags a word its
    dictionary lacks only inside a stretch of single characters on the dictionary route (its
    `__cut_DAG`: the stretch, if no word itself, goes to the HMM, `__cut_detail`); the route is the
    rules' own (segment._shared_route, the same as jieba's), and only the stretches where a cue could
    close a name the person test takes go to the HMM (its Viterbi is most of this generator's cost)."""
    text = t[run[0]:run[1]]
    route = segment._shared_route(text)
    freq = jieba.dt.FREQ
    out = []
    x, n = 0, len(text)
    while x < n:
        b = x
        while x < n and route[x][1] == x:  # a stretch of single characters
            x += 1
        if x - b >= 2 and not freq.get(text[b:x]) and _worth(ctx, t, cues, run[0] + b, run[0] + x):
            pos = run[0] + b
            for w in _HMM_TAGS(text[b:x]):
                s, e = pos, pos + len(w.word)
                pos = e
                if w.flag == "nr" and not freq.get(w.word) and (("start", s) in cues or ("end", e) in cues):
                    out.append((s, e))
        if x == b:
            x = route[x][1] + 1
    return out


def _worth(ctx: NameContext, t: str, cues: set[tuple[str, int]], s: int, e: int) -> bool:
    """Could the HMM find a name at a cue in the stretch s..e: a word of 2 to 4 characters inside it,
    starting at a start cue or ending at an end cue, that the person test takes?"""
    for kind, i in cues:
        for n in (2, 3, 4):
            a, z = (i, i + n) if kind == "start" else (i - n, i)
            if s <= a and z <= e and ctx._plausible_name(t[a:z], titled=True):
                return True
    return False


def _HMM_TAGS(stretch: str):  # noqa: N802 (jieba's private method, named once here)
    """jieba.posseg's HMM on one stretch (POSTokenizer.__cut_detail: what posseg.cut does with it)."""
    return pseg.dt._POSTokenizer__cut_detail(stretch)


def posseg_persons(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """Person candidates from jieba.posseg's HMM names next to a title or before a colon, with
    every later untaken occurrence of each name."""
    covered = coverage(len(t), chosen)
    names: set[str] = set()
    out: list[Cand] = []
    for run, cues in _cues(ctx, t, covered).items():
        for s, e in _tagged_names(ctx, t, run, cues):
            nm = t[s:e]
            if any(covered[s:e]) or not ctx._plausible_name(nm, titled=True):
                continue
            out.append(Cand(s, e, "Person", SOURCE, CONFIDENCE, priority=PRIORITY))
            names.add(nm)
    found = {c.start for c in out}
    for nm in names:
        i = t.find(nm)
        while i >= 0:
            if i not in found and not any(covered[i:i + len(nm)]):
                out.append(Cand(i, i + len(nm), "Person", SOURCE + ":repeat", CONFIDENCE, priority=PRIORITY))
            i = t.find(nm, i + len(nm))
    return out
