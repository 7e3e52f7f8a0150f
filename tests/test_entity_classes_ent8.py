"""Entity classes from the ent8 round (issue 10): constructions read off the u27–u35 errors that recur
across annotated batches (each class seen in at least three READ batches, CHECK not lower). Every text
here is invented; each test also says what must be found still."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_date_before_a_body_is_no_part_of_its_name():
    # a year (with month and day, or 年度) glued before a body's name is the date of the clause
    found = ents("2015年任东川省军区政委。")
    assert found["东川省军区"][0] == "MilitaryUnit"
    assert not any(n[:1].isdigit() for n in found)
    found = ents("2016年度青山市委召开全会。")
    assert found["青山市委"][0] == "PartyGovBody"
    found = ents("2012年8月调任东川省军区副司令员。")
    assert "东川省军区" in found and not any(n[:1].isdigit() for n in found)
    # a body that opens a meeting's name leaves the date to the meeting; a project keeps its year
    found = ents("2016年度青山市委常委议军会在军分区机关召开。")
    assert "青山市委" not in found
    found = ents("2019年度青山市军民融合发展专项项目开始申报。")
    assert any(n.startswith("2019") and t == "Project" for n, (t, _) in found.items())


def _persons(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Person"}


def test_one_person_one_length_in_a_document():
    # the same third character at every mention, then different words: a three-character name
    assert _persons("省长王定之专程来到青山市。王定之参观了部队。") == {"王定之"}
    assert _persons("副市长李克全出席仪式。李克全与东方重工集团签约。") == {"李克全"}
    # a three-character form met once, its first two characters closed elsewhere: the next word's
    # first character was taken
    assert "张毅" in _persons("副司令员张毅转任东川省军区副司令员。任命张毅为省军区副司令员。")
    assert "张毅转" not in _persons("副司令员张毅转任东川省军区副司令员。任命张毅为省军区副司令员。")
    # still: a word after every mention (出席) is no part of the name; a name inside another stays
    assert _persons("市长王强出席会议。王强出席晚会。") == {"王强"}
    assert "宗文波" in _persons("董事长宗文波出席。秘书长刘宗文参加活动。")


def test_titles_of_unit_officers_experts_and_leaders_close_before_a_name():
    # 教导员, 指导员, 指挥长, 首席科学家, 经济学家, 首长, 学者: posts and standings written before a name
    assert "赵青松" in _persons("营政治教导员赵青松陪同调研。")
    assert "钱明远" in _persons("防指副指挥长钱明远任导演。")
    assert "孙立言" in _persons("东方研究院首席科学家孙立言一行出席。")
    assert {"周正阳", "吴海波"} <= _persons("部队军政首长周正阳、吴海波表示感谢。")
    assert "郑晓白" in _persons("院长、首席经济学家郑晓白致辞。")
    assert "周明远" in _persons("会议由周明远（国务院副总理）主持。")  # 总理, 副总理: a title in brackets
    # a title with no name after it finds nobody
    assert _persons("各位专家学者参加了研讨。") == set()


def test_a_garrison_is_named_from_its_station_word():
    # 驻 + place + 部队 keeps its 驻 after a verb of visiting, and the service written before it
    found = ents("市委书记到驻东川部队走访慰问。")
    assert found["驻东川部队"][0] == "MilitaryUnit"
    found = ents("希望海军驻东川部队一如既往地支持地方建设。")
    assert found["海军驻东川部队"][0] == "MilitaryUnit"
    # one of a list of services: the garrison alone
    found = ents("向解放军和武警驻东川部队官兵致以问候。")
    assert "驻东川部队" in found and "武警驻东川部队" not in found


def test_a_committee_session_is_named_from_its_body_to_its_head():
    # term and sitting numbers, 全体/全委, a bracketed or bare 扩大: one meeting's name
    found = ents("东川省军区党委十一届三次全体(扩大)会议在青山召开。")
    assert found["东川省军区党委十一届三次全体(扩大)会议"][0] == "Event"
    assert not any(n.startswith("(") for n in found)
    found = ents("中共东川省军区十三届十五次全委扩大会议在青山召开。")
    assert found["中共东川省军区十三届十五次全委扩大会议"][0] == "Event"
    found = ents("会议传达了三届十一次全体(扩大)会议精神。")
    assert found["三届十一次全体(扩大)会议"][0] == "Event"
    # numbers after words that are no body are left alone
    assert not any(t == "Event" for t, _ in ents("他连续三届两次获评先进。").values())


def _bodies(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "PartyGovBody"}


def test_a_level_word_and_a_short_form_before_ban_or_wei_name_a_body():
    # 省/市/县/区 + a one- or two-character short form + 办/委, standing alone, is a body's short name
    assert {"省港航办", "市港航办"} <= _bodies("由省港航办牵头，市港航办配合。")
    assert "县审委" in _bodies("县纪委书记、县审委主任王某某出席。")
    assert "市粮储办" in _bodies("市粮储办负责落实。")
    # a word that starts with the level character is no level word; inside a longer stretch no body
    assert _bodies("加强市场监管，推动区别对待。") == set()


def test_a_firm_and_its_short_name_are_one_entity():
    # the short name leaves out the place, the level word, the trade word and the legal form
    found = ents("以旗下江西青松光电科技有限公司为平台。青松光电、东方精工等军工企业发展迅速。")
    assert "青松光电" in found["江西青松光电科技有限公司"][1]
    found = ents("江西省青松机电集团有限公司董事长王某出席。省青松机电集团表示支持。")
    assert "省青松机电集团" in found["江西省青松机电集团有限公司"][1]
    # two firms whose cores differ stay two
    found = ents("江西青松光电科技有限公司与江西青松电子有限公司签约。")
    assert "江西青松电子有限公司" in found


def test_names_closed_by_a_count_and_a_class_of_persons():
    # 甲、乙等代表, 丙等11位同志, 丁等10位委员: names before 等 + a count + 同志/委员/代表
    assert {"陈青山", "李东川", "赵明远"} <= _persons("王某认真听取陈青山、李东川、赵明远等代表审议发言。")
    assert "张君" in _persons("会议选举周荣为执行会长，张君等11位同志为副会长。")
    assert "黄东海" in _persons("黄东海等10位委员：你们提出的提案收悉。")
    # a delegation or a committee is no class of persons
    assert _persons("青山重工、东川精工等代表团参加。") == set()
