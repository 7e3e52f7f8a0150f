"""gaps14 (issue 9): extraction artefacts behind findings (invented texts and names).

- one research institute named by its number in two forms (东方重工第七〇二研究所 … 702所) is one
  entity, not two (ingest/components/grouping._institute_number);
- a place that opens a nested name the recogniser does not take (an outlet with its dateline, an
  airport, games) is no mention of the place (ingest/data/place_nested_heads.tsv).
"""

from __future__ import annotations

from tests.entity_helpers import ents


def test_an_institute_named_by_its_number_in_two_forms_is_one():
    text = ("东方重工集团公司第七〇二研究所与青山市政府签署合作协议。根据协议，702所将在青山市建设"
            "试验基地。")
    got = ents(text)
    inst = [n for n, (t, _a) in got.items() if t == "ResearchInstitute"]
    assert len(inst) == 1, got
    assert "702所" in got[inst[0]][1] or inst[0] == "702所"


def test_institutes_with_other_numbers_stay_apart():
    text = "东方重工集团公司第七〇二研究所与青松集团第715研究所签署合作协议。702所负责总体设计。"
    got = ents(text)
    inst = sorted(n for n, (t, _a) in got.items() if t == "ResearchInstitute")
    assert len(inst) == 2, got


def test_a_place_opening_a_nested_name_is_no_mention_of_the_place():
    # an outlet with its dateline, an airport, games named after a city: words of longer names
    for text in ("武汉经济日报白水讯 近日，东方重工集团召开座谈会。",
                 "东方重工集团将投资建设武汉通用机场及配套设施。",
                 "东方重工集团曾为武汉运动会提供保障。"):
        got = ents(text)
        assert not any(t == "Location" and n.startswith("武汉") for n, (t, _a) in got.items()), (text, got)
    # written on its own the place is a mention, whatever else the text says
    got = ents("东方重工集团将投资建设武汉通用机场，并在武汉设立研发中心。")
    assert got.get("武汉", ("",))[0] == "Location", got
