"""Gap findings that one mention or a co-actor contradicts (issue 9, gaps3): an item the corpus
names in one sentence is "not enough coverage to tell", not an orphan; a venue or a training site
is no park; a single broker whose co-actors are named acting together with the other side is held
back (率市委、市政府慰问团慰问驻军; 由省委、省政府、省军区主办).

Invented names and texts only (青山市, 东川大学 …); graphs built as the stores build them
(tests/test_analysis_graphs.build)."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from tests.test_analysis_gaps_findings import JUDGE_ALL, keys, said
from tests.test_analysis_gaps_holdback import kinds
from tests.test_analysis_graphs import build, edge, node

J = "青山市"
# coverage on (an item needs orphan_min_sentences sentences), the jurisdiction gate open
ITEM_GATE = {"min_documents": 1, "min_facts": 0, "broker_min_documents": 0, "peer_min_documents": 0}


def item_graph(name: str, ttype: str, *sentences: str):
    d = "g1"
    n = said(node(name, ttype, J), d, *((i, s, "stated") for i, s in enumerate(sentences)))
    return build({d: {"date": "2022", "jurisdiction": J}}, [(d, n)], [])


# --- orphans need more than one sentence ---------------------------------------------------------


def test_an_item_named_in_one_sentence_is_not_enough_coverage_to_tell():
    fund = "青山市军民融合产业发展基金"
    once = gaps(item_graph(fund, "Fund", f"引进{fund}，首期规模五亿元；建成青山孵化器。"),
                coverage_thresholds=ITEM_GATE)
    assert f"orphan|{fund}" not in keys(once)
    undetermined = [f for f in once["undetermined"] if f["key"] == f"orphan|{fund}"]
    assert undetermined and "named in 1 sentence" in undetermined[0]["note"]
    # the corpus says more about it: the absence of any investment is a finding
    twice = gaps(item_graph(fund, "Fund", f"{fund}去年设立，首期规模五亿元。",
                            f"{fund}由青山市财政局出资。"), coverage_thresholds=ITEM_GATE)
    assert f"orphan|{fund}" in keys(twice)
    # judge-all (every gate off) still shows the reasoning
    assert f"orphan|{fund}" in keys(gaps(item_graph(fund, "Fund", f"引进{fund}。"),
                                         coverage_thresholds=JUDGE_ALL))


def test_a_venue_a_training_site_or_a_development_zone_is_no_park_orphan():
    for name in ("青山会展中心", "东川国际会议中心", "青山市民兵训练基地", "东川科技大市场", "青山经济开发区",
                 "东川高新区(航空小镇)"):
        G = item_graph(name, "IndustrialPark", f"{name}去年建成。", f"{name}占地三平方公里。")
        res = gaps(G, coverage_thresholds=ITEM_GATE)
        assert f"orphan|{name}" not in keys(res), name
        held = [f for f in res["held_back"] if f["key"] == f"orphan|{name}"]
        assert held and "not an industrial park" in held[0]["held_back"]["reason"], name
    for park in ("青山航空产业园", "青山经济开发区军民融合产业园"):  # a park inside a zone stays a park
        G = item_graph(park, "IndustrialPark", f"{park}去年建成。", f"{park}占地三平方公里。")
        assert f"orphan|{park}" in keys(gaps(G, coverage_thresholds=ITEM_GATE)), park


# --- single brokers: co-actors named acting together ---------------------------------------------


def broker_graph(co_actors: bool):
    """青山市委 is tied to 青山军分区 and to 青山市政府 (which works with 东川大学): cut it and the sides
    fall apart. With co_actors, a report names 青山市政府 visiting the garrison with it."""
    d = "g2"
    visit = "王甲率青山市委、青山市政府慰问团慰问青山军分区官兵。"
    extra = [(5, visit, "reported")] if co_actors else []
    nodes = [
        (d, said(node("青山市委", "PartyGovBody", J), d, (1, "青山市委支持青山军分区建设。", "reported"),
                 (2, "青山市委领导青山市政府。", "reported"), *extra)),
        (d, said(node("青山军分区", "MilitaryUnit", J), d, (1, "青山市委支持青山军分区建设。", "reported"),
                 *extra)),
        (d, said(node("青山市政府", "PartyGovBody", J), d, (2, "青山市委领导青山市政府。", "reported"),
                 (3, "青山市政府与东川大学签约合作。", "reported"), *extra)),
        (d, said(node("东川大学", "ResearchInstitute", J), d,
                 (3, "青山市政府与东川大学签约合作。", "reported"))),
    ]
    ties = [
        edge(d, "青山市委", "SUPPORTS", "青山军分区", "青山市委支持青山军分区建设。", "reported"),
        edge(d, "青山市委", "LEADS", "青山市政府", "青山市委领导青山市政府。", "reported"),
        edge(d, "青山市政府", "COORDINATES_WITH", "东川大学", "青山市政府与东川大学签约合作。", "reported"),
    ]
    return build({d: {"date": "2022-07-31", "jurisdiction": J}}, nodes, ties)


def test_a_broker_whose_co_actor_acts_with_the_other_side_is_held_back():
    alone = gaps(broker_graph(False), kinds=["single_broker"], coverage_thresholds=JUDGE_ALL)
    assert "single_broker|青山市委" in keys(alone)
    res = gaps(broker_graph(True), kinds=["single_broker"], coverage_thresholds=JUDGE_ALL)
    assert "single_broker|青山市委" not in keys(res)
    held = [f for f in kinds(res, "single_broker", "held_back") if f["key"] == "single_broker|青山市委"]
    assert held and "named together" in held[0]["held_back"]["reason"]
    assert held[0]["held_back"]["evidence"][0]["sentence"].startswith("王甲率青山市委、青山市政府慰问团")


def test_co_hosts_of_one_event_hold_its_host_back_as_only_link():
    """由A、B、C主办: the co-hosts share the act; a sentence without an action cue does not count."""
    d = "g3"
    hosts = "本次推进大会由东川省委、东川省政府、东川省军区主办。"
    listed = "东川省委、东川省政府、东川省军区的名称见附件。"

    P = "东川省"

    def graph(sentence: str):
        nodes = [
            (d, said(node("东川省政府", "PartyGovBody", P), d, (1, "东川省政府支持东川省军区。", "reported"),
                     (2, "东川省政府领导东川省委办公厅。", "reported"), (7, sentence, "reported"))),
            (d, said(node("东川省军区", "MilitaryUnit", P), d, (1, "东川省政府支持东川省军区。", "reported"),
                     (7, sentence, "reported"))),
            (d, said(node("东川省委办公厅", "PartyGovBody", P), d,
                     (2, "东川省政府领导东川省委办公厅。", "reported"))),
            (d, said(node("东川省委", "PartyGovBody", P), d, (3, "东川省委领导东川省委办公厅。", "reported"),
                     (7, sentence, "reported"))),
        ]
        ties = [
            edge(d, "东川省政府", "SUPPORTS", "东川省军区", "东川省政府支持东川省军区。", "reported"),
            edge(d, "东川省政府", "LEADS", "东川省委办公厅", "东川省政府领导东川省委办公厅。", "reported"),
            edge(d, "东川省委", "LEADS", "东川省委办公厅", "东川省委领导东川省委办公厅。", "reported"),
        ]
        return build({d: {"date": "2022-09-25", "jurisdiction": "东川省"}}, nodes, ties)

    assert "single_broker|东川省政府" not in keys(gaps(graph(hosts), kinds=["single_broker"],
                                                     coverage_thresholds=JUDGE_ALL))
    assert "single_broker|东川省政府" in keys(gaps(graph(listed), kinds=["single_broker"],
                                                 coverage_thresholds=JUDGE_ALL))


# --- disconnected sides: each side said more than once, in a document naming both ------------------


def sides_docs(mil_sentences: dict[str, list[str]], civ_sentences: dict[str, list[str]]):
    """青山军分区 and 青山市发改委 named in the given sentences per document, each with a typed tie to a
    project of its own (no third sided actor), so that relations are not thin."""
    nodes, edges, docs = [], [], sorted(set(mil_sentences) | set(civ_sentences))
    for d in docs:
        for actor, etype, project, ss, at in (
            ("青山军分区", "MilitaryUnit", "青山民兵营房工程", mil_sentences.get(d, []), 0),
            ("青山市发改委", "PartyGovBody", "青山产业升级工程", civ_sentences.get(d, []), 10),
        ):
            if ss:
                lines = [(at + i, s, "reported") for i, s in enumerate(ss)]
                nodes += [(d, said(node(actor, etype, J), d, *lines)), (d, node(project, "Project", J))]
                edges.append(edge(d, actor, "IMPLEMENTS", project, f"{actor}实施{project}", "reported"))
    return build({d: {"date": "2021", "jurisdiction": J} for d in docs}, nodes, edges)


SIDES_GATE = {"min_documents": 1, "min_facts": 1}


def test_sides_from_unrelated_articles_or_named_once_are_not_enough_coverage():
    key = f"disconnected_sides|{J}"
    # the garrison in one article, the commission in another: no document speaks of both sides
    apart = gaps(sides_docs({"m1": ["青山军分区召开党委会。", "青山军分区组织演练。"]},
                            {"m2": ["青山市发改委印发通知。", "青山市发改委召开会议。"]}),
                 coverage_thresholds=SIDES_GATE)
    assert key not in keys(apart)
    note = next(f["note"] for f in apart["undetermined"] if f["key"] == key)
    assert "unrelated articles" in note
    # the garrison named once, in passing
    once = gaps(sides_docs({"m1": ["按照青山军分区的要求开展工作。"], "m2": []},
                           {"m1": ["青山市发改委印发通知。"], "m2": ["青山市发改委召开会议。"]}),
                coverage_thresholds=SIDES_GATE)
    assert key not in keys(once)
    note = next(f["note"] for f in once["undetermined"] if f["key"] == key)
    assert "military side named in 1 sentence" in note
    # both sides said twice, in documents naming both: the absence of any channel is a finding
    both = gaps(sides_docs({"m1": ["青山军分区召开党委会。"], "m2": ["青山军分区组织演练。"]},
                           {"m1": ["青山市发改委印发通知。"], "m2": ["青山市发改委召开会议。"]}),
                coverage_thresholds=SIDES_GATE)
    assert key in keys(both)


# --- peer comparison: a sentence naming what may be such a body ---------------------------------


def test_a_missing_park_is_held_back_when_a_sentence_names_one_extraction_did_not_type():
    def gap(visit: str | None):
        nodes = []
        for j, ds in (("青山市", ("r0", "r1", "r2")), ("东湖市", ("r3", "r4", "r5")),
                      ("南岭市", ("r6", "r7", "r8"))):
            for d in ds:
                for b in ("发改委", "工信局", "科技局"):
                    n = node(f"{j}{b}", "PartyGovBody", j)
                    if visit and (j, d, b) == ("南岭市", "r6", "发改委"):
                        n = said(n, d, (3, visit, "reported"))
                    nodes.append((d, n))
            if j != "南岭市":
                nodes.append((ds[0], node(f"{j}航空产业园", "IndustrialPark", j)))
        docs = {f"r{i}": {"jurisdiction": ""} for i in range(9)}
        return gaps(build(docs, nodes, []), kinds=["peer_gap"], coverage_thresholds=JUDGE_ALL)

    key = "peer_gap|南岭市|mcf_park"
    assert key in keys(gap(None))
    visit = "南岭市发改委到南岭经济开发区调研企业。"
    res = gap(visit)
    assert key not in keys(res)
    held = next(f for f in res["held_back"] if f["key"] == key)
    assert "Industrial park" in held["held_back"]["reason"]
    assert held["held_back"]["evidence"][0]["sentence"] == visit


# --- mandates: items of the speaker's plan, names that read as clauses ---------------------------


def order_graph(order: str, tail: str, ttype: str, rel: str, head=("青山市发改委", "PartyGovBody")):
    """`head` ordered (directive) to `rel` `tail` in the sentence `order`."""
    d = "g4"
    nodes = [(d, node(head[0], head[1], J)), (d, node(tail, ttype, J))]
    return build({d: {"date": "2021-03-01", "jurisdiction": J}}, nodes,
                 [edge(d, head[0], rel, tail, order, "directive")])


def test_two_items_of_the_speakers_own_plan_are_not_told_to_work_together():
    order = ("在工业强省方面,我省将大力推进军民融合,加大青山军民融合示范区建设加快推进与东方核工业集团"
             "签署合作协议。")
    res = gaps(order_graph(order, "东方核工业集团", "Enterprise", "COORDINATES_WITH",
                           head=("青山军民融合示范区", "IndustrialPark")), coverage_thresholds=JUDGE_ALL)
    assert not kinds(res, "mandate_without_action")
    held = kinds(res, "mandate_without_action", "held_back")
    assert held and "speaker's own plan" in held[0]["held_back"]["reason"]
    # the speaker telling two partners to work together (A与B) is an order to them
    partners = "我们要推动青山市发改委与东方核工业集团密切合作。"
    res = gaps(order_graph(partners, "东方核工业集团", "Enterprise", "COORDINATES_WITH"),
               coverage_thresholds=JUDGE_ALL)
    assert kinds(res, "mandate_without_action")
    # a named addressee before the first person: an order to the two of them
    named = "青山市发改委要与东方核工业集团对接,我市将给予支持。"
    res = gaps(order_graph(named, "东方核工业集团", "Enterprise", "COORDINATES_WITH"),
               coverage_thresholds=JUDGE_ALL)
    assert kinds(res, "mandate_without_action")


def test_a_park_whose_name_reads_as_a_clause_is_held_back():
    name = "青山建设海洋经济示范园区"
    res = gaps(item_graph(name, "IndustrialPark", f"支持{name}。", f"{name}占地三平方公里。"),
               coverage_thresholds=ITEM_GATE)
    held = [f for f in res["held_back"] if f["key"] == f"orphan|{name}"]
    assert held and "reads as a clause" in held[0]["held_back"]["reason"]
    order = f"青山市发改委要支持{name}。"
    res = gaps(order_graph(order, name, "IndustrialPark", "SUPPORTS"), coverage_thresholds=JUDGE_ALL)
    assert not kinds(res, "mandate_without_action")
    assert "reads as a clause" in kinds(res, "mandate_without_action", "held_back")[0]["held_back"]["reason"]
    # a plain park name stays a finding
    plain = "青山海洋经济示范园区"
    res = gaps(order_graph(f"青山市发改委要支持{plain}。", plain, "IndustrialPark", "SUPPORTS"),
               coverage_thresholds=JUDGE_ALL)
    assert kinds(res, "mandate_without_action")


def test_a_pledge_after_an_order_leaves_the_order_standing():
    """甲要与乙对接,我市将给予支持: the order to 甲 stands; the city's pledge is another clause."""
    from graph.analysis.gaps.common import not_an_order

    assert not not_an_order("青山市发改委要与东方核工业集团对接,我市将给予支持。")
    assert not_an_order("青山市发改委将继续全力支持青山军分区建设。")
    assert not_an_order("我们将一如既往地支持青山军分区,这是重要的责任。")  # 重要 is no order word


