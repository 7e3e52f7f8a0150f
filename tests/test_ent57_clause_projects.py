"""ent57 (issue 10): a rule's or a case's clause before 工程/项目 (不得, 依法, 征收, 修建, 进行 inside the
stretch) names no project (head filter clause_project). Invented texts."""

from __future__ import annotations

from tests.entity_helpers import ents


def _projects(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Project"}


def test_a_clause_about_works_names_no_project():
    assert not _projects("青山地下空间平时开发利用不得改变人民防空工程的防护功能。")
    assert not _projects("东川区人防办公室未依法征收人民防空工程易地建设费。")
    assert not _projects("白水市辖区陆续投资修建商业旅游综合项目,检测机构进行工程质量检测。")


def test_a_named_project_keeps_its_name():
    assert "青山市人民防空指挥工程" in _projects("青山市人民防空指挥工程顺利完工,依法推进。")
