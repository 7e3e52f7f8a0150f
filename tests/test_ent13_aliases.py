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


def test_bare_military_department_before_a_post(nlp):
    # 参谋长甲、政治部主任乙: the unit's department named bare in a list of officers (heads.tsv bare)
    text = ("青山军分区召开党委扩大会议。青山军分区司令员张大海,参谋长刘小川、政治部主任陈明远、"
            "后勤部部长孙立平出席会议。")
    ents, rels = _run(nlp, text)
    kinds = {e["name"]: e["type"] for e in ents}
    assert kinds.get("政治部") == "MilitaryUnit" and kinds.get("后勤部") == "MilitaryUnit"
    assert ("陈明远", "HOLDS_POSITION", "政治部") in rels
    assert ("孙立平", "HOLDS_POSITION", "后勤部") in rels


def test_named_military_department_is_a_military_unit(nlp):
    # 联勤部政治部主任 in a list of officers: the department's head word (heads.tsv, bare) types
    # and keeps the department (was no entity: a 部 with a short body and no place)
    text = "青山警备区参谋长刘小川、联勤部政治部主任周海涛出席。"
    ents, rels = _run(nlp, text)
    assert ("联勤部政治部", "MilitaryUnit") in {(e["name"], e["type"]) for e in ents}
    assert ("周海涛", "HOLDS_POSITION", "联勤部政治部") in rels


def test_titles_added_for_persons_are_posts(nlp):
    # 检察长, CEO (titles.tsv both, relation_cues.json titles): the person holds a post in the body
    text = ("青山市人民检察院检察长赵明德出席会议。\n"
            "东方重工科技有限公司CEO钱立新表示,公司将加大投入。")
    _, rels = _run(nlp, text)
    assert ("赵明德", "HOLDS_POSITION", "青山市人民检察院") in rels
    assert ("钱立新", "HOLDS_POSITION", "东方重工科技有限公司") in rels


def test_corps_title_does_not_close_the_corps_name(nlp):
    # 某总队总队长: 总队 inside the title 总队长 is no second head of the name
    text = "武警东川总队总队长孙海峰在会上发言。"
    ents, rels = _run(nlp, text)
    assert "武警东川总队" in {e["name"] for e in ents if e["type"] == "MilitaryUnit"}
    assert ("孙海峰", "HOLDS_POSITION", "武警东川总队") in rels


def test_bare_event_head_in_traditional_text_and_after_zai(nlp):
    # 在座談會上發言: the bare head (folded for the match) is the document's meeting, in traditional
    # script too (the forms were compared unfolded); 此次推介会 likewise
    text = ("青山市召开军政迎春座談會。會上,青山軍分區政委張大海在座談會上發言。\n"
            "东方重工集团举办东川装备产业推介会。此次推介会签约项目十个。")
    ents, _ = _run(nlp, text)
    events = {e["name"]: e["aliases"] for e in ents if e["type"] == "Event"}
    assert "座談會" in events.get("军政迎春座談會", []), events
    assert "推介会" in events.get("东川装备产业推介会", []), events


def test_firm_short_name_is_the_firm(nlp):
    # 北京青禾智造科技有限公司 ... 青禾智造董事长: the name without place and legal form is the firm
    text = ("北京青禾智造科技有限公司近日与东川市签约。\n"
            "“参军”之路并不平坦。青禾智造CEO周明远说,公司将扩大生产。\n"
            "青松光学集团股份有限公司在东川召开会议。青松光学集团总经理李明远告诉记者,订单增加。")
    ents, rels = _run(nlp, text)
    firm = next(e for e in ents if e["name"] == "北京青禾智造科技有限公司")
    assert "青禾智造" in firm["aliases"]
    assert ("周明远", "HOLDS_POSITION", "北京青禾智造科技有限公司") in rels
    assert ("李明远", "HOLDS_POSITION", "青松光学集团股份有限公司") in rels


def test_place_dropped_alone_is_no_firm_short_name(nlp):
    # 东川省军工集团 has no legal form: 军工集团 elsewhere is a kind of firm, not its short name
    text = "浙江省军工集团近日成立。各地军工集团要加快改革。"
    ents, _ = _run(nlp, text)
    assert all("军工集团" not in e["aliases"] for e in ents)
