"""bench/findings_causes.py: one cause per finding the two graphs disagree on (invented names)."""

from __future__ import annotations

import sys
from pathlib import Path

from graph.analysis.gaps import gaps
from tests.test_analysis_graphs import build, edge, node

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import findings_causes as fc  # noqa: E402

J = "青山市"
ORDER = "青山市发改委要会同青山军分区做好应急保障。"


def graph(answered: bool = False, fund: bool = True, fund_j: str = J):
    d = "c1"
    nodes = [(d, node("青山市发改委", "PartyGovBody", J)), (d, node("青山军分区", "MilitaryUnit", J))]
    if fund:
        nodes.append((d, node("青山融合基金", "Fund", fund_j)))
    ties = [edge(d, "青山市发改委", "COORDINATES_WITH", "青山军分区", ORDER, "directive")]
    if answered:
        met = "青山军分区与青山市发改委召开对接会"
        ties.append(edge(d, "青山军分区", "COORDINATES_WITH", "青山市发改委", met, "reported"))
    return build({d: {"date": "2021", "jurisdiction": J}}, nodes, ties)


def cause(here, there, key: str, fp: bool) -> str:
    th = dict.fromkeys((
        "min_documents", "min_facts", "broker_min_documents", "peer_min_documents", "mandate_min_reports"), 0)
    f = next(f for f in gaps(here, coverage_thresholds=th)["findings"] if f["key"] == key)
    return fc.cause_of(f, here, there, gaps(there, coverage_thresholds=th), fp=fp)


def test_a_spurious_mandate_is_a_missed_answer_and_a_missed_orphan_a_missed_entity():
    key = "mandate_without_action|青山市发改委|COORDINATES_WITH|青山军分区"
    gold, machine = graph(answered=True, fund=True), graph(answered=False, fund=False)
    assert cause(machine, gold, key, fp=True) == "missed relation"
    assert cause(gold, machine, "orphan|青山融合基金", fp=False) == "missed entity"


def test_the_same_entity_under_another_jurisdiction_is_a_jurisdiction_assignment():
    gold, machine = graph(fund_j=J), graph(fund_j="东川市")
    assert cause(machine, gold, "orphan|青山融合基金", fp=True) == "jurisdiction assignment"
