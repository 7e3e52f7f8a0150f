"""Compile a large word list into one trie-shaped regular expression.

Python's `re` tries the branches of a flat alternation one after another; thousands of place
names as `a|b|c|…` would make every text position cost thousands of comparisons. Factoring the
list into a trie (shared prefixes become one branch) keeps matching close to linear in the text,
with the longest word preferred at each position.
"""

from __future__ import annotations

import re


def trie_pattern(words) -> str:
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node(trie)


def _node(node: dict) -> str:
    end = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _node(node[ch]))
    if not branches:
        return ""
    if len(branches) == 1 and not end:
        return branches[0]
    alt = "(?:" + "|".join(branches) + ")"
    return alt + "?" if end else alt


def compile_words(words, prefix: str = "", suffix: str = "") -> re.Pattern:
    return re.compile(prefix + "(?:" + trie_pattern(words) + ")" + suffix)


def rs_dfa() -> dict:
    """The keyword that builds an ahocorasick_rs automaton as a DFA (speed17).

    The same matches as the library's default (a contiguous NFA for lists of more than a few
    words: the implementation never changes what is found, only how), about 2.5x faster on Chinese
    text: a document's full-text scans by a list of hundreds of words ran at ~25 ns a character.
    The tables cost memory once, with the pipeline's build."""
    import ahocorasick_rs

    return {"implementation": ahocorasick_rs.Implementation.DFA}


class WordMatcher:
    """Leftmost-longest, non-overlapping matches of a word list in a text.

    Uses ahocorasick_rs (Rust) when it is installed, else pyahocorasick (C), else the trie regex
    above; all give the same matches (tests/test_trie_regex.py compares them). pyahocorasick
    looks a node's children up by a linear scan, so a list of thousands of places (over a thousand
    first characters at the root) cost ~300 ns per character of text, the largest single cost of
    the place generator; ahocorasick_rs is ~10x faster on it. `match_at` (anchored) always uses
    the regex.
    """

    def __init__(self, words, backend: str = "", dfa: bool | str = False) -> None:
        self.words = frozenset(w for w in words if w)
        self.regex = compile_words(self.words)
        lengths: dict[str, set[int]] = {}
        for w in self.words:
            lengths.setdefault(w[0], set()).add(len(w))
        # first character -> word lengths, longest first (for match_at)
        self._lengths = {c: tuple(sorted(ns, reverse=True)) for c, ns in lengths.items()}
        self._rs = self._auto = None
        self.dfa = dfa  # (built as a DFA when ahocorasick_rs is there: tests/test_speed17.py)
        self._sorted = sorted(self.words)
        if backend in ("", "rs"):
            try:
                import ahocorasick_rs
            except ImportError:  # pragma: no cover - optional accelerator
                pass
            else:
                # (the lists scanned over every document's text; "all": `longest_at_each_start`'s
                # automaton too, for the lists it is asked of, each a DFA's memory)
                kw = rs_dfa() if dfa else {}
                self._rs = ahocorasick_rs.AhoCorasick(
                    self._sorted, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest, **kw)
                self._rs_all = ahocorasick_rs.AhoCorasick(self._sorted, **(kw if dfa == "all" else {}))
                return
        if backend in ("", "pyac"):
            try:
                import ahocorasick
            except ImportError:  # pragma: no cover - optional accelerator
                return
            auto = ahocorasick.Automaton()
            for w in self.words:
                auto.add_word(w, len(w))
            auto.make_automaton()
            self._auto = auto

    def finditer(self, text: str):
        """(start, end, word) for each match, left to right."""
        if not self.words:  # (an empty list, e.g. no dictionary type switched on: ahocorasick_rs
            return  # would still convert every text it is given, ~0.1 us a character)
        if self._rs is not None:
            if text:
                for _, s, e in self._rs.find_matches_as_indexes(text):
                    yield s, e, text[s:e]
            return
        if self._auto is None:
            for m in self.regex.finditer(text):
                yield m.start(), m.end(), m.group()
            return
        if not text:
            return
        for end_idx, n in self._auto.iter_long(text):
            s = end_idx - n + 1
            yield s, end_idx + 1, text[s:end_idx + 1]

    def longest_at_each_start(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of the longest word starting at each position, overlaps included."""
        best: dict[int, int] = {}
        if not self.words:
            return []
        if self._rs is not None:
            if text:
                for _, s, e in self._rs_all.find_matches_as_indexes(text, overlapping=True):
                    if best.get(s, 0) < e:
                        best[s] = e
            return sorted(best.items())
        if self._auto is None:
            rx = re.compile("(?=(" + trie_pattern(self.words) + "))")
            return [(m.start(1), m.end(1)) for m in rx.finditer(text)]
        if text:
            for end_idx, n in self._auto.iter(text):
                s = end_idx - n + 1
                if best.get(s, 0) < end_idx + 1:
                    best[s] = end_idx + 1
        return sorted(best.items())

    def match_at(self, text: str, pos: int) -> WordMatch | None:
        """The longest word starting at pos (what the anchored trie regex matches), or None.

        Looked up by length in the word set: the regex tries the root's alternatives one by one
        (over a thousand for the place names), a set lookup per candidate length does not.
        """
        pos = max(pos, 0)
        for n in self._lengths.get(text[pos:pos + 1], ()):
            w = text[pos:pos + n]
            if len(w) == n and w in self.words:
                return WordMatch(pos, pos + n, w)
        return None


class WordMatch:
    """The part of re.Match that callers of `match_at` use: start(), end(), span(), group()."""

    __slots__ = ("_s", "_e", "_w")

    def __init__(self, s: int, e: int, w: str) -> None:
        self._s, self._e, self._w = s, e, w

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def span(self) -> tuple[int, int]:
        return self._s, self._e

    def group(self, index: int = 0) -> str:
        if index != 0:
            raise IndexError("no such group")
        return self._w
