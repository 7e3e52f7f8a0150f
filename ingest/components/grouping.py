"""Group mentions into entities: one `name` (the fullest form) and its aliases per document.

Two surface forms name the same thing when they differ only by
- a standard abbreviation (人民政府/政府, 国防科技工业局/国防科工局, 中共 prefix),
- the place in front of them, when the shorter form has none (省委军民融合办 for 福建省委军民融合办,
  国防科工局 for 国家国防科工局, 全省…对接会 for 福建省…对接会),
- an administrative suffix of a place (龙岩 for 龙岩市; 永康市 for 浙江省永康市),
- a title or honorific after a person's name (习近平同志, 习近平总书记 for 习近平),
- an explicit apposition in the text (A——B, A，又名“B”, A(“B”)),
- a group firm without its parent group's name in front
  (西飞集团 for 甲工业西飞集团有限责任公司: _under_parent), a military unit by the last unit of its
  chain (乙中队 for 某总队甲支队乙中队: _one_unit_down) (ent43),
- a firm's legal form, group word, 公司 and place (甲乙开发有限公司 for 青山市甲乙开发公司: _same_firm),
  and one name found by two rules under two keys (ent58).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from ingest.components.candidate import Cand, is_cjk
from ingest.components.lexicon import kind_words, lexicon
from ingest.components.name_rules import EVENT_DATED_FORM, EVENT_WORD_KINDS, HEADS
from ingest.components.place_codes import inside
from ingest.metadata import cn_number
from ingest.normalise import fold
from ingest.textfold import strip_pinyin

# honorifics written after a national leader's name, stripped for the person's key and name
# (ent24: 总理, 副总理, 委员长 — 甲某总理 is the person 甲某; the 副 form before the bare one)
PERSON_SUFFIXES = ("同志", "总书记", "主席", "书记", "副总理", "总理", "委员长")
LEVELS = "省市区县镇乡"
ORGAN_AFTER_LEVEL = "委政人党"  # 省委, 市政府, 县人大, 区党委: a level and its organ
SUFFIX_TYPES = ("IndustrialPark", "Association", "Fund", "Event", "Policy", "ResearchInstitute", "Project")
EVENT_LIKE = ("Event", "Association", "IndustrialPark", "Fund", "Policy", "Project")


# heads of names the head rule gives without a leading 国家 that the text writes (_national_forms)
NATIONAL_FORM_HEADS = ("战略",)
# ent53: the 国家 before such a name as a mirror writes it: traditional (國家) or with a pinyin gloss
# after either character (國(guó)家(jiā)); matched at the end of the few characters before the mention
_GLOSS = r"(?:\([a-zü\u00e0-\u01dc\u01f9\u1e3f\u0300-\u036f]{1,7} ?\))?"
NATIONAL_BEFORE_RE = re.compile("[国國]" + _GLOSS + "家" + _GLOSS + "$")
# patterns used inside the functions below, compiled once at import (not on first use)
SPLIT_PLACE_RE1 = re.compile(r"全([省市区县])")
SPLIT_PLACE_RE2 = re.compile(r"[X*]{1,3}")
EVENT_CORE_RE1 = re.compile(r"^(?:[0-9]{4}年?|第[0-9一二三四五六七八九十]+[届次]|首届)")
REDUCTIONS_RE1 = re.compile(r"(.{2,})\([^()]{1,6}\)")
# an academy of a space group known by its number, in the forms a text writes it (四院, 航天四院,
# 航天科技四院, 中国航天科工集团公司第十研究院, 十二院; ent55: the 第…研究院 form and 十一, 十二): the
# group written before it, when it is, keeps two groups' academies of one number apart
ACADEMY_RE1 = re.compile(r"(?:(?:中国)?航天(科工|科技)?(?:集团)?(?:有限)?(?:公司)?)?"
                         r"第?(十[一二]|[一二三四五六七八九十])(?:研究)?院")
# a research institute known by its number: 702所, 第702研究所, 第七〇二研究所 (digits read one by one)
INSTITUTE_NUMBER_RE = re.compile(r"第?([0-9]{2,4}|[〇零一二三四五六七八九十百]{2,5})(?:研究)?所$")
# words an event's short form may leave out of its middle (ingest/data/event_words.tsv, filler)
_FILLERS = kind_words("event_words.tsv", EVENT_WORD_KINDS)["filler"]
FILLER_RE = re.compile("|".join(_FILLERS))
INITIALS_OF_RE1 = re.compile(r"(.{2,3})集团")
INITIALS_OF_RE2 = re.compile(r"(?:中国)?(.{3,10}?)集团(?:有限)?(?:公司)?")


@dataclass
class Group:
    type: str
    forms: dict[str, int] = field(default_factory=dict)  # surface form -> first position
    mentions: list[Cand] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)

    @property
    def first(self) -> int:
        return min(map(_START, self.mentions))  # (the least start: map in C, no generator)


_START = attrgetter("start")
_QUOTE_CHARS = "\"'“”‘’《》「」『』 \u3000"
_NO_QUOTES = {ord(c): None for c in _QUOTE_CHARS}


_QUOTES_RE = re.compile("[" + re.escape(_QUOTE_CHARS) + "]")


def _quotes_out(s: str) -> str:
    # most names have none: one scan in C instead of a dict lookup per character
    return _QUOTES_RE.sub("", s) if _QUOTES_RE.search(s) else s


@lru_cache(maxsize=1)
def _any_long_form() -> re.Pattern:
    """One pattern for every long form of abbreviations.tsv: a name holding none of them (most)
    is left as it is after one C scan, not after a substring test per row."""
    return re.compile("|".join(re.escape(long) for long, _short in lexicon().abbreviations))


@lru_cache(maxsize=50_000)
def abbreviate(s: str) -> str:
    """The comparison form of an organ name: abbreviations applied, 中共 prefix dropped."""
    s = _quotes_out(s)
    if s.startswith("中共") and len(s) > 3:
        s = s[2:]
    if not _any_long_form().search(s):
        return s  # (no row's long form in s: the loop below would replace nothing)
    for long, short in lexicon().abbreviations:
        if long in s:
            s = s.replace(long, short)
    return s


# the level words of a prefecture and of Inner Mongolia's leagues and banners (青山地区, 白沙盟,
# 东川旗): 青山地区征兵办 keeps 地区 as 青山市委 keeps 市, so that it names 地区征兵办 too
WORD_LEVELS = ("地区", "盟", "旗")


def _level_word(full: str) -> str:
    """The level word a place's full form ends with (地区, 盟, 旗, or a character of LEVELS)."""
    word = next((w for w in WORD_LEVELS if full.endswith(w)), "")
    return word or (full[-1] if full[-1] in LEVELS else "")


