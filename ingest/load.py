"""Loading documents from disk: files and folders in, `graph.model.Document` records out.

Everything a crawl of Chinese government and news sites leaves on disk is handled here, and every
way a file can be unusable becomes one `LoadError` with a one-line reason, so that a batch run can
report bad files and go on instead of stopping at the first one:

- .txt / .md: bytes decoded by `decode_bytes` (UTF-8 with or without BOM, GB18030/GBK, Big5);
- .html / .htm: decoded the same way, then reduced to the article by `html_page` (its heading,
  发布时间 and 来源 become the title, `published` and `publisher`: `ingest.portal`);
- .docx: paragraphs and tables in document order (python-docx);
- .pdf: the text layer (pypdf) without the browser's print margins and with wrapped lines joined
  (`ingest.pdf_layout`); encrypted, truncated or image-only PDFs are refused.

The text is kept as written (traditional stays traditional, full-width stays full-width): line
endings are normalised to "\\n", a BOM is dropped and radical code points become the ideographs
they stand for (`ingest.normalise.clean_text`, same length), so that offsets computed later point
into the text an analyst sees. Folding for matching is `ingest.normalise`'s job, not this module's.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from graph.model import Document
from ingest import pdf_layout, portal
from ingest.metadata import extract_metadata
from ingest.normalise import clean_text, has_chinese

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".docx", ".pdf"})
DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # a policy document is kilobytes; 20 MB is a scan or a mistake

# pypdf logs every repair it makes to a damaged file; without this, Python's last-resort handler
# prints those lines into the middle of a batch run's output. An application that configures
# logging still receives them through propagation.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


class LoadError(Exception):
    """A file that cannot become a Document; str() is one line: "<path>: <reason>"."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = " ".join(str(reason).split())  # one line, whatever the library said
        super().__init__(self.path, self.reason)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


# ---------------------------------------------------------------------------------------------
# Finding files
# ---------------------------------------------------------------------------------------------


def _supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def _skipped_name(name: str) -> bool:
    """Hidden files and Office lock files ("~$报告.docx") are never documents."""
    return name.startswith(".") or name.startswith("~$")


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under `folder` in path order: names sorted, folders entered where they sort.

    The same order on every file system (what `find | sort` gives, not directory order), and
    symlinked folders are not entered, so a link loop cannot make a run endless.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if _skipped_name(entry.name):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file() and _supported(Path(entry.name)):
            yield Path(entry.path)


def _iter_items(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, str] | LoadError]:
    """(file, document id) to load, or the error that a named path is; shared by iter_paths and
    iter_documents.

    The id is the file's path relative to the folder it was found in, without its suffix
    (`2019/report` for `corpus/2019/report.txt` when `corpus/` is given), or the stem of a file
    named on its own: unique within one folder, and the same on every run. A file at a folder's
    top level keeps the plain stem, as every earlier mcfgraph used, so existing stores still match.
    """
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for f in _walk(p):
                yield f, f.relative_to(p).with_suffix("").as_posix()
        elif not p.exists():
            yield LoadError(given, "no such file or folder")
        elif not _supported(p):
            yield LoadError(given, f"unsupported file type {p.suffix or '(no suffix)'!r}")
        else:
            yield p, p.stem


def iter_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files to load from files and folders (recursive, sorted, deterministic).

    Unsupported files inside a folder are skipped silently (a crawl folder holds images and
    stylesheets); a missing or unsupported file named explicitly raises LoadError, because the
    user asked for that file and should hear why it was not loaded.
    """
    for item in _iter_items(paths):
        if isinstance(item, LoadError):
            raise item
        yield item[0]


# ---------------------------------------------------------------------------------------------
# Encodings
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    """The characters of everyday Chinese, simplified and traditional, taken from the codecs.

    GB2312 level 1 (rows 16-55, 3,755 characters) and Big5 level 1 (A440-C67E, 5,401 characters)
    are each standard's "frequently used" block, so no hand-made list is needed.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            if (lead, trail) > (0xC6, 0x7E):
                break
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


# Characters that a wrong double-byte guess produces and real Chinese prose almost never contains:
# kana, Cyrillic/Greek/box drawing (GB2312 symbol rows), private use, half-width katakana, U+FFFD.
_SUSPICIOUS = re.compile(r"[\u0370-\u04ff\u2500-\u257f\u3040-\u30ff\ue000-\uf8ff\uff61-\uff9f\ufffd]")


