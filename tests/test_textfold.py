"""The shared fold (ingest/textfold.py) equals OpenCC's t2s plus NFKC, character for character."""

from __future__ import annotations

import unicodedata

import pytest
from opencc import OpenCC

from ingest.textfold import _t2s_chars, fold, fold_char, strip_pinyin, text_view, view_fold

_T2S = OpenCC("t2s")


def _opencc_char(ch: str) -> str:
    n = unicodedata.normalize("NFKC", ch)
    if len(n) != 1:
        n = ch
    s = _T2S.convert(n)
    return s if len(s) == 1 else n


def test_table_lookup_equals_opencc_on_every_table_character():
    chars = list(_t2s_chars())
    assert len(chars) > 3000
    assert [fold_char(c) for c in chars] == [_opencc_char(c) for c in chars]


@pytest.mark.parametrize("block", [(0x20, 0x3000), (0x3000, 0x3100), (0x4E00, 0x5400), (0xF900, 0xFB00),
                                   (0xFF00, 0xFFF0)])
def test_fold_equals_opencc_outside_the_table(block):
    chars = [chr(c) for c in range(*block)]
    assert [fold_char(c) for c in chars] == [_opencc_char(c) for c in chars]


def test_fold_keeps_length_and_view_folds_variants():
    text = "遼寧省ＸＸ軍民兩用產業園，青山巿"
    assert fold(text) == "辽宁省XX军民两用产业园,青山巿"
    assert len(fold(text)) == len(text)
    assert view_fold(text).endswith("青山市")


def test_view_drops_pinyin_glosses_and_maps_offsets():
    view, offsets = text_view("東方(dōng)縣(xiàn)委")
    assert view == "东方县委"
    assert offsets == [0, 1, 8, 15]
    assert text_view("东方县委(GDP)")[1] == []  # upper-case letters in brackets are not a gloss
    assert strip_pinyin("縣(xiàn)委") == "縣委"
