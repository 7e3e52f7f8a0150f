"""A facility's damage or neglect (issue 9, gaps25; class from the stated-tier READ batches u57, u66
and u73): 杂草丛生, 碑文模糊不清, 无人监管, 碑面损坏, 被污损 … state a problem for the problem-statement
reader (problem_cues.json "facility_damage"), not when the damage is the object of a repair or an
order; its holder is the thing's caretaker (a body the clause names, or the addressee of the
recommendation after it), never the place beside the thing nor the document's place, and nobody
when the same story later reports it repaired (…得到修复: "solved_after_patterns").

Curated entities through `ingest --annotations`, then `gaps`. Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import damage_only, problem_clauses, reports_solved
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind

FOUND = ("东川市检察院干警对辖区内烈士纪念设施进行了实地调查，发现部分烈士陵园内存在碑文模糊不清、"
         "墓地内无人监管、杂草丛生，影响了悼念缅怀的庄重性。")
SENT = "3月18日，东川市检察院向青山县民政局公开送达了检察建议，建议其及时清理整改。"
ENTITIES = [("东川市检察院", "PartyGovBody"), ("青山县民政局", "PartyGovBody"), ("青山县", "Location")]


def _stalled(G) -> list[str]:
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    return sorted(e["name"] for f in found for e in f["entities"])


def test_damage_and_neglect_words_state_a_problem():
    assert problem_clauses(FOUND)
    assert damage_only("广场地砖粉化破损") and damage_only("烈士墓旁杂草丛生")
    assert problem_clauses("青山县烈士纪念碑体被污损，四周地砖破损。")
    assert not damage_only("该陵园纪念设施年久失修")  # a shortfall cue of its own


def test_damage_as_the_object_of_a_repair_or_an_order_is_none():
    assert problem_clauses("督促其对烈士陵园纪念设施老化破损情况进行修复整改。") == []
    assert problem_clauses("对排查出损坏的烈士纪念设施进行了维护。") == []
    assert problem_clauses("要求坚决制止恶意破坏、污损英雄肖像的行为，并对被破坏的肖像进行修复。") == []
    assert problem_clauses("青山陵园被破坏的英雄头像已经得到修复。") == []


def test_damage_words_of_another_sense_or_as_an_attribute_are_none():
    assert problem_clauses("东方重工公司产品破损率逐年下降。") == []
    assert problem_clauses("原来杂草丛生的荒地变成了青山产业园。") == []
    assert problem_clauses("青山公司按合同承担运输损坏赔偿责任。") == []


def test_the_addressee_after_the_damage_holds_it(tmp_path):
    text = "东川市检察院督促修缮烈士纪念设施\n" + FOUND + SENT + "青山县民政局表示尽快落实。"
    G = graph_of(tmp_path, text, ENTITIES)
    assert _stalled(G) == ["青山县民政局"]


def test_damage_the_story_reports_repaired_is_no_open_problem(tmp_path):
    text = ("东川市检察院督促修缮烈士纪念设施\n" + FOUND + SENT
            + "两家单位开展了为期一个月的修缮维护，如今陵园面貌焕然一新，纪念碑得到修复。")
    assert reports_solved("如今陵园面貌焕然一新，纪念碑得到修复。")
    assert not reports_solved("纪念碑至今尚未得到修复。")
    G = graph_of(tmp_path, text, ENTITIES)
    assert "青山县民政局" not in _stalled(G)


def test_no_caretaker_named_no_place_takes_the_damage(tmp_path):
    text = ("青山县英烈保护工作情况\n青山县共有烈士纪念设施12处。青山县民政局负责日常管理。"
            "而且，位于甲乙镇的四位烈士纪念园烈士墓疏于管理，杂草丛生。")
    G = graph_of(tmp_path, text, [("青山县", "Location"), ("青山县民政局", "PartyGovBody")])
    assert "青山县" not in _stalled(G)
