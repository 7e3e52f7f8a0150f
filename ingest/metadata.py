"""Document metadata that the text itself states: title, date, jurisdiction, genre, speaker, 文号.

Only what is written is returned; a field the text does not state stays "". The jurisdiction
matters most downstream: "市委" in a Longyan report becomes 龙岩市委 only if this module says the
document speaks for 龙岩, and an anonymised speech about "XX" must stay about "XX" (never guessed).

Place names come from cpca's bundled gazetteer (adcodes.csv: every province, city and county of
China), read directly with the csv module so that neither pandas nor cpca's matcher is imported.
Matching runs on `normalise.fold` text (same length), so traditional 大連 matches 大连; the
jurisdiction returned is the place's full name in simplified script (大连市, 兴安盟, 内蒙古自治区):
one spelling per place for the analyst's tables and filters, never a cut short form (兴安 alone is
also a county of Guangxi).
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick_rs

from ingest.normalise import fold
from ingest.textfold import strip_pinyin

_CJK = r"\u4e00-\u9fff"
_CJK_RE = re.compile(f"[{_CJK}]")

# ---------------------------------------------------------------------------------------------
# Lines: the header is what comes before the first paragraph of running text
# ---------------------------------------------------------------------------------------------


def _cjk_count(s: str) -> int:
    return len(_CJK_RE.findall(s))


def _is_body(line: str) -> bool:
    """A paragraph of running text, as opposed to a title, byline or date line."""
    n = _cjk_count(line)
    return n >= 40 or (n >= 15 and line.rstrip().endswith(("。", "！", "？", "；")))


def _split(text: str) -> tuple[list[str], list[str]]:
    """(header lines, all non-empty lines), both stripped; header = up to the first body line."""
    lines = [ln.strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    header: list[str] = []
    for ln in lines[:15]:
        if _is_body(ln):
            break
        header.append(ln)
    return header, lines


# ---------------------------------------------------------------------------------------------
# Genre and speaker
# ---------------------------------------------------------------------------------------------

_ADDRESS = re.compile(
    r"^(同志们|各位(领导|代表|委员|来宾|嘉宾|同志|同事|企业家)|尊敬的|女士们|先生们|同学们|战友们|老同志们)"
)
_GREETING_LINE = re.compile(r"^(同志们|各位.{0,10}|尊敬的.{0,30}|女士们.{0,10}|同学们|战友们)[：:，,！!]?$")
_DATELINE = re.compile(
    r"电\s*[（(]|\d{1,2}\s*日\s*电|记者|本报讯|[（(]\s*通讯员|日\s*消息\s*[（(]|新华社|中新网|央广网"
)
_SOURCE_WORDS = re.compile(r"来源|日期|发布时间|发布日期|时间[:：]|作者|浏览|点击|编辑|字号|分享|打印|关闭")


def _genre(header: list[str], lines: list[str], title: str, doc_number: str) -> str:
    first = lines[0] if lines else ""
    opening = lines[:3]
    if _ADDRESS.match(first) or any(_GREETING_LINE.match(ln) for ln in header):
        return "speech"
    if re.search(r"(讲话|致辞)$", title) and any(_ADDRESS.match(ln) for ln in opening):
        return "speech"
    if doc_number or "通知" in title or any("通知" in ln for ln in header if len(ln) <= 60):
        return "notice"
    head_text = "\n".join(lines)[:600]
    if _DATELINE.search(head_text):
        return "news"
    return "report"


_NAME = rf"[{_CJK}]{{2,4}}"
_SPEECH_TITLE = re.compile(rf"^(?:[{_CJK}]{{0,12}}?(?:书记|省长|市长|县长|区长|主任|部长|司令员|政委)\s*)?"
                           rf"({_NAME}?)(?:同志)?\s*在.{{2,60}}?上的(?:讲话|致辞|发言|报告)")
_SPEAKER_LINE = re.compile(
    rf"^[（(]?\s*(?:[{_CJK}]{{2,20}}?(?:书记|省长|市长|县长|区长|主任|部长|司令员|政委|主席))?"
    rf"\s*((?:[{_CJK}]\s*){{2,4}})\s*[）)]?$"
)
_SPEAKER_LABEL = re.compile(rf"(?:讲话人|发言人|主讲人)\s*[:：]\s*({_NAME})")


def _speaker(header: list[str], title: str) -> str:
    """The speaker of a speech when the header names one; "" otherwise (never guessed)."""
    for ln in header:
        if m := _SPEAKER_LABEL.search(ln):
            return m.group(1)
    if m := _SPEECH_TITLE.search(title):
        name = m.group(1)
        if name and not re.search(r"[市省县区委会]$", name):
            return name
    for ln in header:
        if ln == title or _GREETING_LINE.match(ln) or _date_in(ln):
            continue
        if (m := _SPEAKER_LINE.match(ln)) and not _SOURCE_WORDS.search(ln):
            name = re.sub(r"\s+", "", m.group(1))
            if not re.search(r"(讲话|会议|通知|报告|致辞|[市省县区委会局办])$", name):
                return name
    return ""


# ---------------------------------------------------------------------------------------------
# 文号 and issuer
# ---------------------------------------------------------------------------------------------

_WENHAO = re.compile(
    rf"([{_CJK}]{{1,14}})\s*([〔\[［【(（]\s*(?:19|20)\d{{2}}\s*[〕\]］】)）]\s*\d{{1,5}}\s*号)"
)
# where a 文号 prefix starts: after these words the run of CJK is the sentence, not the prefix
_PREFIX_CUT = re.compile(r".*(根据|按照|依据|印发|转发|关于|通知|文件|精神|的|了|和|及|与|见|是|为|《|》)")
_BODY_SUFFIX = re.compile(
    r"(人民政府|政府|办公厅|办公室|委员会|领导小组|委|局|厅|部|院|办|会|处|署|中心|军区|军分区|司令部|集团|公司)$"
)


def _doc_number(header: list[str], lines: list[str]) -> tuple[str, str]:
    """(文号 as written with its prefix, prefix) from the header or a line that is only a 文号.

    A 文号 cited in the body ("根据《…》（国办发〔2017〕91号）") is another document's, so only the
    header and stand-alone lines count.
    """
    candidates = header + [ln for ln in lines[:40] if len(ln) <= 30]
    for ln in candidates:
        for m in _WENHAO.finditer(ln):
            prefix = m.group(1)
            cut = _PREFIX_CUT.match(prefix)
            if cut:
                prefix = prefix[cut.end():]
            prefix = prefix[-10:]
            if not prefix:
                continue
            return prefix + m.group(2), prefix
    return "", ""


_SOURCE_LABEL = re.compile(rf"(?:来源|发布单位|发布机构|发文机关)\s*[:：]\s*([{_CJK}（）()]{{2,30}})(?:\s|$)")


def _issuer(header: list[str], lines: list[str], title: str, genre: str, prefix: str) -> str:
    """The issuing body: the title's "X关于…", a signature line near the end, 来源 (non-news), 文号 prefix."""
    if m := re.match(rf"^([{_CJK}（）()]{{3,40}}?)关于", title):
        if _BODY_SUFFIX.search(m.group(1)):
            return m.group(1)
    if genre == "notice":
        for ln in reversed(lines[-6:]):
            if len(ln) <= 30 and re.fullmatch(rf"[{_CJK}（）()]{{3,30}}", ln) and _BODY_SUFFIX.search(ln):
                return ln
    if genre != "news":
        for ln in header:
            # the value must end cleanly (space or end of line): "来源:福建日?/a>" is mojibake
            if m := _SOURCE_LABEL.search(ln):
                return m.group(1)
    return prefix


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(s: str) -> int:
    """Chinese numerals as written in 公文 dates and ordinals: 二〇一九 (digit by digit), 十七, 二十,
    三十一, 一百二十; Arabic digits as they are; -1 when `s` is not a number."""
    if s.isdigit():
        return int(s)
    if all(c in _CN_DIGITS for c in s):
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    if "百" in s:
        hundreds, _, rest = s.partition("百")
        h = _CN_DIGITS.get(hundreds, -1) if hundreds else 1
        r = cn_number(rest.lstrip("零〇")) if rest else 0
        return -1 if h < 0 or r < 0 else h * 100 + r
    if "十" in s:
        tens, _, units = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(units, 0) if units else 0)
    return -1


