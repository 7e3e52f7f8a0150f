"""Sentence boundaries the way the gold evidence strings are cut.

Gold evidence sentences end at 。！？!?；; (the terminator stays in the sentence) or at a line
break, and never start or end with white space. Doing this by rule (rather than a parser) keeps it
exact, fast and identical for traditional text, where the same punctuation is used.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ingest import extensions

extensions.register()

_SENT = re.compile(r"[^\n。！？!?；;]*[。！？!?；;]*")
# the same matches less the empty ones (one at each line break, dropped below anyway): a run of
# other characters and the terminators after it, or terminators alone (speed19)
_SENT_NONEMPTY = re.compile(r"[^\n。！？!?；;]+[。！？!?；;]*|[。！？!?；;]+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty sentence, stripped of surrounding white space."""
    spans: list[tuple[int, int]] = []
    for m in _SENT_NONEMPTY.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


@Language.factory("mcf_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()


class SentenceSplitter:
    """Sets token.is_sent_start and Doc._.sentence_spans."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.raw_text
        spans = sentence_spans(text)
        doc._.sentence_spans = spans
        n = len(doc)
        if n == 0:
            return doc
        # Sentence starts are written in one array operation: setting token.is_sent_start one
        # token at a time makes spaCy rescan the whole Doc for each assignment.
        flags = np.full(n, -1, dtype=np.int64)
        flags[0] = 1
        if spans:
            starts = np.array([s for s, _ in spans], dtype=np.int64)
            if n == len(text):  # the character tokenizer: token i is character i
                flags[starts] = 1
            else:  # the token holding each sentence's first character
                idx = doc.to_array("IDX").astype(np.int64)
                first = np.searchsorted(idx, starts, side="right") - 1
                flags[first[first >= 0]] = 1
        doc.from_array([SENT_START], flags.astype(np.uint64).reshape(-1, 1))
        return doc
