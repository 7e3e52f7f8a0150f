"""Generator `heads`: names built on a head word (委员会, 有限公司, 产业园, 规划, 座谈会 …).

Chinese organisation, event and programme names are compositional: an optional place and level
(青山市, 市, 国家级), a body of field words (军民融合发展) and a head word that fixes the type. Each
head word found (the table is ingest/data/heads.tsv) is extended to the left over the name body,
stopping where a verb, preposition or punctuation mark starts the context. The candidate is then
typed and checked by `head_filters.check` (named reject rules, switched per head class in
ingest/data/head_filters.tsv).
"""

from __future__ import annotations

import re

from ingest.components import head_filters, segment
from ingest.components.candidate import ALL_CJK, Cand, is_cjk
from ingest.components.head_filters import HeadCand
from ingest.components.initials_regions import initials_region
from ingest.components.name_context import NameContext
from ingest.components.name_rules import (
    AUTONOMOUS,
    BANNER_LEVELS,
    BARE_DEPARTMENT_HEADS,
    BARE_LEVEL_WORDS,
    BARE_ZONES,
    BODY_LEADING_DATE,
    BODY_THEN_DIVISION,
    CAMPAIGN_HEADS,
    CIVIL_IN_BODY,
    CLASS_MODIFIERS,
    COMMITTEE_MEMBER,
    COMMITTEE_SITTING_HEADS,
    CONGRESS_LEVELS,
    COUNCIL_MEETING_BEFORE,
    COUNT_AFTER,
    DATELINE_IN_NAME,
    DAY_BEFORE_NAME,
    DEPT_HEADS,
    DEPT_OF_PARENT_HEADS,
    DESIGNATION_HEADS,
    EVENT_END,
    EVENT_LEADING_YEAR,
    EVENT_VERBS,
    EVENT_YEAR_APART,
    FOUNDED_BY_VERB,
    FOUNDED_LED_BY,
    FOUNDING_VERBS,
    GENERIC_OWNERS,
    GENERIC_PROJECT_END,
    GLUE_BODY_END,
    GOVERNING_RE,
    GOVERNING_VERBS,
    HEAD_INFO,
    HEADS_RE1,
    HEADS_RE2,
    HUB_GENERIC_WORDS,
    IDEOLOGY_AFTER,
    INNER_STOPS,
    LEGAL_FORMS,
    LEVEL_CHARS,
    LEVEL_TITLE_PARK_HEADS,
    LIST_NUMERALS,
    LONG_NAME_BEFORE,
    MIL_PREFIXES,
    MILITARY_IN_BODY,
    MINISTRY_DEPT,
    NOT_AFTER_ZHI,
    NOT_BANNER_LEVEL,
    OFFICE_BEFORE_BAN,
    OFFICE_OK,
    ORDINAL,
    ORG_BEFORE_PROJECT,
    ORG_END,
    ORG_TYPES,
    OWN_BODY,
    OWNER_PLACE_NOUNS,
    OWNER_PLACE_TYPES,
    PAREN_QUALIFIERS,
    PARENT_IN_DEPT_BODY,
    PARK_BODY_END,
    PARK_COMMITTEE_HEADS,
    PARK_PHASE_END,
    PERIOD_OPENED_HEADS,
    PERSON_VERBS_BEFORE_BODY,
    PHASE,
    PHASE_END,
    PILOT_ZONE_PURPOSES,
    PROJECT_COUNT_END,
    QUOTE_BREAK,
    QUOTE_NAMED_HEADS,
    QUOTED_NAME_VERB,
    QUOTED_SYSTEM_HEADS,
    REGION_ONLY_HEADS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROOM_IN,
    STOP_CHARS,
    STOP_WORDS,
    STRATEGY_PERIODS,
    SUB_PART_OF,
    SUBREGION,
    TITLE_END,
    TITLE_WIN_COUNT,
    TITLE_WON_HEADS,
    TITLE_ZONE_BEFORE,
    TITLE_ZONE_HEADS,
    TOWN,
    TYPE_AND_CHECK_RE4,
    TYPE_AND_CHECK_RE5,
    TYPE_AND_CHECK_RE6,
    TYPE_AND_CHECK_RE7,
    TYPE_AND_CHECK_RE8,
    TYPE_AND_CHECK_RE9,
    TYPE_AND_CHECK_RE10,
    TYPE_AND_CHECK_RE12,
    TYPE_AND_CHECK_RE13,
    TYPE_AND_CHECK_RE14,
    TYPE_AND_CHECK_RE15,
    VISIT_PARTY,
    WEI_OK_BEFORE,
    WORK_COMMITTEE_OWNERS,
)
from ingest.components.notice_layout import layout
from ingest.components.prefilter import first_chars
from ingest.normalise import fold

# the characters a count after a head starts with (a set test spares the regex call: hot loop)
_COUNT_AFTER_FIRST = first_chars(COUNT_AFTER)
# the event head words of heads.tsv, longest first
EVENT_HEAD_WORDS = tuple(sorted((h for h, (typ, _) in HEAD_INFO.items() if typ == "Event"),
                                key=len, reverse=True))

def heads(ctx: NameContext, t: str) -> list[Cand]:
    """Every name built on a head word in t, typed and checked (see the module's docstring).

    For each head found: is it a head here, how far right (a qualifier in brackets) and left (the
    name's body) the name reaches, where the body truly starts (each step below trims a kind of
    context the left extension took in), then its type and check. The steps run in a fixed order:
    each sees the start the steps before it chose.
    """
    out = []
    found = ctx.head_matcher.longest_at_each_start(t)
    for k, (ms, me) in enumerate(found):
        # a head overlapped by a later head that ends further right (成果展|展洽会) yields to it
        if _later_head_over(ctx, t, found, k, me) or (k and found[k - 1][1] >= me):
            continue  # …a later head that is itself no head here (大学|校长) does not
        head = t[ms:me]
        typ, cls = HEAD_INFO[head]
        if not _head_ok(ctx, t, head, cls, ms, me):
            continue
        # (each step below is called only where its rule can apply: this loop is hot)
        e = _qualifier_end(ctx, t, typ, me) if t[me:me + 1] in ("(", "（") else me
        start, e = _extended_start(ctx, t, typ, cls, ms, e)
        if t[e:e + 1] in _COUNT_AFTER_FIRST and COUNT_AFTER.match(t, e) \
                and head not in ("有限公司", "股份有限公司"):
            continue  # "重点实验室3个": a count of a class, not a name
        start = _trimmed_front(ctx, t, head, typ, start, ms, e)
        if typ == "Enterprise" and start > 1 and t[start - 1] in "之合":
            start = _over_inner_stop(ctx, t, start, ms, e)
        if t[start - 1:start] in ("及", "与"):
            start = _list_opening_start(ctx, t, typ, start, ms, e)
        start = _start_after_context(ctx, t, typ, start, ms)
        start = _start_after_owner(ctx, t, head, typ, start, ms)
        if typ in ORG_TYPES and ms - start >= 3:
            start = _after_person_verb(ctx, t, start, ms)
        start, e, quoted = _quoted_start(ctx, t, typ, start, ms, e)
        start = _start_of_known_body(ctx, t, head, typ, start, ms, e, quoted)
        if head in REGISTERED_FORMS and start > 0 and t[start - 1] not in ITEM_OPENERS:
            start = _registered_item_start(t, start, e)
        if typ != "Event" and "暨" in t[start:ms]:
            start = _after_joined_event(t, start, ms)
        if head in PERIOD_OPENED_HEADS:
            start = _period_start(t, start)
        body = t[start:ms]
        cand_type, conf, source = _type_and_check(ctx, t, head, typ, cls, body, start, ms, e)
        if not cand_type and quoted and len(body) >= 2 and cls != "subzone" \
                and not _described_quote(ctx, t, head, typ, cls, body, start, ms, e):  # (“一基地多园区”)
            cand_type, conf, source = typ, 0.7, f"rule:head:{head}:quoted"
        if cand_type:
            out.append(Cand(start, e, cand_type, source, conf, priority=2))
    _join_events(t, out)
    return out


# head filters whose verdict a quote does not overturn: an article before the quote (一座“东方小镇”)
# or a kind of fund in quotes (“引导基金+国资母基金”) still names none (ent35; READ u25, u30)
QUOTE_KEEPS_REJECT = ("described_one", "kind_of_fund")


def _described_quote(ctx: NameContext, t: str, head: str, typ: str, cls: str, body: str, start: int,
                     ms: int, e: int) -> bool:
    """崛起了一座“东方小镇”, “引导基金+国资母基金”: a quote keeps a name its body alone would not
    make, but not one these filters reject (QUOTE_KEEPS_REJECT)."""
    h = HeadCand(t, head, typ, cls, body, start, ms, e)
    off = getattr(ctx, "disabled", frozenset())
    on = {row[0] for row in head_filters.table()}  # (a filter left out of the table is off)
    return any(name in on and name not in off and head_filters.FILTERS[name](ctx, h)
               for name in QUOTE_KEEPS_REJECT)


# a registered legal form (东方蓝天钛金科技有限公司) names one company whatever its words; an item
# of a list or of a form's field is opened and closed by these marks (甲公司、乙有限公司、…,
# 管理使用单位:丙有限公司)
REGISTERED_FORMS = frozenset(("有限公司", "股份有限公司", "有限责任公司"))
ITEM_OPENERS = "、:：(（"  # (not a line's start: a sentence's subject, 记者专访…有限公司, is no item)
ITEM_CLOSERS = "、,，;；。)）(（\n\t 　"


def _registered_item_start(t: str, start: int, e: int) -> int:
    """The start of a registered firm's name that fills a whole list item or field (…、青山和信宇航
    技术有限公司、…, 单位:白沙物业服务有限公司; opened by 、, a colon or a bracket), where the left
    extension stopped at a word that is also a conjunction or a verb (和, 服务, 联合, 原); else `start`.

    The item must be closed right after the legal form and hold nothing but characters (a bracketed
    place inside, 甲(青山)有限公司, is kept), 20 at most.
    """
    if e < len(t) and t[e] not in ITEM_CLOSERS:
        return start
    i = start
    while i > 0 and start - i < 12 and (is_cjk(t[i - 1]) or t[i - 1] in "()（）") \
            and t[i - 1] not in ITEM_OPENERS:
        i -= 1
    if i == 0 or t[i - 1] not in ITEM_OPENERS or e - i > 20 \
            or t[i:start].count("(") != t[i:start].count(")"):
        return start
    return i


