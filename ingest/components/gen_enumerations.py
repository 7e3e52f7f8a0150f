"""Generators for names in enumerations: lists of firms, projects and units (A、B和C等企业),
signed projects, coordinated companies, bodies distributed over places. Each reads the names
chosen so far (`chosen`), since a list is recognised by the names already found in it.
"""

from __future__ import annotations

import re

from ingest.components import gen_list_types
from ingest.components.candidate import CJK, Cand, coverage
from ingest.components.lexicon import data_lines
from ingest.components.name_context import NameContext
from ingest.components.name_rules import (
    BUILT_PROJECT,
    COORDINATED_COMPANIES_RE1,
    DEPT_ITEM,
    DEPT_ITEM_HEADS,
    DEPT_RUN,
    ENTERPRISE_LISTS_RE1,
    ENTERPRISE_LISTS_RE2,
    ENUMERATED_COMPANIES_RE1,
    ENUMERATED_COMPANIES_RE2,
    ENUMERATED_COMPANIES_RE3,
    ENUMERATED_COMPANIES_RE4,
    ENUMERATED_COMPANIES_RE5,
    ENUMERATED_COMPANIES_RE6,
    FIRM_LAST_WORD,
    GENERIC_PROJECT_END,
    HEAD_INFO,
    LAUNCHED_PILOT,
    LEVEL_CHARS,
    LIST_INTRO,
    LISTED_UNITS,
    NAME_BAD,
    PROJECT_ENUM,
    SIGNED_PROJECT,
    SIGNED_PROJECTS_RE1,
    SIGNED_PROJECTS_RE2,
)

_ITEM = r"[" + CJK + r"]{2,6}"
# (compiled at import: built inside the function, each document paid the joins and two lookups in
# re's cache, which, full after the build, could also have dropped them; speed12)
ENTERPRISE_LIST_PATTERNS = (
    re.compile(r"企业(" + _ITEM + r"(?:[、和及]" + _ITEM + r"){1,5})(?=负责人|[,，。;；]|等)"),
    re.compile(r"(?:汇集了|包括|如)(" + _ITEM + r"(?:、" + _ITEM + r"){1,6})等[" + CJK + r"]{0,12}企业"),
)


def enterprise_lists(ctx: NameContext, t: str) -> list[Cand]:
    """Company short names listed next to the word 企业: '企业泛锐熠辉和万达铝业', 'A、B、C等…企业'."""
    out = []
    for pat in ENTERPRISE_LIST_PATTERNS:
        for m in pat.finditer(t):
            pos = m.start(1)
            parts = [x for x in ENTERPRISE_LISTS_RE1.split(m.group(1)) if x]
            if not all(ctx._company_like(x) for x in parts):
                continue
            for part in ENTERPRISE_LISTS_RE2.split(m.group(1)):
                if part and part not in "、和及" and ctx._company_like(part):
                    out.append(
                        Cand(pos, pos + len(part), "Enterprise", "rule:enterprise_list", 0.6, priority=1)
                    )
                pos += len(part)
    return out


