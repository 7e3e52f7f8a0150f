"""A fee or duty a rule imposes, left unpaid or undone, told by its verb (issue 9 §3, gaps38: the
judge's arrears class on held-out u108): 欠缴, 拖欠, 尚欠缴, 也未缴纳, 仍未补交, 未再继续缴纳, 未按…要求/批复
(problem_cues.json "statement_patterns"); not the arrears as the object of collecting them (追缴拖欠的…,
a problem_negator), a pledge (把拖欠费用缴纳完毕), a work item (欠缴…清理核查工作), a relative clause
picking out the bodies meant (对欠缴…的公司追缴) nor a rule's scope (未缴纳的，由…). And a verb of finding
ends the left context of a name (在履职中发现东川市某公司…: the firm, not 履职中发现东川市某公司).

Invented names and texts only."""

from __future__ import annotations

import pytest

from graph.analysis.gaps import gaps
from graph.model import Document
from ingest.components.modality import problem_clauses
from ingest.extract import extract
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, names, of_kind


@pytest.mark.parametrize("sentence", [
    "2018年10月,东川市人民检察院在履职中发现东川市某公司欠缴人防易地建设费40万元。",
    "项目建成后,该公司仍拖欠部分人防工程易地建设费。",
    "裁定作出后,青山置业有限公司分四次补缴人防工程易地建设费共计50余万元,尚欠缴30万元。",
    "之后,青山置业有限公司未再继续缴纳。",
    "经责令整改后,仍未补交。",
    "该项目未按人防要求同步修建防空地下室,也未缴纳人防易地建设费。",
    "经查明,你公司新建青山花园项目未按青防建审〔2022〕3号批复要求同步修建防空地下室。",
])
def test_an_unmet_obligation_states_a_problem(sentence):
    assert problem_clauses(sentence)


@pytest.mark.parametrize("sentence", [
    "积极向上述四家单位追缴拖欠的人防易地建设费。",  # collecting them: the remedy
    "集中在追缴拖欠人防工程易地建设费方面发力。",
    "督促人防部门追回拖欠的人防工程易地建设费57万元。",
    "我们将开足马力,一定争取早日把拖欠费用缴纳完毕!",  # a pledge
    "并完成全市范围内建设工程欠缴人防易地建设费清理核查工作。",  # a work item
    "采取有效措施对欠缴人防易地建设费的公司追缴。",  # the bodies meant
    "及时追缴以上企业未依法缴纳的人防易地工程建设费。",  # a fee picked out by its non-payment
    "未缴纳易地建设费的,由人防主管部门责令限期缴纳。",  # a rule's scope
    "对未按批复要求修建的单位,依法予以处罚。",
])
def test_collecting_pledging_or_picking_out_states_none(sentence):
    assert problem_clauses(sentence) == []


def test_arrears_give_the_firm_a_stalled_finding(tmp_path):
    text = ("东川县检察院督促追缴人防易地建设费\n2019年,东方置业有限公司开发建设某小区,项目建成后,"
            "该公司仍拖欠部分人防工程易地建设费。裁定作出后,东方置业有限公司补缴易地建设费20万元,尚欠缴30万元。")
    G = graph_of(tmp_path, text, [("东方置业有限公司", "Enterprise"), ("东川县检察院", "PartyGovBody")])
    assert names(of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")) == {"东方置业有限公司"}


def test_a_verb_of_finding_ends_the_name_before_it():
    text = "2018年10月,东川市人民检察院在履职中发现东川市某公司欠缴人防易地建设费40万元。"
    ex = extract(Document(id="q1", source="q1.txt", text=text))
    found = {e.name for e in ex.entities}
    assert "东川市某公司" in found
    assert not any(n.startswith("履职") for n in found)
