"""gaps16 (issue 9): a problem the same document reports put right, wherever in the document.

The held-out judge of u53–u58 found every artefact of the start code's findings to be one class: a
problem reported open though the same document says it was fixed. Three forms, each held back
with the deciding sentence (graph/analysis/gaps/backstory.py; words in graph/data/holdback_cues.json
"backstory"):
- an echo: what the problem says is not done (尚未编制, 没有将X列入Y) another sentence of the
  document, anywhere in it, repeats as done (于…编制完成…, 全部将X列入了Y), even an item of a
  rectification list worded with a planning verb;
- a follow-up's lead that reports the problems as a whole solved (…提到的问题我们都已经解决了),
  further before the problem sentence than the look-back window;
- a completion clause after the problem clause in its own sentence (…落实不到位，经督促各乡镇全部将…列入了…).
An ordered, planned or still-missing remedy leaves the problem open.

Invented names and texts only (青山市, 东川镇 …)."""

from __future__ import annotations

import pytest

from graph.analysis.gaps import gaps
from graph.analysis.gaps.backstory import echoed_done, general_solved
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind

BODIES = [("青山市国动办", "PartyGovBody"), ("青山市人武部", "MilitaryUnit"), ("青山市政府", "PartyGovBody"),
          ("青山烈士陵园", "PartyGovBody")]
FILLER = "青山市政府召开专题会议。会议听取了工作汇报。与会人员进行了讨论。"

ECHO = ("青山市国动办巡察整改情况\n二、整改落实情况\n1.青山市国动办国防动员“十四五”规划尚未编制。"
        "整改情况:一是认真学习有关精神。二是制定出台工作规则。" + FILLER +
        "三是青山市国动办统筹谋划中长期发展规划,于2024年1月{}青山市国防动员“十四五”规划。")
BUDGET = ("青山市民兵工作经费列入预算\n年初,青山市人武部调查发现,"
          "多数乡镇没有将民兵预备役工作经费列入财政预算,青山市人武部经费落实不到位。" + FILLER +
          "5月初,青山市政府组织检查组,使各乡镇{}将民兵预备役工作经费列入{}财政预算。")
LEAD = ("青山烈士陵园焕发荣光\n“检察建议中提到的问题我们都{},还增加了宣传功能……”"
        "青山烈士陵园负责人介绍时说。" + FILLER +
        "“去年年底,我们在走访中发现,青山烈士陵园年久失修,存在较大隐患。”")
SAME = ("青山市民兵工作经费\n5月初,青山市政府组织联合工作组到各乡镇检查,"
        "东川镇政府经费落实不到位{}。")


@pytest.mark.parametrize("text", [
    ECHO.format("编制完成"),
    BUDGET.format("全部", "了"),
    LEAD.format("已经解决了"),
    SAME.format(",经督促各乡镇全部将民兵预备役工作经费列入了财政预算"),
])
def test_a_problem_the_same_document_reports_done_is_held_back(tmp_path, text):
    res = gaps(graph_of(tmp_path, text, BODIES), coverage_thresholds=JUDGE_ALL)
    assert not of_kind(res, "stalled")
    held = of_kind(res, "stalled", "held_back")
    assert held and all("history" in f["title"] for f in held)


@pytest.mark.parametrize("text", [
    ECHO.format("力争编制完成"),  # a plan: not done
    ECHO.format("启动编制"),  # started, not done
    BUDGET.format("逐步", ""),  # ordered, not reported done
    LEAD.format("正在抓紧解决"),  # being solved
    SAME.format(""),  # no completion clause
])
def test_a_problem_whose_fix_is_not_reported_done_stays_open(tmp_path, text):
    res = gaps(graph_of(tmp_path, text, BODIES), coverage_thresholds=JUDGE_ALL)
    assert of_kind(res, "stalled")


def test_echo_and_general_solved():
    assert echoed_done("1.规划尚未编制。", "于2024年1月编制完成青山市规划。") == ""  # no subject echoed
    assert echoed_done("青山市国防动员规划尚未编制。", "于2024年1月编制完成青山市国防动员规划。")
    assert not echoed_done("青山市国防动员规划尚未编制。", "要尽快编制青山市国防动员规划。")
    # another problem sentence worded alike is no report of the fix
    assert not echoed_done("甲局未按规定向优抚对象发放抚恤金。", "甲局违规向已故优抚对象发放抚恤金。")
    assert general_solved("“检察建议中提到的问题我们都已经解决了”")
    assert not general_solved("群众反映的问题尚未解决")
    assert not general_solved("解决了一批群众的实际困难")  # no problems as a whole before the cue