def signed_projects(ctx: NameContext, t: str) -> list[Cand]:
    """Projects signed by a pair (A与B签订X项目;) and items of an enumeration of projects closed
    by 等N个项目: each delimited item is one named project (a park + 项目 included)."""
    out = []
    if "签" in t:
        for m in SIGNED_PROJECT.finditer(t):
            # the name follows the verb directly (签订查北…项目: 查 is no verb here); only a
            # second verb of the signing (签约落地, 签约共建) is cut off
            s = m.start(1)
            mv = SIGNED_PROJECTS_RE1.match(t[s:m.end(1) - 2])
            if mv:
                s += mv.end()
            body = t[s:m.end(1) - 2]
            if ctx._project_body_ok(body) and not body.startswith(("的", "了", "等", "和")):
                out.append(Cand(s, m.end(1), "Project", "rule:project_signed", 0.65, priority=2))
    if "项目" in t:
        out += _built_projects(ctx, t)
    if "试点" in t:
        out += _launched_pilots(ctx, t)
    if "等" in t:
        for m in PROJECT_ENUM.finditer(t):
            pos = m.start(1)
            items = []
            for k, item in enumerate(m.group(1).split("、")):
                s, e = pos, pos + len(item)
                pos = e + 1
                if k == 0:
                    s = ctx._drop_leading_words(t, s, e - 2)
                    s = ctx._after_verbs(t, s, e - 2)
                    mv = SIGNED_PROJECTS_RE2.search(t[s:e])
                    if mv:
                        s += mv.end()
                items.append((s, e))
            if all(ctx._project_body_ok(t[s:e - 2]) and not t[s:e].startswith(("的", "了", "等"))
                   for s, e in items):
                out += [Cand(s, e, "Project", "rule:project_enum", 0.65, priority=2) for s, e in items]
    return out


def _built_projects(ctx: NameContext, t: str) -> list[Cand]:
    """建设/打造/引进(的) + X项目 closed by a clause mark: the object of building or bringing in is
    one project (在青山建设东方晶体材料项目。). Not a kind (建设军民融合重点项目), not a described
    first one (首座…), not a stretch with 的 (三线建设时期的重要项目: 建设 ends another word)."""
    out = []
    for m in BUILT_PROJECT.finditer(t):
        body = m.group(1)[:-2]
        if "的" in body or "首" in body or body.endswith(GENERIC_PROJECT_END) \
                or not ctx._project_body_ok(body):
            continue
        out.append(Cand(m.start(1), m.end(1), "Project", "rule:project_built", 0.6, priority=2))
    return out


def _launched_pilots(ctx: NameContext, t: str) -> list[Cand]:
    """开展 + X试点 (工作) closed by a clause mark: the pilot a body launches is one Project
    (探索开展东川知识产权质押试点。, 在全市开展青山融合试点工作), as the batches name it."""
    out = []
    for m in LAUNCHED_PILOT.finditer(t):
        body = m.group(1)[:-2]
        if "的" in body or not ctx._project_body_ok(body):
            continue
        out.append(Cand(m.start(1), m.end(1), "Project", "rule:project_pilot", 0.6, priority=2))
    return out


