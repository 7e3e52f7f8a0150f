"""The entity component writes doc.ents as token columns; the Doc must be the one `doc.ents = spans`
gives (same bytes), including spans that abut, single-character spans and a Doc that already
has entities (then spaCy's own setter runs). It filters overlapping mentions and stores span
values without Span objects; both must equal spaCy's own way (filter_spans, `span._`)."""

from __future__ import annotations

import random

import spacy
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ingest import extensions
from ingest.components.entities import _longest_first, _set_ents


def _doc(nlp, text: str) -> Doc:
    return Doc(nlp.vocab, words=list(text), spaces=[False] * len(text))


def test_columns_equal_spacy_setter():
    nlp = spacy.blank("zh")
    text = "青山市东方重工集团与白鹭湖新区管委会签约，张三出席。"
    layouts = [[], [(0, 3, "Location")], [(0, 3, "Location"), (3, 9, "Enterprise"), (10, 15, "Location"),
               (15, 18, "PartyGovBody"), (21, 23, "Person")], [(22, 23, "Person"), (24, 25, "X")]]
    for spans in layouts:
        a, b = _doc(nlp, text), _doc(nlp, text)
        a.ents = [Span(a, s, e, label=lab) for s, e, lab in spans]
        _set_ents(b, [(s, e, b.vocab.strings.add(lab)) for s, e, lab in spans])
        assert a.to_bytes() == b.to_bytes()
        assert [(e.start, e.end, e.label_) for e in b.ents] == spans


def test_doc_with_entities_already_uses_the_setter():
    nlp = spacy.blank("zh")
    text = "青山市东方重工集团"
    a, b = _doc(nlp, text), _doc(nlp, text)
    for d in (a, b):
        d.ents = [Span(d, 0, 3, label="Location")]
    a.ents = [Span(a, 3, 9, label="Enterprise")]
    _set_ents(b, [(3, 9, b.vocab.strings.add("Enterprise"))])
    assert a.to_bytes() == b.to_bytes() and [e.label_ for e in b.ents] == ["Enterprise"]


def test_longest_first_is_filter_spans():
    """Random overlapping layouts (duplicates, nested, empty spans): same spans in the same order."""
    nlp = spacy.blank("zh")
    doc = _doc(nlp, "青山市东方重工集团与白鹭湖新区管委会签约张三出席会议")
    rnd = random.Random(7)
    labels = [nlp.vocab.strings.add(x) for x in ("Location", "Enterprise", "Person")]
    for _ in range(300):
        rows = []
        for _ in range(rnd.randint(0, 12)):
            s = rnd.randrange(len(doc))
            rows.append((s, min(len(doc), s + rnd.randint(0, 6)), rnd.choice(labels)))
        rows += rnd.sample(rows, min(2, len(rows)))  # the same span twice, as two groups may give
        want = filter_spans([Span(doc, s, e, label=lab) for s, e, lab in rows])
        assert _longest_first(rows) == [(x.start, x.end, x.label) for x in want]


def test_span_key_is_where_spacy_keeps_span_values():
    extensions.register()
    nlp = spacy.blank("zh")
    doc = _doc(nlp, "青山市东方重工集团")
    span = Span(doc, 3, 9, label="Enterprise")
    span._.entity_name, span._.confidence = "东方重工集团", 0.8
    assert doc.user_data[extensions.span_key("entity_name", 3, 9)] == "东方重工集团"
    doc.user_data[extensions.span_key("source", 3, 9)] = "rule:head"
    assert Span(doc, 3, 9)._.source == "rule:head" and doc.ents == ()