_YMD_CN = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_YMD_ISO = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?![\d])")
_DMY = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)")
_YMD_HANZI = re.compile(r"([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
                        r"\s*([一二三四五六七八九十]{1,3})\s*日")
_MD_DATELINE = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:电|讯|消息)")
_YM = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")


def _iso(y: int, m: int, d: int) -> str:
    if 1949 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return ""


def _date_in(s: str) -> str:
    """The first full date written in `s` (any of the forms Chinese sites use), as YYYY-MM-DD."""
    s = unicodedata.normalize("NFKC", s)  # full-width digits and punctuation
    found: list[tuple[int, str]] = []
    for m in _YMD_CN.finditer(s):
        found.append((m.start(), _iso(int(m[1]), int(m[2]), int(m[3]))))
    for m in _YMD_ISO.finditer(s):
        found.append((m.start(), _iso(int(m[1]), int(m[2]), int(m[3]))))
    for m in _DMY.finditer(s):
        day, month = int(m[1]), int(m[2])
        if month > 12 >= day:  # 01.17.2019 is month-first
            day, month = month, day
        found.append((m.start(), _iso(int(m[3]), month, day)))
    for m in _YMD_HANZI.finditer(s):
        found.append((m.start(), _iso(cn_number(m[1]), cn_number(m[2]), cn_number(m[3]))))
    found = [f for f in found if f[1]]
    return min(found)[1] if found else ""