@lru_cache(maxsize=1)
def _place_openings() -> frozenset[str]:
    """The first two characters of every place and region name (full and short forms)."""
    lx = lexicon()
    return frozenset(p[:2] for names in (lx.places_full, lx.places_short, lx.regions) for p in names
                     if len(p) >= 2)


@lru_cache(maxsize=50_000)
def split_place(s: str) -> tuple[str, str]:
    """(place, rest): the leading administrative place or national prefix and what follows.

    The rest keeps the place's level character, so 福建省委 -> ("福建省", "省委") and 省委 stays
    distinct from 市委.
    """
    lx = lexicon()
    best = ""
    # a name whose first two characters open no place name has no place prefix: up to 33 lookups
    # spared on most names (speed11: split_place was paid once per new name, ~0.5% of a first pass)
    if s[:2] in _place_openings():
        for k in range(min(len(s) - 1, 12), 1, -1):
            p = s[:k]
            if p in lx.places_full or p in lx.places_short or p in lx.regions:
                best = p
                break
    if best:
        rest = s[len(best):]
        full = lx.places_short.get(best, best)
        lvl = _level_word(full) if best == full else ""
        if lvl and (rest[:1] in LEVELS or rest.startswith(WORD_LEVELS)):
            lvl = ""
        return best, lvl + rest
    for pre in ("国家", "全国", "中国"):
        if s.startswith(pre) and len(s) > len(pre) + 1:
            return pre, s[len(pre):]
    m = SPLIT_PLACE_RE1.match(s)
    if m:
        return "全" + m.group(1), m.group(1) + s[2:]
    m = SPLIT_PLACE_RE2.match(s)
    if m and len(s) > m.end():
        return m.group(), s[m.end():]
    return "", s


@lru_cache(maxsize=50_000)
def _event_core(s: str) -> str:
    s = EVENT_CORE_RE1.sub("", s)
    _, rest = split_place(s)
    # 市国防动员工作会议 ↔ 国防动员工作会议: the level is a scope; but in 省委常委议军会, 市政府常务会议
    # it names the organ holding the sitting (省委 is not 市委): kept
    if rest[:1] in LEVELS and len(rest) > 3 and rest[1:2] not in ORGAN_AFTER_LEVEL:
        rest = rest[1:]
    return rest


_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zü\u00e0-\u01dc\u0300-\u036f]{1,7} ?\)")


_QUOTED_SEPARATORS = re.compile(r"“[^”]*”")
_SLOGAN_SEPARATORS = re.compile(r"[、，,\s\u3000]")  # (compiled at import, not on first use)


def _join_quoted(m: re.Match) -> str:
    """A quoted slogan inside a name, its separators (、，space) left out: one slogan however set."""
    return _SLOGAN_SEPARATORS.sub("", m.group())


# ent58: what two writings of one name may differ by, beyond the script: the conjunction (住房与城乡
# 建设局 / 住房和城乡建设局), the angle brackets of a title inside a title (《…〈…〉…》 / 《…<…>…》), and
# 第 before a number written in digits (第5720工厂 / 5720工厂)
_VARIANTS = str.maketrans({"与": "和", "〈": "<", "〉": ">"})
_ORDINAL_DIGITS_RE = re.compile(r"第(?=[0-9])")


@lru_cache(maxsize=50_000)
def _compare_form(s: str) -> str:
    """Comparison form: folded, glosses and dashes dropped, abbreviations applied, the typographic
    variants of one name (_VARIANTS) made one."""
    s = abbreviate(fold(_GLOSS.sub("", s) if "(" in s else s)).replace("—", "").replace("-", "")
    s = s.translate(_VARIANTS)
    return _ORDINAL_DIGITS_RE.sub("", s) if "第" in s else s


@lru_cache(maxsize=50_000)
def _canonical(k: str) -> tuple[str, str]:
    """(full place or "", rest without the place's level character)."""
    lx = lexicon()
    p, rest = split_place(k)
    if not p:
        return "", k
    full = lx.places_short.get(p, p)
    if p.startswith("全"):
        full = p
    if rest[:1] and rest[:1] == full[-1:] and rest[:1] in LEVELS:
        rest = rest[1:]
    if p.startswith("全") and rest[:1] == p[1]:
        rest = rest[1:]
    return full, rest


