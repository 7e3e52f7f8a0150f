"""Entity classes from the ent57 round (issue 10): a cluster named by the national brand 中国 + its
field + 谷, with no park head. Every text here is invented; each test also says what must still be
left out."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_national_brand_valley_is_a_park_and_its_short_form_an_alias():
    # 中国X谷 written bare is the park a city builds (READ u27, u106, u109, u110); its short form
    # without 中国 later in the same text is the same park
    found = ents("中国星辰谷今天在青山新城奠基。在新城星辰谷地块举行奠基仪式,联盟落户中国霞谷。")
    assert found["中国星辰谷"][0] == "IndustrialPark"
    assert "星辰谷" in found["中国星辰谷"][1]
    assert found["中国霞谷"][0] == "IndustrialPark"


def test_a_quoted_valley_or_a_valley_in_words_is_left_out():
    # in quotes it is the city's epithet or goal (a Policy or nothing); a mountain valley is no park
    found = ents("青山市着眼“中国霞谷”建设,被誉为“中国星辰谷”,在深山峡谷和山谷中建厂。")
    assert not any(n.endswith("谷") for n in found)
