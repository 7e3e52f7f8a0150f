"""meta1: a document's jurisdiction is its place's full name in simplified script, as the analyst
filters and reads it: traditional and pinyin-glossed text folded first, no cut short form (兴安 is
also 兴安县 in Guangxi), 内蒙古 known as a place, the county a title names inside its province.
Invented text."""

import pytest

from ingest.metadata import extract_metadata


def _j(text: str) -> str:
    return extract_metadata(text)["jurisdiction"]


def test_traditional_place_is_folded_and_given_in_full() -> None:
    text = ("鄂爾多斯市委召開議軍會議\n8月1日上午，鄂爾多斯市委召開議軍會議，聽取軍分區工作匯報，"
            "研究解決部隊建設中的實際困難和問題。")
    assert _j(text) == "鄂尔多斯市"


def test_league_keeps_its_full_name() -> None:
    text = "兴安盟召开边防工作会议\n会议听取了兴安盟各旗县市边防工作情况汇报，研究部署下一步工作任务。"
    assert _j(text) == "兴安盟"


def test_inner_mongolia_short_form_is_a_place() -> None:
    text = ("内蒙古边境线上的守望者\n内蒙古横贯东西的边境线上，边境牧民组成巡防队，协助派出所开展边境巡逻，"
            "内蒙古边检总站推动构建军警民联防体系，北京的专家前来调研。")
    assert _j(text) == "内蒙古自治区"


def test_county_named_inside_its_province_in_the_title() -> None:
    text = ("甘肃省徽县激发党管武装工作内动力\n纳入地方政府绩效考评体系\n本报讯 前不久，甘肃省徽县人武部联合"
            "地方相关部门，对所属乡镇党管武装工作进行考评，将考评结果纳入年度绩效考核。\n以前，该县武装工作"
            "主要靠军事机关唱“独角戏”，存在“领导一换，工作重来”的现象。")
    assert _j(text) == "徽县"


def test_pinyin_gloss_inside_a_district_name_does_not_hide_it() -> None:
    text = ("檢察建議督促追繳人防費\n近日，銀川市西夏區(qū)檢察院在專項監(jiān)督活動中發現，"
            "西夏區(qū)多家開發企業拖欠人防易地建設費，西夏區(qū)檢察院遂發出檢察建議。")
    assert _j(text) in ("西夏区", "银川市")


def test_space_rocket_firm_is_no_tianchang() -> None:
    """天长 (天长市, Anhui) inside 航天长征 is no place."""
    from ingest.metadata import place_mentions

    assert not [m for m in place_mentions("北京航天长征化学工程股份有限公司") if m[2] == "天长"]


@pytest.mark.parametrize("text", [
    "加强国防教育\n要坚持军民融合,提高平战转换能力,结合山东半岛经验,拓展双拥模范县创建成果,军民团结坚如磐石。",
    "双拥工作会议召开\n在上级军分区党委和县委、县政府的领导下,组织城区内学校、社区开展双拥活动,成效明显。",
])
def test_places_inside_words_are_no_jurisdiction(text: str) -> None:
    """高平 (提高平战), 合山 (结合山东), 范县 (示范县), 磐石 (坚如磐石), 和县 (和县委),
    城区 (the urban area)."""
    assert _j(text) == ""


def test_a_greater_military_region_is_not_its_city() -> None:
    text = ("青海省军政领导迎春座谈会在西宁举行\n会议传达学习了中央军委和兰州军区党委扩大会议精神,"
            "兰州军区领导出席,西宁市和驻西宁部队负责同志参加会议。")
    assert _j(text) in ("西宁市", "青海省")


def test_county_after_communist_party_or_de_is_a_place() -> None:
    assert _j("中共云县委召开议军会议\n9月30日,中共云县委在行政中心召开议军会议暨县国动委全会。") == "云县"


def test_county_after_its_province_short_name_is_a_place() -> None:
    """山东冠县: 冠县 right after 山东 is a place, not part of a word."""
    text = ("山东冠县政协围绕退役军人工作开展调研协商\n近日,冠县政协组织委员围绕退役军人服务保障开展调研,"
            "冠县退役军人事务局汇报了工作情况,冠县县委有关负责同志参加。")
    assert _j(text) == "冠县"


def test_city_visited_in_the_title_is_not_given_up_for_a_county_of_the_body() -> None:
    text = ("省国动办主任王东一行来宁波调研国防动员工作\n近日,省国动办主任王东一行来宁波调研国防动员工作,"
            "余姚市委常委陪同调研。\n调研组一行首先来到余姚市国防动员重点企业,详细了解企业生产经营情况。")
    assert _j(text) == "宁波市"


def test_district_listed_beside_its_city_in_the_title_does_not_take_over() -> None:
    text = ("襄阳市高新区汽车产业集群、樊城区航空航天研发制造融合产业集群成功入选\n"
            "近日,湖北省公布融合产业集群名单,襄阳市高新区汽车产业集群、樊城区航空航天研发制造融合产业集群入选,"
            "襄阳市入选数量居全省前列。")
    assert _j(text) == "襄阳市"