@lru_cache(maxsize=50_000)
def _reductions(k: str, past_levels: bool = False) -> frozenset[tuple[str, str]]:
    """The (place, rest) forms a longer name can be referred to by: itself and without its places.
    `past_levels`: also past the level character a dropped place leaves (_past_level), for bodies;
    a park's or an event's short forms are its tails (_merge_suffixes), which weighs them all."""
    out = {_canonical(k)}
    m = REDUCTIONS_RE1.fullmatch(k)
    if m:  # a trailing qualifier: 建德经开区(航空小镇) is also 建德经开区
        out.add(_canonical(m.group(1)))
        out.add(("", m.group(1)))
    cur = k
    for _ in range(3):
        p, rest = split_place(cur)
        if not p and cur.startswith(_group_forms()):  # (one C call rules out most names)
            for f in _group_forms():
                if cur.startswith(f) and len(cur) > len(f) + 2:
                    p, rest = f, cur[len(f):]
                    # 中国航发集团四川…研究院 is 中国航发四川…研究院: the group word is not part of the unit
                    for w in ("集团公司", "集团", "公司"):
                        if rest.startswith(w) and len(rest) > len(w) + 2:
                            rest = rest[len(w):]
                            break
                    break
        if not p:
            break
        out.add(("", rest))
        if rest[:1] in LEVELS:
            out.add(("", rest[1:]))
            auto = _autonomous_level(p, rest)
            if auto:
                out.add(("", auto))
        out.add(_canonical(rest))
        cur = _past_level(rest) if past_levels else rest
        if cur != rest:
            out.add(_canonical(cur))
    return frozenset(out)


# level words of an autonomous region or prefecture, which a short form keeps whole
# (自治区双拥办 after 东川自治区双拥办), where split_place keeps only their last character
AUTONOMOUS_LEVELS = ("自治区", "自治州")


def _autonomous_level(place: str, rest: str) -> str:
    """`rest` with the autonomous level word in full (区X -> 自治区X) when `place` is written in full
    and ends with one, or ''."""
    word = next((w for w in AUTONOMOUS_LEVELS if place.endswith(w)), "")
    return word + rest[1:] if word and rest[:1] == word[-1] and len(rest) > 2 else ""


def _past_level(rest: str) -> str:
    """What follows a dropped place: past the place's level character when a place opens what is
    after it (省青山市铁路法院 -> 青山市铁路法院), so that 青山铁路法院 names 东川省青山市铁路法院 as
    青山市铁路法院 does: the chain of places is dropped one place at a time, the province first."""
    if rest[:1] in LEVELS and len(rest) > 3 and split_place(rest[1:])[0]:
        return rest[1:]
    return rest


@lru_cache(maxsize=1)
def _group_forms() -> tuple[str, ...]:
    """Names of enterprise groups, which prefix their units' names like a place (中船重工大连…)."""
    forms = {f for g in lexicon().gazetteer if g.type == "Enterprise" for f in (g.name, *g.aliases)}
    return tuple(sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=50_000)
def _group_core(k: str) -> str:
    """A unit's name without its group's name: 中国航发(集团)四川燃气涡轮研究院 -> 四川燃气涡轮研究院."""
    if not k.startswith(_group_forms()):
        return ""
    for f in _group_forms():
        if k.startswith(f):
            rest = k[len(f):]
            for w in ("集团公司", "集团", "公司"):
                if rest.startswith(w):
                    rest = rest[len(w):]
                    break
            return rest if len(rest) >= 5 else ""
    return ""


@lru_cache(maxsize=50_000)
def _joined_part(k: str, canon: tuple[str, str], core: str, hk: str) -> bool:
    """An event name that is the first of two sittings joined by 暨 (青山市推进大会 of 青山市推进大会
    暨项目签约仪式, or 全市推进大会 of it) names the joined event: the text gives the whole name once and
    its first part again (the headline, 本次…). `canon` and `core` are k's _canonical and _event_core."""
    j = hk.find("暨")
    if j < 4:
        return False
    first = hk[:j]
    if k == first:
        return True
    fcanon = _canonical(first)
    return len(core) >= 4 and core == _event_core(first) and _place_compat(canon[0], fcanon[0])


def _place_compat(p1: str, p2: str) -> bool:
    if not p1 or not p2 or p1 == p2:
        return True
    if p1.startswith("全") and not p2.startswith("全"):
        return p2.endswith(p1[1])
    if p2.startswith("全") and not p1.startswith("全"):
        return p1.endswith(p2[1])
    return False


def group_mentions(text: str, cands: list[Cand], jurisdiction: str = "") -> list[Group]:
    lx = lexicon()
    groups: list[Group] = []
    by_key: dict[tuple[str, str], Group] = {}

    def base_key(c: Cand) -> str:
        s = c.key or text[c.start:c.end]
        if c.type in ("Event", "Policy", "Project") and "“" in s:
            s = _QUOTED_SEPARATORS.sub(_join_quoted, s)  # “甲乙、丙丁”座谈会 = “甲乙 丙丁”座谈会
        s = _quotes_out(fold(_GLOSS.sub("", s) if "(" in s else s))
        if c.type == "Person":
            for suf in PERSON_SUFFIXES:
                if s.endswith(suf) and len(s) > len(suf) + 1 and not s.startswith(("X", "*")):
                    s = s[: -len(suf)]
            return s
        if c.type == "Location":
            return lx.places_short.get(s, s)
        if c.type == "Event" and s.endswith("工作会"):
            s += "议"  # 关于召开…工作会的通知 and 召开…工作会议: one meeting, 会 short for 会议
        return _compare_form(s)

    for c in sorted(cands, key=lambda c: c.start):
        k = (c.type, base_key(c))
        g = by_key.get(k)
        if g is None:
            g = Group(c.type)
            g.keys.add(k[1])
            by_key[k] = g
            groups.append(g)
        g.mentions.append(c)
        g.forms.setdefault(text[c.start:c.end], c.start)

    groups = _merge_places(groups, lx)
    groups = _merge_reduced(groups)
    groups = _merge_suffixes(groups)
    _national_forms(text, groups)
    return groups


