"""Entity classes from the ent28 round (issue 10): compound places written without their level words,
each class right in at least three READ batches and wrong in none. Names of people and bodies are
invented; the places are real divisions (the rule reads the division table), none of them from a
scored text."""

from __future__ import annotations

from tests.entity_helpers import ents


def _places(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Location"}


def test_a_province_short_form_before_a_place_of_it_is_one_compound_place():
    # 吉林 is also 吉林市, 河北 also a district of 天津: before a place of the province the short
    # form is the province and the two are one place (READ u40, u76)
    assert "吉林长春" in _places("东方重工集团在吉林长春举办对接会。")
    assert "河北保定" in _places("会议在河北保定召开。")
    # a place outside the province stays its own
    found = _places("会议在河北大同召开。")
    assert "河北大同" not in found


def test_compound_places_in_a_list_are_each_one_place():
    # 山西大同、广东佛山: a list of compound places, the next item outside the first's province (READ u76)
    found = _places("青山基地与山西大同、广东佛山构成三角。")
    assert {"山西大同", "广东佛山"} <= found
    # 河北保定、沧州: the list of the province's parts, each its own
    found = _places("甲乙丙到河北保定、沧州等地调研。")
    assert "河北保定" not in found and {"保定", "沧州"} <= found


def test_a_town_after_a_chain_of_short_forms_belongs_to_the_chain():
    # 宝鸡凤翔 + 柳林镇: a chain of two short forms anchors the county, its town follows (READ u25)
    assert "宝鸡凤翔柳林镇" in _places("东方重工集团的新厂选在宝鸡凤翔柳林镇。")


def test_a_school_or_lab_named_by_two_joined_fields_is_one_name():
    # a university's school is named by both its fields, not the last one (READ u74)
    found = ents("甲乙丙,材料科学与工程学院院长李明出席。")
    assert found["材料科学与工程学院"][0] == "ResearchInstitute" and "工程学院" not in found
    # a lab of two fields after a governing verb (READ u40) or after 的 (READ u62)
    found = ents("白沙科教园区主要建设深海探测及水下装备国家工程实验室等平台。")
    assert found["深海探测及水下装备国家工程实验室"][0] == "ResearchInstitute"
    found = ents("东方重工集团与青山大学共建的无人机精密制造技术与装备实验室揭牌。")
    assert found["无人机精密制造技术与装备实验室"][0] == "ResearchInstitute"
    # two bodies joined stay two: the first ends in a body's head
    found = ents("会议由青山大学与东川研究院共同主办。")
    assert "青山大学与东川研究院" not in found


def test_a_body_then_a_relation_word_opens_no_sub_unit():
    # 所属, 下属, 分别 after a body relate it to the next one: two names, no sub-unit (READ u47, u73, u75)
    found = ents("青山市检察院分别向青山市民政局、白水县民政局发出检察建议。")
    assert "青山市检察院" in found and "青山市民政局" in found
    assert not any("分别" in n for n in found)
    found = ents("东方航天电子技术研究院所属白水飞鸿公司等单位参展。")
    assert found["东方航天电子技术研究院"][0] == "ResearchInstitute"
    assert found["白水飞鸿公司"][0] == "Enterprise"
    # a sub-unit named right after its body is still one name
    found = ents("青山市民政局优抚处处长李明出席。")
    assert "青山市民政局优抚处" in found


def _persons(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Person"}


def test_a_list_of_leaders_closed_by_deng_and_a_noun_of_leaders():
    # 等…领导 closes a list of leaders (READ u76)
    found = _persons("27日,许建国、邹国强、祁志鹏等市级四个班子领导走进军营。")
    assert {"许建国", "邹国强", "祁志鹏"} <= found


def test_a_long_list_of_persons_keeps_a_name_that_is_also_a_place():
    # a long list keeps one name that is also a place's name (READ u65)
    found = _persons("会上,许明远、邹立新、祁振华、黄龙、钟晓雨等代表先后发言。")
    assert {"许明远", "邹立新", "祁振华", "黄龙", "钟晓雨"} <= found
    # a short list with a place in it is no list of names
    found = _persons("会上,许明远、黄龙等代表发言。")
    assert "黄龙" not in found


def test_a_list_of_persons_opens_right_after_their_department():
    # the first name right after its department (READ u62)
    found = _persons("青山大学机械工程系许明远、邹立新、祁振华等教师代表出席。")
    assert {"许明远", "邹立新", "祁振华"} <= found
