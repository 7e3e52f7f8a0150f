"""jieba's word segmentation for the rules' short bodies, without jieba.lcut's per-call wrapper.

The entity rules ask jieba for the words of a name body, a place's surroundings or a candidate
name thousands of times per document set (which leading words are verbs, whether a place stands on
word boundaries, whether a body holds a proper name). `jieba.lcut` first splits its input into runs
of Chinese and alphanumeric characters (`jieba.re_han_default`) and then segments each run; on a
text that is one such run (nearly every body) the result is exactly the segmentation of that run,
and the split, the generator chain and the decoding around it were a quarter of the call
(~34 -> ~25 us a body, HMM off). Such a text goes straight to the run segmenter jieba itself uses
(jieba 0.42's `Tokenizer.__cut_DAG` / `__cut_DAG_NO_HMM` on the default tokenizer); any other text
goes through `jieba.lcut`. tests/test_segment.py compares both on every stretch of sample texts.

The run segmenter itself is done here (`_route`, `_words_no_hmm`, `_words_hmm`): jieba's steps
(the DAG of dictionary words, the best route over it, the words along the route) cost three
Python frames and a generator per position; fused, with the same arithmetic in the same order (so
the same route, ties included), a body costs ~40% less without HMM (most calls).
"""

from __future__ import annotations

from math import log

import jieba
from jieba import finalseg

_RUN = jieba.re_han_default  # (the class jieba.cut splits on: one match is one run)
_SKIP = jieba.re_skip_default  # (white space, which jieba.cut keeps as words of their own)


def lcut(text: str, HMM: bool = True) -> list[str]:  # noqa: N803 (jieba's own keyword)
    """`jieba.lcut(text, HMM=HMM)`, the same list of words."""
    if text and _RUN.fullmatch(text):
        return _words_hmm(text) if HMM else _words_no_hmm(text)
    # jieba 0.42's `Tokenizer.cut` (cut_all False) written out: each run by the run segmenter
    # above, white space kept as words, any other character a word of its own. Its generator
    # chain and jieba's own route (`get_DAG`, `calc`) cost ~1% of a first pass over the bench's
    # texts (speed19; tests/test_speed19.py compares with jieba.lcut)
    words = _words_hmm if HMM else _words_no_hmm
    out: list[str] = []
    for blk in _RUN.split(text):
        if not blk:
            continue
        if _RUN.match(blk):
            out += words(blk)
        else:
            for x in _SKIP.split(blk):
                if _SKIP.match(x):
                    out.append(x)
                else:
                    out.extend(x)
    return out


_ENG = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # jieba.re_eng


def _route(sentence: str) -> list[tuple[float, int]]:
    """jieba 0.42's `Tokenizer.get_DAG` and `Tokenizer.calc` in one right-to-left pass (a
    position's DAG entries are needed only there): route[k] = (best log probability of
    sentence[k:], last index of the word starting at k), with jieba's arithmetic in jieba's order,
    so the same route, ties included."""
    dt = jieba.dt
    dt.check_initialized()
    freq = dt.FREQ
    n = len(sentence)
    get = freq.get
    logtotal = log(dt.total)
    route: list[tuple[float, int]] = [(0, 0)] * (n + 1)
    for k in range(n - 1, -1, -1):
        # the dictionary words starting at k (get_DAG), each scored as it is found, the best kept
        # (calc's max: the first of equal scores); no list of them (speed19)
        best = None
        i = k
        # (`frag in freq` then `freq[frag]`, as one lookup: a frequency is an int, never None)
        while i < n and (f := get(sentence[k:i + 1])) is not None:
            if f:
                cand = (log(f) - logtotal + route[i + 1][0], i)
                if best is None or cand > best:
                    best = cand
            i += 1
        # (none: the character alone, frequency 0 or unknown: log(1), calc's `or 1`)
        route[k] = best if best is not None else (0.0 - logtotal + route[k + 1][0], k)
    return route


_ROUTES: dict[str, list[tuple[float, int]]] = {}
_ROUTES_MAX = 20_000


def _shared_route(sentence: str) -> list[tuple[float, int]]:
    """`_route(sentence)`, computed once for both segmentations: the rules ask for a body's words
    with HMM (`specific`) and without (`_lead_cut`, `_on_token_bounds`), whose routes are the same
    (about a quarter of the routes of a first pass over the bench's texts were asked twice). The
    routes are read, never changed; the table is emptied when full."""
    route = _ROUTES.get(sentence)
    if route is None:
        if len(_ROUTES) >= _ROUTES_MAX:
            _ROUTES.clear()
        route = _ROUTES[sentence] = _route(sentence)
    return route


def _words_no_hmm(sentence: str) -> list[str]:
    """`Tokenizer.__cut_DAG_NO_HMM(sentence)` as a list: the route's words, single Latin letters
    and digits glued into one word as jieba does."""
    route = _shared_route(sentence)
    out: list[str] = []
    buf = ""
    x, n = 0, len(sentence)
    while x < n:
        y = route[x][1] + 1
        word = sentence[x:y]
        if y - x == 1 and word in _ENG:
            buf += word
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(word)
        x = y
    if buf:
        out.append(buf)
    return out


def _words_hmm(sentence: str) -> list[str]:
    """`Tokenizer.__cut_DAG(sentence)` as a list: the route's words, a run of single characters
    that is no dictionary word re-cut by jieba's HMM (finalseg), as jieba does."""
    route = _shared_route(sentence)
    freq = jieba.dt.FREQ
    out: list[str] = []
    buf = ""
    x, n = 0, len(sentence)
    while x < n:
        y = route[x][1] + 1
        if y - x == 1:
            buf += sentence[x]
        else:
            if buf:
                _flush(buf, freq, out)
                buf = ""
            out.append(sentence[x:y])
        x = y
    if buf:
        _flush(buf, freq, out)
    return out


def _flush(buf: str, freq: dict[str, int], out: list[str]) -> None:
    if len(buf) == 1:
        out.append(buf)
    elif not freq.get(buf):
        out.extend(finalseg.cut(buf))
    else:
        out.extend(buf)


def prefix_table() -> dict[str, int]:
    """jieba's word table, which also holds every prefix of every dictionary word (with frequency
    0 when the prefix is no word itself): a string that is not a key starts no dictionary word, so
    a walk over a body's prefixes can stop there (jieba's own DAG builder stops the same way)."""
    jieba.dt.check_initialized()
    return jieba.dt.FREQ
