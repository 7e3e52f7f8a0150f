"""jur1: an autonomous division named the everyday way (大厂县 for 大厂回族自治县, 恩施州 for 恩施土家族苗族
自治州) is that division, so its bodies are filed under it, not under the document's city or a
namesake elsewhere. Invented bodies on real divisions no scored text names."""

from graph import places
from graph.model import Document, Entity, Extraction
from graph.resolve import document_county, document_jurisdiction, node_key


def test_county_written_with_its_level_word_is_the_autonomous_county() -> None:
    place = places.lookup("大厂县")
    assert place is not None and place.name == "大厂回族自治县"
    jur = document_jurisdiction("廊坊市", "t1")
    assert node_key("大厂县人武部", "MilitaryUnit", jur, "t1") == ("大厂回族自治县人武部", "大厂回族自治县")


def test_prefecture_written_with_its_level_word_is_the_autonomous_prefecture() -> None:
    jur = document_jurisdiction("湖北省", "t2")
    assert node_key("恩施州国动委", "PartyGovBody", jur, "t2")[1] == "恩施土家族苗族自治州"


def test_bare_county_body_of_a_document_naming_the_county_that_way() -> None:
    doc = Document(id="t3", source="t3", text="大厂县县委召开议军会议。", jurisdiction="廊坊市")
    ex = Extraction(document=doc, entities=[Entity(name="大厂县", type="Location"),
                                            Entity(name="县委", type="PartyGovBody")])
    jur = document_county(ex, document_jurisdiction(doc.jurisdiction, doc.id))
    assert node_key("县委", "PartyGovBody", jur, "t3")[1] == "大厂回族自治县"


def test_bare_short_form_stays_no_place() -> None:
    assert places.lookup("大厂") is None or places.lookup("大厂").name != "大厂回族自治县"
