"""Findings a rule-less judge found to be artefacts on held-out text (issue 9, gaps8), each class on
its own invented sentence; graphs built as the stores build them (tests/test_analysis_graphs.build):

1. order words inside a quoted title (《关于进一步做好…的意见》) are the title's: the sentence that
   names it reports an issue, it orders nothing;
2. a stated year before the parties' joint action (2020年,…联合出台) reports it, like 去年;
3. an order to two bodies of one side to coordinate (市委 ↔ 市政府) is no military–civilian gap;
4. a party committee joined to the military side only by officials holding posts in it
   (市委常委兼军分区司令员) is the normal line of command (党管武装), no single point of dependence;
5. a designation a park earned (…产业示范基地, 省级…基地), typed as a park, is no separate park; one
   park named several ways (青山航空产业园 / 青山新区航空产业园 / 青山航空航天产业园) is one park.

Invented names and texts only (青山市, 东川军分区 …)."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from graph.analysis.gaps.common import reports_own_joint_action
from ingest.components.modality import classify, classify_fact, mask_titles
from tests.test_analysis_gaps_findings import JUDGE_ALL, said
from tests.test_analysis_graphs import build, edge, node

J = "青山市"


def kinds(res: dict, kind: str, where: str = "findings") -> list[dict]:
    return [f for f in res[where] if f["kind"] == kind]


# --- 1. a title's words are no cue ----------------------------------------------------------------


def test_order_words_inside_a_quoted_title_do_not_make_the_sentence_an_order():
    s = "2020年,青山市委、东川军分区联合出台《关于进一步做好青山市双拥工作的意见》"
    assert classify(s) != "directive"
    assert classify_fact(s, [8, 15]) != "directive"
    assert classify("青山市委印发了《东川县加快推进产业园建设实施计划》") == "reported"  # not a plan
    # a title cut by a clause mark is masked to the clause end, the marks and offsets stay
    assert mask_titles("印发《关于加快") == "印发《□□□□" and len(mask_titles("要做好x》")) == 5
    # the sentence's own order words still order; a quote with a comma is speech, not a title
    assert classify("青山市各部门要认真落实《青山市产业扶持办法》") == "directive"
    assert classify("他强调,“要加快推进东川园区建设,确保实效”") == "directive"
    assert classify("青山市被授予“全国双拥模范城”称号") != "directive"


# --- 2. a stated year before the joint action -------------------------------------------------------


def test_a_stated_past_year_before_the_joint_action_reports_it():
    s = "为进一步加强国防动员工作,2020年,青山市委、东川军分区联合出台加快推进军民融合的文件。"
    assert reports_own_joint_action(s, "2021-05-01") and reports_own_joint_action(s, "2020")
    assert reports_own_joint_action(s)  # undated: a year that is no target counts
    assert not reports_own_joint_action(s, "2019-12-01")  # a year after the order: not yet done
    for target in ("到2025年,青山市委、东川军分区要联合建成一批示范项目。",
                   "2025年前,青山市委、东川军分区要联合建成一批示范项目。",
                   "青山市委、东川军分区要联合出台文件,2020年完成。"):
        assert not reports_own_joint_action(target, "2021-05-01"), target


def test_the_joint_action_in_a_stated_year_holds_the_mandate_back():
    d = "p1"
    s = "为进一步加强国防动员工作,2020年,青山市委与东川军分区联合出台加快推进军民融合的文件。"
    G = build({d: {"date": "2021-03-01", "jurisdiction": J}},
              [(d, node("青山市委", "PartyGovBody", J)), (d, node("东川军分区", "MilitaryUnit", J))],
              [edge(d, "青山市委", "COORDINATES_WITH", "东川军分区", s, "directive")])
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    assert not kinds(res, "mandate_without_action")
    held = kinds(res, "mandate_without_action", "held_back")[0]
    assert "joint action" in held["held_back"]["reason"]


# --- 3. coordination within one side -----------------------------------------------------------------


def coordination(head: str, htype: str, tail: str, ttype: str):
    d = "c1"
    s = f"{head}要与{tail}加强协调配合,形成工作合力。"
    return build({d: {"date": "2022-03-01", "jurisdiction": J}},
                 [(d, node(head, htype, J)), (d, node(tail, ttype, J))],
                 [edge(d, head, "COORDINATES_WITH", tail, s, "directive")])


def test_coordination_of_two_bodies_of_one_side_is_held_back_not_a_gap():
    res = gaps(coordination("青山市委", "PartyGovBody", "青山市政府", "PartyGovBody"),
               coverage_thresholds=JUDGE_ALL)
    assert not kinds(res, "mandate_without_action")
    held = kinds(res, "mandate_without_action", "held_back")[0]
    why = held["held_back"]["reason"]
    assert "civilian" in why and "coordination within one side" in why
    # across the sides it stays a finding
    res = gaps(coordination("青山市政府", "PartyGovBody", "东川军分区", "MilitaryUnit"),
               coverage_thresholds=JUDGE_ALL)
    assert kinds(res, "mandate_without_action")


# --- 4. 党管武装: posts are the line of command ----------------------------------------------------


def posts_graph(post: bool):
    """青山市委 leads 青山市政府 and 青山市发改委; 王甲 is 东川军分区司令员, which leads 青山人武部.
    post: 王甲 is also a 常委 of 青山市委 (HOLDS_POSITION); else 青山市委 works with him at a meeting
    tie of its own (COORDINATES_WITH 东川军分区)."""
    d = "q1"
    nodes = [(d, node("青山市委", "PartyGovBody", J)), (d, node("青山市政府", "PartyGovBody", J)),
             (d, node("青山市发改委", "PartyGovBody", J)), (d, node("东川军分区", "MilitaryUnit", J)),
             (d, node("青山人武部", "MilitaryUnit", J)), (d, node("王甲", "Person", J))]
    ties = [edge(d, "青山市委", "LEADS", "青山市政府", "青山市委领导青山市政府", "reported"),
            edge(d, "青山市政府", "LEADS", "青山市发改委", "青山市政府领导青山市发改委", "reported"),
            edge(d, "东川军分区", "LEADS", "青山人武部", "东川军分区领导青山人武部", "reported"),
            edge(d, "王甲", "HOLDS_POSITION", "东川军分区", "东川军分区司令员王甲", "stated")]
    if post:
        ties.append(edge(d, "王甲", "HOLDS_POSITION", "青山市委", "青山市委常委王甲", "stated"))
    else:
        ties.append(edge(d, "青山市委", "COORDINATES_WITH", "东川军分区", "青山市委与东川军分区会商",
                         "reported"))
    return build({d: {"date": "2022-05-01", "jurisdiction": J}}, nodes, ties)


def test_a_party_committee_joined_to_the_military_only_by_posts_is_held_back():
    res = gaps(posts_graph(True), kinds=["single_broker"], coverage_thresholds=JUDGE_ALL)
    held = {f["key"]: f for f in kinds(res, "single_broker", "held_back")}
    assert "single_broker|青山市委" not in {f["key"] for f in kinds(res, "single_broker")}
    assert "党管武装" in held["single_broker|青山市委"]["held_back"]["reason"]
    assert held["single_broker|青山市委"]["held_back"]["evidence"][0]["sentence"]
    # a tie of its own to the military side: the broker stands
    res = gaps(posts_graph(False), kinds=["single_broker"], coverage_thresholds=JUDGE_ALL)
    assert "single_broker|青山市委" in {f["key"] for f in kinds(res, "single_broker")}


# --- 5. a designation a park earned is no separate park ----------------------------------------------


def test_a_park_designation_typed_as_a_park_is_held_back_not_an_orphan():
    from tests.test_analysis_gaps_holdback import orphans, plan_graph

    for name in ("青山市军民融合产业示范基地", "东川省级军民融合产业基地", "青山航空特色产业基地"):
        res = gaps(plan_graph(f"{name}位于青山市东部，占地五百亩。", name, ttype="IndustrialPark"),
                   coverage_thresholds=JUDGE_ALL)
        assert not orphans(res), name
        assert "no separate park" in kinds(res, "orphan", "held_back")[0]["held_back"]["reason"]
    # a park by its own name: the orphan stands
    name = "青山市航空产业园"
    res = gaps(plan_graph(f"{name}位于青山市东部，占地五百亩。", name, ttype="IndustrialPark"),
               coverage_thresholds=JUDGE_ALL)
    assert orphans(res) == {name}


def parks_graph(names: list[str], firm_at: str = ""):
    """Parks of 青山市, each named in its own stated sentence of its own document; firm_at: the park
    东方航空科技公司 is reported settled in."""
    docs, nodes, ties = {}, [], []
    for i, name in enumerate(names):
        d = f"v{i}"
        docs[d] = {"date": "2022-06-01", "jurisdiction": J}
        nodes.append((d, node(name, "IndustrialPark", J)))
        if name == firm_at:
            nodes.append((d, node("东方航空科技公司", "Enterprise", J)))
            ties.append(edge(d, "东方航空科技公司", "LOCATED_IN", name, f"东方航空科技公司入驻{name}",
                             "reported"))
        else:
            nodes[-1] = (d, said(nodes[-1][1], d, (3, f"{name}位于青山市东部，占地五百亩。", "stated")))
    return build(docs, nodes, ties)


def test_one_park_under_several_names_is_one_park():
    a, b, c = "青山航空产业园", "青山经开区航空产业园", "青山航空航天产业园"  # (…新区… is a designation)
    res = gaps(parks_graph([a, b, c], firm_at=a), kinds=["orphan"], coverage_thresholds=JUDGE_ALL)
    # the park has a firm, whichever name a page used: merged as one body, no orphan under any name
    assert not kinds(res, "orphan") and not kinds(res, "orphan", "held_back")
    # no firm under any name: one finding for the park, saying which names it stands for
    res = gaps(parks_graph([a, b, c]), kinds=["orphan"], coverage_thresholds=JUDGE_ALL)
    found = kinds(res, "orphan")
    assert len(found) == 1 and "one body" in found[0]["searched"]
    # two parks of different trades stay two
    res = gaps(parks_graph([a, "青山电子信息产业园"]), kinds=["orphan"], coverage_thresholds=JUDGE_ALL)
    assert len(kinds(res, "orphan")) == 2
