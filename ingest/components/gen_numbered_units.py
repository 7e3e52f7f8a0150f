"""Generator `numbered_units`: a military unit named by its number (东方军第38军113师, 步兵第一团一营
三连, 359旅政治部组织科).

The head rules know a unit by a head word with a name before it (青山军分区, 某某支队); a unit known
by its number has only a level word (师, 旅, 团 …) after a number, and the chain of such segments,
down to a company or an organ, is one unit's name. The words come from ingest/data/pla_unit_words.tsv
(the PLA's public unit structure): the service before the chain (陆军, 武警, 八路军), an arm before a
segment's number or its level word (步兵第338团, 122火箭炮营), the level words, and the organs a chain
may end in. A chain written right after a unit already found (青山预备役炮兵旅|122火箭炮营一连) is a
sub-unit of it and joins it, as gen_sub_units joins a named sub-unit.
"""

from __future__ import annotations

import re

from ingest.components.candidate import CJK, Cand
from ingest.components.lexicon import data_lines
from ingest.components.name_context import NameContext
from ingest.components.name_rules import NAME_BAD
from ingest.components.prefilter import Prefiltered

_ROWS = [line.split("\t") for line in data_lines("pla_unit_words.tsv")]


def _words(kind: str) -> list[str]:
    """The words of one kind, longest first (an alternation tries the longest)."""
    return sorted((r[0] for r in _ROWS if r[1] == kind), key=len, reverse=True)


SERVICES = tuple(_words("service"))
_ARM = "(?:" + "|".join(_words("arm")) + ")"
_ECHELON = "(?:" + "|".join(_words("echelon")) + ")"
_DEPT = "(?:" + "|".join(_words("department")) + ")"
# what may follow a level word when the two make an everyday word (军人, 师范, 团结, 营业, 连续, 旅游):
# then the number counts something else, no unit
_NOT_AFTER_LEVEL = "(?![人事民工品种转属委旗歌械费医生资范傅业销造商养运房收结体购续接锁片带同线游客])"
# (possessive: a number is read whole, never backtracked into on the many figures that name no unit)
_NUMBER = r"(?:第(?:[0-9]{1,5}+|[一二三四五六七八九十〇零百]{1,4}+)|[0-9]{2,5}+)"
_SEGMENT = _NUMBER + _ARM + "?" + _ECHELON + _NOT_AFTER_LEVEL
# a lower segment: numbered like the first, or (inside a chain only) by a bare numeral (一营三连)
_LOWER = "(?:" + _ARM + "?" + _SEGMENT + "|[一二三四五六七八九十]{1,2}[营连排]" + _NOT_AFTER_LEVEL + ")"
NUMBERED_UNIT = Prefiltered(re.compile(
    r"(?<![0-9一二三四五六七八九十〇零百千万两几多个第])" + _SEGMENT + _LOWER + "*"
    + "(?:" + _DEPT + "(?:[" + CJK + "]{2}[科股处])?)?"
), checked=True)


def numbered_units(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """Units named by a chain of numbered segments, with the service, arm or unit before them."""
    out = []
    for m in NUMBERED_UNIT.finditer(t):
        s, e = m.span()
        if any(c.start <= s and e <= c.end for c in chosen):
            continue  # inside a name found already (兵团第八师: a corps division, a body)
        arm = re.search(_ARM + "$", t[max(0, s - 4):s])
        s -= len(arm.group()) if arm else 0
        parent = next((c for c in chosen if c.end == s and c.type == "MilitaryUnit"), None)
        if parent is not None:
            s = parent.start  # 青山预备役炮兵旅|122火箭炮营: a sub-unit of the unit just named
        else:
            s -= len(next((w for w in SERVICES if t.endswith(w, 0, s)), ""))
            if t.endswith("中国", 0, s) and t.startswith("人民解放军", s):
                s -= 2
        out.append(Cand(s, e, "MilitaryUnit", "rule:numbered_unit", 0.7, priority=2))
    return out


# the sources of an institute named by its number (702所, 航天三院): a name of its own after one is a
# department or lab of that institute (gen_gazetteer.numbered_institutes)
NUMBERED_SOURCES = ("rule:numbered_institute", "rule:numbered_academy")
# a department or lab's own words, then its head (pla_unit_words.tsv: an `institute_part` closes the
# name itself, 实验室; an `institute_part_bounded`, 办, 中心, only before a boundary: punctuation, a post
# or a word that closes a name, not 中心城区)
_BOUNDARY = r"(?=[，,。、；;：:\s(（”]|的|等|和|与|及|[副总]|主任|高级|研究员|工程师|教授|书记|所长|$)"
INSTITUTE_PART = re.compile(
    "([" + CJK + "]{2,14}?)(?:(?:" + "|".join(_words("institute_part")) + ")|(?:"
    + "|".join(_words("institute_part_bounded")) + ")" + _BOUNDARY + ")")


def institute_parts(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """A department or lab written right after an institute known by its number (606所保密办,
    702所国防重点实验室, 航天三院先进材料研发中心): the whole is one research institute."""
    out = []
    for c in chosen:
        if c.source not in NUMBERED_SOURCES or c.end >= len(t):
            continue
        m = INSTITUTE_PART.match(t, c.end)
        if m is None or ctx.title_re.match(t, c.end) or any(x in NAME_BAD for x in m.group(1)):
            continue  # 702所所长: a post; 某所组织人员参观了实验室: a clause, no department
        out.append(Cand(c.start, m.end(), "ResearchInstitute", "rule:institute_part", 0.65, priority=2))
    return out
