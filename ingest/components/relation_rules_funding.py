"""Money put into what is built: "东方集团计划投资10亿元，在青山建设某项目" funds the project too.

Why: the founding and carrying-out rules read the building verb (建设, 打造, 完成…建设) and give the
builder ESTABLISHED or IMPLEMENTS; when the same builder is said to invest an amount on the way to
the verb (投资/投入/出资 + 10亿元), the text states a second fact, that it funds what it builds (the
issue's "one cue, two facts", as 出资设立 already is). Only a relation found in this sentence, with
its builder named before the amount and what is built after it, gains the FUNDS; the amount words
are `invest_verbs` in ingest/data/relation_cues.json.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.components.relation_base import SIGNATURES, RuleBase
from ingest.components.relation_patterns import alt
from ingest.components.relation_view import SentView

# "投资10亿元", "投入3000余万元", "联手投资500亿元": the amount right after the verb
_AMOUNT = r"(?:约|近|超过|超|逾|总计)?[0-9.一二三四五六七八九十百千两]+(?:多|余)?[万亿]*(?:美)?元"
_BUILT = ("ESTABLISHED", "IMPLEMENTS")


@lru_cache(maxsize=4)
def _invested(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """投资/投入/出资 + an amount (built once per word list, not once per document)."""
    return re.compile(f"(?:{alt(verbs)})了?{_AMOUNT}")


class FundingRules(RuleBase):
    """FUNDS for builders that invest an amount in what they build (mixin)."""

    def rule_invested_building(self, sv: SentView, first: int) -> None:
        """Relations[first:] were found in sv: a builder that invests on the way to its verb funds."""
        if first >= len(self.relations):
            return
        s = sv.masked
        invested = _invested(tuple(self.c["invest_verbs"]))
        if not invested.search(s):
            return
        pos: dict[str, int] = {}
        for p in sv.positions:
            pos.setdefault(sv.slots[p].name, p)
        funded = SIGNATURES["FUNDS"]
        for r in self.relations[first:]:
            if r.type not in _BUILT or r.head not in pos or r.tail not in pos:
                continue
            hp, tp = pos[r.head], pos[r.tail]
            if self.types.get(r.head) not in funded[0] or self.types.get(r.tail) not in funded[1]:
                continue
            m = invested.search(s, hp, tp) if hp < tp else None
            if m is None or any(ch in "。；;" for ch in s[hp:tp]):
                continue
            self.emit(sv.slots[hp], "FUNDS", sv.slots[tp], sv, "funds:invested-building", 0.6, [hp, tp])