def test_a_place_joining_unrelated_articles_is_no_single_broker():
    """青山市 named by a garrison report and by an unrelated university forum: the city node joins
    them, the texts do not; in one report naming both, the finding stands."""

    def graph(same: bool):
        a, b = "g5", ("g5" if same else "g6")
        docs = {a: {"date": "2018-08-01", "jurisdiction": J}, b: {"date": "2022-05-20", "jurisdiction": J}}
        nodes = [(a, node("青山市", "Location", J)), (a, node("青山军分区", "MilitaryUnit", J)),
                 (a, node("青山人武部", "MilitaryUnit", J)), (b, node("青山市", "Location", J)),
                 (b, node("东川大学", "ResearchInstitute", J)),
                 (b, node("东川研究院", "ResearchInstitute", J))]
        ties = [edge(a, "青山军分区", "SUPPORTS", "青山市", "青山军分区支持青山市建设", "reported"),
                edge(a, "青山军分区", "LEADS", "青山人武部", "青山军分区领导青山人武部", "reported"),
                edge(b, "东川大学", "SUPPORTS", "青山市", "东川大学支持青山市发展", "reported"),
                edge(b, "东川大学", "COORDINATES_WITH", "东川研究院", "东川大学与东川研究院合作", "reported")]
        return build(docs, nodes, ties)

    res = gaps(graph(False), kinds=["single_broker"], coverage_thresholds=JUDGE_ALL)
    assert "single_broker|青山市" not in keys(res)
    held = [f for f in res["held_back"] if f["key"] == "single_broker|青山市"]
    assert held and "unrelated documents" in held[0]["held_back"]["reason"]
    same = gaps(graph(True), kinds=["single_broker"], coverage_thresholds=JUDGE_ALL)
    assert "single_broker|青山市" in keys(same)


