"""A gap still left to a goal is a stated problem (issue 9, gaps32; class from the stated-tier READ
batches u44, u57 and u83): 还有一定差距, 仍有差距, 存在较大差距, …有差距 are shortfall cues for the
problem-statement reader (problem_cues.json "statement_patterns"; a relation's modality is
unchanged); 没有差距, 找差距 (a topic: find the gaps) and 缩小差距 (a remedy) state none.

Curated entities through `ingest --annotations`, then `gaps`. Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import problem_clauses
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, names, of_kind


def test_a_gap_left_is_a_problem_clause():
    assert problem_clauses("其中,青山街道完成率63.5%,与完成年度兵役登记任务还有一定差距。")
    assert problem_clauses("学习贯彻上级部署有差距。")
    assert problem_clauses("与先进地区相比,东川县还存在较大差距。")


def test_no_gap_or_a_gap_to_find_or_close_is_none():
    assert problem_clauses("与去年相比,东川县完成率没有差距。") == []
    assert problem_clauses("要学经验、找差距、明方向。") == []
    assert problem_clauses("青山县着力缩小城乡差距。") == []


def test_a_gap_left_gives_a_stalled_finding(tmp_path):
    text = ("青山市兵役登记工作通报\n从目前情况看,部分单位兵役登记完成率偏慢,其中,甲乙街道63.5%,"
            "与完成18周岁兵役登记任务还有一定差距。")
    G = graph_of(tmp_path, text, [("甲乙街道", "Location"), ("青山市", "Location")])
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    assert names(found) == {"甲乙街道"}
