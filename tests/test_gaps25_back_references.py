"""The holder named in an earlier sentence (issue 9, gaps25; class from the stated-tier READ batches
u37, u61 and u64): a problem clause that names no holder of its own but refers back to one by 该 + its
kind (该县, 该州, 该公司) or by 公司本身 states the problem of the last entity of that kind the document
named before it (problem_cues.json "back_references"), and the gaps report keeps the sentence for that
entity although it does not repeat the name.

Curated entities through `ingest --annotations`, then `gaps`. Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import back_references, refers_to
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind


def _stalled(G) -> list[str]:
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    return sorted(e["name"] for f in found for e in f["entities"])


def test_a_back_reference_names_the_kind_it_means():
    (ref,) = back_references("以前，该县武装工作主要靠军事机关唱“独角戏”")
    assert refers_to("青山县", "Location", ref) and not refers_to("青山市", "Location", ref)
    assert not refers_to("青山县人武部", "MilitaryUnit", ref)
    (ref,) = back_references("但公司本身尚未满足参军条件")
    assert refers_to("东方重工有限公司", "Enterprise", ref)
    assert back_references("该县委召开常委会。") == []  # a body's name, not a back reference
    assert back_references("青山县人武部召开会议。") == []


def test_a_county_referred_to_by_gaixian_holds_the_problem(tmp_path):
    text = ("青山县激发党管武装工作内动力\n"
            "前不久，青山县人武部联合地方相关部门对所属乡镇武装工作进行考评。"
            "以前，该县武装工作主要靠军事机关唱“独角戏”，存在“领导一换，工作重来”“靠关系办事”的现象。")
    G = graph_of(tmp_path, text, [("青山县", "Location"), ("青山县人武部", "MilitaryUnit")])
    assert "青山县" in _stalled(G)


def test_a_firm_referred_to_by_gongsi_benshen_holds_the_problem(tmp_path):
    text = ("民企参军仍有门槛\n"
            "东方重工有限公司总经理甲乙丙介绍了情况。"
            "他们向部队提供训练系统，产品很受欢迎，但公司本身尚未满足“参军”条件，只能通过合作方式提供服务。")
    G = graph_of(tmp_path, text, [("东方重工有限公司", "Enterprise"), ("甲乙丙", "Person")])
    assert _stalled(G) == ["东方重工有限公司"]


def test_without_an_earlier_entity_of_that_kind_nothing_is_given(tmp_path):
    text = ("民企参军仍有门槛\n"
            "青山县人武部介绍了情况。"
            "他们向部队提供训练系统，但公司本身尚未满足“参军”条件，只能通过合作方式提供服务。")
    G = graph_of(tmp_path, text, [("青山县人武部", "MilitaryUnit")])
    assert "青山县人武部" not in _stalled(G)
