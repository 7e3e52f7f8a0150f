"""Generator `bylines`: persons in byline lines the title and layout rules do not reach.

- a line made only of names and byline words, separated by spaces, slashes or colons:
  "王甲 李乙 张丙", "作者：王甲/李乙", "记者 王甲 通讯员 李乙 张丙", "王甲/文 李乙/图"
  (`rule:person:byline_line`);
- a credit in brackets after a photo or a story: "(王甲/图)", "(王甲 摄)", "(王甲报道)";
- an author's line: a name alone on its line, under a headline or above the text ("王甲")
  (`rule:person:byline_line`);
- every later occurrence of a name found so (`rule:person:repeat`).
Names with a title in brackets, salutations and 文/甲 乙 bylines are gen_persons.person_layouts'.
"""

from __future__ import annotations

import re

from ingest.components import occurrences
from ingest.components.candidate import CJK, Cand, coverage, is_cjk
from ingest.components.name_context import NameContext

NAME = r"[" + CJK + r"]{2,4}"
NAME_RE = re.compile(NAME)  # compiled at import, not on first use (a CJK class costs ~1 ms)
LINE = re.compile(r"^[^\n]{2,48}$", re.M)
# bullets that open a byline line (■甲 乙 本报记者 丙, □ 记者 甲) and bars between its labels and
# names (作者 ¦ 甲 乙) separate parts as spaces do
PARTS = re.compile(r"[^\s/／:：()（）■□●◆¦｜|]+")
# a two-character name set in the width of three (甲 乙, 甲  乙): surname, one or two spaces, given name
SPACED_GAP = re.compile(r"[ \u3000]{1,2}")
# the labels of a page's or a form's fields whose value is a person (作者:甲, 编辑:乙); ent44: the
# page's publisher (发布人:甲), a form's person in charge, letter writer and contact (责任人:甲,
# 来 信 人: 乙, 联系人:丙), a register's legal representative (法定代表人为丁)
PERSON_FIELDS = ("作者", "撰稿", "撰文", "编辑", "责编", "通讯员", "发布人", "责任人", "来 ?信 ?人", "联系人",
                 "法定代表人")
# (the view is folded: 編輯 reads 编辑; ent44: the separators ︰ and 丨 of some pages, and 为 after a label)
BYLINE_PREFIXED = re.compile(
    r"(?:" + "|".join(PERSON_FIELDS) + r")[ \u3000]*(?:[:：︰丨｜|]|(?<=人)为)[ \u3000]*("
    + NAME + r"(?:[ \u3000/／]+" + NAME + r")*)")
# (王甲/图), (王甲 摄), (王甲、李乙报道): the credit of a photo or a story in brackets
CREDIT_PAREN = re.compile(r"[(（](" + NAME + r"(?:[、 \u3000]" + NAME + r")*?)[ \u3000]*"
                          r"(?:[/／][ \u3000]*(?:图|文|摄|文图|图文)|报道|摄)[)）]")
# words of a byline that are no names: 记者, 本报记者, 通讯员, 王某/文, 李某/图, and the paper
# (王某 李某/东川日报, 东川日报 王某)
# (and the page's layout labels: 时间:…, the editors' 初审/复审/终审, a news site 某某网)
MARKERS = ("文", "图", "摄", "文图", "图文", "作者", "审核", "校对", "来源", "时间", "初审", "复审", "终审",
           "编审", "文稿", "供图", "供稿")  # (ent44: 文稿:甲某, 通讯员 供图: the text's, the photo's credit)
MARKER_ENDS = ("记者", "通讯员", "摄影", "编辑", "责编", "实习生", "特约撰稿", "日报", "晚报", "军报",
               "网", "时间", "日期", "电话")  # (ent44: 发布时间, 来信日期, 电话 after a field's name)