def _national_forms(text: str, groups: list[Group]) -> None:
    """国家青山振兴战略: the head rule names the strategy without its 国家 (gen_heads); the text's
    own wording with 国家 is a surface form of it too, kept as one (annotators write either).
    Read on the view, not the raw text (ent53): a mirror's 國家…戰略 or 國(guó)家…戰(zhàn)略 is the same
    wording (the mention's offsets are the raw text's, so the 国家 is found in the characters
    before it, glosses allowed, and the form is the text as written)."""
    for g in groups:
        if g.type != "Policy":
            continue
        for c in g.mentions:
            if c.start < 2 or not fold(strip_pinyin(text[c.start:c.end])).endswith(NATIONAL_FORM_HEADS):
                continue
            before = text[max(0, c.start - 20):c.start]
            m = NATIONAL_BEFORE_RE.search(before)
            if m:
                s = c.start - len(before) + m.start()
                g.forms.setdefault(text[s:c.end], s)


def _merge_into(dst: Group, src: Group) -> None:
    dst.mentions.extend(src.mentions)
    for f, p in src.forms.items():
        dst.forms.setdefault(f, p)
    dst.keys |= src.keys


def _merge_places(groups: list[Group], lx) -> list[Group]:
    """浙江省永康市 absorbs 永康市/永康; 滨海新区 absorbs 滨海; X市 absorbs X."""
    from ingest.components.lexicon import ADMIN_SUFFIXES

    locs = [g for g in groups if g.type == "Location"]
    dead: set[int] = set()
    folded: dict[int, list[str]] = {}
    for g in sorted(locs, key=lambda g: -max(len(f) for f in g.forms)):
        if id(g) in dead:
            continue
        gforms = folded.get(id(g)) or folded.setdefault(id(g), [fold(f) for f in g.forms])
        for h in locs:
            if h is g or id(h) in dead:
                continue
            # (a group's folded forms, made once: only a merge changes them)
            hforms = folded.get(id(h)) or folded.setdefault(id(h), [fold(f) for f in h.forms])
            hit = False
            for f in gforms:
                for hf in hforms:
                    if len(f) <= len(hf):
                        continue
                    full = lx.places_short.get(hf, hf)
                    tail = f.endswith(full) or f.endswith(hf) and f[: -len(hf)] in lx.places_full
                    # 东川青山 for 青山: a province's or city's short form written before the place
                    tail = tail or f.endswith(hf) and f[: -len(hf)] in lx.places_short \
                        and inside(f[: -len(hf)], hf)
                    short_of = f.startswith(hf) and f[len(hf):] in ADMIN_SUFFIXES
                    # 青山市 for 东川青山: the full form of a compound's short tail
                    hs = lx.places_full.get(hf, "")
                    tail = tail or bool(hs) and f.endswith(hs) and f[: -len(hs)] in lx.places_short
                    # 长阳县 for 长阳土家族自治县: an autonomous county's common form
                    county = hf[-1:] == "县" and f.endswith("自治县") and lx.places_short.get(hf[:-1]) == f
                    if (tail and not f.startswith(hf)) or short_of or county:
                        hit = True
            if hit:
                _merge_into(g, h)
                dead.add(id(h))
                folded.pop(id(g), None)  # (gforms, read in this loop, stays as it was)
    return [g for g in groups if id(g) not in dead]


@lru_cache(maxsize=1)
def _academy_names() -> dict[str, str]:
    """An academy's own name -> its key (中国空间技术研究院 -> 科技:五): the groups.tsv rows of research
    institutes whose short forms name a space academy by its number (航天五院, 航天科技五院). A text
    writes the one academy by either (ent55: READ u9, u79)."""
    out: dict[str, str] = {}
    for e in lexicon().gazetteer:
        if e.type != "ResearchInstitute":
            continue
        keys = [_academy_key(_compare_form(a)) for a in e.aliases]
        keys = sorted((k for k in keys if k), key=lambda k: k.index(":"), reverse=True)
        if keys:
            out[_compare_form(e.name)] = keys[0]  # (the key that names the group, if one does)
    return out


def _academy_key(k: str) -> str:
    """'group:number' of a space academy's numbered form (航天科工十院 -> 科工:十, 航天四院 -> :四)."""
    m = ACADEMY_RE1.fullmatch(k)
    return f"{m.group(1) or ''}:{m.group(2)}" if m else ""


def _academy(k: str) -> str:
    """The key of a space academy named by k (航天科技四院 -> 科技:四, 四院 -> :四, 中国空间技术研究院 ->
    科技:五 by groups.tsv), or ''."""
    return _academy_key(k) or _academy_names().get(k, "")


def _same_academy(a: str, b: str) -> bool:
    """One academy: the same number, and the same group where both name one (航天四院 is either
    group's; 航天科技四院 and 航天科工四院 are two academies)."""
    if not a or not b:
        return False
    ga, na = a.split(":")
    gb, nb = b.split(":")
    return na == nb and (not ga or not gb or ga == gb)


def _institute_number(k: str) -> str:
    """The number a research institute's name ends with (702 of 中船重工第七〇二研究所, of 702所; 47 of
    第四十七研究所, of 第47研究所), or ""."""
    m = INSTITUTE_NUMBER_RE.search(k)
    if not m:
        return ""
    n = cn_number(m.group(1))  # 七〇二 digit by digit, 四十七 and 二十三 by tens, as 公文 write them
    return str(n) if n >= 0 else ""


def _initials_of(short: str, long: str) -> bool:
    """兵装集团 is built from characters of 中国兵器装备集团公司, in order, from its first one."""
    m = INITIALS_OF_RE1.fullmatch(short)
    lm = INITIALS_OF_RE2.fullmatch(long)
    if not m or not lm or len(lm.group(1)) <= len(m.group(1)):
        return False
    core, lcore = m.group(1), lm.group(1)
    if core[0] != lcore[0]:
        return False
    pos = 0
    for c in core:
        pos = lcore.find(c, pos) + 1
        if not pos:
            return False
    return True


