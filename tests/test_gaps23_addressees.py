"""Holders and wording of an inspecting body's report (issue 9, gaps23; classes from the stated-tier
READ batches u57, u66, u73 and u44):
- the bodies a procuratorate sends its recommendation to (向X发出检察建议: problem_cues.json
  "addressee_frames") hold the problems the document states before that sentence when the problem
  clause names no body but the finder (…检察院发现…) or only the place of the thing (青山县烈士陵园…):
  never the finder, never the county;
- a long fault list after 存在 closed by 等问题 (more than twelve characters, no adverb before 存在)
  is a problem statement.

Curated entities through `ingest --annotations`, then `gaps`. Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import addressed_spans, addressee_finder, problem_clauses
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind


def _stalled(G) -> list[str]:
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    return sorted(e["name"] for f in found for e in f["entities"])


def test_the_addressees_of_a_recommendation_are_its_group():
    s = "东川市检察院依法向青山县民政局、青山镇政府发(fā)出诉前检察建议，要求依法履职。"
    (a, b), = addressed_spans(s)
    assert s[a:b] == "青山县民政局、青山镇政府"
    assert addressed_spans("东川市检察院收到检察建议书后表示尽快落实。") == []
    assert addressee_finder("东川市人民检察院") and not addressee_finder("青山县民政局")


def test_a_long_fault_list_after_cunzai_is_a_problem_statement():
    assert problem_clauses("甲乙烈士陵园存在墓碑周围散落垃圾、墓碑字迹陈旧、碑文信息不完整等问题。")
    assert problem_clauses("甲乙烈士陵园不存在墓碑周围散落垃圾、墓碑字迹陈旧、碑文信息不完整等问题。") == []


def test_the_addressee_not_the_place_nor_the_finder_holds_the_problem(tmp_path):
    text = ("东川市检察院督促整改烈士陵园\n"
            "东川市检察院干警走访发现，青山县烈士陵园存在墓碑周围散落垃圾、墓碑字迹陈旧、碑文信息不完整等问题。"
            "青山县地处高原。青山县经济发展较快。"
            "东川市检察院向青山县民政局发出诉前检察建议，督促其依法履职。")
    G = graph_of(tmp_path, text, [("东川市检察院", "PartyGovBody"), ("青山县民政局", "PartyGovBody"),
                                  ("青山县", "Location")])
    assert _stalled(G) == ["青山县民政局"]


def test_a_recommendation_of_an_earlier_case_does_not_take_it(tmp_path):
    # gaps36: a recommendation told first (a news lead) takes the problems told after it
    # (tests/test_gaps36_lead_addressee.py), unless the story closes that case before them or a
    # second finder tells another case (READ u73-04: the first city's case, then the second's)
    text = ("东川市检察院督促整改烈士陵园\n"
            "东川市检察院向青山县民政局发出诉前检察建议，督促其依法履职。"
            "经过整改，被损毁的墓碑已经得到修复。"
            "西川市检察院干警走访发现，青山县烈士陵园存在墓碑周围散落垃圾、墓碑字迹陈旧、碑文信息不完整等问题。"
            "青山县地处高原。青山县经济发展较快。")
    G = graph_of(tmp_path, text, [("东川市检察院", "PartyGovBody"), ("青山县民政局", "PartyGovBody"),
                                  ("西川市检察院", "PartyGovBody"), ("青山县", "Location")])
    assert "青山县民政局" not in _stalled(G)


def test_a_fault_told_as_an_existing_situation_is_a_problem_statement():
    assert problem_clauses("巡察组发现存在死亡人员继续领取补助金的情况，")
    assert problem_clauses("东川配套企业众多，但存在小而散、同质化竞争的现象。")
    assert problem_clauses("青山陵园长期存在赌博等违法行为。")
    assert problem_clauses("对存在下列情况的，予以处理。") == []
    assert problem_clauses("青山县不存在继续领取补助金的情况。") == []


def test_a_firm_carried_as_the_subject_keeps_its_problem(tmp_path):
    text = ("东川市检察院督促追缴易地建设费\n"
            "青山置业有限公司开发的甲乙小区项目，存在未缴纳人防易地建设费、擅自改变人防工程用途等问题。"
            "东川市检察院向东川市住建局发出诉前检察建议，督促其依法履职。")
    G = graph_of(tmp_path, text, [("东川市检察院", "PartyGovBody"), ("东川市住建局", "PartyGovBody"),
                                  ("青山置业有限公司", "Enterprise")])
    assert "东川市住建局" not in _stalled(G)
