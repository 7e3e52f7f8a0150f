"""What a saved portal page says about its article outside the article's text.

Government and news portals print the article's heading in an <h1> (or an og:title / the national
政府网站 `ArticleTitle` meta tag), put "heading_site name" in <title>, and print a line such as
"发布时间：2019-01-17 来源：某某日报 字号：大 中 小" above the text. The heading is the document's
title, the date and 来源 are metadata (publication date, publishing body). None of it is the
article's text: the 来源 line and the site name in the title would otherwise add the same
entities and LOCATED_IN relations to every page of one site, and decide the jurisdiction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.normalise import key

# ---------------------------------------------------------------------------------------------
# The heading
# ---------------------------------------------------------------------------------------------

_TITLE_SEP = re.compile(r"\s*(?:_|\||｜|—{1,2}|–|(?<!\d)-{1,2}(?!\d)|·)\s*")
# how the name of a site ends (青山市人民政府门户网站, 青山新闻网, 中国政府网, 东方县人民政府)
_SITE_NAME = re.compile(r"(?:网站|网|门户|官网|在线|频道|人民政府|政府|首页|主页)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _cjk(s: str) -> int:
    return len(_CJK.findall(s))


def _site_like(s: str, site: str) -> bool:
    return bool(site and key(s) == key(site)) or (bool(_SITE_NAME.search(s)) and len(s) <= 16)


def title_without_site(title: str, site: str = "") -> str:
    """<title> without the site name: "heading_青山市人民政府门户网站" -> "heading".

    Parts are taken off either end while they look like a site (or are `site`) or are a short
    column name (要闻, 工作动态); what is left is the heading as written, separators inside it
    included ("天津滨海—中关村").
    """
    title = title.strip()
    spans, pos = [], 0
    for m in _TITLE_SEP.finditer(title):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(title)))
    spans = [(a, b) for a, b in spans if b > a]

    def chrome(span: tuple[int, int]) -> bool:
        part = title[span[0]:span[1]]
        return _site_like(part, site) or _cjk(part) < 2 or (len(spans) > 1 and _cjk(part) <= 4)

    while spans and chrome(spans[-1]):
        spans.pop()
    while spans and chrome(spans[0]):
        spans.pop(0)
    return title[spans[0][0]:spans[-1][1]].strip() if spans else ""


def _meta(root, *names: str) -> str:
    """Content of the first <meta name=...> or <meta property=...> among `names` that has one."""
    for name in names:
        for el in root.iter("meta"):
            if (el.get("name") or el.get("property") or "").lower() == name.lower():
                value = " ".join((el.get("content") or "").split())
                if value:
                    return value
    return ""


def page_heading(root, body, title: str) -> str:
    """The article's heading: ArticleTitle / og:title meta, an <h1>/<h2> of the main text that the
    <title> confirms (or the first that is not the site's name), else <title> without its site.

    `body` is the page after chrome removal, so a site logo in a header <h1> is already gone.
    """
    site = _meta(root, "SiteName", "og:site_name")
    for name in ("ArticleTitle", "og:title", "twitter:title"):
        value = _meta(root, name)
        if value and _cjk(value) >= 4 and not _site_like(value, site):
            return value
    from_title = title_without_site(title, site)
    headings = [" ".join(h.text_content().split()) for h in body.iter("h1", "h2")]
    headings = [h for h in headings if _cjk(h) >= 4 and not _site_like(h, site)]
    for h in headings:
        if from_title and (key(h) == key(from_title) or key(from_title) in key(h)):
            return h
    if headings and not from_title:
        return headings[0]
    return from_title


# ---------------------------------------------------------------------------------------------
# The 发布时间 / 来源 line, and the page's tool lines
# ---------------------------------------------------------------------------------------------

_LABEL = (r"发布时间|发布日期|发文日期|更新时间|时间|日期|信息来源|稿件来源|文章来源|来源|作者|责任编辑|编辑"
          r"|字号|浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|点击|访问量|访问次数|字体")
_LABELLED = re.compile(rf"(?:^|[\s【\[|｜])({_LABEL})\s*[:：]")
# labels an article uses too ("时间：1月8日下午 地点：…" of an event notice): page facts only
# when another label stands on the same line
_WEAK_LABEL = frozenset("时间 日期 作者 编辑 点击".split())
_DATE_LABEL = frozenset("发布时间 发布日期 发文日期 更新时间 时间 日期".split())
_SOURCE_LABEL = frozenset("信息来源 稿件来源 文章来源 来源".split())
# a line of page tools: 【打印】【关闭】, 字号：[大 中 小], 分享到：微信 微博, 返回顶部
_TOOL_WORDS = re.compile(
    r"^(?:[【\[\s|｜]*(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|返回顶部|返回|分享到|分享|"
    r"字号|大|中|小|默认|微信|微博|QQ空间|QQ|纠错)[】\]\s:：|｜]*)+$"
)


@dataclass(frozen=True)
class InfoLine:
    published: str = ""  # ISO date from 发布时间 / 日期
    publisher: str = ""  # the 来源 as written


def parse_info_line(line: str) -> InfoLine | None:
    """The facts of a "发布时间：… 来源：… 字号：大 中 小" line, or None if `line` is text.

    A line is an info line when it holds two labels, or starts with one and is short: a sentence
    of the article that mentions "来源：" in passing is long and unlabelled at its start.
    """
    from ingest.metadata import date_in

    labels = list(_LABELLED.finditer(line))
    alone = len(labels) == 1 and labels[0].start() <= 1 and len(line) <= 40
    if not (len(labels) >= 2 or (alone and labels[0].group(1) not in _WEAK_LABEL)):
        return None
    published = publisher = ""
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(line)
        value = line[m.end():end].strip(" \u3000\xa0【】[]|｜")
        if m.group(1) in _DATE_LABEL and not published:
            published = date_in(value)
        elif m.group(1) in _SOURCE_LABEL and not publisher:
            publisher = value.split()[0] if value.split() and _cjk(value.split()[0]) >= 2 else ""
    return InfoLine(published, publisher)


# a site's greeting, whatever site it names: "您好，欢迎访问…", "…网站欢迎您"
_WELCOME_BANNER = re.compile(r"^(?:您好[，,！!]?\s*)?(?:欢迎|歡迎)(?:访问|訪問|光临|光臨|来到|來到)"
                             r"|(?:网站|网|網站|網)(?:欢迎|歡迎)您")
_WELCOME = re.compile(r"欢迎|歡迎|今天是|首页|官方网站|设为首页|加入收藏")
_BREADCRUMB = re.compile(r"^(?:当前位置|您现在的位置|您的位置|现在位置|所在位置|位置)\s*[:：]")


def site_names(root, title: str) -> list[str]:
    """The site's own name(s): the SiteName / og:site_name meta and the site-like <title> parts."""
    names = [_meta(root, "SiteName"), _meta(root, "og:site_name")]
    names += [p for p in _TITLE_SEP.split(title.strip()) if p and _site_like(p, "")]
    return [n for n in dict.fromkeys(names) if _cjk(n) >= 2]


def _chrome_line(line: str, sites: list[str], heading: str) -> bool:
    """A line of the page, not of the article: tools, breadcrumb, or the site's name as a banner."""
    s = line.strip()
    if _TOOL_WORDS.match(s) or _BREADCRUMB.match(s) or (len(s) <= 40 and _WELCOME_BANNER.search(s)):
        return True
    k = key(s)
    if k == key(heading):
        return False
    return any(k == key(n) or (key(n) in k and _WELCOME.search(s) and len(s) <= 40) for n in sites)


def split_info(text: str, sites: list[str] = (), heading: str = "", head_lines: int = 12,
               tail_lines: int = 6) -> tuple[str, InfoLine]:
    """(text without the page's own lines, the facts its info line gave).

    Among the first `head_lines` lines (above the article) go info lines (their date and 来源 are
    kept), breadcrumbs, tool lines (字号/打印/关闭/分享) and banners with the site's name; among
    the last `tail_lines`, tool lines. The article's own lines stay wherever they are.
    """
    lines = text.split("\n")
    published = publisher = ""
    keep: list[str] = []
    for i, line in enumerate(lines):
        head, tail = i < head_lines, i >= len(lines) - tail_lines
        if (head and _chrome_line(line, list(sites), heading)) or (tail and _TOOL_WORDS.match(line.strip())):
            continue
        info = parse_info_line(line) if head else None
        if info is not None:
            published = published or info.published
            publisher = publisher or info.publisher
            continue
        keep.append(line)
    return "\n".join(keep), InfoLine(published, publisher)


def meta_facts(root) -> InfoLine:
    """Publication date and body from the national 政府网站 meta tags (PubDate, ContentSource)."""
    from ingest.metadata import date_in

    return InfoLine(date_in(_meta(root, "PubDate", "publishdate", "article:published_time")),
                    _meta(root, "ContentSource", "source"))
