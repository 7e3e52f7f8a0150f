"""The party a penalty decision or notice is addressed to holds the problems it states without naming
a body (issue 9 §3 holders outside the sentence, gaps38): its line 当事人:东方置业有限公司 or the salutation
东方置业有限公司: (problem_cues.json "party_lines"), when the text then addresses it as 你公司, 你单位,
当事人 ("party_address"): 该项目违反…, 上述行为违反了… are the party's, not the project's
the decision names by 该项目, not the place's, not nobody's; the report says why (holder basis).
A notice to 各县区人民政府: addresses no party.

Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import party_spans
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, names, of_kind

DECISION = ("青山市人防办行政处罚决定书\n青国动罚决字〔2024〕2号\n东方置业有限公司:\n"
            "本机关2024年3月4日对征缴防空地下室易地建设费案调查。经调查,你公司2018年开发建设青山花园项目,"
            "建筑面积5869平方米。该项目违反人防规定,未同步修建防空地下室,需补交易地建设费58万元。"
            "上述行为违反了《青山市人民防空条例》的规定。")


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b in party_spans(text)]


def test_the_party_line_and_the_salutation():
    assert _spans(DECISION) == ["东方置业有限公司"]
    line = "行政处罚决定书\n当事人:西岭置业有限公司\n地址:东川县某路\n你公司新建项目未按批复要求修建。"
    assert _spans(line) == ["西岭置业有限公司"]
    traditional = "當事人:西嶺置業有限公司\n當事人公司在事發後委託檢測。"
    assert _spans(traditional) == ["西嶺置業有限公司"]


def test_a_notice_to_many_addresses_no_party():
    assert party_spans("各县区人民政府、市直各单位:\n现将有关事项通知如下。") == []
    assert party_spans("东方置业有限公司:\n现将有关事项通知如下。") == []  # never addressed as 你公司/当事人


def test_the_party_holds_the_problems_of_the_decision(tmp_path):
    G = graph_of(tmp_path, DECISION, [("东方置业有限公司", "Enterprise"), ("青山花园项目", "Project"),
                                      ("青山市人防办", "PartyGovBody")])
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    assert names(found) == {"东方置业有限公司"}  # not the project 该项目 refers to
    basis = [f.get("holder") for f in found]
    assert any(b and "party" in b.get("why", "") for b in basis)


def test_a_person_addressed_holds_nothing(tmp_path):
    text = ("关于青山市政协提案答复的函\n王某某委员:\n你提出的建议收悉。经研究,现答复如下:\n"
            "目前该项目未缴纳易地建设费。")
    G = graph_of(tmp_path, text, [("王某某", "Person"), ("青山市", "Location")])
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    assert "王某某" not in names(found)
