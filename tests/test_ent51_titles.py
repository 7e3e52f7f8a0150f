"""ent51 (issue 10): a notice's title (关于…的公示/通知/决定) is named whole though a Policy stands
inside it: the designation or plan the notice is about (全国双拥模范城(县), …行动计划) is a Policy
nested in the title, not a body that the title would swallow (gen_title_lines.title_lines). Right in
READ u8, u60, u79, wrong in none. Every text here is invented."""

from __future__ import annotations

from tests.entity_helpers import ents


def _policies(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Policy"}


def test_a_title_about_a_designation_is_named_whole():
    text = "关于东川市拟申报全国双拥模范城(县)名单的公示\n根据有关要求，经实地考察，现予以公示。"
    assert "关于东川市拟申报全国双拥模范城(县)名单的公示" in _policies(text)


def test_a_title_issuing_a_plan_is_named_whole():
    text = ("东川市人民政府关于印发青山军民融合创新示范基地行动计划的通知\n"
            "各区人民政府：现将行动计划印发给你们。")
    assert "东川市人民政府关于印发青山军民融合创新示范基地行动计划的通知" in _policies(text)


def test_a_firm_inside_a_title_still_keeps_it_apart():
    # an organisation inside the title is an entity of its own; the title is not laid over it
    found = ents("关于青山市东方精密机械有限公司搬迁选址的通知\n各有关单位：现将有关事项通知如下。")
    assert found.get("青山市东方精密机械有限公司", ("",))[0] == "Enterprise"
    assert not any(n.startswith("关于") for n in found)
