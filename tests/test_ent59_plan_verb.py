"""ent59 (issue 10): a place alone before 计划 is the clause's subject and 计划 the verb "plans to"
(青山市计划实施…, 东川镇计划投入…): no plan is named. A plan named by its topic keeps its name.
Invented texts."""

from __future__ import annotations

from tests.entity_helpers import ents


def _policies(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Policy"}


def test_a_place_then_plans_to_names_no_plan():  # READ u109, u113, u114
    assert not _policies("2021年,青山市计划实施27个重点项目。")
    assert not _policies("今年,东川省计划引进央企15户。")
    assert not _policies("下一步,银河镇计划投入2万元,用于加强民兵训练。")


def test_a_plan_named_by_its_topic_stays():
    assert "《青山市军民融合产业发展三年行动计划》" in _policies("印发《青山市军民融合产业发展三年行动计划》")
