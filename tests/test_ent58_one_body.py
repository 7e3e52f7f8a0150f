"""ent58 (issue 10 §3): one body, one entity. A text names a body in full and again by a shorter form
(its place's level character for the place's name, its legal form or group word left out, or the
same name found by two rules); the short form is an alias of the one entity, so that the relations
written on either reach it. Invented texts (place names from the gazetteer, bodies invented)."""

from __future__ import annotations

from tests.entity_helpers import ents


def _named(text: str, typ: str) -> dict[str, list[str]]:
    return {n: a for n, (t, a) in ents(text).items() if t == typ}


def test_a_firm_without_its_legal_form_and_place_is_the_same_firm():
    # READ u112: 株洲市…开发公司 and …开发有限公司; READ u110: …研究院集团有限公司 and …研究院有限公司
    firms = _named("白沙县甲乙房地产开发公司董事长张三表示，甲乙房地产开发有限公司将继续投资。",
                   "Enterprise")
    assert len([n for n in firms if "甲乙房地产开发" in n]) == 1
    firms = _named("东川甲乙微电子研究院集团有限公司与青山市政府签约。"
                   "甲乙微电子研究院有限公司总经理李四出席。", "Enterprise")
    assert len([n for n in firms if "甲乙微电子研究院" in n]) == 1


def test_two_places_firms_of_one_core_stay_two():
    firms = _named("青山区甲乙开发有限公司与白沙县甲乙开发有限公司签约，甲乙开发公司负责人出席。",
                   "Enterprise")
    assert {"青山区甲乙开发有限公司", "白沙县甲乙开发有限公司"} <= set(firms)


def test_one_name_keyed_twice_is_one_group():
    # READ u58, u103, u106: a gazetteer mention keyed by the group's registered name and a head
    # rule's mention of the same words were two entities of one name
    from ingest.components.candidate import Cand
    from ingest.components.grouping import group_mentions

    text = "甲乙集团召开会议。会上，甲乙集团负责人讲话。"
    cands = [Cand(0, 4, "Enterprise", "rule:head:集团", 0.8),
             Cand(12, 16, "Enterprise", "gazetteer:national", 0.9, key="中国甲乙集团有限公司")]
    groups = group_mentions(text, cands)
    assert len(groups) == 1 and len(groups[0].mentions) == 2


def test_a_trade_name_opening_with_a_place_keeps_it():
    # READ u102: a group firm whose trade name opens with a place's name, and the trade name alone
    from ingest.components.grouping import _firm_keys

    assert _firm_keys(["白沙汽车集团公司"]) & _firm_keys(["白沙汽车"])


def test_a_holding_group_without_its_holding_word_is_the_same_firm():
    # READ u62: …控股集团股份有限公司 and its name less 控股, group word and legal form
    from ingest.components.grouping import _firm_keys

    assert _firm_keys(["甲乙丙丁控股集团股份有限公司"]) & _firm_keys(["甲乙丙丁"])
