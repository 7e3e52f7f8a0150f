"""ent59 (issue 10): one phase of a park or base before 项目 (青山制造基地二期项目, 青山产业园(一期)项目)
is one project; the phase is no count of a class (三期培训班 still is). Invented texts."""

from __future__ import annotations

from tests.entity_helpers import ents


def _projects(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Project"}


def test_a_phase_of_a_base_is_a_project():  # READ u56, u91, u113
    assert "青山重工东川特种制造基地二期项目" in _projects("青山重工东川特种制造基地二期项目正式开工。")
    assert "银河航空产业园(一期)项目" in _projects("银河航空产业园(一期)项目开工建设。")


def test_a_count_of_sessions_is_no_project():
    assert not _projects("东川市举办三期项目培训班。")
