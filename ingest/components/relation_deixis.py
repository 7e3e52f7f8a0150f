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

from graph.model import Entity
from ingest.components.relation_view import EntMention
from ingest.textfold import view_fold as fold


def _pattern(cfg: dict) -> re.Pattern[str]:
    heads = sorted(cfg["heads"], key=len, reverse=True)
    return re.compile(f"({'|'.join(map(re.escape, cfg['prefixes']))})({'|'.join(map(re.escape, heads))})")


def deictic_mentions(
    text: str, mentions: list[EntMention], entities: list[Entity], cfg: dict
) -> list[EntMention]:
    """Mentions standing for the bodies that deictic words in `text` refer to (may be empty)."""
    folded = fold(text)
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
