"""Tests for ingest/load.py on real sample text, re-encoded and re-packaged the ways sites serve it."""

from __future__ import annotations

import hashlib
import json
import os
import time
import types
from pathlib import Path

import pytest
from opencc import OpenCC

import ingest.load as load_mod
from graph.model import Document
from ingest.load import (
    DEFAULT_MAX_BYTES,
    LoadError,
    decode_bytes,
    html_main_text,
    iter_documents,
    iter_paths,
    load_document,
)
from tests.fixtures.build import encrypt_pdf, make_docx, make_html, make_image_only_pdf, make_pdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
DEV = ROOT.parent / "shared" / "gold" / "dev.jsonl"


def _dev_texts() -> list[tuple[str, str]]:
    if not DEV.exists():
        return []
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(r["id"], r["text"]) for r in rows]


def _sample(name: str) -> str:
    return (ROOT / "samples" / name).read_text(encoding="utf-8")


def _encodable(text: str, encoding: str) -> str:
    """The lines of `text` that `encoding` can represent (Big5 lacks some simplified characters)."""
    keep = []
    for line in text.split("\n"):
        try:
            line.encode(encoding)
        except UnicodeEncodeError:
            continue
        keep.append(line)
    return "\n".join(keep)


TRADITIONAL = "杭電建德軍民融合產業創新創業中心，近日在建德經濟開發區（航空小鎮）正式掛牌成立。"
SIMPLIFIED = "龙岩市委军民融合办主任张丽华：以红色资源促军民融合。"


# ---------------------------------------------------------------------------------------------
# iter_paths
# ---------------------------------------------------------------------------------------------


def test_iter_paths_recursive_sorted_and_case_insensitive(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    for rel in ["z.txt", "b/2.HTM", "b/1.md", "a/deep/x.PDF", "a/y.docx", "a/skip.png", "b/style.css",
                ".hidden.txt", "a/~$lock.docx", "m.Html"]:
        (tmp_path / rel).write_bytes(b"x")
    got = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert got == ["a/deep/x.PDF", "a/y.docx", "b/1.md", "b/2.HTM", "m.Html", "z.txt"]
    assert got == [p.relative_to(tmp_path).as_posix() for p in iter_paths([str(tmp_path)])]


def test_iter_paths_keeps_the_order_of_the_arguments(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("甲"), b.write_text("乙")
    assert list(iter_paths([b, a])) == [b, a]


def test_iter_paths_explicit_unsupported_file_is_an_error(tmp_path: Path) -> None:
    img = tmp_path / "scan.png"
    img.write_bytes(b"\x89PNG\r\n")
    with pytest.raises(LoadError, match="unsupported"):
        list(iter_paths([img]))
    with pytest.raises(LoadError, match="no such"):
        list(iter_paths([tmp_path / "missing.txt"]))


# ---------------------------------------------------------------------------------------------
# Encodings
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_sample_file_is_detected(tmp_path: Path, encoding: str) -> None:
    text = _encodable(_sample("s001.txt"), encoding)
    raw = text.encode(encoding)
    path = tmp_path / "s001_gbk.txt"
    path.write_bytes(raw)
    doc = load_document(path)
    assert doc.text == text
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.id == "s001_gbk"
    assert doc.source == str(path)


def test_big5_file_keeps_traditional_characters(tmp_path: Path) -> None:
    dev = dict(_dev_texts())
    text = _encodable(dev.get("d11", TRADITIONAL * 3), "big5")
    path = tmp_path / "trad.txt"
    path.write_bytes(text.encode("big5"))
    doc = load_document(path)
    assert doc.text == text
    assert "軍民融合" in doc.text and "军民融合" not in doc.text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(TRADITIONAL, "big5"), (SIMPLIFIED, "gbk"), (TRADITIONAL, "gb18030"), (SIMPLIFIED, "utf-8")],
)
def test_one_sentence_is_enough_to_tell_encodings_apart(text: str, encoding: str) -> None:
    """Short texts are where generic detectors fail (Big5 as shift_jis, Big5 as GB18030 garbage)."""
    decoded, _name = decode_bytes(text.encode(encoding))
    assert decoded == text