def _over_inner_stop(ctx: NameContext, t: str, start: int, ms: int, e: int) -> int:
    """The start of a firm's name whose left extension stopped at a stop word of its own name
    (INNER_STOPS): 苏州路之遥科技公司 (之 after a short word opened by a list mark, a conjunction or a
    comma), 中国联合网络通信有限公司 (联合 after a place); else `start`.

    The word before the stop must fill the stretch back to the previous stop or mark, 2 to 4
    characters, and end in no body's head (甲大学联合乙公司: 联合 is the verb there); before 联合 a
    place written without its level (中国, 青山), as a firm's name opens (东川区联合乙公司: the verb)."""
    w = next((w for w in INNER_STOPS if t.endswith(w, 0, start)), "")
    if not w or ms - start < 2 or (w == "之" and t[start] in NOT_AFTER_ZHI):
        return start
    k = start - len(w)
    s2, _ = ctx.left_extend(t, k, e, maxlen=6)
    before = t[s2:k]
    if not 2 <= len(before) <= 4 or ALL_CJK(before) is None or HEADS_RE1.search(before) \
            or (w == "联合" and (not ctx._is_place(before) or before[-1] in LEVEL_CHARS)):
        return start
    return s2


def _qualifier_end(ctx: NameContext, t: str, typ: str, me: int) -> int:
    """The name's end: after a parenthesised qualifier right after the head (建德经济开发区(航空小镇),
    公司(集团)), not after an alias, a phase of a project or another body in brackets."""
    e = me
    if e < len(t) and t[e] in "(（":
        close = min([x for x in (t.find(")", e, e + 9), t.find("）", e, e + 9)) if x > 0] or [-1])
        inner = t[e + 1:close] if close > 0 else ""
        phase_project = PHASE.fullmatch(inner) and t.startswith("项目", close + 1)
        other_body = typ == "PartyGovBody" and len(inner) >= 3 and inner[-1] in "办委局厅"
        if inner.strip(LIST_NUMERALS) and len(inner) <= 4 and ALL_CJK(inner) is not None \
                and not inner.startswith(("以下", "简称", "下称")) \
                and not _paren_alias(ctx, t, inner, close) and not phase_project and not other_body:
            e = close + 1
    return e


def _extended_start(ctx: NameContext, t: str, typ: str, cls: str, ms: int, e: int) -> tuple[int, int]:
    """(start, end) of the name once its body is extended left over the name's words; a congress
    word in quotes takes its closing quote (so the end may move)."""
    if cls == "congress" and t[ms - 1:ms] == "“" and t[e:e + 1] == "”":
        e += 1  # 全国“两会”: a congress word set in quotes keeps its level word before them
        start, hard = ctx.left_extend(t, ms - 1, e)
    else:
        start, hard = ctx.left_extend(t, ms, e)
    # 对接座谈会, 推介洽谈会: an event word before the head belongs to the name
    if typ == "Event" and start == ms and t[ms - 2:ms] in EVENT_VERBS:
        start, hard = ctx.left_extend(t, ms - 2, e)
        start = min(start, ms - 2)
    # event names may contain 与/和 ("成果展示与需求对接会") when they fill a whole clause
    # ... but not across two coordinated events (市军地协调会议和市庆祝…大会)
    # (so may a campaign's topic: 甲乙地位和权益保障…专项活动; ent59)
    if (typ == "Event" or cls == "campaign") and not hard and start > 0 and t[start - 1] in "与和" \
            and not EVENT_END.search(t, max(0, start - 5), start - 1):
        s2, hard2 = ctx.left_extend(t, start - 1, e)
        if (hard2 or cls == "campaign") and start - 1 - s2 >= 2:
            start = s2
    return start, e


def after_dates(ctx: NameContext, t: str, start: int, ms: int, fixed: int = -1) -> int:
    """The start past a day or month glued to the front (2019年5月青山…) and past a news dateline
    inside the stretch (青山5月6日电(甲某)东川军区): neither is part of a name. `fixed`: a start the
    caller knows the closing trims leave where it is (speed15: not trimmed a second time)."""
    # (both are rare: a C search for what every match holds spares the regex calls, this is hot)
    if t.find("日电", start, ms) >= 0:
        ends = [m.end() for m in DATELINE_IN_NAME.finditer(t, start, ms)]
        if ends:
            start = ends[-1]
    m_day = DAY_BEFORE_NAME.match(t, start, ms) if t.startswith("年", start + 4) else None
    if m_day and ms - m_day.end() >= 1:
        start = m_day.end()
    if start == fixed:
        return start
    return ctx._drop_leading_words(t, ctx._trim_left(t, start, ms), ms) if start < ms else start


def _trimmed_front(ctx: NameContext, t: str, head: str, typ: str, start: int, ms: int, e: int) -> int:
    """The start once leading function words and a leading date are dropped (a 委's short field
    word stays: 发改委)."""
    s0 = start
    start = ctx._trim_left(t, start, ms)
    start = ctx._drop_leading_words(t, start, ms)
    # both trims only move the start right: a start neither moved is one they leave where it is
    fixed = start if start == s0 else -1
    if (typ in ORG_TYPES or typ == "Fund") and t.startswith("年", start + 4) \
            and (m_date := BODY_LEADING_DATE.match(t, start, ms)):
        # (the date is dropped before a bare head too: 自1986年人武部移交地方, 2021年军分区…综述
        # name the document's 人武部 and 军分区, a head that names a body alone; ent42)
        start = ctx._drop_leading_words(t, ctx._trim_left(t, m_date.end(), ms), ms)
    start = after_dates(ctx, t, start, ms, fixed)
    if head in TITLE_WON_HEADS and (m_win := TITLE_WIN_COUNT.match(t, start, ms)) and m_win.end() < ms:
        start = m_win.end()  # 全国第四次|双拥模范城: the title without the count of its win
    if head == "委" and start > ms - 4:
        # 发改委, 经信委: the short field word before 委 is the name, not a verb to cut
        w = next((w for w in WEI_OK_BEFORE if len(w) >= 2 and t.endswith(w, 0, ms)), "")
        if w and ms - len(w) < start:
            start = ms - len(w)
    return start


def _list_opening_start(ctx: NameContext, t: str, typ: str, start: int, ms: int, e: int) -> int:
    """鄂东船舶及海工装备…产业园, 省航空与燃机…办公室: a name with 及/与 inside, when the part
    before the conjunction opens with a place or a level word."""
    if not (typ in ("IndustrialPark", "PartyGovBody", "Association", "ResearchInstitute") and start > 2
            and t[start - 1] in "及与" and start < ms):
        return start
    s2, _ = ctx.left_extend(t, start - 1, e, maxlen=12)
    s2 = ctx._drop_leading_words(t, ctx._trim_left(t, s2, start - 1), start - 1)
    before = t[s2:start - 1]
    two_names = (ctx.place_re.match_at(t, start) or t[start] in LEVEL_CHARS
                 or t.startswith(("国家", "中国", "中共"), start)
                 or any(t[start:start + k] in ctx.gaz_forms for k in range(2, 9))
                 or HEADS_RE1.search(before))
    opens = (ctx.place_re.match_at(t, s2) or SUBREGION.match(t, s2)
             or t[s2] in LEVEL_CHARS and t[s2 + 1:s2 + 2] not in LEVEL_CHARS)
    # 九江船舶制造、配套及海洋工程装备产业基地: a short item without a place before 及
    # continues a list that opens with a place; separate bodies (…航空城、…) do not
    if not two_names and not opens and 2 <= start - 1 - s2 <= 4 and s2 > 2 \
            and t[s2 - 1] == "、":
        s3, _ = ctx.left_extend(t, s2 - 1, e, maxlen=12)
        s3 = ctx._drop_leading_words(t, ctx._trim_left(t, s3, s2 - 1), s2 - 1)
        first = t[s3:s2 - 1]
        pm = ctx.place_re.match_at(t, s3)
        place_len = (pm.end() - s3) if hasattr(pm, "end") else 0
        if (pm or SUBREGION.match(t, s3)) and len(first) >= 4 and place_len < len(first) - 1 \
                and "、" not in first and not any(c in first for c in "，,。；;") \
                and not ORG_END.search(first) \
                and not ctx.head_matcher.longest_at_each_start(first):
            s2, opens = s3, True
    if not two_names and start - 1 - s2 >= 2 and opens:
        return s2
    if not two_names and typ == "ResearchInstitute":
        return _joined_fields_start(t, s2, start)
    return start


def _joined_fields_start(t: str, s2: int, start: int) -> int:
    """The start of an institute's name whose fields 与/及 joins (材料科学与工程学院, 深海探测及水下
    装备国家工程实验室: a school or a lab is named by its fields), from s2 (the left extension before
    the conjunction) past a governing verb (建设|青山物探及…实验室); else `start`.

    The first field must be 2 to 12 characters, end in no body's head (甲大学与乙学院: two bodies)
    and open the clause or the name (after a mark, 的 or a governing verb)."""
    conj = start - 1
    s3 = s2
    if GOVERNING_RE.search(t, s2, conj):  # (rare: segment only then)
        pos = s2
        for tok in segment.lcut(t[s2:conj], HMM=False):
            pos += len(tok)
            if tok in GOVERNING_VERBS:
                s3 = pos
    before = t[s3:conj]
    if not 2 <= len(before) <= 12 or HEADS_RE1.search(before) or ALL_CJK(before) is None:
        return start
    if s3 == s2 and s2 > 0 and is_cjk(t[s2 - 1]) and t[s2 - 1] != "的":
        return start
    return s3


