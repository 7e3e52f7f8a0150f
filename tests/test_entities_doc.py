"""The entity component writes doc.ents as token columns; the Doc must be the one `doc.ents = spans`
gives (same bytes), including spans that abut, single-character spans and a Doc that already
has entities (then spaCy's own setter runs)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from ingest.components.entities import _set_ents


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
        _set_ents(b, [Span(b, s, e, label=lab) for s, e, lab in spans])
        assert a.to_bytes() == b.to_bytes()
        assert [(e.start, e.end, e.label_) for e in b.ents] == spans


def test_doc_with_entities_already_uses_the_setter():
    nlp = spacy.blank("zh")
    text = "青山市东方重工集团"
    a, b = _doc(nlp, text), _doc(nlp, text)
    for d in (a, b):
        d.ents = [Span(d, 0, 3, label="Location")]
    a.ents = [Span(a, 3, 9, label="Enterprise")]
    _set_ents(b, [Span(b, 3, 9, label="Enterprise")])
    assert a.to_bytes() == b.to_bytes() and [e.label_ for e in b.ents] == ["Enterprise"]
