"""gaps16 (issue 9): the body that finds, inspects or sanctions a problem is not its holder.

The held-out judge of u53–u58 found the inspecting bodies given the problem they criticised
(县委、县政府…组织联合工作组检查，对落实不够好的几个乡镇进行通报批评: the shortfall is the townships').
A stalled finding on a finder (…巡察组, …检察院, …审计局: graph/data/holdback_cues.json owner
finder_heads) or on a body that sanctions those with the shortfall (sanction_patterns) is held back
as not its problem. Invented names and texts only."""

from __future__ import annotations

import pytest

from graph.analysis.gaps import gaps
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, names, of_kind

BODIES = [("青山市政府", "PartyGovBody"), ("东川镇政府", "PartyGovBody"), ("青山市检察院", "PartyGovBody"),
          ("青山市委第三巡察组", "PartyGovBody")]


@pytest.mark.parametrize("text, finder", [
    # (gaps37: a 不 in a relative clause on bodies, 落实不够好的几个乡镇, names them and states nothing)
    ("青山市民兵工作\n5月初,青山市政府组织工作组到各乡镇检查,"
     "对民兵整组落实不够好的问题进行通报批评。", "青山市政府"),
    ("青山市检察院办案\n青山市检察院发现烈士陵园年久失修,存在较大隐患。", "青山市检察院"),
    ("巡察反馈\n青山市委第三巡察组指出,还存在党建工作有短板等问题。", "青山市委第三巡察组"),
])
def test_the_finder_of_a_problem_is_not_its_holder(tmp_path, text, finder):
    res = gaps(graph_of(tmp_path, text, BODIES), coverage_thresholds=JUDGE_ALL)
    assert finder not in names(of_kind(res, "stalled"))
    held = [f for f in of_kind(res, "stalled", "held_back") if finder in names([f])]
    assert held and "finds, inspects or sanctions" in held[0]["held_back"]["reason"]


def test_the_criticised_body_named_keeps_its_problem(tmp_path):
    text = "青山市民兵工作\n5月初,青山市政府组织工作组检查,东川镇政府工作落实不到位。"
    res = gaps(graph_of(tmp_path, text, BODIES), coverage_thresholds=JUDGE_ALL)
    assert "东川镇政府" in names(of_kind(res, "stalled"))


def test_a_plan_or_policy_holds_no_problem_the_machine_found(tmp_path):
    # a regulation whose own content is faulted: extraction keeps it as the clause's holder (gaps17
    # moves only the domain-of-a-duty and not-yet-drafted forms to the place), and the gaps step holds
    # the finding back as not the policy's problem
    text = "青山市国动办巡察整改\n现行《青山市国防教育条例》内容滞后,与实际不相适应。"
    ents = [("青山市国防教育条例", "Policy")]
    res = gaps(graph_of(tmp_path, text, ents), coverage_thresholds=JUDGE_ALL)
    assert not of_kind(res, "stalled")
    held = of_kind(res, "stalled", "held_back")
    assert held and all("plan, policy" in f["held_back"]["reason"] for f in held)


def test_a_plan_not_yet_drafted_gives_no_finding_on_the_plan(tmp_path):
    # since gaps17 the plan that is lacking and the system whose duty is undone are no holders at all
    text = "青山市国动办巡察整改\n青山市国防动员规划尚未编制,青山市国防教育制度落实不到位。"
    ents = [("青山市国防动员规划", "Policy"), ("青山市国防教育制度", "Policy")]
    res = gaps(graph_of(tmp_path, text, ents), coverage_thresholds=JUDGE_ALL)
    found = names(of_kind(res, "stalled")) | names(of_kind(res, "stalled", "held_back"))
    assert not found & {"青山市国防动员规划", "青山市国防教育制度"}


def test_a_problem_a_curated_document_gives_a_policy_is_kept(tmp_path):
    from tests.test_gaps_problem_statements import graph_of_doc

    text = "青山市国动办巡察整改\n青山市国防动员规划尚未编制。"
    sentence = "青山市国防动员规划尚未编制。"
    start = text.index(sentence)
    doc = {"id": "q1", "source": "q1.txt", "text": text, "date": "2021-05-08", "problems_annotated": True,
           "entities": [{"name": "青山市国防动员规划", "type": "Policy", "aliases": [],
                         "problems": [{"sentence": sentence, "start": start, "end": start + len(sentence),
                                       "solved": False}]}],
           "relations": []}
    res = gaps(graph_of_doc(tmp_path, doc), coverage_thresholds=JUDGE_ALL)
    assert "青山市国防动员规划" in names(of_kind(res, "stalled"))


def test_the_title_quotes_the_problem_clause_of_a_long_sentence():
    """gaps16: a sentence that opens with a byline and boilerplate is quoted from its first
    problem clause, so the title shows the problem (年久失修), not the byline."""
    from graph.analysis.gaps.stalled import QUOTE, _quote

    s = ("本报讯(记者甲乙 通讯员丙丁)“建议依法持续履行监管职责,加强纪念设施的日常管理、维护……”3月11日,"
         "青山市检察院就东川烈士陵园年久失修问题向东川镇政府送达检察建议。")
    q = _quote(s)
    assert "年久失修" in q and q.startswith("…") and len(q) <= QUOTE
    assert _quote("东川镇政府工作落实不到位。") == "东川镇政府工作落实不到位。"
