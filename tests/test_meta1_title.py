"""meta1: a document's title is a line that is really its title: not site chrome (a breadcrumb, a
mirror's suffix, a 证券代码 line), not a lead sentence that only says how the news was learnt, refers
back or holds mojibake, and without the pinyin glosses a mirror put in. Invented text."""

import pytest

from ingest.metadata import extract_metadata


def _t(text: str) -> str:
    return extract_metadata(text)["title"]


def test_pinyin_glosses_are_no_part_of_the_title() -> None:
    text = ("青山市委召開(kāi)議軍會(huì )議\n9月9日,青山市委召開(kāi)議軍會(huì )議,"
            "聽取軍分區工作匯報,研究解決部隊實際困難。")
    assert _t(text) == "青山市委召開議軍會議"


def test_mirror_suffix_dropped_when_the_next_line_is_the_title() -> None:
    text = ("王东:强边固防 守好北大门-体育投注官网\n王东:强边固防 守好北大门\n来源:青山日报\n"
            "4月17日,青山市委书记王东主持召开议边会议,听取全市边防工作情况汇报,部署相关工作任务。")
    assert _t(text) == "王东:强边固防 守好北大门"


def test_breadcrumb_is_no_title() -> None:
    text = ("您当前的位置 : 青山网  >  青山  >  青山要闻\n王东走访慰问驻青部队官兵\n"
            "1月20日,在新春佳节来临之际,青山市委书记王东到驻青部队看望慰问官兵,向他们致以节日问候。")
    assert _t(text) == "王东走访慰问驻青部队官兵"


@pytest.mark.parametrize("text", [
    ("东方重工股份有限公司\n关于第三届董事会第二次会议决议的公告\n2022-01-01 来源:青山证券报\n"
     "证券代码:600000 证券简称:东方重工 公告编号:2021-066\n"
     "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述。"),
    ("东方重工:关于第三届董事会第二次会议决议的公告2022-01-01\n"
     "证券代码:600000 证券简称:东方重工 公告编号:2021-066\n"
     "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述。"),
])
def test_company_announcement_title_not_its_masthead_or_code_line(text: str) -> None:
    assert _t(text).endswith("关于第三届董事会第二次会议决议的公告")


def test_labelled_title_line() -> None:
    text = ("提案 第0115号\n题  目:关于巩固边防建设成果的提案\n"
            "内容:近年来,青山市开展边防建设,取得明显成效,但公共服务水平仍有待提升,需要进一步加强。")
    assert _t(text) == "关于巩固边防建设成果的提案"


@pytest.mark.parametrize("text", [
    # how the news was learnt
    "近日,青山市东方区检察院在依法开展专项监督活动中发现,辖区内多家企业拖欠人防易地建设费,涉及金额较大。",
    "记者从正在青山召开的全国军事设施保护工作座谈会上了解到,各地已划定军事禁区和军事管理区。",
    # a reference back
    "此次签署合作备忘录的目的是为抓住产业转移的机遇,落实双方合作协议,推动重大项目尽快落地见效。",
])
def test_lead_that_is_no_headline_gives_no_title(text: str) -> None:
    assert _t(text) == ""


def test_occasion_before_the_news_is_left_out_and_mojibake_is_no_title() -> None:
    text = ("11月25日,在青山举办的航空航天论坛年会上,12家单位签约落户东方航天城,其中7家与管理局签约。\n"
            "签约单位包括多家科研院所和企业。")
    assert _t(text) == "12家单位签约落户东方航天城"
    garbled = ("11月25日,在??谂e辦的航空航天论坛年会上,12家单位签约落户东方航天城,其中7家与管理局签约。\n"
               "签约单位包括多家科研院所和企业。")
    assert "?" not in _t(garbled) and "谂e" not in _t(garbled)
