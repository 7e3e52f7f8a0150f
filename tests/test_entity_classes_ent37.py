"""In-document short forms grouped with the full name (ent37, issue 10 §3): a short form after the
full one is one body with it, not an entity of its own. Every body name here is invented; each test
also says what must stay apart (never two bodies merged)."""

from __future__ import annotations

from tests.entity_helpers import ents


def _aliases(text: str, name: str) -> list[str]:
    return ents(text)[name][1]


def test_a_short_form_drops_a_chain_of_places_down_to_the_last_one():
    # the province and the county's level character dropped: the county's short form + the body
    text = "湖南省青川县铁路运输检察院召开座谈会。会上，青川铁路运输检察院检察长讲话。"
    assert _aliases(text, "湖南省青川县铁路运输检察院") == ["青川铁路运输检察院"]
    assert "青川铁路运输检察院" not in ents(text)
    # every place dropped, the last level kept: 区委 after a province, a city and a district
    text = "湖南省青山市东川区区委召开常委会。区委书记主持会议。"
    assert _aliases(text, "湖南省青山市东川区区委") == ["区委"]
    # a bare name two bodies fit is left alone (not the first of them)
    found = ents("湖南省青山军分区和军分区(警备区)党委。军分区领导出席。")
    assert found["湖南省青山军分区"][1] == []
    # two bodies whose names differ in more than places stay apart
    found = ents("湖南省青川县人民法院和青川县人民检察院联合召开座谈会。")
    assert "湖南省青川县人民法院" in found and "青川县人民检察院" in found


def test_a_short_form_keeps_an_autonomous_regions_level_word_whole():
    # 自治区 is the level word the short form keeps, as 省 is for 省委 after 某省委
    text = "广西壮族自治区青山工作领导小组办公室印发通知。自治区青山工作领导小组办公室要求各地落实。"
    assert _aliases(text, "广西壮族自治区青山工作领导小组办公室") == ["自治区青山工作领导小组办公室"]


def test_a_short_form_writes_a_words_standard_abbreviation():
    # 工商联 for 工商业联合会, 通航 for 通用航空, 国防科工办 for 国防科学技术工业办公室: one body
    text = "青山市工商业联合会召开座谈会。市工商联主席讲话。"
    assert _aliases(text, "青山市工商业联合会") == ["市工商联"]
    text = "东方重工落户青山市通用航空产业园。青山市通航产业园已入驻企业20家。"
    assert "青山市通航产业园" in _aliases(text, "青山市通用航空产业园")
    text = "青山县国防科学技术工业办公室召开会议。县国防科工办主任出席。"
    assert "县国防科工办" in _aliases(text, "青山县国防科学技术工业办公室")
    # a different body with the same words stays apart
    found = ents("青山市工商业联合会和青山市通用航空协会联合召开座谈会。")
    assert "青山市工商业联合会" in found and "青山市通用航空协会" in found


def test_a_tail_of_two_names_that_end_one_another_is_their_one_things_short_form():
    # the longer forms all end with the shortest of them: one park's (one fund's) forms, and the
    # tail is that thing's too
    found = ents("东方红星天文观测基地开工建设。红星天文观测基地占地1000亩。天文观测基地建成后将对外开放。")
    assert found["东方红星天文观测基地"][1] == ["红星天文观测基地", "天文观测基地"]
    found = ents("东方重工参股公司红星航天产业基金成立。红星航天产业基金规模10亿元。"
                 "航天产业基金将投向卫星产业。")
    assert found["东方重工参股公司红星航天产业基金"][1] == ["红星航天产业基金", "航天产业基金"]
    # two parks whose names do not end one another stay apart
    found = ents("东方重工落户青山湖航空产业园和东川湖航空产业园。")
    assert "青山湖航空产业园" in found and "东川湖航空产业园" in found
