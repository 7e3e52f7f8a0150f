"""jur1: a place written after the place that holds it is read inside it (湖北省恩施军分区: the 恩施 of
湖北省, the autonomous prefecture, not the division elsewhere the table keeps for the short form),
when its full name is its own: a district whose name other cities' districts share stays with the
city before it (a node is keyed and filed by the place's full name). Invented bodies on real
divisions no scored text names."""

from graph.resolve import document_jurisdiction, node_key


def test_short_form_after_its_province_is_the_namesake_inside_it() -> None:
    jur = document_jurisdiction("湖北省", "t1")
    key, where = node_key("湖北省恩施军分区", "MilitaryUnit", jur, "t1")
    assert where == "恩施土家族苗族自治州"
    assert key == "恩施土家族苗族自治州军分区"


def test_place_chain_location_reads_the_namesake_inside() -> None:
    jur = document_jurisdiction("湖北省", "t2")
    assert node_key("湖北省恩施州", "Location", jur, "t2")[1] == "恩施土家族苗族自治州"


def test_shared_district_name_stays_with_its_city() -> None:
    jur = document_jurisdiction("福建省", "t3")
    assert node_key("福州市鼓楼区人武部", "MilitaryUnit", jur, "t3")[1] == "福州市"
