"""A character tokenizer that is spaCy's "char" segmenter without its per-character overhead.

spaCy's Chinese "char" segmenter aligns the characters back onto the text in Python
(`get_words_and_spaces`), which costs about as much as all our rules. Here every character,
white space included, is one token with no trailing space, so token i is character i: the Doc's
text is the input unchanged, char offsets and token indices coincide, and any character span is a
valid token span. The text is also cached on the Doc (`Doc._.raw_text`), because `Doc.text`
re-joins every token on each access.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ingest import extensions

extensions.register()


class CharTokenizer:
    """One token per character."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = list(text)
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        extensions.set_raw_text(doc, text)
        return doc

    # spaCy calls these when (de)serialising a pipeline; there is no state to save
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> CharTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> CharTokenizer:
        return self


@spacy.registry.tokenizers("mcf_char_tokenizer.v1")
def create_char_tokenizer():
    def make(nlp):
        return CharTokenizer(nlp.vocab)

    return make
