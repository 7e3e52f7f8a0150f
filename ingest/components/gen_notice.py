"""Generators `notice_meetings` and `contact_persons`: names a notice gives by its layout.

- A meeting notice's title "[issuer]关于召开/举办E的通知" names the meeting E (an Event, a leading
  year left out: 关于举办2024年青山市国防教育培训班的通知 → 青山市国防教育培训班). Proposed before the
  title-line generator, so the title is not read as a Policy: a meeting notice is no plan.
- A contact line "联系人：[office] 王某，电话…" names a person; the office before the name is found by
  its head word (an earlier stage), so this generator runs after those and skips it.

- Filter `distributed_classes`: in a list opened by 各 ("各乡镇人民政府、街道办事处：", an addressee
  line or a duty list), 各 distributes over every item, so an item that opens with a class word
  (街道, 乡镇, 市直 …) names a class of bodies, not one body.

The layout words are data (ingest/data/notice_layout.json, compiled in notice_layout.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.components.candidate import Cand
from ingest.components.gen_event_names import SCOPES
from ingest.components.name_context import NameContext
from ingest.components.notice_layout import layout, title_line
from ingest.textfold import view_fold


def notice_meetings(ctx: NameContext, t: str) -> list[Cand]:
    span = title_line(t)
    if span is None:
        return []
    a, b = span
    m = layout().meeting_title.search(t, a, b)
    if not m:
        return []
    a, b = m.start(1), m.end(1)
    # 关于召开全市…工作会议: keyed like scoped_events' mentions (without 全市), so the title and
    # the body's 召开全市…工作会议 name one event
    scope = next((w for w in SCOPES if t.startswith(w, a) and b - a - len(w) >= 4), "")
    return [Cand(a, b, "Event", "rule:notice:meeting_title", 0.7, priority=2,
                 key=t[a + len(scope):b] if scope else "")]


def _is_name(ctx: NameContext, w: str) -> bool:
    """A contact's name: a known surname and a given name of one or two characters."""
    lx = ctx.lex
    if len(w) >= 3 and w[:2] in lx.surnames2:
        return len(w) <= 4
    return w[0] in lx.surnames1 and len(w) <= 3


def contact_persons(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """Persons in 联系人 lines: after the label and after any office named there, split by 、 or spaces."""
    if "联系" not in t:
        return _phone_line_contacts(ctx, t, [])
    lay = layout()
    out: list[Cand] = []
    taken = sorted((c.start, c.end) for c in chosen)
    fields = [m for m in lay.field.finditer(t) if m.group("label") in lay.words["contact_labels"]]
    fields += list(_contact_mid_line(lay).finditer(t))  # …报送我委。 联系人：…
    for m in fields:
        i, end = m.start("rest"), m.end("rest")
        while i < end:
            ends = [e for s, e in taken if s == i]
            if ends:  # an office (or a person already found): skip it
                i = max(ends)
            elif t[i] in " \t\u3000、，,；;：:":
                i += 1
            else:
                nm = _PADDED_NAME.match(t, i, end)  # 邱 山: a two-character name padded to three
                if not (nm and nm.group(1)[0] in ctx.lex.surnames1):
                    nm = lay.contact_name.match(t, i, end)
                if nm and _is_name(ctx, nm.group(1).replace(" ", "").replace("\u3000", "")) \
                        and not any(s < nm.end(1) and i < e for s, e in taken):
                    out.append(Cand(nm.start(1), nm.end(1), "Person", "rule:notice:contact", 0.7, priority=1))
                    i = nm.end(1)
                else:
                    break  # a phone number, an e-mail, words: the contact part is over
        out += _next_line_contacts(ctx, t, end)
    return out + _phone_line_contacts(ctx, t, out)


# ent19: a line that opens with a name and then its phone label (甲 某 电话/传真:010-…, 乙某某 电 话:…),
# under a contact heading the page garbled or left out (READ u16)
_NAME_PHONE_LINE = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])"
                              r"[ \t\u3000]+(?:电[ \u3000]*话|電[ \u3000]*話|手机|手機|传真|傳真)", re.M)


