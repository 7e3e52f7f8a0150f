"""gaps36 (issue 9 precision): a story that tells the result first, then the problem.

A news story or report often opens with the outcome (its 摘要 or lead quotes the repaired
cemetery: 路修好了，整修了墓碑…杂草也都清理了) and only then tells what was found wrong (今年3月…发现
园内杂草丛生). The problem is history: held back, not reported still open. Only the lead counts (a
sentence before the document's first problem sentence), and a turn or a present time in the problem
sentence (但, 仍, 目前) keeps it current.

Invented names and texts only; curated entities through `ingest --annotations`."""

from __future__ import annotations

import pytest

from graph.analysis.gaps import gaps
from graph.analysis.gaps.backstory import lead_cue
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, names, of_kind

ENTS = [("青山县民政局", "PartyGovBody"), ("东川市检察院", "PartyGovBody"), ("青山县", "Location")]
LEAD = ("青山县烈士陵园换新颜\n青山县民政局负责人介绍说，路修好了，整修了墓碑，周围的杂草也都清理了。"
        "陵园共安葬烈士二十名。陵园始建于1958年。每年清明前后，前来祭扫的群众很多。")


def _stalled(tmp_path, text):
    res = gaps(graph_of(tmp_path, text, ENTS), coverage_thresholds=JUDGE_ALL)
    return res, names(of_kind(res, "stalled"))


def test_a_problem_after_a_lead_that_reports_it_repaired_is_history(tmp_path):
    text = LEAD + "今年3月，东川市检察院发现青山县民政局管理的陵园内杂草丛生，无人管理。"
    res, reported = _stalled(tmp_path, text)
    assert "青山县民政局" not in reported
    held = of_kind(res, "stalled", "held_back")
    assert names(held) == {"青山县民政局"} and "history" in held[0]["title"]
    assert "整修了" in held[0]["held_back"]["evidence"][-1]["sentence"]


@pytest.mark.parametrize("current", [
    "但东川市检察院发现青山县民政局管理的陵园内至今仍杂草丛生，无人管理。",  # a present time
    "目前，东川市检察院发现青山县民政局管理的陵园内杂草丛生，无人管理。",
])
def test_a_problem_told_current_after_the_lead_stays_a_finding(tmp_path, current):
    assert "青山县民政局" in _stalled(tmp_path, LEAD + current)[1]


def test_a_repair_told_after_an_earlier_problem_is_no_lead(tmp_path):
    text = ("青山县烈士陵园情况\n东川市检察院发现青山县民政局管理的甲陵园年久失修，问题较多。"
            "经过整改，青山县民政局整修了甲陵园的墓碑。陵园共安葬烈士二十名。陵园始建于1958年。"
            "今年3月，东川市检察院发现青山县民政局管理的乙陵园内杂草丛生，无人管理。")
    assert "青山县民政局" in _stalled(tmp_path, text)[1]


def test_lead_cues():
    assert lead_cue("整修了墓碑，建了围墙，周围的杂草也都清理了") == "整修了"
    assert lead_cue("陵园面貌焕然一新") == "焕然一新"
    assert lead_cue("墓碑尚未修复了") == ""
    assert lead_cue("陵园内杂草丛生") == ""