def _start_after_context(ctx: NameContext, t: str, typ: str, start: int, ms: int) -> int:
    """The start once the clause's words before the name are cut: a founding verb, a class noun,
    a verb, a deictic, the speaker's own body, a title list, a parent, a visiting party."""
    # 共同设立国兵向新发展基金: the thing founded is named from the founding verb on, even over
    # a stop character (向) inside the name
    if typ in ("Fund", "Association") and start > 0:
        fv = FOUNDED_BY_VERB.search(t, max(0, ms - 14), ms)
        if fv and fv.end() < start and fv.end() < ms - 1 and not QUOTE_BREAK.search(t, fv.end(), ms) \
                and "、" not in t[fv.end():ms] and not HEADS_RE2.search(t[fv.end():ms]):
            start = ctx._drop_leading_words(t, fv.end(), ms)
    start = _start_after_class_noun(t, typ, start, ms)
    # 主要任务是:建设…智库: a verb of founding at the front of a body's name is no part of it
    if typ in ("ResearchInstitute", "Association", "IndustrialPark", "Fund", "PartyGovBody") \
            and ms - start >= 5 and t.startswith(FOUNDING_VERBS, start):
        start += 2
    # 项目拟建设|东川航天产业园, 某办公室下达|2020年度…计划: a clause's verb inside the left context
    # (a firm's name keeps its words: 青山建设机械有限公司; an event is named by its topic,
    # verb and all: 促进军民融合发展研讨会)
    if typ not in ("Enterprise", "Event"):
        start = ctx.inner_verb_cut(t, start, ms)
    return _start_after_deictic(t, typ, start, ms)


def _start_after_class_noun(t: str, typ: str, start: int, ms: int) -> int:
    """The start once a class or role noun, or the owner's place, before a firm's or institute's
    name is cut: none is part of the name (示范企业某某集团公司, 全资子公司某某有限公司, 规划编制单位
    某某研究院, 建设主体某某有限公司, 园区某某科技有限公司, 区域内有某某集团公司)."""
    if ms - start < 4:
        return start
    if typ == "Enterprise":
        # 示范企业某某集团公司: a class noun (企业, 单位) before a firm's name is no part of it
        k = max(t.rfind("企业", start, ms - 2), t.rfind("单位", start, ms - 2))
        if k >= start and ms - (k + 2) >= 2 and (k == start or t[k - 2:k] in CLASS_MODIFIERS):
            start = k + 2
        k = t.rfind("子公司", start, ms - 2)  # 全资子公司某某资本管理有限公司
        if k >= start and ms - (k + 3) >= 2:
            start = k + 3
    if typ in ("Enterprise", "ResearchInstitute"):
        # 编制单位某某研究院, 建设主体某某有限公司: the body's role in the clause
        k = max(t.rfind(w, start, ms - 2) for w in ROLE_NOUNS)
        if k >= start and ms - (k + 2) >= 2 and (k == start or t[k - 2:k] in ROLE_MODIFIERS):
            start = k + 2
    if typ in OWNER_PLACE_TYPES:
        # 区域内有某某集团公司: a clause's verb of having before the name
        k = t.rfind("内有", start, ms - 2)
        if k >= start and ms - (k + 2) >= 2:
            start = k + 2
        # 园区某某科技有限公司: the park the firm belongs to (a park's own body keeps it: 园区管委会)
        if t.startswith(OWNER_PLACE_NOUNS, start) and ms - start - 2 >= 4:
            start += 2
    return start


def _start_after_deictic(t: str, typ: str, start: int, ms: int) -> int:
    """The start once a deictic and level word, the speaker's own body, a title list, a parent
    body or a visiting party before the name are cut."""
    # 该镇企业投资服务中心: after a deictic and a level word the body starts
    if start > 0 and t[start - 1] in "该本此这" and t[start] in "镇乡县区市" and ms - start >= 3 \
            and not t.startswith(("国家", "全国"), start + 1) and t[start + 1] not in LEVEL_CHARS:
        start += 1
    # 该园优享国家自主创新示范区: after a deictic (该园) a designation starts at 国家/全国
    if start > 0 and t[start - 1] in "该本此这" and t[start] in "园区市县镇":
        k = min((x for x in (t.find("国家", start, ms), t.find("全国", start, ms)) if x >= 0),
                default=-1)
        if 0 < k - start <= 4:
            start = k
    # 我委装备产业处: the speaker's own body is no part of its division's name
    if typ == "PartyGovBody" and start > 0 and t[start - 1] == "我" and OWN_BODY.match(t, start - 1) \
            and ms - start >= 3:
        start += 1
    # 市委常委人武部部长: a title list without its comma; the unit starts after 常委
    if typ in ("PartyGovBody", "MilitaryUnit") and ms - start >= 4 and "常委" in t[start:start + 4]:
        mc = COMMITTEE_MEMBER.match(t, start, ms)
        if mc and t[mc.end()] in LEVEL_CHARS + "人武军警":
            start = mc.end()
    # 某集团公司下属大型…联合体: what stands before 下属/所属 is the parent, not this body
    if typ != "PartyGovBody" and ms - start >= 4 and "属" in t[start:ms]:
        k = max(t.rfind("下属", start, ms), t.rfind("所属", start, ms))
        if k >= start:
            start = k + 2
    # 副总经理李某一行来高新区: a visiting party before the place visited is no part of it
    if ms - start >= 3 and "一行" in t[start:ms]:
        mk = VISIT_PARTY.search(t, start, ms)
        if mk:
            start = mk.end()
    return start


def _after_person_verb(ctx: NameContext, t: str, start: int, ms: int) -> int:
    """The start past a person's name and 任 or 率 inside a body's stretch (甲某任青山市委书记, 主任
    乙某率调研组): the person takes the post or leads the group, the body is the verb's object."""
    k = max(t.rfind(v, start + 2, ms) for v in PERSON_VERBS_BEFORE_BODY)
    if k < 0 or t[k - 1:k + 1] in ctx.lex.jieba_words:
        return start  # the usual case: neither verb in the stretch (or a word ends with it: 功率, 主任)
    for n in (3, 2):
        if k - n >= start and ctx._plausible_name(t[k - n:k]):
            return k + 1
    return start


def _start_after_owner(ctx: NameContext, t: str, head: str, typ: str, start: int, ms: int) -> int:
    """The start once what names the name's owner or occasion is cut: a level organ after 有/是,
    an event's year, a garrison's verb, a delegation's session, the nation before a strategy,
    the body running a project, a verb before a quoted project."""
    # 成员有市委, 主体是县政府: a level organ after a verb of being or having starts at the level
    if typ == "PartyGovBody" and ms - start >= 2 and head in ("委", "政府", "人民政府") \
            and t[ms - 1] in LEVEL_CHARS and t[ms - 2] in "有是为" and ms - 2 >= start \
            and not ctx._inside_place(t, ms - 2, 3):  # (四川省犍为县政府: 为 is a place's character)
        start = ms - 1
    # 青山县县委, 东川区区委: the place and its level's committee are one name, as written (the
    # annotated batches name it whole); the place is no entity of its own there
    # 2015年全省…工作会议: an event's name leaves its year out (the date is no part of it)
    if typ == "Event" and (m_year := EVENT_LEADING_YEAR.match(t, start, ms)) and ms - m_year.end() >= 2:
        start = m_year.end()
    elif typ == "Event" and t.startswith("年", start) and ms - start >= 4 \
            and EVENT_YEAR_APART.search(t, max(0, start - 6), start):
        start += 2 if t.startswith("年度", start) else 1
    if head == "部队":
        start = _garrison_start(t, start, ms)
    # 市十五届人大六次会议解放军代表团: a delegation to a session is named after the session
    if head == "代表团" and (k := t.rfind("会议", start, ms)) >= 0 and ms - k - 2 >= 2:
        start = k + 2
    if typ == "Policy" and head == "战略" and t.startswith("国家", start) and ms - start > 4:
        start += 2
    # 省委、省政府新旧动能转换重大工程: the body that runs the project is named before it
    if typ == "Project":
        m_org = ORG_BEFORE_PROJECT.match(t, start, ms)
        if m_org and ms - m_org.end() >= 4:
            start = m_org.end()
    # 互办实事“双清单”制度, 实行“四包”“五坚持”制度: a system named by its quote starts at the quote; what
    # stands before it is the clause's verb phrase or another system (coordinated names as written)
    if (head in QUOTED_SYSTEM_HEADS or head in CAMPAIGN_HEADS) and ms - start > 2 and t[ms - 1] == "”":
        q = t.rfind("“", start, ms - 1)
        if q > start:
            start = q
    # 在园区投资建设“X”项目: a verb before the quoted name is no part of it
    if typ == "Project" and ms - start > 2 and t[ms - 1] == "”":
        q = t.rfind("“", start, ms - 1)
        if q > start and QUOTED_NAME_VERB.search(t, start, q):
            start = q
    return start


def _quoted_start(ctx: NameContext, t: str, typ: str, start: int, ms: int, e: int) -> tuple[int, int, bool]:
    """(start, end, quoted): a quoted plan keeps its quotes, a generic owner before a quoted plan
    is cut, and a wholly quoted name is one name (quoted: True)."""
    # “三百行动”: a whole quoted campaign or plan name keeps its quotes
    if typ in ("Project", "Policy") and 0 < start < ms and t[start - 1] == "“" \
            and t[e:e + 1] == "”" and "“" not in t[start:e]:
        start -= 1
        e += 1
    # 党和国家“四个全面”战略布局: a generic owner before a quoted plan name is no part of it, nor
    # is any clause before a campaign named by its quote (企业要结合“青山人办实事”实践活动,
    # 系统“甲乙”问题专项整治)
    if typ in ("Policy", "Project") and "“" in t[start:ms]:
        q = t.find("“", start, ms)
        if t[start:q] in GENERIC_OWNERS or t[ms:e] in QUOTE_NAMED_HEADS or t[ms:e] in CAMPAIGN_HEADS:
            start = q
    # “北方蓝鲸创新中心”, “低空装备…与…融合创新中心”: a wholly quoted name is one name
    quoted = False
    if typ not in ("Project", "Policy", "Event") and t[e:e + 1] == "”":
        q = t.rfind("“", max(0, ms - 40), ms)
        if q >= 0 and q + 1 <= start and not QUOTE_BREAK.search(t, q + 1, ms) \
                and not _quoted_slogan(t, q + 1, start):
            start, quoted = q + 1, True
    return start, e, quoted


