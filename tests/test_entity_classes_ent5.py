"""Entity classes from the ent5 round (issue 10): constructions that recur across annotated batches
(each class seen in at least three READ batches, CHECK not lower). Every text here is invented; each
test also says what must not be found."""

from __future__ import annotations

from tests.entity_helpers import ents


def persons(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Person"}


def test_a_leaders_list_goes_on_past_a_dotted_or_surnameless_name():
    found = persons("东川省委书记陈大明出席。东川省领导周海燕、阿不都·卡某尔、林志远、郑国栋，"
                    "驻东部队领导孙立强出席会议。")
    assert {"林志远", "郑国栋", "周海燕"} <= found
    found = persons("市领导次旺多吉、格桑平措、许建华、钱立新等出席会议。")
    assert {"次旺多吉", "格桑平措", "许建华", "钱立新"} <= found
    # a list of words after 领导 is no list of names
    found = persons("区领导班子、机关干部、基层代表等参加会议。")
    assert not found & {"机关干部", "基层代表", "班子"}


def test_a_bare_list_of_names_closed_by_deng_keeps_its_last_name():
    found = persons("会议由市长陈大明主持。\n何立强、苏建华、钟晓梅、韩志远等出席座谈会。")
    assert {"何立强", "苏建华", "钟晓梅", "韩志远"} <= found
    assert "韩志远等" not in found


def test_a_garrison_named_by_the_short_army_name():
    found = ents("省委、省政府向驻东解放军、武警部队官兵致以节日的问候。")
    assert found["驻东解放军"][0] == "MilitaryUnit"
    assert "解放军" not in found
    found = ents("向驻地解放军官兵致以问候。")  # 驻地: a word, no place
    assert "驻地解放军" not in found


def test_an_appointment_meeting_keeps_its_act_and_post():
    found = ents("8月4日，青山县人武部党委第一书记任职宣布大会在县委召开。")
    assert found["青山县人武部党委第一书记任职宣布大会"][0] == "Event"
    found = ents("东川军分区党委第一书记任职命令宣布大会举行。")
    assert found["东川军分区党委第一书记任职命令宣布大会"][0] == "Event"
    found = ents("会上宣读任职宣布大会的议程。")  # no post or body before the act: no name
    assert not any(t == "Event" for t, _ in found.values())


def test_a_bodys_yearly_report_is_a_policy():
    found = ents("我完全赞成省人大常委会工作报告、省政府工作报告和省人民检察院工作报告。")
    for name in ("省人大常委会工作报告", "省政府工作报告", "省人民检察院工作报告"):
        assert found[name][0] == "Policy"
    found = ents("东川省政府工作报告频现青山。")
    assert found["东川省政府工作报告"][0] == "Policy"
    found = ents("将双拥工作纳入各级政府工作报告。")  # a class of reports
    assert not any(t == "Policy" for t, _ in found.values())


def test_china_opening_a_name_or_a_slogan_is_no_place():
    found = ents("2017中国(青山)国际科技合作周开幕。")
    assert "中国" not in found
    assert found["青山"][0] == "Location"
    found = ents("实现高端装备的“中国制造”。")
    assert "中国" not in found
    found = ents("这是我们中国的第一架旋翼机。")  # the country itself
    assert found["中国"][0] == "Location"


def test_a_whole_force_greeted_by_its_members_is_no_unit():
    found = ents("省委、省政府向驻东解放军、武警部队官兵和民兵预备役人员致以节日问候。")
    assert "武警部队" not in found
    assert found["驻东解放军"][0] == "MilitaryUnit"
    found = ents("武警部队参加了青山县的抢险救援。")  # the force acting: a unit
    assert found["武警部队"][0] == "MilitaryUnit"


def test_a_state_level_new_area_is_a_zone_a_district_new_area_a_place():
    found = ents("东川两江新区是军工重镇，青州已纳入西江新区统筹规划建设。")
    assert found["东川两江新区"][0] == "IndustrialPark"
    assert found["西江新区"][0] == "IndustrialPark"
    found = ents("记者从浦东新区获悉，新项目落地。")  # a district of the division codes
    assert found["浦东新区"][0] == "Location"
    found = ents("享有作为国家级新区的一系列政策。")  # a kind, no name
    assert not any(t == "IndustrialPark" for t, _ in found.values())


def test_a_trade_or_honour_before_a_name_reads_like_a_title():
    found = persons("旅修理所技师韩志刚算了一笔账。老八路孙大山、拥军模范钱秀英等出席座谈会。")
    assert {"韩志刚", "孙大山", "钱秀英"} <= found
    found = persons("涌现了“英雄航天员”陈远航、“一等功臣”冯立新等一批模范。")
    assert {"陈远航", "冯立新"} <= found
    found = ents("青山县被命名为双拥模范县，模范单位受到表彰。")  # 模范 before no name
    assert not any(t == "Person" for t, _ in found.values())

def test_zuo_before_a_report_is_the_verb_not_the_names_end():
    found = persons("省军区政治委员李强作工作报告。")
    assert "李强" in found and "李强作" not in found
    found = persons("市长王某作了重要讲话。")
    assert "王某" in found and "王某作" not in found
