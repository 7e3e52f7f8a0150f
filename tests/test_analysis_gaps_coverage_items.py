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


def test_a_venue_or_a_training_site_is_no_park_orphan():
    for name in ("青山会展中心", "东川国际会议中心", "青山市民兵训练基地", "东川科技大市场"):
        G = item_graph(name, "IndustrialPark", f"{name}去年建成。", f"{name}占地三平方公里。")
        res = gaps(G, coverage_thresholds=ITEM_GATE)
        assert f"orphan|{name}" not in keys(res), name
        held = [f for f in res["held_back"] if f["key"] == f"orphan|{name}"]
        assert held and "not an industrial park" in held[0]["held_back"]["reason"], name
    park = "青山航空产业园"
    G = item_graph(park, "IndustrialPark", f"{park}去年建成。", f"{park}占地三平方公里。")
    assert f"orphan|{park}" in keys(gaps(G, coverage_thresholds=ITEM_GATE))


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
