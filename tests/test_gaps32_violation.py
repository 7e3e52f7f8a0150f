"""A violation stated of a body is a stated problem (issue 9, gaps32; class from the stated-tier READ
batches u61, u78 and u83): 违反了…规定/…法/…条例/…办法/…精神/…要求 and 已构成违法 are shortfall cues
for the problem-statement reader (problem_cues.json "statement_patterns"; a relation's modality is
unchanged), not when the clause makes the violation the condition of a rule (违反…的，由…处以罚款) nor
the object of a ban (严禁违反…规定). Its holder is the body the clause names, never the rule broken
(违反了《…条例》: "violated_markers"), and when the clause's subject is a deictic to an act told before
(这种做法, 上述行为, 相关行为: "deictic_act") and the clause names no body, nobody: not the place the
sentence names before it.

Curated entities through `ingest --annotations`, then `gaps`. Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import absent_object, deictic_act, problem_clauses
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, names, of_kind


def test_a_violation_is_a_problem_clause():
    assert problem_clauses("东方重工集团违反了《青山市人民防空条例》第十二条的规定。")
    assert problem_clauses("青山县住建局党组存在违反中央八项规定精神问题。")
    assert problem_clauses("其行为严重违反了《东川省征兵工作条例》。")
    assert problem_clauses("经查,上述行为已构成违法。")


def test_a_violation_as_a_condition_or_a_ban_is_none():
    rule = "城市新建民用建筑,违反国家有关规定不修建防空地下室的,由人民防空主管部门给予警告。"
    assert problem_clauses(rule) == []
    assert problem_clauses("严禁违反有关规定擅自改变人防工程用途。") == []
    assert problem_clauses("凡违反本条例规定的,依法追究责任。") == []


def test_the_rule_broken_is_no_holder():
    s = "相关行为违反了《青山市民防工程管理办法》第十二条。"
    assert absent_object(s, s.index("《"))
    assert not absent_object("东方重工集团违反了规定。", 0)


def test_an_act_deictic_is_recognised():
    assert deictic_act("但是这种做法违反了国家规定")
    assert deictic_act("上述行为违反了《青山市人民防空条例》")
    assert not deictic_act("青山县人防工程建设推进缓慢")


def test_a_named_violator_gets_a_stalled_finding(tmp_path):
    text = ("青山市人防办执法检查情况\n2021年5月,东方重工集团违反了《青山市人民防空条例》第十二条的规定,"
            "未同步修建防空地下室。")
    G = graph_of(tmp_path, text, [("东方重工集团", "Enterprise"), ("青山市", "Location"),
                                  ("《青山市人民防空条例》", "Policy")])
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    assert names(found) == {"东方重工集团"}


def test_an_act_told_before_gives_no_place_the_violation(tmp_path):
    text = ("又见人防工程异地建设公示\n近来我县的开发商均申请异地建设,青山县城区所有地块都没一点问题,"
            "开发商节约了造价,双方皆大欢喜,但是这种做法违反了国家规定和东川省人防建设要求。")
    G = graph_of(tmp_path, text, [("青山县", "Location")])
    assert of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled") == []
