"""Deictic bodies: "我院院长甲", "我校党委书记乙", "该公司负责人丙" name a body of the document.

Why: reports published by an institute, a university or a company call it 我院/我校/本公司, and news
items call a firm named before 该公司. The guidelines make such words no entity and no alias, but a
title after them states a post in the body they mean (and a deictic subject acts for it), so the
relation rules read them as a mention of that body. A deictic is resolved only when the document
leaves no doubt: 该 takes the nearest earlier mention of a fitting entity, 我/本 the one fitting
entity of the document (none when several fit). Word lists: `deictic_bodies` in
ingest/data/relation_cues.json.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from graph.model import Entity
from ingest.components.gen_short_forms import NATIONAL
from ingest.components.name_rules import LEGAL_FORMS
from ingest.components.occurrences import spans
from ingest.components.relation_view import BY_START, EntMention
from ingest.textfold import view_fold as fold


def _pattern(cfg: dict) -> re.Pattern[str]:
    return _pattern_of(tuple(cfg["prefixes"]), tuple(cfg["heads"]))


@lru_cache(maxsize=8)
def _pattern_of(prefixes: tuple[str, ...], heads: tuple[str, ...]) -> re.Pattern[str]:
    """(built once per word lists, not joined and sorted again for every document)"""
    heads = tuple(sorted(heads, key=len, reverse=True))
    return re.compile(f"({'|'.join(map(re.escape, prefixes))})({'|'.join(map(re.escape, heads))})")


LIST_JOINERS = "、和与及"
ORDINAL_TERM = re.compile("(?:第[一二三四五六七八九十]+届|首届|本届|新一届)?")


def _bare_pattern(cfg: dict) -> re.Pattern[str]:
    return _bare_pattern_of(cfg["bare_after"], tuple(cfg["bare_heads"]))


@lru_cache(maxsize=8)
def _bare_pattern_of(after: str, heads: tuple[str, ...]) -> re.Pattern[str]:
    from ingest.components.prefilter import lookahead  # (imported here: built once per word lists)

    heads = tuple(sorted(heads, key=len, reverse=True))
    # (behind a look-ahead on the heads' first characters, which re skips to in C: the clause
    # start it opens with gave re no first character, so it tried every position; speed12)
    return lookahead(re.compile(f"(?:^|(?<=[{re.escape(after)}]))({'|'.join(map(re.escape, heads))})"))


def bare_head_mentions(
    folded: str, mentions: list[EntMention], entities: list[Entity], cfg: dict, title: re.Pattern[str]
) -> list[EntMention]:
    """ "在东方重工集团，甲与公司党委书记、董事长乙座谈", "选举甲为商会第一届会长": a body named by its
    head noun alone (公司, 商会, 委员会), at the start of a clause or list item and right before a
    title, is the body of that kind named last before it (else the one such body of the document):
    the title states a post in it (rel7); "县委书记、人武部党委第一书记甲": a post in the unit's party
    committee is one in the unit (rel12: u29, u44, u60); "会上，集团公司与青山市政府签署…": paired by 与/同
    with a found body, it is one side (rel33: u106). Word lists: `bare_heads`, `bare_after`,
    `bare_title_prefixes` of deictic_bodies.
    `folded` is the document's text folded (ingest.textfold.view_fold), offsets unchanged."""
    if not any(h in folded for h in cfg["bare_heads"]):
        return []
    by_start = sorted(mentions, key=BY_START)
    starts = [m.start for m in by_start]
    out: list[EntMention] = []
    committees = tuple(cfg.get("bare_title_prefixes", ()))
    for m in _bare_pattern(cfg).finditer(folded):
        a, b = m.span(1)
        at = ORDINAL_TERM.match(folded, b).end()  # 商会第一届会长
        if folded.startswith(committees, at):  # 人武部党委第一书记: a post in the unit (rel12)
            at += next(len(w) for w in committees if folded.startswith(w, at))
        k = bisect_left(starts, b)
        if k and by_start[k - 1].end > a:  # inside a name the recogniser found
            continue
        # "由区委、区政府和人武部联合表彰": a bare head as the last item of a list of named bodies (rel21)
        listed = a > 0 and folded[a - 1] in LIST_JOINERS and k > 0 and by_start[k - 1].end == a - 1 \
            and by_start[k - 1].type not in ("Person", "Location")
        # "会上，集团公司与青山市政府签署…": a bare head paired by 与/同 with a found body (rel33)
        paired = folded[b : b + 1] in ("与", "同") and k < len(by_start) and by_start[k].start == b + 1 \
            and by_start[k].type not in ("Person", "Location")
        if not listed and not paired and not title.match(folded, at):
            continue
        types, ends = cfg["bare_heads"][m.group(1)]
        fits = {e.name: e.type for e in entities if e.type in types and fold(e.name).endswith(tuple(ends))}
        earlier = [x for x in by_start[:k] if x.name in fits]
        if earlier:
            ref = earlier[-1].name
        elif len(fits) == 1:
            ref = next(iter(fits))
        else:
            continue
        out.append(EntMention(a, b, ref, fits[ref]))
    return out


