"""ent57 (issue 10): a project named by two stages joined with 与/及 (…研发与产业化项目) and an
institute's number written with 〇 (七〇七研究所). Invented texts."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_project_of_two_joined_stages_is_one_name():
    found = ents("总投资5亿元的青山启明核药研发与产业化项目,建成后将补齐短板。")
    assert found.get("青山启明核药研发与产业化项目", ("",))[0] == "Project"
    found = ents("东方重工七〇三研究所军工及产业化项目落户青山。")
    assert found.get("东方重工七〇三研究所军工及产业化项目", ("",))[0] == "Project"


def test_stages_joined_by_he_name_a_kind():
    assert not any(n.endswith("项目") for n in ents("对青山海洋装备研发和产业化项目的优化提升有好处。"))