date_in = _date_in  # public: ingest.portal reads 发布时间 lines with it


def _year_elsewhere(text: str, header: list[str]) -> int:
    """The document's year when a dateline gives only month and day ("1月17日电").

    Taken from a full date elsewhere in the text, else a year-and-month ("2019年1月"), else a year
    standing in the header. A bare "2015年底" in the body is a fact the article reports, not its
    date, so it is not used: better no date than a wrong one.
    """
    if full := _date_in(text):
        return int(full[:4])
    norm = unicodedata.normalize("NFKC", text)
    if m := _YM.search(norm):
        return int(m[1])
    for ln in header:
        if m := re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", unicodedata.normalize("NFKC", ln)):
            return int(m[1])
    return 0


# a law's enactment note: "(1999年10月22日…通过 2008年12月2日…修订 … 自2009年3月1日起施行)"
_ENACTMENT_NOTE = re.compile(r"^[（(].*(?:通过|修订|修正|公布)")
_IN_FORCE = re.compile(r"^\s*(?:起)?(?:施行|实施|生效)")
# a signature's date line, alone under the signing body (喀什地区征兵办公室 / 二〇一三年七月一日)
_DATE_ONLY = re.compile(r"[\d〇零○Ｏ一二三四五六七八九十年月日号\s\-/.]{6,20}")


def _enactment_date(line: str) -> str:
    """The latest adoption, revision or promulgation date of an enactment note (a 修正本's own date,
    not its first adoption), without the date it comes into force."""
    s = unicodedata.normalize("NFKC", line)
    found = []
    for m in _YMD_CN.finditer(s):
        if not _IN_FORCE.match(s[m.end():]):
            found.append(_iso(int(m[1]), int(m[2]), int(m[3])))
    return max((d for d in found if d), default="")


def _date(header: list[str], lines: list[str], text: str, genre: str) -> str:
    """Date of the document: header date, 成文日期 of a notice, dateline + year, lead-sentence date."""
    for ln in header:
        if _ENACTMENT_NOTE.match(ln) and (d := _enactment_date(ln)):
            return d
        if d := _date_in(ln):
            return d
    if genre == "notice":
        for ln in reversed(lines[-6:]):
            if len(ln) <= 20 and (d := _date_in(ln)):
                return d
    for i in range(len(lines) - 1, max(len(lines) - 4, 0), -1):  # a signature: body, then date
        ln = lines[i]
        if _DATE_ONLY.fullmatch(unicodedata.normalize("NFKC", ln)) and _BODY_SUFFIX.search(lines[i - 1]):
            if d := _date_in(ln):
                return d
    opening = "\n".join(lines[len(header): len(header) + 2])
    m = _MD_DATELINE.search(unicodedata.normalize("NFKC", "\n".join(header) + "\n" + opening[:120]))
    if m and (year := _year_elsewhere(text, header)):
        return _iso(year, int(m[1]), int(m[2]))
    first_body = lines[len(header)] if len(lines) > len(header) else ""
    if _ENACTMENT_NOTE.match(first_body) and (d := _enactment_date(first_body)):
        return d
    return _date_in(first_body[:40])


# ---------------------------------------------------------------------------------------------
# Title
# ---------------------------------------------------------------------------------------------

_TITLE_SEP = re.compile(r"\s*(?:_|\||｜|—{1,2}|–|-{1,2}|·)\s*")
_LABEL = re.compile(r"^(?:原标题|标\s*题|题\s*目|(?:信息|文件)?名\s*称)\s*[:：]\s*")


def _unlabel(line: str) -> str:
    """A title line without its label (原标题:, 原標題:, 题目:, 名称:), read on folded text."""
    m = _LABEL.match(fold(line))
    return line[m.end():] if m else line
