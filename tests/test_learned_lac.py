"""The LAC candidate generator (ingest/components/learned_lac.py): the rules' checks that type or
drop a LAC span, the text cutting, the opt-in switch, and, where the optional LAC package is
installed, that spans are added only where no rule entity lies. Texts and names are invented."""

from __future__ import annotations

import pytest

from ingest.components.learned_lac import (
    MAX_CHUNK,
    LacMissing,
    LacSpans,
    accept_rules,
    chunks,
    load_lac,
    plausible,
    rule_type,
)
from ingest.pipeline import LAC_DEFAULT, build_nlp, lac_enabled


def test_accept_rules_are_read_from_the_data_file():
    rules = accept_rules()
    assert ("firm", "Enterprise") in rules["ORG"]
    assert rules["PER"] == [("person", "Person")]


def test_a_head_word_types_an_organisation_span():
    assert rule_type("青山市工业和信息化局", "ORG") == "PartyGovBody"
    assert rule_type("东方重工集团", "ORG") == "Enterprise"


def test_a_short_firm_name_passes_the_firm_check_a_common_word_does_not():
    assert rule_type("青山智造", "ORG") == "Enterprise"
    assert rule_type("东方重工", "ORG") == ""  # two common words (东方, 重工): the rules' firm test says no
    assert rule_type("发展", "ORG") == ""
    assert rule_type("青山智造", "ORG", checks={"head"}) == ""  # the firm check switched off


def test_person_place_and_law_checks():
    assert rule_type("王明远", "PER") == "Person"
    assert rule_type("大家好", "PER") == ""
    assert rule_type("北京市", "LOC") == "Location"
    assert rule_type("青山湾", "LOC") == ""  # a place the rules do not know stays out
    assert rule_type("海防动员法", "nz") == "Policy"
    assert rule_type("宪法", "nz") == ""  # too short before the suffix
    assert rule_type("青山智造", "v") == ""  # a tag with no row


def test_surface_checks():
    assert plausible("东方重工")
    assert not plausible("东方、青山")
    assert not plausible("X公司")


def test_chunks_cut_at_sentence_ends_and_keep_offsets():
    text = "东方重工集团签约。" + "青" * (MAX_CHUNK + 10) + "\n王明远出席。"
    pieces = chunks(text)
    assert all(len(p) <= MAX_CHUNK for _, p in pieces)
    assert all(text[o:o + len(p)] == p for o, p in pieces)
    assert "".join(p for _, p in pieces) == text


def test_switch_is_off_by_default_and_follows_the_environment(monkeypatch):
    assert LAC_DEFAULT is False
    monkeypatch.delenv("MCFGRAPH_LAC_SPANS", raising=False)
    assert lac_enabled() is False
    monkeypatch.setenv("MCFGRAPH_LAC_SPANS", "on")
    assert lac_enabled() is True
    monkeypatch.setenv("MCFGRAPH_LAC_SPANS", "off")
    assert "mcf_lac_spans" not in build_nlp(with_relations=False).pipe_names


def _lac_or_skip():
    try:
        return load_lac()
    except LacMissing as exc:  # the optional extra (MCFGRAPH_LAC=1 bash scripts/setup.sh)
        pytest.skip(str(exc))


def test_lac_persons_are_added_only_where_no_rule_entity_lies():
    _lac_or_skip()
    text = "座谈会由闻立新主持，葛长青、柯远航作交流发言。东方重工集团董事长祁文涛会见孟庆田，闻立新陪同。"
    rules = build_nlp(with_relations=False, learned=False, lac=False)(text)
    doc = build_nlp(with_relations=False, learned=False, lac=True)(text)
    added = {e.name: e for e in doc._.entities if e.source == "lac"}
    assert {"闻立新", "葛长青", "柯远航"} <= set(added)
    assert all(e.type == "Person" for e in added.values())
    assert len(added["闻立新"].mentions) == 2  # every mention of the form
    rule_names = {e.name for e in rules._.entities}
    assert "祁文涛" in rule_names and "祁文涛" not in added  # a rule entity stays the rules'
    taken = {(m.start, m.end) for e in rules._.entities for m in e.mentions}
    assert not any(m.start < e2 and s2 < m.end for e in added.values() for m in e.mentions
                   for s2, e2 in taken)
    assert {s.text for s in doc.ents} >= {"闻立新", "葛长青", "柯远航"}


def test_a_lac_span_no_rule_check_passes_is_dropped():
    _lac_or_skip()
    text = "会上，吕振邦介绍了青山智造的研发情况。"  # LAC reads 青山智 as a person: no surname, dropped
    names = {p for p in LacSpans(tags=["PER"], checks=[]).proposals(text)}
    assert {text[p.start:p.end] for p in names} <= {"吕振邦"}
    assert LacSpans(tags=["ORG"], checks=["head"]).proposals(text) == []
