"""WordMatcher gives the same matches whichever backend runs it (ahocorasick_rs, pyahocorasick,
the trie regex): leftmost-longest non-overlapping for `finditer`, the longest word at each start
for `longest_at_each_start`. Words and texts are invented, built so that words overlap, nest and
abut (the cases where the backends' rules could differ)."""

from __future__ import annotations

import random

import pytest

from ingest.components.trie_regex import WordMatcher

WORDS = ["青山", "青山市", "青山县", "山市", "市", "东方", "东方重工", "重工集团", "东方重工集团", "集团",
         "湖", "白鹭湖", "白鹭", "鹭湖区", "湖区", "区", "新区", "白鹭湖新区", "工", "AB", "ABC", "BC"]


def _texts() -> list[str]:
    rnd = random.Random(11)
    filler = list("的和与及，。、在省县") + [" ", "\n", "（", "）"]
    out = ["", "青", "青山市东方重工集团", "白鹭湖新区白鹭湖区湖", "ABCBCAB",
           "𠀀青山市😀东方重工集团"]  # characters outside the BMP too
    for _ in range(300):
        out.append("".join(rnd.choice(WORDS) if rnd.random() < 0.6 else rnd.choice(filler)
                           for _ in range(rnd.randint(1, 40))))
    return out


@pytest.mark.parametrize("backend", ["rs", "pyac"])
def test_backends_agree_with_the_trie_regex(backend):
    fast = WordMatcher(WORDS, backend=backend)
    ref = WordMatcher(WORDS, backend="regex")
    assert ref._rs is None and ref._auto is None
    for t in _texts():
        assert list(fast.finditer(t)) == list(ref.finditer(t)), t
        assert fast.longest_at_each_start(t) == ref.longest_at_each_start(t), t


def test_default_backend_is_the_fastest_installed():
    m = WordMatcher(WORDS)
    assert m._rs is not None  # ahocorasick_rs is a dependency (pyproject.toml)
    assert list(m.finditer("青山市东方重工集团在白鹭湖新区")) == [
        (0, 3, "青山市"), (3, 9, "东方重工集团"), (10, 15, "白鹭湖新区")]


def test_match_at_is_the_anchored_regex():
    m = WordMatcher(WORDS)
    for t in _texts():
        for pos in range(-1, len(t) + 2):
            a, b = m.regex.match(t, pos), m.match_at(t, pos)
            assert (a is None) == (b is None), (t, pos)
            if a is not None:
                assert (a.start(), a.end(), a.group(), a.span()) == (b.start(), b.end(), b.group(), b.span())
