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
from functools import lru_cache

from graph.model import Entity
from ingest.components.relation_view import EntMention
from ingest.textfold import view_fold as fold


def _pattern(cfg: dict) -> re.Pattern[str]:
    return _pattern_of(tuple(cfg["prefixes"]), tuple(cfg["heads"]))


@lru_cache(maxsize=8)
def _pattern_of(prefixes: tuple[str, ...], heads: tuple[str, ...]) -> re.Pattern[str]:
    """(built once per word lists, not joined and sorted again for every document)"""
    heads = tuple(sorted(heads, key=len, reverse=True))
    return re.compile(f"({'|'.join(map(re.escape, prefixes))})({'|'.join(map(re.escape, heads))})")


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
    committee is one in the unit (rel12: u29, u44, u60). Word lists: `bare_heads`, `bare_after`,
    `bare_title_prefixes` of deictic_bodies.
    `folded` is the document's text folded (ingest.textfold.view_fold), offsets unchanged."""
    if not any(h in folded for h in cfg["bare_heads"]):
        return []
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    out: list[EntMention] = []
    committees = tuple(cfg.get("bare_title_prefixes", ()))
    for m in _bare_pattern(cfg).finditer(folded):
        a, b = m.span(1)
        at = ORDINAL_TERM.match(folded, b).end()  # 商会第一届会长
        if folded.startswith(committees, at):  # 人武部党委第一书记: a post in the unit (rel12)
            at += next(len(w) for w in committees if folded.startswith(w, at))
        if not title.match(folded, at):
            continue
        k = bisect_left(starts, b)
        if k and by_start[k - 1].end > a:  # inside a name the recogniser found
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
    by_start = sorted(mentions, key=lambda m: m.start)
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