# a line that is a dateline or byline, not a headline: 慶陽網訊(記者…)12月8日…, 特约记者 徐小平 通讯员 …
_BYLINE = re.compile(r"记者|通讯员|[讯电]\s*[（(【]|^【导语】|报道\s")
# a line the excerpt starts inside of: "-22日,…", "至17日,…", "”4日至6日,…"
_CUT_START = re.compile(r"^(?:[-—–~～”’」』》）)、，,.。;；]|至\s*\d)")
# site chrome: 主办单位, a site's welcome line, its navigation
_CHROME = re.compile(r"主办单位|承办单位|承建|单位地址|地址[:：]|欢迎您|返回主页|标题导航|资讯信息网"
                     r"|上一[期页篇]|下一[期页篇]|^□|[;；]"
                     r"|(?:摄|摄影|供图)$")  # 交流座谈会现场。陈华摄: a photo's caption


def _balanced(s: str) -> bool:
    """Whether quotes and title marks close: "以“奋斗新时代" and "落实《" are cut lines."""
    return s.count("“") == s.count("”") and s.count("《") == s.count("》")
_OFFICIAL_TITLE = re.compile(
    r"^.{0,40}关于.{2,80}的(?:通知|意见|决定|通报|批复|报告|函|方案|办法|规定|实施细则|公告|公示|通告|答复|提案|请示)$"
)
# a date glued to the end of a title line (a listed company's 公告 page: "…的公告2020-01-14")
_TRAILING_DATE = re.compile(r"\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*$")
# site chrome that is no title: a breadcrumb ("您当前的位置 : 每日甘肃网 > 酒泉 > 酒泉要闻")
_BREADCRUMB = re.compile(r"^(?:您?(?:当前|现在)?的?位置|当前位置)\s*[:：]|(?:\s[>»]\s?.*){2}|[>»]\s*[>»]")


def _title(header: list[str], hint: str) -> str:
    """The title: a header line that the HTML <title> confirms, else the first title-like line."""
    parts = [p for p in _TITLE_SEP.split(hint) if _cjk_count(p) >= 4] if hint else []
    folded_parts = [fold(p) for p in parts]
    for ln in header:
        cand = _unlabel(ln)
        if any(fold(cand) == p or (len(cand) >= 6 and fold(cand) in p) for p in folded_parts):
            return cand
    for i, ln in enumerate(header):  # an official document's own title line wins over its masthead
        ln = _TRAILING_DATE.sub("", _unlabel(ln))
        if _OFFICIAL_TITLE.search(ln) and not _WENHAO.search(ln):
            return ln
        # a title in two lines: "…关于北京航天国调创业投资基金(有限合伙)" / "增加有限合伙人的公告"
        nxt = header[i + 1] if i + 1 < len(header) else ""
        joined = _TRAILING_DATE.sub("", ln + nxt)
        if "关于" in ln and nxt and _OFFICIAL_TITLE.search(joined) and not _WENHAO.search(joined):
            return joined
    for i, ln in enumerate(header):
        cand = _unlabel(ln)
        if _BREADCRUMB.search(cand):
            continue
        # a mirror's suffix ("…北大门”-欧洲杯手机投注") when the next line is the title without it
        nxt = header[i + 1] if i + 1 < len(header) else ""
        if len(nxt) >= 6 and cand.startswith(nxt) and _TITLE_SEP.match(cand[len(nxt):]):
            cand = nxt
        if (
            _cjk_count(cand) >= 4
            and not cand.endswith("文件")  # masthead: 龙岩市人民政府办公室文件
            and len(cand) <= 80
            and not _GREETING_LINE.match(cand)
            and not _ADDRESS.match(cand)
            and not _SOURCE_WORDS.search(cand)
            and not _date_in(cand)
            and not _WENHAO.search(cand)
            and not re.match(r"^[•·\-*#>]", cand)
            and not _SECTION_HEADING.match(cand)
            and _cjk_count(cand) >= 0.4 * len(cand)
            and not cand.endswith(("：", ":", "。", "."))
            and not _BYLINE.search(fold(cand))
            and not _CUT_START.match(cand)
            and not _CHROME.search(cand)
            and _balanced(cand)
        ):
            return cand
    return parts[0] if parts else ""


# a section heading (一、征集对象, （二）, 第一章 总则): the excerpt starts inside a document
_SECTION_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|"
                              r"第[一二三四五六七八九十]{1,3}[章条节])")
