"""The entities extraction finds in one invented text, for the entity-class tests of the rule rounds."""

from __future__ import annotations

from graph.model import Document
from ingest.extract import extract, get_nlp


def ents(text: str) -> dict[str, tuple[str, list[str]]]:
    ex = extract(Document(id="t", source="t", text=text), get_nlp(with_relations=False))
    return {e.name: (e.type, e.aliases) for e in ex.entities}