def _start_of_known_body(ctx: NameContext, t: str, head: str, typ: str, start: int, ms: int, e: int,
                         quoted: bool) -> int:
    """The start once a verb phrase before a known body, a first body glued to this one, or a
    firm's name over 为/和/与 are settled."""
    # 现场展示总装备部: a verb phrase before a known body's full name is no part of it (驻X before a force's
    # name is no verb phrase: 驻东川武警部队 is the garrison of that force, as 驻东川部队 is; ent59)
    if typ in ("PartyGovBody", "MilitaryUnit") and ms - start >= 4 and not quoted \
            and not (head == "部队" and t[start] == "驻"):
        for k in range(start + 1, ms):
            if t[k:e] in ctx.gaz_forms:
                if ctx._verb_phrase(t[start:k]):
                    start = k
                break
    if typ in ORG_TYPES and ms - start >= 6 and not quoted:
        start = _split_glued_bodies(ctx, t, start, ms)
    if head in LEGAL_FORMS:
        start = _join_over_conjunction(ctx, t, start, ms)
    return start


def _after_joined_event(t: str, start: int, ms: int) -> int:
    """…高峰论坛暨青山大学某研究院揭牌仪式: an event name and 暨 before a body's name open a second
    sitting's name, no part of the body's (the body starts after 暨)."""
    j = t.rfind("暨", start, ms)
    if j > start and t.endswith(EVENT_HEAD_WORDS, start, j):
        return j + 1
    return start


def _join_events(t: str, out: list[Cand]) -> None:
    """第一次会员代表大会暨成立大会: two event names joined by 暨 are one event (added to out)."""
    events = [c for c in out if c.type == "Event"]
    for a in events:
        if t[a.end:a.end + 1] != "暨":
            continue
        for b in events:
            if a.start < b.start <= a.end + 1 < b.end:
                out.append(Cand(a.start, b.end, "Event", a.source, a.confidence, priority=2))
                break


def _join_over_conjunction(ctx: NameContext, t: str, start: int, ms: int) -> int:
    """东为科技有限公司, 青山和创电子有限公司: a firm's registered name may hold 为/和/与, where the
    left extension stopped. The one or two characters before it belong to the name when they open
    a clause (nothing but punctuation or the text's start before them) and what follows the
    conjunction is no place or known name (东方和青山科技有限公司 are two names: 青山 is a place)."""
    if start < 2 or t[start - 1] not in "为和与" or ctx.place_re.match_at(t, start) \
            or any(t[start:start + k] in ctx.gaz_forms for k in range(2, 7)):
        return start
    for k in (2, 1):
        j = start - 1 - k
        if j < 0 or not all(is_cjk(c) for c in t[j:start - 1]):
            continue
        if (j == 0 or t[j - 1] in "\n，,。；;：:、“（( \u3000") and not ctx._is_place(t[j:start - 1]):
            return j
    return start


def _level_short_form(ctx: NameContext, t: str, ms: int, me: int) -> bool:
    """省国教办, 市监委, 县行管办: a level word, a one- or two-character short form and 办/委, standing
    alone (a clause edge, a stop character or stop word before it; a title, a verb or punctuation
    after it) is a body's short name, even when its short form is in no list (OFFICE_OK,
    WEI_OK_BEFORE)."""
    for k in (2, 1):
        s = ms - k - 1
        if s < 0 or t[s] not in "省市县区" \
                or not all(is_cjk(c) and c not in LEVEL_CHARS for c in t[s + 1:ms]):
            continue
        if ctx.lex.is_common_word(t[s:s + 2], 50) or ctx.lex.is_common_word(t[s + 1:ms + 1], 50):
            continue  # 市场|办, 区别|委: a word, not a level and a short form
        left = t[s - 1:s]
        if left and is_cjk(left) and left not in STOP_CHARS \
                and not any(t[s - j:s] in ctx.stop_words for j in (2, 3, 4) if j <= s):
            continue
        right = t[me:me + 1]
        return not right or not is_cjk(right) or right in STOP_CHARS or ctx._stop_word_at(t, me) \
            or bool(ctx.title_re.match(t, me))
    return False


def _later_head_over(ctx: NameContext, t: str, found: list[tuple[int, int]], k: int, me: int) -> bool:
    """Is head k overlapped by one of the next three heads that ends further right and is a head
    there? `found` is sorted by start, so the first later head starting at or after `me` ends the
    search (it and all after it cannot overlap)."""
    for s2, e2 in found[k + 1:k + 4]:
        if s2 >= me:
            return False
        if me < e2 and _head_ok(ctx, t, t[s2:e2], HEAD_INFO[t[s2:e2]][1], s2, e2):
            return True
    return False


# the words a 委 or a 部/处/司 department ends with, as tuples for one str.endswith call each
_WEI_ENDS = tuple(w + "委" for w in WEI_OK_BEFORE)
_DEPT_ENDS = {h: tuple(w + h for w in DEPT_HEADS) for h in ("部", "处", "司")}


def _head_ok(ctx: NameContext, t: str, head: str, cls: str, ms: int, me: int) -> bool:
    """Is the head word at t[ms:me] a name's head here, not a piece of another word (局长, 办公,
    大学生)? The heads with a check of their own are grouped by kind in `_HEAD_CHECKS` (one table
    look-up instead of a chain of comparisons on this hot path); every other head passes."""
    check = _HEAD_CHECKS.get(head)
    if check is None:
        return True
    # "\0" at the text's edges: an empty string would be "in" every character list below
    nxt = t[me:me + 1] or "\0"
    prev = t[ms - 1:ms] if ms else "\0"
    return check(ctx, t, head, ms, me, prev, nxt, t[me:me + 2])


def _office_ok(ctx: NameContext, t: str, head: str, ms: int, me: int, prev: str, nxt: str, nxt2: str) -> bool:
    """办 and 委: a short body's head after a listed field word or a level word, not 办公, 委员."""
    if head == "办":
        if nxt in "公理事学好法成" and nxt2 != "成员" \
                or prev in OFFICE_BEFORE_BAN and not t.endswith(OFFICE_OK, 0, me):
            return False
        return t.endswith(OFFICE_OK, 0, me) or _level_short_form(ctx, t, ms, me)
    if nxt in "员托屈婉":
        return False
    if prev and prev in LEVEL_CHARS or prev in BANNER_LEVELS and not t.startswith(NOT_BANNER_LEVEL, ms - 1):
        return True  # 县委, 旗委, 盟委
    if prev == "州" and (ms < 2 or not is_cjk(t[ms - 2]) or t[ms - 2] in "、和与及在的"):
        return True  # 州委: an autonomous prefecture's committee
    if prev == "工" and t.endswith(WORK_COMMITTEE_OWNERS, 0, ms - 1):
        return True  # 开发区工委, 机关工委: a park's or the organs' working committee
    return t.endswith(_WEI_ENDS, 0, me) or _level_short_form(ctx, t, ms, me)


def _bureau_ok(ctx: NameContext, t: str, head: str, ms: int, me: int, prev: str, nxt: str, nxt2: str) -> bool:
    """局 and 厅: a department's head, not 布局, 局长, 大厅 or a hotel's hall."""
    if head == "局":
        return not (prev in "布格大全结当开变破时残赌饭邮事" or nxt in "长面势部限")
    if ROOM_IN.search(t, max(0, ms - 12), ms):
        return False  # 东川国际大酒店宏图厅: a hall of a hotel or centre, no department
    # (报告厅, 多功能厅, 演播厅: a hall of a campus or an office building, no department; ent59)
    return not (prev in "大餐展客门舞示告能播" or nxt in "长")


def _dept_ok(ctx: NameContext, t: str, head: str, ms: int, me: int, prev: str, nxt: str, nxt2: str) -> bool:
    """部, 处, 司: a department after a listed field word or inside a named body, not 部分, 司令."""
    if nxt in "分署门队长委属位署件落级" or head == "司" and nxt == "令":
        return False  # (…副司令员: a commander's title, no department 司)
    if head == "处" and (BODY_THEN_DIVISION.search(t, max(0, ms - 16), ms)
                         or OWN_BODY.search(t, max(0, ms - 7), ms - 2)):
        return True  # 省委…委员会科教处, 中科院重任局综合技术处: a division of the body named
    if head == "司" and prev in "一二三四五六七八九" and ms >= 3 and is_cjk(t[ms - 2]) \
            and t[ms - 2] not in "第公":
        return True  # 装备工业一司: a ministry's numbered department
    if head == "司" and MINISTRY_DEPT.search(t, max(0, ms - 12), ms):
        return True  # 工信部军民结合司: a ministry's department, named after the ministry
    return t.endswith(_DEPT_ENDS[head], 0, me)


def _government_ok(ctx: NameContext, t: str, head: str, ms: int, me: int, prev: str, nxt: str,
                   nxt2: str) -> bool:
    """政府, 人大, 党委: a jurisdiction's organ, also when named inside a title (人大代表, 党委副书记)."""
    if head == "政府":
        return prev != "" and (prev in LEVEL_CHARS or is_cjk(prev)) and nxt not in "采部"
    if head == "人大":
        # 东川市人大代表: the congress named inside the deputy's title is an entity (GUIDELINES)
        return nxt not in "代常" or nxt2 in ("常委", "代表") and ms > 0 and t[ms - 1] in LEVEL_CHARS
    # 自治区党委副书记: the region's Party committee (its 省委), named inside the title; so is a
    # level word alone opening the name (会上，镇党委书记甲某; 乡党委副书记): the document's own
    # town's or township's committee (a 军分区党委书记 has more than the level word before 党委)
    return nxt not in "书副常" or t.endswith(AUTONOMOUS, 0, ms) and (
        ms < 4 or not is_cjk(t[ms - 4]) or t[ms - 4] in STOP_CHARS or t[ms - 4] in "、和与及") \
        or ms >= 1 and prev in LEVEL_CHARS and (ms < 2 or not is_cjk(t[ms - 2]) or t[ms - 2] in STOP_CHARS)


