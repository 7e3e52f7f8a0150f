"""meta1: dates a document states where Chinese pages state them: the signature's date under the
signing body (also written 二〇一三年七月一日, also in a text that is no 通知), and a law's revision
date in its enactment note, not its first adoption. Section headings are no title. Invented text."""

from ingest.metadata import extract_metadata


def test_signature_date_under_the_signing_body() -> None:
    text = ("一、征集对象\n征集对象以高中毕业以上文化程度的青年为主,"
            "同等条件下优先征集学历高的青年和应届毕业生。\n"
            "二、监督电话\n地区征兵办公室:0998-2783560。\n青山地区征兵办公室\n二〇一三年七月一日")
    meta = extract_metadata(text)
    assert meta["date"] == "2013-07-01"
    assert meta["title"] == ""  # 一、征集对象 is a section heading, not the document's title


def test_date_alone_without_a_signing_body_is_not_taken() -> None:
    text = ("青山市召开议军会议\n9月9日,青山市委召开议军会议,"
            "听取军分区工作汇报,研究解决部队建设中的实际困难。\n"
            "会议强调,要坚持党管武装,推动军地协调发展。\n2013年7月1日")
    assert extract_metadata(text)["date"] == ""


def test_revised_law_is_dated_by_its_revision() -> None:
    text = ("青山省人民防空条例(2008年修正本)\n"
            "(1999年10月22日青山省第九届人民代表大会常务委员会第十四次会议通过 "
            "2008年12月2日青山省第十一届人民代表大会常务委员会第六次会议修订 2008年12月3日青山省人民代表大会"
            "常务委员会公告第6号公布 自2009年3月1日起施行)\n第一条 为了加强人民防空建设,制定本条例。")
    assert extract_metadata(text)["date"] == "2008-12-03"
