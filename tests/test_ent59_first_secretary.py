"""ent59 (issue 10): 人武部党委第一书记 before a person's name is the local Party secretary's post in the
document's own 人武部 (市委书记、人武部党委第一书记甲某): the bare 人武部 is that body. After a plural
title list with no name (各区区委书记、人武部党委第一书记述职) it names no one body. Invented texts."""

from __future__ import annotations

from tests.entity_helpers import ents


def _units(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "MilitaryUnit"}


def test_first_secretary_then_a_name():  # READ u82, u96 (u10, u29, u44, u60)
    assert "人武部" in _units("青山市委书记、人武部党委第一书记王青山出席会议并讲话。")


def test_first_secretaries_of_every_county_name_no_body():  # READ u44, u77
    assert "人武部" not in _units("会上,各区区委书记、人武部党委第一书记述职。")
