"""Findings that reason about what extraction could not find (issue 9 §3, the find round): an
absence finding is held back, with the deciding sentence, where the text gives the closest
evidence that the missing tie exists; classes of items are no orphans; sides need two documents.

Invented names and texts only (青山市, 东川省 …); graphs built as the stores build them
(tests/test_analysis_graphs.build)."""

from __future__ import annotations

from dataclasses import replace

from graph.analysis.gaps import gaps
from graph.analysis.gaps.common import issued_or_cited, reports_action
from tests.test_analysis_gaps_findings import JUDGE_ALL, keys, said
from tests.test_analysis_graphs import build, edge, node

J = "青山市"


def kinds(res: dict, kind: str, where: str = "findings") -> list[dict]:
    return [f for f in res[where] if f["kind"] == kind]


# --- mandates --------------------------------------------------------------------------------


def order_graph(order: str, tail: str, ttype: str = "Policy", rel: str = "IMPLEMENTS", extra=(), conf=1.0):
    """青山市发改委 ordered (directive) to `rel` `tail` in `order`; extra: (doc, node) with sentences."""
    d = "k1"
    head = replace(node("青山市发改委", "PartyGovBody", J), confidence=conf)
    # a later document reports what the addressee did: a follow-up would have been seen (gaps6)
    nodes = [(d, head), (d, node(tail, ttype, J)), *extra, LATER[1](conf)]
    return build({d: {"date": "2021-03-01", "jurisdiction": J}, **LATER[0]}, nodes,
                 [edge(d, "青山市发改委", rel, tail, order, "directive")])


# a later document that reports what 青山市发改委 did: a follow-up would have been seen (gaps6,
# gap_rules.json coverage.mandate_min_reports), so an order to it can be judged
LATER = (
    {"k9": {"date": "2021-10-01", "jurisdiction": J}},
    lambda conf=1.0: ("k9", said(replace(node("青山市发改委", "PartyGovBody", J), confidence=conf), "k9",
                                 (3, "青山市发改委召开项目调度会。", "reported"))),
)


def test_a_co_mention_with_any_action_cue_holds_a_mandate_back():
    s = (4, "青山市发改委主任陪同青山军分区司令员到东川园区调研。", "reported")
    extra = [("k1", said(node("青山市发改委", "PartyGovBody", J), "k1", s)),
             ("k1", said(node("青山军分区", "MilitaryUnit", J), "k1", s))]
    order = "青山市发改委要支持青山军分区做好保障。"
    res = gaps(order_graph(order, "青山军分区", "MilitaryUnit", "SUPPORTS", extra))
    assert not kinds(res, "mandate_without_action")
    held = kinds(res, "mandate_without_action", "held_back")[0]
    assert held["held_back"]["evidence"][0]["sentence"] == s[1] and "action" in held["held_back"]["reason"]
    # the same two named in a sentence that reports nothing they do: the finding stands
    plain = (4, "青山市发改委和青山军分区的职责见附件。", "stated")
    extra = [("k1", said(node("青山市发改委", "PartyGovBody", J), "k1", plain)),
             ("k1", said(node("青山军分区", "MilitaryUnit", J), "k1", plain))]
    assert kinds(gaps(order_graph(order, "青山军分区", "MilitaryUnit", "SUPPORTS", extra)),
                 "mandate_without_action")


def test_a_policy_the_order_sentence_reports_as_issued_is_no_mandate():
    order = "青山市发改委制定并发布《青山市产业扶持办法》、《加快支持青山装备产业发展若干措施》等一系列政策。"
    res = gaps(order_graph(order, "加快支持青山装备产业发展若干措施", rel="SUPPORTS"))
    assert not kinds(res, "mandate_without_action")
    held = kinds(res, "mandate_without_action", "held_back")[0]
    assert "issued" in held["held_back"]["reason"] and held["held_back"]["evidence"][0]["sentence"] == order
    # told to draw it up: an order word before the cue, the mandate stands
    told = "青山市发改委要抓紧制定《青山市产业扶持办法》。"
    assert kinds(gaps(order_graph(told, "青山市产业扶持办法")), "mandate_without_action")


