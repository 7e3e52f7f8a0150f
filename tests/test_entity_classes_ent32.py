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


def test_a_strategy_ranked_or_counted_names_no_strategy():
    # …重大战略, …两大战略, 国家大战略, 国家级战略: the rank or count word says what kind of strategy,
    # no strategy is named by the whole stretch (READ u20, u30, u40, u59, u75)
    found = ents("东川市深入落实青山融合发展重大战略,服务国家大战略。")
    assert not any(n.endswith("战略") for n in found)
    found = ents("甲乙丙表示,要统筹推进东川融合、白水开放两大战略。")
    assert not any(n.endswith("两大战略") for n in found)
    found = ents("这是一项國家級戰略。")
    assert not any(n.endswith("戰略") for n in found)
    # a strategy named before 战略 stays whole
    assert ents("东川市实施青山创新驱动发展战略。").get("青山创新驱动发展战略", ("",))[0] == "Policy"


def test_date_and_count_debris_at_an_events_front_is_no_part_of_its_name():
    # a year written apart from its 年度 (READ u72), a year before the edition's ordinal (READ u75),
    # a count of sittings in digits (READ u21)
    found = ents("1月5日,青山县召开2024 年度县人武部党委扩大会议。")
    assert "县人武部党委扩大会议" in found and not any(n.startswith("年度") for n in found)
    found = ents("由东川市支持的“2019第三届青山低空经济促进大会”在白水举行。")
    assert "第三届青山低空经济促进大会" in found
    found = ents("青山市已连续举办6届低空经济促进大会,发布成果200余项。")
    assert "低空经济促进大会" in found and "6届低空经济促进大会" not in found
    # an ordinal in digits stays: it names the sitting
    assert "第6届低空经济促进大会" in ents("青山市举办第6届低空经济促进大会。")


def test_a_persons_post_or_lead_verb_before_a_body_is_no_part_of_it():
    # 现任, 曾任, 历任 …: the verbs of holding a post end the body's left context (READ u76)
    found = ents("王小明现任市委书记。")
    assert "市委" in found and not any("现任" in n for n in found)
    # a person's name then 任 or 率 inside the stretch: the body starts after the verb (READ u9, u36, u58)
    found = ents("赵得明任办公室主任,负责日常工作。")
    assert not any("任办公室" in n for n in found)
    found = ents("2日,副主任钱志春率调研组到东方公司调研。")
    assert not any("率" in n for n in found) and "钱志春" in found
    # 任 or 率 ending a word stays (责任, 功率): no person's name before the verb
    assert "青山市责任保险公司" in ents("青山市责任保险公司发布公告。")
    assert "高功率激光青山重点实验室" in ents("高功率激光青山重点实验室主任甲某陪同。")


def test_joint_issuers_written_apart_by_spaces_open_the_notices_title():
    # 青山市人民政府 东川警备区关于…的通告: each issuer is part of the title (READ u39, u60, u72)
    title = "青山市人民政府 东川警备区关于在全市试鸣防空警报的通告"
    found = ents(title + "\n为检验全市防空警报系统,现将有关事项通告如下。")
    assert found.get(title, ("",))[0] == "Policy"
    # three issuers before a long title: the line's issuers run past thirty characters
    title = ("青山市退役军人事务局 东川警备区政治工作局 青山市双拥工作领导小组办公室"
             "关于做好新年春节期间拥军优属工作的通知")
    found = ents(title + "\n各区双拥办:现将有关事项通知如下。")
    assert found.get(title, ("",))[0] == "Policy"


def test_a_parks_working_or_management_committee_is_a_body():
    # 开发区工委, 高新区工委, 机关工委: the working committee after a park or the organs (READ u16, u27, u75)
    found = ents("东川开发区工委书记王大明会见了客人。")
    assert found.get("东川开发区工委", ("",))[0] == "PartyGovBody"
    assert ents("青山市直属机关工委召开会议。").get("青山市直属机关工委", ("",))[0] == "PartyGovBody"
    # a bare park word before the committee: the document's own park's committee (READ u25, u52, u75)
    found = ents("开发区管委会副主任于小梅与东方公司座谈。")
    assert found.get("开发区管委会", ("",))[0] == "PartyGovBody"
    assert ents("园区党工委召开专题会议。").get("园区党工委", ("",))[0] == "PartyGovBody"
    # 科工委 stays the 委 of a 科工委; a class of organs (县直工委) names no one body
    assert ents("国防科工委下发通知。").get("国防科工委", ("",))[0] == "PartyGovBody"
    assert "县直工委" not in ents("各乡镇、县直工委专武部长参加会议。")


def test_a_town_named_alone_is_a_place():
    # after a preposition, a verb of going or a list mark, closed by punctuation, 的 or an event verb
    # (READ u34, u59, u69, u73)
    assert "白沙渡镇" in _places("甲乙丙到白沙渡镇122营调研。")
    assert "青禾镇" in _places("文艺汇演在青禾镇举行。")
    assert {"石岭镇", "柳溪镇"} <= _places("东川区的航空小镇、石岭镇的艺创园、柳溪镇的荷花园。")
    # a kind of town, a word, a quoted nickname or a facility after the town is no town named
    found = _places("青山是军事重镇,也是特色小镇,被称为“三人乡”。")
    assert not found & {"军事重镇", "特色小镇", "三人乡"}
    assert "白石镇" not in _places("遗骸迁至白石镇烈士陵园。")


def test_a_term_number_before_a_national_body_is_part_of_its_name():
    # 九届全国政协, 十三届全国人大: the body of that term (READ u5, u47, u56)
    assert "九届全国政协" in ents("甲乙丙,九届全国政协委员,东方重工集团原董事长。")
    assert "十三屆全國人大" in ents("甲乙丙當選十三屆全國人大代表。")
    # a body named without its term stays as written
    assert "全国政协" in ents("全国政协副主席甲乙丙出席会议。")