# the legal form and the trade word before it, which a firm's short name leaves out (青松光电 for
# 江西青松光电科技有限公司); 集团 stays (机电集团有限公司 is called 机电集团)
_LEGAL_END = re.compile(r"(?:(?:科技|技术|实业|控股)?(?:股份)?有限(?:责任)?公司|股份公司)$")


@lru_cache(maxsize=50_000)
def _firm_core(k: str) -> str:
    """A firm's name without its place, its level word and its legal form: the part a short name
    keeps. Two firms' names with one core name one firm in a document."""
    _, rest = split_place(k)
    if rest[:1] in "省市县区" and len(rest) > 3:
        rest = rest[1:]
    return _LEGAL_END.sub("", rest)


def _group_firm(k: str) -> str:
    """A firm's name without its legal form, a 公司 after 集团 left out too (西飞集团公司 -> 西飞集团);
    its place is kept (a name opening with a place's name, 三江集团, is not cut down to 集团)."""
    core = _LEGAL_END.sub("", k)
    return core[:-2] if core.endswith("集团公司") else core


@lru_cache(maxsize=50_000)
def _under_parent(k: str, hk: str) -> bool:
    """西飞集团 (西飞集团公司) after 甲工业西飞集团有限责任公司, 三江集团 after 中国航天三江集团公司: a
    group firm named without its parent group's name in front, whose fuller name the text wrote
    first. The dropped head is the opening of a group of groups.tsv (中国 before it or not), so a
    word a boundary error put in front (两次莅临…集团) is no parent; 集团公司 and 集团有限责任公司 of
    one core are one firm."""
    mine, theirs = _group_firm(k), _group_firm(hk)
    if not mine.endswith("集团") or len(mine) < 4 or not theirs.endswith(mine):
        return False
    head = theirs[: -len(mine)]
    if not head:
        return True
    head = head[2:] if head.startswith("中国") else head
    return len(head) >= 2 and any(f.startswith(head) for f in _group_forms())


def _all_places(s: str) -> bool:
    """湖南省青山县, 东川市甲区: nothing but places, each written in full or short."""
    lx = lexicon()
    for _ in range(4):
        if s in lx.places_full or s in lx.places_short:
            return True
        p, rest = split_place(s)
        if not (p in lx.places_full or p in lx.places_short):
            return False
        s = rest[1:] if rest[:1] in LEVELS else rest
        if not s:
            return True
    return False


@lru_cache(maxsize=50_000)
def _under_places(k: str, hk: str) -> bool:
    """县人武部 (or 人武部) names 湖南省青山县人武部: the longer name is two or more places and the
    shorter one, whose level character (if it has one) is the last place's. _reductions drops one
    place at a time and stops at the level character the first place leaves (省青山县人武部)."""
    rest = k[1:] if k[:1] in "省市县区" else k
    if len(rest) < 3 or not hk.endswith(rest) or len(hk) <= len(rest) + 3:
        return False
    pre = hk[: -len(rest)]
    if rest != k and not pre.endswith(k[0]):
        return False
    p, after = split_place(pre)
    return bool(p) and len(after) > 1 and _all_places(pre)


def _reduction_of(typ: str, mine: tuple, theirs: tuple) -> bool:
    """Is the group keyed `mine` (name, canonical form, event core, group core, academy, institute
    number) a shorter form of the group keyed `theirs` (name, canonical form, reductions, event
    core) of the same type? One test per way a document shortens a name (place dropped, 全省 for
    the province, an event's first sitting, initials, a firm's core, an academy or institute
    number); `_merge_reduced` joins the shorter to the first longer group that passes."""
    k, canon, core, gcore, gacad, gnum = mine
    hk, hcanon, hred, hcore = theirs
    if k == hk:
        return True  # ent58: one name in two groups (a gazetteer key and a head rule's): one body
    if typ == "Policy" and k.startswith(("国家", "全国")) and not hk.startswith(("国家", "全国")):
        return False  # 国家…示范区 and 东川国家…示范区: the national programme and one place's title
    # 全省X会议 and 陕西X会议 are as long as each other: the named place is the fuller form
    if len(hk) < len(k) or len(hk) == len(k) and not (
            canon[0].startswith("全") and hcanon[0] and not hcanon[0].startswith("全")):
        return False
    if canon in hred or ("", k) in hred:
        return True
    if (typ == "Event" and core == hcore and len(core) >= 4
          and _place_compat(canon[0], hcanon[0])):
        return True
    if canon[0] and canon == hcanon:
        return True
    if typ == "Event" and _joined_part(k, canon, core, hk):
        return True  # 青山推进大会 / 青山推进大会暨签约仪式: the first sitting of the two
    if gcore and gcore == _group_core(hk):
        return True
    if typ == "Enterprise" and _initials_of(k, hk):
        return True  # 兵装集团 / 中国兵器装备集团公司
    if typ == "Enterprise" and len(k) >= 4 and _firm_core(hk) in (k, _firm_core(k)) \
            and len(_firm_core(hk)) >= 4:
        return True  # 青松光电 / 江西青松光电科技有限公司, 省机电集团 / 某省机电集团有限公司
    if typ == "Enterprise" and _under_parent(k, hk):
        return True  # 西飞集团 / 甲工业西飞集团有限责任公司: the parent group's name left out
    if typ == "Policy" and hk.startswith(k) and hk[len(k):] in ("制度", "机制", "体系", "战略"):
        return True  # 党管武装 / 党管武装制度
    if gacad and _same_academy(gacad, _academy(hk)):
        return True  # 四院 / 航天四院 / 航天科技四院
    if gnum and gnum == _institute_number(hk):
        return True  # 702所 / 东方重工第七〇二研究所: one institute by its number
    return False