def _hanzi_score(text: str) -> int:
    common = _common_hanzi()
    return sum(1 for c in text if c in common) - 3 * len(_SUSPICIOUS.findall(text))


def _plausible_chinese(text: str) -> bool:
    """Most of its CJK characters are everyday ones: real Chinese prose is >95% such characters,
    while Latin-1 or Korean bytes read as GB18030 give rare ones ("café" -> "caf飗")."""
    common = _common_hanzi()
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    return bool(cjk) and sum(1 for c in cjk if c in common) >= 0.5 * len(cjk)


_DOUBLE_BYTE = {  # candidate name -> codecs to try in order (cp950 = Big5 + Microsoft additions)
    "gb18030": ("gb18030",),
    "big5": ("big5", "cp950", "big5hkscs"),
}
_DECLARED_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
    "big5": "big5", "big5-hkscs": "big5", "cp950": "big5", "x-x-big5": "big5",
}


def _strict(raw: bytes, name: str) -> str | None:
    for codec in _DOUBLE_BYTE[name]:
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def decode_bytes(raw: bytes, declared: str = "") -> tuple[str, str]:
    """Decode text bytes as found on Chinese sites; returns (text, encoding name).

    Why this order rather than charset-normalizer alone: (1) a BOM is proof; (2) valid multi-byte
    UTF-8 practically never arises by chance from GBK or Big5 bytes, so a strict UTF-8 decode that
    succeeds is right; (3) GB18030 and Big5 share their byte ranges, so Big5 bytes usually decode
    *without error* as GB18030 (into nonsense with kana in it) and GBK bytes often decode as Big5.
    Generic detectors get this wrong on short texts (charset-normalizer calls a one-sentence Big5
    text shift_jis), so both are tried strictly and the one whose result has more characters from
    the standards' own frequently-used blocks wins, with a penalty for kana/symbols/private use.
    A charset declared by an HTML page only breaks ties, because such declarations are often
    stale. (4) If none decodes strictly, a few bad bytes (at most 1 in 2,000 characters) are
    tolerated and shown as U+FFFD. (5) Otherwise the bytes are not Chinese text in any encoding
    Chinese sites use; charset-normalizer then only names what they look like, for the error
    message (accepting its guess would turn e.g. cp1252 or EUC-KR into nonsense "text").
    LoadError is never raised here; ValueError means undecodable.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise ValueError(f"undecodable bytes: BOM says UTF-8 but byte {exc.start + 3} is not") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ValueError("undecodable bytes: BOM says UTF-16 but the data is not") from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    preferred = _DECLARED_ALIASES.get(declared.lower().strip(), "")
    decoded = {
        name: text
        for name in _DOUBLE_BYTE
        if (text := _strict(raw, name)) is not None and _plausible_chinese(text)
    }
    if decoded:
        best = max(decoded, key=lambda n: (_hanzi_score(decoded[n]), n == preferred, n == "gb18030"))
        return decoded[best], best
    # A saved page with a stray byte (a cut multi-byte character, a bad copy) is still that page:
    # accept a handful of bad bytes, kept visible as U+FFFD rather than silently dropped.
    lenient = {}
    for name, codec in (("utf-8", "utf-8"), ("gb18030", "gb18030"), ("big5", "cp950")):
        text = raw.decode(codec, errors="replace")
        if text.count("\ufffd") <= max(1, len(text) // 2000) and _plausible_chinese(text):
            lenient[name] = text
    if lenient:
        best = max(lenient, key=lambda n: (_hanzi_score(lenient[n]), n == preferred, n == "gb18030"))
        return lenient[best], f"{best} (with bad bytes replaced)"
    from charset_normalizer import from_bytes

    guess = from_bytes(raw).best()  # only to say what the bytes look like instead
    looks = f" (looks like {guess.encoding})" if guess is not None else ""
    raise ValueError(f"undecodable bytes: not UTF-8, GB18030/GBK or Big5{looks}")


def _clean(text: str) -> str:
    """Only what the module promises: "\\n" line endings, no BOM, no NULs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return text.lstrip("\ufeff").replace("\x00", "")


