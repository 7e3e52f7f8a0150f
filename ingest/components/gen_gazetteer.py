"""Generators that look names up: gazetteer forms (national bodies, defence groups, leaders),
Party congresses, designations (中国某某之都), numbered institutes and factories, boards' companies,
warships. Source labels: `gazetteer:*`, `rule:party_congress`, `rule:numbered_institute` …
"""

from __future__ import annotations

from ingest.components import head_filters, segment
from ingest.components.candidate import Cand, is_cjk
from ingest.components.name_context import NameContext
from ingest.components.name_rules import (
    ACADEMY_CONTEXT,
    BOARD,
    BODY_SITE_AFTER,
    BOSS,
    CENTRAL_AFTER,
    CENTRAL_MODIFIES,
    CODE_NAME_BEFORE,
    DESIGNATIONS_RE1,
    DOCTRINE_AFTER,
    FIELD_LIST_AFTER,
    FORCE_PEOPLE_AFTER,
    GROUP_SHORT_BEFORE_NUMBER,
    LAW_FIELD_AFTER,
    LAW_STATE_BEFORE,
    LEVEL_CHARS,
    NUMBERED_ACADEMY,
    NUMBERED_FACTORY,
    NUMBERED_INSTITUTE,
    SERVICES,
    SHIP_BEFORE,
    SHIP_END,
    STOP_CHARS,
    TERM_BEFORE_BODY,
)


def gazetteer(ctx: NameContext, t: str) -> list[Cand]:
    out = []
    for s, e, w in ctx.gaz_re.finditer(t):
        name, typ = ctx.gaz_forms[w]
        if w == "中央" and (t[e:e + 1] in CENTRAL_MODIFIES or t[s - 1:s] in CENTRAL_AFTER):
            continue
        if w.endswith("部") and e < len(t) and t[e] in "门分署队长":
            continue
        if typ == "Person" and t.startswith(DOCTRINE_AFTER, e):
            continue  # 以某某新时代…思想为指导: a doctrine named after a leader, no mention of the person
        if typ == "Person" and len(w) == 2 and _given_name_goes_on(ctx, t, e):
            continue  # 朱某明出席: a two-character leader's name is the start of a longer name (ent44)
        if BODY_SITE_AFTER.match(t, e + 2 if t.startswith("政府", e) else e):
            continue  # 中央政府门户网站: the page's source outlet (head filter body_website), no actor
        if typ == "Policy" and w.endswith("法") and t.startswith(LAW_FIELD_AFTER, e):
            continue  # 国防法规, 人民防空法律法规: the laws of a field, no one law
        if typ == "Policy" and w.endswith("法") and t.endswith(LAW_STATE_BEFORE, 0, s):
            s -= len(LAW_STATE_BEFORE)  # 中华人民共和国兵役法: the law by its full name
        if t.startswith("界别", e):
            continue  # 来自九三学社界别的委员: a sector of a political consultative conference
        if typ == "MilitaryUnit" and FORCE_PEOPLE_AFTER.match(t, e):
            continue  # 驻青解放军官兵, 解放军和武警部队代表团: the force's people, no unit
        if typ == "MilitaryUnit" and t.startswith(("报", "日报", "画报"), e):
            continue  # 解放军报: a newspaper, not the army
        if typ == "MilitaryUnit" and len(w) <= 3 and _straddles_words(ctx, t, s, e):
            continue  # 南海|军事, 航空|军品, 大陆|军事, 汇总|后: the service's characters end other words
        # a short group name glued to more text is a word, not the group (中国建筑|金属结构)
        if typ in ("Enterprise", "MilitaryUnit") and len(w) <= 4 and w[-1] not in "委部局院会办"\
                and w not in SERVICES and ctx._glued_to_noun(t, e):
            continue
        if typ == "PartyGovBody" and len(w) <= 3 and _last_char_goes_on(ctx, t, w, e):
            continue  # 最高|检测精度, 最高|法定刑: a short form's last character opens the next word (ent59)
        if typ == "Enterprise" and len(w) <= 4 and FIELD_LIST_AFTER.match(t, e):
            continue  # 航天科技、国防工业相关领域: fields of work, not the group
        if typ == "PartyGovBody" and s and t[s - 1] in "届屆" \
                and (m := TERM_BEFORE_BODY.search(t, max(0, s - 6), s)):
            s = m.start()  # 九届全国政协, 十九届中央军民融合发展委员会: the body's term is part of its name
        out.append(Cand(s, e, typ, "gazetteer:national", 0.95, priority=5, key=name))
    return out


