"""The one text fold for matching, shared by the entity and the relation rules.

Why one module: entities and relations must see the same text. Two folds (one per side, with
different pinyin patterns) meant a name the entity rules found could be missed by a relation rule
reading the "same" sentence. Everything here is below both sides and imports nothing of theirs.

- `fold(text)`: width-folded (NFKC) and traditional -> simplified, character for character, so
  offsets in the result are offsets in `text` (exactly `ingest.normalise.fold`, which delegates
  here). OpenCC's t2s conversion of ONE character is a lookup in its character table
  (TSCharacters.txt; its phrase table has no one-character entries), so the table is read once
  from the opencc package's data and each character is folded by a dict lookup instead of a call
  into OpenCC's pure-Python converter (which cost ~20 us per new character, a tenth of the
  pipeline's time on text met for the first time). tests/test_textfold.py checks the result
  against OpenCC for every character of the table.
- `view_fold(text)`: `fold` plus same-length variant characters that t2s leaves alone
  (巿 -> 市 in scraped pages); what the rules match on.
- `PINYIN`: a pinyin gloss that some crawled pages insert after a character ("中國(guó)").
- `text_view(text)`: the matching view (view_fold without the glosses) and the original offset
  of each view character.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np
import opencc

_TS_CHARACTERS = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"

# same-length variant characters that t2s leaves alone (巿 for 市 in scraped pages)
VARIANTS = {"巿": "市", "陜": "陕", "峯": "峰", "羣": "群", "爲": "为"}
# any of them, as one class: a name or sentence (nearly always without one) is told by one search
# instead of a `in` scan and a loop step per variant (speed19: view_fold was ~2% of the first
# pass's bytecodes, nearly all of it that loop)
_VARIANT_RE = re.compile("[" + "".join(VARIANTS) + "]")

# a pinyin gloss right after a Chinese character: (guó), (huì), (zhèn)
# (some pages pad it: "(huì )"). Written "(" first, the character before it checked by a
# look-behind over both: the same matches as (?<=[一-鿿])\(…\), but a pattern that opens with a
# literal is scanned for that character in C, while one that opens with a look-behind is tried
# at every position (~40x slower on a document; tests/test_textfold.py compares the two)
PINYIN = re.compile(r"\((?<=[\u4e00-\u9fff]\()[a-zü\u00e0-\u01dc\u01f9\u1e3f\u0300-\u036f]{1,7} ?\)")
# ent19: a comma a page wrote before each list mark (甲,、乙,、丙: READ u7, u44, u60) is dropped from
# the view like a gloss, so the list reads 甲、乙、丙
STRAY_COMMA = re.compile(r"[,，](?=、)")
DROPPED = re.compile(PINYIN.pattern + "|" + STRAY_COMMA.pattern)


@lru_cache(maxsize=1)
def _t2s_chars() -> dict[str, str]:
    """OpenCC's traditional -> simplified character table (first candidate, as OpenCC picks)."""
    table: dict[str, str] = {}
    with _TS_CHARACTERS.open(encoding="utf-8") as fh:
        for line in fh:
            k, _, v = line.strip().partition("\t")
            if k and v:
                table[k] = v.split(" ")[0]
    return table


def traditional_forms(chars: list[str]) -> list[str]:
    """The one-character traditional forms OpenCC's table simplifies to one of `chars` (國 for 国),
    in the table's order: what a traditional-script page writes for common characters."""
    wanted = set(chars)
    return [k for k, v in _t2s_chars().items() if len(k) == 1 and v in wanted]


def fold_char(ch: str) -> str:
    """One character, width-folded and simplified, still exactly one character."""
    n = unicodedata.normalize("NFKC", ch)
    if len(n) != 1:
        n = ch
    s = _t2s_chars().get(n, n)
    return s if len(s) == 1 else n


# The same table as code points for the characters of the Basic Multilingual Plane (their folds
# may lie beyond it: 噞 -> U+2A84B), for folding a long text with one numpy lookup over its code
# points, as the tokenizer makes its ids: _KNOWN[c] once _CODES[c] holds the fold of c
_CODES = np.zeros(0x10000, dtype=np.uint32)
_KNOWN = np.zeros(0x10000, dtype=bool)


