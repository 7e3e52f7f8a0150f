"""Generators for quoted names: 《…》 titles of plans, regulations and programmes are Policies
(`quoted_titles`); a quoted campaign with 活动, or quoted as what 开展/打好 launches, is a Project,
a quoted day or week kept with 活动 names no event (`quoted_activity`)."""

from __future__ import annotations

from ingest.components.candidate import Cand
from ingest.components.name_context import NameContext
from ingest.components.name_rules import (
    CAMPAIGN_QUOTE,
    DOCTRINE_TITLE,
    LAUNCHED_CAMPAIGNS,
    MEDIA_AFTER_TITLE,
    MEDIA_TITLE,
    QUOTED_ACTIVITY,
    QUOTED_SYSTEM,
    QUOTED_SYSTEM_NOT_AFTER,
    QUOTED_TITLES_RE1,
    QUOTED_TITLES_RE2,
    QUOTED_TITLES_RE3,
    WORK_AFTER_TITLE,
    WORK_BEFORE_TITLE,
)

# the last characters of a quoted day, week, festival or meeting kept with 活动 (“军事日”, “科技周”)
HELD_DAY_ENDS = "日节周月会赛展"


def quoted_titles(ctx: NameContext, t: str) -> list[Cand]:
    """《…》 titles are Policies: of plans, regulations and programmes by their last word, any other
    title too (a report, a programme without a plan word: 《青山市军民融合发展报告》), unless it
    names a newspaper, journal or broadcaster (《青山日报》, 《国防科技》杂志)."""
    out = []
    for m in QUOTED_TITLES_RE1.finditer(t):
        if "\n" not in m.group(1) and m.end(1) - m.start(1) > 50:
            continue  # (the pattern's bound counts a wrapped title's break: 50 characters, as before)
        # a trailing period or edition does not change the kind of document: 纲要(2023-2035)
        inner = QUOTED_TITLES_RE2.sub("", m.group(1))
        if _names_a_work(t, m.start(), m.end(), inner):
            continue
        if QUOTED_TITLES_RE3.search(inner):
            out.append(Cand(m.start(), m.end(), "Policy", "rule:book_title", 0.85, priority=3))
        elif not MEDIA_TITLE.search(inner) and not MEDIA_AFTER_TITLE.match(t, m.end()) \
                and len(inner) >= 4:
            out.append(Cand(m.start(), m.end(), "Policy", "rule:book_title:any", 0.7, priority=3))
    return out


def _names_a_work(t: str, s: int, e: int, inner: str) -> bool:
    """Does 《…》 at s..e name a work that is no policy document: a song, dance or film (一曲《…》,
    《甲》《乙》等精彩舞蹈), a journal's issue (《…》2023年第4期), excerpts of a doctrine (…重要论述摘录)?"""
    return bool(WORK_AFTER_TITLE.match(t, e) or WORK_BEFORE_TITLE.search(t, max(0, s - 4), s)
                or DOCTRINE_TITLE.search(inner))


def quoted_activity(ctx: NameContext, t: str) -> list[Cand]:
    """“某某进园区”活动: a quoted campaign name with an activity word is a campaign, a Project
    (GUIDELINES: Project covers campaigns and special actions). “军事日”活动, “科技周”活动 (a day,
    a week, a festival kept every year) name the custom, no one event and no campaign. A page may
    open the quote with a straight one."""
    out = []
    if "“" in t or '"' in t:
        for m in QUOTED_ACTIVITY.finditer(t):
            inner = m.group()[1:].replace('"', "”").split("”")[0]  # the quoted name
            if inner[-1:] in HELD_DAY_ENDS:
                continue  # “军事日”活动: the recurring day's activity, no campaign and no one event
            # a campaign is named with its kind word, the fullest form the text uses (calls4 (z):
            # 开展“青山进万家”活动 is the campaign “青山进万家”活动, not 青山进万家)
            out.append(Cand(m.start(), m.end(), "Project", "rule:quoted_activity", 0.65, priority=2))
        out += _launched_campaigns(t)
        out += _quoted_systems(t)
    return out


def _quoted_systems(t: str) -> list[Cand]:
    """“青山市军民融合公共服务平台”, “东川动员指挥信息管理系统”: a named system or platform written
    whole in quotes is a Project (a platform is a Project by the calls), named without its quotes;
    the head words alone (heads.tsv 平台) need a place or a known body in front, which a quoted
    system's name often lacks (全军…, 国防动员…). A source credit (来源“某某信息网”) is no system."""
    out = []
    for m in QUOTED_SYSTEM.finditer(t):
        if t[max(0, m.start() - 2):m.start()].endswith(QUOTED_SYSTEM_NOT_AFTER):
            continue
        out.append(Cand(m.start(1), m.end(1), "Project", "rule:quoted_system", 0.7, priority=2))
    return out


def _launched_campaigns(t: str) -> list[Cand]:
    """开展“青山进万家”“三联共建”, 打好“百日会战”: each quoted object of a launching verb is a
    campaign (a Project) by its quoted words; a day, week or meeting held (“军事日”) is left to
    the activity rule."""
    out = []
    for m in LAUNCHED_CAMPAIGNS.finditer(t):
        for q in CAMPAIGN_QUOTE.finditer(m.group(1)):
            if q.group()[-2:-1] not in HELD_DAY_ENDS:
                s = m.start(1) + q.start()
                out.append(Cand(s, s + len(q.group()), "Project", "rule:quoted_campaign", 0.6, priority=2))
    return out