def bylines(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    covered = coverage(len(t), chosen)
    out: list[Cand] = []
    for m in LINE.finditer(t):
        for s, nm in _byline_names(ctx, m.group(), m.start()):
            if not any(covered[s:s + len(nm)]):
                out.append(Cand(s, s + len(nm), "Person", "rule:person:byline_line", 0.75, priority=3))
                covered[s:s + len(nm)] = b"\x01" * len(nm)
    if "(" in t or "（" in t:
        for m in CREDIT_PAREN.finditer(t):
            items = [(x.start() + m.start(1), x.group()) for x in NAME_RE.finditer(m.group(1))]
            if not any(covered[s] for s, _ in items) and all(ctx._plausible_name(nm) for _, nm in items):
                for s, nm in items:
                    out.append(Cand(s, s + len(nm), "Person", "rule:person:byline", 0.75, priority=3))
                    covered[s:s + len(nm)] = b"\x01" * len(nm)
    for m in BYLINE_PREFIXED.finditer(t):
        items = _until_marker([(x.start() + m.start(1), x.group()) for x in NAME_RE.finditer(m.group(1))])
        if not items:
            continue
        if any(covered[s] for s, _ in items):
            continue
        if all(ctx._plausible_name(nm, in_list=True) for _, nm in items) \
                and sum(ctx._plausible_name(nm) for _, nm in items) * 2 >= len(items):
            for s, nm in items:
                out.append(Cand(s, s + len(nm), "Person", "rule:person:byline_line", 0.75, priority=3))
                covered[s:s + len(nm)] = b"\x01" * len(nm)
    return out + _repeats(t, out, covered)


def _until_marker(items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The names after 作者:/编辑: up to the next layout word (编辑:某某网 时间:…, 作者:甲 乙 时间:…)."""
    for k, (_, w) in enumerate(items):
        if w in MARKERS or w.endswith(MARKER_ENDS):
            return items[:k]
    return items


def _byline_names(ctx: NameContext, line: str, at: int) -> list[tuple[int, str]]:
    """The names of a byline line ("记者 王某 通讯员 李某 张某", "王某/文 李某/图", "王某 李某"):
    every part is a byline word or a plausible name; two names, or a name and a byline word."""
    names, markers = [], 0
    for start, w, bare in _parts(ctx, line):
        if w in MARKERS or w.endswith(MARKER_ENDS):
            markers += 1
        elif w != bare or 2 <= len(w) <= 4 and ctx._plausible_name(w, in_list=True):
            names.append((at + start, w, bare))
        else:
            return []
    if len(names) == 1 and not markers and names[0][1] == line.strip(" \t\u3000") \
            and len(names[0][1]) <= 3 and not ctx._word_at(line, line.index(names[0][1])):
        return [n[:2] for n in names]  # an author's line: the name alone (a word such as 方案 is no name)
    if len(names) >= 2 or names and markers:
        if sum(w != bare or ctx._plausible_name(w) for _, w, bare in names) * 2 >= len(names):
            return [n[:2] for n in names]
    return []


def _parts(ctx: NameContext, line: str) -> list[tuple[int, str, str]]:
    """The parts of a byline line (start, text, text without spaces), a spaced two-character name
    (甲 乙) joined into one part with its spaces (the name as the page writes it): a one-character
    surname and a one-character given name, one or two spaces apart. The layout is the evidence: a
    joined part counts as a name (its given name may be a character a running-text name never has)."""
    parts = [(p.start(), p.group()) for p in PARTS.finditer(line)]
    out: list[tuple[int, str, str]] = []
    k = 0
    while k < len(parts):
        s, w = parts[k]
        if len(w) == 1 and k + 1 < len(parts) and len(parts[k + 1][1]) == 1 \
                and SPACED_GAP.fullmatch(line[s + 1:parts[k + 1][0]]) \
                and w in ctx.lex.surnames1 and is_cjk(parts[k + 1][1]):
            out.append((s, line[s:parts[k + 1][0] + 1], w + parts[k + 1][1]))
            k += 2
            continue
        out.append((s, w, w))
        k += 1
    return out


def _repeats(t: str, found: list[Cand], covered: bytearray) -> list[Cand]:
    out = []
    for nm in {t[c.start:c.end] for c in found}:
        for s, e in occurrences.spans(t, nm):
            if not any(covered[s:e]):
                out.append(Cand(s, e, "Person", "rule:person:repeat", 0.7, priority=1))
    return out