def _merge_reduced(groups: list[Group]) -> list[Group]:
    """A shorter name joins the longer one it is a reduction of (place dropped, abbreviated)."""
    dead: set[int] = set()
    # id -> [name, canonical form, reductions, event core]: the reductions of a group's forms are
    # worked out when a shorter group of its type is first compared with it (most groups are
    # never the longer of a pair: on a first pass each is a cache miss per form), the event core
    # only for events (the one type `_reduction_of` reads it for)
    info: dict[int, list] = {}
    for g in groups:
        if g.type in ("Person", "Location"):
            continue
        k = _compare_form(max(g.forms, key=len))
        # (the reductions slot holds the forms as they are now, before any merge adds to them)
        info[id(g)] = [k, _canonical(k), tuple(g.forms), _event_core(k) if g.type == "Event" else ""]

    def theirs(h: Group) -> list:
        t = info[id(h)]
        if type(t[2]) is tuple:
            red: set[tuple[str, str]] = set()
            for f in t[2]:
                red |= _reductions(_compare_form(f))
            t[2] = red
        return t

    order = sorted((g for g in groups if id(g) in info), key=lambda g: len(info[id(g)][0]))
    same_type: dict[str, list[Group]] = {}  # the groups a group may join, in document order
    for h in groups:
        if id(h) in info:
            same_type.setdefault(h.type, []).append(h)
    # (type, name without its level character) -> the level-prefixed groups (县人武部 under 人武部),
    # in document order: looked up below instead of scanning every group of the type
    leveled: dict[tuple[str, str], list[Group]] = {}
    for typ, hs in same_type.items():
        for h in hs:
            hk = info[id(h)][0]
            if hk[:1] and hk[0] in "省市县区":
                leveled.setdefault((typ, hk[1:]), []).append(h)
    joined: dict[int, tuple[int, str]] = {}  # _one_past_levels' pre-test, per group
    for g in order:  # shortest first: it is the one that may be an alias
        k, canon, _, core = info[id(g)]
        gcore = _group_core(k)  # (the same for every h: asked once)
        gacad = _academy(k) if g.type == "ResearchInstitute" else ""
        gnum = _institute_number(k) if g.type == "ResearchInstitute" else ""
        mine = (k, canon, core, gcore, gacad, gnum)
        # (a longer name only: `_reduction_of` is false for a shorter one, before it reads the
        # reductions)
        n = len(k)
        targets = [h for h in same_type[g.type]
                   if h is not g and id(h) not in dead and len(info[id(h)][0]) >= n
                   and _reduction_of(g.type, mine, theirs(h))]
        # 县人武部 / 人武部 after 湖南省青山县人武部: the one body under nested places (parks, events
        # and the like are joined by their tails, _merge_suffixes)
        if not targets and g.type not in SUFFIX_TYPES:
            # (_under_places needs the longer name to end with the shorter one less its level
            # character, 3 characters at least: tested here before the cached call)
            rest = k[1:] if k[:1] in "省市县区" else k
            nested = [h for h in same_type[g.type]
                      if h is not g and id(h) not in dead and info[id(h)][0].endswith(rest)
                      and _under_places(k, info[id(h)][0])] if len(rest) >= 3 else []
            targets = nested if len(nested) == 1 else []
        if not targets and g.type not in SUFFIX_TYPES:
            targets = _one_past_levels(g, k, canon, same_type[g.type], dead, joined)
        # 人武部 after 县人武部: a bare unit is the document's one level-prefixed unit of that name
        if not targets and len(k) >= 3 and k[0] not in "省市县区":
            lvl = [h for h in leveled.get((g.type, k), ()) if h is not g and id(h) not in dead]
            if len(lvl) == 1:
                targets = lvl
        if not targets and g.type == "Enterprise":
            targets = _same_firm(g, n, same_type[g.type], dead, info)
        if not targets and n >= BODY_TAIL_MIN and g.type not in SUFFIX_TYPES:
            # 甲乙税务分局 after 东川省税务局甲乙税务分局, 兰州军事法院 after 中国人民解放军兰州军事法院:
            # a body's name that ends the one longer name of its type, past its parent (ent58)
            tails = [h for h in same_type[g.type] if h is not g and id(h) not in dead
                     and len(info[id(h)][0]) > n
                     and any(len(f) > n and f.endswith(k) and _parent_before(f[:-n], k)
                             for f in map(_compare_form, h.forms))]
            targets = tails if len(tails) == 1 else []
        if targets:
            dst = min(targets, key=lambda h: h.first)
            _merge_into(dst, g)
            dead.add(id(g))
    return [g for g in groups if id(g) not in dead]


# the length from which a body's name that ends one longer name of its type is that body's short
# form (a 4-character one, 市住建局, ends 市纪委驻市住建局: another body)
BODY_TAIL_MIN = 5


# the last character of a parent body's or a place's name, before the name of a body under it
# (东川省税务局|甲乙分局, 中国人民解放军|兰州军事法院, 青山县|…): what a word the recogniser took in
# front of a name (记者查阅, 两次莅临: ent59's boundaries) does not end with
PARENT_LAST_CHARS = "局军部委院司厅办处署会社区县市省镇乡盟旗州团"


def _parent_before(pre: str, k: str) -> bool:
    """Is `pre`, in front of the body name `k` in a longer name, a parent body or a place (its last
    character a body's or a place's head), or a place and a name of a place below it when k opens
    with that place's level character (青山县甲乙|镇党委政府)?"""
    return pre[-1] in PARENT_LAST_CHARS or (k[0] in LEVELS and bool(split_place(pre)[0]))


# what a firm's name ends with past its core: 控股, the group word and 公司 (甲集团公司, 甲集团, 甲公司),
# cut only from a name of 6 characters or more so that the core keeps 4
FIRM_TAIL_RE = re.compile(r"(?:控股)?(?:集团)?(?:公司)?$")