def _school_ok(ctx: NameContext, t: str, head: str, ms: int, me: int, prev: str, nxt: str, nxt2: str) -> bool:
    """中学, 小学, 大学, 学校, 学院: a school, not the verb 学 or a student, graduate or head."""
    if head in ("中学", "小学") and nxt in "习到会":
        return False  # 在实践中学习, 从中学到: the verb 学, not a school
    if head == "大学":
        return nxt not in "生毕"
    if head == "学校" and prev == "大" and nxt == "长":
        return False  # 上海大学|校长: the university, then the title
    if head == "学院":
        return nxt not in "派"
    return True


def _next_char_ok(ctx: NameContext, t: str, head: str, ms: int, me: int, prev: str, nxt: str,
                  nxt2: str) -> bool:
    """Heads rejected by what follows them alone: 基地, 集团, 工程师, 规划局, 计划生育, 战略性 …"""
    if head == "基地":
        return nxt not in "振"
    if head in ("集团", "公司"):
        return nxt not in "化军" and nxt2 not in ("有限",)
    if head == "工程":
        # 信息工程科技创新工作站, 工程技术研究中心: 工程 inside a longer noun, not a project's head;
        # so in a faculty's department (…制造工程系), a lab (…国家工程实验室) or a test reactor
        # (…高通量工程试验堆): u33, u40, u62
        return nxt not in "师院建学系" and nxt2 not in (
            "科技", "技术", "研究", "咨询", "有限", "公司", "集团", "实验", "试验")
    if head == "规划":
        return nxt not in "师局院部所区建用"
    if head == "基金":
        return nxt not in "会"
    if head in ("总队", "支队", "大队"):
        return nxt != "长"  # 某总队总队长: the title (titles.tsv), not a second 总队 closing the name
    if head == "计划":
        return nxt not in "生经部处司局委"
    if head == "战略":
        return not t.startswith(IDEOLOGY_AFTER, me) and nxt not in "性地合要部定高协方意投"
    if head == "制度":
        return nxt not in "性化"
    return nxt not in "部组库建"  # 项目


def _meeting_ok(ctx: NameContext, t: str, head: str, ms: int, me: int, prev: str, nxt: str,
                nxt2: str) -> bool:
    """Meetings and bodies named by their sitting: 联席会, 议军会, 会议, 大会, 委员会, 领导小组."""
    if head == "联席会":
        return nxt not in "长"  # 联席会长: a title
    if head == "议军会":
        return prev == "委" and nxt not in "议"  # 县委常委议军会: a Party committee's meeting
    if head == "会议":
        if prev == "会" and _event_head_before(t, ms):
            return False  # 述职会会议精神: the meeting's 会议 after an event head, which closes the name
        if nxt == "精" and COUNCIL_MEETING_BEFORE.search(t, max(0, ms - 5), ms):
            return True  # 传达省委议军会议精神: a named meeting, cited by its spirit
        if nxt == "精" and LONG_NAME_BEFORE.search(t, max(0, ms - 12), ms):
            return True  # 传达全国…工作会议精神: a long name before 会议精神 names the meeting
        return nxt not in "室精纪中"
    if head == "大会":
        return nxt not in "精堂"
    # 委员会成员兼…: a member of the body named; 领导小组成立: the group founded
    return nxt not in "成委" or nxt2 in ("成员", "成立")


# Event heads that end in 会 (座谈会, 述职会 …): one right before 会议 closes the event's name
_EVENT_HEADS_HUI = tuple(h for h, (typ, _) in HEAD_INFO.items() if typ == "Event" and h.endswith("会")
                         and len(h) >= 2)


def _event_head_before(t: str, end: int) -> bool:
    return t.endswith(_EVENT_HEADS_HUI, 0, end)


def _alliance_ok(ctx: NameContext, t: str, head: str, ms: int, me: int, prev: str, nxt: str,
                 nxt2: str) -> bool:
    """联盟: an alliance, not a person's given name after a title."""
    if ms >= 3 and t[ms - 1] in ctx.lex.surnames1 and TITLE_END.search(t[max(0, ms - 8):ms - 1]):
        return False  # 院士张联盟: a person named after a title, not an alliance
    return True


_HEAD_CHECKS = {
    **dict.fromkeys(("办", "委"), _office_ok),
    **dict.fromkeys(("局", "厅"), _bureau_ok),
    **dict.fromkeys(("部", "处", "司"), _dept_ok),
    **dict.fromkeys(("政府", "人大", "党委"), _government_ok),
    **dict.fromkeys(("中学", "小学", "大学", "学校", "学院"), _school_ok),
    **dict.fromkeys(("基地", "集团", "公司", "工程", "规划", "基金", "总队", "支队", "大队", "计划", "战略",
                     "制度", "项目"), _next_char_ok),
    **dict.fromkeys(("联席会", "议军会", "会议", "大会", "委员会", "领导小组"), _meeting_ok),
    "联盟": _alliance_ok,
}


def _conferred_title(ctx: NameContext, body: str) -> bool:
    """A zone title conferred on a whole country, region or city (a Policy, GUIDELINES
    "Designation or place"): 中国科技城, “中国制造2025”国家级示范区, 京津冀…示范区 (a named region),
    东川国家…示范区 (a city, then 国家). A site's own zone (a town or an area's name) stays a park."""
    core = body.lstrip("“\"")
    if core.startswith(("中国", "全国")) or core.startswith("国家") and not core.startswith("国家级"):
        return True
    if any(core[:k] in ctx.lex.regions for k in (4, 3, 2)):
        return True
    k = core.find("国家", 2, 8)
    x = core[:k]
    # …or a region named by its cities' initials (东青白国家…示范区: three cities of one province)
    return k > 0 and (ctx._is_place(x) or x[-1] in "省市" and ctx.specific(x[:-1]) or initials_region(x))


SITE_WORDS = ("高新区", "开发区", "经开区", "新区", "园区", "工业园", "产业园", "科技园", "县", "市")


def _level_title(ctx: NameContext, head: str, body: str) -> bool:
    """A zone title named by a level, not by a site: 东川省军民融合产业示范基地, 省级…示范区,
    国家新型工业化产业示范基地, 全国…先导区, 国家级…示范区 are designations a province or the
    nation confers (Policies in every annotated batch that has one); a site's zone (青山高新区…
    示范基地) stays a park. 国家级…示范基地 is left to the context (a base can be national)."""
    if body.startswith(("省级", "全国", "中国")) or body.startswith("国家") and not body.startswith("国家级"):
        return True
    if body.startswith("国家级"):
        return head != "示范基地"
    k = body.find("省", 2, 4)  # 东川省…: a province's title, unless a site follows (东川省青山高新区…)
    return k > 0 and (ctx._is_place(body[:k + 1]) or ctx.specific(body[:k])) \
        and not ctx._place_at(body, k + 1) and not any(w in body[k + 1:] for w in SITE_WORDS)


_NO_TITLE_LEVELS = ("国家级", "國家級", "省级", "省級", "全国", "全國", "中国", "中國")


def _park_title(ctx: NameContext, head: str, body: str) -> bool:
    """东川省军民融合特色产业园, 国家某某计划特色产业基地: a park head named by a province's or the
    nation's level is a title conferred (a Policy in u17, u31, u56), unless a place inside the body
    names the site (国家某某青山装备制造特色产业基地: a park, u45). 中国… opens a group's park
    (中国某某集团青山产业园), and a bare level (省级, 国家级, 全国) a kind of park (u10)."""
    if len(body) < 4 or body.startswith(_NO_TITLE_LEVELS) or not _level_title(ctx, head, body):
        return False
    return not body.startswith("国家") or next(ctx.place_re.finditer(body), None) is None


# (type, confidence, source) of a head candidate; REJECT when it is no name
Verdict = tuple[str, float, str]
REJECT: Verdict = ("", 0.0, "")


def _type_and_check(ctx: NameContext, t: str, head: str, typ: str, cls: str, body: str, start: int, ms: int,
                    e: int) -> Verdict:
    """(type, confidence, source) for a head candidate, or ("", 0, "") when rejected.

    The head's type is a default: the body may make it another (a service branch, a conferred
    title, a part of a whole), and the head's class decides what a body needs to name one thing.
    The steps run in a fixed order (a reject rule sees the type the steps before it chose).
    """
    bare = _bare_head(t, head, typ, cls, body, start, e, ctx.lex.surnames1) if not body else None
    if bare:
        return bare
    if not body:  # nothing before the head names no one body; later steps index the body, so this
        return REJECT  # guard is not a switchable filter (empty_or_overlong off still rejects it)
    # The named reject rules (ingest/data/head_filters.tsv: "pre" on the head's own type, "post" on
    # the type the steps below choose) run after the class checks, and only where these accept:
    # a rejected candidate is rejected whichever rejects it, the checks and the type steps read
    # nothing the filters change, and a quarter of the candidates that pass the filters fail a
    # check (speed16: the same verdicts, ~15 filter calls fewer for each)
    h = HeadCand(t, head, typ, cls, body, start, ms, e)
    src = f"rule:head:{head}"
    typ = _designation_type(ctx, t, head, _service_type(head, typ, body), body, start)
    # 申报浙江省军民融合示范区, 被评为…示范基地, 授予“…示范基地”称号: a title applied for or conferred
    if head in TITLE_ZONE_HEADS and len(body) >= 4 and (TITLE_ZONE_BEFORE.search(t, max(0, start - 12), start)
                                                        or t.startswith(("”称号", "称号"), e)):
        # the title itself needs no place: 被评为军民融合产业示范基地 (the "pre" rules still apply)
        return REJECT if head_filters.rejected(ctx, h, "pre") else ("Policy", 0.7, src)
    if head in ("创新中心",) and body.startswith(("国家级", "国家", "全国")):
        typ = "Policy"
    elif head == "创新中心" and _names_a_field(ctx, body):
        typ = "ResearchInstitute"  # 青山人工智能军民融合创新中心: a centre of a field, not a hub
    if head in TITLE_ZONE_HEADS and len(body) >= 4 and _level_title(ctx, head, body):
        typ = "Policy"
    if head in LEVEL_TITLE_PARK_HEADS and _park_title(ctx, head, body):
        typ = "Policy"
    # 东川北斗导航综合服务平台, 某部军民结合公共服务平台: a platform is a Project (corpus/annotated
    # README: a platform, as a 合作运营中心) when a place or a known body opens its name; 交流平台,
    # 孵化器平台, “军民融合”平台 are kinds of platform
    if head == "平台" and not (ctx.place_re.match_at(t, start) or ctx.gaz3_re.match(body)):
        return REJECT
    typ = _part_type(head, typ, body, ctx)
    verdict = _checked(ctx, t, head, typ, cls, body, start, e, src)
    if not verdict[0] or head_filters.rejected(ctx, h, "pre"):
        return REJECT
    h.typ = typ  # (the "post" rules see the type the steps chose: plurals of levels, kinds of labs)
    if head_filters.rejected(ctx, h, "post"):
        return REJECT
    return verdict