def test_a_policy_cited_as_the_texts_basis_is_no_mandate():
    order = "为贯彻落实《东川省军民融合促进条例》，青山市发改委要做好信息采集。"
    res = gaps(order_graph(order, "东川省军民融合促进条例"))
    assert not kinds(res, "mandate_without_action")
    assert "basis" in kinds(res, "mandate_without_action", "held_back")[0]["held_back"]["reason"]
    # an order to implement it, no basis clause: the mandate stands
    told = "青山市发改委要认真落实《东川省军民融合促进条例》。"
    assert kinds(gaps(order_graph(told, "东川省军民融合促进条例")), "mandate_without_action")


def test_a_low_confidence_party_holds_a_mandate_back():
    order = "青山市发改委要落实青山应急保障工程。"
    assert kinds(gaps(order_graph(order, "青山应急保障工程", "Project")), "mandate_without_action")
    res = gaps(order_graph(order, "青山应急保障工程", "Project", conf=0.4))
    assert not kinds(res, "mandate_without_action")
    assert "low confidence" in kinds(res, "mandate_without_action", "held_back")[0]["held_back"]["reason"]


def test_cue_reading():
    assert issued_or_cited("东川省委、省政府日前出台了《关于推进融合的意见》《青山规划》，完善顶层设计。",
                           ["青山规划"]) == "issued"
    assert issued_or_cited("根据东川意见、青山市新型工业化“十四五”发展规划，制定本方案。",
                           ["青山市新型工业化“十四五”发展规划"]) == "cited"
    assert issued_or_cited("各区要制定《青山行动方案》。", ["青山行动方案"]) == ""
    assert issued_or_cited("青山行动方案正在实施。", ["青山行动方案"]) == ""
    assert issued_or_cited("东川日报报道。", ["青山行动方案"]) == ""
    assert reports_action("青山市长出席签约仪式。") and not reports_action("青山市位于东川省。")


# --- orphans ---------------------------------------------------------------------------------


def plan_graph(sentence: str, name: str = "青山市军民融合三年行动方案", title: str = "", ttype="Policy"):
    d = "k2"
    n = said(node(name, ttype, J), d, (2, sentence, "stated"))
    return build({d: {"date": "2021", "jurisdiction": J, "title": title}}, [(d, n)], [])


def orphans(res: dict, where: str = "findings") -> set[str]:
    return {f["entities"][0]["key"] for f in kinds(res, "orphan", where)}


def test_a_plan_whose_issuer_is_named_or_that_is_cited_is_held_back_not_an_orphan():
    name = "青山市军民融合三年行动方案"
    lone = gaps(plan_graph(f"{name}明确了七项重点任务。"), coverage_thresholds=JUDGE_ALL)
    assert orphans(lone) == {name}
    for s, why in ((f"青山市委、市政府近日出台了《{name}》，完善顶层设计。", "issuer"),
                   (f"根据{name}，制定本工作要点。", "basis")):
        res = gaps(plan_graph(s), coverage_thresholds=JUDGE_ALL)
        assert not orphans(res) and orphans(res, "held_back") == {name}
        assert why in kinds(res, "orphan", "held_back")[0]["held_back"]["reason"]


def test_the_documents_own_plan_is_no_orphan():
    name = "青山市军民融合三年行动方案"
    res = gaps(plan_graph(f"{name}明确了七项重点任务。", title=f"{name}（2021-2023）（征求意见稿）"),
               coverage_thresholds=JUDGE_ALL)
    assert not orphans(res) and "title" in kinds(res, "orphan", "held_back")[0]["held_back"]["reason"]


