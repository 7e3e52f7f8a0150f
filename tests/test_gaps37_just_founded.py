"""gaps37 (issue 9 precision): a fund signed into being in the news that reports it (青山基金正式签约
成立), or named right after a completed founding verb (牵头成立了青山产业发展基金), is just founded:
it has funded nothing yet, and the orphan is held back (gap_rules.json "founding_cues",
"founding_before_name"). 成立了 before another name founds that one. Invented names and texts only."""

from __future__ import annotations

import pytest

from graph.analysis.gaps import gaps
from graph.analysis.gaps.orphans import founded_before_name
from tests.test_gaps13_holdbacks import JUDGE_ALL, _orphans
from tests.test_gaps_problem_statements import graph_of

FUND = "青山市军民融合产业基金"


@pytest.mark.parametrize("founding", [
    "5月17日，青山市军民融合产业基金正式签约成立，该基金将为东川地区的航空产业提供资金支持。",
    "青山市发改委还牵头成立了青山市军民融合产业基金，总规模达50亿元。",
])
def test_a_fund_signed_or_set_up_in_the_news_is_held_back_as_just_founded(tmp_path, founding):
    text = "青山市军民融合产业基金助力军民融合发展。\n" + founding
    G = graph_of(tmp_path, text, [(FUND, "Fund"), ("青山市", "Location")])
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    assert FUND not in _orphans(res, "findings")
    held = _orphans(res, "held_back")[FUND]["held_back"]
    assert "just founded" in held["reason"] and held["evidence"][0]["sentence"] == founding


def test_a_founding_verb_before_another_name_does_not_found_the_fund():
    s = "青山市军民融合产业基金牵头成立了东川航天产业联盟。"
    assert not founded_before_name(s, [FUND])
    assert founded_before_name("东川区成立了青山市军民融合产业基金。", [FUND])


def test_a_fund_named_beside_an_alliance_founded_stays_an_orphan(tmp_path):
    text = ("青山市军民融合产业基金助力军民融合发展。\n"
            "青山市军民融合产业基金牵头成立了东川航天产业联盟，规模达到10亿元。")
    G = graph_of(tmp_path, text, [(FUND, "Fund"), ("青山市", "Location")])
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    assert FUND in _orphans(res, "findings")
