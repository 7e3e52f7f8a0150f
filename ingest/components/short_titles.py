"""A 《…》 title reduced to its kind word (《规划》, 《措施》, 《工作方案》) names the full title of the
same document that ends in that word: one Policy, the short title an alias of the full one.

Why: a policy text names its document once in full (《青山市加强某某保护措施》, 《东川市某某产业
发展规划(2026—2035年)》, 《某某推进工作方案(讨论稿)》) and then by its kind alone (《措施》明确了…,
根据《规划》…) without an 以下简称 that the apposition rules read (entities._appositions). The
annotated batches keep the short title as an alias of the full one (u53, u59, u64); output alone it is
a second, tieless Policy. A short title with no full title of its kind in the text stays what it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.components.candidate import Cand
from ingest.components.name_rules import QUOTED_TITLES_RE3
from ingest.textfold import fold

# a title that is a document kind alone (规划, 措施, 工作方案, 实施方案; not 国防法, a law's short name)
SHORT_TITLE = re.compile(r"(?:工作|实施|行动|总体|发展)?" + QUOTED_TITLES_RE3.pattern)
# a bracketed period, edition or draft mark closing a full title: (2026—2035年), (讨论稿), (试行)
_TRAILING_MARK = re.compile(r"[(（][^()（）]{1,14}[)）]$")


def key_short_titles(t: str, cands: list[Cand], key_of: Callable[[str, Cand], str]) -> None:
    """Give each short 《kind》 title the key of the full title it stands for: the nearest full
    《…kind》 title before it (else the first after it). `key_of(t, cand)` is the grouping key."""
    titles = [c for c in cands if c.type == "Policy" and c.end - c.start >= 4
              and t[c.start] == "《" and t[c.end - 1] == "》"]
    if len(titles) < 2:
        return
    cores = {id(c): fold(_TRAILING_MARK.sub("", t[c.start + 1:c.end - 1])) for c in titles}
    for c in titles:
        kind = fold(t[c.start + 1:c.end - 1])
        if c.key or not SHORT_TITLE.fullmatch(kind):
            continue
        fulls = [f for f in titles if len(cores[id(f)]) > len(kind) + 1 and cores[id(f)].endswith(kind)]
        if not fulls:
            continue
        before = [f for f in fulls if f.end <= c.start]
        full = max(before, key=lambda f: f.end) if before else min(fulls, key=lambda f: f.start)
        c.key = key_of(t, full)
