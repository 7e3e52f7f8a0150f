"""ent13: a body's short forms in one document name the full body (invented text, real places)."""

from __future__ import annotations

import pytest

from graph.model import Document
from ingest.extract import extract, get_nlp


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def _run(nlp, text: str):
    ex = extract(Document(id="t", source="t", text=text), nlp).to_json()
    return ex["entities"], {(r["head"], r["type"], r["tail"]) for r in ex["relations"]}


def test_level_short_form_under_two_places_is_the_full_unit(nlp):
    # 县人武部 after 甘肃省临泽县人武部: the province's level character used to stop the reduction
    # before the county, so the two were two units and the post went to the bare copy
    text = ("近日,甘肃省临泽县人武部联合县委召开专题会议,研究民兵整组工作。\n"
            "县人武部部长王大明介绍了今年的任务。")
    ents, rels = _run(nlp, text)
    units = [e for e in ents if e["type"] == "MilitaryUnit"]
    assert [e["name"] for e in units] == ["甘肃省临泽县人武部"]
    assert "县人武部" in units[0]["aliases"]
    assert ("王大明", "HOLDS_POSITION", "甘肃省临泽县人武部") in rels


def test_bare_unit_under_two_places_is_the_full_unit(nlp):
    text = ("近日,甘肃省张掖市甘州区人武部组织民兵开展训练。\n"
            "据人武部政委李小东介绍,训练为期五天。")
    ents, rels = _run(nlp, text)
    units = [e for e in ents if e["type"] == "MilitaryUnit"]
    assert [e["name"] for e in units] == ["甘肃省张掖市甘州区人武部"]
    assert ("李小东", "HOLDS_POSITION", "甘肃省张掖市甘州区人武部") in rels
