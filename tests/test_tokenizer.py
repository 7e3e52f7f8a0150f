"""The character tokenizer builds its Doc from lexeme ids; it must be the Doc spaCy builds from the
characters as strings (same tokens, attributes and text), for known and never-seen characters."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from ingest.components.tokenizer import CharTokenizer


def test_doc_from_ids_equals_doc_from_strings():
    nlp = spacy.blank("zh")
    tok = CharTokenizer(nlp.vocab, warm=False)
    tok._add("青")  # one known character, the rest met for the first time
    for text in ("青山市東方重工集團 召开会议，\n研究部署（２０２４）工作。", "", " ", "𠀀青𠀁", "青山市"):
        doc = tok(text)
        ref = Doc(nlp.vocab, words=list(text), spaces=[False] * len(text))
        assert doc.text == text and len(doc) == len(text)
        assert doc.to_bytes(exclude=["user_data"]) == ref.to_bytes(exclude=["user_data"])
        assert [t.orth_ for t in doc] == list(text)
        assert doc._.raw_text == text


def test_code_point_table_agrees_with_the_vocabulary():
    """The numpy table by code point and the dict by character give the same ids, for the warm
    characters and for those added later by a text (BMP or beyond, new or known)."""
    nlp = spacy.blank("zh")
    tok = CharTokenizer(nlp.vocab)
    for text in ("青山市東方重工集團", "𠀀甲乙丙", "甲乙丙丁戊", "\u3400\u4dbf", ""):
        doc = tok(text)
        assert [t.orth for t in doc] == [nlp.vocab[c].orth for c in text]
    for c, orth in tok._orth.items():
        if ord(c) < 0x10000:
            assert int(tok._bmp[ord(c)]) == orth
