"""The learned span component: decoding, deterministic training, the shipped model, the switch,
and that it only adds spans where no rule entity lies. Texts and names are invented."""

from __future__ import annotations

import json

import numpy as np
import pytest

from ingest.components.learned import Proposal, decode, default_model_path, load_model
from ingest.learned_training import Labelled, Settings, chunks, gold_spans, held_out, train
from ingest.pipeline import LEARNED_DEFAULT, build_nlp, learned_enabled

TEXT = ("东方重工集团与青山市人民政府签署战略合作协议，双方将共建青山智造中心。"
        "青山市委书记王明远出席签约仪式。东方重工集团将实施青山智造专项。")


def _tiny_docs() -> list[Labelled]:
    ents = [
        {"name": "东方重工集团", "type": "Enterprise"},
        {"name": "青山市人民政府", "type": "PartyGovBody"},
        {"name": "青山智造中心", "type": "ResearchInstitute"},
        {"name": "青山市委", "type": "PartyGovBody"},
        {"name": "王明远", "type": "Person"},
        {"name": "青山智造专项", "type": "Project"},
    ]
    return [Labelled("t1", TEXT, gold_spans(TEXT, ents), "gold")]


def test_gold_spans_prefer_longer_forms_and_find_every_occurrence():
    spans = gold_spans(TEXT, [{"name": "青山市", "type": "Location"},
                              {"name": "青山市人民政府", "type": "PartyGovBody"},
                              {"name": "东方重工集团", "type": "Enterprise"}])
    surfaces = [(TEXT[s:e], t) for s, e, t in spans]
    assert ("青山市人民政府", "PartyGovBody") in surfaces
    assert surfaces.count(("东方重工集团", "Enterprise")) == 2
    assert ("青山市", "Location") in surfaces  # the one in 青山市委书记, outside the longer name
    assert all(e1 <= s2 for (_, e1, _), (s2, _, _) in zip(spans, spans[1:], strict=False))


def test_chunks_tag_bio_per_character():
    (piece, tags), *_ = chunks(_tiny_docs()[0])
    assert len(piece) == len(tags)
    i = piece.index("东方重工集团")
    assert tags[i:i + 6] == ["B-Enterprise"] + ["I-Enterprise"] * 5
    assert tags[i + 6] == "O"


def test_decode_bio_with_stray_inside_tags():
    tags = ["O", "B-Enterprise", "I-Enterprise", "O", "I-Project", "I-Project", "B-Fund", "I-Policy"]
    probs = [0.9, 0.8, 0.6, 0.9, 0.5, 0.7, 1.0, 0.4]
    got = decode(tags, probs)
    assert [(p.start, p.end, p.type) for p in got] == [
        (1, 3, "Enterprise"), (4, 6, "Project"), (6, 7, "Fund"), (7, 8, "Policy")]
    assert got[0].confidence == pytest.approx(0.7)


def test_training_is_deterministic_given_its_seed():
    settings = Settings(seed=7, epochs=3, width=16, depth=1, window=1, rows=300, batch_size=2)
    a = train(_tiny_docs(), settings, log=lambda _: None)
    b = train(_tiny_docs(), settings, log=lambda _: None)
    other = train(_tiny_docs(), Settings(**{**vars(settings), "seed": 8}), log=lambda _: None)
    doc = a.make_doc(TEXT)
    sa = a.get_pipe("tagger").model.predict([doc])[0]
    sb = b.get_pipe("tagger").model.predict([b.make_doc(TEXT)])[0]
    so = other.get_pipe("tagger").model.predict([other.make_doc(TEXT)])[0]
    assert np.array_equal(sa, sb)
    assert not np.array_equal(sa, so)
    assert a.get_pipe("tagger").to_bytes() == b.get_pipe("tagger").to_bytes()
    meta = a.meta["mcf_training"]
    assert meta["seed"] == 7 and meta["data_sha256"] == b.meta["mcf_training"]["data_sha256"]


def test_shipped_model_is_small_versioned_and_loads_from_the_package():
    path = default_model_path()
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size < 6_000_000
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))["mcf_training"]
    assert {"seed", "spacy_version", "data_sha256"} <= set(meta)
    assert len(meta["data_sha256"]) == 64
    assert not any(d.startswith("u") for d in meta["documents"]["gold"])  # held-out batches never
    model = load_model()
    first = model.propose(TEXT)
    assert first == model.propose(TEXT)  # inference is deterministic
    assert all(0.0 <= p.confidence <= 1.0 and 0 <= p.start < p.end <= len(TEXT) for p in first)


