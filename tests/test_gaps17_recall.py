"""Recall of stated problems (issue 9, gaps17; classes from the stated-tier READ batches):
- a duty left undone that an audit, inspection or lawsuit states of a body (未及时停发, 怠于履职,
  未依法完全履行职责: problem_cues.json "statement_patterns") is a problem statement, read by the
  problem-statement reader only: a relation's modality (classify) stays as it was, so extraction of
  entities and relations is unchanged; not as the condition of an order (…未及时的，要…) nor as the
  name of a case a court tries (诉X怠于履职案在…开庭审理);
- a policy named in a problem clause as the domain of a duty (党管武装责任压得不实) or as what is
  lacking (十四五规划尚未编制) is not the problem's holder (problem_cues.json "policy_not_holder"):
  the clause goes on to its deictic, place or carried subject.

Curated entities through `ingest --annotations` (problem statements found by the project's own
rules), then `gaps`. Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import classify, policy_not_holder, problem_clauses
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind


def _stalled(G) -> list[str]:
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    return sorted(f["entities"][0]["name"] for f in found)


def test_a_duty_left_undone_is_a_stated_problem_but_no_relation_modality():
    for s in ("经自查，青山县民政局未及时停发抚恤补助资金。",
              "东川市人防办在限定期限内未依法完全履行职责。",
              "东川市检察院就东川市人防办怠于收缴人防工程易地建设费的情形，向其发出检察建议。"):
        assert problem_clauses(s), s
        assert classify(s) != "problem", s  # the relation's modality is not the reader's
    assert problem_clauses("对工作未及时的，要严肃追责。") == []  # the condition of an order
    assert problem_clauses("由东川市检察院提起的诉东川市人防办怠于履职案在东川市法院开庭审理。") == []


def test_the_body_a_lawsuit_names_for_a_duty_left_undone_holds_it(tmp_path):
    text = ("东川市人防办怠于履职，检察院提起公益诉讼\n"
            "东川市检察院就东川市人防办怠于收缴人防工程易地建设费的情形，向其发出诉前检察建议。"
            "东川市人防办在限定期限内未依法完全履行职责。")
    G = graph_of(tmp_path, text, [("东川市人防办", "PartyGovBody"), ("东川市检察院", "PartyGovBody")])
    assert _stalled(G) == ["东川市人防办"]


def test_a_policy_as_the_domain_of_a_duty_is_not_the_holder(tmp_path):
    s = "青山市人武部介绍，调研中梳理出多个问题，全市专武干部编制不足，党管武装责任压得不实、军地合力不足。"
    assert policy_not_holder(s, s.index("责任"))
    assert not policy_not_holder("现行东川条例与实际不相适应。", len("现行东川条例"))
    text = "青山市党管武装工作调研\n青山市召开党管武装工作会议。青山市人武部参加。\n" + s
    G = graph_of(tmp_path, text, [("青山市", "Location"), ("青山市人武部", "MilitaryUnit"),
                                  ("党管武装", "Policy")])
    assert "党管武装" not in _stalled(G)
    assert "青山市" in _stalled(G)


def test_a_plan_not_yet_drafted_is_not_the_holder(tmp_path):
    text = ("东川市国动办巡察整改情况\n东川市国动办召开党组会，研究整改工作。\n"
            "1.东川市国防动员十四五规划尚未编制。")
    G = graph_of(tmp_path, text, [("东川市国动办", "PartyGovBody"), ("东川市国防动员十四五规划", "Policy")])
    assert "东川市国防动员十四五规划" not in _stalled(G)


INSPECTION = ("青山县委巡察组进驻县民政局\n"
              "近日，青山县委第三巡察组正在对青山县民政局开展为期两个月的巡察。\n"
              "在查阅资料时，巡察组研判得知，还有4名优抚对象死亡后，未及时停发补助资金。")


def test_the_inspected_body_holds_the_problems_listed_without_its_name(tmp_path):
    from ingest.components.modality import inspected_spans

    assert [INSPECTION[a:b] for a, b in inspected_spans(INSPECTION)] == ["青山县民政局"]
    G = graph_of(tmp_path, INSPECTION, [("青山县民政局", "PartyGovBody")])
    assert _stalled(G) == ["青山县民政局"]


def test_a_check_told_as_the_past_of_the_story_inspects_nothing(tmp_path):
    from ingest.components.modality import inspected_spans

    text = ("东川县便民服务见成效\n"
            "此前，在东川县委巡察组对东川县民政局开展巡察期间，有群众反映办事难。"
            "由于业务分散，部门间存在数据壁垒，难以一次办结。")
    assert inspected_spans(text) == []
    G = graph_of(tmp_path, text, [("东川县民政局", "PartyGovBody")])
    assert _stalled(G) == []
    # a check reported after the problem (整改情况：对全县中学开展监督检查) inspects none of it
    later = ("东川县民政局巡察整改情况\n1.宣传工作极其薄弱。\n整改情况：对东川县第一中学开展全覆盖监督检查。")
    (tmp_path / "b").mkdir()
    G = graph_of(tmp_path / "b", later, [("东川县第一中学", "ResearchInstitute")])
    assert _stalled(G) == []
    assert not any(a.get("problems") for _n, a in G.nodes(data=True))  # not given it either