def test_a_category_of_projects_is_no_orphan():
    res = gaps(plan_graph("将加大对青山重大科研项目支持力度。", "青山重大科研项目", ttype="Project"),
               coverage_thresholds=JUDGE_ALL)
    assert not orphans(res) and not orphans(res, "held_back")
    named = gaps(plan_graph("青山卫星导航应用项目已经开工。", "青山卫星导航应用项目", ttype="Project"),
                 coverage_thresholds=JUDGE_ALL)
    assert orphans(named) == {"青山卫星导航应用项目"}


# --- disconnected sides ----------------------------------------------------------------------


def sides(sentences, docs=("k3",), title: str = "", extra=()) -> object:
    """青山军分区 and 青山市发改委 with the given mention sentences (index, sentence, modality) per
    document; two typed ties of each side's own in each document (up to two documents), so that
    coverage has facts."""
    nodes, edges = [], []
    for d, (unit, office) in zip(docs, (("青山人武部", "青山市工信局"), ("青山民兵营", "青山市科技局")),
                                 strict=False):
        mil = said(node("青山军分区", "MilitaryUnit", J), d, *sentences[0][d])
        civ = said(node("青山市发改委", "PartyGovBody", J), d, *sentences[1][d])
        nodes += [(d, mil), (d, civ), (d, node(unit, "MilitaryUnit", J))]
        nodes.append((d, node(office, "PartyGovBody", J)))
        edges.append(edge(d, "青山军分区", "LEADS", unit, f"青山军分区领导{unit}", "reported"))
        tie = f"青山市发改委会同{office}"
        edges.append(edge(d, "青山市发改委", "COORDINATES_WITH", office, tie, "reported"))
    metas = {d: {"date": "2021", "jurisdiction": J, "title": title} for d in docs}
    return build(metas, nodes + list(extra), edges)


def test_sides_named_together_with_an_action_cue_are_held_back():
    s = (1, "青山军分区司令员出席青山市发改委召开的座谈会。", "reported")
    res = gaps(sides([{"k3": [s]}, {"k3": [s]}]), coverage_thresholds=JUDGE_ALL)
    assert f"disconnected_sides|{J}" not in keys(res)
    assert kinds(res, "disconnected_sides", "held_back")[0]["held_back"]["evidence"][0]["sentence"] == s[1]


def test_an_actor_named_only_in_the_title_line_holds_the_sides_back():
    title = "青山军分区召开国防动员工作会议"
    s_mil = (0, title, "reported")
    s_civ = (3, "青山市发改委印发年度计划。", "reported")
    res = gaps(sides([{"k3": [s_mil]}, {"k3": [s_civ]}], title=title), coverage_thresholds=JUDGE_ALL)
    assert f"disconnected_sides|{J}" not in keys(res)
    assert "title" in kinds(res, "disconnected_sides", "held_back")[0]["held_back"]["reason"]


def test_disconnected_sides_need_two_documents():
    one = {"k3": [(1, "青山军分区召开党委会。", "reported")]}
    other = {"k3": [(2, "青山市发改委印发通知。", "reported")]}
    res = gaps(sides([one, other]))
    assert f"disconnected_sides|{J}" not in keys(res)
    assert f"disconnected_sides|{J}" in keys(res, "undetermined")
    two = [{d: [(1, "青山军分区召开党委会。", "reported")] for d in ("k3", "k4")},
           {d: [(2, "青山市发改委印发通知。", "reported")] for d in ("k3", "k4")}]
    assert f"disconnected_sides|{J}" in keys(gaps(sides(two, docs=("k3", "k4"))))


def test_a_plan_to_draw_up_a_policy_is_not_read_as_issued():
    assert issued_or_cited("东川司将于明年组织编制《青山目录》。", ["青山目录"]) == ""
    assert issued_or_cited("东川司去年组织编制了《青山目录》。", ["青山目录"]) == "issued"


