"""Generator `typed_lists`: the unknown items of a list take the type of their typed siblings.

"东方重工、青山精工和银河光电等企业", "青山理工、银河研究所、东方材料等院所": the items the other
generators could not type (short names without a head word) take the type the list gives them:
the one type of the items already typed in it, else the list's closing noun
(ingest/data/list_heads.tsv: 企业 -> Enterprise, 院所 -> by the item's ending, 单位 -> only by typed
siblings). Generic classes (军工企业, 民营企业), places and everyday words are never items
(`rule:list:typed`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.components.candidate import ALL_CJK, CJK, Cand
from ingest.components.lexicon import data_lines
from ingest.components.name_context import NameContext
from ingest.components.name_rules import CIVIL_IN_BODY, LIST_INTRO, NAME_BAD, ORG_TYPES

INSTITUTE_ENDS = ("院", "所", "大学", "学院", "实验室", "中心")
CLASS_ENDS = ("企业", "单位", "院所", "机构", "部门", "公司", "集团", "高校", "院校", "厂家")
CLAUSE_BREAK = "，,。；;：:\n(（"


@lru_cache(maxsize=1)
def _heads() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """(list noun -> type, the pattern closing a list, the pattern of a class item)."""
    table, classes = {}, []
    for n, line in enumerate(data_lines("list_heads.tsv"), 1):
        parts = line.split("\t")
        if len(parts) != 2:
            raise ValueError(f"ingest/data/list_heads.tsv: row {n} is not noun<TAB>type: {line!r}")
        if parts[0] == "class":
            classes.append(parts[1])
        else:
            table[parts[0]] = parts[1]
    nouns = "|".join(sorted(table, key=len, reverse=True))
    # between 等 and the noun: a few words (骨干, 军工), a quoted epithet (等“大国重器”企业) or a
    # clause that describes the list (等技术含量高、带动能力强的“民参军”骨干企业; ent19, READ u25, u30, u31),
    # not a verb clause (等领域引进了一批…的企业: the list was of fields)
    rx = re.compile(r"等(?:[0-9一二三四五六七八九十百]+余?多?[家个所]|一批|一大批)?"
                    r"(?:[" + CJK + r"]{0,4}?|“[^“”\n]{1,10}”[" + CJK + r"]{0,4}?"
                    r"|(?!领域|行业|方面|产业|地区|方向|城市|国家)[^，,。；;：:\n了]{2,40}?的[^，,。；;：:\n的了]{0,16}?)"
                    r"(" + nouns + r")")
    cls = re.compile(r"(?:[省市区县国家级]*)(?:" + "|".join(sorted(classes, key=len, reverse=True))
                     + r")+(?:企业|单位|型)?")
    return table, rx, cls


def typed_lists(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    if "等" not in t or "、" not in t and "和" not in t:
        return []
    table, rx, _ = _heads()
    out: list[Cand] = []
    # a name typed elsewhere in the document types its item here too
    known = {t[c.start:c.end]: c.type for c in chosen if c.type in ORG_TYPES}
    start_of = {c.end: c.start for c in chosen}
    for m in rx.finditer(t):
        items = _items(ctx, t, m.start(), start_of)
        if len(items) < 2:
            continue
        inside = [[c for c in chosen if c.start < e and c.end > s] for s, e in items]
        typed = [cs[0].type for (s, e), cs in zip(items, inside, strict=True)
                 if len(cs) == 1 and (cs[0].start, cs[0].end) == (s, e)]
        typed += [known[t[s:e]] for (s, e), cs in zip(items, inside, strict=True)
                  if not cs and t[s:e] in known]
        sib = {ty for ty in typed if ty in ORG_TYPES}
        kind = table[m.group(1)]
        for (s, e), cs in zip(items, inside, strict=True):
            if any(not (c.type == "Location" and c.start == s and c.end < e) for c in cs):
                continue  # typed already, or something else overlaps it
            w = t[s:e]
            typ = _item_type(kind, sib, w, known)
            if typ == "MilitaryUnit" and CIVIL_IN_BODY.search(w):
                typ = "PartyGovBody"  # 东风路消防救援站 among units: the civilian fire service
            if typ and _item_ok(ctx, w, typ):
                out.append(Cand(s, e, typ, "rule:list:typed", 0.55, priority=1))
    return out


def _item_type(kind: str, siblings: set[str], w: str, known: dict[str, str]) -> str:
    """The name's own type elsewhere in the document, else what the list says."""
    if w in known:
        return known[w]
    if kind == "mixed":  # 院所: firms and institutes together, told apart by their endings
        return "ResearchInstitute" if w.endswith(INSTITUTE_ENDS) else "Enterprise"
    if len(siblings) == 1:
        return next(iter(siblings))
    return "" if kind == "siblings" else kind


_heads()  # compiled at import, not on the first document


def is_class_item(w: str) -> bool:
    """专精特新, 国家级单项冠军, 民营企业: a kind of firm (list_heads.tsv class rows), not a name."""
    return bool(_heads()[2].fullmatch(w))


def _item_ok(ctx: NameContext, w: str, typ: str) -> bool:
    """A name, not a class (军工企业), a place, an everyday word or a clause."""
    if not 2 <= len(w) <= 10 or ALL_CJK(w) is None or any(c in NAME_BAD for c in w):
        return False
    if w.endswith(CLASS_ENDS) or ctx._is_place(w) or ctx.lex.is_common_word(w, 50):
        return False
    if is_class_item(w):
        return False
    if any(ctx._stop_word_at(w, i) for i in range(len(w) - 1)):
        return False
    if typ == "Enterprise":
        return ctx._company_like(w, loose=True)
    return ctx.specific(w) or ctx._company_like(w, loose=True)


def _items(ctx: NameContext, t: str, end: int, start_of: dict[int, int]) -> list[tuple[int, int]]:
    """The (start, end) of each item of the list closing at `end`; the last 和/及/与 splits too."""
    seg_start = max(t.rfind(ch, 0, end) for ch in CLAUSE_BREAK) + 1
    seg_start = max(seg_start, end - 120)
    mv = LIST_INTRO.match(t, seg_start, end)
    if mv and "、" not in t[seg_start:mv.end()]:
        seg_start = mv.end()
    seg = t[seg_start:end]
    parts = seg.split("、")
    last = parts[-1]
    k = max(last.rfind("和"), last.rfind("及"), last.rfind("与"))
    if k >= 2 and len(last) - k - 1 >= 2:
        parts[-1:] = [last[:k], last[k + 1:]]
    items, pos = [], seg_start
    for p in parts:
        items.append((pos, pos + len(p)))
        pos += len(p) + 1
    if items:  # the first item is a name found, or starts after the verbs that introduce the list
        s, e = items[0]
        s2 = start_of.get(e, -1)
        if s2 < s:
            s2 = ctx._after_verbs(t, ctx._drop_leading_words(t, s, e), e)
        items[0] = (s2, e)
    return [(s, e) for s, e in items if e > s]
