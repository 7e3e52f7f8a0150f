"""jur1: an enterprise or institute whose name opens with a county written short (no 县, 区, 市) that
lies in another province than the document's is not filed under that county: the word is its brand
(a lake, a mountain, a founder's word), and a firm of that county is written with its level word
or its province. A wrong place is worse than none. Invented firms on a real county."""

from graph.resolve import document_jurisdiction, node_key


def test_short_county_of_another_province_is_a_brand() -> None:
    jur = document_jurisdiction("浙江省", "t1")
    assert node_key("大竹精工有限公司", "Enterprise", jur, "t1")[1] == ""


def test_short_county_of_the_documents_province_is_the_county() -> None:
    jur = document_jurisdiction("四川省", "t2")
    assert node_key("大竹精工有限公司", "Enterprise", jur, "t2")[1] == "大竹县"


def test_county_with_its_level_word_stays_the_county() -> None:
    jur = document_jurisdiction("浙江省", "t3")
    assert node_key("大竹县精工有限公司", "Enterprise", jur, "t3")[1] == "大竹县"
    assert node_key("四川省大竹精工有限公司", "Enterprise", jur, "t3")[1] == "大竹县"