_LEAD_DATELINE = re.compile(
    r"^(?:【导语】)?(?:(?:[^，,。]{0,24}?(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯|消息)|本报讯|讯)[】\]]?"
    r"\s*(?:[（(][^）)]{0,30}[）)])?"
    r"|[^，,。]{0,24}?[（(]\s*(?:记者|通讯员)[^）)]{0,30}[）)]"  # 神农架林区融媒体中心(记者易先骏)
    r"|[^，,。]{0,12}?记者\s*[^，,。\s:：]{2,8}\s*报道[:：]?)\s*){1,2}"  # 记者杨忠厚报道
)
_LEAD_TIME = re.compile(r"^(?:(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日"
                        r"(?:\s*[至—\-~～]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?(?:上午|下午|晚上|晚)?"
                        r"|\d{1,2}\s*月\s*(?:初|上旬|中旬|下旬|底)"
                        r"|近日|日前|近期|(?:今天|今日|昨天|昨日)(?:上午|下午|晚上)?|上午|下午)\s*[,，、]?\s*")
_LEAD_PURPOSE = re.compile(r"^(?:为|為|根据|按照|围绕|圍繞|依据|依據)")
_ORGANISED_BY = re.compile(r"^.*?(?:主办|承办|协办|主辦|承辦|協辦|指导|指導|举办|舉辦)的(?=.)")
_HEADLINE_MAX = 60


@lru_cache(maxsize=1)
def _headline_cues() -> re.Pattern[str]:
    path = resources.files("ingest.data").joinpath("headline_cues.txt")
    words = [w.strip() for w in path.read_text("utf-8").splitlines() if w.strip() and not w.startswith("#")]
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


# a lead clause that only reports how the news was learnt (…检察院在…中发现, 记者从…了解到), refers
# back to what the lead said (此次签署…的目的是…), or holds mojibake ("??谂e辦") is no headline
_NOT_HEADLINE = re.compile(
    r"(?:发现|了解到|获悉|得知|表示|指出|介绍|说)$|^(?:此次|这次|本次|这|该|其|上述|我们|咱们)|目的是|[?？�]|[\u4e00-\u9fff][A-Za-z]+[\u4e00-\u9fff]"
)
# an occasion the clause happened at ("在…年会上", "…之际"): the headline is the clause after it
_OCCASION = re.compile(r"^在.{2,60}?(?:上|中|期间|之际|时)$|^.{2,40}(?:之际|以来|前夕)$")


def _lead_title(lines: list[str]) -> str:
    """The headline of a news excerpt that lost its own: the lead's clause that says what happened.

    Taken as written from the first sentences of the first paragraph, without its dateline
    (中新网…电（记者）) and time word (28日, 近日): from the sentence's start to the clause with a
    news verb (召开, 揭牌, 开幕 …; ingest/data/headline_cues.txt) when that is short, else that
    clause alone without its "由…主办的" lead-in. "" when no clause says what happened: a scenic
    opening is no headline, and no title is better than a wrong one.
    """
    first = next((ln for ln in lines if _cjk_count(ln) >= 15), "")
    if not first or _ADDRESS.match(first) or (lines and _SECTION_HEADING.match(lines[0])):
        return ""
    cues = _headline_cues()
    # the dateline read on folded text (same length): 我國吉林網9月16日訊(記者…) is a dateline too
    first = strip_pinyin(first)
    dateline = _LEAD_DATELINE.match(fold(first))
    first = first[dateline.end():] if dateline else first
    for sentence in re.split(r"[。！？!]", first)[:3]:
        sentence = _LEAD_TIME.sub("", sentence.strip(), count=1)
        if _CUT_START.match(sentence):
            continue  # "至17日,…", "-22日,…": the excerpt starts inside a sentence
        start = 0
        for m in re.finditer(r"[^，,；;]+", sentence):
            clause = m.group(0).strip()
            if _OCCASION.match(clause) and start == 0:
                start = m.end()
                continue
            if _NOT_HEADLINE.search(fold(sentence[: m.end()].strip())):
                break
            if not cues.search(fold(clause)):
                continue
            whole = sentence[: m.end()].strip()
            if _cjk_count(_ORGANISED_BY.sub("", whole, count=1)) >= 6:
                whole = _ORGANISED_BY.sub("", whole, count=1)
            if len(strip_pinyin(whole)) <= _HEADLINE_MAX and not _LEAD_PURPOSE.match(whole) and start == 0:
                return whole
            clause = _LEAD_TIME.sub("", clause, count=1)
            short = _ORGANISED_BY.sub("", clause, count=1)
            fits = _cjk_count(short) >= 6 and len(strip_pinyin(short)) <= _HEADLINE_MAX
            if fits and not _LEAD_PURPOSE.match(short):
                return short
            start = m.end()
    return ""


