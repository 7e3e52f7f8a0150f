"""Generator `cedict_names`: names CC-CEDICT glosses as a body, plan or programme.

The dictionary (ingest/components/cedict_names.py, selected by the rules in
ingest/data/cedict_types.tsv) reaches names no head-word rule knows: a ministry's short form, a
national programme written without 规划/工程. It is one Aho-Corasick lookup over the text, like the
national gazetteer's. Its candidates carry `gazetteer:cedict:<type>` and a confidence below the
head-word names', so where a longer or stronger name covers the same characters the resolver
keeps that one. Forms the project's own gazetteer or the place gazetteer know, and head words the
head rules judge (人大, 党委), are left to them.

Which types it proposes is data (`use` rows of cedict_types.tsv), each switched on only on measured
READ-batch evidence; as shipped none is (see the file for the counts), so it proposes nothing.

What a dictionary cannot know is where the word stands: a short form is often the middle of other
words (东北|大学 holds 北大, 投入|大量 holds 人大). A match is taken only where no word of jieba's
dictionary crosses its edges (`_crossed`): the text's own words must begin and end with it.
"""

from __future__ import annotations

import re

from ingest.components.candidate import CJK, Cand
from ingest.components.cedict_names import names, rules
from ingest.components.gen_heads import CLASS_IN_CHARGE
from ingest.components.name_context import NameContext
from ingest.components.name_rules import HEAD_INFO
from ingest.components.trie_regex import WordMatcher

_SPAN = 4  # the longest jieba word looked at across an edge
_CLASS_SPAN = 4  # how far before a name a class word (各) is looked for
# 民政局、教育局负责同志: a notice's formula for the departments of a kind, no one body (the
# head rules' bare departments leave it out the same way)
_IN_CHARGE_AFTER = re.compile(
    rf"(?:[、和及与][{CJK}]{{2,12}}?)*(?:主要)?(?:{'|'.join(map(re.escape, CLASS_IN_CHARGE))})")


def _matcher(ctx: NameContext) -> tuple[WordMatcher, dict[str, str]]:
    """The dictionary's forms the generator proposes (built once per context)."""
    found = getattr(ctx, "_cedict", None)
    if found is None:
        use = rules().use  # (no type switched on: the dictionary is not even read)
        forms = {w: typ for w, typ, kind, _gloss in (names() if use else ()) if (typ, kind) in use
                 and w not in ctx.gaz_forms and w not in ctx.place_words and w not in HEAD_INFO}
        found = ctx._cedict = (WordMatcher(forms), forms)
    return found


def _crossed(ctx: NameContext, t: str, s: int, e: int) -> bool:
    """Does a dictionary word of the text cross the match's start or end (湖北|大学 over 北大)?"""
    words = ctx.lex.jieba_words
    for i in range(max(0, s - _SPAN + 1), e):
        for j in range(max(i + 2, s + 1), min(len(t), i + _SPAN) + 1):
            if (i < s < j or i < e < j) and not (i == s and j == e) and t[i:j] in words:
                return True
    return False


def _class_before(t: str, s: int, classes: tuple[str, ...]) -> bool:
    """各市经信委: a class word shortly before the name (no punctuation between) makes it a class."""
    before = t[max(0, s - _CLASS_SPAN):s]
    return any(w in before and before.rsplit(w, 1)[1].isalnum() or before.endswith(w) for w in classes)


def cedict_names(ctx: NameContext, t: str) -> list[Cand]:
    matcher, forms = _matcher(ctx)
    classes = rules().classes
    out = []
    for s, e, w in matcher.finditer(t):
        if _crossed(ctx, t, s, e) or _class_before(t, s, classes) or _IN_CHARGE_AFTER.match(t, e):
            continue
        typ = forms[w]
        out.append(Cand(s, e, typ, f"gazetteer:cedict:{typ}", 0.5, priority=0))
    return out
