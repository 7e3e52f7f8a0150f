"""Documents as analysts save them: portal pages (Ctrl+S) and pages printed to PDF by Chromium.

Both must give the graph the plain text gives. The portal corpus is tests/fixtures/portal (the
sample texts wrapped in three page designs, built by its make_pages.py); the PDFs are printed
here, into tmp_path, by headless Chromium with Noto CJK (scripts/test.sh installs both).
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.load import load_document
from ingest.normalise import fold, radical_table

ROOT = Path(__file__).resolve().parent.parent
PORTAL = ROOT / "tests" / "fixtures" / "portal"
EXPECTED = json.loads((PORTAL / "expected.json").read_text(encoding="utf-8"))
SAMPLES = sorted(EXPECTED)


def graph_of(path: Path) -> tuple[set, set]:
    """(entities as (name, type), relations as (head, type, tail)) extracted from a file."""
    x = extract(load_document(path))
    return {(e.name, e.type) for e in x.entities}, {(r.head, r.type, r.tail) for r in x.relations}


def plain_text(sample: str) -> str:
    """The article of the page as plain text: its heading line (when the sample has none) + text."""
    text = (ROOT / "samples" / f"{sample}.txt").read_text(encoding="utf-8")
    exp = EXPECTED[sample]
    return text if exp["heading_in_text"] else exp["title"] + "\n" + text


# ---------------------------------------------------------------------------------------------
# Portal pages
# ---------------------------------------------------------------------------------------------


def test_fixture_pages_are_what_make_pages_builds(tmp_path: Path) -> None:
    """The committed pages are the builder's output (edit designs/, then run make_pages.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_pages", PORTAL / "make_pages.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    for sample, (heading, date, source, design) in mod.PAGES.items():
        lines = (ROOT / "samples" / f"{sample}.txt").read_text(encoding="utf-8").split("\n")
        if not heading:
            heading, lines = lines[0].strip(), lines[1:]
        assert mod.page(design, heading, lines, date, source) == (PORTAL / f"{sample}.html").read_text(
            encoding="utf-8")


@pytest.mark.parametrize("sample", SAMPLES)
def test_portal_page_metadata_comes_from_the_page(sample: str) -> None:
    exp = EXPECTED[sample]
    doc = load_document(PORTAL / f"{sample}.html")
    assert doc.title == exp["title"]  # the article's heading, never the site's name
    assert doc.published == exp["published"]
    assert doc.publisher == exp["publisher"]
    for chrome in ("发布时间", "发布日期", "来源：", "字号", "当前位置", "您现在的位置", "ICP", "网站标识码",
                   "主办", "打印", "关闭", "分享", "相关新闻", "首页", exp["site"], exp["publisher"]):
        assert chrome not in doc.text, chrome
    assert doc.text.split("\n")[0] == exp["title"]  # the heading opens the text, as in a .txt


@pytest.mark.parametrize("sample", SAMPLES)
def test_portal_page_gives_the_graph_of_its_plain_text(sample: str, tmp_path: Path) -> None:
    plain = tmp_path / f"{sample}.txt"
    plain.write_text(plain_text(sample), encoding="utf-8")
    page_ents, page_rels = graph_of(PORTAL / f"{sample}.html")
    text_ents, text_rels = graph_of(plain)
    assert text_ents and text_rels
    assert page_ents == text_ents
    assert page_rels == text_rels


def test_plain_text_and_page_agree_on_jurisdiction(tmp_path: Path) -> None:
    """The site's place (青山) must not become the document's jurisdiction."""
    for sample in SAMPLES:
        plain = tmp_path / f"{sample}.txt"
        plain.write_text(plain_text(sample), encoding="utf-8")
        assert load_document(PORTAL / f"{sample}.html").jurisdiction == load_document(plain).jurisdiction


