"""Normalisation for matching: one comparable form for traditional/simplified and full/half width.

Surface forms are always kept as written; these functions only give the key that two spellings of
the same name share (漢字/汉字, ＸＸ/XX, “双拥”/"双拥"). Character-for-character conversion keeps
offsets valid, so a match found on the normalised text maps back to the original text unchanged.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from opencc import OpenCC

_T2S = OpenCC("t2s")
_QUOTES = "\"'“”‘’《》〈〉「」『』"


@lru_cache(maxsize=65536)
def _char(ch: str) -> str:
    """One character, width-folded and simplified, still exactly one character."""
    n = unicodedata.normalize("NFKC", ch)
    if len(n) != 1:
        n = ch
    s = _T2S.convert(n)
    return s if len(s) == 1 else n


def fold(text: str) -> str:
    """Same-length normalised text: offsets in the result are offsets in `text`."""
    return "".join(_char(c) for c in text)


def key(text: str) -> str:
    """A comparison key for a name: folded, without spaces or quotation marks."""
    return "".join(c for c in fold(text) if c not in _QUOTES and not c.isspace())


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)