@lru_cache(maxsize=50_000)
def _firm_key(k: str, place: bool = True) -> tuple[str, str]:
    """(place in full or "", core) of a firm's name: its place, level word, legal form, group word
    and 公司 left out (株洲市甲乙开发公司 and 甲乙开发有限公司 -> 甲乙开发; 东川甲乙集团有限公司 ->
    甲乙). _firm_core keeps 集团 and a bare 公司: this key is for forms no other rule joined.
    `place` False: a name opening with a place's name kept whole (青山汽车集团公司 -> 青山汽车: the
    trade name may be a place's)."""
    p, rest = split_place(k) if place else ("", k)
    if rest[:1] in "省市县区" and len(rest) > 3 and p:
        rest = rest[1:]
    rest = _LEGAL_END.sub("", rest.replace("(集团)", ""))
    if len(rest) >= 6:
        rest = FIRM_TAIL_RE.sub("", rest)
    return lexicon().places_short.get(p, p), rest


def _firm_keys(forms) -> set[tuple[str, str]]:
    keys = {_firm_key(f, place) for f in map(_compare_form, forms) for place in (True, False)}
    return {key for key in keys if len(key[1]) >= 4}


def _same_firm(g: Group, n: int, same: list[Group], dead: set[int], info: dict[int, list]) -> list[Group]:
    """甲乙开发有限公司 after 株洲市甲乙开发公司, 甲乙研究院有限公司 after 东川甲乙研究院集团有限公司,
    丙丁工业集团公司 after 中国丙丁工业集团公司 (alias 丙丁工业集团): the one longer firm of the document
    one of whose forms has the core of one of this one's forms (_firm_key) under the same place or
    under none; a firm's legal form, group word and place are what its other forms leave out (ent58:
    READ u84, u110, u112). Two firms fit: none is joined (two cities' 甲乙开发公司)."""
    mine = _firm_keys(g.forms)
    if not mine:
        return []
    hits = []
    for h in same:
        if h is g or id(h) in dead or len(info[id(h)][0]) < n:
            continue
        theirs = _firm_keys(h.forms)
        if any(c == hc and (p == hp or not p or not hp) for p, c in mine for hp, hc in theirs):
            hits.append(h)
    return hits if len(hits) == 1 else []


def _one_past_levels(g: Group, k: str, canon: tuple[str, str], same: list[Group],
                     dead: set[int], joined: dict[int, tuple[int, str]] | None = None) -> list[Group]:
    """青山铁路法院 after 东川省青山市铁路法院, 区委 after 东川市青山区区委: the one longer body of the
    type whose chain of places, dropped place by place past each level character, leaves the
    shorter name (_past_level). Only when no other rule found a body and only one body fits: a
    bare name that fits two (军分区 after 东川省青山军分区 and 军分区(警备区)) is left alone."""
    hits = []
    rest = canon[1]
    if joined is None:
        joined = {}
    for h in same:
        if h is g or id(h) in dead:
            continue
        # (a body none of whose forms holds the shorter name's words after its place: most; ruled
        # out by one test of its forms joined, kept per group while its forms stay as they are)
        j = joined.get(id(h))
        if j is None or j[0] != len(h.forms):
            j = joined[id(h)] = (len(h.forms), "\x00".join(map(_compare_form, h.forms)))
        if rest not in j[1]:
            continue
        hforms = [f for f in map(_compare_form, h.forms) if len(f) > len(k)]
        if not any(rest in f for f in hforms):
            continue
        if any(canon in red or ("", k) in red for red in (_reductions(f, True) for f in hforms)):
            hits.append(h)
            if len(hits) > 1:
                return []
    return hits or (_one_unit_down(g, k, same, dead) if g.type == "MilitaryUnit" else [])


@lru_cache(maxsize=1)
def _unit_words() -> tuple[str, ...]:
    """Head words of a military unit (heads.tsv rows typed MilitaryUnit, departments out), which
    end one unit of a chain (…总队甲支队乙中队), longest first."""
    words = {h for h, t, c in HEADS if t == "MilitaryUnit" and c != "dept" and len(h) >= 2}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=50_000)
def _unit_down(k: str, hk: str) -> bool:
    """乙中队 (or 武警乙中队) after 武警东川总队甲支队乙中队, 东川乙军分区 after 东川军区乙军分区: a
    unit named by the last unit of the longer name's chain, past a unit word (总队, 支队, 军区),
    with the chain's first words in front or not."""
    if len(k) < 4 or len(hk) <= len(k) or not k.endswith(_unit_words()):
        return False
    for i in range(2, len(hk) - 3):
        tail = hk[i:]
        if not hk[:i].endswith(_unit_words()) or tail in _unit_words() or not k.endswith(tail):
            continue
        lead = k[: len(k) - len(tail)]
        if not lead or len(lead) >= 2 and hk.startswith(lead):
            return True
    return False


def _one_unit_down(g: Group, k: str, same: list[Group], dead: set[int]) -> list[Group]:
    """The one longer military unit whose chain's last unit the shorter name is (_unit_down), or
    none when two fit (乙中队 of two 支队 in one text)."""
    hits = [h for h in same if h is not g and id(h) not in dead
            and any(_unit_down(k, f) for f in map(_compare_form, h.forms))]
    return hits if len(hits) == 1 else []