def test_switch(monkeypatch):
    monkeypatch.delenv("MCFGRAPH_LEARNED_SPANS", raising=False)
    assert learned_enabled() is LEARNED_DEFAULT
    assert ("mcf_learned_spans" in build_nlp().pipe_names) is LEARNED_DEFAULT
    monkeypatch.setenv("MCFGRAPH_LEARNED_SPANS", "on")
    assert learned_enabled()
    assert "mcf_learned_spans" in build_nlp(with_relations=False).pipe_names
    monkeypatch.setenv("MCFGRAPH_LEARNED_SPANS", "off")
    assert "mcf_learned_spans" not in build_nlp(with_relations=False).pipe_names
    names = build_nlp(learned=True).pipe_names
    assert names.index("mcf_entities") < names.index("mcf_learned_spans") < names.index("mcf_relations")


def test_learned_spans_only_fill_gaps_the_rules_left(monkeypatch):
    rules = build_nlp(with_relations=False, learned=False)
    both = build_nlp(with_relations=False, learned=True)
    # a low threshold so that the model proposes something on this short text
    both.get_pipe("mcf_learned_spans").threshold = 0.0
    both.get_pipe("mcf_learned_spans").min_length = 1
    text = TEXT * 3
    d0, d1 = rules(text), both(text)
    rule_spans = {(s.start_char, s.end_char, s.label_) for s in d0.ents}
    learned = [s for s in d1.ents if s._.source == "learned"]
    kept = {(s.start_char, s.end_char, s.label_) for s in d1.ents if s._.source != "learned"}
    assert kept == rule_spans  # nothing the rules found is changed or dropped
    for s in learned:
        assert not any(a < s.end_char and s.start_char < b for a, b, _ in rule_spans)
        assert 0.0 <= s._.confidence <= 1.0
    names = {e.name for e in d1._.entities if e.source == "learned"}
    rule_forms = {f for e in d0._.entities for f in [e.name, *e.aliases]}
    assert names == {s.text for s in learned if s.text not in rule_forms}
    for e in d1._.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_proposal_filters_cut_words_and_punctuation():
    comp = build_nlp(with_relations=False, learned=True).get_pipe("mcf_learned_spans")
    comp.threshold, comp.min_length = 0.5, 2
    text = "推进国家级军民协同平台建设，青山智造中心。"
    s = text.index("国家级军")
    assert not comp.accept(Proposal(s, s + 4, "Policy", 0.9), text)  # cuts 军民 in two
    s = text.index("青山智造中心")
    assert comp.accept(Proposal(s, s + 6, "ResearchInstitute", 0.9), text)
    assert not comp.accept(Proposal(s, s + 6, "ResearchInstitute", 0.4), text)
    assert not comp.accept(Proposal(s - 2, s + 6, "ResearchInstitute", 0.9), text)  # "，" inside
    s = text.index("平台")
    assert not comp.accept(Proposal(s, s + 2, "Project", 0.9), text)  # a plain dictionary word


def test_unlabelled_texts_that_repeat_an_annotated_text_are_held_out():
    other = "青山市召开国防动员工作会议，部署年度民兵整组任务，要求各单位落实责任。" * 2
    texts = {"w1": TEXT, "w2": other}
    assert held_out(texts, ["前言。" + TEXT[:20] + "后记。"]) == []  # a shared phrase is not a copy
    assert held_out(texts, ["转载：" + TEXT]) == ["w1"]


def test_veto_mode_drops_rule_entities_and_their_spans():
    nlp = build_nlp(with_relations=False, learned=False)
    nlp.add_pipe("mcf_learned_spans", config={"modes": ["veto"], "veto_threshold": 0.0})
    doc = nlp(TEXT)
    assert doc._.entities == [] and len(doc.ents) == 0  # a zero threshold vetoes every entity
    strict = build_nlp(with_relations=False, learned=False)
    strict.add_pipe("mcf_learned_spans", config={"modes": ["veto"], "veto_threshold": 1.01})
    rules = build_nlp(with_relations=False, learned=False)(TEXT)
    kept = strict(TEXT)
    assert [(e.name, e.type) for e in kept._.entities] == [(e.name, e.type) for e in rules._.entities]


