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


@pytest.mark.parametrize(("text", "title"), [
    # a dateline in traditional script with pinyin glosses, then a time word
    ("我國(guó)青山網9月16日訊(記者王東)今天上午,省委書記李明在青山就全省人防工作進行調研。\n李明強調,要抓好落實。",
     "省委書記李明在青山就全省人防工作進行調研"),
    # a media centre's byline in brackets
    ("东方区融媒体中心(记者王东)12月31日,全区国防动员委员会全体会议召开。\n会议总结了一年来的工作。",
     "全区国防动员委员会全体会议召开"),
    # a 记者…报道 byline and a date range
    ("记者王东报道 1月10日至11日 ,青山军分区党委全委扩大会议在青山召开。\n会议总结了一年来的工作。",
     "青山军分区党委全委扩大会议在青山召开"),
    ("【青山商報網訊】記者王東報道:9月7日,第五屆青山科技博覽會在青山會展中心開幕。\n博覽會為期五天。",
     "第五屆青山科技博覽會在青山會展中心開幕"),
])
def test_lead_headline_without_its_dateline_or_byline(text: str, title: str) -> None:
    assert _t(text) == title


def test_byline_line_is_no_title_the_lead_is() -> None:
    text = ("特约记者 王东 通讯员 李明\n"
            "3月25日,青山市委召开议军会议,听取军分区工作汇报,研究解决部队建设中的实际困难。")
    assert _t(text) == "青山市委召开议军会议"


@pytest.mark.parametrize("text", [
    "主办单位:青山市东方区人民政府\n青山市东方区人民政府办公室主办,版权所有,未经许可不得转载,违者必究。",
    "各级、各部门和单位要认真贯彻落实《\n青山市国防动员实施办法》,切实做好国防动员工作,确保各项任务落到实处。",
    "授牌仪式现场。\n青山市拥军服务联盟成立以来,已有一百多家企业加入,为军人军属提供优惠服务。",
])
def test_chrome_byline_caption_or_cut_line_is_no_title(text: str) -> None:
    assert _t(text) == ""


def test_official_title_in_two_lines_and_a_name_label() -> None:
    text = ("青山区人民政府办公室关于转发青山区加快\n推进军民融合产业发展的实施意见的通知\n"
            "各街道办事处,区政府各部门:现将《青山区加快推进军民融合产业发展的实施意见》转发给你们,请认真贯彻执行。")
    assert _t(text) == "青山区人民政府办公室关于转发青山区加快推进军民融合产业发展的实施意见的通知"
    labelled = ("名  称: 青山市人民政府关于成立国防动员委员会的通知\n"
                "各区县人民政府:为加强国防动员工作,经研究决定,成立青山市国防动员委员会,现将有关事项通知如下。")
    assert _t(labelled) == "青山市人民政府关于成立国防动员委员会的通知"


def test_traditional_label_and_a_speakers_we_are_no_title() -> None:
    labelled = "原標題:我省成立軍民融合發展研究院\n近日,我省軍民融合發展研究院在南京成立,首批研究人員30名。"
    assert _t(labelled) == "我省成立軍民融合發展研究院"
    speech = "今天,我们召开市委军民融合发展委员会第一次会议,主要任务是传达学习中央和省委有关会议精神。"
    assert _t(speech) == ""


def test_photo_caption_and_a_trailing_site_separator_are_no_part_of_the_title() -> None:
    caption = ("交流座谈会现场。陈华摄\n"
               "3月5日,青山市军民融合发展高层论坛在青山举办,来自各地的专家学者参加论坛。")
    assert _t(caption) == "青山市军民融合发展高层论坛在青山举办"
    text = ("市委办公室到东方区督查退役军人事务工作 | |||\n"
            "近日,市委办公室主任王东到东方区督查退役军人事务工作,听取工作汇报。")
    assert _t(text) == "市委办公室到东方区督查退役军人事务工作"