def test_an_aspiration_to_become_a_designation_is_no_mandate():
    """要…全力打造X示范城市: the city's aspiration to a title; 申报/创建 X (an application) stays."""
    title = "东川军民融合示范城市"
    order = f"青山市要发挥好优势,全力打造{title}。"
    res = gaps(order_graph(order, title, "Policy", "IMPLEMENTS", head=("青山市", "Location")),
               coverage_thresholds=JUDGE_ALL)
    assert not kinds(res, "mandate_without_action")
    assert "aspiration" in kinds(res, "mandate_without_action", "held_back")[0]["held_back"]["reason"]
    applied = f"青山市要积极申报{title}。"
    res = gaps(order_graph(applied, title, "Policy", "IMPLEMENTS", head=("青山市", "Location")),
               coverage_thresholds=JUDGE_ALL)
    assert kinds(res, "mandate_without_action")


def test_a_park_whose_sentence_speaks_of_firms_signing_or_settling_is_held_back():
    park = "青山航空产业园"
    res = gaps(item_graph(park, "IndustrialPark", f"{park}项目签约仪式举行,首批十家企业入驻。",
                          f"{park}占地三平方公里。"), coverage_thresholds=ITEM_GATE)
    held = [f for f in res["held_back"] if f["key"] == f"orphan|{park}"]
    assert held and "firms or projects" in held[0]["held_back"]["reason"]
    # a problem sentence stating the lack of firms is evidence for the gap, not against it
    d = "g7"
    n = said(node(park, "IndustrialPark", J), d, (0, f"{park}已经规划两年。", "stated"),
             (1, f"{park}建设进度慢,缺乏龙头企业支撑。", "problem"))
    res = gaps(build({d: {"date": "2022", "jurisdiction": J}}, [(d, n)], []), coverage_thresholds=ITEM_GATE)
    assert f"orphan|{park}" in keys(res)


def test_a_park_said_to_have_no_firms_yet_stays_an_orphan():
    park = "青山航空产业园"
    G = item_graph(park, "IndustrialPark", f"{park}去年建成。", f"{park}目前尚无企业入驻。")
    assert f"orphan|{park}" in keys(gaps(G, coverage_thresholds=ITEM_GATE))