@pytest.mark.parametrize("doc_id", [d for d, _ in _dev_texts()] or ["none"])
def test_every_dev_text_round_trips_through_chinese_encodings(doc_id: str) -> None:
    texts = dict(_dev_texts())
    if doc_id not in texts:
        pytest.skip("../shared/gold/dev.jsonl not available")
    text = texts[doc_id]
    for encoding in ("utf-8", "gb18030", "big5"):
        part = _encodable(text, encoding)
        if sum(1 for c in part if "\u4e00" <= c <= "\u9fff") < 20:
            continue  # too little left in this encoding to say anything
        decoded, _name = decode_bytes(part.encode(encoding))
        assert decoded == part, encoding


def test_utf8_bom_is_stripped_and_line_endings_normalised(tmp_path: Path) -> None:
    text = _sample("s000.txt")
    path = tmp_path / "bom.txt"
    raw = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(raw)
    doc = load_document(path)
    assert doc.text == text
    assert "\r" not in doc.text and not doc.text.startswith("\ufeff")
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()


def test_samples_load_unchanged() -> None:
    for sample in SAMPLES:
        doc = load_document(sample)
        assert isinstance(doc, Document)
        assert doc.text == sample.read_text(encoding="utf-8").replace("\r\n", "\n")
        assert doc.id == sample.stem


def test_undecodable_bytes_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    # valid GBK, then bytes that are no character in UTF-8, GB18030 or Big5
    path.write_bytes(SIMPLIFIED.encode("gbk") + b"\x80\xff\x80\xff" * 20 + SIMPLIFIED.encode("gbk"))
    with pytest.raises(LoadError, match="undecodable"):
        load_document(path)


def test_a_stray_bad_byte_does_not_lose_the_document(tmp_path: Path) -> None:
    text = _encodable(_sample("s001.txt"), "gbk")
    raw = text.encode("gbk")
    cut = len(raw) // 2
    path = tmp_path / "stray.txt"
    path.write_bytes(raw[:cut] + b"\xff" + raw[cut:])
    doc = load_document(path)
    assert doc.text.count("\ufffd") == 1  # shown, not hidden
    assert doc.text.replace("\ufffd", "") == text