def _phone_line_contacts(ctx: NameContext, t: str, found: list[Cand]) -> list[Cand]:
    """Persons on lines that open with a name and its phone label (no contact label needed)."""
    if "话" not in t and "話" not in t and "手机" not in t:
        return []
    have = {c.start for c in found}
    out = []
    for m in _NAME_PHONE_LINE.finditer(t):
        w = view_fold(m.group(1).replace(" ", "").replace("\u3000", ""))  # (馮敬選: a traditional page)
        if m.start(1) not in have and _is_name(ctx, w) and not ctx.lex.is_common_word(w, 50):
            out.append(Cand(m.start(1), m.end(1), "Person", "rule:notice:contact", 0.7, priority=1))
    return out


# a two-character name padded to the width of three (邱 山), closed by a space, a digit or the line end
_PADDED_NAME = re.compile(r"([\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])(?=[ \t\u3000\d，,]|$)", re.M)
# a contact line under the first: a name, then its phone number (王某，010-…)
_NAME_THEN_PHONE = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff]{2,3})[ \t\u3000，,、：:]*(?=[\d(（+])")


def _contact_mid_line(lay) -> re.Pattern:
    """A contact label after a sentence's end on the same line (…报送我委。 联 系 人：…)."""
    return _contact_mid_line_of(tuple(lay.words["contact_labels"]))


@lru_cache(maxsize=4)
def _contact_mid_line_of(labels_list: tuple[str, ...]) -> re.Pattern:
    labels = "|".join(sorted(map(re.escape, labels_list), key=len, reverse=True))
    return re.compile(rf"(?<=[。；;])[ \t\u3000]*(?P<label>{labels})[ \t\u3000]*[:：][ \t\u3000]*"
                      r"(?P<rest>[^\n]*)")


def _next_line_contacts(ctx: NameContext, t: str, end: int) -> list[Cand]:
    """Contacts on the lines right under a contact line, each a name then a phone number."""
    out = []
    while end < len(t) and t[end] == "\n":
        m = _NAME_THEN_PHONE.match(t, end + 1)
        if not (m and _is_name(ctx, m.group(1))):
            break
        out.append(Cand(m.start(1), m.end(1), "Person", "rule:notice:contact", 0.7, priority=1))
        nl = t.find("\n", m.end())
        end = nl if nl >= 0 else len(t)
    return out


_CLAUSE = re.compile(r"[^，,；;。：:\n]+")
_CLAUSE_MARKS = frozenset("，,；;。：:\n")  # (the characters _CLAUSE stops at)
_CLAUSE_MARK = re.compile(r"[，,；;。：:\n]")
_LEADING_SPACE = frozenset(" \t\u3000")  # (what distributed_classes strips off a clause's front)


def distributed_classes(t: str, chosen: list[Cand]) -> list[Cand]:
    """Drop class nouns inside a 各-list ("各乡镇人民政府、街道办事处" → no 街道办事处)."""
    if "各" not in t:
        return chosen
    starts = tuple(layout().words["class_noun_starts"])
    drop: set[int] = set()
    # the clauses (runs between the marks of _CLAUSE) whose first character after leading spaces
    # is 各: found from each 各 (few) back over the spaces to a mark or the text's start, not by a
    # step for every clause of the text (speed13; the same clauses as _CLAUSE.finditer's)
    a = t.find("各")
    while a >= 0:
        q = a
        while q > 0 and t[q - 1] in _LEADING_SPACE:
            q -= 1
        if q == 0 or t[q - 1] in _CLAUSE_MARKS:
            m = _CLAUSE_MARK.search(t, a)
            end = m.start() if m is not None else len(t)
            drop |= {id(c) for c in chosen if a <= c.start and c.end <= end
                     and c.type != "Location" and t.startswith(starts, c.start)}
        a = t.find("各", a + 1)
    return [c for c in chosen if id(c) not in drop] if drop else chosen
