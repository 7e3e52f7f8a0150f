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


def test_alternation_matches_as_the_flat_alternation_longest_first():
    """lexicon.alternation is a trie now; inside any pattern (a lazy group before it, a mark that
    must follow it) it matches what `a|b|…` sorted longest first matched."""
    import re

    from ingest.components.lexicon import alternation

    words = ["主任", "副主任", "主任委员", "书记", "副书记", "党委书记", "局长", "副局长", "长", "主"]

    def flat(ws):
        return "|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True))

    rng = random.Random(7)
    alphabet = "主任副委员书记党局长青山市（）)、"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(400)]
    texts += ["青山市委副书记张某", "王某(青山市副局长)", "李某主任委员）", ""]
    for frame in ("(?:{})", "([青山市]{{1,3}}?)(?:{})", "(?:{})[)）]", "(.{{0,4}}?)(?:{})(?=、)"):
        a = re.compile(frame.format(flat(words)))
        b = re.compile(frame.format(alternation(words)))
        for t in texts:
            assert [(m.span(), m.groups()) for m in a.finditer(t)] == \
                [(m.span(), m.groups()) for m in b.finditer(t)]
            for i in range(len(t)):
                ma, mb = a.match(t, i), b.match(t, i)
                assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups()))
    assert re.fullmatch(alternation(["", "主任"]), "") and re.fullmatch(alternation(["", "主任"]), "主任")
