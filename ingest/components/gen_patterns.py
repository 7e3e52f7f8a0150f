"""Generators for names with a fixed shape: numbered documents (某发〔2020〕3号文件), laws told by
their provisions (某某法有关规定), CAS institutes
(中科院某某所, and its short form), series events (第五届某某会 and its short name), firms
introduced as such (某某是一家…企业), anonymised units (某部, 某旅)."""

from __future__ import annotations

from ingest.components import occurrences
from ingest.components.candidate import Cand
from ingest.components.name_context import NameContext
from ingest.components.name_rules import (
    ANON_UNIT,
    CAS_INSTITUTE,
    COMMAND_UNIT,
    CORPS_DIVISION,
    DOCUMENT_NUMBER,
    FIRM_INTRO,
    FORMULA_SYSTEM,
    GARRISON,
    LAW_BY_CONTEXT,
    LAW_COMMON_WORD,
    LAW_DEICTIC_START,
    NUMBERED_DOCUMENT,
    REPORT_BODIES,
    REPORT_LEVELS,
    RESERVE_UNIT,
    SERIES_EVENT,
    SLOGAN_SYSTEM,
    VALLEY_PARK,
)


def numbered_documents(ctx: NameContext, t: str) -> list[Cand]:
    out = []
    if "号文件" in t:
        for m in NUMBERED_DOCUMENT.finditer(t):
            out.append(Cand(m.start(), m.end(), "Policy", "rule:numbered_document", 0.7, priority=2))
    return out


def laws_by_context(ctx: NameContext, t: str) -> list[Cand]:
    """A law named without book-title marks (根据青山保护法有关规定, 东川教育法自2001年实施以来): the
    words after 法 (its provisions, an article, a requirement, the year it took effect) say that a
    law is named, and the name reads back from 法 as a head's body does (no stop word, verb or
    punctuation). Why: quoted laws are the book-title rule's; unquoted ones had no head, since 法
    alone closes everyday words (方法, 办法, 依法) far more often than names. A body of one
    character, a deictic (本法, 该法) or an everyday word ending in 法 is no law."""
    if "法" not in t:
        return []
    out = []
    jw = ctx.lex.jieba_words
    for m in LAW_BY_CONTEXT.finditer(t):
        ms = m.start()
        start, _hard = ctx.left_extend(t, ms, ms + 1, maxlen=20)
        body = t[start:ms]
        if len(body) < 2 or body.startswith(LAW_DEICTIC_START) \
                or (jw.get(t[ms - 1:ms + 1]) or (0, ""))[0] >= LAW_COMMON_WORD:
            continue
        out.append(Cand(start, ms + 1, "Policy", "rule:law_context", 0.7, priority=2))
    return out