def deictic_mentions(
    text: str, mentions: list[EntMention], entities: list[Entity], cfg: dict, folded: str | None = None
) -> list[EntMention]:
    """Mentions standing for the bodies that deictic words in `text` refer to (may be empty);
    `folded`, when given, is `text` already folded."""
    folded = fold(text) if folded is None else folded
    if not any(p in folded for p in cfg["prefixes"]):
        return []
    by_start = sorted(mentions, key=BY_START)
    starts = [m.start for m in by_start]
    out: list[EntMention] = []
    for m in _pattern(cfg).finditer(folded):
        a, b = m.span()
        head = m.group(2)
        if folded[b : b + 1] and folded[b] in cfg["not_followed_by"].get(head, ""):
            continue
        k = bisect_left(starts, b)
        if k and by_start[k - 1].end > a:  # inside a name the recogniser found ("东方本院路")
            continue
        types, ends = cfg["heads"][head]
        fits = [e for e in entities if e.type in types and fold(e.name).endswith(tuple(ends))]
        if not fits:
            continue
        names = {e.name for e in fits}
        earlier = [x for x in by_start[:k] if x.name in names]
        if m.group(1) != "该":
            if len(fits) != 1:
                continue  # 我校 with two universities named: the publisher is not known
            ref = fits[0].name
        elif earlier:
            ref = earlier[-1].name
        else:
            continue
        out.append(EntMention(a, b, ref, next(e.type for e in fits if e.name == ref)))
    return out


def _event_pattern(cfg: dict) -> re.Pattern[str]:
    """The pattern `event_mentions` scans with (built with the pipeline: prebuild, speed12)."""
    prefixes = tuple(cfg.get("event_prefixes", ()))
    return _event_pattern_of(prefixes, int(cfg.get("event_gap", 4)), tuple(cfg.get("event_kinds", ())))


@lru_cache(maxsize=8)
def _event_pattern_of(prefixes: tuple[str, ...], gap: int, kinds: tuple[str, ...]) -> re.Pattern[str]:
    """(built once per word lists; a clause start re tried at every position: the scan tries it
    only where a deictic prefix stands and the whole pattern matches, prefilter, speed12)"""
    from ingest.components.prefilter import Prefiltered

    kinds = tuple(sorted(kinds, key=len, reverse=True))
    return Prefiltered(re.compile(
        f"(?:^|(?<=[。！？!?，,；;：:\\n ]))(?:{'|'.join(map(re.escape, prefixes))})"
        f"[^，,。；;：:、“”\"《》\\s]{{0,{gap}}}?({'|'.join(map(re.escape, kinds))})"
    ), checked=True)


def event_mentions(folded: str, mentions: list[EntMention], cfg: dict) -> list[EntMention]:
    """ "本次大赛在甲的指导下，由乙主办", "此次展览会还得到了丙的支持": a clause that opens with a
    deictic word and the kind of an event names the Event the document named last before it (the
    last whose name holds the kind word, else the last one), so the rules read the phrase as that
    event's mention: its sponsors, guides and supporters are the event's (rel21: the event is
    named once, in full, and then only so). Outside a found name only; no earlier Event, none.
    `folded` is the document's text folded (ingest.textfold.view_fold), offsets unchanged."""
    prefixes = tuple(cfg.get("event_prefixes", ()))
    if not prefixes or not any(p in folded for p in prefixes):
        return []
    events = sorted((m for m in mentions if m.type == "Event"), key=BY_START)
    if not events:
        return []
    by_start = sorted(mentions, key=BY_START)
    starts = [m.start for m in by_start]
    out: list[EntMention] = []
    pattern = _event_pattern(cfg)
    for m in pattern.finditer(folded):
        a, b = m.span()
        k = bisect_left(starts, b)
        if k and by_start[k - 1].end > a:  # inside or over a name the recogniser found
            continue
        earlier = [e for e in events if e.end <= a]
        if not earlier:
            continue
        kind = m.group(1)
        ref = next((e for e in reversed(earlier) if kind in fold(e.name)), earlier[-1])
        out.append(EntMention(a, b, ref.name, "Event"))
    return out


