"""ent59 (issue 10): 脱贫攻坚 (with 脱贫攻坚战), the national poverty campaign, is a national programme named
without a head word (a Project, as 三线建设 is); followed by a word of merit (脱贫攻坚先进县) it is a
title, no mention of the programme. Invented texts."""

from __future__ import annotations

from tests.entity_helpers import ents


def _projects(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Project"}


def test_the_poverty_campaign_is_a_programme():  # READ u16, u19, u24, u26, u28, u39, u46, u49, u67, u92, u101
    assert "脱贫攻坚" in _projects("青山县驻军积极参与脱贫攻坚,帮扶三个贫困村。")
    assert "脱贫攻坚战" in _projects("东川市打赢脱贫攻坚战。")


def test_a_title_of_merit_names_no_programme():  # READ u34
    assert not _projects("青山县先后获得全省脱贫攻坚先进县等殊荣。")