@pytest.mark.parametrize("data", ["café naïve résumé".encode("latin-1"), "Größe über".encode("cp1252")])
def test_european_bytes_are_not_read_as_chinese(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(data)
    with pytest.raises(LoadError, match="undecodable"):
        load_document(path)


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(SIMPLIFIED.encode("utf-16"))
    assert load_document(path).text == SIMPLIFIED


# ---------------------------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------------------------


def test_load_error_is_one_line_with_path(tmp_path: Path) -> None:
    err = LoadError(tmp_path / "x.pdf", "corrupt PDF (line one\nline two)")
    assert str(err) == f"{tmp_path / 'x.pdf'}: corrupt PDF (line one line two)"
    assert "\n" not in str(err)
    assert err.path == str(tmp_path / "x.pdf")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file") as info:
        load_document(tmp_path / "missing.txt")
    assert str(info.value).startswith(str(tmp_path / "missing.txt") + ": ")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(LoadError, match="empty"):
        load_document(path)


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.md"
    path.write_bytes(b"\r\n  \n\t\n")
    with pytest.raises(LoadError, match="no text"):
        load_document(path)


def test_binary_file_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(LoadError, match="binary"):
        load_document(path)
    noise = tmp_path / "noise.md"
    noise.write_bytes(os.urandom(4096).replace(b"\x00", b"\x01") + b"\x00")
    with pytest.raises(LoadError, match="binary"):
        load_document(noise)


def test_english_only_file(tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    path.write_text("Military-civil fusion is a national strategy.\n", encoding="utf-8")
    with pytest.raises(LoadError, match="no Chinese text"):
        load_document(path)


def test_50_mb_sparse_file_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    with pytest.raises(LoadError, match="too large"):
        load_document(path)
    assert time.perf_counter() - started < 0.5


def test_oversized_file_is_never_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)

    def no_open(self, *args, **kwargs):
        raise AssertionError(f"{self} was opened")

    monkeypatch.setattr(Path, "open", no_open)
    monkeypatch.setattr(Path, "read_bytes", no_open)
    with pytest.raises(LoadError, match="too large"):
        load_document(path)


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "s001.txt"
    path.write_bytes((ROOT / "samples" / "s001.txt").read_bytes())
    size = path.stat().st_size
    with pytest.raises(LoadError, match="too large"):
        load_document(path, max_bytes=size - 1)
    assert load_document(path, max_bytes=size).text
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024
    errors = [x for x in iter_documents([path], max_bytes=100) if isinstance(x, LoadError)]
    assert len(errors) == 1


def test_unsupported_file_named_explicitly(tmp_path: Path) -> None:
    path = tmp_path / "table.xlsx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(LoadError, match="unsupported"):
        load_document(path)


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

PARAGRAPHS = [
    "2019年1月17日，龙岩市召开军民融合工作会议，传达学习省委军民融合发展委员会会议精神。",
    "会议强调，要加快推进国家级军民融合产业示范基地建设，着力打造军民融合深度发展“龙岩模式”。",
    "龙岩市委军民融合办主任张丽华出席会议并讲话。",
]
TITLE = "龙岩市召开军民融合工作会议"


def test_html_main_text_drops_page_chrome() -> None:
    text, title = html_main_text(make_html(TITLE, PARAGRAPHS))
    for p in PARAGRAPHS:
        assert p in text.split("\n")  # each block on its own line
    assert TITLE in text.split("\n")
    for chrome in ("首页", "新闻中心", "脚本里的中文", "样式里的中文", "当前位置", "相关新闻", "侧栏广告",
                   "版权所有", "网站地图", "网站导航"):
        assert chrome not in text, chrome
    assert title == f"{TITLE}_龙岩新闻网"


def test_chrome_is_judged_by_class_tokens_not_substrings() -> None:
    html = ("<html><body><div class='topMenu'><a href='/'>首页</a><a href='/a'>关于我们</a></div>"
            "<div class='research-content'><p>" + PARAGRAPHS[0] + "</p></div>"
            "<div id='bread_nav'>当前位置：首页</div></body></html>")
    text, _title = html_main_text(html)
    assert text == PARAGRAPHS[0]


def test_html5_article_header_is_kept() -> None:
    html = ("<html><body><header><a href='/'>首页</a> 站点标志</header><article><header><h1>" + TITLE
            + "</h1><time>2019-01-17</time></header><p>" + PARAGRAPHS[0] + "</p></article>"
            "<footer>版权所有</footer></body></html>")
    text, _title = html_main_text(html)
    assert text.split("\n") == [TITLE, "2019-01-17", PARAGRAPHS[0]]


@pytest.mark.parametrize(("charset", "encoding"), [("gb2312", "gb18030"), ("utf-8", "utf-8"),
                                                   ("big5", "big5")])
def test_html_file_in_site_encodings(tmp_path: Path, charset: str, encoding: str) -> None:
    html = make_html(TITLE, PARAGRAPHS, charset)
    if encoding == "big5":  # a Taiwan/Hong Kong page: all traditional, as such sites write it
        html = _encodable(OpenCC("s2t").convert(html), "big5")
    path = tmp_path / "page.htm"
    path.write_bytes(html.encode(encoding))
    doc = load_document(path)
    first = OpenCC("s2t").convert(PARAGRAPHS[0]) if encoding == "big5" else PARAGRAPHS[0]
    assert first in doc.text.split("\n")
    assert "首页" not in doc.text and "首頁" not in doc.text
    assert doc.title in doc.text  # the <title> candidate confirmed by the page's <h1>


def test_html_gbk_page_that_declares_utf8(tmp_path: Path) -> None:
    """Declarations lie: a GBK page claiming UTF-8 is still read correctly."""
    path = tmp_path / "liar.html"
    path.write_bytes(make_html(TITLE, PARAGRAPHS, "utf-8").encode("gbk"))
    assert PARAGRAPHS[1] in load_document(path).text


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><script>var a='军民融合';</script></head><body><nav>首页 新闻</nav></body></html>",
        "<<<<>>>>",
        "<html><body><div class='menu'><a href='/'>首页</a></div>",
        "<?xml version='1.0' encoding='utf-8'?><!-- 只有注释 --><html></html>",
    ],
)
def test_broken_html_without_text_is_an_error(tmp_path: Path, html: str) -> None:
    path = tmp_path / "broken.html"
    path.write_text(html, encoding="utf-8")
    with pytest.raises(LoadError, match="HTML|Chinese"):
        load_document(path)