# ---------------------------------------------------------------------------------------------
# Jurisdiction
# ---------------------------------------------------------------------------------------------

# Short forms of place names that are also everyday words ("加强合作" is not 合作市, "长治久安" is
# not 长治): such a place counts only when written in full (合作市, 长治市).
_AMBIGUOUS_SHORT = frozenset(
    "合作 东方 安宁 江山 长治 大同 白银 来宾 安康 朝阳 中山 普洱 龙井 日照 灯塔 保定 当阳 "
    "开封 仙桃 石首 赤壁 包头 阿里 河间 龙泉 大冶 凭祥 和田 宜都 信阳 海西 海东 海北 黄南 天长".split()
)
_RANK_PROVINCE, _RANK_CITY, _RANK_COUNTY = 0, 1, 2
_ADMIN_SUFFIX = re.compile(r"(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|地区|盟)$")


# (short name, rank) -> (full name as the table writes it, adcode): what a jurisdiction is given as
_FULL: dict[tuple[str, int], tuple[str, str]] = {}


def full_place(short: str, rank: int) -> tuple[str, str]:
    """(full name, adcode) of a place `place_mentions` found: 兴安 (city rank) -> 兴安盟, 鄂尔多斯 ->
    鄂尔多斯市, 新疆 -> 新疆维吾尔自治区; (short, "") for a name the table does not hold."""
    _gazetteer()
    return _FULL.get((short, rank), (short, ""))


@lru_cache(maxsize=1)
def _short_of_full() -> dict[str, str]:
    _gazetteer()
    out: dict[str, str] = {}
    for (short, _rank), (name, _code) in _FULL.items():
        out.setdefault(name, short)
    return out


def place_short(name: str) -> str:
    """The short name of a place's full name, as texts write it (延边朝鲜族自治州 -> 延边, 上海市 ->
    上海, 新疆维吾尔自治区 -> 新疆); `name` itself when it is no full name the table holds."""
    return _short_of_full().get(name, name)


