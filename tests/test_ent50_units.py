"""Entity classes from the ent50 round (issue 10): military units the rules cut or missed on unseen
text, each class right in at least three READ batches and wrong in none. Every text here is invented;
each test also says what must still be left out."""

from __future__ import annotations

from tests.entity_helpers import ents


def _units(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "MilitaryUnit"}


def test_a_places_militia_detachment_platoon_or_post_is_a_unit():
    # a township's or county's militia detachment (民兵分队), emergency platoon (应急排) or militia
    # post (民兵哨所), named by its place: one unit, not the place alone
    assert "青石乡民兵分队" in _units("不断提高青石乡民兵分队参与应急救援能力。")
    assert "镇民兵应急排" in _units("成  员:王某某(镇民兵应急排排长)")
    found = _units("在白水县东岭国防民兵哨所,民兵是主体。")
    assert "白水县东岭国防民兵哨所" in found


def test_militia_unit_words_without_a_name_are_no_unit():
    # the kind of unit, with no place or level before it, names none
    found = _units("编入民兵分队的民兵数量有所增加,民兵哨所曾为维护国防安全作出贡献。")
    assert not found & {"民兵分队", "民兵哨所"}
    assert "应急排" not in _units("组建以维护稳定为主的应急排,按照一个应急排30人的编制。")
