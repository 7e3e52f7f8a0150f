"""Speed round 16 (docs/BENCHMARKS.md, seventeenth pass): tests put before the work they gate, work
done on its first truth test. Output identity over every text at hand is checked by
bench/output_identity.py; these hold the invariants the changes rest on."""

from __future__ import annotations

import random
from math import log

import jieba

from tests.text_helpers import sample_and_dev_texts

_texts = sample_and_dev_texts


def _ctx():
    from ingest.components.name_context import NameContext

    return NameContext()


def _inside_place_word_reference(ctx, t: str, i: int, end: int) -> bool:
    """`_inside_word`'s place-word loop as it was before the pair gate."""
    for a in range(max(0, i - 5), i - 1):
        for b in range(i + 1, min(end, a + 7) + 1):
            if t[a:b] in ctx.place_words:
                return True
    return False


def test_place_pairs_gate_same_answers():
    """The two-character gate passes every start a place word can open at (every place word is
    found behind it), on every position of the sample texts and on place words glued together."""
    ctx = _ctx()
    assert all(w[:2] in ctx._place_pairs for w in ctx.place_words)
    rng = random.Random(16)
    words = sorted(ctx.place_words)
    texts = _texts()[:6] + ["".join(rng.choice(words) for _ in range(8)) for _ in range(20)]
    for t in texts:
        for i in range(2, len(t)):
            for end in (i, i + 3, len(t)):
                ref = _inside_place_word_reference(ctx, t, i, end)
                pw, pairs = ctx.place_words, ctx._place_pairs
                got = any(t[a:b] in pw for a in range(max(0, i - 5), i - 1) if t[a:a + 2] in pairs
                          for b in range(i + 1, min(end, a + 7) + 1))
                assert got == ref, (t[max(0, i - 6):i + 6], i, end)
            closes = any(t[i - k:i + x] in ctx.place_words for k in range(2, 6) if k <= i for x in (0, 1))
            assert ctx._place_closes_at(t, i) == closes


def test_lazy_specific_is_specific_body():
    from ingest.components import gen_heads as G

    ctx = _ctx()
    t = "青山市人民政府与东方航空集团签署协议，某某研究院和“星火”工程落户潘家庄镇。"
    for body in ("青山市人民", "东方航空", "某某", "“星火”", "潘家庄镇", "有关", "相关单位"):
        lazy = G._LazySpecific(ctx, t, body)
        assert bool(lazy) == G._specific_body(ctx, t, body)
        assert bool(lazy) == G._specific_body(ctx, t, body)  # (asked twice: worked out once)


def _jieba_route(sentence: str) -> dict:
    dt = jieba.dt
    dt.check_initialized()
    route: dict = {}
    dt.calc(sentence, dt.get_DAG(sentence), route)
    return route


def test_route_as_jieba_calc():
    from ingest.components import segment

    for t in _texts()[:4]:
        for run in jieba.re_han_default.findall(t)[:200]:
            if not run:
                continue
            mine = segment._route(run)
            ref = _jieba_route(run)
            assert [mine[k] for k in range(len(run))] == [ref[k] for k in range(len(run))], run
    assert log(1) == 0.0
