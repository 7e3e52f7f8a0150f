"""Speed round 19 (docs/BENCHMARKS.md, twentieth pass): loops over characters, words and keys
done by one C routine, work done for every sentence done on first use, jieba's segmentation
written out. Output identity over every text at hand is checked by bench/output_identity.py;
these hold the invariants each change rests on (each new form against the form it replaced)."""

from __future__ import annotations

import random
import re

from tests.text_helpers import sample_and_dev_texts

_ALPHABET = "ab1 \n\r\t\u3000中国军民融合发展。，、（）()《》“”-._%#&+青山市委巿陜峯羣爲部局"


def _random_texts(n: int, longest: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, longest))) for _ in range(n)]


def _stretches() -> list[str]:
    """Pieces of 1 to 40 characters from every sample and dev text, and the texts themselves."""
    rnd = random.Random(19)
    out = []
    for t in sample_and_dev_texts():
        out.append(t)
        out += [t[i:i + rnd.randint(1, 40)] for i in range(0, len(t), 11)]
    return out


def test_view_fold_is_the_variant_loop():
    """view_fold's one search for a variant character gives what the replacement loop gives, on
    short texts (the search) and long ones (the loop), with and without variants."""
    from ingest.textfold import VARIANTS, _fold, view_fold

    def loop(text: str) -> str:
        out = _fold(text)
        for v, c in VARIANTS.items():
            if v in out:
                out = out.replace(v, c)
        return out

    texts = _random_texts(3000, 40, 1) + [t * 20 for t in _random_texts(50, 40, 2)] + _stretches()
    assert [view_fold(t) for t in texts] == [loop(t) for t in texts]


def test_resolver_order_is_the_key_tuple_order():
    """The four stable sorts give the order of the key (-(end - start), -priority, -confidence,
    start), ties (same span, priority and confidence) in input order, so the same candidates kept."""
    from ingest.components.candidate import Cand
    from ingest.components.resolver import resolve_overlaps

    def old(cands):
        order = sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, -c.confidence, c.start))
        taken = bytearray(max((c.end for c in cands), default=0) + 1)
        kept = []
        for c in order:
            if any(taken[c.start:c.end]):
                continue
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
            kept.append(c)
        return sorted(kept, key=lambda c: c.start)

    rnd = random.Random(5)
    for _ in range(500):
        cands = []
        for k in range(rnd.randint(0, 30)):
            s = rnd.randint(0, 40)
            conf, prio = rnd.choice((0.5, 0.7, 0.7, 1)), rnd.choice((0, 0, 1, 2))
            cands.append(Cand(s, s + rnd.randint(0, 6), "Enterprise", f"src{k}", conf, prio))
        got = resolve_overlaps(cands)
        assert [id(c) for c in got] == [id(c) for c in old(cands)]


def test_all_cjk_is_the_character_loop():
    from ingest.components.candidate import ALL_CJK, is_cjk

    for t in _random_texts(3000, 8, 3) + ["", "中", "〇", "一鿿", "\u9fff\u4e00", "\u3400"]:
        assert (ALL_CJK(t) is not None) == all(is_cjk(c) for c in t), t


def test_clause_spans_on_first_use():
    """A view's clause spans are worked out when first asked for (most views never are), and are
    the spans `_clauses` gives; clause_index reads them whichever is asked first."""
    from ingest.components.relation_view import SentView, _clauses

    for masked in _random_texts(300, 30, 4) + ["甲，乙；丙。", "，，", ""]:
        v = SentView(0, 0, len(masked), masked, masked, [range(0, len(masked))], {})
        assert v._clause_spans is None
        by_index = [v.clause_index(p) for p in range(len(masked) + 1)]
        assert v.clause_spans == _clauses(masked)
        assert v.clause_starts == [a for a, _ in _clauses(masked)]
        expected = []
        for p in range(len(masked) + 1):
            k = next((i for i, (a, b) in enumerate(v.clause_spans) if a <= p < b), None)
            expected.append(k)
        assert by_index == expected


def test_route_is_jiebas():
    """segment._route (each word scored as it is found, one lookup per fragment) is jieba's
    get_DAG + calc, ties included."""
    import jieba

    from ingest.components import segment

    jieba.initialize()
    dt = jieba.dt
    for text in [t for t in _stretches() if t and segment._RUN.fullmatch(t)][:3000]:
        route: dict = {}
        dt.calc(text, dt.get_DAG(text), route)
        assert segment._route(text) == [route[k] for k in range(len(text) + 1)], text


def test_lcut_of_several_runs_is_jiebas():
    """segment.lcut on a text of several runs (digits, Latin, punctuation, white space between
    Chinese runs) gives jieba.lcut's words, with and without HMM."""
    import jieba

    from ingest.components import segment

    jieba.initialize()
    texts = _stretches() + _random_texts(2000, 25, 6)
    for hmm in (True, False):
        assert [segment.lcut(t, HMM=hmm) for t in texts] == [jieba.lcut(t, HMM=hmm) for t in texts]


def test_sentence_spans_without_the_empty_matches():
    from ingest.components import sentences

    def old(text):
        spans = []
        for m in sentences._SENT.finditer(text):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
        return spans

    for t in _random_texts(5000, 30, 7) + sample_and_dev_texts():
        assert sentences.sentence_spans(t) == old(t)


def test_non_overlapping_is_the_key_tuple_order():
    from ingest.components.relation_view import EntMention, non_overlapping

    def old(mentions):
        out = []
        for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
            if out and m.start < out[-1].end:
                continue
            out.append(m)
        return out

    rnd = random.Random(8)
    for _ in range(500):
        ms = []
        for k in range(rnd.randint(0, 20)):
            s = rnd.randint(0, 30)
            ms.append(EntMention(s, s + rnd.randint(0, 5), f"n{k}", "Enterprise"))
        assert [id(m) for m in non_overlapping(ms)] == [id(m) for m in old(ms)]


def test_word_tuple_tests_keep_their_lists():
    """The word lists the rules now test with one endswith/startswith are read as tuples (a dict's
    keys for the government heads): the same words as the generator loops read."""
    from ingest.components.name_rules import NOT_STOP_AFTER, STOP_WORD_INSIDE

    assert all(isinstance(v, tuple) for v in NOT_STOP_AFTER.values())
    assert all(isinstance(v, tuple) for v in STOP_WORD_INSIDE.values())
    assert re.fullmatch("[\u4e00-\u9fff]*", "") is not None  # (ALL_CJK's pattern accepts "")