_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff", b"GIF8",
                 b"\x7fELF", b"MZ", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf")


def _looks_binary(raw: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB, or a known binary signature.

    UTF-16 (BOM) is text with NULs, so it is excluded; GBK/Big5/UTF-8 never contain NUL.
    """
    head = raw[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 100)


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "iframe", "template",
              "svg", "canvas", "select", "option", "button", "input", "textarea", "object", "embed", "map")
# class/id words of page chrome, also as Chinese sites spell them (daohang 导航, weizhi/dqwz 当前位置).
# Matched per token ("main-nav", "topMenu" -> main, nav / top, menu) so "research" is not "search".
_CHROME_PART = re.compile(
    r"nav|menu|footer|breadcrumb|crumb|sidebar|copyright|toolbar|topbar|daohang|weizhi|dqwz|friendlink"
)
_CHROME_WORD = frozenset(
    "share sharing login search bottom banner ad ads advert links related relate comment comments side"
    " pager pagination dh".split()
)
# what only a site's footer says (a short block with one of these is the footer, not the article)
_FOOTER_SIGN = re.compile(r"ICP备|网站标识码|公网安备|版权所有|Copyright|©|主办单位|承办单位|技术支持\s*[:：]"
                          r"|(?:^|\s)(?:主办|承办|协办)\s*[:：]")
_TOKEN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _is_chrome_name(names: str) -> bool:
    tokens = [t.lower() for t in _TOKEN.findall(names)]
    return any(t in _CHROME_WORD or _CHROME_PART.search(t) for t in tokens)


_BLOCK_TAGS = frozenset(
    "address article blockquote body caption center dd div dl dt fieldset figcaption figure form h1 h2 h3"
    " h4 h5 h6 hr li main ol p pre section table tbody td tfoot th thead tr ul".split()
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w]+)""", re.IGNORECASE)


def _ns(s: str | None) -> int:
    """Length without whitespace: layout spaces and newlines say nothing about content."""
    return len("".join(s.split())) if s else 0


def _text_sizes(root) -> dict:
    """element -> (text length, text length inside <a>), all in one bottom-up pass.

    Reversed document order visits every child before its parent, so a page of any size costs
    one walk, not one walk per element.
    """
    sizes: dict = {}
    for el in reversed(list(root.iter())):
        total = _ns(el.text) if isinstance(el.tag, str) else 0
        links = 0
        for child in el:
            ct, cl = sizes.get(child, (0, 0))
            total += ct + _ns(child.tail)
            links += cl
        sizes[el] = (total, total if el.tag == "a" else links)
    return sizes


def _strip_chrome(body) -> None:
    """Remove page chrome in place: tag-based always; class/id and link-list heuristics with care.

    An element matched by its class/id is kept if it holds more than half of the page's text and
    is not mostly links: sites wrap whole pages in "main-nav-wrapper" and a heuristic must not
    delete the article. Blocks that are mostly link text (menus, "相关新闻" lists) always go.
    """
    for el in list(body.iter(*_DROP_TAGS)):
        if el.tag == "header" and any(a.tag in ("article", "main") for a in el.iterancestors()):
            continue  # an HTML5 article's own <header> holds its headline and date
        if el.getparent() is not None:
            el.drop_tree()
    sizes = _text_sizes(body)
    page = max(sizes[body][0], 1)
    doomed = []
    for el in body.iter():
        if not isinstance(el.tag, str) or el is body:
            continue
        total, links = sizes[el]
        density = links / total if total else 0.0
        names = f"{el.get('class', '')} {el.get('id', '')}"
        if names.strip() and _is_chrome_name(names) and (total <= page / 2 or density > 0.5):
            doomed.append(el)
        elif el.tag in _BLOCK_TAGS and 0 < total <= 300 and _FOOTER_SIGN.search(el.text_content()):
            doomed.append(el)  # a site's footer, whatever its class: 主办单位, ICP备, 网站标识码
        elif links and el.tag in ("ul", "ol", "dl", "table", "div", "p", "td", "li") and density > 0.6:
            doomed.append(el)  # a block of links is a menu however much of the page it is
    for el in doomed:
        if el.getparent() is not None:  # already gone with an ancestor otherwise
            try:
                el.drop_tree()
            except (AssertionError, ValueError):
                continue


