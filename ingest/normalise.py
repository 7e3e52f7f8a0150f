"""Normalisation: the character tables that clean loaded text, and the key for matching names.

Two different jobs live here, both about characters:

- Cleaning at load time (`clean_text`), which changes the stored text: code points that only a
  converter produces and no writer means. Radicals (⼈ U+2F08, ⺠ U+2EA0) stand for the ideographs
  人 and 民 in PDF text layers; they are folded once, at load (same length, offsets kept).
  A pinyin gloss printed after each character by some portals ("軍民兩用技術(shù)") is different:
  it is in the text as written, and extracted names are copied from the text exactly (the
  annotation guidelines' rule, which the scorer checks), so the stored text keeps it. The rules
  match on a view without the glosses (`ingest.textfold.text_view`), and the graph shows names
  without them (`graph.resolve.display_name`); `strip_pinyin_glosses` is the strict cleaner for
  callers that want clean text.
- Folding for matching (`fold`, `key`): surface forms are kept as written; these only give the key
  that two spellings of the same name share (漢字/汉字, ＸＸ/XX, “双拥”/"双拥"). Character-for-
  character conversion keeps offsets valid. The fold itself lives in `ingest.textfold` (shared
  by the entity and relation rules).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ingest.textfold import fold

__all__ = ["fold", "key", "has_chinese", "clean_text", "fold_radicals", "strip_pinyin_glosses"]

_QUOTES = "\"'“”‘’《》〈〉「」『』"
RADICALS_PATH = Path(__file__).resolve().parent / "data" / "radicals.tsv"


def key(text: str) -> str:
    """A comparison key for a name: folded, without spaces or quotation marks."""
    return "".join(c for c in fold(text) if c not in _QUOTES and not c.isspace())


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


# ---------------------------------------------------------------------------------------------
# Radicals: Unicode's Equivalent_Unified_Ideograph, shipped as ingest/data/radicals.tsv
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def radical_table() -> dict[int, str]:
    """ord(radical or stroke) -> the unified ideograph that looks the same (str.translate table).

    Built by scripts/build_radicals.py from the Unicode Character Database (Python's unicodedata
    lacks this property; NFKC covers only the Kangxi block, not ⺠ and the Supplement).
    """
    table: dict[int, str] = {}
    for line in RADICALS_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            radical, ideograph = line.split("\t")[:2]
            table[ord(radical)] = ideograph
    return table


def fold_radicals(text: str) -> str:
    """Radical and stroke code points replaced by their ideographs (same length)."""
    return text.translate(radical_table())


# ---------------------------------------------------------------------------------------------
# Pinyin glosses: "技術(shù)" -> "技術"
# ---------------------------------------------------------------------------------------------

# a parenthesised run of Latin letters (with tone marks, precomposed or combining) after a hanzi
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（]([A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]{1,8})[)）]")


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """Every tone-marked syllable pypinyin's character dictionary knows (about 1,500)."""
    from pypinyin.pinyin_dict import pinyin_dict

    return frozenset(r for readings in pinyin_dict.values() for r in readings.split(","))


def _is_toned_syllable(s: str) -> bool:
    """A valid pinyin syllable carrying a tone mark: "shù", "guó" yes; "de", "ab", "CEO" no."""
    decomposed = unicodedata.normalize("NFD", s)
    toned = any(unicodedata.combining(c) and c != "\u0308" for c in decomposed)  # U+0308 is ü's dots
    return toned and unicodedata.normalize("NFC", s.lower()) in pinyin_syllables()


def strip_pinyin_glosses(text: str) -> str:
    """`text` without the pinyin readings some pages print after characters ("區(qū)" -> "區").

    Only a valid tone-marked syllable right after a Chinese character goes; real parentheses
    ("公司(集團)", "(CEO)", "(de)") stay.
    """
    if "(" not in text and "（" not in text:
        return text
    return _GLOSS.sub(lambda m: "" if _is_toned_syllable(m.group(1)) else m.group(0), text)


def clean_text(text: str) -> str:
    """The load-time cleaning every document gets: radicals folded (pinyin glosses are kept: see
    the module docstring)."""
    return fold_radicals(text)