def _merge_suffixes(groups: list[Group]) -> list[Group]:
    """军民融合产业园 after 天舟融智军民融合产业园: a name that is the tail of exactly one longer name
    of the same type (park, alliance, fund, event) is that thing's short form in this document."""
    dead: set[int] = set()
    cands = [g for g in groups if g.type in SUFFIX_TYPES]
    forms = {id(g): [_compare_form(f) for f in g.forms] for g in cands}
    # the groups with a filler word in a form (few): the only ones _lean_tails can join a name to
    filled = [h for h in cands if h.type != "Policy" and any(_lean(f) != f for f in forms[id(h)])]

    def absorb(dst: Group, src: Group) -> None:
        _merge_into(dst, src)
        forms[id(dst)] += forms[id(src)]
        dead.add(id(src))
        if any(h is src for h in filled) and not any(h is dst for h in filled):
            filled.append(dst)

    joined: dict[int, tuple[int, str]] = {}
    for g in sorted(cands, key=lambda g: len(max(forms[id(g)], key=len))):
        if id(g) in dead:
            continue
        short = max(forms[id(g)], key=len)
        # 《意见》 after 《中共中央关于…的意见》: a quoted document title is the short form of the
        # one longer title it ends
        titled = g.type == "Policy" and all(f.startswith("《") for f in g.forms)
        if len(short) < (2 if titled else 4):
            continue
        if g.type == "Policy" and short.startswith(("国家", "全国")):
            continue  # 国家…示范区 after 东川国家…示范区: the national programme, not that place's title
        # (a group none of whose forms ends with the short name, most, is ruled out by one test of
        # its forms joined, each closed by \x00; kept while its forms stay as they are)
        tail = short + "\x00"
        targets = [h for h in cands if h is not g and id(h) not in dead and h.type == g.type
                   and tail in _joined_forms(joined, h, forms[id(h)])
                   and any(len(f) > len(short) and f.endswith(short) for f in forms[id(h)])]
        if not targets and filled and g.type != "Policy":
            targets = _lean_tails(g, short, filled, forms, dead)
        if len(targets) > 1 and g.type == "Event" and g.first < min(h.first for h in targets):
            # 议军会议 in a headline, then 市委常委会议军会议 (held) and 省委…议军会议 (cited): the
            # headline names the first meeting the text reports
            targets = [min(targets, key=lambda h: h.first)]
        if len(targets) > 1:
            targets = _tail_of_tails(targets, forms)
        if len(targets) > 1:
            # 甲市乙县丙山…产业园 and 甲市乙县经济开发区丙山…产业园 after 丙山…产业园: the
            # longer forms differ only by the places (or zone) in front, all under the same place
            places = {split_place(next(f for f in forms[id(h)] if f.endswith(short)))[0] for h in targets}
            if len(places) == 1 and "" not in places:
                for h in targets[1:]:
                    absorb(targets[0], h)
                targets = targets[:1]
        if len(targets) == 1:
            absorb(targets[0], g)
    return [g for g in groups if id(g) not in dead]


def _joined_forms(joined: dict[int, tuple[int, str]], h: Group, fs: list[str]) -> str:
    """h's comparison forms `fs`, each followed by \x00, in one string (kept in `joined` until
    forms are added to h)."""
    j = joined.get(id(h))
    if j is None or j[0] != len(fs):
        j = joined[id(h)] = (len(fs), "\x00".join(fs) + "\x00")
    return j[1]


def _tail_of_tails(targets: list[Group], forms: dict[int, list[str]]) -> list[Group]:
    """青山产业基金 after 东川青山产业基金 and 甲公司参股东川青山产业基金: the longer names all end with
    the shortest of them, so they are one thing's forms and the short one is that thing's too (the
    shortest target is joined; it joins the longer ones in its turn). Otherwise all are kept."""
    shortest = min(targets, key=lambda h: len(max(forms[id(h)], key=len)))
    tail = max(forms[id(shortest)], key=len)
    if all(h is shortest or any(f.endswith(tail) for f in forms[id(h)]) for h in targets):
        return [shortest]
    return targets


@lru_cache(maxsize=50_000)
def _lean(s: str) -> str:
    """A name with its filler words (event_words.tsv filler) left out."""
    return FILLER_RE.sub("", s) if FILLER_RE.search(s) else s


def _lean_tails(g: Group, short: str, filled: list[Group], forms: dict[int, list[str]],
                dead: set[int]) -> list[Group]:
    """青山振兴高层论坛 after 第二届青山振兴发展高层论坛, 青山产业专项资金 after 省青山产业发展专项
    资金: a name that ends a longer name of its type once a filler word (发展, 建设: event_words.tsv)
    is left out of both is that thing's short form, as a plain tail is (a short form drops such a
    word more often than it keeps it). `filled`: the groups with a filler word in a form."""
    lean = _lean(short)
    if len(lean) < 5:
        return []
    return [h for h in filled if h is not g and id(h) not in dead and h.type == g.type
            and any(len(f) > len(short) and _lean(f) != f and _lean(f).endswith(lean) for f in forms[id(h)])]


def entity_name(g: Group) -> str:
    """The fullest form: the longest; for persons the bare name (习近平, not 习近平同志)."""
    if g.type == "Person":
        bare = [f for f in g.forms if not fold(f).endswith(PERSON_SUFFIXES) or f.startswith(("X", "*"))]
        if bare:
            return max(bare, key=lambda f: (len(f), -g.forms[f]))
        first = min(g.forms, key=lambda f: g.forms[f])
        for suf in PERSON_SUFFIXES:
            if fold(first).endswith(suf) and len(first) > len(suf) + 1:
                return first[: -len(suf)]
    forms: list[str] | dict[str, int] = g.forms
    if g.type == "Event":
        forms = [f for f in g.forms if not _dated_form(f, g.forms)] or g.forms
    return max(forms, key=lambda f: (len(_quotes_out(f)), -g.forms[f]))


def _dated_form(f: str, forms: dict[str, int]) -> bool:
    """2019年全市国动委全体会议 when 全市国动委全体会议 is a form too: the year it was held, no name."""
    m = EVENT_DATED_FORM.match(f)
    return bool(m) and f[m.end():] in forms


__all__ = ["Group", "group_mentions", "entity_name", "abbreviate", "split_place", "is_cjk"]
