"""gaps37 (issue 9 precision): a 不-cue inside a relative clause that picks out people or bodies
(不参加演练的市民, 经营不善的企业) says who is meant, not that anything falls short: no problem clause
(problem_cues.json "relative_negation"). The yardstick's own stalled finding on a city from a
siren-test notice was such a clause. Invented names and texts only."""

from __future__ import annotations

import pytest

from graph.analysis.gaps import gaps
from ingest.components.modality import problem_clauses
from tests.test_gaps_problem_statements import graph_of

JUDGE_ALL = {"min_documents": 0, "min_facts": 0, "mandate_min_reports": 0, "orphan_min_sentences": 0}


@pytest.mark.parametrize("sentence", [
    "演练期间，不参加防空演练的市民听到警报后，可注意听辨警报信号，但不需要采取任何行动。",
    "同时建立退出机制，将经营不善、管理混乱的企业淘汰出局。",
    "青山县对落实不够好的几个乡(镇)进行通报批评。",
])
def test_a_negation_picking_out_people_or_bodies_is_no_problem_clause(sentence):
    assert problem_clauses(sentence) == []


@pytest.mark.parametrize("sentence", [
    "青山市部分单位不参加防空演练，演练效果不理想。",
    "东川区融合效果不理想的问题比较突出。",
    "青山县人防工程建设不合理的情况依然存在。",
])
def test_a_negation_stating_a_shortfall_stays_a_problem_clause(sentence):
    assert problem_clauses(sentence)


def test_a_siren_test_notice_gives_the_city_no_stalled_finding(tmp_path):
    text = ("青山市将于9月16日进行防空警报试鸣。\n"
            "青山市人民防空办公室提醒，试鸣期间，不参加防空演练的市民在听到警报信号后，"
            "可注意听辨各种警报信号，但不需要采取任何行动。")
    ents = [("青山市", "Location"), ("青山市人民防空办公室", "PartyGovBody")]
    res = gaps(graph_of(tmp_path, text, ents), coverage_thresholds=JUDGE_ALL)
    stalled = [f for f in (*res["findings"], *res["held_back"]) if f["kind"] == "stalled"]
    assert stalled == []