def _checked(ctx: NameContext, t: str, head: str, typ: str, cls: str, body: str, start: int,
             e: int, src: str) -> Verdict:
    """The verdict of the checks of the head's class (or of `_check_body`) on a typed candidate."""
    # (worked out on its first truth test: the checks of several classes never read it; speed16)
    spec = _LazySpecific(ctx, t, body)
    # 自治区科技厅, 自治州…: an autonomous region's or prefecture's level word, like 省/州
    level = body[0] in LEVEL_CHARS or body.startswith(("全省", "全国", "国家", "中共", *AUTONOMOUS)) \
        or body in BARE_LEVEL_WORDS \
        or typ in ("PartyGovBody", "MilitaryUnit") and body.startswith(BANNER_LEVELS) \
        and not body.startswith(NOT_BANNER_LEVEL) \
        or start >= 2 and t[start - 2] in "该本此这" and t[start - 1] in "镇乡县区市"  # 该镇…中心
    name = t[start:e]
    verdict = _check_named(ctx, head, typ, cls, body, spec, src)
    if verdict:
        return verdict
    check = _CLASS_CHECKS.get(cls)  # each of these classes decides every candidate of its own
    if check:
        return check(ctx, t, head, typ, cls, body, name, start, e, spec, level, src)
    return _check_body(ctx, t, head, typ, body, name, start, e, spec, level, src)


# bodies a level word before a coordinated name also qualifies (自治区党委、人民政府)
LEVEL_SHARING_HEADS = ("人民政府", "政府", "人大常委会", "人大", "政协")
# a body of a level (and a post in it) closing right before the conjunction
LEVEL_BODY_BEFORE = re.compile(
    r"(?:自治区|省|市|县|区|州|旗|盟)(?:党委|人大|人大常委会|政府|人民政府|政协)[\u4e00-\u9fff]{0,4}$")


FIRST_SECRETARY = "党委第一书记"


def _bare_head(t: str, head: str, typ: str, cls: str, body: str, start: int, e: int,
               surnames: frozenset[str] | set[str] = frozenset()) -> Verdict | None:
    """A head with no body that names one thing alone in the document's jurisdiction (None: the
    head has a body, or its bare form names nothing)."""
    if not body and cls == "games":
        return typ, 0.7, f"rule:head:{head}"  # 军运会, 冬奥会: the games' own short name
    if not body and cls == "mil" and head != "人武部":
        return typ, 0.75, f"rule:head:{head}"  # 省军区, 军分区: unique in the document's jurisdiction
    if not body and head == "人武部" and t.startswith(("政委", "部长", "政治委员"), e):
        return typ, 0.7, f"rule:head:{head}"
    # 市委书记、人武部党委第一书记甲某: the local Party secretary's post in the document's own 人武部, held
    # by the person named after it (…委书记、人武部党委第一书记述职: every county's, no one body; ent59)
    if not body and head == "人武部" and t.startswith(FIRST_SECRETARY, e) \
            and t[e + len(FIRST_SECRETARY):e + len(FIRST_SECRETARY) + 1] in surnames:
        return typ, 0.7, f"rule:head:{head}"
    if not body and head in BARE_ZONES and (start == 0 or t[start - 1] in "\n，,。；;：:、"
                                            or t[start - 2:start] in ("一行", "行来", "行到", "行赴")):
        return typ, 0.6, f"rule:head:{head}"  # 高新区 opening a clause: the document's own zone
    c = start - 1
    while c > 0 and t[c] in " \u3000":
        c -= 1  # (区人大、 政协: a space after the mark)
    if not body and head in LEVEL_SHARING_HEADS and c >= 2 and t[c] in "、.．和" \
            and LEVEL_BODY_BEFORE.search(t, max(0, c - 16), c):
        # 自治区党委、人民政府, 区人大、政协: the conjunct shares the level of the body before it; it is
        # annotated as written (GUIDELINES "Coordinated names")
        return typ, 0.65, f"rule:head:{head}"
    return None


def _service_type(head: str, typ: str, body: str) -> str:
    """A body's type by the service it belongs to: military by a branch word, civil by a civil one."""
    # a unit whose name starts with a service branch is military whatever the head says
    military_body = body.startswith(MIL_PREFIXES) or MILITARY_IN_BODY.search(body)
    # ... except its Party committee, which is a Party committee (县人武部党委, 大理军分区党委)
    if typ in ("PartyGovBody", "IndustrialPark") and military_body \
            and head not in ("科学院", "研究中心", "党委"):
        typ = "MilitaryUnit"
    if typ == "MilitaryUnit" and CIVIL_IN_BODY.search(body):
        typ = "PartyGovBody"  # 青山市消防救援支队: the fire and rescue service is civilian since 2018
    return typ


def _designation_type(ctx: NameContext, t: str, head: str, typ: str, body: str, start: int) -> str:
    """A zone named by the nation or a title conferred on a place is a Policy (a designation)."""
    if head in ("示范区",) and body.startswith(("国家", "全国")) and not body.startswith("国家级"):
        typ = "Policy"
    if (head == "示范区" and body.startswith("国家级")
            and TYPE_AND_CHECK_RE4.search(t[max(0, start - 4):start])):
        typ = "Policy"  # 创建国家级军民融合创新示范区: a title a city applies for
    if head in DESIGNATION_HEADS and _conferred_title(ctx, body):
        typ = "Policy"
    if head == "试验区" and fold(body).endswith(PILOT_ZONE_PURPOSES):
        typ = "Policy"  # 东川省全面创新改革试验区: the reform a place pilots, no site
    return typ


_SHORT_BRACKETED = re.compile(r"[(（][^)）]{1,6}[)）]")  # (speed18: compiled here, not from the re cache)


def _names_a_field(ctx: NameContext, body: str) -> bool:
    """Does an innovation centre's body name a field or an owner (人工智能, 航天技术, a firm's
    name), beyond its places, bracketed places and words that name no field (军民融合, 科技: ingest/
    data/hub_generic_words.txt)? A centre whose body ends in 协同 is a joint platform, not a lab;
    one named after a dash (青山平台—青山量子军民融合创新中心) is read from the dash on, as its
    standalone mentions are."""
    if body.endswith("协同"):
        return False
    rest = _SHORT_BRACKETED.sub("", body.rpartition("—")[2])
    while rest and (m := ctx.place_re.match_at(rest, 0)):
        rest = rest[m.end():]
    for w in HUB_GENERIC_WORDS:
        rest = rest.replace(w, "")
    return len(rest) >= 2 and ALL_CJK(rest) is not None


def _part_type(head: str, typ: str, body: str, ctx: NameContext | None = None) -> str:
    """The type of a body named as a legal form or a part of another: its whole's type."""
    if head == "合伙企业" and "基金" in body:
        typ = "Fund"  # …产业投资基金合伙企业(有限合伙): a fund in the legal form of a partnership
    # a sub-office of an institute or company has its parent's type: 中科院北京分院科技合作处
    if head in ("处", "办公室", "局") and TYPE_AND_CHECK_RE5.search(body):
        typ = "ResearchInstitute"
    # 东川市军民融合促进会办公室, 某某开发区核心区: a part named after its whole (an entity of its
    # own, as the annotated batches have it) has the whole's type: an association's office
    if head in SUB_PART_OF and body.endswith(SUB_PART_OF[head]):
        whole = next(w for w in SUB_PART_OF[head] if body.endswith(w))
        typ = HEAD_INFO.get(whole, (typ, ""))[0]
    if head in DEPT_OF_PARENT_HEADS and typ == "PartyGovBody" and ctx is not None:
        typ = _parent_type(ctx, body) or typ
    return typ


def _parent_type(ctx: NameContext, body: str) -> str:
    """The type of the firm or institute a department's body opens with or names last (东方集团公司
    光电局, 青山大学创新园综合部; a known group's short name, 中国某发采购部), "" when none."""
    words = list(PARENT_IN_DEPT_BODY.finditer(body))
    if words:
        return "Enterprise" if words[-1].group("firm") else "ResearchInstitute"
    for k in range(min(len(body) - 1, 8), 1, -1):
        known = ctx.gaz_forms.get(body[:k])
        if known and known[1] in ("Enterprise", "ResearchInstitute"):
            return known[1]
    return ""


class _LazySpecific:
    """`_specific_body(ctx, t, body)` as a truth value worked out when first tested (speed16): the
    checks read `spec` only in tests (`if spec`, `spec or level`, `0.8 if spec else 0.7`), and those
    of the project, sub-zone, period, garrison and region classes, and every check that rejects
    before it, never do; `_specific_body` reads nothing that changes (`specific` is memoised), so
    the same verdicts."""

    __slots__ = ("_args", "_value")

    def __init__(self, ctx: NameContext, t: str, body: str) -> None:
        self._args: tuple | None = (ctx, t, body)
        self._value = False

    def __bool__(self) -> bool:
        if self._args is not None:
            self._value = _specific_body(*self._args)
            self._args = None
        return self._value


