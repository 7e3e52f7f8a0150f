"""Modality of real sentences from the sample documents and the gold development set."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.components.modality import classify, classify_fact, clause_at, is_problem, problem_clauses
from tests.relations_harness import split_sentences

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def sentence(sample: str, fragment: str) -> str:
    text = (SAMPLES / f"{sample}.txt").read_text(encoding="utf-8")
    for s, e in split_sentences(text):
        if fragment in text[s:e]:
            return text[s:e]
    raise AssertionError(f"{fragment!r} not in {sample}")


@pytest.mark.parametrize(
    ("sample", "fragment", "expected"),
    [
        ("s000", "军民融合产业发展基金尚未实质性运作", "problem"),
        ("s000", "但建设进度比较慢", "problem"),
        ("s003", "军民二元分离结构尚未破除", "problem"),
        ("s000", "市委军民融合办要根据会议研究的意见", "directive"),
        ("s003", "市委组织部、市发改委、市交通局等部门要大力支持", "directive"),
        ("s003", "对这些问题，决不能等闲视之，必须认真予以解决", "directive"),
        ("s000", "今天下午，我们召开市委军民融合发展委员会第一次全体会议", "reported"),
        ("s003", "是中国特色社会主义制度的重要组成部分", "stated"),
    ],
)
def test_sentence_modality(sample, fragment, expected):
    assert classify(sentence(sample, fragment)) == expected


def test_remedy_orders_are_not_problem_statements():
    # "解决好…问题" orders a fix: the sentence is a directive, not a statement of a shortfall
    s = sentence("s003", "解决好项目建设中存在的资金、土地、环保等问题")
    assert not is_problem(s)
    assert classify(s) == "directive"


def test_words_containing_yao_or_ying_are_not_directives():
    # 重要, 应对: not orders; the sentence is a plain statement
    s = sentence("s003", "党管武装是我们党在领导中国革命与建设中创造和发展起来的重要制度成果")
    assert classify(s) == "stated"


def test_problem_clause_includes_the_clause_before_but():
    s = sentence("s000", "但建设进度比较慢")
    spans = problem_clauses(s)
    assert any("军民融合产业园" in s[a:b] for a, b in spans)
    assert not any("缺乏" in s[a:b] and "军民融合产业园" in s[a:b] for a, b in spans[1:])


def test_fact_modality_prefers_the_clause_of_the_fact():
    s = sentence("s001", "龙岩市委军民融合办主任张丽华日前在福建省军民融合发展工作座谈会上表示")
    # she spoke at the forum (reported) although what she said orders things (加快, 着力)
    assert classify_fact(s, [s.index("张丽华")]) == "reported"
    assert classify(s) == "directive"


# --- wording met on unseen text (invented names) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("衷心感谢东方重工集团多年来对青山军分区建设的大力支持", "reported"),
        ("青山市委对东方重工集团长期以来关心支持青山军分区表示衷心感谢", "reported"),
        ("青山市委将争取与西川市联合创建国家军民融合创新示范区", "plan"),
        ("东湖区积极申报国家级军民融合产业示范基地", "plan"),
        ("东方重工集团计划投资5亿元建设青山航空产业园", "plan"),
        ("青山市科技局要积极申报国家级军民融合产业示范基地", "directive"),  # an order to apply
        ("青山市发改委要牵头推进东山科技城项目", "directive"),
        ("东湖军民融合产业园推进慢", "problem"),
        ("青山军民融合产业基金至今尚未运作", "problem"),
        ("军地之间信息不对称", "problem"),
        ("青山军分区对地方企业底数不清", "problem"),
        ("东方重工集团在技术转化方面存在资金短缺问题", "problem"),
        ("青山军分区在人员培训方面存在一些困难", "problem"),
        ("人才短缺是制约青山航空产业园发展的瓶颈", "problem"),
        ("我们要着力解决东湖产业园推进慢的问题", "directive"),
        ("要打通军地信息不对称的堵点", "directive"),
    ],
)
def test_unseen_wording(text, expected):
    assert classify(text) == expected


def test_plan_is_a_modality_of_the_record_contract():
    from graph.model import MODALITIES

    assert "plan" in MODALITIES


def test_clause_at_equals_a_scan_of_the_sentence():
    """clause_at (marks kept per sentence, bisect) gives what scanning the sentence gives."""
    import random
    import re

    def scan(sentence: str, offset: int) -> str:
        start = 0
        for m in re.finditer(r"[，,；;。！？!?]", sentence):
            if m.start() >= offset:
                return sentence[start:m.start()]
            start = m.end()
        return sentence[start:]

    rnd = random.Random(5)
    for _ in range(2000):
        s = "".join(rnd.choice("青山市会议，,；。！?甲乙") for _ in range(rnd.randint(0, 20)))
        for o in range(-1, len(s) + 2):
            assert clause_at(s, o) == scan(s, o), (s, o)


# --- look-back summaries (gaps7): invented sentences ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "一年来,东方县人武部在上级领导下认真落实青山军分区部署,加快推进民兵训练基地建设,圆满完成了各项任务。",
        "东方重工集团近年来加快推进青山产业园建设,取得了明显成效。",
        "过去五年,青山市委坚持加快推进东方产业园建设,军民融合工作卓有成效。",
        "青山协会自2019年换届以来,贯彻落实东方战略,积极申报青山示范基地,做了许多有益的工作。",
    ],
)
def test_a_look_back_summary_reports_what_was_done(sentence):
    """A look-back frame (一年来, 近年来, 过去五年, …以来) with completed work: the facts after it
    are reported, whatever 落实/加快/推进/申报 their clause holds (held-out judgement, issue 9)."""
    i = sentence.rfind("青山")
    assert classify_fact(sentence, [0, i]) == "reported"


def test_a_look_back_frame_stops_at_the_turn_to_what_is_still_to_do():
    s = "近年来,青山市加快推进东方产业园建设,取得了明显成效,下一步要加快推进西山基金设立。"
    assert classify_fact(s, [s.find("东方产业园")]) == "reported"
    assert classify_fact(s, [s.find("西山基金")]) == "directive"


def test_an_order_with_a_frame_but_no_completed_work_stays_an_order():
    s = "今年以来,青山市要加快推进东方产业园建设。"
    assert classify_fact(s, [s.find("东方产业园")]) == "directive"
    s = "近年来的经验表明,青山市必须加快推进东方产业园建设。"
    assert classify_fact(s, [s.find("东方产业园")]) == "directive"
    s = "近年来,青山市取得了一定成效,但东方产业园建设进度仍然滞后。"
    assert classify_fact(s, [s.find("东方产业园")]) == "problem"


def test_a_meeting_s_orders_after_a_look_back_stay_orders():
    s = "今年以来,青山市召开了三次推进会,会议强调加快推进东方产业园建设。"
    assert classify_fact(s, [0, s.find("东方产业园")]) == "directive"
