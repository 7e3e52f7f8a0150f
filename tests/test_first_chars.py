"""compile_cues: a look-ahead on the first characters, same matches as the plain pattern."""

import random
import re

from ingest.first_chars import compile_cues, first_chars

PATTERNS = [
    r"(?:(?:规模|水平)[^，。]{0,4}(?:较|偏)?(?:小|弱))|(?:不敢(?:融|投))|(?:(?:还|仍)存在[^，。]{0,6}问题)",
    r"(?:存在(?!的)[^，]{1,5}(?:困难|短板))|(?:(?:淡化|弱化)了)",
    r"(?<![为除])(?:(?:青山|东川)市|本市)(?:召开|举行)+会议",
]


def test_lookahead_only_where_re_does_not_skip_by_itself():
    assert first_chars(PATTERNS[0]) == set("规水不还仍")
    assert first_chars("召开|举行|签署") is None  # a word list: re skips on it already
    assert first_chars(r"(?:a|b)?c") is None  # may start with c too: not worked out, left alone
    assert first_chars(r"(?i:(?:a|b)c)|(?:d)x") is None  # case folded: not worked out
    assert first_chars(r"(?:.)x|(?:y)z") is None  # any character


def test_same_matches_as_the_plain_pattern():
    rng = random.Random(7)
    alphabet = "本规模水平较小弱不敢融投还仍存在问题的困难短板淡化弱了青山东川市召开举行会议为除，。甲乙"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    texts += ["青山市规模较小，仍存在一些问题", "不敢融，存在的困难", "为召开会议", "东川市召开举行会议"]
    for p in PATTERNS:
        plain, fast = re.compile(p), compile_cues(p)
        assert fast.pattern != p
        for t in texts:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)]
            assert (fast.match(t) is None) == (plain.match(t) is None)