def _specific_body(ctx: NameContext, t: str, body: str) -> bool:
    """Does the body name one thing (a place, a known name, a town, a lab's designation)?"""
    spec = ctx.specific(body)
    if not spec and (TOWN.fullmatch(body) or TYPE_AND_CHECK_RE6.search(body)):
        spec = True  # 潘家庄镇人武部; 高功率半导体激光国家级重点实验室
    if not spec:
        # 怀来高新技术产业开发区: a county's short form that is also a common word counts as a
        # place when the document names that county in full (张家口市怀来县)
        full = ctx.lex.county_short.get(body[:2]) or ctx.lex.county_short.get(body[:3])
        spec = bool(full) and full in t
    return spec


def _check_named(ctx: NameContext, head: str, typ: str, cls: str, body: str, spec: bool,
                 src: str) -> Verdict | None:
    """Classes named by a region or a plain body: any, region, strategies, institutes (None: not
    decided here)."""
    if cls == "any":
        return (typ, 0.8, src) if len(body) >= 2 else REJECT
    if cls == "region":
        # the strategy is named after a region: 中部地区崛起, 京津冀协同发展, 黄河流域生态保护和高质量发展
        core = TYPE_AND_CHECK_RE7.sub("", body)
        # (a province's or a city's own 振兴/崛起/大开发/高质量发展, 青山振兴发展, is its development in
        # general: the strategies are named after a region, 东北振兴, 西部大开发: READ u18, u59, u72, u76)
        city_level = head in REGION_ONLY_HEADS and core not in ctx.lex.regions
        if ctx._is_place(core) and not city_level or TYPE_AND_CHECK_RE8.fullmatch(core
        ):
            return typ, 0.7, src
        return REJECT
    if head == "战略" and TYPE_AND_CHECK_RE9.search(body):
        return REJECT  # 省政府发展战略: an organ's strategy in general, not a named one
    if head == "战略":
        core = body[2:] if body.startswith("国家") else body
        if len(core) < 3 or core.endswith(("国家", "国际")):
            if not (core.endswith("国家") and len(core) >= 6):
                return REJECT
    if head in ("研究所", "研究院") and len(body) >= 4:
        return typ, 0.7 if not spec else 0.85, src
    return None


def _check_office_or_unit(ctx: NameContext, t: str, head: str, typ: str, cls: str, body: str, name: str,
                          start: int, e: int, spec: bool, level: bool, src: str) -> Verdict | None:
    """Offices, departments, military units, garrisons and quoted names (None: not decided here)."""
    if cls == "office":
        if head == "委" and len(body) == 1 and body not in LEVEL_CHARS + "州" and body not in BANNER_LEVELS:
            return REJECT
        return typ, 0.85 if spec else 0.75, src
    if cls == "dept" and ("公司" in body or "集团" in body):
        return REJECT  # 某某集团公司科技部: a department of a firm, no government body
    if cls == "dept" and head in BARE_DEPARTMENT_HEADS and not (level or len(body) >= 4 or spec) \
            and _bare_department(ctx, t, body, e):
        return typ, 0.65, src  # (发展处负责): the document's own department
    if cls == "dept":
        return (typ, 0.8, src) if (level or len(body) >= 4 or spec) else REJECT
    if cls == "mil":
        officer_after = t.startswith(("政委", "部长", "政治委员"), e)
        if head == "人武部" and not level and not officer_after and not spec:
            return REJECT
        if body and not level and head != "军分区" and not spec:
            return REJECT
        return typ, 0.85, src
    if cls == "milonly":
        return (typ, 0.7, src) if body.startswith(("军队", *MIL_PREFIXES)) else REJECT
    if cls == "troops":
        # 驻洛部队, 驻京部队, 驻X部队: a named garrison; 部队 alone is a generic class
        after = body[body.rfind("驻") + 1:] if "驻" in body else ""
        if after and after[0] in LEVEL_CHARS:
            return REJECT  # 驻市部队, 驻区军警部队: the troops stationed at a level, a class
        if after and len(after) <= 4 and after not in ("军", "地", "军各", "地各"):
            return typ, 0.85, src
        if body.startswith(MIL_PREFIXES) or TYPE_AND_CHECK_RE10.fullmatch(body):
            return typ, 0.8, src
        return REJECT
    if cls == "quoted":
        if "“" in body or '"' in body or "《" in body or spec and len(body) >= 3:
            return typ, 0.8, src
        return REJECT
    return None


def _check_project(ctx: NameContext, t: str, head: str, typ: str, cls: str, body: str, name: str,
                   start: int, e: int, spec: bool, level: bool, src: str) -> Verdict | None:
    """Projects and park phases: one named project, not projects of a kind (None: not a project)."""
    if cls == "project" and typ == "IndustrialPark":
        return (typ, 0.7, src) if ctx.strong_specific(body) else REJECT
    phased = cls == "project" and "期" in name and (
        PHASE_END.search(name) or PARK_PHASE_END.search(body))
    if phased:
        return typ, 0.7, src  # 某某产业园项目(二期), 产业园(二期)项目: one phase of a park, a project
    if cls == "project" and head == "项目" and PARK_BODY_END.search(body) and start >= 2 \
            and t[start - 1] in "与和及" and is_cjk(t[start - 2]) and t[start - 2] != "目":
        return REJECT  # 卫星定标与|某检验基地项目: the second half of one project's name, not a name
    if cls == "project" and TYPE_AND_CHECK_RE12.search(body):
        return REJECT  # 中国电子科技集团公司项目(合作协议): a firm's projects, not a named one
    if cls == "project" and head == "工程" and body.endswith(("人防", "人防指挥", "防护", "人防地下")):
        return REJECT  # 人防指挥工程: civil-defence works, a kind of facility
    if cls == "project" and head == "项目" and _kind_of_project(body):
        return REJECT  # 中物院合作项目, 军民融合重点项目: projects of a kind, not one project
    if cls == "project":
        if "“" in body or (ctx.strong_specific(body) and len(body) >= 3):
            return typ, 0.75, src
        if head == "工程" and len(body) >= 6:
            return typ, 0.65, src
        return REJECT
    return None


def _check_meeting_or_topic(ctx: NameContext, t: str, head: str, typ: str, cls: str, body: str, name: str,
                            start: int, e: int, spec: bool, level: bool, src: str) -> Verdict | None:
    """Congresses, events and topics (plans, systems): named by a level, an ordinal or enough
    words (None: not decided here)."""
    if cls == "congress":
        # 省第十二次党代会, 全国人代会, 全国“两会”: a jurisdiction's congress, named by its level or
        # place (and an ordinal); the bare word (召开党代会) names no one congress
        core = ORDINAL.sub("", body.strip("“”\"\u3000 "))
        if core and (core in CONGRESS_LEVELS or ctx.specific(core)):
            return typ, 0.75, src
        return REJECT
    if cls == "games":
        # 青山奥运会, 东川青奥会: the games named by the city that holds them
        return (typ, 0.75, src) if len(body) >= 2 or spec else REJECT
    if cls == "event" and "定期" in t[max(0, start - 4):start]:
        return REJECT  # 定期召开工作联系会议: meetings of a kind, held periodically
    if cls == "event":
        if body in ("有关", "相关", "重要", "这次", "本次", "此次", "各种", "各类", "专题", "全体",
                    "合作项目", "项目", "重大项目", "重点项目", "项目集中", "集中", "(扩大)", "（扩大）"):
            return REJECT
        om = ORDINAL.match(body)
        if om and 0 < len(body) - om.end() <= 2 and t[start - 1:start] == "的" and not spec:
            return REJECT  # 全省…的第二次科技会议: an ordinal meeting of a kind, no name
        if len(body) >= 4 or spec or ORDINAL.search(body):
            return typ, 0.8, src
        if head in COMMITTEE_SITTING_HEADS and body.endswith("委"):
            return typ, 0.75, src  # 省委议军会精神: the committee's own sitting (ent56)
        return REJECT
    if cls == "topic":
        if len(body) < 2 or body in ("国家", "发展", "国家发展", "重大国家", "总体", "基本", "工作",
                                     "国家重要发展", "国家重大", "重要发展",  # the nation's strategy
                                     "相关",
                                     "领导", "重要", "各项", "有关", "这些", "各种", "规章", "管理",
                                     "产业", "工业", "科技", "投资", "产业投资", "专家", "民兵",
                                     "特色", "重点", "专业", "现代", "各类", "优势", "具体",
                                     "重大"):  # (重大主题教育: education on major themes, ent42)
            return REJECT
        if head == "制度" and not (spec or len(body) >= 4):
            return REJECT
        if head == "工作要点" and len(YEAR_FRONT.sub("", body)) < 2:
            return REJECT  # 审议通过…和2019年工作要点: a year's points of a body named before, no name
        return typ, 0.75 if spec else 0.7, src
    return None


# a year at the front of a plan's body (2019年, 2020年度)
YEAR_FRONT = re.compile(r"^[0-9]{4}年度?")


# a park's name and a sub-zone's own name of two to four characters at the end of a body
# (青山高新区|东川, 青山航空产业园|西岭): the sub-zone heads 片区/园区 need one (heads.tsv class subzone)
_PARK_HEADS = sorted((h for h, (typ, _) in HEAD_INFO.items() if typ == "IndustrialPark"),
                     key=len, reverse=True)
PARK_THEN_ZONE = re.compile("(?:" + "|".join(_PARK_HEADS) + ")[\u4e00-\u9fff]{2,4}$")


def _period_start(t: str, start: int) -> int:
    """The start over an era word right before a strategy's body (新时代|人才强军战略, 新形势下|军事
    战略方针): the era word is a word of the strategy's name (STRATEGY_PERIODS), though a stop word
    before any other name, so the left extension stopped at it or inside it (贯彻新|形势下: 新 is
    trimmed as an adjective)."""
    for w in STRATEGY_PERIODS:
        for k in range(len(w), 0, -1):
            if k <= start and t.startswith(w, start - k):
                return start - k
    return start


def _check_period(ctx: NameContext, t: str, head: str, typ: str, cls: str, body: str, name: str,
                  start: int, e: int, spec: bool, level: bool, src: str) -> Verdict:
    """方略, 战略方针 (heads.tsv class period) name a strategy when an era word opens it and a body
    of two characters or more follows (新时代政治建军方略, 新时期军事战略方针); after a verb or 的
    (政治建军大方略, …党的治边方略) the word is a common noun and no name is proposed."""
    era = next((w for w in STRATEGY_PERIODS if body.startswith(w)), "")
    return (typ, 0.75, src) if era and len(body) - len(era) >= 2 else REJECT