def _inside(inner: tuple[str, int], outer: tuple[str, int]) -> bool:
    """Whether place `inner` lies inside place `outer` (both (short, rank)), by their adcodes."""
    code_in, code_out = full_place(*inner)[1], full_place(*outer)[1]
    if not code_in or not code_out or inner[1] <= outer[1]:
        return False
    return code_in.startswith(code_out[:2] if outer[1] == _RANK_PROVINCE else code_out[:4])


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[Any, dict[str, tuple[str, int]]]:
    """(matcher of every written form, form -> (short name, rank)) from cpca's bundled adcodes.csv.

    The matcher finds the leftmost-longest, non-overlapping forms (ahocorasick_rs), what a regex
    alternation of the forms, longest first, finds; that regex took ~0.2 s to compile, paid by the
    first document that asked for a place's level (tests/test_metadata_places.py compares both).

    Forms: the full name always; the short name (without 省/市/自治区/自治州/地区/盟 and ethnic
    names) for provinces, prefecture cities and county-level cities. County and district short
    forms are left out, as cpca itself does: without 县/区 they collide with ordinary words.
    """
    nations = resources.files("cpca.resources").joinpath("56_nations.csv").read_text("utf-8").split()
    ethnic = "|".join(sorted({n for n in nations if n} | {n[:-1] for n in nations if len(n) > 2},
                             key=len, reverse=True))
    suffix = re.compile(rf"(?:(?:{ethnic})*(?:特别行政区|自治区|自治州|自治县|自治旗)|省|市|地区|盟)$")
    raw = resources.files("cpca.resources").joinpath("adcodes.csv").read_text("utf-8")
    forms: dict[str, tuple[str, int]] = {}
    _FULL.clear()
    for row in csv.DictReader(io.StringIO(raw)):
        name, code = row["name"].strip(), row["adcode"][:6]
        if len(name) < 2 or name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        rank = (
            _RANK_PROVINCE if code.endswith("0000") else _RANK_CITY if code.endswith("00") else _RANK_COUNTY
        )
        short = suffix.sub("", name)
        if len(short) < 2:  # 内蒙古自治区, 西藏自治区: the ethnic name is the place's own name
            short = _ADMIN_SUFFIX.sub("", name)
        has_short = len(short) >= 2 and short != name and (rank < _RANK_COUNTY or name.endswith("市"))
        canonical = short if has_short else name
        _FULL.setdefault((canonical, rank), (name, code))
        for form in (name, short) if has_short and short not in _AMBIGUOUS_SHORT else (name,):
            if form not in forms or forms[form][1] > rank:
                forms[form] = (canonical, rank)
    matcher = ahocorasick_rs.AhoCorasick(sorted(forms), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return matcher, forms


# An anonymised place: XX / ** / X (as in "XX军分区", "驻X", "**县") ...
_PLACEHOLDER = re.compile(r"(?<![A-Za-z0-9])(X{1,3}|Ｘ{1,3}|x{2,3}|\*{2,3}|＊{2,3}|×{2,3})(?![A-Za-z0-9*＊])")
# ... but not a placeholder person or number ("**同志", "X司令员", "X连冠").
_NOT_PLACE_AFTER = re.compile(
    r"^(同志|司令员|政委|书记|市长|县长|区长|省长|主任|部长|局长|先生|女士|连冠|届|年|月|日|个|项|家|名|万|亿|号|次|人|波段|光|射线)"
)
_PLACE_AFTER = re.compile(r"^(市|县|区|省|州|军分区|军区|人武部|驻军|籍)")


def _placeholder(text: str) -> str:
    """The anonymised place a text talks about ("XX", "**", "X"), or "".

    It needs two place-like uses and at least one that is plainly a place ("XX军分区", "**县",
    "驻X"), so that an "X波段" radar or a lone "**同志" does not make a document anonymous.
    """
    counts: Counter[str] = Counter()
    plain = False
    for m in _PLACEHOLDER.finditer(text):
        after = text[m.end(): m.end() + 3]
        before = text[max(0, m.start() - 1): m.start()]
        if not (before and _CJK_RE.match(before)) and not (after and _CJK_RE.match(after[0])):
            continue  # "X" in Latin text or a formula, not a Chinese placeholder
        if _NOT_PLACE_AFTER.match(after):
            continue
        counts[m.group(1)] += 1
        plain = plain or bool(_PLACE_AFTER.match(after)) or before == "驻"
    if plain and sum(counts.values()) >= 2:
        return counts.most_common(1)[0][0]
    return ""


def _in_person_name(folded: str, s: int, form: str, short: str) -> bool:
    """Whether a place's short form at `s` is a person's given name: right after a one-character
    family name that follows a title (市委书记王永安, 政委张海城中将: 永安, 海城 are county-level
    cities' short forms), so the document is not about that place."""
    if form != short or s < 2:
        return False
    from ingest.components.lexicon import lexicon, title_words

    return folded[s - 1] in lexicon().surnames1 and folded.endswith(title_words("person"), 0, s - 1)


# district names that are also plain words (城区: "the urban area"); the city they belong to is
# written with them when they are meant
_GENERIC_DISTRICTS = frozenset(("城区", "东区", "西区", "矿区", "郊区"))
# what stands before a county-level place written in two characters: a boundary, a higher place's
# suffix or a function word (在福清, 赴巩义, 甘肃省徽县, 中共云县委, 的温县); anything else makes it a word's
# part (结合山东: 合山, 提高平战: 高平, 宣扬中国: 扬中, 坚如磐石: 磐石, 示范县: 范县, 党委和县委: 和县)
_BEFORE_PLACE = set("省市区县州盟旗在赴到至往于和与及同对向从驻为是的共、，,。；;：:（(“\"《 \n\t")


def _in_word(folded: str, s: int, form: str, rank: int) -> bool:
    """Whether a place found at `s` is part of another word, not the place: a two-character county
    -level form inside a word, a generic district name, a city named for a former military region
    (沈阳军区, 兰州军区: the region's command, not the city)."""
    if form in _GENERIC_DISTRICTS:
        return True
    if rank == _RANK_CITY and folded.startswith("军区", s + len(form)):
        return True
    return rank == _RANK_COUNTY and len(form) == 2 and s > 0 and folded[s - 1] not in _BEFORE_PLACE


def place_mentions(text: str, names: bool = True) -> list[tuple[int, str, str, int]]:
    """Every place written in `text`: (offset, surface as written, short name, rank). `names`
    False: without a short form that is a person's given name after a title and a family name
    (_in_person_name) or a place inside a word (_in_word), for telling what the document is about."""
    matcher, forms = _gazetteer()
    folded = fold(text)
    out = []
    end = -1
    for _i, s, e in matcher.find_matches_as_indexes(folded) if folded else ():
        form = folded[s:e]
        short, rank = forms[form]
        chained, end = s == end, e  # 山东冠县: a place right after another is no word's part
        if not names and (_in_person_name(folded, s, form, short)
                          or (not chained and _in_word(folded, s, form, rank))):
            continue
        surface = text[s: s + len(short)] if form.startswith(short) else form
        out.append((s, surface, short, rank))
    return out


def _jurisdiction(text: str, title: str, header: list[str], lines: list[str]) -> str:
    """The city or province a document speaks for: the place most named in its title and first
    lines (title counts three times; the rest of the text breaks ties), unless it is anonymised.

    When "全市/我市/市委" outnumber "全省/我省/省委", a city wins a tie against a province; a place
    inside the winner named about as often wins over it (甘肃省徽县 is about 徽县). Returned as the
    place's full name (鄂爾多斯 -> 鄂尔多斯市).
    """
    if ph := _placeholder(text):
        return ph
    # a pinyin gloss inside a name (西夏區(qū)) hides the place: read the text without them
    title, text = strip_pinyin(title), strip_pinyin(text)
    head = strip_pinyin("\n".join(lines[: len(header) + 3])[:600])
    scores: Counter[str] = Counter()
    ranks: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    # the body only breaks ties, and its first 20,000 characters are plenty for that
    in_title: Counter[str] = Counter()
    chains: set[tuple[str, str]] = set()  # (outer, inner) written as one in the title: 甘肃省徽县
    for weight, part in ((3.0, title), (1.0, head), (0.1, text[:20_000])):
        prev: tuple[int, str, int] | None = None
        for pos, _surf, short, rank in place_mentions(part, names=False):
            scores[short] += weight
            in_title[short] += weight == 3.0
            if weight == 3.0 and prev and pos - prev[0] <= len(full_place(prev[1], prev[2])[0]):
                chains.add((prev[1], short))
            prev = (pos, short, rank)
            ranks[short] = rank
            first_seen.setdefault(short, pos if weight == 3.0 else 10_000 + pos)
    if not scores:
        return ""
    city_words = len(re.findall(r"全市|我市|市委|市政府", text))
    province_words = len(re.findall(r"全省|我省|省委|省政府", text))
    preferred = _RANK_CITY if city_words > province_words else _RANK_PROVINCE

    def rank_key(short: str) -> tuple[float, bool, int]:
        return (round(scores[short], 3), ranks[short] == preferred, -first_seen[short])

    best = max(scores, key=rank_key)
    # 甘肃省徽县…, 黑龙江省鸡西市…: a place inside the winner, named about as often, is what the
    # document is about (the province only says where that place is); inside a city named in the
    # title, a county also needs to be written with it there (湖北襄阳, 银川市西夏区) or nearly the
    # city's count (来宁波调研 …余姚市… stays 宁波, 襄阳市高新区…、樊城区… stays 襄阳)
    inner = [s for s in scores
             if _inside((s, ranks[s]), (best, ranks[best]))
             and (scores[s] >= 0.9 * scores[best]
                  or (scores[s] >= 0.75 * scores[best]
                      and (ranks[best] == _RANK_PROVINCE or not in_title[best] or (best, s) in chains)))]
    if inner:
        best = max(inner, key=rank_key)
    return full_place(best, ranks[best])[0]


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def extract_metadata(text: str, path: str | os.PathLike[str] | None = None, *, title: str = "") -> dict:
    """Metadata the text states, as a dict of Document fields (all str, "" when not stated).

    `title` is a candidate from outside the text (an HTML <title>); it is used when a header line
    confirms it, or when the text has no title-like line. `path` is accepted for context (e.g. an
    error message) but never used to guess: a file name is not a statement of the document.
    """
    header, lines = _split(text)
    doc_title = _title(header, title)
    doc_number, prefix = _doc_number(header, lines)
    genre = _genre(header, lines, doc_title, doc_number)
    if not doc_title and genre != "speech":
        doc_title = _lead_title(lines)
    doc_title = strip_pinyin(doc_title)  # 召開(kāi)議軍會(huì )議: the glosses are no part of the title
    doc_title = re.sub(r"(?:\s*[|｜_])+\s*$", "", doc_title)  # "…事务工作 |": a site's separator
    return {
        "title": doc_title,
        "date": _date(header, lines, text, genre),
        "jurisdiction": _jurisdiction(text, doc_title, header, lines),
        "genre": genre,
        "speaker": _speaker(header, doc_title) if genre == "speech" else "",
        "issuer": _issuer(header, lines, doc_title, genre, prefix),
        "doc_number": doc_number,
    }
