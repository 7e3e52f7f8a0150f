"""Hand-made extraction records built on real sample sentences, for store and resolution tests.

They do not depend on the extractor, so store behaviour is tested even while extraction changes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from graph.model import Document, Entity, Evidence, Extraction, Mention, Relation

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def sentence_of(text: str, needle: str) -> tuple[int, int, int, str]:
    """(index, start, end, sentence) of the first sentence (split at 。and newlines) containing needle."""
    start, idx = 0, 0
    for i, ch in enumerate(text + "\n"):
        if ch in "。\n":
            sent = text[start:i + 1].strip()
            if needle in text[start:i + 1]:
                return idx, start, i + 1, sent
            if sent:
                idx += 1
            start = i + 1
    raise ValueError(f"{needle!r} not in text")


def make_extraction(doc_id: str, jurisdiction: str, facts: list[tuple[str, str, str, str, str, str]],
                    text: str | None = None, modality: str = "reported") -> Extraction:
    """facts: (head, head type, relation, tail, tail type, a phrase of the sentence that states it)."""
    text = text if text is not None else (SAMPLES / f"{doc_id}.txt").read_text(encoding="utf-8")
    doc = Document(id=doc_id, source=f"{doc_id}.txt", text=text, jurisdiction=jurisdiction,
                   sha256=hashlib.sha256(text.encode()).hexdigest())
    ents: dict[str, Entity] = {}
    rels = []
    for head, htype, rtype, tail, ttype, phrase in facts:
        idx, s, e, sent = sentence_of(text, phrase)
        for name, etype in ((head, htype), (tail, ttype)):
            ent = ents.setdefault(name, Entity(name=name, type=etype, source="test"))
            pos = text.find(name)
            if pos >= 0:
                m = Mention(idx, pos, pos + len(name), name)
                if m not in ent.mentions:
                    ent.mentions.append(m)
        rels.append(Relation(head, rtype, tail, Evidence(doc_id, sent, idx, s, e, modality), "test"))
    return Extraction(document=doc, entities=list(ents.values()), relations=rels)


def longyan() -> Extraction:
    return make_extraction("s001", "龙岩", [
        ("张丽华", "Person", "HOLDS_POSITION", "龙岩市委军民融合办", "PartyGovBody",
         "龙岩市委军民融合办主任张丽华日前"),
        ("福建省委军民融合办", "PartyGovBody", "SUPPORTS", "龙岩市", "Location", "悉心指导下"),
        ("龙岩市委军民融合办", "PartyGovBody", "LOCATED_IN", "龙岩市", "Location",
         "龙岩市委军民融合办主任张丽华日前"),
    ])


def xx_speech() -> Extraction:
    return make_extraction("s000", "XX", [
        ("市委军民融合发展委员会", "PartyGovBody", "PARTICIPATES_IN", "市委军民融合发展委员会第一次全体会议",
         "Event", "今天下午"),
        ("省军区", "MilitaryUnit", "SUPPORTS", "XX", "Location", "省军区都在支持"),
    ], modality="directive")
