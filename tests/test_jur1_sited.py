"""jur1: a body whose name sets a place apart in brackets or after 中国· is filed under that place:
the name's own statement of where this body is (a group's institute or base in another city, a
park), not the group's home the name opens with, nor none. Invented bodies on a real city no
scored text names."""

from graph.resolve import document_jurisdiction, node_key


def test_bracketed_place_of_a_groups_institute() -> None:
    jur = document_jurisdiction("福建省", "t1")
    assert node_key("东方重工集团(漯河)研究院", "ResearchInstitute", jur, "t1")[1] == "漯河市"
    assert node_key("北京甲乙科技集团(漯河)产业基地", "IndustrialPark", jur, "t1")[1] == "漯河市"


def test_park_named_china_then_place() -> None:
    jur = document_jurisdiction("", "t2")
    assert node_key("中国(漯河)航天城", "IndustrialPark", jur, "t2")[1] == "漯河市"
    assert node_key("中国·漯河甲乙产业园", "IndustrialPark", jur, "t2")[1] == "漯河市"


def test_pinyin_gloss_in_brackets_is_no_place() -> None:
    jur = document_jurisdiction("", "t3")
    assert node_key("东方工业(yè)集团", "Enterprise", jur, "t3")[1] == ""


def test_government_body_keeps_its_level() -> None:
    jur = document_jurisdiction("福建省", "t4")
    assert node_key("省委(漯河)联络处", "PartyGovBody", jur, "t4")[1] == "福建省"