# the types whose names, written again, are mentions: not persons (a short name recurs inside
# others) nor places (a place's name opens many names of bodies); short names neither
RESTATED_SKIP_TYPES = frozenset({"Person", "Location"})
RESTATED_MIN_LEN = 4


def restated_mentions(text: str, mentions: list[EntMention], entities: list[Entity]) -> list[EntMention]:
    """ "卧龙区新联会会长甲", where the recogniser gave only the place 卧龙区: a body's full name written
    again in the document is its mention there too, over the places its name holds (the longest
    mention at a start wins in `non_overlapping`). Not where any other mention crosses or holds the
    occurrence (a name inside a longer one stays the longer one's part). Why: the entity step found
    the body once and grouped it, but an occurrence masked as its place leaves the relation rules
    without the body, so its titles and acts there were lost (rel21: READ u30, u41, u59).
    Speed: names not written more often than found are skipped; one pass over the mentions marks
    what they cover, then a find per name left (no loop over the mentions per occurrence)."""
    named = Counter(m.name for m in mentions if m.end - m.start == len(m.name))
    # only names written more often than the mentions in full that bear them (most documents: none)
    names = [e for e in entities if e.type not in RESTATED_SKIP_TYPES and len(e.name) >= RESTATED_MIN_LEN
             and text.count(e.name) > named[e.name]]
    if not names:
        return []
    n = len(text) + 1
    other = bytearray(n)  # covered by a mention that is no place
    inner = bytearray(n)  # strictly inside a place's mention (a span boundary there would cross it)
    place_at: set[tuple[int, int]] = set()
    for m in mentions:
        if m.type == "Location":
            inner[m.start + 1 : m.end] = b"\x01" * max(0, m.end - m.start - 1)
            place_at.add((m.start, m.end))
        else:
            other[m.start : m.end] = b"\x01" * (m.end - m.start)
    out: list[EntMention] = []
    for e in names:
        for a, b in spans(text, e.name):
            if other.find(1, a, b) >= 0 or inner[a] or inner[b] or (a, b) in place_at:
                continue  # held by a mention (itself or a longer name) or crossed by one
            out.append(EntMention(a, b, e.name, e.type))
    return out


def _subsequence(short: str, name: str) -> bool:
    """Are the characters of `short` found in `name` in the same order (川投集团 in 四川省投资集团…)?"""
    it = iter(name)
    return all(ch in it for ch in short)


@lru_cache(maxsize=8)
def _short_head_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    """(built once per word list)"""
    return re.compile("|".join(map(re.escape, sorted(heads, key=len, reverse=True))))


def _national_initial(short: str, name: str) -> bool:
    """中电集团 for 中国电子集团: the initial of a national prefix (中国, 国家 …) opens the short forms
    of many national groups (中国电子科技…, 中国电子信息…), so it names none of them for sure."""
    return any(name.startswith(p) and short[0] == p[0] and not short.startswith(p) for p in NATIONAL)


def _common_word(w: str) -> bool:
    from ingest.components.lexicon import lexicon

    return lexicon().is_common_word(w)


def _place_word(w: str) -> bool:
    from ingest.components.lexicon import lexicon

    lx = lexicon()
    return w in lx.places_full or w in lx.places_short


def _cjk(s: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in s)


def _cover(n: int, mentions: list[EntMention]) -> tuple[bytearray, bytearray]:
    """(covered by a mention that is no place, strictly inside a place's mention): a place that opens
    a short form is its part (河北院 over 河北), a span boundary inside a place would cross it."""
    other, inner = bytearray(n + 1), bytearray(n + 1)
    for m in mentions:
        if m.type == "Location":
            inner[m.start + 1 : m.end] = b"\x01" * max(0, m.end - m.start - 1)
        else:
            other[m.start : m.end] = b"\x01" * (m.end - m.start)
    return other, inner