def test_type_mode_retypes_entities_and_spans_together():
    nlp = build_nlp(with_relations=False, learned=False)
    nlp.add_pipe("mcf_learned_spans", config={"modes": ["type"], "type_threshold": 0.0})
    doc = nlp(TEXT * 2)
    rules = build_nlp(with_relations=False, learned=False)(TEXT * 2)
    assert [e.name for e in doc._.entities] == [e.name for e in rules._.entities]  # nothing added
    by_name = {e.name: e.type for e in doc._.entities}
    for s in doc.ents:
        assert s.label_ == by_name[s._.entity_name or s.text]
    for e in doc._.entities:
        if e.source.endswith("+learned_type"):
            assert e.type != next(r.type for r in rules._.entities if r.name == e.name)


def test_unknown_mode_is_a_clear_error():
    nlp = build_nlp(with_relations=False, learned=False)
    with pytest.raises(ValueError, match="unknown modes"):
        nlp.add_pipe("mcf_learned_spans", config={"modes": ["guess"]})


def test_ner_architecture_trains_deterministically_and_proposes_spans(tmp_path):
    from ingest.components.learned import SpanModel

    settings = Settings(seed=1, epochs=40, width=16, depth=1, window=1, rows=300, batch_size=2, arch="ner")
    docs = _tiny_docs() * 4
    a, b = train(docs, settings, log=lambda _: None), train(docs, settings, log=lambda _: None)
    assert a.get_pipe("ner").to_bytes() == b.get_pipe("ner").to_bytes()
    a.to_disk(tmp_path / "m")
    got = SpanModel(tmp_path / "m").propose(TEXT)
    assert got and all(0 <= p.start < p.end <= len(TEXT) and p.confidence == 1.0 for p in got)


def test_boundary_mode_moves_an_entity_to_the_models_extent_where_its_mentions_agree():
    from graph.model import Entity, Mention
    from ingest.components.learned import move_boundaries

    nlp = build_nlp(with_relations=False, learned=False)
    text = "青山市人民政府将与东方重工集团共建青山智造中心，并推进青山智造专项。"
    doc = nlp(text)
    # the state under test, set by hand (not left to the rules): a place read inside two names
    at = [text.index(n) for n in ("青山智造中心", "青山智造专项")]
    first, second = (Mention(0, i, i + 2, "青山") for i in at)
    place = Entity("青山", "Location", mentions=[first, second], source="gazetteer")
    g0 = Mention(0, 0, 7, "青山市人民政府")
    gov = Entity("青山市人民政府", "PartyGovBody", mentions=[g0], source="rule")
    doc._.entities = [gov, place]
    spans = []
    for e in (gov, place):
        for m in e.mentions:
            span = doc.char_span(m.start, m.end, label=e.type)
            span._.entity_name = e.name
            spans.append(span)
    doc.ents = spans
    centre = Proposal(first.start, first.start + 6, "ResearchInstitute", 0.95)
    project = Proposal(second.start, second.start + 6, "Project", 0.95)
    # the two name mentions read as two different names: the entity is left alone
    move_boundaries(doc, [centre, project], set())
    assert place.name == "青山" and [(m.start, m.end) for m in place.mentions] == [
        (first.start, first.end), (second.start, second.end)]
    # a proposal running over another entity's mention moves neither entity
    move_boundaries(doc, [Proposal(g0.start, first.start + 6, "PartyGovBody", 0.95)], set())
    assert gov.name == "青山市人民政府" and place.name == "青山"
    # one confident reading: the name and its span grow
    move_boundaries(doc, [centre], set())
    assert place.name == "青山智造中心" and place.type == "Location"  # boundary only, not type
    assert place.source.endswith("+learned_boundary")
    assert (first.start, first.start + 6) in {(m.start, m.end) for m in place.mentions}
    spans = {(s.start_char, s.end_char): s._.entity_name for s in doc.ents}
    assert spans[(first.start, first.start + 6)] == "青山智造中心"
    assert spans[(second.start, second.end)] == "青山智造中心"  # the other mention follows the name
    for e in doc._.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_boundary_mode_runs_in_the_pipeline():
    nlp = build_nlp(with_relations=True, learned=False)
    nlp.add_pipe("mcf_learned_spans", after="mcf_entities",
                 config={"modes": ["boundary"], "boundary_threshold": 0.0, "min_length": 2})
    rules = build_nlp(with_relations=True, learned=False)(TEXT * 2)
    doc = nlp(TEXT * 2)
    assert len(doc._.entities) == len(rules._.entities)  # boundaries move; nothing is added or dropped
    assert any(e.source.endswith("+learned_boundary") for e in doc._.entities)  # (a zero threshold)
    names = {e.name for e in doc._.entities}
    assert all((s._.entity_name or s.text) in names for s in doc.ents)
    assert all(r.head in names and r.tail in names for r in doc._.relations)
