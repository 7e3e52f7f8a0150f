"""A park named in a sentence that speaks of projects there is no park shown without tenants (gaps26:
READ u14, u52, u59, u63, where the machine reported a park orphan named beside 项目: a project
sited in the park, projects brought into it, the park built as a project; the gold graph held them
back or had no such finding).

"项目" joins the tenancy cues (gap_rules.json "tenancy_cues"): like 签约 or 入驻 it says the text
speaks of what the park holds or is becoming, though no project was recognised; a sentence stating
the lack (尚无项目落地) does not count, and a park named without any cue stays an orphan.

Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from tests.test_analysis_gaps_findings import JUDGE_ALL
from tests.test_analysis_gaps_holdback import orphans, plan_graph

PARK = "青山航天产业园"


def _res(sentence: str) -> dict:
    return gaps(plan_graph(sentence, PARK, ttype="IndustrialPark"), coverage_thresholds=JUDGE_ALL)


def test_a_park_named_beside_projects_is_held_back():
    for s in (f"东方重工集团新建项目位于{PARK}内，计划总投资十亿元。",
              f"会上推介了{PARK}等八个项目。",
              f"{PARK}今年引进项目二十个。"):
        res = _res(s)
        assert not orphans(res), s
        held = [f for f in res["held_back"] if f["key"] == f"orphan|{PARK}"]
        assert held and "firms or projects" in held[0]["held_back"]["reason"], s


def test_a_park_named_without_projects_stays_an_orphan():
    assert orphans(_res(f"{PARK}占地三平方公里，位于青山市东部。")) == {PARK}


def test_a_stated_lack_of_projects_stays_an_orphan():
    assert orphans(_res(f"{PARK}尚无项目落地。")) == {PARK}
