"""A character tokenizer that is spaCy's "char" segmenter without its per-character overhead.

spaCy's Chinese "char" segmenter aligns the characters back onto the text in Python
(`get_words_and_spaces`), which costs about as much as all our rules. Here every character,
white space included, is one token with no trailing space, so token i is character i: the Doc's
text is the input unchanged, char offsets and token indices coincide, and any character span is a
valid token span. The text is also cached on the Doc (`Doc._.raw_text`), because `Doc.text`
re-joins every token on each access.

The vocabulary is filled at construction with the common characters (`ingest.textfold.common_chars`): a
character
met for the first time costs spaCy a new lexeme (~30 us: its ~20 lexical attributes are computed
in Python), which on text met for the first time was about a sixth of the pipeline's time. A
trained spaCy model ships its vocabulary for the same reason; here it is built from the GB2312
code page (its level-1 table is the 3,755 most frequent characters), so no data file is needed,
plus the traditional forms of those characters (OpenCC's t2s table, which the fold reads anyway:
a document from a traditional-script page met ~170 of them for the first time on the bench texts)
and the Latin-1 and general punctuation blocks (· • — in bylines and titles). The same characters
enter the fold table (`ingest.textfold`), whose first sight of a character also costs a Python
call. Together ~0.1-0.2 s once per pipeline (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import numpy as np
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ingest import extensions
from ingest.textfold import common_chars, prime

extensions.register()


def gb2312_level2() -> str:
    """GB2312's level-2 characters (rows 0xD8-0xF7), in code order."""
    out = []
    for hi in range(0xD8, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return "".join(out)


class CharTokenizer:
    """One token per character."""

    def __init__(self, vocab: Vocab, warm: bool = True) -> None:
        self.vocab = vocab
        # character -> its lexeme's orth id: a Doc made from ids looks each lexeme up by id,
        # one made from strings hashes every character first (~3x slower, same Doc)
        self._orth: dict[str, int] = {}
        # the same ids by code point for the Basic Multilingual Plane (0: not in the vocabulary
        # yet; no character hashes to 0), so a text's ids are one numpy lookup over its code
        # points instead of a dict lookup per character (which also makes a str per character:
        # about half the cost of building the Doc itself)
        self._bmp = np.zeros(0x10000, dtype=np.uint64)
        # the known characters as a str.translate table that deletes them: what a text keeps
        # after it is the characters not seen yet, found in C (~5x faster than a Python loop
        # over the text's distinct characters)
        self._known: dict[int, None] = {}
        if warm:
            chars = common_chars()
            self._add("".join(chars))  # creates the lexemes once, at load time
            # and those of GB2312's level-2 characters (names' and places' rarer characters): a
            # lexeme costs ~50 us to make (spaCy's lexical attributes), ~1% of a first pass over
            # the bench's texts (16 such characters), ~0.14 s once here (speed17)
            self._add(gb2312_level2())
            prime("".join(chars))  # and fills the shared fold table for them (ingest.textfold)

    def _add(self, text: str) -> None:
        """Lexemes for the characters of `text` not in the vocabulary yet, in text order."""
        for c in dict.fromkeys(text.translate(self._known)):
            orth = self._orth[c] = self.vocab[c].orth
            self._known[ord(c)] = None
            if ord(c) < 0x10000:
                self._bmp[ord(c)] = orth

    def _ids(self, text: str) -> list[int]:
        """The orth id of each character of `text` (lexemes made for new characters first)."""
        # UTF-32 is one code unit per character (a lone surrogate passes as its code point)
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        if cps.size and cps.max() >= 0x10000:  # characters beyond the BMP: by dict
            try:
                return list(map(self._orth.__getitem__, text))
            except KeyError:
                self._add(text)
                return list(map(self._orth.__getitem__, text))
        ids = self._bmp[cps]
        if not ids.all():  # characters met for the first time: only they, not the whole text, go
            # through _add's translate (a dict lookup per character: ~0.5 ms on a document)
            self._add("".join(map(chr, cps[ids == 0].tolist())))
            ids = self._bmp[cps]
        return ids.tolist()

    def __call__(self, text: str) -> Doc:
        ids = self._ids(text)
        doc = Doc(self.vocab, words=ids, spaces=[False] * len(ids))
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
