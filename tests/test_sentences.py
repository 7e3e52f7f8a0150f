"""Sentence starts are set on the token holding each sentence's first character, whether a token
is one character (the pipeline's tokenizer: starts written by offset) or a word (any other
tokenizer: starts found through the tokens' character offsets)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from ingest import extensions
from ingest.components.sentences import SentenceSplitter

TEXT = "青山市召开会议。东方重工集团出席！\n会议要求：抓好落实"


def _starts(doc: Doc) -> list[int]:
    return [t.i for t in doc if t.is_sent_start]


def test_character_tokens():
    nlp = spacy.blank("zh")
    doc = Doc(nlp.vocab, words=list(TEXT), spaces=[False] * len(TEXT))
    extensions.set_raw_text(doc, TEXT)
    SentenceSplitter()(doc)
    assert _starts(doc) == [s for s, _ in doc._.sentence_spans] == [0, 8, 18]


def test_word_tokens():
    nlp = spacy.blank("zh")
    words = ["青山市", "召开", "会议", "。", "东方重工集团", "出席", "！", "\n",
             "会议", "要求", "：", "抓好", "落实"]
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    assert doc.text == TEXT
    SentenceSplitter()(doc)
    assert doc._.sentence_spans == [(0, 8), (8, 17), (18, 27)]
    assert _starts(doc) == [0, 4, 8]  # the tokens at characters 0, 8 and 18
