"""Entity classes from the ent32 round (issue 10): the edges of bodies, units, policies, events and
places on unseen text, each class right in at least three READ batches and wrong in none. Names of
people, bodies and towns are invented; counties are real divisions (the place rules read the
division table), none of them from a scored text."""

from __future__ import annotations

from tests.entity_helpers import ents


def _places(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Location"}


def test_a_town_of_four_characters_after_its_county_is_one_place():
    # 青石河子镇 after a county written in full: town names run to four characters (READ u71, u73)
    found = _places("东方重工集团的新厂选在平江县青石河子镇。")
    assert "平江县青石河子镇" in found and "平江县" not in found
    # and its village after it, one place
    assert "平江县青石河子镇王家村" in _places("甲乙丙走访了平江县青石河子镇王家村。")


def test_a_town_after_an_autonomous_county_written_with_its_level_is_one_place():
    # 长阳县 for 长阳土家族自治县: the level is written, so the town after it is that county's (READ u70)
    found = _places("甲乙丙走访了长阳县白石乡的护边员。")
    assert "长阳县白石乡" in found and "长阳县" not in found