def _check_subzone(ctx: NameContext, t: str, head: str, typ: str, cls: str, body: str, name: str,
                   start: int, e: int, spec: bool, level: bool, src: str) -> Verdict:
    """A sub-zone of a park (青山高新区东川园区, 青山航空产业园西岭片区) is a park of its own: the
    park's name, then the zone's. 片区/园区 after anything else names no zone (老城片区, 3个园区)."""
    m = PARK_THEN_ZONE.search(body)
    return (typ, 0.7, src) if m and m.start() > 0 else REJECT


def _check_campaign(ctx: NameContext, t: str, head: str, typ: str, cls: str, body: str, name: str,
                    start: int, e: int, spec: bool, level: bool, src: str) -> Verdict:
    """A campaign of inspection or rectification (专项活动, 专项治理: heads.tsv class campaign) is named by a
    quote (“青山清风”专项活动) or a topic of six characters or more (维护退役军人权益公益诉讼专项活动); a
    short topic (公益诉讼专项活动, 腐败问题专项治理) names the kind of campaign, no one campaign (ent59)."""
    if "“" in body or len(body) >= 6:
        return typ, 0.7, src
    return REJECT


# the head classes whose check decides every candidate of the class (the rest fall to _check_body)
_CLASS_CHECKS = {
    **dict.fromkeys(("office", "dept", "mil", "milonly", "troops", "quoted"), _check_office_or_unit),
    "project": _check_project,
    "subzone": _check_subzone,
    "period": _check_period,
    "campaign": _check_campaign,
    **dict.fromkeys(("congress", "event", "topic", "games"), _check_meeting_or_topic),
}


def _check_body(ctx: NameContext, t: str, head: str, typ: str, body: str, name: str, start: int, e: int,
                spec: bool, level: bool, src: str) -> Verdict:
    """cls == "body" (and a firm's legal form): something must make it one specific thing."""
    # 东方蓝天钛金科技有限公司: a registered legal form names one company, whatever its words
    if head in ("有限公司", "股份有限公司", "有限责任公司") and len(body) >= 4 \
            and not TYPE_AND_CHECK_RE13.search(body):
        return typ, 0.7, src
    # cls == "body": needs something that makes it one specific thing
    if spec or level:
        return typ, 0.8 if spec else 0.7, src
    if typ == "PartyGovBody" and head in BARE_DEPARTMENT_HEADS and _bare_department(ctx, t, body, e):
        return typ, 0.65, src  # 经济和信息化厅二级巡视员: the document's own department
    if head == "党委" and body in ("人武部", "军分区", "警备区", "武装部"):
        return typ, 0.7, src  # 人武部党委: the Party committee of the jurisdiction's own unit
    if head in PARK_COMMITTEE_HEADS and body.endswith(BARE_ZONES + ("园区",)):
        return typ, 0.7, src  # 开发区管委会, 园区党工委: the committee running the document's own park
    # 成立了军民融合产业联盟: the body just founded is one specific thing, however generic its name
    founded = TYPE_AND_CHECK_RE14.search(t[max(0, start - 4):start]) \
        or t[start - 1:start] == "的" and FOUNDED_LED_BY.search(t[max(0, start - 72):start])
    # 支持组建…联盟: forming alliances of a kind is encouraged, none is named
    encouraged = TYPE_AND_CHECK_RE15.search(t[max(0, start - 14):start])
    if typ == "Association" and founded and not encouraged:
        return typ, 0.8 if spec else 0.7, src
    if typ == "PartyGovBody" and founded and not encouraged:
        # 双方将共同成立合作委员会, 成立了…服务中心, 成立…协调小组: the body founded is one specific body
        return typ, 0.65, src
    # 军民融合学会联合体: the short form of a body the document names in full elsewhere
    # (中国科协军民融合学会联合体成立大会), even when that full name is nested in another one
    if typ in ("Association", "ResearchInstitute") and _named_in_full(ctx, t, name, start):
        return typ, 0.65, src
    if typ == "ResearchInstitute" and _two_long_fields(body):
        return typ, 0.65, src  # 青山装配技术与装备实验室: a lab named by the two fields it joins
    return REJECT


def _two_long_fields(body: str) -> bool:
    """Does an institute's body join two fields with 与/及, the first of four characters or more
    (青山装配技术与装备实验室)? Such a name is one lab's or school's, not a kind of one; a short pair
    (企业与高校实验室) may be a kind."""
    k = max(body.rfind("与"), body.rfind("及"))
    return k >= 4 and len(body) - k - 1 >= 2 and ALL_CJK(body) is not None


RANK_BEFORE_TITLE = ("一级", "二级", "三级", "四级")
# 民政局、教育局负责同志: the comrades in charge of departments of a kind (a notice's formula), no task
CLASS_IN_CHARGE = ("负责同志",)
BARE_LIST_ITEM = re.compile(
    "、([\u4e00-\u9fff]{2,10}?)(?:" + "|".join(sorted(BARE_DEPARTMENT_HEADS, key=len, reverse=True)) + ")")


def _bare_department(ctx: NameContext, t: str, body: str, e: int) -> bool:
    """Is a department named by its field alone (科技厅, 人民防空办公室) one body here?

    A department with no place or level is the document's own one when someone holds a post in
    it or it is charged with a task: a title (after a civil-service rank) or 负责 follows it
    (科技厅二级巡视员, 青山办公室负责人, (某某局负责)). Without that it may name the kind (各地
    民政局), so it stays rejected.
    """
    if len(body) < 2:
        return False
    k = e + 2 if t.startswith(RANK_BEFORE_TITLE, e) else e
    if ctx.title_re.match(t, k) or t.startswith(tuple(layout().words["lead_clause_cues"]), e) \
            and not t.startswith(CLASS_IN_CHARGE, e):
        return True
    # 甲办公室、乙办公室负责人: an item of a list of such departments, the last one titled
    nxt = BARE_LIST_ITEM.match(t, e) if t[e:e + 1] == "、" else None
    return bool(nxt) and _bare_department(ctx, t, nxt.group(1), nxt.end())


def _quoted_slogan(t: str, q: int, start: int) -> bool:
    """Is the quoted stretch t[q:start] before a name a slogan's words, not the name's own?

    A quote that opens with a verb or an adverb (“全力建设东川示范区”, “加快打造青山产业城”) or
    holds a list (“做强东川产业、建设青山新城”) is a slogan around the name: the name keeps its
    own start.
    """
    return "、" in t[q:start] or t.startswith(STOP_WORDS, q) or t.startswith(FOUNDING_VERBS, q)


def _kind_of_project(body: str) -> bool:
    """Does the body before 项目 describe a kind of project, not name one?

    A rank, class or stage word (东方集团重点项目, 青山科研项目), a verb whose object the projects
    are (市财政局填报项目) or a count (协同中心两大项目) closes it. A quoted name right before the head
    (“东方一号”项目) is a name; the words after a quote still decide (“一带一路”沿线特色项目).
    """
    tail = body.rpartition("”")[2]
    return tail.endswith(GENERIC_PROJECT_END) or bool(PROJECT_COUNT_END.search(tail))


def _split_glued_bodies(ctx: NameContext, t: str, start: int, ms: int) -> int:
    """某市双拥办协调|某某军分区, 某某集团“牵手”|某某部队: a body, a verb and a second body
    written without a break; the name starts after the verb."""
    jw = ctx.lex.jieba_words
    for k in range(ms - 3, start + 2, -1):
        if t[k - 1] not in GLUE_BODY_END:
            continue
        if t[k] == "“":
            q = t.find("”", k + 1, k + 5)
            verb, nxt = (t[k + 1:q], q + 1) if q > 0 else ("", k)
        else:
            verb, nxt = t[k:k + 2], k + 2
        fp = jw.get(verb)
        if not verb or not fp or not fp[1].startswith("v") or nxt >= ms - 1:
            continue
        if ctx._place_at(t, nxt) or t[nxt].isdigit():
            return nxt
    return start


def _paren_alias(ctx: NameContext, t: str, inner: str, close: int) -> bool:
    """公司(中船重工): a parenthesis holding a name used again outside it is an alias, not a
    qualifier of the name (公司(集团), 基地(二期))."""
    if inner in PAREN_QUALIFIERS or len(inner) < 2 or inner[-1] in "期批":
        return False
    i = t.find(inner, close + 1)
    while i >= 0:
        if t[i - 1:i] not in "(（":
            return True
        i = t.find(inner, i + 1)
    return False


def _named_in_full(ctx: NameContext, t: str, name: str, start: int) -> bool:
    i = t.find(name)
    while i >= 0:
        if i != start and i > 0:
            s, _ = ctx.left_extend(t, i, i + len(name), maxlen=10)
            s = ctx._drop_leading_words(t, ctx._trim_left(t, s, i), i)
            prefix = t[s:i]
            if len(prefix) >= 2 and (prefix in ctx.gaz_forms or ctx._is_place(prefix)
                                     or prefix.startswith(("中国", "国家", "全国"))):
                return True
        i = t.find(name, i + 1)
    return False


def _garrison_start(t: str, start: int, ms: int) -> int:
    """Start of a garrison's name 驻X部队 (驻青山部队, 驻镇部队): from its 驻, which the verb cut may have
    taken off the front, and with the service written right before it inside the name's stretch
    (海军驻青山部队); what stands before 驻 otherwise (走访慰问驻…) is no part of the name."""
    k = t.rfind("驻", start, ms)
    if k < 0 and start > 0 and t[start - 1] == "驻" and ms - start <= 4:
        k = start - 1
    if k < 0:
        return start
    service = next((p for p in MIL_PREFIXES if t.endswith(p, 0, k)), "")
    b = k - len(service)
    if service and b >= start and t[b - 1:b] not in ("和", "与", "及", "、"):
        return b  # (解放军和武警驻青山部队: one of a list of services; the garrison alone is named)
    return k
