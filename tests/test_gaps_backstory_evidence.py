"""gaps6 (issue 9): findings an analyst can act on.

1. Time: a problem told as backstory (a past passage, 曾一度搁置, or one the same document reports
   solved later, 终于…建成) is no current problem: the stalled finding is held back with the
   deciding sentence; the same problem stated as current stays a finding.

Invented names and texts only (青山市, 东方重工集团 …); curated entities through
`ingest --annotations` (problem statements and modalities found by the project's own rules)."""

from __future__ import annotations

import pytest

from graph.analysis.gaps import gaps
from graph.analysis.gaps.backstory import past_problem, solved_cue
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, names, of_kind

GOV = [("青山市政府", "PartyGovBody"), ("青山市军民融合产业园", "IndustrialPark")]


@pytest.mark.parametrize("past", [
    "由于与城市发展矛盾突出，青山市政府很早就启动了新机场项目的前期工作，建设方案受诸多因素制约曾一度搁置。",
    "上世纪八十年代，青山市政府财力薄弱，军工企业转民品步履维艰。",
    "当年，青山市政府与驻地部队之间信息不对称，底数不清。",
])
def test_a_problem_told_as_backstory_is_held_back(tmp_path, past):
    G = graph_of(tmp_path, "青山新机场开工\n" + past, GOV)
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    assert not of_kind(res, "stalled")
    held = of_kind(res, "stalled", "held_back")
    assert names(held) == {"青山市政府"} and "past" in held[0]["held_back"]["reason"]
    assert "history" in held[0]["title"]


@pytest.mark.parametrize("current", [
    "青山市政府启动了新机场项目的前期工作，建设方案受诸多因素制约至今仍未落地。",
    "过去一年，青山市政府与驻地部队之间信息不对称，底数不清。",  # the reporting year: current
    "上世纪八十年代建成的厂房老化，青山市政府财力至今仍然不足。",  # a past time, a present problem
])
def test_a_current_problem_stays_a_finding(tmp_path, current):
    G = graph_of(tmp_path, "青山新机场情况\n" + current, GOV)
    assert "青山市政府" in names(of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled"))


def test_a_problem_the_same_document_reports_solved_is_history(tmp_path):
    text = ("青山市军民融合产业园发展纪实\n青山市军民融合产业园规划多年，建设进度比较慢。"
            "经过三年攻坚，青山市军民融合产业园终于建成投用。")
    res = gaps(graph_of(tmp_path, text, GOV), coverage_thresholds=JUDGE_ALL)
    assert "青山市军民融合产业园" not in names(of_kind(res, "stalled"))
    held = [f for f in of_kind(res, "stalled", "held_back") if "solved" in f["held_back"]["reason"]]
    assert held and "终于" in held[0]["held_back"]["evidence"][-1]["sentence"]
    # the lack restated as still open: no solution reported, the finding stands
    open_ = ("青山市军民融合产业园发展纪实\n青山市军民融合产业园规划多年，建设进度比较慢。"
             "青山市军民融合产业园的问题尚未得到解决。")
    (tmp_path / "b").mkdir()
    res = gaps(graph_of(tmp_path / "b", open_, GOV), coverage_thresholds=JUDGE_ALL)
    assert "青山市军民融合产业园" in names(of_kind(res, "stalled"))


def test_backstory_cues():
    assert past_problem("东方重工集团曾一度资金短缺。") == "曾一度"
    assert not past_problem("东方重工集团资金短缺。")
    assert not past_problem("项目创造了当年拆迁、当年建设、当年投产的速度，但配套仍不完善。")
    assert solved_cue("这一难题如今得到解决。") and not solved_cue("这一难题尚未得到解决。")
    assert solved_cue("終于建成。") == "终于"  # traditional forms folded
