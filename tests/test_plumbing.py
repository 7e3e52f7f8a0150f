"""Engine plumbing: indexed lookups and fast paths must give what the plain code they replace gives
(invented strings and prefix lists, including prefixes that chain)."""

from __future__ import annotations

import random

from ingest.components.grouping import _NO_QUOTES, _quotes_out
from ingest.components.relation_base import RuleBase


def _plain(s: str, i: int, b: int, prefixes: list[str]) -> tuple[int, bool]:
    moved = False
    for p in prefixes:
        if s.startswith(p, i) and i + len(p) <= b:
            i += len(p)
            moved = True
    return i, moved


def test_indexed_prefix_skip_equals_the_loop():
    rnd = random.Random(3)
    lists = [["据悉", "近日", "其中", "第一", "同时", "近年来", "据", "会上", "今年", "第"],
             ["甲", "甲乙", "乙", "乙甲", "丙甲"], ["", "甲"]]
    rb = RuleBase.__new__(RuleBase)  # only the helper's own state is used
    pieces = ["据悉", "近日", "其中", "第一", "同时", "甲", "乙", "丙", "会上", "，", "青山"]
    for prefixes in lists:
        rb._prefix_index = None
        for _ in range(400):
            s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
            i = rnd.randint(0, len(s))
            b = rnd.randint(i, len(s))
            assert rb._skip_prefixes(s, i, b, prefixes) == _plain(s, i, b, prefixes), (s, i, b)


def test_quotes_out_equals_the_translate_table():
    rnd = random.Random(4)
    pool = list("\"'“”‘’《》「」『』 \u3000青山市东方集团")
    for _ in range(3000):
        t = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 12)))
        assert _quotes_out(t) == t.translate(_NO_QUOTES), t
