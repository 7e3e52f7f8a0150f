"""Named reject rules for head-word candidates, switched per head class by ingest/data/head_filters.tsv.

Why named: a rule that rejects candidates is a decision a reader must be able to find, switch off
and measure (bench/ablation.py counts the correct and wrong entities each one accounts for). Each
filter is a small predicate over a `HeadCand` (the text, the head word, its type and validation
class, the body before the head and the offsets) that returns True to reject. The table says in
which order they run and for which head classes; `Recognizer(disabled=...)` switches one off.
Rule comments use invented names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ingest.components.candidate import CJK
from ingest.components.lexicon import data_lines, kind_words
from ingest.components.name_context import NameContext
from ingest.components.name_rules import (
    BODY_SITE_AFTER,
    COMMITTEE_OF_UNIT,
    COUNT_BEFORE_WORDS,
    DESCRIBED_BEFORE_WORDS,
    DESIGNATION_HEADS,
    FORCE_BODIES,
    FORCE_MEMBERS,
    FOUNDING_VERBS,
    GENERIC_FIRM_BODY,
    HEAD_INFO,
    LEVEL_CHARS,
    LEVEL_PLURAL,
    MEDIA_AFTER,
    ORDINAL,
    ORG_TYPES,
    PARK_PHASE_END,
    PARTY_PREFIX,
    PLURAL_JURISDICTIONS,
    QUANTITY,
    QUOTED_PART,
    SUBSIDIARY_BODY,
    SUPERLATIVE_BODY_ENDS,
    TITLE_ZONE_HEADS,
    TYPE_AND_CHECK_RE1,
    TYPE_AND_CHECK_RE2,
    TYPE_AND_CHECK_RE3,
    VERB_THEN_NEW,
)


@dataclass(slots=True)
class HeadCand:
    """A head-word candidate being checked: t[start:ms] is the body, t[ms:e] the head (+ qualifier)."""

    t: str
    head: str
    typ: str
    cls: str
    body: str
    start: int
    ms: int
    e: int

    @property
    def before(self) -> str:
        """The character before the name ("" at the start of the text)."""
        return self.t[self.start - 1] if self.start > 0 else ""


Filter = Callable[[NameContext, HeadCand], bool]
GENERIC_BODIES = ("党委", "地方", "各级", "基层", "人民", "当地", "联盟", "集团", "公司", "企业")


def empty_or_overlong(ctx: NameContext, h: HeadCand) -> bool:
    return not h.body or h.e - h.start > 45


def counted(ctx: NameContext, h: HeadCand) -> bool:
    # "10重点项目" is a count; "2016中国…大会" starts with a year; a numeral inside quotes is part
    # of a slogan name (“四个全面”战略布局)
    b = h.body
    if h.head == "项目" and b[-1:] in "期)）" and PARK_PHASE_END.search(b):
        b = b[:b.rfind("期") - 1].rstrip("(（")  # 青山制造基地二期(项目): a park's phase, no count (ent59)
    numbered = TYPE_AND_CHECK_RE1.match(b) and not TYPE_AND_CHECK_RE2.match(b)
    return bool(numbered or QUANTITY.search(b) and QUANTITY.search(QUOTED_PART.sub("", b)))


def generic_body(ctx: NameContext, h: HeadCand) -> bool:
    return h.body in GENERIC_BODIES or (
        h.head in ("政府", "人民政府") and h.body.endswith(("地方", "各级", "基层", "当地")))


# below the township: a village's, community's or street's body named by its level alone (村党总支,
# 社区党支部, 街道办事处) is the body of every village or street the text speaks of, no one body (a
# township's, 镇党委 or 镇政府 in a town's report, can be the document's own and is kept)
SUB_TOWNSHIP_LEVELS = ("村", "社区", "街道")
LEVEL_ONLY_ORGANS = ("党总支", "党支部", "党委", "党工委", "办事处", "委员会", "委会", "居委会", "两委")


_SUB_TOWNSHIP_FIRST = frozenset(lv[0] for lv in SUB_TOWNSHIP_LEVELS)


def sub_township_level(ctx: NameContext, h: HeadCand) -> bool:
    if h.typ not in ORG_TYPES or h.t[h.start] not in _SUB_TOWNSHIP_FIRST:
        return False
    name = h.t[h.start:h.e]
    return any(name.startswith(lv) and name[len(lv):] in LEVEL_ONLY_ORGANS for lv in SUB_TOWNSHIP_LEVELS)


def body_website(ctx: NameContext, h: HeadCand) -> bool:
    # 中央政府门户网站, 青山市政府网/: the body's website named as a page's source (BODY_SITE_AFTER)
    return h.typ in ORG_TYPES and BODY_SITE_AFTER.match(h.t, h.e) is not None


def bare_party_prefix(ctx: NameContext, h: HeadCand) -> bool:
    return h.body.startswith(PARTY_PREFIX) and len(h.body) <= 2


def field_description(ctx: NameContext, h: HeadCand) -> bool:
    return "领域" in h.body  # 信息安全领域…孵化基地: a description by field, not a name


def first_of_kind(ctx: NameContext, h: HeadCand) -> bool:
    # 某大学首个省级…创新中心: a description of a first one, not a name
    return bool(TYPE_AND_CHECK_RE3.search(h.body)) and h.typ not in ("Event", "Policy")


def plural_each(ctx: NameContext, h: HeadCand) -> bool:
    # 各镇党委, 各级人武部; a garrison named by its place (各驻东川部队) is still named (ent59)
    return h.before == "各" and h.typ not in ("Policy", "Event") \
        and not (h.head == "部队" and h.body.startswith("驻"))


def title_and_name_inside(ctx: NameContext, h: HeadCand) -> bool:
    # 某委副主任甲某宣读研究院: a title and a person's name inside the stretch; two mentions
    if h.typ not in ORG_TYPES or len(h.body) < 8:
        return False
    return any(m.end() < len(h.body) - 2 and ctx._name_at(h.t, h.start + m.end(), titled=True)
               for m in ctx.title_re.finditer(h.body))


def deictic_department(ctx: NameContext, h: HeadCand) -> bool:
    # 该部政治工作部: a department of a body named by a deictic (该部, 该局), no name of its own
    return (h.start > 0 and h.before in "该本其" and h.body[:1] in "部局委舰院校所厅办司"
            and h.typ in ORG_TYPES)


def generic_firm(ctx: NameContext, h: HeadCand) -> bool:
    return h.typ == "Enterprise" and bool(GENERIC_FIRM_BODY.fullmatch(h.body)
                                          or SUBSIDIARY_BODY.fullmatch(h.body))


def event_conjunct(ctx: NameContext, h: HeadCand) -> bool:
    return h.typ == "Event" and h.start > 0 and h.before == "、" and bool(ORDINAL.fullmatch(h.body))


def level_plural(ctx: NameContext, h: HeadCand) -> bool:
    return len(h.body) >= 2 and h.body[0] in LEVEL_CHARS and h.body[1] in LEVEL_CHARS


def level_plural_bracket(ctx: NameContext, h: HeadCand) -> bool:
    return h.typ not in ("Event", "Policy") and bool(LEVEL_PLURAL.search(h.body))


# heads that end in a level character (警备区, 开发区): a name they close before 、 is no level
_LEVEL_ENDING_HEADS = tuple(sorted((hd for hd in HEAD_INFO if len(hd) >= 2 and hd[-1] in LEVEL_CHARS),
                                   key=len, reverse=True))


def level_plural_list(ctx: NameContext, h: HeadCand) -> bool:
    # 省、市国动委: the level before 、 stands alone (青山警备区、市消防救援支队: 区 closes a name)
    t, s = h.t, h.start
    return h.body[:1] in LEVEL_CHARS and s >= 2 and t[s - 1] == "、" and t[s - 2] in LEVEL_CHARS \
        and not t.endswith(_LEVEL_ENDING_HEADS, 0, s - 1)


def kind_of_lab(ctx: NameContext, h: HeadCand) -> bool:
    # 共建国家实验室或工程中心: a kind of lab, not a named one
    return h.typ in ("ResearchInstitute", "IndustrialPark") and h.body in ("国家", "国家级", "省级", "市级")


# level words that, opening a park's or firm's name with nothing specific after them, make a kind
# (国家级…工业区, 省级…产业园区, 国家级绿色工厂): a rank many parks or firms hold, no one named
KIND_LEVELS = ("国家级", "省级", "市级", "县级", "区级")
# heads a level names as a title conferred (国家级…示范区, 省级…示范基地): left to the designation rules
_LEVEL_TITLE_HEADS = frozenset(TITLE_ZONE_HEADS + DESIGNATION_HEADS)


def kind_by_level(ctx: NameContext, h: HeadCand) -> bool:
    # 我市没有国家级军民融合工业区, 做强20个…的省级军民结合产业园区, 获批国家级绿色工厂: a level word
    # and words that name no place, body or field of one's own describe a rank of park or firm, no
    # one of them (ent35: the spurious park became an orphan finding). The one a founding verb
    # sets up is named by the clause (批复同意青山县设立省级军民融合产业基地: kept), and a title head
    # (省级…示范区) is a designation the type rules decide.
    if h.typ not in ("IndustrialPark", "Enterprise") or not h.body.startswith(KIND_LEVELS) \
            or h.head in _LEVEL_TITLE_HEADS:
        return False
    if h.t.endswith(FOUNDING_VERBS, max(0, h.start - 2), h.start):
        return False
    rest = h.body[3:]
    return not rest or not ctx.specific(rest)


# a fund's financial forms and owner classes (ingest/data/fund_kinds.txt), longest first
FUND_KIND_WORDS: tuple[str, ...] = tuple(sorted(data_lines("fund_kinds.txt"), key=len, reverse=True))


def kind_of_fund(ctx: NameContext, h: HeadCand) -> bool:
    # 参与设立股权投资基金, 创业投资基金(有限合伙), “引导基金+国资母基金”: a body of financial forms
    # and owner classes alone is a kind of fund, no fund named (ent35: it became a fund that funds
    # nothing); a place, field or brand left over keeps it (青山产业投资基金, 军民融合产业基金)
    if h.head != "基金":
        return False
    rest = h.body.replace("基金", "")
    for w in FUND_KIND_WORDS:
        rest = rest.replace(w, "")
    return not rest


PROJECT_CLAUSE_VERBS: tuple[str, ...] = tuple(data_lines("project_clause_verbs.txt"))
_PROJECT_HEADS = ("项目", "工程")


def clause_project(ctx: NameContext, h: HeadCand) -> bool:
    # 东方公司中标某型无人机项目, 青山学院新设低空工程, 危害人民防空工程: a verb that wins, sets up,
    # expects or harms a project (ingest/data/project_clause_verbs.txt) makes the stretch a clause
    # about it, no project's name (ent35: the clause became an orphan finding)
    return h.typ == "Project" and h.head in _PROJECT_HEADS and any(v in h.body for v in PROJECT_CLAUSE_VERBS)


def verb_then_new(ctx: NameContext, h: HeadCand) -> bool:
    # 在青山投资建设新基地, 打造一个产业园: a verb and 新/一个 before the head describe a new one
    return bool(VERB_THEN_NEW.search(h.body))


def counted_before(ctx: NameContext, h: HeadCand) -> bool:
    # 建设一批绿色示范产业园, 打造各具特色的…园区: a quantity before the name makes it a kind
    # (a designation a count of places holds, 32家国家…示范基地, stays: Policies are not filtered)
    # (COUNT_BEFORE's words as `endswith` tests, C calls; its `$` also matches before a final \n)
    if h.typ == "Policy":
        return False
    t, s, lo = h.t, h.start, max(0, h.start - 6)
    return t.endswith(COUNT_BEFORE_WORDS, lo, s) or s > 0 and t[s - 1] == "\n" \
        and t.endswith(COUNT_BEFORE_WORDS, lo, s - 1)


_DESCRIBED_LAST = frozenset(w[-1] for w in DESCRIBED_BEFORE_WORDS)


def described_one(ctx: NameContext, h: HeadCand) -> bool:
    # 是一个“三线”兵工厂, 国内最大的国有综合性企业集团, 一项基本政治制度: one thing described with an
    # article or a superlative (name_rules.DESCRIBED_BEFORE_WORDS), no name; 第一个 is an ordinal and
    # 每一项 a distributive, and 一项 counts things done, never a body (每一项省政府重点工作)
    t, s = h.t, h.start
    if h.body.endswith(SUPERLATIVE_BODY_ENDS):
        return True  # 某某行业最大基金: a rank described, no fund named
    if s > 1 and t[s - 1] in "“\"":
        s -= 1  # 崛起了一座“东方小镇”: the article before the quote describes the quoted one
    if s == 0 or t[s - 1] not in _DESCRIBED_LAST:
        return False  # (a set test before the word loop: every candidate of every type comes here)
    for w in DESCRIBED_BEFORE_WORDS:
        if t.endswith(w, max(0, s - len(w)), s):
            if w == "一项" and h.typ in ORG_TYPES:
                return False
            return not (w[0] == "一" and s > len(w) and t[s - len(w) - 1] in "第每")
    return False


def only_one(ctx: NameContext, h: HeadCand) -> bool:
    # 全省唯一的示范园区, 中国唯一科技城: a description of a unique one, not its name
    return "唯一" in h.body


def described_event(ctx: NameContext, h: HeadCand) -> bool:
    # 省委军民融合委员会重要会议, 有关会议: an adjective before the head describes a meeting, no name
    return h.typ == "Event" and h.body.endswith(("重要", "有关", "相关", "系列", "各类", "历次", "多次"))


_FREQUENCY = kind_words("meeting_frequency.tsv", ("frequency", "hold"))
_SITTINGS = re.compile(r"(?:[0-9０-９]+|[一二三四五六七八九十两多数]+)次")


def recurring_meeting(ctx: NameContext, h: HeadCand) -> bool:
    # 每月召开护边员会议, 多次召开青山市发展会议, 召开整改专题会议4次: a meeting held again and again
    # (a frequency word before it, ingest/data/meeting_frequency.tsv, or a count of sittings after
    # it) is a practice, no one sitting named (第三次全体会议 counts inside the name and stays)
    if h.typ != "Event":
        return False
    if _SITTINGS.match(h.t, h.e):
        return True
    before = h.t[max(0, h.start - 8):h.start]
    for verb in (*_FREQUENCY["hold"], ""):
        if before.endswith(verb) and before[:len(before) - len(verb)].endswith(_FREQUENCY["frequency"]):
            return True
    return False


_THEMED = re.compile(r"主[题題](?:[" + CJK + r"]{0,2})$")
_EDITION = re.compile(r"[第首届屆0-9０-９]")


def themed_event(ctx: NameContext, h: HeadCand) -> bool:
    # 国防教育主题展览, 红色文化主题宣传报告会: an exhibition or talk described by its theme, with no
    # edition, year or organiser's ordinal to name one (第三届青山国防教育主题展 keeps its name)
    return h.typ == "Event" and bool(_THEMED.search(h.body)) and not _EDITION.search(h.body)


# what follows the meetings of a body in general: their spirit studied (…会议精神), or a list of
# kinds of meetings (…会议等制度)
_MEETINGS_AFTER = ("精神", "等")
_COMMITTEES = ("委员会", "领导小组")  # (a named conference, 全国政法工作会议精神, is one sitting)
_SITTING = re.compile(r"[第首届屆次0-9０-９]|[一二三四五六七八九十]中|全会")


def body_meetings(ctx: NameContext, h: HeadCand) -> bool:
    # 学习东川市委军民融合发展委员会会议精神, 建立双拥工作领导小组会议等制度: a body's meetings in
    # general, no one sitting (青山市国动委第三次会议精神 has its ordinal and keeps the name)
    return h.typ == "Event" and h.body.endswith(_COMMITTEES) and h.t.startswith(_MEETINGS_AFTER, h.e) \
        and not _SITTING.search(h.body)


PLAN_KINDS = frozenset(data_lines("plan_kinds.txt"))


def kind_of_plan(ctx: NameContext, h: HeadCand) -> bool:
    # 城市总体规划, 城市发展规划, 高水平规划: a kind of plan or praise of one as the whole body, no plan
    # named (青山市城市总体规划 has its owner and keeps the name)
    return h.head == "规划" and h.body in PLAN_KINDS


GOVERNMENT_KINDS = tuple(data_lines("government_kinds.txt"))
_GOVERNMENT_HEADS = ("政府", "人民政府")


def kind_of_government(ctx: NameContext, h: HeadCand) -> bool:
    # 推进法治政府建设, 智慧青山和数字政府建设: a quality closing the body before 政府 names a kind of
    # government, an aim of reform, no government (ingest/data/government_kinds.txt)
    return h.head in _GOVERNMENT_HEADS and h.body.endswith(GOVERNMENT_KINDS)


def agreement_ceremony(ctx: NameContext, h: HeadCand) -> bool:
    # 东川市政府与东方重工集团战略合作框架协议签约仪式: the ceremony is named by the agreement it signs,
    # an unnamed signing (corpus/annotated/README.md: unnamed 仪式 are no Events); the agreement and
    # its signers are what the text names (a fair's or a park's 签约仪式 keeps its name)
    return h.typ == "Event" and h.head.startswith(("签约", "签字", "签署")) and h.body.endswith("协议")


def unit_party_committee(ctx: NameContext, h: HeadCand) -> bool:
    # 青山县人武部党委第一书记, 东川军分区党委: the annotated batches name the military organ itself
    # (a MilitaryUnit, found by its own head), not its Party committee (u7, u10, u12: 5 of 5 documents)
    return h.head == "党委" and h.body.endswith(COMMITTEE_OF_UNIT)


def force_members(ctx: NameContext, h: HeadCand) -> bool:
    # 向驻东解放军、武警部队官兵致以问候: the members of a whole force, greeted as people; a force
    # named by a place (驻东部队官兵) or its branch's unit is still a unit
    return h.body in FORCE_BODIES and h.t.startswith(FORCE_MEMBERS, h.e)


BASE_DESCRIPTIONS: tuple[str, ...] = tuple(data_lines("base_descriptions.txt"))
# jieba frequency from which a word tagged ns (place) is a common noun when the division codes and the
# gazetteers lack it (海洋 4068, 城市, 平原); real places that frequent are in the codes (武汉, 北京)
COMMON_NS_FREQ = 3000


def described_base(ctx: NameContext, h: HeadCand) -> bool:
    # 国防工业重要基地, “东风号”生产基地, 集团区域总部基地: what a base does or how much it
    # matters, with no place or known body before it, describes a base and names none (a place,
    # known or a place-like word the division codes lack, keeps the name: 青山直升机研发生产基地)
    if h.head != "基地" or not h.body.endswith(BASE_DESCRIPTIONS):
        return False
    if next(ctx.place_re.finditer(h.body), None) is not None or ctx.gaz_re.regex.search(h.body):
        return False
    import jieba

    first = jieba.lcut(h.body, HMM=False)[0]
    freq, tag = ctx.lex.jieba_words.get(first) or (0, "")
    # a place-like word the division codes lack keeps the name; a very frequent word jieba tags as a
    # place is a common noun (海洋, 城市, 平原: 海洋工程试验基地 names no place)
    return tag != "ns" or freq >= COMMON_NS_FREQ


NON_PARK_BASES: tuple[str, ...] = tuple(data_lines("non_park_bases.txt"))


def non_park_base(ctx: NameContext, h: HeadCand) -> bool:
    # 青山市爱国主义教育基地, 东川国防教育基地, 某部队驻军基地, 青山公园疏散基地: a base for
    # education, a garrison or evacuees is no industrial park, whatever place names it
    return h.head == "基地" and h.body.endswith(NON_PARK_BASES)


def district_new_area(ctx: NameContext, h: HeadCand) -> bool:
    # 东川两江新区 is a state-level zone (an IndustrialPark in the annotated batches); a 新区 that is
    # a county-level district of the division codes is a place (the gazetteer's Location)
    return h.head == "新区" and any(h.body[-k:] + h.head in ctx.place_words for k in (2, 3, 4))


STRATEGY_MODIFIES: tuple[str, ...] = tuple(data_lines("strategy_modifies.txt"))


def strategy_modifier(ctx: NameContext, h: HeadCand) -> bool:
    # 东川航空材料创新战略联盟, 核心区战略规划, …战略性新兴产业: 战略 qualifies the noun after it
    # (the alliance, the plan, the industries), so it heads no strategy's name
    return h.head == "战略" and h.t.startswith(STRATEGY_MODIFIES, h.e)


# the magnitude or rank words that close a 战略's body (重大, 两大, 大, 国家级): the stretch ranks or
# counts strategies (…协同发展重大战略, 青山融合两大战略, 保障国家大战略, 一项国家级战略)
STRATEGY_RANK_ENDS = ("大", "级", "級")


def strategy_ranked(ctx: NameContext, h: HeadCand) -> bool:
    # 东川协同发展重大战略, 军民融合两大战略: a strategy ranked or counted names none (the strategy,
    # when named, is the stretch before the rank word, which the region and quoted rules find)
    return h.head == "战略" and h.body.endswith(STRATEGY_RANK_ENDS)


SCHOOL_KINDS = frozenset(data_lines("school_kinds.txt"))
SCHOOL_HEADS = ("学校", "学院", "大学")


def kind_of_school(ctx: NameContext, h: HeadCand) -> bool:
    # 普通高等学校应届毕业生, 全日制普通高等学校, 技师学院: a kind of school (the kind word is the whole
    # body, 全日制 aside), not a school's name
    return h.head in SCHOOL_HEADS and h.body.removeprefix("全日制") in SCHOOL_KINDS


def quoted_epithet(ctx: NameContext, h: HeadCand) -> bool:
    # 打造“东川硬科技之都”, 当之无愧的“青山军工之都”, ‘中国某某之都’: a city's epithet or goal in
    # quotes; a conferred title (中国五金之都) is written without them
    return h.head == "之都" and in_quotes(h.t, h.start + (h.body[:1] in EPITHET_QUOTES))


EPITHET_QUOTES = "“‘\"'"


def in_quotes(t: str, start: int) -> bool:
    """Does a quote open right before start (a stop character such as 全 of 全球 may stand between)?"""
    return any(c in EPITHET_QUOTES for c in t[max(0, start - 2):start])


PLAN_VERB_AFTER: tuple[str, ...] = tuple(data_lines("plan_verb_after.txt"))


def plan_as_verb(ctx: NameContext, h: HeadCand) -> bool:
    # 东川产业园规划面积10平方公里, 拟在青山新区规划成立: 规划 is the verb, no plan is named
    return h.head == "规划" and h.t.startswith(PLAN_VERB_AFTER, h.e)


# the heads of sites and projects (产业园, 基地, 项目 …) and a factory building: a ceremony named by one
_SITE_ENDS = tuple(h for h, (typ, _) in HEAD_INFO.items() if typ in ("IndustrialPark", "Project")) + ("厂房",)


CEREMONY_ACTS: tuple[str, ...] = tuple(data_lines("ceremony_acts.txt"))
# the heads of bodies a 揭牌/挂牌 ceremony unveils (实验室, 研究院, 分公司, 服务中心 …)
_BODY_ENDS = tuple(h for h, (typ, _) in HEAD_INFO.items() if typ in ORG_TYPES)
_UNVEILINGS = ("揭牌仪式", "挂牌仪式")


def site_ceremony(ctx: NameContext, h: HeadCand) -> bool:
    # 青山航空产业园签约仪式, 东川物流园项目启动仪式, …基地项目开工仪式: a ceremony named by the site or
    # project it signs, starts or opens is an unnamed ceremony (corpus/annotated/README.md); the site
    # or project is what the text names (a fair's 签约仪式, or one joined by 暨 to a named event, stays).
    # The same holds with the act between them (青山产业园开工奠基仪式), with the project in quotes
    # (“青山扶贫工程”启动仪式) and for the body a 揭牌仪式 unveils (东川装备实验室揭牌仪式)
    if h.typ != "Event" or not h.head.endswith("仪式") or "暨" in h.body:
        return False
    body = h.body.rstrip("”’\"'")
    for act in CEREMONY_ACTS:
        if body.endswith(act):
            body = body[:-len(act)].rstrip("”’\"'")
            break
    return body.endswith(_SITE_ENDS) or (h.head in _UNVEILINGS and body.endswith(_BODY_ENDS))


# the acts of signing a ceremony may name before its head (…协议签订暨揭牌仪式, 校企合作签约挂牌仪式)
_SIGNING_ACTS = ("签约", "签订", "签署", "签字")
# what a signing signs when it names no fair, forum or meeting: an agreement or a cooperation
_SIGNED_ENDS = ("协议", "合作")


# a site or body referred to by its head's last word alone (…协议签订暨中心揭牌仪式: 中心 of 研究中心)
_HEAD_TAILS = frozenset(end[-2:] for end in _SITE_ENDS + _BODY_ENDS if len(end) > 2)


def _strip_act(part: str) -> tuple[str, bool]:
    """`part` without its outer quotes and one trailing act of signing, starting or opening (and
    whether it had one): 东川中心”签订 -> (东川中心, True)."""
    part = part.strip("“”‘’\"'")
    for act in _SIGNING_ACTS + CEREMONY_ACTS:
        if part.endswith(act):
            return part[:-len(act)].strip("“”‘’\"'"), True
    return part, False


def _only_acts(part: str, empty_ok: bool) -> bool:
    """True when one conjunct of a ceremony's name says only what is signed, started or unveiled: an
    agreement or cooperation signed, a site or project, a body unveiled, or nothing but an act."""
    rest, had_act = _strip_act(part)
    if not rest:
        return had_act or empty_ok
    return rest.endswith(_SIGNED_ENDS + _SITE_ENDS + _BODY_ENDS) or rest in _HEAD_TAILS


def act_ceremony(ctx: NameContext, h: HeadCand) -> bool:
    # 东川研究所与青山大学战略合作签约仪式, 校企合作签约挂牌仪式: a ceremony named by the cooperation it
    # signs; 东川中心共建协议签订暨中心揭牌仪式, 青山产业园暨东川小镇项目签约仪式, 1号厂房启用暨东方重工
    # 分公司揭牌仪式: two such acts joined by 暨. Each is an unnamed ceremony (corpus/annotated/README.md:
    # u9, u14's signings, u74's 签订暨揭牌); a 暨 after a named meeting (青山论坛暨…签约仪式, 东川推介会暨…
    # 签约仪式) or a fair's name keeps the Event
    if h.typ != "Event" or not h.head.endswith("仪式"):
        return False
    if "暨" not in h.body:
        rest, _ = _strip_act(h.body)
        return rest.endswith(_SIGNED_ENDS)
    first, _, second = h.body.rpartition("暨")
    return _only_acts(first, empty_ok=False) and _only_acts(second, empty_ok=True)


def plural_jurisdictions(ctx: NameContext, h: HeadCand) -> bool:
    # 两县政府, 三地政府, 一些县市国动委: the organs of several jurisdictions counted, no one body
    # (a place that opens with a numeral, 四会市, 三明市, is no count: a place word starts the body)
    return h.typ in ORG_TYPES and bool(PLURAL_JURISDICTIONS.match(h.body)) and not any(
        ctx._is_place(h.body[:k]) for k in (2, 3, 4))


# the words that end a street's name (北清路, 东川大街): a park head right after one is an address
STREET_ENDS = ("路", "街", "大道", "大街")


def street_address(ctx: NameContext, h: HeadCand) -> bool:
    # 东川区青山路航天城, 某某大街科技园: the area around a street named as an address (in a unit's
    # location), no park of its own; a park's name opens with its place or its trade, not a street
    return h.body.endswith(STREET_ENDS)


def media_outlet(ctx: NameContext, h: HeadCand) -> bool:
    # 中央政府门户网站, 青山市人民政府门户网: a body's name opening the name of its outlet (a web portal
    # a page comes from) names the outlet, and outlets are no entities (GUIDELINES "Media")
    return bool(MEDIA_AFTER.match(h.t, h.e))


def plan_after_place(ctx: NameContext, h: HeadCand) -> bool:
    # 青山市计划引进…, 东川镇计划投入2万元: a place alone before 计划 is the clause's subject and
    # 计划 the verb "plans to"; a plan is named by its topic (青山市人才引进计划), never by a place
    # alone (ent59)
    return h.head == "计划" and (h.body in ctx.place_words or bool(PLACE_ALONE.fullmatch(h.body))
                               or ctx._places_only(h.body))


# a place written with its level and nothing else (青山市, 东川镇, 银河县): a town the codes may lack
PLACE_ALONE = re.compile(r"[\u4e00-\u9fff]{2,4}[省市县区镇乡州旗]")


FILTERS: dict[str, Filter] = {f.__name__: f for f in (
    empty_or_overlong, counted, generic_body, sub_township_level, body_website, bare_party_prefix,
    field_description, first_of_kind,
    plural_each, title_and_name_inside, deictic_department, generic_firm, event_conjunct,
    level_plural, level_plural_bracket, level_plural_list, kind_of_lab, kind_by_level, verb_then_new,
    clause_project, kind_of_fund, only_one,
    described_event, recurring_meeting, themed_event, kind_of_plan, kind_of_government, agreement_ceremony,
    unit_party_committee,
    counted_before, described_one, force_members,
    district_new_area, described_base, non_park_base, strategy_modifier, strategy_ranked, kind_of_school,
    quoted_epithet, plan_as_verb, site_ceremony, act_ceremony, plural_jurisdictions, street_address,
    body_meetings, media_outlet, plan_after_place,
)}


@lru_cache(maxsize=1)
def table() -> tuple[tuple[str, str, frozenset[str] | None], ...]:
    """(filter, phase, head classes or None for all) in order, from ingest/data/head_filters.tsv."""
    rows = []
    for line in data_lines("head_filters.tsv"):
        name, phase, classes = line.split("\t")[:3]
        if name not in FILTERS:
            raise ValueError(f"ingest/data/head_filters.tsv: unknown filter {name!r}")
        if phase not in ("pre", "post"):
            raise ValueError(f"ingest/data/head_filters.tsv: {name}: phase {phase!r} is not pre or post")
        rows.append((name, phase, None if classes.strip() == "*" else frozenset(classes.split(","))))
    return tuple(rows)


# What a filter's own first test asks of the candidate's type and head word, as a predicate on
# (type, head): where it is false the filter returns False whatever the rest, so `rejected` does
# not call it there (the same verdicts; ~17k candidates in a 370k-character pass, each asked
# ~30 filters twice). A filter without an entry is always called. Each entry restates the
# opening condition of its function above: change both together.
_EVENT_POLICY = ("Event", "Policy")
ONLY_FOR: dict[str, Callable[[str, str], bool]] = {
    "sub_township_level": lambda typ, head: typ in ORG_TYPES,
    "body_website": lambda typ, head: typ in ORG_TYPES,
    "first_of_kind": lambda typ, head: typ not in _EVENT_POLICY,
    "plural_each": lambda typ, head: typ not in _EVENT_POLICY,
    "title_and_name_inside": lambda typ, head: typ in ORG_TYPES,
    "deictic_department": lambda typ, head: typ in ORG_TYPES,
    "generic_firm": lambda typ, head: typ == "Enterprise",
    "event_conjunct": lambda typ, head: typ == "Event",
    "level_plural_bracket": lambda typ, head: typ not in _EVENT_POLICY,
    "kind_of_lab": lambda typ, head: typ in ("ResearchInstitute", "IndustrialPark"),
    "kind_by_level": lambda typ, head: typ in ("IndustrialPark", "Enterprise"),
    "clause_project": lambda typ, head: typ == "Project" and head in _PROJECT_HEADS,
    "kind_of_fund": lambda typ, head: head == "基金",
    "counted_before": lambda typ, head: typ != "Policy",
    "described_event": lambda typ, head: typ == "Event",
    "recurring_meeting": lambda typ, head: typ == "Event",
    "themed_event": lambda typ, head: typ == "Event",
    "kind_of_plan": lambda typ, head: head == "规划",
    "kind_of_government": lambda typ, head: head in _GOVERNMENT_HEADS,
    "agreement_ceremony": lambda typ, head: typ == "Event" and head.startswith(("签约", "签字", "签署")),
    "unit_party_committee": lambda typ, head: head == "党委",
    "described_base": lambda typ, head: head == "基地",
    "non_park_base": lambda typ, head: head == "基地",
    "district_new_area": lambda typ, head: head == "新区",
    "strategy_modifier": lambda typ, head: head == "战略",
    "strategy_ranked": lambda typ, head: head == "战略",
    "kind_of_school": lambda typ, head: head in SCHOOL_HEADS,
    "quoted_epithet": lambda typ, head: head == "之都",
    "plan_as_verb": lambda typ, head: head == "规划",
    "plan_after_place": lambda typ, head: head == "计划",
    "site_ceremony": lambda typ, head: typ == "Event" and head.endswith("仪式"),
    "act_ceremony": lambda typ, head: typ == "Event" and head.endswith("仪式"),
    "plural_jurisdictions": lambda typ, head: typ in ORG_TYPES,
    "street_address": lambda typ, head: typ == "IndustrialPark",
    "body_meetings": lambda typ, head: head == "会议",
    "media_outlet": lambda typ, head: typ == "PartyGovBody",
}


def rejected(ctx: NameContext, h: HeadCand, phase: str) -> str:
    """The name of the first filter of `phase` that rejects `h` ("" when none does)."""
    for name, fn in _active(phase, h.cls, getattr(ctx, "disabled", frozenset()), h.typ, h.head):
        if fn(ctx, h):
            return name
    return ""


@lru_cache(maxsize=256)
def _for_class(phase: str, cls: str, off: frozenset[str]
               ) -> tuple[tuple[str, Filter, Callable[[str, str], bool] | None], ...]:
    """The filters that run for a head class in a phase, in table order, each with its opening
    test (`ONLY_FOR`, None when it has none)."""
    return tuple((name, FILTERS[name], ONLY_FOR.get(name)) for name, ph, classes in table()
                 if ph == phase and (classes is None or cls in classes) and name not in off)


@lru_cache(maxsize=8192)
def _active(phase: str, cls: str, off: frozenset[str], typ: str = "", head: str = ""
            ) -> tuple[tuple[str, Filter], ...]:
    """The filters that run for a head class in a phase, in table order, less those whose own
    opening test fails for this type and head (`ONLY_FOR`; computed once per combination, from
    the class's filters: a new head word walks those, not the whole table)."""
    return tuple((name, fn) for name, fn, only in _for_class(phase, cls, off)
                 if only is None or only(typ, head))


def prebuild_active() -> None:
    """`_active` for every head word of heads.tsv with its own type and class, both phases, no filter
    switched off (speed15): a first pass met ~200 of these combinations for the first time, each
    walking its class's filters and their opening tests inside the pass; built with the pipeline
    now (a type the rules change, or a filter switched off, is still worked out on first use)."""
    none: frozenset[str] = frozenset()
    for head, (typ, cls) in HEAD_INFO.items():
        for phase in ("pre", "post"):
            _active(phase, cls, none, typ, head)
