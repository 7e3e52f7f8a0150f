"""Generators for event names whose words the head-word rule leaves out.

- `attendee_events`: 青山军工企业负责人迎春座谈会. The head-word rule stops its left extension at
  负责人 (elsewhere an attendee noun ends a name's context: 企业负责人出席), which leaves
  迎春座谈会. When such a noun stands right before an Event found by its head word, the name
  extends over it and the modifier before it (`rule:event:attendees`).
- `joined_topic_events`: 青山建设和军民融合发展座谈会. An event's name may join two topics by 和/与;
  the head rule stops at the conjunction (a stop everywhere else), which leaves the second topic
  only. When the word before 和/与 ends a topic (建设, 发展, 改革 …), the name extends over the first
  topic too (`rule:event:topics`).
- `listed_topic_events`: 东川省军民融合产品、技术、资本合作推进大会, 青山—白水商业航天、智能装备产业
  合作恳谈会. An event's name may list its topics with 、 before the shared head; the head rule
  stops at the list comma, which leaves the last topic only. Over short topic items (no name but a
  place chosen in them, no head word or number closing them: 二中、三中全会 and 座谈会、交流会 are
  conjuncts of names, not topics), the name extends to the first topic and the place before it,
  past a year (`rule:event:listed`; READ u76, u91, u110).
- `act_events`: 青山县人武部党委第一书记任职宣布大会. The act a meeting is held for (任职宣布,
  任职命令宣布) holds the stop word 宣布, so the head rule finds no name; before 大会/会议 the name
  takes the act and the post or body before it (`rule:event:act`).
- `lead_events`: 争创“全国双拥模范城”动员大会, 全县创建省级双拥模范县动员大会, 青山县宣布某部命令大会;
  a discussion opened by a verb of promoting (加强…座谈会, 深入推进…研讨会: ent59).
  A mobilisation or order meeting is named by the drive or the order it is held for; the verb that
  opens it (争创, 创建, 宣布) is a stop word, which leaves the title or the body alone before the
  head. The name extends over the verb and a scope word or the place chosen right before it
  (`rule:event:lead`).
- `scoped_events`: 全市国防动员工作会议. The scope word (全市, 全省 …) is a deictic the head rule
  drops; the mention keeps it and is keyed to the form without it, so both forms name one event
  (`rule:event:scope`; the GUIDELINES keep 全省… forms as aliases).
- `session_events`: 东川省军区党委十一届三次全体(扩大)会议, 中共青山市委五届二次全会. A committee's
  session named by its term and sitting: the stop word 全体 (or the stop character 全) and the
  bracketed (扩大) cut the head rule's name short or drop it. The name runs from the body chosen
  right before the numbers (with its 党委 and a 中共 before it) to the head (`rule:event:session`).
- `termed_sessions`: 十九届青山市委军民融合发展委员会第一次全体会议, 东川省第五届人民代表大会第二次
  会议. A sitting numbered within a term: the term (N届) opens the name, the body and its sitting
  (第N次(全体)会议) follow. The head rule stops at the term (a number word) and at the body's head
  (代表大会 is an Event head of its own), which leaves the sitting without its term or the term's
  body without its sitting. The name runs from the term (or a place chosen right before it) to
  会议 (`rule:event:term`).
- `enlarged_sittings`: 青山警备区党委全体(扩大)会议, 东川省国防动员委员会第二次全体(扩大)会议,
  北山军分区全委扩大会议. An enlarged plenary sitting named by its body alone (no term): the
  bracketed (扩大) leaves the head rule a bare (扩大)会议. The name runs from the body chosen right
  before it (with its 党委, a 中共 or a 全市 scope before it) to 会议 (`rule:event:enlarged`).
- `numbered_days`: 第12个全民植树日, 第8个“青山科技日”, 第5个东川国防教育日宣传教育活动. A day observed
  year after year, named with its count (第N个 … 日, quoted or not), is an Event; an education
  campaign held for it (…日(宣传)教育活动) is part of the name. No head word closes it (日 is none),
  and a festival (…节) is no such day (`rule:event:day`).
- `joined_events`: 青山警备区党委五届二次全体(扩大)会议暨国防动员工作述职会议, 校企合作交流会暨人才培养协议
  签约仪式. Two sittings held as one are one event named with 暨; the head rule joins two of its own
  names only, so a first name from another rule (a session) or a second the head filters reject on
  its own (a signing named by its agreement) is left apart. After an Event chosen right before 暨,
  the name runs to the last event head of the clause's next words, where the clause goes on with a
  verb or a mark (`rule:event:joined`).
The words are data: ingest/data/event_words.tsv. The resolver keeps the longer span.
"""

