"""spaCy extension attributes shared by the extraction components.

Registered once, idempotently, so any module (components, extract, tests, the relations helper)
can call `register()` without caring about import order. Per-document lists live in
`doc.user_data` behind getter/setter pairs: a plain `default=[]` would be one list shared by every
Doc, which silently leaks entities from one document into the next.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_ENTITIES = ("mcf", "entities")
_RELATIONS = ("mcf", "relations")
_SENTENCES = ("mcf", "sentence_spans")
_TEXT = ("mcf", "text")


def _raw_text(doc: Doc) -> str:
    """Doc.text, computed once: spaCy re-joins all tokens on every `doc.text`."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT] = text
    return text


def set_raw_text(doc: Doc, text: str) -> None:
    doc.user_data[_TEXT] = text


def span_key(name: str, start_char: int, end_char: int) -> tuple[str, str, int, int]:
    """Where `span._.<name>` lives in `doc.user_data` (spaCy's Underscore._get_key for a span).

    The entity component writes its three span values for every mention and the relation
    component reads one back: through `span._` each access first builds an accessor object
    (~2 us, more than the store itself), so they use this key directly. tests/test_entities_doc.py
    checks that it is the key spaCy uses (a spaCy upgrade that moves it fails there, not silently).
    """
    return ("._.", name, start_char, end_char)


def _list_getter(slot: tuple[str, str]):
    def get(doc: Doc) -> list:
        return doc.user_data.setdefault(slot, [])

    return get


def _list_setter(slot: tuple[str, str]):
    def set_(doc: Doc, value: list) -> None:
        doc.user_data[slot] = list(value)

    return set_


def register() -> None:
    """Register Doc/Span extensions (safe to call many times)."""
    span_defaults = {"entity_name": "", "source": "", "confidence": 0.0}
    for name, default in span_defaults.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    if not Doc.has_extension("raw_text"):
        Doc.set_extension("raw_text", getter=_raw_text)
    for name in ("doc_id", "jurisdiction"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default="")
    for name, slot in (("entities", _ENTITIES), ("relations", _RELATIONS), ("sentence_spans", _SENTENCES)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_list_getter(slot), setter=_list_setter(slot))


register()
