"""A PDF's text layer as paragraphs: what the page layout added to the text is taken out again.

pypdf gives a PDF's text line by line, as laid out on the page. Printed from a browser (the way
analysts save a web page), that text carries the browser's header and footer on every page
(date and time, title, address, "2/5") and every paragraph is cut into page-width lines, often
inside a name ("推动军\n民融合", "产业发展\n基金"), which no rule can then find. This module
removes the margins and joins the wrapped lines; `ingest.normalise.clean_text` then folds the
radical code points such text layers use for ordinary characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# What a browser prints in a page's margins (Chromium: date and time with the page title at the
# top, the address and "page/pages" at the bottom); pypdf gives them at the page's start or end.
_PRINT_DATE = re.compile(
    r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?(?:\s|$)"
)
_PRINT_ADDRESS = re.compile(r"^(?:\S*(?:https?|ﬁle|file):/{2,3}\S*\s+)?\d{1,4}\s*/\s*\d{1,4}$")
# ﬁ ﬂ ...: Latin ligatures of the PDF's font, spelt out (only these: full-width stays full-width)
_LIGATURES = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFB00, 0xFB07)}


def _without_print_margins(page: str) -> str:
    """A page's text without the browser's print header and footer lines."""
    lines = page.split("\n")
    while lines and (_PRINT_DATE.match(lines[-1].strip()) or _PRINT_ADDRESS.match(lines[-1].strip())):
        lines.pop()
    while lines and (_PRINT_DATE.match(lines[0].strip()) or _PRINT_ADDRESS.match(lines[0].strip())):
        lines.pop(0)
    return "\n".join(lines)


def _width(line: str) -> int:
    """Display width in half-ems: CJK and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


# the start of a new heading or list item: 一、 （二） 第三章 1. 2、 •
_NEW_BLOCK = re.compile(r"^\s*(?:[一二三四五六七八九十百]+\s*[、.．]"
                        r"|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|第[一二三四五六七八九十百\d]+[章节条部篇]|\d{1,3}\s*[、.．](?!\d)|[•·●■◆▪])")
_SENTENCE_END = ("。", "！", "？", "!", "?")


def join_wrapped_lines(text: str, slack: int = 6) -> str:
    """Join the lines a PDF's layout wrapped inside a paragraph ("推动军\n民融合" -> "推动军民融合").

    A PDF has no paragraphs, only lines; a line that reaches (within `slack` half-ems, three
    CJK characters: punctuation may not start a line, so wraps come early) the width of the
    longest line was cut by the layout, not by the writer. It is joined to the next line unless
    that one starts a heading or list item, or the line ends a sentence and the next is short and
    unpunctuated (a heading after a full last line). Two Latin words across the break keep a space.
    """
    lines = text.split("\n")
    widths = [_width(ln.rstrip()) for ln in lines]
    full = max(widths, default=0)
    if full < 40:  # nothing is wide enough to have been wrapped (a table, a list of short lines)
        return text
    out: list[str] = [lines[0]]
    for i in range(1, len(lines)):
        prev, line = out[-1], lines[i]
        wrapped = widths[i - 1] >= full - slack and prev.strip() and line.strip()
        if wrapped and _NEW_BLOCK.match(line):
            wrapped = False
        if wrapped and prev.rstrip().endswith(_SENTENCE_END) and widths[i] < 0.7 * full \
                and not line.rstrip().endswith(_SENTENCE_END):
            wrapped = False
        if wrapped:
            prev = prev.rstrip()
            glue = " " if prev[-1:].isascii() and prev[-1:].isalnum() and line[:1].isascii() \
                and line[:1].isalnum() else ""
            out[-1] = prev + glue + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


# a space between a wide (CJK) character and a narrow one: where the PDF switched fonts
_SCRIPT_GAP = re.compile(r"(?<=\S) (?=\S)")


def _wide(c: str) -> bool:
    return unicodedata.east_asian_width(c) in "WF"


def drop_script_gaps(line: str) -> str:
    """Spaces the text extractor put where the font changed ("介绍了 ** 县", "2021 年", "“ 十四五 ”").

    A page printed from plain text draws ASCII in a monospace font and Chinese in a CJK font;
    pypdf reads the seam between the two as a space. Chinese prose has no space between a Chinese
    character and a digit, letter or quotation mark, so one space with a wide character on just
    one side goes; spaces between two Chinese characters (a headline's pause) and between two
    Latin words stay.
    """
    if " " not in line:
        return line
    return _SCRIPT_GAP.sub(lambda m: "" if _wide(line[m.start() - 1]) != _wide(line[m.end()]) else " ", line)


def page_text(pages: Iterable[str]) -> str:
    """The text of a PDF's pages (pypdf's extract_text each) as one text of paragraphs."""
    text = "\n".join(_without_print_margins(page) for page in pages)
    text = "\n".join(drop_script_gaps(line) for line in text.translate(_LIGATURES).split("\n"))
    return join_wrapped_lines(text)