def test_unclosed_html_still_gives_its_text(tmp_path: Path) -> None:
    path = tmp_path / "unclosed.html"
    path.write_text("<html><body><div><p>" + PARAGRAPHS[0] + "<p>" + PARAGRAPHS[1], encoding="utf-8")
    doc = load_document(path)
    assert doc.text.split("\n") == PARAGRAPHS[:2]


# ---------------------------------------------------------------------------------------------
# DOCX and PDF
# ---------------------------------------------------------------------------------------------


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    lines = _sample("s000.txt").split("\n")
    table = [["项目", "投资"], ["军民融合产业园", "513.8亿元"]]
    path = make_docx(tmp_path / "speech.docx", lines, table=table, after=["以上项目由市发改委牵头。"])
    doc = load_document(path)
    got = doc.text.split("\n")
    assert got[: len(lines)] == lines
    assert got[len(lines):] == ["项目\t投资", "军民融合产业园\t513.8亿元", "以上项目由市发改委牵头。"]
    assert doc.genre == "speech" and doc.jurisdiction == "XX"


def test_corrupt_docx(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx", ["军民融合"]).read_bytes()
    path = tmp_path / "bad.docx"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(LoadError, match="corrupt"):
        load_document(path)
    ole = tmp_path / "protected.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(LoadError, match="password|legacy"):
        load_document(ole)


PDF_LINES = ["龙岩市军民融合发展情况报告", "2019年1月17日",
             "龙岩市委军民融合办牵头推进国家级军民融合产业示范基地建设，龙岩模式成效明显。"]


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(PDF_LINES))
    doc = load_document(path)
    assert doc.text.split("\n") == PDF_LINES
    assert doc.title == PDF_LINES[0] and doc.date == "2019-01-17" and doc.jurisdiction == "龙岩市"


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.pdf"
    path.write_bytes(encrypt_pdf(make_pdf(PDF_LINES), user_password="secret"))
    with pytest.raises(LoadError, match="encrypted"):
        load_document(path)


def test_pdf_with_owner_password_only_opens(tmp_path: Path) -> None:
    path = tmp_path / "restricted.pdf"
    path.write_bytes(encrypt_pdf(make_pdf(PDF_LINES), user_password=""))
    assert load_document(path).text.split("\n") == PDF_LINES


def test_truncated_pdf(tmp_path: Path) -> None:
    raw = make_pdf(PDF_LINES)
    path = tmp_path / "cut.pdf"
    path.write_bytes(raw[: len(raw) * 2 // 3])
    with pytest.raises(LoadError, match="truncated"):
        load_document(path)


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"this is not a pdf body\n" * 50 + b"%%EOF\n")
    with pytest.raises(LoadError, match="PDF"):
        load_document(path)
    fake = tmp_path / "fake.pdf"
    fake.write_text(SIMPLIFIED, encoding="utf-8")
    with pytest.raises(LoadError, match="not a PDF"):
        load_document(fake)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_image_only_pdf())
    with pytest.raises(LoadError, match="no text layer"):
        load_document(path)


# ---------------------------------------------------------------------------------------------
# A folder of everything
# ---------------------------------------------------------------------------------------------


