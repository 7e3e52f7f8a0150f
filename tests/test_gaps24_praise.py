"""Praise around a problem word (issue 9, gaps24: the held-out judge's artefact on READ u76).

A pitch or offer that 直击/切中/击中/戳中 the firms' 痛点 answers them: the 痛点 is what it targets
(problem_cues.json "problem_topic_verbs"), not a shortfall the text states of anyone. The solving
verbs (解决, 破解, 打通, 疏通) already negated the cue; a pain point stated as such stays stated.

Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import is_problem, problem_clauses
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind


def test_a_pitch_that_hits_the_pain_points_states_no_problem():
    for s in ("李甲的推介直击企业痛点。", "东方重工集团的方案切中行业痛点。",
              "青山市的政策击中了企业难点。", "这场对接会戳中企业堵点。"):
        assert not is_problem(s), s
        assert problem_clauses(s) == [], s


def test_solving_verbs_still_negate_and_stated_pain_points_stay():
    for s in ("青山市破解企业痛点。", "青山县打通退役军人就业堵点。", "青山县疏通融资堵点。",
              "青山市解决难点问题。"):
        assert not is_problem(s), s
    assert is_problem("青山市企业融资仍有痛点。")
    assert is_problem("青山市军民融合推进缓慢，直击企业痛点的举措不多。")


def test_the_gaps_report_gives_the_city_no_stalled_finding(tmp_path):
    text = ("青山市卫星产业迎利好\n青山市工业用地、厂房价格优势明显。"
            "李甲的推介直击企业痛点。青山市已落地卫星项目21个。")
    res = gaps(graph_of(tmp_path, text, [("青山市", "Location"), ("李甲", "Person")]),
               coverage_thresholds=JUDGE_ALL)
    assert not of_kind(res, "stalled") and not of_kind(res, "stalled", "held_back")
