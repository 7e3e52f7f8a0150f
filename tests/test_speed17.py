"""Speed round 17 (docs/BENCHMARKS.md, eighteenth pass): posseg's cues look for the run around each
cue only, and the Aho-Corasick automata scanned over every document's text are DFAs. Output
identity over every text at hand is checked by bench/output_identity.py; these hold the invariants
the changes rest on."""

from __future__ import annotations

import random
import re

import jieba
import pytest

from tests.text_helpers import sample_and_dev_texts

ahocorasick_rs = pytest.importorskip("ahocorasick_rs")


def _texts() -> list[str]:
    rng = random.Random(17)
    alphabet = "一中国鿕鿖龥aZ09+#&._%-：:，, 　（）X\u9fd6é甲某某局长"
    return sample_and_dev_texts()[:8] + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
                                         for _ in range(3000)]


def test_run_at_is_the_run_jieba_cuts():
    """`_run_at(t, i)` is the match of jieba.re_han_default.finditer(t) that holds i (None between
    them), at every position: what `_cues` read off the list of every run before."""
    from ingest.components import gen_posseg as gp

    for t in _texts():
        spans = [m.span() for m in jieba.re_han_default.finditer(t)]
        at = [None] * len(t)
        for s, e in spans:
            at[s:e] = [(s, e)] * (e - s)
        assert [gp._run_at(t, i) for i in range(len(t))] == at


def test_colons_as_the_regex_found_them():
    from ingest.components import gen_posseg as gp

    for t in _texts():
        assert gp._colons(t) == [m.start() for m in re.finditer("[：:]", t)]


def _dfa_matchers():
    from ingest.components import gen_places, gen_posseg
    from ingest.components.name_context import NameContext

    ctx = NameContext()
    return {"head_matcher": ctx.head_matcher, "gaz_re": ctx.gaz_re, "county_re": ctx.county_re,
            "title_words": ctx.title_words, "person_title_words": ctx.person_title_words,
            "posseg _BEFORE": gen_posseg._BEFORE, "posseg _AFTER": gen_posseg._AFTER,
            "NAME_HEADS": gen_places.NAME_HEADS}


def test_dfa_matchers_find_what_the_default_automaton_finds():
    """Each matcher built as a DFA gives the leftmost-longest matches and the longest word at each
    start of the library's default automaton (and of the trie regex) on the texts and on its own
    words glued together, overlaps included."""
    from ingest.components.trie_regex import WordMatcher

    rng = random.Random(171)
    for name, m in _dfa_matchers().items():
        assert m.dfa, name
        ref = WordMatcher(m.words)
        assert not ref.dfa
        words = sorted(m.words)
        glued = ["".join(rng.choice(words) + rng.choice(["", "，", "的"]) for _ in range(30))
                 for _ in range(20)]
        for t in sample_and_dev_texts()[:8] + glued:
            assert list(m.finditer(t)) == list(ref.finditer(t)), name
            assert m.longest_at_each_start(t) == ref.longest_at_each_start(t), name


def test_dfa_scans_of_the_relation_cues_and_problem_words():
    """The relation rules' cue scan (overlapping matches, per sentence) and the problem words' scan
    (each occurrence counted) give the default automaton's matches, in its order."""
    from ingest.components import modality
    from ingest.components.relation_base import cue_scan

    cs = cue_scan()
    ref = ahocorasick_rs.AhoCorasick(cs.words).find_matches_as_indexes
    find, _counts = modality._problem_word_scan()
    pref = ahocorasick_rs.AhoCorasick(list(dict.fromkeys(modality.cues()["problem"])),
                                      matchkind=ahocorasick_rs.MatchKind.Standard).find_matches_as_indexes
    for t in sample_and_dev_texts():
        for s in re.split("[。！？\n]", t):
            assert cs._find(s, overlapping=True) == ref(s, overlapping=True)
            assert find(s, overlapping=True) == pref(s, overlapping=True)
