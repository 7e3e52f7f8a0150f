"""Classes of the ent38 round (issue 10): the extractor follows the gold calls calls4 settled
(corpus/annotated/README.md, "Decisions on calls the batches disagreed on (seventh session)").
Fixed national names are gazetteer rows (ingest/data/national_bodies.tsv) with a one-line test;
the rest are tested on invented text.
"""

from __future__ import annotations

from tests.entity_helpers import ents


def test_x_the_party_itself_is_a_party_body():
    assert ents("青山市各界热烈庆祝中国共产党成立105周年。").get("中国共产党", ("",))[0] == "PartyGovBody"


def test_t_the_militia_reform_is_a_policy():
    assert ents("青山军分区扎实推进民兵调整改革。").get("民兵调整改革", ("",))[0] == "Policy"


# --- class (z): a quoted campaign followed by 活动 is named with it (READ u18, u19, u29, u44, u45, u46, u55,
# u64, u72, u76) ---


def test_z_quoted_campaign_keeps_its_activity_word():
    found = ents("青山市广泛开展“双拥在基层”活动,东川区组织“青山进万家”专项活动。")
    assert found.get("“双拥在基层”活动", ("",))[0] == "Project", found
    assert found.get("“青山进万家”专项活动", ("",))[0] == "Project", found
    assert "“双拥在基层”" not in found, found


def test_z_a_held_day_with_activity_is_still_no_campaign():
    assert not ents("东方重工集团开展“军事日”活动。")


# --- class (v): the count of a title won again and again cuts the level word off (READ u16, u31, u76) ---


def test_v_title_after_a_win_count_is_named_without_it():
    assert ents("东川市在全国第四次双拥模范城评审中获评。").get("双拥模范城", ("",))[0] == "Policy"
    assert ents("青山市荣获全省第九轮双拥模范城称号。").get("双拥模范城", ("",))[0] == "Policy"
    assert ents("东川市实现“七创双拥模范城”目标。").get("双拥模范城", ("",))[0] == "Policy"


def test_v_a_joined_level_word_stays_in_the_title():
    assert ents("青山县荣获全国双拥模范城。").get("全国双拥模范城", ("",))[0] == "Policy"