class _FoldTable(dict):
    """ord(ch) -> fold_char(ch), filled on first sight of each character (for str.translate)."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        if code < 0x10000:
            _CODES[code] = ord(folded)  # (one character: fold_char keeps the length)
            _KNOWN[code] = True
        return folded


_FOLD = _FoldTable()

# Characters the table maps to themselves, as one regular expression for the runs of the OTHER
# characters (those that fold to something else, or not looked up yet). str.translate pays a
# dict lookup per character (~100 ns); most characters of simplified text fold to themselves, so
# translating only the runs the regex finds is about twice as fast on a document, with the same
# result (the runs go through the same table). Built by `prime` from the characters it is given.
_ODD: re.Pattern | None = None
_SHORT = 32  # below this length translate wins (the regex call has a fixed cost)
_LONG = 256  # documents and long sentences: the last few folds are kept (each is asked for again)
_RECENT: dict[str, str] = {}


def _char_class(codes: list[int]) -> str:
    """A regex character class body for the code points (as ranges)."""
    parts = []
    codes = sorted(codes)
    k = 0
    while k < len(codes):
        j = k
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        a, b = re.escape(chr(codes[k])), re.escape(chr(codes[j]))
        parts.append(a if j == k else f"{a}-{b}")
        k = j + 1
    return "".join(parts)


def prime(chars: str) -> None:
    """Fold `chars` once (fills the table) and rebuild the fast path from the whole table."""
    global _ODD
    chars.translate(_FOLD)
    same = [code for code, folded in _FOLD.items() if folded == chr(code)]
    _ODD = re.compile("[^" + _char_class(same) + "]+") if same else None
    _RECENT.clear()
    _MEDIUM_DONE.clear()


def common_chars() -> list[str]:
    """ASCII, Latin-1, general, CJK and full-width punctuation, GB2312's symbols and level-1
    characters, their traditional forms and the variant characters the fold knows (no repeats)."""
    out = [chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0x3000, 0x3040)]
    out += [chr(c) for c in range(0xFF01, 0xFF5F)]
    rows = list(range(0xA1, 0xAA)) + list(range(0xB0, 0xD8))  # symbols; level-1 hanzi
    for hi in rows:
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    out += traditional_forms(out) + list(VARIANTS)
    out += [chr(c) for c in range(0xA0, 0x100)] + [chr(c) for c in range(0x2010, 0x205F)]
    return list(dict.fromkeys(out))


def _translate_run(m: re.Match) -> str:
    return m.group().translate(_FOLD)


def _fold_codes(text: str) -> str | None:
    """`text` folded by one table lookup over its code points (None: it holds a character beyond
    the BMP, which the regex path folds).

    A document holds a few hundred characters that fold (full-width punctuation: ，：（）), and
    the regex path pays a Python call for each run of them; here the cost is a few array passes
    (~10x faster on a document). Characters met for the first time enter the table first."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.max() >= 0x10000:
        return None
    known = _KNOWN[codes]
    if not known.all():
        for code in set(codes[~known].tolist()):  # (np.unique's first call costs ~20 ms of imports)
            _CODES[code] = ord(_FOLD[code])
            _KNOWN[code] = True
    return _CODES[codes].tobytes().decode("utf-32-le", "surrogatepass")


_SHORT_DONE: dict[str, str] = {}  # short texts (names, their forms) come back many times
_MEDIUM_DONE: dict[str, str] = {}  # so do sentences (a few thousand kept: ~2 MB at most)


def _fold(text: str) -> str:
    if _ODD is None:  # nothing primed the table yet (a process that folds without the pipeline:
        prime("".join(common_chars()))  # graph, gaps): the fast paths need it (~30 ms, once)
    if len(text) < _SHORT:
        out = _SHORT_DONE.get(text)
        if out is None:
            if len(_SHORT_DONE) >= 100_000:
                _SHORT_DONE.clear()
            # most names hold no character that folds: one C scan for one tells, which is cheaper
            # than the dict lookup per character of translate (~1.5 -> ~1 us a name)
            odd = _ODD is None or _ODD.search(text) is not None
            out = _SHORT_DONE[text] = text.translate(_FOLD) if odd else text
        return out
    if _ODD is None:
        return text.translate(_FOLD)
    if len(text) < _LONG:  # sentences: the gap analysis folds each once per node or tie it backs
        out = _MEDIUM_DONE.get(text)
        if out is None:
            if len(_MEDIUM_DONE) >= 4096:
                _MEDIUM_DONE.clear()
            out = _MEDIUM_DONE[text] = _ODD.sub(_translate_run, text)
        return out
    out = _RECENT.get(text)
    if out is None:
        if len(_RECENT) >= 8:
            _RECENT.pop(next(iter(_RECENT)))
        out = _fold_codes(text)
        if out is None:
            out = _ODD.sub(_translate_run, text)
        _RECENT[text] = out
    return out