def document_numbers(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """A document number is a name of the document it numbers (GUIDELINES: Policy). Right after
    that document's title (…的通知》⏎沈政办发〔2018〕108号, 《…意见》(国发〔2010〕37号)) it is the
    title's alias (grouped with it through the key); alone on its line with no title before it
    (a notice whose number heads the text) it is the document itself. An inline number after
    anything else (…提案的答复(某民函〔2018〕93号)) is left alone."""
    if "号" not in t:
        return []
    out = []
    policies = [c for c in chosen if c.type == "Policy"]
    for m in DOCUMENT_NUMBER.finditer(t):
        s, e = m.start(), m.end()
        title = next((c for c in policies
                      if 0 <= s - c.end <= 4 and not t[c.end:s].strip(" \n\t\u3000》”(（")), None)
        if title is not None:
            out.append(Cand(s, e, "Policy", "rule:document_number", 0.7, 2, key=t[title.start:title.end]))
            continue
        ls, le = t.rfind("\n", 0, s) + 1, t.find("\n", e)
        if t[ls:s].strip() == "" and t[e:le if le >= 0 else len(t)].strip() == "":
            out.append(Cand(s, e, "Policy", "rule:document_number", 0.65, 2))
    return out


def cas_institutes(ctx: NameContext, t: str) -> list[Cand]:
    out = []
    for m in CAS_INSTITUTE.finditer(t):
        out.append(Cand(m.start(), m.end(), "ResearchInstitute", "rule:cas_institute", 0.75, 2))
        short = m.group()[3 if m.group().startswith("中科院") else 5:]
        for s2, e2 in occurrences.spans(t, short):  # 声学所所长…: the short form, the same body
            if s2 != m.end() - len(short):
                out.append(Cand(s2, e2, "ResearchInstitute", "rule:cas_institute", 0.7, 1, key=m.group()))
    return out


def series_events(ctx: NameContext, t: str) -> list[Cand]:
    out = []
    if "届" in t:
        for m in SERIES_EVENT.finditer(t):
            s0 = m.start(2) if m.group(1) == "本届" else m.start()  # 本届 is deictic, no part of it
            out.append(Cand(s0, m.end(), "Event", "rule:series_event", 0.7, 2))
            short = m.group(2)
            if len(short) >= 3:  # 军博会 alone; a longer name around it wins
                for s2, e2 in occurrences.spans(t, short):
                    if s2 != m.start(2):
                        out.append(Cand(s2, e2, "Event", "rule:series_event", 0.6, 1, key=t[s0:m.end()]))
    return out


def valley_parks(ctx: NameContext, t: str) -> list[Cand]:
    """中国光谷, 中国航空谷: a cluster named by a national brand with no park head (VALLEY_PARK). Its
    short form without 中国 (航空谷, two characters of field or more) is the same park in that document."""
    out = []
    if "谷" not in t:
        return out
    for m in VALLEY_PARK.finditer(t):
        out.append(Cand(m.start(), m.end(), "IndustrialPark", "rule:valley_park", 0.7, 2))
        short = t[m.start(1):m.end()]
        if len(short) >= 3:
            for s2, e2 in occurrences.spans(t, short):
                if s2 != m.start(1):
                    out.append(Cand(s2, e2, "IndustrialPark", "rule:valley_park", 0.6, 1, key=m.group()))
    return out


def firm_intro(ctx: NameContext, t: str) -> list[Cand]:
    out = []
    if "是一家" in t:
        for m in FIRM_INTRO.finditer(t):
            w = m.group(1)
            if not ctx._is_place(w) and w not in ctx.gaz_forms and ctx._company_like(w, loose=True):
                out.append(Cand(m.start(1), m.end(1), "Enterprise", "rule:firm_intro", 0.6, 1))
    return out


def anonymised_units(ctx: NameContext, t: str) -> list[Cand]:
    out = []
    if "某" in t:
        for m in ANON_UNIT.finditer(t):
            out.append(Cand(m.start(), m.end(), "MilitaryUnit", "rule:anonymised_unit", 0.7, 2))
        for m in COMMAND_UNIT.finditer(t):
            # 南京军区某部: the command is named by the place right before it (not 见南京军区…)
            k = m.start()
            s = next((a for a in range(max(0, k - 6), k - 1) if ctx._is_place(t[a:k])), -1)
            while s >= 2:  # 东川青山军分区某连: the province before the city stays in the name (ent57)
                s2 = next((a for a in range(max(0, s - 6), s - 1) if ctx._is_place(t[a:s])), -1)
                if s2 < 0:
                    break
                s = s2
            if s >= 0:
                out.append(Cand(s, m.end(), "MilitaryUnit", "rule:anonymised_unit", 0.7, 2))
    if "兵团第" in t:
        for m in CORPS_DIVISION.finditer(t):
            out.append(Cand(m.start(), m.end(), "PartyGovBody", "rule:corps_division", 0.7, 2))
    if "驻" in t:
        for m in GARRISON.finditer(t):
            out.append(Cand(m.start(), m.end(), "MilitaryUnit", "rule:garrison", 0.7, 2))
    if "预备役" in t:
        for m in RESERVE_UNIT.finditer(t):
            s = m.start()
            for k in (4, 3, 2):  # a place before it is part of the name: 东川陆军预备役…团
                if s >= k and ctx._is_place(t[s - k:s]):
                    s -= k
                    break
            out.append(Cand(s, m.end(), "MilitaryUnit", "rule:reserve_unit", 0.7, 2))
    return out


def body_reports(ctx: NameContext, t: str) -> list[Cand]:
    """省政府工作报告, 东川省人民检察院工作报告: a body's yearly report is a Policy; the level or the
    place right before the body is part of its name; 各级政府工作报告 is a class of reports."""
    out = []
    i = t.find("工作报告")
    while i >= 0:
        body = next((b for b in REPORT_BODIES if t.endswith(b, 0, i)), "")
        s = i - len(body)
        lvl = next((v for v in REPORT_LEVELS if t.endswith(v, 0, s)), "") if body else ""
        s -= len(lvl)
        if body and not t.endswith(("各级", "各"), 0, s):
            for k in (4, 3, 2):  # 东川省政府工作报告: the place before the body
                if s >= k and ctx._is_place(t[s - k:s]):
                    s -= k
                    break
            out.append(Cand(s, i + 4, "Policy", "rule:body_report", 0.7, 2))
        i = t.find("工作报告", i + 4)
    return out


def formula_systems(ctx: NameContext, t: str) -> list[Cand]:
    """“1+6”…空间体系, “9+2”工作布局: a system or layout named by a quoted formula is a named
    system (a Policy, GUIDELINES); a 机制/体系 without one is almost always a description."""
    out = []
    if "+" in t or "＋" in t:
        for m in FORMULA_SYSTEM.finditer(t):
            out.append(Cand(m.start(), m.end(), "Policy", "rule:formula_system", 0.7, 2))
    if "“" in t and "体系" in t:
        # a quoted slogan and the system's field glued to it (“五位一体”强边固防体系) names one too
        for m in SLOGAN_SYSTEM.finditer(t):
            out.append(Cand(m.start(), m.end(), "Policy", "rule:slogan_system", 0.65, 2))
    return out
