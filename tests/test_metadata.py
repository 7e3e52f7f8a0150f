"""Tests for ingest/metadata.py on the sample speeches and news, the dev texts and 公文-style texts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ingest.metadata import extract_metadata, place_mentions
from ingest.normalise import fold
from ingest.textfold import strip_pinyin

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "gold" / "dev.jsonl"
FIELDS = {"title", "date", "jurisdiction", "genre", "speaker", "issuer", "doc_number"}
GENRES = {"speech", "news", "notice", "report"}


def _sample(name: str) -> str:
    return (ROOT / "samples" / name).read_text(encoding="utf-8")


def _dev() -> dict[str, str]:
    if not DEV.exists():
        return {}
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r["text"] for r in rows}


# ---------------------------------------------------------------------------------------------
# The three samples
# ---------------------------------------------------------------------------------------------


def test_s000_speech_of_anonymised_city_xx() -> None:
    meta = extract_metadata(_sample("s000.txt"), "samples/s000.txt")
    assert set(meta) == FIELDS
    assert meta["genre"] == "speech"
    assert meta["jurisdiction"] == "XX"
    assert meta["title"] == "" and meta["doc_number"] == ""  # nothing of the kind is written


def test_s003_speech_of_anonymised_city_stars() -> None:
    """s003 names 河南 (the province) and a "**同志" person; the city it speaks for is "**"."""
    text = _sample("s003.txt")
    assert "河南" in text
    meta = extract_metadata(text, "samples/s003.txt")
    assert meta["genre"] == "speech"
    assert meta["jurisdiction"] == "**"


def test_s001_news_about_longyan() -> None:
    text = _sample("s001.txt")
    meta = extract_metadata(text, "samples/s001.txt")
    assert meta["jurisdiction"] == "龙岩市"  # although 福建 is named often in the editor's note
    assert meta["genre"] == "news"  # "1月17日电(林玲)"
    assert meta["date"] == "2019-01-17"  # "17.01.2019" under the title
    assert meta["title"] == text.split("\n")[0].strip()
    assert meta["speaker"] == ""  # not a speech


# ---------------------------------------------------------------------------------------------
# Dev texts: what is returned must be stated in the text
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("doc_id", sorted(_dev()) or ["none"])
def test_dev_metadata_is_stated_in_the_text(doc_id: str) -> None:
    texts = _dev()
    if doc_id not in texts:
        pytest.skip("../shared/gold/dev.jsonl not available")
    text = texts[doc_id]
    meta = extract_metadata(text, doc_id)
    assert set(meta) == FIELDS and meta["genre"] in GENRES
    if meta["title"]:
        assert meta["title"] in strip_pinyin(text)  # as written, less the pinyin glosses (meta1)
    if meta["jurisdiction"]:
        # the place's full name in simplified script (meta1): its short form is written in the text
        from graph.places import short_form
        assert short_form(meta["jurisdiction"]) in fold(text) or meta["jurisdiction"] in fold(text)
    if meta["date"]:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["date"])
        assert meta["date"][:4] in text
    for field in ("speaker", "issuer", "doc_number"):
        if meta[field]:
            assert meta[field] in text


def test_dev_jurisdictions_that_a_reader_sees_at_once() -> None:
    texts = _dev()
    if not texts:
        pytest.skip("../shared/gold/dev.jsonl not available")
    expected = {"d01": "福建省", "d06": "佛山市", "d11": "建德市", "d12": "X"}
    got = {k: extract_metadata(texts[k])["jurisdiction"] for k in expected}
    assert got == expected


def test_dev_dates_from_page_headers() -> None:
    texts = _dev()
    if not texts:
        pytest.skip("../shared/gold/dev.jsonl not available")
    assert extract_metadata(texts["d07"])["date"] == "2018-07-16"  # 发布时间:2018-07-16
    assert extract_metadata(texts["d06"])["date"] == "2018-04-02"
    # d03 has a dateline "10月29日电" and only "2015年底" elsewhere: no year is stated for it
    assert extract_metadata(texts["d03"])["date"] == ""


def test_traditional_text_gives_its_place_folded_and_in_full() -> None:
    """meta1: the analyst filters and reads jurisdictions in one script: 遼寧/大連 -> 大连市."""
    texts = _dev()
    text = texts.get("d08") or "11月16日，遼寧省軍民兩用技術成果展示與需求對接會在大連世界博覽廣場拉開帷幕。"
    place = extract_metadata(text)["jurisdiction"]
    assert place and place not in text and fold(place) == place
    assert place in ("大连市", "辽宁省")


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "iso"),
    [
        ("2019年1月17日", "2019-01-17"),
        ("17.01.2019  23:10", "2019-01-17"),
        ("发布时间：2018-06-01 16:35:48", "2018-06-01"),
        ("日期：2018/6/1", "2018-06-01"),
        ("２０１９年１月１７日", "2019-01-17"),  # full-width digits
        ("二〇一八年三月十日", "2018-03-10"),
        ("二〇一九年十二月三十一日", "2019-12-31"),
    ],
)
def test_date_forms_in_the_header(header: str, iso: str) -> None:
    body = "龙岩市委军民融合办认真贯彻落实党中央关于军民融合发展的决策部署，推动工作落地见效。" * 2
    text = f"龙岩市军民融合工作情况\n{header}\n{body}"
    assert extract_metadata(text)["date"] == iso


def test_dateline_takes_the_year_stated_elsewhere() -> None:
    text = ("中新网福建新闻1月17日电(林玲)龙岩市委军民融合办主任张丽华日前在福建省军民融合"
            "发展工作座谈会上表示，龙岩将把军民融合作为推进高质量发展的重要抓手。\n2019年1月，龙岩市召开了会议。")
    assert extract_metadata(text)["date"] == "2019-01-17"
    no_year = text.replace("2019年1月，", "")
    assert extract_metadata(no_year)["date"] == ""


def test_impossible_dates_are_ignored() -> None:
    body = "会议研究部署了军民融合发展工作，明确了下一步工作任务和责任分工。" * 2
    text = f"某会议纪要\n2019年13月45日\n{body}"
    assert extract_metadata(text)["date"] == ""


# ---------------------------------------------------------------------------------------------
# Genres, 文号, issuer, speaker
# ---------------------------------------------------------------------------------------------

NOTICE = """龙岩市人民政府办公室文件
龙政办〔2017〕91号
龙岩市人民政府办公室关于印发龙岩市推进军民融合深度发展实施方案的通知
各县（市、区）人民政府，市直有关单位：
经市政府同意，现将《龙岩市推进军民融合深度发展实施方案》印发给你们，请认真贯彻执行。根据《国务院办公厅关于推动国防科技工业军民融合深度发展的意见》（国办发〔2017〕91号）精神制定。
龙岩市人民政府办公室
2017年12月5日
"""


def test_notice_with_doc_number_issuer_and_signing_date() -> None:
    meta = extract_metadata(NOTICE)
    assert meta["genre"] == "notice"
    assert meta["doc_number"] == "龙政办〔2017〕91号"
    assert meta["issuer"] == "龙岩市人民政府办公室"
    assert meta["title"] == "龙岩市人民政府办公室关于印发龙岩市推进军民融合深度发展实施方案的通知"
    assert meta["date"] == "2017-12-05"
    assert meta["jurisdiction"] == "龙岩市"


def test_square_bracket_doc_number_and_chinese_numeral_date() -> None:
    text = ("关于做好2018年军民融合工作的通知\n闽军民融合办[2018]3号\n各设区市军民融合办：\n"
            "为贯彻落实省委部署，现就做好2018年全省军民融合工作通知如下，请福建各地认真落实。\n"
            "福建省委军民融合办\n二〇一八年三月十日")
    meta = extract_metadata(text)
    assert meta["doc_number"] == "闽军民融合办[2018]3号"
    assert meta["issuer"] == "福建省委军民融合办"
    assert meta["date"] == "2018-03-10"
    assert meta["genre"] == "notice"


def test_a_cited_doc_number_is_not_the_documents_own() -> None:
    text = ("龙岩市军民融合发展情况报告\n"
            "根据《国务院办公厅关于推动国防科技工业军民融合深度发展的意见》（国办发〔2017〕91号）精神，"
            "龙岩市认真抓好贯彻落实，推动军民融合深度发展取得明显成效。")
    meta = extract_metadata(text)
    assert meta["doc_number"] == ""
    assert meta["genre"] == "report"


def test_speech_with_title_and_speaker_line() -> None:
    text = ("在全市军民融合发展大会上的讲话\n张三\n（2019年3月1日）\n同志们：\n"
            "今天召开全市军民融合发展大会，主要任务是贯彻落实市委部署，推动军民融合深度发展。")
    meta = extract_metadata(text)
    assert meta["genre"] == "speech"
    assert meta["speaker"] == "张三"
    assert meta["title"] == "在全市军民融合发展大会上的讲话"
    assert meta["date"] == "2019-03-01"


def test_speaker_in_title() -> None:
    text = ("李四同志在龙岩市军民融合发展委员会全体会议上的讲话\n同志们：\n"
            "这次会议的主要任务是总结2021年工作，部署2022年军民融合发展任务，大家要认真抓好落实。")
    meta = extract_metadata(text)
    assert meta["speaker"] == "李四"
    assert meta["jurisdiction"] == "龙岩市"


def test_news_by_reporter_line() -> None:
    text = ("佛山市军民融合产业园揭牌\n本报记者 周羽\n"
            "4月2日，佛山市军民融合产业园在顺德区杏坛镇举行揭牌仪式，多个军民融合项目现场签约。")
    assert extract_metadata(text)["genre"] == "news"


def test_report_is_the_default_genre() -> None:
    text = ("龙岩市军民融合发展情况\n"
            "2018年，龙岩市认真贯彻落实党的十九大精神，军民融合深度发展取得新进展，产业规模不断扩大。")
    meta = extract_metadata(text)
    assert meta["genre"] == "report" and meta["speaker"] == ""


# ---------------------------------------------------------------------------------------------
# Jurisdiction details
# ---------------------------------------------------------------------------------------------


def test_placeholder_person_or_band_is_not_an_anonymised_city() -> None:
    text = ("龙岩市军民融合工作会议召开\n会上，**同志介绍了X波段雷达项目进展。"
            "龙岩市委军民融合办要牵头抓好龙岩市军民融合项目建设，龙岩市各县区要密切配合。")
    assert extract_metadata(text)["jurisdiction"] == "龙岩市"


def test_placeholder_city_wins_over_named_province() -> None:
    text = ("同志们：\n今天我们召开会议，贯彻落实河南省委、省政府部署。XX是驻军大市，"
            "XX军分区和驻XX部队为全市发展作出了贡献，河南省委对XX寄予厚望。")
    assert extract_metadata(text)["jurisdiction"] == "XX"


def test_everyday_words_are_not_places() -> None:
    """合作 (合作市), 长治 (长治市), 东方 (东方市), 安宁 (安宁市) are also ordinary words."""
    text = "加强合作促进发展\n要加强军地合作，确保长治久安，弘扬东方文化，保障人民安宁，推动军民融合发展。"
    assert extract_metadata(text)["jurisdiction"] == ""
    assert [m[2] for m in place_mentions("长治市和合作市")] == ["长治", "合作"]


def test_place_mentions_short_and_full_forms() -> None:
    found = place_mentions("龙岩市委和福建省委在顺德区、延边朝鲜族自治州、廣西壯族自治區")
    assert [(surface, short) for _, surface, short, _ in found] == [
        ("龙岩", "龙岩"), ("福建", "福建"), ("顺德区", "顺德区"), ("延边", "延边"), ("廣西", "广西"),
    ]


# ---------------------------------------------------------------------------------------------
# News excerpts without their headline: the lead's clause that says what happened
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "title"), [
    ("新华网青山3月5日电（记者 王东）4日，青山市军民融合产业园在东方新区揭牌，首批12家企业入驻。\n"
     "产业园由东方重工集团投资建设，规划面积3平方公里。",
     "青山市军民融合产业园在东方新区揭牌"),
    ("东方重工集团青山研究院，近日在青山经济开发区正式挂牌成立。\n研究院将围绕军民两用技术开展攻关。",
     "东方重工集团青山研究院，近日在青山经济开发区正式挂牌成立"),
    ("为深入贯彻军民融合发展战略，推动产学研深度合作，促进科技成果转化落地，青山市委军民融合办和东方重工集团"
     "党委联合开展军民融合主题党日活动。\n活动安排如下。",
     "青山市委军民融合办和东方重工集团党委联合开展军民融合主题党日活动"),
    ("3月5日，春风和煦，青山湖畔一派生机。由青山市人民政府主办、东方重工集团承办的“第二届青山军民融合"
     "技术对接会”在青山国际会展中心开幕。\n对接会为期两天。",
     "“第二届青山军民融合技术对接会”在青山国际会展中心开幕"),
    ("青山市軍民融合創(chuàng)新聯(lián)盟日前在東方區(qū)成立，首批成員單位30家。\n聯盟將推動成果轉化。",
     "青山市軍民融合創新聯盟日前在東方區成立"),  # meta1: without the pinyin glosses
])
def test_news_excerpt_gets_its_lead_as_headline(text: str, title: str) -> None:
    meta = extract_metadata(text)
    assert meta["title"] == title
    assert meta["title"] in strip_pinyin(text)  # as written, less the pinyin glosses


@pytest.mark.parametrize("text", [
    "3月5日，春风和煦，青山湖畔一派生机，东方新区的道路两旁开满了鲜花，市民们纷纷走出家门踏青赏花。\n"
    "今年以来，青山市持续推进城市绿化工作。",  # a scenic opening says nothing happened
    "同志们：\n今天我们召开全市军民融合发展大会，主要任务是总结去年工作，部署今年任务。\n",  # a speech
])
def test_no_headline_is_made_up(text: str) -> None:
    assert extract_metadata(text)["title"] == ""


def test_dev_news_excerpts_have_titles() -> None:
    texts = _dev()
    if not texts:
        pytest.skip("../shared/gold/dev.jsonl not available")
    titles = {k: extract_metadata(t)["title"] for k, t in texts.items()}
    speeches = {k for k, t in texts.items() if extract_metadata(t)["genre"] == "speech"}
    assert all(titles[k] for k in texts if k not in speeches), titles
