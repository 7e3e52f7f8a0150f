"""ent51 (issue 10): a strategy opened by an era word (新时代, 新时期, 新形势下) is named with it, and
方略 / 战略方针 name a strategy only when so opened (heads.tsv class `period`,
ingest/data/strategy_periods.tsv). Right in READ u1, u21, u65, u80, u82, wrong in none. Every text
here is invented."""

from __future__ import annotations

from tests.entity_helpers import ents


def _policies(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Policy"}


def test_an_era_word_opens_a_governing_strategy():
    # 方略 after an era word: the strategy's name, era word and all
    assert "新时代固边兴边方略" in _policies("会议要求,全面贯彻新时代固边兴边方略,持续深化各项工作。")


def test_an_era_word_opens_a_strategic_guideline():
    assert "新时期海防战略方针" in _policies("健全动员机制是贯彻新时期海防战略方针的一件大事。")
    # 新 of 新形势下 is no adjective trimmed off the name
    assert "新形势下海防战略方针" in _policies("落实总体安全观和新形势下海防战略方针,推动工作。")


def test_an_era_word_stays_in_a_strategy_name():
    found = _policies("深入实施新时代科技兴边战略、更好发挥人才作用。")
    assert "新时代科技兴边战略" in found and "科技兴边战略" not in found


def test_fanglue_or_guideline_without_an_era_word_names_nothing():
    # after 的 or an adjective, 方略 is a common noun; a bare 战略方针 names no one guideline
    for text in ("完整准确贯彻新时代党的固边方略,把工作做好。", "确立了固边兴边大方略,开启了新征程。",
                 "要贯彻海防战略方针,做好准备。"):
        assert not any(n.endswith(("方略", "方针")) for n in _policies(text)), text
