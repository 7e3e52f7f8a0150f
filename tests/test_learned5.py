"""learned5: the learned span component proposing only some types, only spans that end in no head word
(`novel_ends`), and put through the rules' own checks (`rule_checks`). Texts and names are invented."""

from __future__ import annotations

import pytest

from ingest.components import learned
from ingest.components.learned import LearnedSpans, Proposal, head_at_end
from ingest.pipeline import build_nlp
from ingest.textfold import fold

FOUR = ["Event", "IndustrialPark", "Policy", "Project"]
CHECKS = ["left", "head", "filters", "specific"]


def _ruled(text: str, form: str, typ: str, checks: list[str] = CHECKS) -> tuple[str, str] | None:
    comp = LearnedSpans("", 0.8, 3, FOUR, ["add"], rule_checks=checks)
    s = text.index(form)
    q = comp.ruled(Proposal(s, s + len(form), typ, 0.9), text, fold(text))
    return None if q is None else (text[q.start:q.end], q.type)


def test_head_at_end_is_the_longest_head_word_a_span_ends_in():
    assert head_at_end("青山航空产业园") == "产业园"
    assert head_at_end("青山市第三届军民融合发展大会") == "大会"
    assert head_at_end("青山北斗应用推广示范") == ""  # 示范 alone is no head word


def test_left_check_cuts_the_verbs_the_rules_cut_off_a_names_front():
    text = "会议要求加快建设青山航空产业园，推动发展。"
    assert _ruled(text, "加快建设青山航空产业园", "IndustrialPark") == ("青山航空产业园", "IndustrialPark")
    text = "开展青山北斗应用推广示范工作。"
    assert _ruled(text, "开展青山北斗应用推广示范", "Project") == ("青山北斗应用推广示范", "Project")
    # without the check the model's extent stays
    assert _ruled(text, "开展青山北斗应用推广示范", "Project", ["specific"]) == \
        ("开展青山北斗应用推广示范", "Project")


def test_head_check_gives_the_rules_verdict_and_type():
    text = "会议要求加快建设青山航空产业园，推动发展。"
    # the head word types it
    assert _ruled(text, "青山航空产业园", "Project") == ("青山航空产业园", "IndustrialPark")
    # a kind of park, a kind of plan
    assert _ruled("全省建设一批军民融合产业园。", "一批军民融合产业园", "IndustrialPark") is None
    assert _ruled("市里将编制城市总体规划，推动发展。", "城市总体规划", "Policy") is None
    # the rules type it outside the allowed types: dropped
    assert _ruled("青山市科技局局长出席。", "青山市科技局", "Project") is None


def test_spans_with_no_head_word_pass_the_general_filters_and_must_name_one_thing():
    assert _ruled("开展应用推广示范工作。", "应用推广示范", "Project") is None  # nothing specific
    text = "开展青山北斗应用推广示范工作。"
    assert _ruled(text, "青山北斗应用推广示范", "Project") == ("青山北斗应用推广示范", "Project")
    assert _ruled("全市共有10个应用推广示范。", "10个应用推广示范", "Project") is None  # a count of a kind
    text = "开展应用推广示范工作。"
    assert _ruled(text, "应用推广示范", "Project", ["left"]) == ("应用推广示范", "Project")


def test_unknown_rule_check_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown rule_checks"):
        LearnedSpans("", 0.8, 3, FOUR, ["add"], rule_checks=["guess"])


class _FakeModel:
    """Stands in for the trained tagger: proposes fixed forms wherever they occur."""

    ner = None

    def __init__(self, forms: list[tuple[str, str]]) -> None:
        self.forms = forms

    def read(self, text: str):
        out = []
        for form, typ in self.forms:
            i = text.find(form)
            while i >= 0:
                out.append(Proposal(i, i + len(form), typ, 0.95))
                i = text.find(form, i + 1)
        return sorted(out, key=lambda p: p.start), None


TEXT = ("青山市人民政府与东方重工集团签署合作协议，将加快建设青山航空产业园，开展青山北斗应用推广示范，"
        "开展应用推广示范工作，并由东方重工集团承办青山低空飞行展演。他们参加了展演交流会。")
FORMS = [("加快建设青山航空产业园", "IndustrialPark"), ("开展青山北斗应用推广示范", "Project"),
         ("应用推广示范工作", "Project"), ("东方重工集团承办", "Enterprise"), ("青山低空飞行展演", "Event"),
         ("展演交流会", "Event")]


def _added(monkeypatch, config: dict) -> set[tuple[str, str]]:
    monkeypatch.setattr(learned, "load_model", lambda path="": _FakeModel(FORMS))
    rules = build_nlp(with_relations=False, learned=False)
    nlp = build_nlp(with_relations=False, learned=False)
    nlp.add_pipe("mcf_learned_spans", after="mcf_entities", config=config)
    d0, d1 = rules(TEXT), nlp(TEXT)
    assert {(s.start_char, s.end_char, s.label_) for s in d1.ents if s._.source != "learned"} == \
        {(s.start_char, s.end_char, s.label_) for s in d0.ents}  # the rules' spans stay as they were
    return {(e.name, e.type) for e in d1._.entities if e.source == "learned"}


def test_in_the_pipeline_the_config_keys_choose_what_is_added(monkeypatch):
    plain = _added(monkeypatch, {})
    assert ("加快建设青山航空产业园", "IndustrialPark") not in plain  # touches a rule entity: never added
    assert ("东方重工集团承办", "Enterprise") in plain
    assert ("开展青山北斗应用推广示范", "Project") in plain and ("青山低空飞行展演", "Event") in plain
    four = _added(monkeypatch, {"types": FOUR})
    assert four == {n for n in plain if n[1] in FOUR}
    assert ("展演交流会", "Event") in four
    new_ends = _added(monkeypatch, {"types": FOUR, "novel_ends": True})
    assert new_ends == {n for n in four if not head_at_end(n[0])}  # 交流会 is a head word
    assert ("青山低空飞行展演", "Event") in new_ends
    checked = _added(monkeypatch, {"types": FOUR, "rule_checks": CHECKS})
    assert ("开展青山北斗应用推广示范", "Project") not in checked
    assert ("青山北斗应用推广示范", "Project") in checked  # the front cut as the rules cut it
    assert ("应用推广示范工作", "Project") not in checked  # names nothing specific
    assert ("展演交流会", "Event") not in checked  # the head-word rule rejects a bare topic
    novel = _added(monkeypatch, {"types": FOUR, "rule_checks": CHECKS, "novel_ends": True})
    assert novel == {n for n in checked if not head_at_end(n[0])}
    assert ("青山北斗应用推广示范", "Project") in novel
