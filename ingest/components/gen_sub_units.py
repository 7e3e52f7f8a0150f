"""Generator `sub_units`: a named sub-unit written right after the body it belongs to.

The head rule takes a name's body leftwards until a stop, so a unit named after its parent body
(省军区|政治部, 工信部|云计算中心, 某某学院|东川校区, 某办公室|军民融合促进处) comes out as the parent
alone, and the sub-unit's own words are lost or taken as a place (北京 in 陆军北京军事代表局). The
annotated batches take the whole as one entity, typed like the parent (a ministry's centre or
numbered institute as a research institute). Firms are left out: a firm's department is no entity
of its own (department_of_firm), and nothing is joined across a new level word (市发改委市财政局).
"""

from __future__ import annotations

import re

from ingest.components.candidate import CJK, Cand
from ingest.components.lexicon import data_lines
from ingest.components.name_context import NameContext
from ingest.components.name_rules import LEVEL_CHARS, NAME_BAD

_ROWS = [line.split("\t") for line in data_lines("sub_unit_heads.tsv")]
SUB_UNIT_TYPE = {r[0]: (r[1] if len(r) > 1 else "") for r in _ROWS}
DIRECTIONS = "东南西北中"
# a preposition right after the body opens a clause about another body (某巡察组|向某局(某办)反馈):
# a sub-unit's own words never start with one
PREPOSITIONS = "向对把被从给赴到于在"
# words that relate the body to another one after them (某研究院|所属某公司, 某局|分别向某局): the
# words after the body open a clause or a member, never a sub-unit's name (READ u47, u73, u75)
RELATION_OPENERS = ("所属", "下属", "分别")
PARENT_TYPES = ("PartyGovBody", "MilitaryUnit", "Association", "ResearchInstitute")
# the sub-unit's own words (2-8 characters), its head, then a boundary: punctuation, a post or 的
SUB_UNIT_RE = re.compile(
    r"([" + CJK + r"]{2,8}?)(" + "|".join(sorted(SUB_UNIT_TYPE, key=len, reverse=True)) + r")"
    r"(?=[，,。、；;：:\s(（”]|的|有关|领导|负责|[副总]|主任|部长|处长|局长|司长|所长|校长|院长|书记|政委|司令|等|和|与|及|$)"
)


def sub_units(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    out = []
    for c in chosen:
        if c.type not in PARENT_TYPES or c.end >= len(t):
            continue
        m = SUB_UNIT_RE.match(t, c.end)
        if m is None:
            continue
        words = m.group(1)
        if words[0] in LEVEL_CHARS or words[0] in PREPOSITIONS \
                or words.startswith(("中共", *RELATION_OPENERS)) or any(x in NAME_BAD for x in words) \
                or ctx.title_re.match(t, m.start(1)) or _opens_with_stop_word(ctx, words):
            continue  # 市发改委|市财政局: a new body; 工信部|副部长: a post; 某局|联合市某局: a verb
        typ = c.type
        if c.type == "PartyGovBody" and SUB_UNIT_TYPE[m.group(2)]:
            typ = SUB_UNIT_TYPE[m.group(2)]
        out.append(Cand(c.start, m.end(), typ, "rule:sub_unit", 0.65, priority=2))
    return out


def _opens_with_stop_word(ctx: NameContext, words: str) -> bool:
    """Do the words after the body open a clause, not a sub-unit's name: a verb of stop_words.txt
    before a second body at a level (某局|联合市某局, 某局|督促市某所), or a place word and a
    direction before 部 (某镇政府|驻地东南部: a part of the town, no department)?"""
    for k in (2, 3, 4):
        if k < len(words) and words[:k] in ctx.stop_words and words[k] in LEVEL_CHARS:
            return True
    return words[-1] in DIRECTIONS and words[:2] in ctx.stop_words