# ---------------------------------------------------------------------------------------------
# PDFs printed by Chromium
# ---------------------------------------------------------------------------------------------


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def print_to_pdf(text: str, folder: Path, name: str, route: str = "page") -> Path:
    """`text` printed to PDF the way a person does it, with the browser's header and footer (date,
    title, address, page numbers): as a web page (route "page": a <p> a line, Noto CJK) or as
    the .txt file opened in the browser (route "text": monospace Latin beside CJK glyphs)."""
    if route == "page":
        page = folder / f"{name}.html"
        body = "\n".join(f"<p>{html.escape(ln)}</p>" for ln in text.split("\n") if ln.strip())
        page.write_text('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>' + name
                        + '</title><style>body{font-family:"Noto Sans CJK SC",sans-serif;font-size:12pt}'
                        "</style></head><body>" + body + "</body></html>", encoding="utf-8")
    else:
        page = folder / f"{name}.txt"
        page.write_text(text, encoding="utf-8")
    pdf = folder / f"{name}.pdf"
    run = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", f"--user-data-dir={folder / 'profile'}",
         f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, timeout=180, check=False)
    assert pdf.exists() and pdf.stat().st_size > 0, run.stderr.decode("utf-8", "replace")[-500:]
    return pdf


needs_chromium = pytest.mark.skipif(
    chromium() is None and os.environ.get("CI") != "true",
    reason="needs Debian's chromium and fonts-noto-cjk (scripts/test.sh installs them)")


@needs_chromium
@pytest.mark.parametrize("route", ["page", "text"])
@pytest.mark.parametrize("sample", SAMPLES)
def test_pdf_printed_by_chromium_gives_the_graph_of_its_text(sample: str, route: str, tmp_path: Path) -> None:
    assert chromium() is not None, "CI must install chromium (scripts/test.sh)"
    src = ROOT / "samples" / f"{sample}.txt"
    pdf = print_to_pdf(src.read_text(encoding="utf-8"), tmp_path, sample, route)
    doc = load_document(pdf)
    radicals = {chr(c) for c in radical_table()}
    assert not radicals & set(doc.text), sorted(radicals & set(doc.text))[:10]
    assert "file://" not in doc.text and ".html" not in doc.text  # the print margins are gone
    # paragraphs are whole again: every line of the text is a line of the PDF's text, or the
    # start of one (a paragraph whose last line filled the page width runs into the next)
    # compared folded and with spaces collapsed: a PDF has no no-break spaces, and a font that
    # draws 户 and 戶 with one glyph gives the text layer one code point for both (the lower)
    pdf_lines = [fold(" ".join(ln.split())) for ln in doc.text.split("\n")]
    for line in (fold(" ".join(ln.split())) for ln in src.read_text(encoding="utf-8").split("\n")):
        if line:
            assert any(p == line or p.startswith(line) or line in p for p in pdf_lines), line[:40]
    pdf_ents, pdf_rels = graph_of(pdf)
    text_ents, text_rels = graph_of(src)
    assert pdf_ents == text_ents
    assert pdf_rels == text_rels


# ---------------------------------------------------------------------------------------------
# Stores keep what the page said about the article
# ---------------------------------------------------------------------------------------------


def _ingest_portal(store, tmp_path: Path) -> None:
    from workflows.ingest import ingest_paths

    folder = tmp_path / "pages"
    folder.mkdir(exist_ok=True)
    for sample in SAMPLES:
        (folder / f"{sample}.html").write_bytes((PORTAL / f"{sample}.html").read_bytes())
    assert ingest_paths([folder], store).count("written") == len(SAMPLES)


def _check_meta(store) -> None:
    for sample in SAMPLES:
        meta = store.document_meta(sample)
        exp = EXPECTED[sample]
        assert (meta["title"], meta["published"], meta["publisher"]) == (
            exp["title"], exp["published"], exp["publisher"])
    docs = store.to_networkx().graph["documents"]
    assert docs["s000"]["publisher"] == EXPECTED["s000"]["publisher"]


def test_embedded_store_keeps_publication_date_and_body(tmp_path: Path) -> None:
    from graph.embedded import EmbeddedStore

    store = EmbeddedStore(tmp_path / "g.db")
    try:
        _ingest_portal(store, tmp_path)
        _check_meta(store)
    finally:
        store.close()


@pytest.mark.neo4j
def test_both_stores_keep_page_metadata_alike(tmp_path: Path, neo4j_store) -> None:
    from graph.embedded import EmbeddedStore
    from graph.export import canonical_json

    embedded = EmbeddedStore(tmp_path / "g.db")
    try:
        _ingest_portal(embedded, tmp_path)
        _ingest_portal(neo4j_store, tmp_path)
        _check_meta(neo4j_store)
        assert canonical_json(embedded.to_networkx()) == canonical_json(neo4j_store.to_networkx())
    finally:
        embedded.close()