def fold(text: str) -> str:
    """Same-length normalised text: offsets in the result are offsets in `text`."""
    return _fold(text)


_SHORT_VIEW: dict[str, str] = {}  # view_fold of short texts (names and their forms come back)


def view_fold(text: str) -> str:
    """`fold` and the variant characters: the text the rules match on (same length)."""
    if len(text) < _SHORT:  # (~3 in 4 short texts were asked for before: speed19)
        out = _SHORT_VIEW.get(text)
        if out is None:
            if len(_SHORT_VIEW) >= 100_000:
                _SHORT_VIEW.clear()
            out = _fold(text)
            for v, c in VARIANTS.items() if _VARIANT_RE.search(out) is not None else ():
                out = out.replace(v, c)
            _SHORT_VIEW[text] = out
        return out
    out = _fold(text)
    if len(out) < _LONG and _VARIANT_RE.search(out) is None:
        return out  # (the usual case; a document's text keeps the scans by str.find below)
    for v, c in VARIANTS.items():  # rare: a scan per variant is cheaper than a second translate
        if v in out:
            out = out.replace(v, c)
    return out


def text_view(text: str) -> tuple[str, list[int]]:
    """(view_fold without pinyin glosses, original offset of each view character).

    The offsets list is empty when nothing was dropped (the view is then aligned with `text`).
    """
    folded = view_fold(text)
    glossed = "(" in text and PINYIN.search(text)
    if not glossed and ",、" not in text and "，、" not in text:
        return folded, []
    # the stretches between glosses, as slices and ranges (glosses are few, characters many)
    parts: list[str] = []
    offsets: list[int] = []
    i = 0
    for m in (DROPPED if glossed else STRAY_COMMA).finditer(text):
        parts.append(folded[i:m.start()])
        offsets.extend(range(i, m.start()))
        i = m.end()
    parts.append(folded[i:])
    offsets.extend(range(i, len(text)))
    return "".join(parts), offsets


def strip_pinyin(text: str) -> str:
    """`text` without its pinyin glosses (for comparing a name with the view)."""
    return PINYIN.sub("", text) if "(" in text else text


# A gloss whose opening bracket and character a mirror page lost to mojibake ("天津?yàn)I海": the
# toned syllable and its closing bracket are left behind, with no "(" before them). A tone mark is
# required, so an English word before a bracket is never touched.
BROKEN_GLOSS = re.compile(r"(?<![(A-Za-z\u00e0-\u01dc])"
                          r"[a-zü]{0,6}[\u00e0-\u01dc][a-zü\u00e0-\u01dc]{0,6} ?\)")


def strip_gloss_debris(text: str) -> str:
    """`text` without its pinyin glosses and without the remains of glosses mojibake broke (for
    rendering a name in English: no "yàn" in "Tianjin ? I Hai New Area")."""
    text = strip_pinyin(text)
    return BROKEN_GLOSS.sub("", text) if ")" in text else text


@lru_cache(maxsize=1)
def _t2s_converter():
    """OpenCC's traditional -> simplified converter (character table plus its phrase tables): the
    package whose character table `fold` reads."""
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """`text` in simplified script, for a reader (ux5: a simplified rendering beside a quote in
    traditional script). Unlike `fold` it is no matching view: OpenCC's phrase tables decide where
    one character has two readings (乾隆 stays, 乾燥 -> 干燥), and nothing else is folded (no width
    folding), so a simplified sentence comes back unchanged."""
    if not text or text.isascii():
        return text
    return _t2s_converter().convert(text)
