"""The layout lines of an official notice, as regexes built once from ingest/data/notice_layout.json.

A notice (通知, 实施意见, 工作方案, 会议通知) states much of what it says by layout rather than by
sentences: a title "关于召开E的通知" names the meeting, "地点：" its venue, "参会人员：" its
participants, "联系人：X处 王某" a person of an office, and the sign-off (issuer line, then a date
line) the body that convenes the meeting or releases the plan. The entity generator
(gen_notice.py) and the relation rules (relation_rules_notices.py) both read these patterns, so
the words live in one data file and are compiled here once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.components.candidate import CJK

PATH = Path(__file__).resolve().parent.parent / "data" / "notice_layout.json"


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Layout:
    """Compiled layout patterns (see the module docstring)."""

    words: dict
    meeting_title: re.Pattern  # group 1: the meeting's name (a leading year is left out)
    release_title: re.Pattern  # 关于印发《X》的通知: group 1 the released plan
    field: re.Pattern  # a "label：rest" line: group "label", group "rest"
    date_line: re.Pattern  # a sign-off date line (2023年5月6日, 二〇二三年五月六日)
    enum_opener: re.Pattern  # 一、 （二） 3. (matched at a line's start: no ^ anchor)
    contact_name: re.Pattern  # a person's name in a contact line, with its boundary
    class_after: re.Pattern  # "市政府各部门": words after a body that make it a class of bodies
    scheduled: re.Pattern  # "定于5月10日在X召开": the meeting follows the end of the match


@lru_cache(maxsize=1)
def layout() -> Layout:
    w = json.loads(PATH.read_text(encoding="utf-8"))
    year = r"(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:度)?"
    labels = (w["contact_labels"] + w["venue_labels"] + w["participant_labels"] + w["agenda_labels"]
              + w["lead_labels"] + w["assist_labels"] + w["sponsor_lead_labels"]
              + w["sponsor_participant_labels"])
    return Layout(
        words=w,
        meeting_title=re.compile(
            rf"关于(?:{_alt(w['meeting_verbs'])})(?:{year})?([^\n，。,]{{2,50}}?(?:{_alt(w['event_heads'])}))"
            rf"的(?:{_alt(w['notice_kinds'])})[ \t\u3000]*$"),
        release_title=re.compile(
            rf"关于(?:{_alt(w['release_verbs'])})(《[^》\n]{{2,60}}》)"
            rf"的(?:{_alt(w['notice_kinds'])})[ \t\u3000]*$"),
        field=re.compile(
            r"(?m)^[ \t\u3000]*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]?[ \t\u3000]*)?"
            rf"(?P<label>{_alt(labels)})[ \t\u3000]*[:：][ \t\u3000]*(?P<rest>[^\n]*)"),
        date_line=re.compile(
            r"^[ \t\u3000]*(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月"
            r"[\d一二三四五六七八九十]{1,3}日[ \t\u3000]*"
            r"(?:印发|发布|[（(][^）)\n]{0,8}[）)])?[ \t\u3000]*$"),
        enum_opener=re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、"
                               r"|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])"),
        contact_name=re.compile(
            rf"([{CJK}]{{2,4}}?)(?=同志|[ \t\u3000、，,（(：:；;。]|{_alt(w['contact_stops'])}|[\d]|$)"),
        class_after=re.compile(_alt(w["class_words"])),
        scheduled=re.compile(rf"(?:{_alt(w['schedule_cues'])})[^。；;\n]{{0,40}}?(?:{_alt(w['meeting_verbs'])})"),
    )


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of the text, white space at both ends left out, empty lines skipped.

    The notice rules ask for the lines of the same document several times: the last few
    answers are kept (a fresh list each time, so callers may change theirs).
    """
    got = _LINES.get(text)
    if got is None:
        if len(_LINES) >= 8:
            _LINES.pop(next(iter(_LINES)))
        got = _LINES[text] = _lines(text)
    return list(got)


_LINES: dict[str, list[tuple[int, int]]] = {}


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        a, b = pos, pos + len(raw)
        pos = b + 1
        while a < b and text[a] in " \t\u3000\r":
            a += 1
        while b > a and text[b - 1] in " \t\u3000\r":
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def title_line(text: str) -> tuple[int, int] | None:
    """The first non-empty line, if it reads as a notice title (ends with 通知/函 after 关于)."""
    ls = lines(text[:400])
    if not ls:
        return None
    a, b = ls[0]
    return (a, b) if "关于" in text[a:b] else None