# the characters an organ's name ends in (部, 委, 局 …): a form ending so is not cut by _last_char_goes_on
ORGAN_END_CHARS = "部委局院会办厅署府"


def _last_char_goes_on(ctx: NameContext, t: str, w: str, e: int) -> bool:
    """Does the last character of a short organ form (最高检, 最高法) make a frequent dictionary word with
    the character after it (检测, 法定)? Then the form is no mention. Not a form closed by an organ's
    head character (民政部署…, 国资委员…: the organ's own word; the 部 rule above reads 部门, 部长)."""
    if e >= len(t) or not is_cjk(t[e]) or w[-1] in ORGAN_END_CHARS:
        return False
    return ctx.lex.is_common_word(t[e - 1:e + 1], 50)


def _straddles_words(ctx: NameContext, t: str, s: int, e: int) -> bool:
    """Does a short military name at [s, e) straddle the words around it (在南海|军事斗争中 holds
    海军, 非航空|军品 空军, 大陆|军事 陆军, 请汇总|后 总后)? Only where the character before it and its
    first character make a dictionary word is the text segmented (jieba, a few characters around):
    the name is a mention only when a token starts at s and one ends at e. (ent42: READ u16, u29,
    u39, u61, u79.)"""
    if s == 0 or not is_cjk(t[s - 1]) or t[s - 1:s + 1] not in ctx.lex.jieba_words:
        return False
    lo = max(0, s - 3)
    bounds, pos = {lo}, lo
    for tok in segment.lcut(t[lo:e + 2], HMM=False):
        pos += len(tok)
        bounds.add(pos)
    return s not in bounds or e not in bounds and e < len(t)


def _given_name_goes_on(ctx: NameContext, t: str, e: int) -> bool:
    """Does the character after a two-character name go on with it (a three-character name), rather
    than start what follows it (a stop character, a verb or function word, a word, a title: 朱某的,
    朱某作, 朱某同志, 朱某元帅)?"""
    c = t[e:e + 1]
    if not c or not is_cjk(c) or c in STOP_CHARS:
        return False
    fp = ctx.lex.jieba_words.get(c)
    if fp and fp[1][:1] in "vrdpcumqb":
        return False  # 李某作报告, 李某率团: a verb or a function word of its own after the name
    return not ctx._word_at(t, e) and ctx.title_re.match(t, e) is None


def party_congresses(ctx: NameContext, t: str) -> list[Cand]:
    out = []
    for m in ctx.party_re.finditer(t):
        s, e = m.span()
        # "省军区党委全会": a plenum of a named body is found by the head rules instead
        out.append(Cand(s, e, "Event", "rule:party_congress", 0.9, priority=4))
    return out


def designations(ctx: NameContext, t: str) -> list[Cand]:
    """Titles conferred on a city: 中国五金之都, 中国门都 (Policy, like 全国双拥模范城)."""
    out = []
    for m in DESIGNATIONS_RE1.finditer(t):
        if m.group().endswith("之都") and head_filters.in_quotes(t, m.start()):
            continue  # 打造‘中国某某之都’: a goal or an epithet in quotes (head filter quoted_epithet)
        out.append(Cand(m.start(), m.end(), "Policy", "rule:designation", 0.7, priority=2))
    return out