def coordinated_companies(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """A short name coordinated with a company is a company: '同发机电和海威…有限公司'."""
    covered = coverage(len(t), chosen)
    out = []
    for c in chosen:
        if c.type != "Enterprise" or not c.source.startswith(("rule:head", "gazetteer")):
            continue
        if t[c.end:c.end + 1] in ("和", "、", "及"):
            m = COORDINATED_COMPANIES_RE1.match(t[c.end + 1:c.end + 10])
            if m and not any(covered[c.end + 1:c.end + 1 + m.end()]) and ctx._company_like(m.group()):
                s = c.end + 1
                out.append(Cand(s, s + m.end(), "Enterprise", "rule:enterprise_coordination", 0.6, 1))
        if c.start > 0 and t[c.start - 1] in ("和", "、", "及"):
            e = c.start - 1
            s, _ = ctx.left_extend(t, e, e, maxlen=8)
            w = t[s:e]
            if 2 <= len(w) <= 8 and not any(covered[s:e]) and ctx._company_like(w):
                out.append(Cand(s, e, "Enterprise", "rule:enterprise_coordination", 0.6, 1))
    return out


def enumerated_companies(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """A、B、C等一大批…企业: the unrecognised items of a list that ends in 等…企业 are firms."""
    covered = coverage(len(t), chosen)
    starts = {c.start: c for c in chosen}
    out = []
    for m in ENUMERATED_COMPANIES_RE1.finditer(t):
        if t.startswith(("方面", "领域", "环节", "问题", "工作", "行业", "产业"), m.start() + 1):
            continue  # 在项目审批、要素保障等方面为…企业: the items are fields, not firms
        seg_start = max(t.rfind(ch, 0, m.start()) for ch in "，,。；;：:\n(（")
        seg_start = max(seg_start + 1, m.start() - 80)
        # …省军区办公室等单位和泰豪、…等企业: the list of firms starts after the list of bodies
        prior = list(ENUMERATED_COMPANIES_RE2.finditer(t[seg_start:m.start()]))
        if prior:
            seg_start += prior[-1].end()
        items = t[seg_start:m.start()].split("、")
        if len(items) < 2:
            continue
        pos = seg_start
        spans = []
        for k, item in enumerate(items):
            s, e = pos, pos + len(item)
            pos = e + 1
            if k == 0:
                # the first item starts after the verb that introduces the list
                c = next((c for c in chosen if c.end == e and c.start >= s), None)
                if c is not None:
                    continue
                s2, _ = ctx.left_extend(t, e, e, maxlen=10)
                s = ctx._drop_leading_words(t, max(s, s2), e)
                s = ctx._after_verbs(t, s, e)
                # 青山区有一机、北重…: the list starts after 有/拥有/包括
                mv = ENUMERATED_COMPANIES_RE3.search(t[s:e])
                if mv:
                    s += mv.end()
                # 发改委组织神通阀门、…等企业: the firms are the object of a verb of gathering
                s0 = pos - len(item) - 1
                mg = ENUMERATED_COMPANIES_RE4.search(t[s0:e])
                if mg and s0 + mg.end() > s:
                    s = s0 + mg.end()
            if any(covered[s:e]):
                continue
            spans.append((s, e))
        if not spans or not all(2 <= e - s <= 8 and ctx._company_like(t[s:e], loose=True)
                                and not gen_list_types.is_class_item(t[s:e]) for s, e in spans):
            continue
        mixed = "院所" in t[m.start():m.end() + 4]
        for s, e in spans:
            if s not in starts:
                typ = "ResearchInstitute" if mixed and t[e - 1] in "院所" else "Enterprise"
                out.append(Cand(s, e, typ, "rule:enterprise_list", 0.6, priority=1))
    # 联合A、洪山资本、南方科创、…分行等单位: items of a list of bodies whose last word is a firm's
    for m in ENUMERATED_COMPANIES_RE5.finditer(t):
        seg_start = max(t.rfind(ch, 0, m.start()) for ch in "，,。；;：:\n(（")
        seg = t[seg_start + 1:m.start()]
        mv = ENUMERATED_COMPANIES_RE6.search(seg)
        if mv:
            seg_start += mv.end()
            seg = seg[mv.end():]
        pos = seg_start + 1
        for item in seg.split("、"):
            s, e = pos, pos + len(item)
            pos = e + 1
            if 3 <= len(item) <= 8 and FIRM_LAST_WORD.search(item) and not any(covered[s:e]) \
                    and not ctx._is_place(item) and not any(c in NAME_BAD for c in item):
                out.append(Cand(s, e, "Enterprise", "rule:enterprise_list", 0.55, priority=1))
    return out


def listed_units(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """由北航、609研究所、中国航发某某、宁二机、仪表厂等20余家单位: in a list of units whose
    recognised items are firms or institutes (and no government body), the other items are firms
    too; an item made of a group's name and a short unit name (中国航发某某) is one firm."""
    if "等" not in t:
        return []
    out = []
    by_span = sorted(chosen, key=lambda c: c.start)
    for m in LISTED_UNITS.finditer(t):
        seg_start = max(t.rfind(ch, 0, m.start()) for ch in "，,。；;：:\n(（") + 1
        seg = t[seg_start:m.start()]
        if seg.count("、") < 2:
            continue
        mv = LIST_INTRO.match(seg)
        if mv and mv.end() < seg.find("、"):
            seg_start += mv.end()
            seg = seg[mv.end():]
        items, pos = [], seg_start
        for item in seg.split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        inside = [[c for c in by_span if c.start < e and c.end > s] for s, e in items]
        whole = [cs[0].type for (s, e), cs in zip(items, inside, strict=True)
                 if len(cs) == 1 and cs[0].start == s and cs[0].end == e]
        if any(c.type in ("PartyGovBody", "MilitaryUnit") for cs in inside for c in cs):
            continue
        if sum(ty in ("Enterprise", "ResearchInstitute") for ty in whole) < 2:
            continue
        for (s, e), cs in zip(items, inside, strict=True):
            w = t[s:e]
            if not 3 <= len(w) <= 8 or len(cs) == 1 and cs[0].start == s and cs[0].end == e:
                continue
            if any(c.start < s or c.end > e for c in cs) or ctx._is_place(w):
                continue
            group_led = cs and cs[0].start == s and cs[0].type == "Enterprise" \
                and t[s:cs[0].end] in ctx.gaz_forms \
                and all(c.type in ("Enterprise", "Location", "Person") for c in cs)
            only_places = all(c.type == "Location" for c in cs)
            if group_led or only_places and ctx._company_like(w, loose=True):
                inst = w.endswith(("研究所", "研究院", "大学", "学院", "实验室"))
                typ = "ResearchInstitute" if inst else "Enterprise"
                out.append(Cand(s, e, typ, "rule:listed_unit", 0.6, priority=2))
                # the same unit named again later in the document (中国航发某某副总经理…)
                k = t.find(w)
                while k >= 0:
                    if k != s:
                        out.append(Cand(k, k + len(w), typ, "rule:listed_unit", 0.55, 2))
                    k = t.find(w, k + 1)
    return out


OFFICE_VERBS = tuple(data_lines("office_verbs.txt"))


def distributed_bodies(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """温州市发改委、保密局、工商联、民政局等单位: bare departments listed after a body named with
    its place take that place; each is the jurisdiction's one department of that name."""
    out = []
    for c in chosen:
        if c.type != "PartyGovBody" or t[c.end:c.end + 1] != "、":
            continue
        first = t[c.start:c.end]
        if not (ctx.place_re.match_at(t, c.start) or first[0] in LEVEL_CHARS):
            continue
        pos = c.end + 1
        while True:
            m = DEPT_ITEM.match(t, pos)
            if not m:
                break
            item = m.group(1)
            hit = next(((h, HEAD_INFO[h][0]) for h in DEPT_ITEM_HEADS if item.endswith(h)), None)
            short = len(item) - len(hit[0]) < (len(hit[0]) == 1) if hit else True
            if short or item in ("有关部门", "相关部门") or any(ch in item for ch in "各有相等"):
                break
            if item.endswith(OFFICE_VERBS):  # "市委、市政府主办": a body and its verb, no office
                break
            out.append(Cand(pos, pos + len(item), hit[1], "rule:distributed_body", 0.6, priority=1))
            if m.group(2) != "、":
                break
            pos = m.end()
    return out


def department_runs(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """民政局、卫计委、教育局、人社局主要负责同志: in a run of three or more bare departments one of
    which is already found as a body (an abbreviation such as 卫计委), the others are the
    jurisdiction's departments of those names too."""
    # (every run holds a department character before its list comma: one C test each, and the
    # chosen bodies are read only once a run is found)
    if "局、" not in t and "委、" not in t and "厅、" not in t and "办、" not in t:
        return []
    bodies: set[tuple[int, int]] | None = None
    out = []
    for run in DEPT_RUN.finditer(t):
        if bodies is None:
            bodies = {(c.start, c.end) for c in chosen if c.type == "PartyGovBody"}
        items, pos = [], run.start()
        for it in run.group().split("、"):
            items.append((pos + ctx.verb_before_level(t, pos), pos + len(it)))  # (由|省人防办、…)
            pos += len(it) + 1
        if any(i in bodies for i in items):
            out += [Cand(a, b, "PartyGovBody", "rule:department_run", 0.6, priority=1)
                    for a, b in items if (a, b) not in bodies]
    return out