def _mixed_folder(root: Path) -> tuple[list[str], list[str]]:
    """Good and bad files of every kind; returns (names expected to load, names expected to fail)."""
    s001 = _sample("s001.txt")
    (root / "sub").mkdir()
    good = {
        "a_utf8.txt": s001.encode("utf-8"),
        "b_bom.md": b"\xef\xbb\xbf" + _sample("s003.txt").encode("utf-8"),
        "c_gbk.TXT": _encodable(s001, "gbk").encode("gbk"),
        "d_big5.txt": (TRADITIONAL * 2).encode("big5"),
        "e_page.html": make_html(TITLE, PARAGRAPHS, "gb2312").encode("gb18030"),
        "g_report.pdf": make_pdf(PDF_LINES),
        "sub/h_page.htm": make_html(TITLE, PARAGRAPHS).encode("utf-8"),
    }
    bad = {
        "b_empty.txt": b"",
        "c_english.md": b"Only English here.\n",
        "e_broken.html": b"<html><script>1</script>",
        "g_secret.pdf": encrypt_pdf(make_pdf(PDF_LINES), "pw"),
        "g_truncated.pdf": make_pdf(PDF_LINES)[:300],
        "h_binary.txt": b"\x00\x01\x02\x03" * 100,
        "sub/i_scan.pdf": make_image_only_pdf(),
    }
    for name, data in {**good, **bad}.items():
        (root / name).write_bytes(data)
    make_docx(root / "f_speech.docx", _sample("s000.txt").split("\n")[:5])
    (root / "ignored.png").write_bytes(b"\x89PNG")
    (root / "sub" / "notes.csv").write_text("a,b")
    return sorted([*good, "f_speech.docx"]), sorted(bad)