def numbered_institutes(ctx: NameContext, t: str) -> list[Cand]:
    """七二五所, 713所, 第716研究所: an institute known by its number (with its group in front)."""
    out = []
    for m in NUMBERED_INSTITUTE.finditer(t):
        s, e = m.span()
        if t[s - 2:s] in ("院校", "高校", "学校", "大学", "院所", "中学", "小学", "医院", "科研"):
            continue  # 大专及以上院校14所: a count of schools
        start, _ = ctx.left_extend(t, s, e, maxlen=10)
        start = ctx._trim_left(t, start, s)
        body = t[start:s]
        if body and not (body in ctx.gaz_forms or ctx.specific(body)):
            # keep only a known group or place in front, or a group's short name (航天42所)
            start = s - len(next((g for g in GROUP_SHORT_BEFORE_NUMBER if body.endswith(g)), ""))
        out.append(Cand(start, e, "ResearchInstitute", "rule:numbered_institute", 0.75, priority=2))
    factories = list(NUMBERED_FACTORY.finditer(t)) if "厂" in t else []
    # 军工代号“141厂”: the code name of a factory the text names, there and wherever it recurs
    codes = {m.group() for m in factories if CODE_NAME_BEFORE.search(t, max(0, m.start() - 4), m.start())}
    for m in factories:
        s, e = m.span()
        if m.group() in codes:
            continue
        start, _ = ctx.left_extend(t, s, e, maxlen=8)
        start = ctx._trim_left(t, start, s)
        if t[start:s] and not (t[start:s] in ctx.gaz_forms or ctx.specific(t[start:s])):
            start = s
        out.append(Cand(start, e, "Enterprise", "rule:numbered_factory", 0.7, priority=2))
    # a bare 四院 is taken when the document names it with its group (航天四院) or gives it
    # officers (十院总会计师); 市二院 (a hospital) is excluded by the look-behind
    ms = list(NUMBERED_ACADEMY.finditer(t))
    known = {m.group(2) for m in ms if m.group(1) or ACADEMY_CONTEXT.match(t, m.end())}
    for m in ms:
        if m.group(2) in known:
            out.append(Cand(m.start(), m.end(), "ResearchInstitute", "rule:numbered_academy", 0.7,
                            priority=2))
    return out


def board_companies(ctx: NameContext, t: str) -> list[Cand]:
    """融创中国董事局主席: the body whose board (董事局/董事会) is named is a company."""
    out = []
    for m in BOARD.finditer(t) if "董事" in t else ():  # (the pattern needs 董事局 or 董事会)
        w = m.group(1)
        if not ctx._is_place(w) and w not in ctx.gaz_forms and w[0] not in LEVEL_CHARS:
            out.append(Cand(m.start(1), m.end(1), "Enterprise", "rule:board", 0.6, priority=2))
    if "董事长" in t or "总经理" in t or "总裁" in t or "创始" in t:
        for m in BOSS.finditer(t):
            w = m.group(1)
            if not ctx._is_place(w) and w not in ctx.gaz_forms and w[0] not in LEVEL_CHARS \
                    and not ctx.title_re.search(w) and ctx._company_like(w) \
                    and not (len(w) <= 3 and ctx._plausible_name(w)):
                out.append(Cand(m.start(1), m.end(1), "Enterprise", "rule:board", 0.55, priority=1))
    return out


def ships(ctx: NameContext, t: str) -> list[Cand]:
    """Named warships: a city's name + 舰 (某某舰), with 海军 before it when the text says so."""
    if "舰" not in t:
        return []
    out = []
    for m in SHIP_END.finditer(t):
        e = m.end()
        for k in (4, 3, 2):
            s = m.start() - k
            if s < 0 or t[s:m.start()] not in ctx.place_words:
                continue
            if s >= 1 and is_cjk(t[s - 1]) and not t.startswith("海军", s - 2) \
                    and t[s - 1] not in STOP_CHARS and not t.startswith(SHIP_BEFORE, s - 2):
                break  # glued to a longer word (城舰共建, 某某舰艇)
            if t.startswith("海军", s - 2):
                s -= 2
            out.append(Cand(s, e, "MilitaryUnit", "rule:ship", 0.65, 2))
            break
    full = {t[c.start + 2:c.end]: t[c.start:c.end] for c in out if t.startswith("海军", c.start)}
    for c in out:  # 深圳舰 after 海军深圳舰: the same ship
        if t[c.start:c.end] in full:
            c.key = full[t[c.start:c.end]]
    return out
