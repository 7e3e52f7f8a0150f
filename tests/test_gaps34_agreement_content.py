"""gaps34 (issue 9, held-out u92–u96): an item a document first names as what the parties of an
agreement will build (根据协议，双方将…引入或建立一只…基金; 就共建X达成共识) is the agreement's plan in
that document. A later stated mention there (a list of the plan's parts, 建设包含…) carries the plan's
mood: the fund has funded nothing by definition, so it is no orphan. A reported sentence (已投资)
still makes it an existing item, and an agreement that only relies on an existing park (依托X) does
not make the park a plan.

Invented names and texts only."""

from __future__ import annotations

import importlib

import pytest

from graph.analysis.gaps import gaps
from tests.test_gaps_problem_statements import graph_of

orphans_mod = importlib.import_module("graph.analysis.gaps.orphans")

JUDGE_ALL = {"min_documents": 0, "min_facts": 0, "mandate_min_reports": 0, "orphan_min_sentences": 0}
FUND = "青山市航空成果转化基金"
SIGNING = "10月8日，青山大学与青山市政府签署战略合作框架协议。\n"
PLAN = ("根据协议内容，双方将共同推进青山航空科技产业建设，致力于打造一个创新园，"
        f"引入或建立一只为创新创业提供金融服务的{FUND}。\n")
PARTS = f"青山航空科技产业建设包含青山大学科技园，{FUND}，三个研究中心。\n"
ENTITIES = [(FUND, "Fund"), ("青山市", "Location"), ("青山大学", "ResearchInstitute"),
            ("青山市政府", "PartyGovBody")]


def _orphan_names(res: dict) -> set[str]:
    found = res["findings"] + res["held_back"]
    return {e["name"] for f in found if f["kind"] == "orphan" for e in f["entities"]}


def test_a_fund_an_agreement_plans_is_no_orphan_though_a_parts_list_names_it(tmp_path):
    res = gaps(graph_of(tmp_path, SIGNING + PLAN + PARTS, ENTITIES), coverage_thresholds=JUDGE_ALL)
    assert FUND not in _orphan_names(res)


def test_the_same_fund_reported_investing_nothing_elsewhere_stays_an_orphan(tmp_path):
    text = f"{FUND}是青山市重要的金融平台。\n{FUND}今年规模达到10亿元。\n" + PARTS
    res = gaps(graph_of(tmp_path, text, ENTITIES), coverage_thresholds=JUDGE_ALL)
    assert FUND in _orphan_names(res)


def test_a_reported_sentence_of_the_document_still_shows_it_exists(tmp_path):
    text = SIGNING + PLAN + f"{FUND}已完成工商登记，规模达到10亿元。\n"
    res = gaps(graph_of(tmp_path, text, ENTITIES), coverage_thresholds=JUDGE_ALL)
    assert FUND in _orphan_names(res)


@pytest.mark.parametrize("sentence", [
    f"根据协议，双方将联手打造{FUND}。",
    f"东方重工集团与青山市签署战略合作协议，双方将围绕航空产业，建设{FUND}。",
    f"双方就建立合作机制、共建{FUND}达成共识。",
    f"根据协议，双方将共同推进{FUND}建设。",
])
def test_agreement_content(sentence):
    assert orphans_mod.agreement_content(sentence, [FUND])


@pytest.mark.parametrize("sentence", [
    f"东方重工集团与青山市签署战略合作协议，双方将依托{FUND}，布局航天科技创新平台。",
    f"根据协议，四方将在产业园区建设等领域展开合作，服务{FUND}。",
    f"双方签署战略合作协议，将共同推进基础设施建设、{FUND}等产业发展。",
    f"{FUND}与东方重工集团签署协议。",
])
def test_not_agreement_content(sentence):
    assert not orphans_mod.agreement_content(sentence, [FUND])
