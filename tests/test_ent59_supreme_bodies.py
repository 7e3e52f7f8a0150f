"""ent59 (issue 10): the Supreme People's Procuratorate and Court are national organs of the package
gazetteer (national_bodies.tsv), with their short forms 最高检, 最高法; a short form whose last character
opens the next word (最高|检测精度, 最高|法定刑) is no mention. Invented texts."""

from __future__ import annotations

from tests.entity_helpers import ents


def _bodies(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "PartyGovBody"}


def test_supreme_bodies_by_full_and_short_form():  # READ u97, u102, u108, u112
    assert "最高人民检察院" in _bodies("最高人民检察院、东川省人民政府联合印发意见。")
    assert "最高检" in _bodies("最高检印发通知,部署专项工作。")
    assert "最高法" in _bodies("最高法发布典型案例。")


def test_a_short_form_inside_other_words_is_none():
    assert not _bodies("该设备最高检测精度达到0.1毫米。")
    assert not _bodies("依照法律规定,最高法定刑为十年。")