def _block_text(el, out: list[str]) -> None:
    """Text of `el` with a line break around every block element and at <br>."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "br":
        out.append("\n")
    elif tag:
        block = tag in _BLOCK_TAGS
        if block:
            out.append("\n")
        if el.text:
            out.append(el.text)
        for child in el:
            _block_text(child, out)
            if child.tail:
                out.append(child.tail)
        if block:
            out.append("\n")


@dataclass(frozen=True)
class WebPage:
    """What a saved HTML page gives: the article's text and what the page says about it."""

    text: str
    title: str = ""  # the <title> as written
    heading: str = ""  # the article's heading (ingest.portal.page_heading)
    published: str = ""  # publication date (ISO) from 发布时间 or the PubDate meta tag
    publisher: str = ""  # publishing body from 来源 or the ContentSource meta tag


def html_page(html: str) -> WebPage:
    """The main text of an HTML page and its heading, publication date and source (lxml and a
    small readability-style heuristic, then `ingest.portal` for the portal's own lines).

    trafilatura was tried (2.3, offline): it needs ten more packages (dateparser, htmldate, justext,
    lxml_html_clean, ...), and on a short Chinese government page it kept the menu and breadcrumb
    and dated the page 2019-01-01 from "2019年1月17日". Chrome removal that is easy to read and test
    was the better trade. The text is "" when nothing readable is left.
    """
    from lxml import etree
    from lxml import html as lhtml

    html = _XML_DECL.sub("", html, count=1)
    if not html.strip():
        return WebPage("")
    try:
        root = lhtml.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return WebPage("")
    title_el = root.find(".//title")
    title = " ".join((title_el.text_content() if title_el is not None else "").split())
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    from_meta = portal.meta_facts(root)
    sites = portal.site_names(root, title)
    body = root.find("body")
    if body is None:
        body = root
    _strip_chrome(body)
    heading = portal.page_heading(root, body, title)
    for head in root.iter("head"):
        head.drop_tree()
        break
    parts: list[str] = []
    _block_text(body, parts)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    text, info = portal.split_info("\n".join(line for line in lines if line), sites, heading)
    return WebPage(text, title, heading, info.published or from_meta.published,
                   info.publisher or from_meta.publisher)


def html_main_text(html: str) -> tuple[str, str]:
    """(main text, <title>) of an HTML page: `html_page` for callers that need no more."""
    page = html_page(html)
    return page.text, page.title


def _declared_charset(raw: bytes) -> str:
    m = _META_CHARSET.search(raw[:4096])
    return m.group(1).decode("ascii", "replace") if m else ""


# ---------------------------------------------------------------------------------------------
# DOCX and PDF
# ---------------------------------------------------------------------------------------------


