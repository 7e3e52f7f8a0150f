"""Generators `unit_committees` and `body_groups`: a military unit's party committee, and a
government body's or a group's Party leadership group (党组), as bodies of their own.

在青山军分区党委的正确领导下, 东川省军区党委的决定, 东川警备区党委召开…, 军分区党委和市委: the
committee that leads, decides or convenes is named with the unit (MilitaryUnit X党委,
`rule:unit:committee`), as the annotated batches name it, where the head rule stops at the unit's
head (军分区, 省军区, 警备区 …) and leaves 党委 out. Only where the words after it (its own directives
too: X党委要求, X党委决策部署) or before the unit (在, 代表) make the committee the actor:
ingest/data/unit_committees.tsv `act`, `act_before`. Never before a
title (青山军分区党委第一书记甲某: the post is held in the unit, corpus/annotated/README.md call (i)),
unless an appointment gives the post (任/担任青山军分区党委第一书记, 增补甲为…党委第一书记: `appoint`) —
not the membership formula (任X党委委员、常委、第一书记: `membership`) nor a post described as held
(新任/兼任X党委第一书记: `held`), whose posts stay the unit's as decision (ac) has them —
a number or a `sitting` word (党委十届三次全体会议, 党委扩大会议: a sitting's name, the event rules').
A committee that opens a clause (after an `opener` mark or at a line's start: 过去一年，军分区党委坚持…)
is the clause's subject whatever verb follows. Traditional script (黨委) reads the same.

`body_groups` reads a body's 党组 (分党组) the same way (ent52): 青山县住建局党组始终把…, 。局党组就…,
根据东方重工集团有限公司党组统一部署 name the group (PartyGovBody X党组, `rule:body:group`) where it
opens a clause or an `act` word follows; a title after it (党组书记, 党组成员: the post is held in the
body, titles.tsv) or a sitting (党组会) names none. No `act_before` here: READ u24 leaves a group
spoken for (代表…党组) unannotated.
"""

from __future__ import annotations

from ingest.components.candidate import Cand
from ingest.components.lexicon import kind_words
from ingest.components.name_context import NameContext

_COMMITTEES = ("党委", "黨委")
_GROUPS = ("分党组", "党组")
_GROUP_BODIES = ("PartyGovBody", "Enterprise")
_NOT_GROUP = ("织", "織")  # 党组织 (党组 + 织): a Party organisation, no leadership group
_NUMBER_CHARS = frozenset("第一二三四五六七八九十0123456789")


_WORDS = kind_words("unit_committees.tsv",
                    ("act", "act_before", "sitting", "opener", "appoint", "appoint_before", "held", "post",
                     "membership"))
ACTS = _WORDS["act"]
ACTS_BEFORE = _WORDS["act_before"]
SITTINGS = _WORDS["sitting"]
OPENERS = frozenset(_WORDS["opener"]) | {"\n"}
APPOINTS = _WORDS["appoint"]
APPOINT_BEFORE = _WORDS["appoint_before"]
COMMITTEE_POSTS = _WORDS["post"]
HELD = _WORDS["held"]
MEMBERSHIP = _WORDS["membership"]
# the county-level organs whose committee a post is held in the unit itself (unit_committees.tsv)
COUNTY_ORGANS = ("人武部", "武装部", "人民武装部")
_CLAUSE_MARKS = "，,。；;：:\n"


def _appointed(t: str, c: Cand) -> bool:
    """A post in the committee given by an appointment (任/担任/就任 X党委…, 增补/选举甲为X党委…), for
    a unit above the county's 人武部; a post described as held (新任, 兼任: `held`) is the unit's."""
    if t.endswith(COUNTY_ORGANS, c.start, c.end):
        return False
    if t.endswith(HELD, 0, c.start):
        return False
    if t.endswith(APPOINTS, 0, c.start):
        return True
    if not (t.endswith("为", 0, c.start) or t.endswith("為", 0, c.start)):
        return False
    clause = max(t.rfind(m, 0, c.start) for m in _CLAUSE_MARKS) + 1
    return any(w in t[clause:c.start] for w in APPOINT_BEFORE)


def _opens_clause(t: str, start: int) -> bool:
    """The unit stands first in its clause (after a comma or full stop, or at a line's start)."""
    return start == 0 or t[start - 1] in OPENERS


def unit_committees(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    if _COMMITTEES[0] not in t and _COMMITTEES[1] not in t:
        return []
    out = []
    for c in chosen:
        if c.type != "MilitaryUnit" or not t.startswith(_COMMITTEES, c.end):
            continue
        e = c.end + 2
        post = ctx.title_re.match(t, e) or t.startswith(COMMITTEE_POSTS, e)
        if post and not t.startswith(MEMBERSHIP, e) and _appointed(t, c):
            out.append(Cand(c.start, e, "MilitaryUnit", "rule:unit:committee", c.confidence, c.priority))
            continue  # 任青山军分区党委第一书记: a post given in the committee names it
        if ctx.title_re.match(t, e) or t.startswith(SITTINGS, e) or t[e:e + 1] in _NUMBER_CHARS:
            continue  # a post held in the unit, or a sitting's name
        if t.startswith(ACTS, e) or t.endswith(ACTS_BEFORE, 0, c.start) or _opens_clause(t, c.start):
            out.append(Cand(c.start, e, "MilitaryUnit", "rule:unit:committee", c.confidence, c.priority))
    return out


def _group_end(t: str, c: Cand) -> int:
    """End of the 党组 written right after the body (or after its bracketed other name: 青山县住建局
    (人防办)党组); 0 if none."""
    k = c.end
    if t.startswith(("(", "（"), k):
        close = next((j for j in range(k + 1, min(len(t), k + 10)) if t[j] in ")）"), 0)
        k = close + 1 if close else k
    g = next((g for g in _GROUPS if t.startswith(g, k)), "")
    if not g or t.startswith(_NOT_GROUP, k + len(g)):
        return 0  # 党组织: the body's Party organisations, no group
    return k + len(g)


def body_groups(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    if "党组" not in t:
        return []
    out = []
    for c in chosen:
        if c.type not in _GROUP_BODIES:
            continue
        e = _group_end(t, c)
        if not e or ctx.title_re.match(t, e) or t.startswith(COMMITTEE_POSTS, e) \
                or t.startswith(SITTINGS, e) or t.startswith("会", e) or t[e:e + 1] in _NUMBER_CHARS:
            continue  # 党组书记甲某, 党组成员: a post held in the body; 党组会: a sitting
        if t.startswith(ACTS, e) or _opens_clause(t, c.start):
            out.append(Cand(c.start, e, "PartyGovBody", "rule:body:group", c.confidence, c.priority))
    return out