PAIR_JOINERS = "与和同"
CLAUSE_OPENERS = "。！？!?；;\n，,"


def _placed(folded: str, a: int, h: int, b: int, by_start: list[EntMention], starts: list[int],
            title: re.Pattern[str]) -> bool:
    """Is folded[a:b] (its kind word from h) right before a title (资产公司董事长甲), or else, when the
    words before the kind word are no everyday word (科技公司纷纷与…: a kind of firm), the opening of
    a clause (东山厂位于…, 东禾院携考察团与青山市委座谈) or paired by 与/和/同 with a found body right
    next to it (拓展电子五所与青山市的合作)? Not an item inside a longer 、-list: there the list's other
    words (…、青山市政府投资平台) are as often the start of an unnamed body as a body."""
    if title.match(folded, b):
        return True
    if _common_word(folded[a:h]):
        return False
    if a == 0 or folded[a - 1] in CLAUSE_OPENERS:
        return True  # 东山厂位于…: the clause's subject (rel23 B)
    k = bisect_left(starts, b)
    before = k > 0 and a > 0 and folded[a - 1] in PAIR_JOINERS and by_start[k - 1].end == a - 1
    after = b < len(folded) and folded[b] in PAIR_JOINERS and k < len(by_start) and by_start[k].start == b + 1
    return before or after


def short_form_mentions(
    folded: str, mentions: list[EntMention], entities: list[Entity], cfg: dict, title: re.Pattern[str]
) -> list[EntMention]:
    """ "资产公司董事长甲", "天马集团总经理乙", "西山院副院长丙": a body the document named in full
    (东方资产管理有限公司, 中国东方天马集团公司, 西山青湖发展研究院) named again by a short form: two to
    four characters of its name, in order, and the kind word (公司, 集团, 院 …) its name holds. Read
    as its mention where no found name covers the words, before a title, opening a clause or paired
    by 与/和 with a found body, and only when one body of the document fits (西山大学 is no short
    form of 西山理工大学: a place with the full kind word names a body of its own; two fitting
    bodies, none; nor the initial of a national prefix, 中电集团, nor a bare legal form).
    Why: the entity step keeps a short form only when it is the full name without its legal form, so
    the posts and acts written with the other short forms were lost (rel23: READ u8, u47, u69; as a
    clause's subject u14, u41, u56).
    `folded` is the document's text folded, offsets unchanged. Word list: `short_form_heads`."""
    heads: dict[str, list[str]] = cfg.get("short_form_heads", {})
    types = {t for ts in heads.values() for t in ts}
    cands = [(n, e) for e in entities if e.type in types and len(n := fold(e.name)) >= 5]
    # a kind word that a name holds and the text writes (a document without one: nothing to do)
    if not any(h in folded and any(h in n for n, _e in cands) for h in heads):
        return []
    chars = {c for nm, _e in cands for c in nm}  # a short form opens with a character of a name
    covered, inner = _cover(len(folded), mentions)
    by_start = sorted(mentions, key=BY_START)
    starts = [m.start for m in by_start]
    out: list[EntMention] = []
    for hm in _short_head_pattern(tuple(heads)).finditer(folded):
        h, b = hm.span()
        head = hm.group()
        if covered.find(1, h, b) >= 0 or inner[b] or inner[h]:
            continue
        for k in (4, 3, 2):
            a = h - k
            if a < 0 or folded[a] not in chars or covered.find(1, a, h) >= 0 or inner[a] \
                    or not _cjk(folded[a:h]):
                continue
            short = folded[a:b]
            if len(head) > 1 and _place_word(folded[a:h]):
                break  # 西山大学: a place and the full kind word name a body of their own
            if any(f.endswith(short) for f in LEGAL_FORMS):
                continue  # 股份有限公司: the legal form of any firm
            fits = {e.name: e for nm, e in cands if e.type in heads[head] and head in nm and nm != short
                    and _subsequence(short, nm) and not _national_initial(short, nm)}
            if not fits:
                continue
            if len(fits) == 1 and _placed(folded, a, h, b, by_start, starts, title):
                e = next(iter(fits.values()))
                out.append(EntMention(a, b, e.name, e.type))
            break
    return out