def test_items_named_only_in_an_enumeration_are_mentioned_in_passing():
    s = "近年来，先后建成青山信息产业基地、东川船舶产业基地、青山通用航空产业基地等一批园区。"
    res = gaps(plan_graph(s, "青山通用航空产业基地", ttype="IndustrialPark"), coverage_thresholds=JUDGE_ALL)
    assert not orphans(res) and "enumeration" in kinds(res, "orphan", "held_back")[0]["held_back"]["reason"]
    alone = "青山通用航空产业基地去年建成，占地三平方公里。"
    park = plan_graph(alone, "青山通用航空产业基地", ttype="IndustrialPark")
    res = gaps(park, coverage_thresholds=JUDGE_ALL)
    assert orphans(res) == {"青山通用航空产业基地"}


def test_a_national_order_between_national_parties_is_not_judged():
    """No party has a jurisdiction: local documents cannot show it done or undone."""
    d = "k5"
    nodes = [(d, node("东海部", "PartyGovBody")), (d, node("东海强国行动纲要", "Policy"))]
    order = "东海部要落实东海强国行动纲要。"
    ties = [edge(d, "东海部", "IMPLEMENTS", "东海强国行动纲要", order, "directive")]
    G = build({d: {"date": "2021"}}, nodes, ties)
    res = gaps(G)
    assert not kinds(res, "mandate_without_action")
    assert "no party has a jurisdiction" in kinds(res, "mandate_without_action", "undetermined")[0]["note"]
    assert kinds(gaps(G, coverage_thresholds=JUDGE_ALL), "mandate_without_action")  # judged when asked


def test_designated_zones_are_no_parks_without_tenants():
    for zone in ("青山转型发展示范区", "东川循环经济试验区", "青山滨江新区"):
        G = plan_graph(f"{zone}去年获批设立。", zone, ttype="IndustrialPark")
        res = gaps(G, coverage_thresholds=JUDGE_ALL)
        assert not orphans(res) and not orphans(res, "held_back"), zone


def test_an_order_sentence_that_also_reports_work_done_is_held_back():
    order = "近年来，青山市发改委加快推进青山科技城建设，做了大量卓有成效的工作。"
    res = gaps(order_graph(order, "青山科技城", "Project"))
    assert not kinds(res, "mandate_without_action")
    assert "work done" in kinds(res, "mandate_without_action", "held_back")[0]["held_back"]["reason"]


def test_an_addressee_carried_from_far_back_holds_the_mandate_back():
    """The order names no addressee and the body was last named two sentences before."""
    d = "k6"
    office = said(node("青山市发改委", "PartyGovBody", J), d, (0, "青山市发改委、各区经信局：", "stated"))
    order = "为推动东川新材料产品进入军品市场，要积极推荐相关产品。"
    nodes = [(d, office), (d, node("东川新材料推荐目录", "Policy", J))]

    def graph(index: int):
        e = edge(d, "青山市发改委", "IMPLEMENTS", "东川新材料推荐目录", order, "directive")
        e = (e[0], replace(e[1], evidence=replace(e[1].evidence, sentence_index=index)))
        return build({d: {"date": "2021", "jurisdiction": J}, **LATER[0]}, [*nodes, LATER[1]()], [e])

    far = gaps(graph(2))
    assert not kinds(far, "mandate_without_action")
    assert "not named" in kinds(far, "mandate_without_action", "held_back")[0]["held_back"]["reason"]
    assert kinds(gaps(graph(1)), "mandate_without_action")  # the sentence right after: carried fairly