def docx_text(raw: bytes) -> str:
    """Paragraphs and table rows of a .docx in document order (cells of a row joined by a tab)."""
    import zipfile

    import docx
    from docx.table import Table

    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValueError("password-protected or legacy Word (.doc) file, not a .docx")
    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ValueError(f"corrupt .docx ({type(exc).__name__})") from None
    except Exception as exc:  # python-docx raises its own and lxml's errors for broken parts
        raise ValueError(f"corrupt .docx ({type(exc).__name__}: {exc})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                seen: set[int] = set()
                cells = []
                for cell in row.cells:  # a merged cell repeats in row.cells: keep it once
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(" ".join(cell.text.split()))
                if any(cells):
                    lines.append("\t".join(cells))
        else:
            lines.append(block.text)
    return "\n".join(lines)


def pdf_text(raw: bytes) -> str:
    """The text layer of a PDF, pages separated by a newline.

    Refused: no %PDF header, no %%EOF at the end (truncated download), a PDF that needs a
    password, one pypdf cannot parse, and one whose pages carry no text (a scan). A PDF encrypted
    with an empty user password (owner restrictions only) opens in every viewer, so it is read.
    """
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    if b"%PDF-" not in raw[:1024]:
        raise ValueError("not a PDF (no %PDF header)")
    if b"%%EOF" not in raw[-4096:]:
        raise ValueError("truncated PDF (no %%EOF marker at the end)")
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise ValueError(f"encrypted PDF ({exc})") from None
            if not opened:
                raise ValueError("encrypted PDF (needs a password)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ValueError:
        raise
    except FileNotDecryptedError:
        raise ValueError("encrypted PDF (needs a password)") from None
    except (PdfReadError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        raise ValueError(f"corrupt PDF ({type(exc).__name__}: {exc})") from None
    text = pdf_layout.page_text(pages)
    if not text.strip():
        raise ValueError("PDF has no text layer (scanned image?)")
    return text


# ---------------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------------


def read_text(path: str | os.PathLike[str], raw: bytes) -> tuple[str, WebPage | None]:
    """(main text, the page it came from for HTML) of a file's bytes, by suffix; ValueError says
    what is wrong."""
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        return docx_text(raw), None
    if suffix == ".pdf":
        return pdf_text(raw), None
    if _looks_binary(raw):
        raise ValueError("binary file, not text")
    if suffix in (".html", ".htm"):
        text, _enc = decode_bytes(raw, _declared_charset(raw))
        page = html_page(_clean(text))
        if not page.text.strip():
            raise ValueError("HTML yields no text (broken or empty page)")
        return page.text, page
    text, _enc = decode_bytes(raw)
    return text, None


def load_document(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                  doc_id: str | None = None) -> Document:
    """One file as a Document (id = `doc_id` or the file stem, source = path as given, sha256 of
    the raw bytes).

    The size is checked with stat() before anything is read, so a 50 MB file costs nothing.
    Raises LoadError for any file that does not give usable Chinese text.
    """
    p = Path(path)
    if not p.exists():
        raise LoadError(path, "no such file")
    if p.is_dir():
        raise LoadError(path, "is a folder, not a file")
    if not _supported(p):
        raise LoadError(path, f"unsupported file type {p.suffix or '(no suffix)'!r}")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise LoadError(path, f"file too large ({size:,} bytes > limit {max_bytes:,})")
        if size == 0:
            raise LoadError(path, "empty file")
        with p.open("rb") as fh:
            raw = fh.read(max_bytes + 1)  # a file growing under us is still capped
    except OSError as exc:
        raise LoadError(path, f"cannot read ({exc.strerror or exc})") from None
    if len(raw) > max_bytes:
        raise LoadError(path, f"file too large (more than limit {max_bytes:,} bytes)")
    try:
        text, page = read_text(p, raw)
    except ValueError as exc:
        raise LoadError(path, str(exc)) from None
    except Exception as exc:  # a parser's own failure on a malformed file is still a bad file
        raise LoadError(path, f"cannot parse {p.suffix.lower()} ({type(exc).__name__}: {exc})") from None
    text = clean_text(_clean(text))
    if not text.strip():
        raise LoadError(path, "no text")
    if not has_chinese(text):
        raise LoadError(path, "no Chinese text")
    meta = extract_metadata(text, p, title=page.heading or page.title if page else "")
    return Document(
        id=doc_id or p.stem,
        source=str(path),
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=meta.get("title", ""),
        date=meta.get("date", ""),
        jurisdiction=meta.get("jurisdiction", ""),
        genre=meta.get("genre", ""),
        speaker=meta.get("speaker", ""),
        issuer=meta.get("issuer", ""),
        doc_number=meta.get("doc_number", ""),
        published=page.published if page else "",
        publisher=page.publisher if page else "",
    )


def iter_documents(
    paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | LoadError]:
    """Documents one at a time, in iter_paths order, with a LoadError in place of each bad file.

    A generator that holds one document at a time, so a corpus of any size streams through. Two
    inputs that would get one document id (`a/report.txt` and `b/report.txt` named on their own)
    are an error for the second: one would silently replace the other in the store.
    """
    claimed: dict[str, str] = {}
    for item in _iter_items(paths):
        if isinstance(item, LoadError):
            yield item
            continue
        path, doc_id = item
        if doc_id in claimed:
            yield LoadError(path, f"document id {doc_id!r} is already taken by {claimed[doc_id]} in this "
                                  "batch (ids are file names, or paths inside a folder given): rename "
                                  "one of them, or ingest their common folder")
            continue
        claimed[doc_id] = str(path)
        try:
            yield load_document(path, max_bytes=max_bytes, doc_id=doc_id)
        except LoadError as exc:
            yield exc
