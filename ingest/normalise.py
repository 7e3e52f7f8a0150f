"""Normalisation for matching: one comparable form for traditional/simplified and full/half width.

Surface forms are always kept as written; these functions only give the key that two spellings of
the same name share (漢字/汉字, ＸＸ/XX, “双拥”/"双拥"). Character-for-character conversion keeps
offsets valid, so a match found on the normalised text maps back to the original text unchanged.
The fold itself lives in `ingest.textfold` (shared by the entity and relation rules).
"""

from __future__ import annotations

from ingest.textfold import fold

__all__ = ["fold", "key", "has_chinese"]

_QUOTES = "\"'“”‘’《》〈〉「」『』"


def key(text: str) -> str:
    """A comparison key for a name: folded, without spaces or quotation marks."""
    return "".join(c for c in fold(text) if c not in _QUOTES and not c.isspace())


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)