from __future__ import annotations

import re

from ingest.components.candidate import Cand, is_cjk
from ingest.components.gen_heads import after_dates
from ingest.components.lexicon import kind_words
from ingest.components.name_context import NameContext
from ingest.components.name_rules import EVENT_WORD_KINDS, HEAD_INFO, ORG_TYPES, STOP_CHARS
from ingest.components.prefilter import Prefiltered

_WORDS = kind_words("event_words.tsv", EVENT_WORD_KINDS)
ATTENDEES = _WORDS["attendee"]
SCOPES = _WORDS["scope"]
TOPIC_ENDS = _WORDS["topic"]
ACTS = _WORDS["act"]
LEADS = _WORDS["lead"]
LEAD_HEADS = _WORDS["lead_head"]
TOPIC_LEADS = _WORDS["topic_lead"]
TOPIC_LEAD_HEADS = _WORDS["topic_lead_head"]
LIST_JOINTS = _WORDS["list_joint"]
NOT_TOPIC_ENDS = _WORDS["not_topic"]
_ACT_HEADS = ("大会", "会议")


def attendee_events(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    out = []
    for c in chosen:
        if c.type != "Event" or not c.source.startswith("rule:head"):
            continue
        word = next((w for w in ATTENDEES if t.endswith(w, 0, c.start)), "")
        if not word:
            continue
        ms = c.start - len(word)
        start, _ = ctx.left_extend(t, ms, c.end)
        start = ctx._drop_leading_words(t, ctx._trim_left(t, start, ms), ms)
        start = after_dates(ctx, t, start, ms)
        if ms - start < 2:
            continue  # 代表座谈会 alone: no modifier that makes it a name
        out.append(Cand(start, c.end, "Event", "rule:event:attendees", c.confidence, c.priority))
    return out


def joined_topic_events(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    out = []
    for c in chosen:
        if c.type != "Event" or not c.source.startswith("rule:head") or c.start < 3 \
                or t[c.start - 1] not in "和与":
            continue
        if not any(t.endswith(w, 0, c.start - 1) for w in TOPIC_ENDS):
            continue
        ms = c.start - 1
        start, _ = ctx.left_extend(t, ms, c.end)
        start = ctx._drop_leading_words(t, ctx._trim_left(t, start, ms), ms)
        if ms - start >= 4:  # a whole first topic (a subject and its noun), not the noun alone
            out.append(Cand(start, c.end, "Event", "rule:event:topics", c.confidence, c.priority))
    return out


# a topic item of an event's name listed with 、: a few characters, no number word (二中、三中全会)
_TOPIC_ITEM_MAX = 8
_FIRST_ITEM_MAX = 20
_NUMBER_CHARS = frozenset("0123456789一二三四五六七八九十第次届")
_LEADING_YEAR = re.compile(r"(?:19|20)\d\d年度?")


def listed_topic_events(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """An event found by its head right after 、: its name lists its topics (see the module's doc)."""
    out = []
    if "、" not in t:
        return out
    taken = bytearray(len(t) + 1)
    for k in chosen:
        if k.type != "Location":  # (a place opens the first topic: 东川省军民融合产品、…)
            taken[k.start:k.end] = b"\x01" * (k.end - k.start)
    for c in chosen:
        if c.type != "Event" or not c.source.startswith("rule:head") or t[c.start - 1:c.start] != "、" \
                or not any(w in t[c.start:c.end] for w in LIST_JOINTS):
            continue
        pos = c.start
        while t[pos - 1:pos] == "、":
            i, _hard = ctx.left_extend(t, pos - 1, pos - 1)
            i = ctx._drop_leading_words(t, ctx._trim_left(t, i, pos - 1), pos - 1)  # (贯彻执行|全国、)
            item = t[i:pos - 1]  # (the first item may carry the year, place and scope before the topic)
            m = _LEADING_YEAR.match(item)
            item = item[m.end():] if m else item
            most = _TOPIC_ITEM_MAX if t[i - 1:i] == "、" else _FIRST_ITEM_MAX
            if not 1 <= len(item) <= most or any(taken[i:pos - 1]) \
                    or _NUMBER_CHARS.intersection(item) or not _topic_item(ctx, item):
                break
            pos = i
        if pos == c.start:
            continue
        start = ctx._drop_leading_words(t, ctx._trim_left(t, pos, c.start), c.start)
        m = _LEADING_YEAR.match(t, start)
        start = m.end() if m else start
        if t[start:start + 1] != "、":
            out.append(Cand(start, c.end, "Event", "rule:event:listed", c.confidence, c.priority))
    return out


def _topic_item(ctx: NameContext, item: str) -> bool:
    """Can `item` be a topic listed in an event's name: no quote, scope, bare level or place, and no
    name's head word or activity (座谈会、…, 飞行演示、…, 全国、全省…会, 自治区、新疆军区…) closing it?"""
    return not ("“" in item or '"' in item or item in SCOPES or item in ("全国", "自治区")
                or ctx._is_place(item) or item.endswith(NOT_TOPIC_ENDS)
                or any(item.endswith(h) for h in HEAD_INFO))


def act_events(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    out = []
    if "宣布" not in t:
        return out
    for w in ACTS:
        i = t.find(w)
        while i >= 0:
            e = i + len(w)
            head = next((h for h in _ACT_HEADS if t.startswith(h, e)), "")
            if head:
                start, _ = ctx.left_extend(t, i, e + len(head))
                start = ctx._drop_leading_words(t, ctx._trim_left(t, start, i), i)
                if i - start >= 4:  # whose appointment: a post or a body, not 任职宣布大会 alone
                    out.append(Cand(start, e + len(head), "Event", "rule:event:act", 0.7, 2))
            i = t.find(w, e)
    return out


def _lead_verb(t: str, c: Cand) -> str:
    """The verb right before the event that opens its name: a drive's or an order's before a lead_head
    (创建…动员大会), or one of promoting before a discussion's head (加强…座谈会, 深入推进…研讨会:
    the discussion's topic; ent59); "" when none."""
    if t.endswith(LEAD_HEADS, 0, c.end):
        return next((w for w in LEADS if t.endswith(w, 0, c.start)), "")
    if t.endswith(TOPIC_LEAD_HEADS, 0, c.end):
        return next((w for w in TOPIC_LEADS if t.endswith(w, 0, c.start)), "")
    return ""


def lead_events(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    out = []
    place_at = {c.end: c.start for c in chosen if c.type == "Location"}
    for c in chosen:
        if c.type != "Event":
            continue
        verb = _lead_verb(t, c)
        if not verb:
            continue
        s = c.start - len(verb)
        if t[s - 2:s] in SCOPES:
            s -= 2  # 全县创建…动员大会: the scope word stays in the name
        else:
            s = place_at.get(s, s)  # 青山县宣布…命令大会: the place holding it
        out.append(Cand(s, c.end, "Event", "rule:event:lead", c.confidence, c.priority))
    return out


def scoped_events(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    out = []
    for c in chosen:
        if c.type == "Event" and c.start >= 2 and t[c.start - 2:c.start] in SCOPES:
            out.append(Cand(c.start - 2, c.end, "Event", "rule:event:scope", c.confidence, c.priority,
                            key=c.key or t[c.start:c.end]))
    return out


# 党委十一届三次全体(扩大)会议, 十三届十五次全委扩大会议, 五届二次全会: term, sitting, plenary, enlarged
_NUM = "[一二三四五六七八九十]{1,3}"
# (both open with optional parts, so re tried them at every position of a document: Prefiltered
# tries them only where one of their first characters stands; same matches)
SESSION_RE = Prefiltered(re.compile(r"(?:党委|党组|委员会)?第?" + _NUM + r"届第?" + _NUM + r"次(?:全体|全委)?"
                                    r"(?:[(（]扩大[)）]|扩大)?(?:会议|全会)"))


# 十九届…委员会第一次全体会议, 第五届人民代表大会第二次会议: a term, the body, its sitting
TERM_SESSION_RE = Prefiltered(re.compile(r"第?" + _NUM + r"届[^，。,、；;：:\n“”《》()（）]{2,24}?"
                                         r"(?:委员\s?会|代表大会|人大)第" + _NUM + r"次(?:全体)?会议"))


def termed_sessions(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    if "届" not in t:
        return []
    place_at = {c.end: c.start for c in chosen if c.type == "Location"}
    out = []
    for m in TERM_SESSION_RE.finditer(t):
        s = place_at.get(m.start(), m.start())  # 东川省第五届…: the place whose assembly it is
        # the head rule's 东川省第五届人民代表大会, cut at its own head: its place comes along
        s = min([s] + [c.start for c in chosen
                       if c.type == "Event" and c.start < m.start() < c.end <= m.end()])
        out.append(Cand(s, m.end(), "Event", "rule:event:term", 0.75, priority=2))
    return out


def session_events(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    if "届" not in t:
        return []
    body_at = {c.end: c.start for c in chosen if c.type in ORG_TYPES}
    out = []
    for m in SESSION_RE.finditer(t):
        s = body_at.get(m.start(), -1)
        if s < 0:
            left = t[m.start() - 1:m.start()]
            if left and is_cjk(left) and left not in STOP_CHARS and not any(
                    t[m.start() - k:m.start()] in ctx.stop_words for k in (2, 3, 4)):
                continue  # the numbers follow words that are no body chosen: leave them
            s = m.start()
        elif t.endswith("中共", 0, s):
            s -= 2
        out.append(Cand(s, m.end(), "Event", "rule:event:session", 0.75, priority=2))
    return out


# (第二次)全体(扩大)会议, 全委扩大会议: an enlarged plenary sitting of the body named before it
# (an optional opening: tried only where its first characters stand, speed12)
ENLARGED_RE = Prefiltered(re.compile(r"(?:第" + _NUM + r"次)?(?:全体|全委)(?:[(（]扩大[)）]|扩大)会议"))


def enlarged_sittings(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    if "扩大" not in t:
        return []
    body_at = {c.end: c.start for c in chosen if c.type in ORG_TYPES}
    out = []
    for m in ENLARGED_RE.finditer(t):
        b = m.start() - 2 if t.endswith(("党委", "党组"), 0, m.start()) else m.start()
        s = body_at.get(b, body_at.get(m.start(), -1))
        if s < 0:
            s = _unchosen_body(ctx, t, b)
        if s < 0:
            continue  # no body named right before: a sitting of a kind, or numbers a term rule reads
        if t.endswith("中共", 0, s):
            s -= 2
        key = ""
        if t[s - 2:s] in SCOPES:  # 全市国防动员委员会全体(扩大)会议: keyed to the form without 全市
            key, s = t[s:m.end()], s - 2
        out.append(Cand(s, m.end(), "Event", "rule:event:enlarged", 0.75, priority=2, key=key))
    return out


def _unchosen_body(ctx: NameContext, t: str, end: int) -> int:
    """Start of a body's name closed by an organ's head word right at `end` though no body was
    chosen there (全市国防动员委员会: a scoped body the head rule leaves), else -1."""
    start, _ = ctx.left_extend(t, end, end)
    name = t[start:end]
    if len(name) >= 4 and any(name.endswith(h) and HEAD_INFO[h][0] in ORG_TYPES and len(name) > len(h)
                              for h in ("委员会", "党委", "党组", "军分区", "警备区", "省军区")):
        return start
    return -1


# 第12个全民植树日, 第8个“青山科技日”(宣传教育活动): the count of a day observed year after year
NUMBERED_DAY_RE = Prefiltered(re.compile(
    r"第(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})个"
    r"(?:“[\u4e00-\u9fff]{3,10}日”|[\u4e00-\u9fff]{3,10}?日(?![期子]))(?:(?:宣传)?教育活动)?"))


def numbered_days(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    if "个" not in t:
        return []
    return [Cand(m.start(), m.end(), "Event", "rule:event:day", 0.7, priority=2)
            for m in NUMBERED_DAY_RE.finditer(t)]


# event head words of heads.tsv, longest first: what may close the second name after 暨
_EVENT_HEADS = tuple(sorted((h for h, (typ, _) in HEAD_INFO.items() if typ == "Event"),
                            key=len, reverse=True))
# what may follow a whole event name in its clause: a mark, or the verb or place phrase of the clause
_AFTER_EVENT = re.compile(r"[，,。；;、：:！!？?\s（(]|$|在|于|於|召开|召開|举行|舉行"
                          r"|开幕|開幕|隆重|顺利|順利|上|期间|期間")
_JOIN_SPAN = 40  # the second name's length at most


def joined_events(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    out = []
    if "暨" not in t:
        return out
    for c in chosen:
        if c.type != "Event" or t[c.end:c.end + 1] != "暨":
            continue
        s = c.end + 1
        stop = min((i for i in (t.find(m, s) for m in "，,。；;\n") if i >= 0), default=len(t))
        end = 0
        for e in range(min(stop, s + _JOIN_SPAN), s + 1, -1):  # the last head the clause allows
            if any(t.endswith(h, s, e) for h in _EVENT_HEADS) and _AFTER_EVENT.match(t, e):
                end = e
                break
        if end and not any(k.start < end <= k.end and k.type != "Event" and k.start >= s for k in chosen):
            out.append(Cand(c.start, end, "Event", "rule:event:joined", c.confidence, c.priority))
    return out

