"""Entity classes from the ent6 round (issue 10): constructions that recur across annotated batches
(each class seen in at least three READ batches, CHECK not lower). Every text here is invented; each
test also says what must be found still."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_county_short_form_that_is_an_everyday_word_is_no_place_when_glued():
    # 兴隆, 凤凰: short forms of real counties (兴隆县, 凤凰县) and everyday words
    found = ents("东川省青山市经济发展兴隆，企业生意兴隆。")
    assert "兴隆" not in found
    assert found["青山"][0] == "Location"  # beside an admin character: a place whatever it means
    found = ents("这座凤凰古镇吸引了不少游客。")
    assert "凤凰" not in found
    # the same form is the place where the text names the county in full, or in a list of places
    found = ents("长寿区委召开会议。会议要求立足长寿实际推进工作。")
    assert found["长寿"][0] == "Location"
    found = ents("来自永安、青山等地的企业参加了对接会。")
    assert found["永安"][0] == "Location"


def test_a_national_strategy_keeps_both_its_forms():
    # the head rule names 科技强军战略; the text's own 国家科技强军战略 is the same strategy's form
    found = ents("为落实国家科技强军战略，青山市召开会议。")
    name = next(n for n, (t, _) in found.items() if t == "Policy")
    forms = {name, *found[name][1]}
    assert forms == {"国家科技强军战略", "科技强军战略"}
    found = ents("东川省坚持实施数字强省战略。")  # no 国家 before it: one form only
    assert found["数字强省战略"] == ("Policy", [])


def test_national_programmes_named_without_a_head_word():
    found = ents("东川省青山市大力推进乡村振兴，回顾三线建设历史。")
    assert found["乡村振兴"][0] == "Policy"
    assert found["三线建设"][0] == "Project"
    found = ents("青山县乡村振兴局召开会议。")  # inside a body's name: the body only
    assert "乡村振兴" not in found
    assert found["青山县乡村振兴局"][0] == "PartyGovBody"


def test_a_class_of_groups_by_ownership_and_field_words_is_no_firm():
    found = ents("东川省支持地方央企集团和民营上市企业集团在青山市投资。")
    assert not any(t == "Enterprise" for t, _ in found.values())
    found = ents("支持涉军大型企业集团参与青山市建设。")
    assert not any(t == "Enterprise" for t, _ in found.values())
    found = ents("东川省军工集团与青山重工集团签约。")  # a place or a proper word before 集团: a firm
    assert found["东川省军工集团"][0] == "Enterprise"
    assert found["青山重工集团"][0] == "Enterprise"


def test_party_committees_deliberating_military_affairs_is_a_principle():
    found = ents("青山市坚持党委议军制度化，落实党管武装。")
    assert found["党委议军"][0] == "Policy"
    found = ents("青山区委党委议军会召开。")  # inside an event's name: the event only
    assert "党委议军" not in found
