"""Gap findings that must hold up against the wording (issue 9, after the hand judgements of the
held-out batches, docs/QUALITY.md): a pledge, a wish, work going on or done and a contract already
signed are no mandates; a city-wide title and a research institute's campus are no park orphans;
a broker tied to two unrelated documents only through people's posts is held back.

Invented names and texts only (青山市, 东川研究院 …)."""

from __future__ import annotations

import pytest

from graph.analysis.gaps import gaps
from graph.analysis.gaps.common import not_an_order
from tests.test_analysis_gaps_findings import JUDGE_ALL, keys
from tests.test_analysis_gaps_holdback import kinds, order_graph, orphans, plan_graph
from tests.test_analysis_graphs import build, edge, node

J = "青山市"


# --- mandates: wording that is no order ----------------------------------------------------

NOT_ORDERS = [
    ("青山市发改委将继续全力支持青山军分区建设。", "青山军分区", "MilitaryUnit", "SUPPORTS", "pledge"),
    ("青山市发改委还将一如既往支持青山军分区建设。", "青山军分区", "MilitaryUnit", "SUPPORTS", "pledge"),
    ("希望青山市发改委支持青山军分区做好练兵备战工作。", "青山军分区", "MilitaryUnit", "SUPPORTS", "wish"),
    ("祝愿青山市发改委与青山军分区携手支持地方发展。", "青山军分区", "MilitaryUnit", "SUPPORTS", "wish"),
    ("当前，青山市发改委正深入推进改革，大力实施“东川振兴行动”。", "东川振兴行动", "Project", "IMPLEMENTS",
     "going on"),
    ("青山市发改委正在实施东川振兴行动。", "东川振兴行动", "Project", "IMPLEMENTS", "going on"),
    ("8月，青山市发改委与东川研究院签订《青山产业规划》编制合同，加快开展规划编制工作。", "东川研究院",
     "ResearchInstitute", "COORDINATES_WITH", "signed"),
]


@pytest.mark.parametrize("order, tail, ttype, rel, why", NOT_ORDERS)
def test_a_pledge_wish_ongoing_work_or_signed_contract_is_no_mandate(order, tail, ttype, rel, why):
    res = gaps(order_graph(order, tail, ttype, rel), coverage_thresholds=JUDGE_ALL)
    assert not kinds(res, "mandate_without_action")
    held = kinds(res, "mandate_without_action", "held_back")
    assert held and why in held[0]["held_back"]["reason"]
    assert held[0]["held_back"]["evidence"][0]["sentence"] == order


def test_a_real_order_stays_a_mandate():
    for order, tail, ttype, rel in [
        ("青山市发改委要支持青山军分区做好保障。", "青山军分区", "MilitaryUnit", "SUPPORTS"),
        ("青山市发改委要加快与青山军分区签订合作协议。", "青山军分区", "MilitaryUnit",
         "COORDINATES_WITH"),  # (across the sides: gaps8 holds back coordination within one side)
        ("青山市发改委要全面实施东川振兴行动。", "东川振兴行动", "Project", "IMPLEMENTS"),
    ]:
        res = gaps(order_graph(order, tail, ttype, rel), coverage_thresholds=JUDGE_ALL)
        assert kinds(res, "mandate_without_action"), order
        assert not not_an_order(order), order


def test_words_that_only_look_like_ongoing_work_do_not_hold_back():
    assert not not_an_order("青山市发改委要正确处理好军地关系，实施东川振兴行动。")
    assert not not_an_order("青山市发改委要真正推进东川振兴行动建设。")
    assert not_an_order("東川研究院已經與青山市發改委簽訂合同。")  # traditional forms are folded


# --- orphans: designations and campuses -----------------------------------------------------


def test_a_city_wide_title_is_no_park_orphan():
    for name, ttype in [("青山市科技城", "IndustrialPark"), ("青山市双拥模范城", "IndustrialPark"),
                        ("东川国防教育示范城", "IndustrialPark")]:
        G = plan_graph(f"{name}去年建成，占地三平方公里。", name, ttype=ttype)
        res = gaps(G, coverage_thresholds=JUDGE_ALL)
        assert not orphans(res) and not orphans(res, "held_back"), name


def test_a_research_institutes_campus_is_no_park_orphan():
    name = "东川研究院青岭基地"
    res = gaps(plan_graph(f"{name}去年建成，占地三平方公里。", name, ttype="IndustrialPark"),
               coverage_thresholds=JUDGE_ALL)
    assert not orphans(res)
    held = kinds(res, "orphan", "held_back")
    assert held and "campus" in held[0]["held_back"]["reason"]
    # a park of the same shape without an owning institute stays an orphan
    park = "青山青岭产业基地"
    res = gaps(plan_graph(f"{park}去年建成，占地三平方公里。", park, ttype="IndustrialPark"),
               coverage_thresholds=JUDGE_ALL)
    assert orphans(res) == {park}


# --- single brokers: ties through posts from unrelated documents ---------------------------


def posts_graph(same_document: bool):
    """青山市国资委 tied to a 2018 ceremony (with 青山军分区) and a 2022 visit (with 青山市发改委)
    only because 李乙 and 王甲 each hold a post there; with same_document, both come from one
    report of one event."""
    a, b = "p1", ("p1" if same_document else "p2")
    docs = {"p1": {"date": "2018-05-01", "jurisdiction": J}}
    if b != a:
        docs[b] = {"date": "2022-06-13", "jurisdiction": J}
    nodes = [
        (a, node("青山市国资委", "PartyGovBody", J)),
        (a, node("李乙", "Person")), (b, node("王甲", "Person")),
        (a, node("青山军分区", "MilitaryUnit", J)), (a, node("青山市人武部", "MilitaryUnit", J)),
        (b, node("青山市发改委", "PartyGovBody", J)), (b, node("青山市工信局", "PartyGovBody", J)),
    ]
    ties = [
        edge(a, "李乙", "HOLDS_POSITION", "青山市国资委", "青山市国资委主任李乙"),
        edge(a, "李乙", "COORDINATES_WITH", "青山军分区", "李乙与青山军分区对接", "reported"),
        edge(a, "青山军分区", "LEADS", "青山市人武部", "青山军分区领导青山市人武部", "reported"),
        edge(b, "王甲", "HOLDS_POSITION", "青山市国资委", "青山市国资委党委书记王甲"),
        edge(b, "王甲", "COORDINATES_WITH", "青山市发改委", "王甲与青山市发改委对接", "reported"),
        edge(b, "青山市发改委", "COORDINATES_WITH", "青山市工信局", "青山市发改委会同青山市工信局",
             "reported"),
    ]
    return build(docs, nodes, ties)


def test_a_broker_tied_only_through_posts_from_unrelated_documents_is_held_back():
    res = gaps(posts_graph(False), kinds=["single_broker"], coverage_thresholds=JUDGE_ALL)
    assert "single_broker|青山市国资委" not in keys(res)
    held = [f for f in kinds(res, "single_broker", "held_back") if f["key"] == "single_broker|青山市国资委"]
    assert held and "unrelated documents" in held[0]["held_back"]["reason"]
    # the same posts in one report: the body does join the two sides there, the finding stands
    res = gaps(posts_graph(True), kinds=["single_broker"], coverage_thresholds=JUDGE_ALL)
    assert "single_broker|青山市国资委" in keys(res)