def test_iter_documents_over_a_mixed_folder(tmp_path: Path) -> None:
    good, bad = _mixed_folder(tmp_path)
    items = list(iter_documents([tmp_path]))
    names = [
        Path(x.source if isinstance(x, Document) else x.path).relative_to(tmp_path).as_posix() for x in items
    ]
    assert names == [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert sorted(n for n, x in zip(names, items, strict=True) if isinstance(x, Document)) == good
    assert sorted(n for n, x in zip(names, items, strict=True) if isinstance(x, LoadError)) == bad
    for item in items:
        if isinstance(item, Document):
            rel = Path(item.source).relative_to(tmp_path).with_suffix("").as_posix()
            assert "\u4e00" <= max(item.text) and item.sha256 and item.id == rel
        else:
            assert "\n" not in str(item) and str(item).startswith(item.path + ": ")


def test_iter_documents_reports_bad_named_paths_and_goes_on(tmp_path: Path) -> None:
    ok = tmp_path / "ok.txt"
    ok.write_text(SIMPLIFIED, encoding="utf-8")
    other = tmp_path / "other.png"
    other.write_bytes(b"\x89PNG")
    items = list(iter_documents([tmp_path / "missing.txt", other, ok]))
    assert [type(x) for x in items] == [LoadError, LoadError, Document]
    assert "no such" in str(items[0]) and "unsupported" in str(items[1])


def test_iter_documents_streams(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One document is loaded per item taken, so a corpus is never held in memory at once."""
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(SIMPLIFIED, encoding="utf-8")
    calls: list[Path] = []
    real = load_mod.load_document

    def counting(path, **kw):  # the real loader, counted
        calls.append(path)
        return real(path, **kw)

    monkeypatch.setattr(load_mod, "load_document", counting)
    gen = iter_documents([tmp_path])
    assert isinstance(gen, types.GeneratorType) and not calls
    first = next(gen)
    assert isinstance(first, Document) and len(calls) == 1
    assert len(list(gen)) == 4 and len(calls) == 5


# ---------------------------------------------------------------------------------------------
# Cleaning at load: radicals, pinyin glosses (ingest.normalise)
# ---------------------------------------------------------------------------------------------

UNICODE_EUI = Path("/usr/share/unicode/EquivalentUnifiedIdeograph.txt")


def test_radical_table_is_unicodes_equivalent_unified_ideographs() -> None:
    """The shipped table is the Unicode file's (scripts/build_radicals.py); the Kangxi part is
    also what NFKC gives, and ⺠ (CJK Radicals Supplement, which NFKC leaves alone) is 民."""
    import unicodedata

    from ingest.normalise import radical_table

    table = radical_table()
    assert table[0x2EA0] == "民" and table[0x2F08] == "人" and table[0x2FA6] == "金"
    for cp, ideograph in table.items():
        assert "\u4e00" <= ideograph <= "\u9fff" or ord(ideograph) >= 0x3400
        if 0x2F00 <= cp <= 0x2FDF:
            assert unicodedata.normalize("NFKC", chr(cp)) == ideograph, hex(cp)
    if not UNICODE_EUI.exists():
        assert os.environ.get("CI") != "true", "scripts/test.sh installs unicode-data"
        return
    spec = __import__("importlib.util").util.spec_from_file_location(
        "build_radicals", ROOT / "scripts" / "build_radicals.py")
    build = __import__("importlib.util").util.module_from_spec(spec)
    spec.loader.exec_module(build)
    expected = build.parse(UNICODE_EUI.read_text(encoding="utf-8"))
    assert {cp: ord(v) for cp, v in table.items()} == expected


def test_radicals_in_a_text_file_are_folded_on_load(tmp_path: Path) -> None:
    path = tmp_path / "radicals.txt"
    path.write_text("东⽅重⼯集团推动军\u2ea0融合，设⽴产业发展基⾦。", encoding="utf-8")
    assert load_document(path).text == "东方重工集团推动军民融合，设立产业发展基金。"


@pytest.mark.parametrize(("written", "clean"), [
    ("青⼭市軍民兩用技術(shù)成果展示與需求對接會(huì)", "青山市軍民兩用技術成果展示與需求對接會"),
    ("東方區(qū)雙擁辦", "東方區雙擁辦"),
    ("東方重工集團(tuán)公司(集團(tuán))", "東方重工集團公司(集團)"),  # a real parenthesis stays
    ("青山市航空小鎮(xiǎo)（東方鎮）", "青山市航空小鎮（東方鎮）"),
    ("東方公司(CEO)與青山廠(de)", "東方公司(CEO)與青山廠(de)"),  # not toned pinyin: kept
    ("東方公司(abc)", "東方公司(abc)"),
    ("東方公司（guó）", "東方公司"),  # full-width parentheses too
    ("東方公司(gu\u00f3)與(gu\u006f\u0301)", "東方公司與"),  # precomposed and combining marks
    ("2019 (guó)", "2019 (guó)"),  # not after a Chinese character
])
def test_pinyin_glosses_are_removed(written: str, clean: str) -> None:
    from ingest.normalise import fold_radicals, strip_pinyin_glosses

    assert strip_pinyin_glosses(fold_radicals(written)) == clean


def test_pinyin_glosses_stay_in_the_text_and_out_of_graph_names(tmp_path: Path) -> None:
    """Names are copied from the text as written (GUIDELINES; the scorer compares them), so the
    loaded text keeps the glosses; the graph shows the clean, simplified name."""
    from graph.resolve import resolve
    from ingest.extract import extract

    written = "青山市軍民融合創(chuàng)新聯(lián)盟在東方區(qū)成立。"
    path = tmp_path / "gloss.txt"
    path.write_text(written, encoding="utf-8")
    doc = load_document(path)
    assert doc.text == written
    names = {n.name for n in resolve(extract(doc)).nodes}
    assert all("(" not in n for n in names)
    assert "青山市军民融合创新联盟" in names


# ---------------------------------------------------------------------------------------------
# PDF layout (ingest.pdf_layout)
# ---------------------------------------------------------------------------------------------


def test_wrapped_lines_are_joined_inside_a_paragraph() -> None:
    from ingest.pdf_layout import join_wrapped_lines

    full = "青山市委要求各部门切实抓好军民融合各项工作的落实，推动东方重工集团与驻地部队开展军"
    text = "\n".join([
        "一、总体要求",
        full,
        "民融合合作，建设青山军民融合产业园。",
        "二、重点任务",
        "东方重工集团要加快建设产业发展基金，青山市委军民融合办要做好协调服务工作，确保产业",
        "发展基金尽快落地。",
        "同志们，军民融合发展前景广阔。",
    ])
    assert join_wrapped_lines(text).split("\n") == [
        "一、总体要求",
        full + "民融合合作，建设青山军民融合产业园。",
        "二、重点任务",
        "东方重工集团要加快建设产业发展基金，青山市委军民融合办要做好协调服务工作，"
        "确保产业发展基金尽快落地。",
        "同志们，军民融合发展前景广阔。",
    ]


def test_a_full_line_before_a_heading_or_list_item_is_not_joined() -> None:
    from ingest.pdf_layout import join_wrapped_lines

    full = "青山市委要求各部门切实抓好军民融合各项工作的落实，推动东方重工集团与驻地部队开展合作。"
    for nxt in ("二、重点任务", "（一）建设产业园", "第三章 保障措施", "2. 建设产业园", "• 建设产业园"):
        assert join_wrapped_lines(full + "\n" + nxt) == full + "\n" + nxt
    # a title after a full last line: the line ends a sentence and the next is short, unpunctuated
    assert join_wrapped_lines(full + "\n青山市军民融合产业园简介") == full + "\n青山市军民融合产业园简介"
    # Latin words across a wrap keep their space; short texts (tables, lists) are left alone
    latin = "东方重工集团与青山市签署协议，共建军民融合产业园和 Eastern Heavy Industry Research"
    assert join_wrapped_lines(latin + "\nCentre，推动军民融合。") == latin + " Centre，推动军民融合。"
    assert join_wrapped_lines("项目\n金额") == "项目\n金额"


@pytest.mark.parametrize(("extracted", "text"), [
    ("介绍了 ** 县民兵连的经验", "介绍了**县民兵连的经验"),
    ("2021 年，青山市实现 “ 十四五 ” 开局", "2021年，青山市实现“十四五”开局"),
    ("东方重工集团 : 以创新促融合", "东方重工集团:以创新促融合"),
    ("青山产业园揭牌 聚焦六大产业", "青山产业园揭牌 聚焦六大产业"),  # between two Chinese characters: kept
    ("Eastern Heavy Industry 东方重工", "Eastern Heavy Industry东方重工"),
])
def test_spaces_where_the_pdf_changed_fonts_are_dropped(extracted: str, text: str) -> None:
    from ingest.pdf_layout import drop_script_gaps

    assert drop_script_gaps(extracted) == text


def test_browser_print_margins_are_dropped() -> None:
    from ingest.pdf_layout import page_text

    pages = [
        "青山市军民融合产业园开工建设。\n12/6/26, 1:22 PM 青山市军民融合产业园开工\n"
        "\ufb01le:///home/analyst/青山.html 1/2",
        "东方重工集团入驻产业园。\n2026/12/6 13:22\nhttps://www.qingshan.gov.cn/art/2019/1/17/art_1.html 2/2",
    ]
    assert page_text(pages) == "青山市军民融合产业园开工建设。\n东方重工集团入驻产业园。"


# ---------------------------------------------------------------------------------------------
# Portal pages (ingest.portal)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "site", "heading"), [
    ("青山市军民融合产业园开工_青山市人民政府门户网站", "", "青山市军民融合产业园开工"),
    ("青山新闻网 - 青山市军民融合产业园开工", "", "青山市军民融合产业园开工"),
    ("东方县人民政府-东方县召开党管武装工作会议", "", "东方县召开党管武装工作会议"),
    ("青山市军民融合产业园开工|要闻|青山日报", "青山日报", "青山市军民融合产业园开工"),
    ("青山市军民融合产业园开工", "", "青山市军民融合产业园开工"),
    ("2019-2020年青山市军民融合发展规划", "", "2019-2020年青山市军民融合发展规划"),
    ("青山新闻网", "", ""),  # only the site's name: no heading at all
    ("东方重工落户青山滨海—东方新区 服务协同_青山新闻网", "", "东方重工落户青山滨海—东方新区 服务协同"),
    ("东方县人民政府", "", ""),
])
def test_title_without_the_site_name(title: str, site: str, heading: str) -> None:
    from ingest.portal import title_without_site

    assert title_without_site(title, site) == heading


@pytest.mark.parametrize(("line", "published", "publisher"), [
    ("发布时间：2019-01-17 09:30 来源：青山日报 字号：大 中 小", "2019-01-17", "青山日报"),
    ("发布日期：2019年1月17日 信息来源：青山市委军民融合办 浏览次数：12", "2019-01-17", "青山市委军民融合办"),
    ("【字号：大 中 小】 日期：2019/01/17 来源：东方县人武部", "2019-01-17", "东方县人武部"),
    ("来源：青山日报", "", "青山日报"),
])
def test_info_line_gives_date_and_source(line: str, published: str, publisher: str) -> None:
    from ingest.portal import InfoLine, parse_info_line

    assert parse_info_line(line) == InfoLine(published, publisher)


def test_an_article_sentence_with_a_label_is_not_an_info_line() -> None:
    from ingest.portal import parse_info_line, split_info

    sentence = ("会议指出，要把产业发展的资金来源：财政、社会资本、产业基金等渠道统筹起来，"
                "推动东方重工集团改革。")
    assert parse_info_line(sentence) is None
    assert parse_info_line("时间：2019年1月8日下午") is None  # an event's time, not the page's date
    assert parse_info_line("作者：王东") is None
    text = "青山市军民融合产业园开工\n发布时间：2019-01-17 来源：青山日报\n" + sentence
    body, info = split_info(text, ["青山新闻网"], "青山市军民融合产业园开工")
    assert body == "青山市军民融合产业园开工\n" + sentence
    assert (info.published, info.publisher) == ("2019-01-17", "青山日报")


PORTAL_PARAGRAPH = "2019年1月17日，青山市召开军民融合工作会议，东方重工集团等单位参加会议。"


def test_portal_page_heading_and_meta_tags() -> None:
    from ingest.load import html_page

    body = "<p>" + PORTAL_PARAGRAPH + "</p>"
    page = html_page("<html><head><title>青山新闻网</title>"
                     "<meta name='ArticleTitle' content='青山市召开军民融合会议'>"
                     "<meta name='PubDate' content='2019-01-17 10:00'><meta name='ContentSource' "
                     "content='青山日报'></head><body><h1>青山新闻网</h1>" + body + "</body></html>")
    assert page.heading == "青山市召开军民融合会议"
    assert (page.published, page.publisher) == ("2019-01-17", "青山日报")
    assert page.text == PORTAL_PARAGRAPH  # the site's name in a banner <h1> is not text
    # no meta tags: the <h1> of the article that <title> confirms
    page = html_page("<html><head><title>青山市召开军民融合会议_青山新闻网</title></head><body>"
                     "<h1>青山新闻网</h1><div><h1>青山市召开军民融合会议</h1>" + body
                     + "</div></body></html>")
    assert page.heading == "青山市召开军民融合会议"
    assert page.text.split("\n") == ["青山市召开军民融合会议", PORTAL_PARAGRAPH]
    # a short article line that names the site's government is the article's, not a banner
    notice = "东方县人民政府关于印发东方县军民融合发展规划的通知"
    page = html_page("<html><head><title>" + notice + "_东方县人民政府</title></head><body>"
                     "<div class='logo'>东方县人民政府</div><p>青山县人民政府网站欢迎您</p>"
                     "<h1>" + notice + "</h1><p>东政〔2019〕3号</p><p>东方县人民政府办公室</p><p>"
                     + PORTAL_PARAGRAPH + "</p></body></html>")
    assert page.heading == notice
    assert "欢迎" not in page.text
    assert page.text.split("\n") == [notice, "东政〔2019〕3号", "东方县人民政府办公室", PORTAL_PARAGRAPH]