def test_an_order_to_implement_a_national_strategy_has_no_concrete_counterpart():
    d = "k7"
    nodes = [(d, node("青山市发改委", "PartyGovBody", J)), (d, node("东海强国战略", "Policy")),
             (d, node("国家级东川创新中心", "Policy"))]
    call, plan = "青山市发改委要深入实施东海强国战略。", "青山市发改委将申报国家级东川创新中心。"
    ties = [edge(d, "青山市发改委", "IMPLEMENTS", "东海强国战略", call, "directive"),
            edge(d, "青山市发改委", "IMPLEMENTS", "国家级东川创新中心", plan, "plan")]
    res = gaps(build({d: {"date": "2021", "jurisdiction": J}, **LATER[0]}, [*nodes, LATER[1]()], ties))
    reported = {f["details"]["relations"][0]["tail"] for f in kinds(res, "mandate_without_action")}
    assert reported == {"国家级东川创新中心"}  # a designation applied for is concrete
    held = kinds(res, "mandate_without_action", "held_back")[0]
    assert "strategy" in held["held_back"]["reason"]


def test_disconnected_sides_need_relations_not_just_documents():
    """Two documents, but most of the sides' actors have no typed relation at all."""
    docs = ("k3", "k4")
    two = [{d: [(1, "青山军分区召开党委会。", "reported")] for d in docs},
           {d: [(2, "青山市发改委印发通知。", "reported")] for d in docs}]
    assert f"disconnected_sides|{J}" in keys(gaps(sides(two, docs=docs)))
    lone = [("k3", node(n, t, J)) for n, t in (
        ("青山警备区", "MilitaryUnit"), ("青山海防团", "MilitaryUnit"), ("青山市民政局", "PartyGovBody"),
        ("青山市交通局", "PartyGovBody"), ("青山市财政局", "PartyGovBody"), ("青山市商务局", "PartyGovBody"),
        ("青山市审计局", "PartyGovBody"))]  # 6 of 13 sided actors tied
    res = gaps(sides(two, docs=docs, extra=lone))
    assert f"disconnected_sides|{J}" not in keys(res)
    f = next(f for f in res["undetermined"] if f["key"] == f"disconnected_sides|{J}")
    assert f["details"]["tied_share"] < 0.5 and "with any typed relation" in f["note"]


def test_an_order_sentence_reporting_the_parties_joint_action_is_its_own_answer():
    done = "去年，青山市发改委和青山军分区联合出台加快推进融合发展的文件。"
    res = gaps(order_graph(done, "青山军分区", "MilitaryUnit", "COORDINATES_WITH"))
    assert not kinds(res, "mandate_without_action")
    assert "joint action" in kinds(res, "mandate_without_action", "held_back")[0]["held_back"]["reason"]
    hosted = "为加快推进协同创新，5月26-27日，青山市发改委、青山军分区在青山联合主办东川论坛。"
    assert not kinds(gaps(order_graph(hosted, "青山军分区", "MilitaryUnit", "COORDINATES_WITH")),
                     "mandate_without_action")
    deadline = "青山市发改委要在5月30日前会同青山军分区报送方案。"  # a deadline, not a date of action
    assert kinds(gaps(order_graph(deadline, "青山军分区", "MilitaryUnit", "COORDINATES_WITH")),
                 "mandate_without_action")


def test_cues_are_matched_in_traditional_characters_too():
    s = (1, "青山市發改委主任李乙、青山軍分區司令員王甲講話。", "stated")
    res = gaps(sides([{"k3": [s]}, {"k3": [s]}]), coverage_thresholds=JUDGE_ALL)
    assert f"disconnected_sides|{J}" not in keys(res)
    assert kinds(res, "disconnected_sides", "held_back")
    assert issued_or_cited("青山市委、市政府日前出臺了《青山規劃》。", ["青山規劃"]) == "issued"


def test_a_park_named_only_as_a_title_conferred_is_no_orphan():
    name = "青山省军民融合产业示范基地"
    s = f"2013年，东川高新区基地被省经信委授予“{name}”称号。"
    res = gaps(plan_graph(s, name, ttype="IndustrialPark"), coverage_thresholds=JUDGE_ALL)
    assert not orphans(res) and "title" in kinds(res, "orphan", "held_back")[0]["held_back"]["reason"]
