"""Speed round 8: shortcuts that must give the answers of the code they spare (output identity is
checked by bench/output_identity.py on the annotated texts; these are the invariants behind it).
Texts and names here are invented."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from ingest.components import head_filters as hf
from ingest.components import name_rules as nr
from ingest.components.name_context import NameContext
from ingest.components.prefilter import first_chars

TYPES = ("PartyGovBody", "Enterprise", "ResearchInstitute", "Association", "MilitaryUnit", "Event",
         "Policy", "IndustrialPark", "Project", "Fund", "Location")
# bodies that set off one filter or another when its type and head fit
BODIES = ("各类", "重要", "有关", "国家", "省级", "一批", "全日制普通高等学校", "爱国主义教育",
          "合作框架协议", "青山市人武部", "航空科普主题", "第一次", "两县", "首个省级",
          "央属军工", "城市总体", "重要生产",
          "浦东", "中共", "军民融合领域", "甲某副主任乙某宣读青山", "唯一", "各具特色的", "县(市、区)")
TEXT = "建设一批各具特色的青山市军民融合发展委员会办公室，“东川”之都战略联盟规划面积。"


@pytest.fixture(scope="module")
def ctx():
    return NameContext()


def test_only_for_restates_each_filters_opening_test(ctx):
    """Where ONLY_FOR says no, the filter itself says no (so `rejected` may skip it)."""
    heads = sorted(nr.HEAD_INFO)
    for name, only in hf.ONLY_FOR.items():
        fn = hf.FILTERS[name]
        for head, typ, body in itertools.product(heads, TYPES, BODIES):
            if only(typ, head):
                continue
            for start in (0, 2, 9):
                t = TEXT[:start] + body + head + TEXT[start:]
                h = hf.HeadCand(t, head, typ, nr.HEAD_INFO[head][1], body, start, start + len(body),
                                start + len(body) + len(head))
                assert not fn(ctx, h), (name, head, typ, body, start)


def test_count_before_words_are_the_pattern():
    """counted_before's endswith tests answer as COUNT_BEFORE.search(t, s - 6, s) did ($ included)."""
    alpha = list("一批系列若干些多个项各类大具特色的\n，园区")
    rnd = random.Random(8)
    for _ in range(20000):
        t = "".join(rnd.choice(alpha) for _ in range(rnd.randint(0, 12)))
        s = rnd.randint(0, len(t))
        h = hf.HeadCand(t, "园区", "IndustrialPark", "park", t[s:], s, len(t), len(t))
        assert hf.counted_before(None, h) == bool(nr.COUNT_BEFORE.search(t, max(0, s - 6), s)), (t, s)


@pytest.mark.parametrize("name", ["LEADING_COUNT", "COUNT_AFTER", "BODY_LEADING_DATE", "DAY_BEFORE_NAME"])
def test_gates_are_necessary(name):
    """The set and 年 tests before these regex calls only skip calls that find nothing."""
    rx = getattr(nr, name)
    firsts = first_chars(rx)
    assert firsts
    for text in ("2024年5月6日青山", "二〇二四年度东川", "第三轮青山", "3个重点实验室", "12月青山",
                 "首批国家"):
        for pos in range(len(text)):
            m = rx.match(text, pos)
            if m:
                assert text[pos] in firsts
                if name in ("BODY_LEADING_DATE", "DAY_BEFORE_NAME"):
                    assert text.startswith("年", pos + 4)


def test_name_list_look_ahead_changes_no_match():
    """NAME_LIST_RE with its linear look-ahead finds what the pattern without it finds."""
    src = nr.NAME_LIST_RE.pattern
    guard = r"(?=[，,][^。\n]{3,62}?(?:出席|参加|列席))"
    assert guard in src
    plain = re.compile(src.replace(guard, ""), nr.NAME_LIST_RE.flags)
    texts = ["会上，甲某、乙某，省委常委，丙某、丁某等出席了会议。",
             "。甲某、乙某，青山市委书记，市长丙某参加活动",
             "，甲某、乙某、丙某，" + "很" * 40 + "，出席会议", "，甲某、乙某，" + "很" * 29 + "、列席了仪式"]
    for t in texts:
        assert [m.span(1) for m in nr.NAME_LIST_RE.finditer(t)] == [m.span(1) for m in plain.finditer(t)]


def test_coverage_reuse_is_a_fresh_copy():
    """coverage() of the same list again: equal bytes, and a copy the caller may write into."""
    from ingest.components.candidate import Cand, coverage

    cands = [Cand(1, 3, "Location", "x", 0.5), Cand(5, 6, "Person", "y", 0.5)]
    first = coverage(8, cands)
    first[0] = 1  # a generator marks what it took in its own copy
    again = coverage(8, cands)
    assert again == bytearray(b"\x00\x01\x01\x00\x00\x01\x00\x00\x00")
    assert coverage(8, cands + [Cand(0, 1, "Person", "z", 0.5)])[0] == 1
    assert coverage(9, cands) == bytearray(b"\x00\x01\x01\x00\x00\x01\x00\x00\x00\x00")


def test_title_words_match_title_re(ctx):
    """_title_names reads the titles by Aho-Corasick: title_re.finditer's matches, in order."""
    text = ("青山市副市长甲某、市委书记乙某，记者 丙某 通讯员丁某报道。局长、副局长、党组书记戊某出席，"
            "主任委员己某，省军区司令员庚某，代表辛某")
    got = list(ctx.title_words.finditer(text))
    assert got == [(m.start(), m.end(), m.group()) for m in ctx.title_re.finditer(text)]
    assert got


def test_name_title_matches_are_finditers(ctx):
    """name_title_matches: name_title_re.finditer's matches, tried only before a person title."""
    texts = ["刘某生市长实地查看，王某师书记结合实际。\n张某副主任说", "我委李某处长、赵某局长和钱某",
             "甲乙丙丁书记", "", "市长", "，王某书记书记，陈某某副县长"]
    for t in texts:
        assert [(m.span(), m.groups()) for m in ctx.name_title_matches(t)] == \
            [(m.span(), m.groups()) for m in ctx.name_title_re.finditer(t)], t
