"""ent59 (issue 10): a village written right after its county or district with no town between
(东川县石桥村, 青山市白水区石桥村) is one place, as a town's village is; the countryside words that end
in 村 (农村, 乡村, 边境村, 智慧乡村) name no village. Invented texts (the counties are real but in no
annotated text: the place gazetteer must know the county)."""

from __future__ import annotations

from tests.entity_helpers import ents


def _places(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Location"}


def test_a_village_after_its_county():  # READ u76, u114
    assert "佛坪县石桥村" in _places("工作队来到佛坪县石桥村开展慰问。")
    assert "陕西省麟游县白沙村" in _places("工作队来到陕西省麟游县白沙村开展慰问。")


def test_countryside_words_are_no_village():
    for text in ("留坝县农村地区发展较快。", "留坝县乡村振兴成效好。", "留坝县边境村", "留坝县智慧乡村建设"):
        assert not any(p.endswith("村") for p in _places(text)), text
