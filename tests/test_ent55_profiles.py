"""ent55 (issue 10 §3): a person's profile in a penalty, accident or staffing notice opens with the
name and the sex (甲某某,男,1990年…出生), with no title before the name; right in READ u83, u93, u97,
wrong in none. Every name here is invented."""

from __future__ import annotations

from tests.entity_helpers import ents


def _persons(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Person"}


def test_the_name_before_the_sex_is_a_person():
    text = ("经查,两名青年分别是岳某磊,男,1998年5月20日出生,青石乡人;鲁某勇,男,1998年7月14日出生,"
            "白水镇人。对岳某磊等2人作出处罚。")
    found = _persons(text)
    assert {"岳某磊", "鲁某勇"} <= found
    assert "是岳某磊" not in found  # the copula before the name is no surname


def test_an_anonymised_name_and_a_full_stop_comma():
    assert "冯某某" in _persons("青山市公安局发布通报称，冯某某，女，汉族，青山镇人。")
    assert "蓝欣" in _persons("领导小组成员名单:\n蓝欣,男,身份证号:5222")


def test_the_sex_after_no_name_gives_no_person():
    # a count or a class of persons before the mark is no name
    assert not _persons("参训人员中,男,女各半。共有民兵,男,女共计30人。")
