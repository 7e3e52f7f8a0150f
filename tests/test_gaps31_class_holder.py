"""gaps31 (issue 9): a problem clause that names its own holder as a class is not the named body's.

The held-out judges found stalled findings on a body named in the problem sentence only outside
its problem clause, while the clause names the class that has the problem (READ u37: the
sub-district's survey found 一些基层武装部还存在…问题; u49: the national office 设在… in a set-up
clause, 导致省级…机构力量薄弱; u83: the surveyors 陕西省军地检察官 found 多处国防教育基地存在…问题).
The body is the finder, the surveyor, or where another body is housed; extraction pinned the
problem on it for want of a node for the class (graph/data/holdback_cues.json owner
class_subject). Such findings are held back as not its problem. Invented names and texts only."""

from __future__ import annotations

import pytest

from graph.analysis.gaps import gaps
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, names, of_kind

BODIES = [("青山军分区", "MilitaryUnit"), ("青山省国防教育办公室", "PartyGovBody"),
          ("东川县人武部", "MilitaryUnit"), ("青山市", "Location")]


@pytest.mark.parametrize("text, body", [
    ("青山军分区抓建基层武装部\n前期,青山军分区调查发现,一些基层武装部还存在硬件设施不达标、"
     "业务工作不规范等问题。", "青山军分区"),
    ("国防教育机构设置\n目前,青山省国防教育办公室设在省军区,各地国防教育领导机构设置不一,"
     "导致市级国防教育机构力量薄弱、人员虚编等问题突出。", "青山省国防教育办公室"),
    ("英烈纪念设施巡查\n活动中,青山市军地检察官组成联合调查组进行巡查,"
     "发现多处国防教育基地存在场馆设施破损、讲解人员不足等问题。", "青山市"),
])
def test_a_body_named_outside_a_class_problem_clause_is_not_its_holder(tmp_path, text, body):
    res = gaps(graph_of(tmp_path, text, BODIES), coverage_thresholds=JUDGE_ALL)
    assert body not in names(of_kind(res, "stalled"))
    held = [f for f in of_kind(res, "stalled", "held_back") if body in names([f])]
    assert held and "names its own holder, a class" in held[0]["held_back"]["reason"]


@pytest.mark.parametrize("text, body", [
    # the body is named inside the problem clause: its own problem
    ("东川县民兵工作\n东川县人武部部分专武干部配备落实不到位。", "东川县人武部"),
    # a level word without a causal opener is the body's own level (市级财政 of the city)
    ("青山市国防动员工作\n青山市国防动员工作稳步推进,市级财政投入不足、保障滞后。", "青山市"),
])
def test_a_body_whose_own_clause_states_the_problem_keeps_it(tmp_path, text, body):
    res = gaps(graph_of(tmp_path, text, BODIES), coverage_thresholds=JUDGE_ALL)
    assert body in names(of_kind(res, "stalled"))


def test_class_subject_reads_the_clause_not_the_sentence():
    import networkx as nx

    from graph.analysis.gaps.owner import class_subject

    G = nx.MultiDiGraph()
    G.add_node("青山军分区", name="青山军分区", aliases=[], type="MilitaryUnit")
    p = {"sentence": "青山军分区调查发现,一些基层武装部还存在业务工作不规范等问题。"}
    assert class_subject(G, "青山军分区", p).startswith("一些基层武装部")
    p = {"sentence": "一些乡镇反映,青山军分区业务工作不规范等问题突出。"}
    assert class_subject(G, "青山军分区", p) == ""
