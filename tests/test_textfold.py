"""The shared fold (ingest/textfold.py) equals OpenCC's t2s plus NFKC, character for character."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from opencc import OpenCC

from ingest.textfold import PINYIN, _t2s_chars, fold, fold_char, strip_pinyin, text_view, view_fold

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


def test_fast_path_equals_translate_on_long_mixed_text():
    """The regex fast path (runs of characters that do not fold to themselves) and the cache of
    recent long texts give exactly the per-character table result, primed or not."""
    import random

    from ingest import textfold

    rnd = random.Random(7)
    pool = ("东方重工集团青山市軍民融合發展委員會（２０２４）年，“ＡＢＣ”："
            + "".join(chr(c) for c in range(0x3400, 0x3480))
            + "".join(chr(c) for c in range(0xFF01, 0xFF20)) + "巿陜峯羣爲 \n\t")
    texts = ["".join(rnd.choice(pool) for _ in range(n)) for n in (0, 1, 31, 32, 100, 255, 256, 900, 900)]
    textfold.prime("东方重工集团青山市，。")  # a small table: most characters still unseen
    for t in texts + texts:  # twice: the second time long texts come from the cache
        expect = "".join(fold_char(c) for c in t)
        assert fold(t) == expect and len(fold(t)) == len(t)
        assert view_fold(t) == "".join(textfold.VARIANTS.get(c, c) for c in expect)


def test_pinyin_pattern_equals_the_look_behind_form():
    """PINYIN opens with "(" for speed; its matches are those of the look-behind-first form."""
    ref = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zü\u00e0-\u01dc\u01f9\u1e3f\u0300-\u036f]{1,7} ?\)")
    rnd = random.Random(3)
    alphabet = list("中國會議(( ))ghuóìzèn a") + ["\u0301", "ǹ", "ḿ", "1", "（", "）"]
    for _ in range(3000):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        assert [m.span() for m in PINYIN.finditer(t)] == [m.span() for m in ref.finditer(t)]
        assert PINYIN.sub("", t) == ref.sub("", t)
    assert PINYIN.sub("", "中國(guó)國(guó )際(jì)") == "中國國際"


def test_view_offsets_equal_a_per_character_drop():
    """text_view builds the view from the stretches between glosses; the same as dropping every
    gloss character one by one."""
    rnd = random.Random(11)
    alphabet = list("中國會議協(guó)ì) 市") + ["(huì)", "(zhèn )", "(1)"]
    for _ in range(2000):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        keep = [True] * len(t)
        for m in PINYIN.finditer(t):
            keep[m.start():m.end()] = [False] * (m.end() - m.start())
        want = [i for i in range(len(t)) if keep[i]]
        view, offsets = text_view(t)
        if len(want) == len(t):
            assert (view, offsets) == (view_fold(t), [])
        else:
            assert offsets == want and view == "".join(view_fold(t)[i] for i in want)


def test_code_point_fold_equals_translate():
    """Long texts are folded by a table lookup over their code points (textfold._fold_codes): the
    same string as the per-character table, with characters met for the first time, a character
    beyond the BMP (the regex path), one folded to a character beyond it, NUL and a lone surrogate."""
    from ingest import textfold

    rnd = random.Random(8)
    # (遱, 鄟 … in 0x9000-0x9200: traditional forms folded to characters beyond the BMP)
    pool = ("青山市軍民融合發展委員會，（１２）：“Ａ”" + "".join(chr(c) for c in range(0x4E00, 0x5BB8, 7))
            + "".join(chr(c) for c in range(0x9000, 0x9200)) + "\x00巿陜")
    texts = ["".join(rnd.choice(pool) for _ in range(n)) for n in (256, 600, 2000, 2000)]
    texts += [texts[0] + "\U00020000" + texts[1], texts[1] + "\ud800" + texts[2]]
    for t in texts:
        expect = "".join(fold_char(c) for c in t)
        textfold._RECENT.clear()
        assert fold(t) == expect
        codes = textfold._fold_codes(t)
        assert codes is None if "\U00020000" in t else codes == expect
