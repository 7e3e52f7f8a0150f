"""Generator `short_forms`: a firm named in full, then by its name without the legal form.

东方重工集团有限公司 … 东方重工表示: after the full name, the core without 集团/有限公司/股份有限公司
names the same firm. The later mention is given the full name's key, so grouping makes it an
alias of that entity instead of a second one (and relations reach the one entity). The core must
have three characters or more (two where it is no everyday word and a word ends after the
mention: 南钢集团 … 南钢与) and be neither a place nor a common word, and a mention only counts
where no other name was chosen over it.
"""

from __future__ import annotations

from ingest.components import occurrences
from ingest.components.candidate import ALL_CJK, Cand, coverage, is_cjk
from ingest.components.name_context import NameContext
from ingest.components.name_rules import LEGAL_FORMS, TRADE_WORDS

NATIONAL = ("中国", "中华", "全国", "国家")  # 中国电子科技集团: 电子科技 alone names no firm


def core_of(name: str) -> str:
    """The firm's name without its legal form ("" when it has none)."""
    for form in LEGAL_FORMS:
        if name.endswith(form) and len(name) > len(form):
            return name[: -len(form)]
    return ""


def _word_ends(ctx: NameContext, t: str, e: int) -> bool:
    """Does a word end at e: punctuation, a stop word, or a verb, preposition or adverb after it?"""
    if e >= len(t) or not is_cjk(t[e]) or ctx._boundary_after(t, e):
        return True
    fp = ctx.lex.jieba_words.get(t[e:e + 2]) or ctx.lex.jieba_words.get(t[e:e + 1])
    return bool(fp) and fp[1][:1] in ("v", "p", "d", "c")


def _cores(ctx: NameContext, full: str) -> list[str]:
    """The short forms a firm's full name is used by: without its legal form (东方重工集团有限公司 ->
    东方重工), then also without one trade word (星河精密机械有限公司 -> 星河精密) or a leading place
    that is not national (青山市东方重工有限公司 -> 东方重工; 中国电子科技… keeps 中国)."""
    core = core_of(full)
    if not core:
        return []
    out = [core]
    tw = next((w for w in TRADE_WORDS if core.endswith(w) and len(core) - len(w) >= 2), "")
    if tw:
        out.append(core[: -len(tw)])
    for k in (4, 3, 2):
        lead = core[:k]
        if len(core) - k >= 3 and not lead.startswith(NATIONAL) and (
                ctx._is_place(lead) or lead[-1] in "省市县区" and ctx._is_place(lead[:-1])):
            out.append(core[k:])
            break
    return out


def short_forms(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    covered = coverage(len(t), chosen)
    out: list[Cand] = []
    seen: set[str] = set()
    for c in chosen:
        if c.type != "Enterprise":
            continue
        full = t[c.start:c.end]
        for i, core in enumerate(_cores(ctx, full)):
            short = len(core) < 2 or len(core) == 2 and ctx.lex.is_common_word(core, 20)
            if short or core in seen or ALL_CJK(core) is None or ctx._is_place(core) \
                    or core in ctx.gaz_forms or ctx.lex.is_common_word(core, 1):
                continue
            seen.add(core)
            for s, e in occurrences.spans(t, core):
                if s < c.end or any(covered[s:e]) or t[e:e + 1] and is_cjk(t[e]) and t[e] in "集公股":
                    continue  # before the full name, inside a chosen name, or the start of a longer form
                if (len(core) == 2 or i > 0) and not _word_ends(ctx, t, e):
                    continue  # 远钢|铁路, 星河精密|机械厂: a shorter form only where a word ends
                out.append(Cand(s, e, "Enterprise", "rule:short_form", 0.65, priority=1, key=c.key or full))
                covered[s:e] = b"\x01" * (e - s)
    return out
