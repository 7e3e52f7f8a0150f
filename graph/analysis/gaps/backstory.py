"""Backstory is not a current problem: when a stated problem is history.

A feature or a launch report often tells how a project came about: "the plan for a new port was
once shelved for lack of funds (曾一度停滞)", and two sentences on "after years of effort the port
was finally built (终于建成)". Read as a stated problem, that gave a "stalled" finding the same
article contradicts (a held-out judgement of this class, gaps6). A problem sentence is backstory when
- a past time stands in its problem clause or before it in the sentence (曾一度, 当年, 过去,
  上世纪X0年代, 历史上: `past_patterns`), and no present marker (仍, 至今, 目前 …) in the problem
  clause keeps it current; or
- the problem sentence itself, after its problem clauses, or a later sentence of the same
  document reports it solved (解决了, 得到解决, 如今, 现已, 终于,
  变为现实: `solved_cues`, not after 尚未 / 没有), within `solved_window` sentences or naming the
  same entity.
- the same document reports it remedied (gaps10): a sentence right after it opens as its remedy
  and reports the remedy taken (为此，今年初，青山军分区召开推进会…; 为破解…难题，2014年，青山市首次
  试行…: `remedy_openers`, not an order, plan or proposal), or the problem sentence opens as the
  reason told after the result (前期, 此前, 起初: `retrospective_openers`) and an earlier sentence of
  the document reports the work completed (全部达标, 完成了: `completion_cues`, or a solved cue), or
  a sentence just before it (within `solved_window`) reports it solved (…有效解决了这一问题, then a
  participant's quote restating the problem) and no present marker (仍, 目前 …) keeps it current: a
  problem told as the reason for work the text reports done is no open problem.
- the story tells the result first (gaps36): the problem is a thing's damage or neglect
  (modality.damage_only), a sentence of its lead, before the document's first problem sentence,
  reports the work done or the thing repaired (整修了墓碑…杂草也都清理了: `lead_done_cues`,
  completion or solved cues), and the problem sentence holds no turn or present time (但, 仍, 目前:
  `lead_present_markers`).
Such a finding is held back with the deciding sentence (or, for the stalled relationship kind,
left out), never reported as an open problem. Words: graph/data/holdback_cues.json "backstory".
The document's sentences are those the graph keeps (every sentence naming an entity or giving a
tie): a solution stated in a sentence that names nothing cannot be seen.
"""

from __future__ import annotations

import re
from functools import lru_cache

import networkx as nx

from graph.analysis.gaps.common import dated, folded, kept_sentences
from graph.analysis.gaps.park_firms import holdback_cues
from ingest.components.modality import damage_only, problem_clauses
from ingest.normalise import strip_pinyin_glosses


@lru_cache(maxsize=1)
def _cues() -> tuple[dict, re.Pattern]:
    c = holdback_cues()["backstory"]
    return c, re.compile("|".join(f"(?:{p})" for p in c["past_patterns"]))


@lru_cache(maxsize=8192)
def _plain(sentence: str) -> str:
    """Folded (traditional forms too) and without pinyin glosses (發(fā)展 -> 发展)."""
    return strip_pinyin_glosses(folded(sentence))


def past_problem(sentence: str) -> str:
    """The past-time cue that makes the sentence's problem history ("" when it is current): a cue
    in a problem clause or before it, and no present marker in the problem clauses."""
    c, past = _cues()
    s = _plain(sentence)
    spans = problem_clauses(s) or [(0, len(s))]
    end = max(e for _, e in spans)
    m = past.search(s[:end])
    if not m:
        return ""
    if any(w in s[a:b] for a, b in spans for w in c["present_markers"]):
        return ""
    return m.group(0)


def solved_cue(sentence: str) -> str:
    """The cue by which a sentence reports something solved or achieved, "" if none (a cue right
    after a negator, 尚未得到解决, does not count)."""
    c, _ = _cues()
    s = _plain(sentence)
    for w in c["solved_cues"]:
        for m in re.finditer(re.escape(w), s):
            before = s[max(0, m.start() - 3) : m.start()]
            if not any(before.endswith(n) for n in c["solved_negators"]):
                return w
    return ""


def general_solved(sentence: str) -> str:
    """The cue by which a sentence reports the problems as a whole solved or rectified, wherever it
    stands in the document ("检察建议中提到的问题我们都已经解决了", a follow-up report's lead; gaps16):
    a solved cue of 解决/整改 with a problem noun before it in its clause (`general_solved`), not
    after a negator."""
    c, _ = _cues()
    s = _plain(sentence)
    for w in c["solved_cues"]:
        if "解决" not in w and "整改" not in w:
            continue
        for m in re.finditer(re.escape(w), s):
            if any(s[max(0, m.start() - 3) : m.start()].endswith(n) for n in c["solved_negators"]):
                continue
            opening = max(s.rfind(x, 0, m.start()) for x in "，,；;。!！?？") + 1
            if re.search(c["general_solved"], s[opening : m.start()]):
                return w
    return ""


def _common(a: str, b: str, k: int) -> tuple[int, int] | None:
    """(start in b, length) of the longest stretch of `a` of at least k characters that `b` holds."""
    best = None
    for i in range(len(a) - k + 1):
        j = b.find(a[i : i + k])
        if j < 0:
            continue
        n = k
        while i + n < len(a) and j + n < len(b) and a[i + n] == b[j + n]:
            n += 1
        if best is None or n > best[1]:
            best = (j, n)
    return best


@lru_cache(maxsize=4096)
def _negated(problem: str) -> tuple[tuple[str, str], ...]:
    """(negated predicate, the clause's text before its negator) for each negator of the problem
    sentence (尚未编制 -> 编制, 1.国防动员规划)."""
    s = _plain(problem)
    out = []
    for m in re.finditer(_cues()[0]["echo_negators"], s):
        end = min((i for i in (s.find(x, m.end()) for x in "，,；;。!！?？") if i >= 0), default=len(s))
        opening = max(s.rfind(x, 0, m.start()) for x in "，,；;。!！?？") + 1
        out.append((s[m.end() : end], s[opening : m.start()]))
    return tuple(out)


def echoed_done(problem: str, other: str) -> str:
    """The stretch of `other` that reports done what `problem` states as not done (gaps16): a
    negated predicate (尚未编制, 没有将X列入Y: `echo_negators`) that `other` repeats with a completion
    right after it (编制完成, 列入了: `echo_done_after`) or just before it (已, 全部: `echo_done_before`), no
    future or negated marker just before it (将于, 计划, 要, 尚未: `echo_not_done`). A short predicate
    (编制) counts only when `other` also repeats the problem's subject (国防动员“十四五”规划尚未编制 ->
    于2024年1月编制完成…国防动员“十四五”规划), and not inside a problem clause of `other` (another
    problem worded alike); or that `other` reports the unpaid object collected (`_collected`, gaps20:
    未缴纳X -> 已追缴X). "" when it does not."""
    c, _ = _cues()
    o, k = _plain(other), c["echo_min"]
    for pred, subject in _negated(problem):
        collected = _collected(pred, o) if len(pred) >= k else ""
        if collected:
            return collected
        if len(pred) >= k:
            hit = _common(pred, o, k)
        elif len(pred) >= 2 and pred in o and _common(subject, o, k):
            hit = (o.find(pred), len(pred))
        else:
            hit = None
        if not hit:
            continue
        at, n = hit
        if any(a <= at < b for a, b in problem_clauses(o)):
            continue  # another problem sentence repeating the wording (未按规定…发放 / 违规向…发放)
        done = re.match(c["echo_done_after"], o[at + n :]) or re.search(
            c["echo_done_before"], o[max(0, at - 4) : at]
        )
        if done and not re.search(c["echo_not_done"], o[max(0, at - 6) : at]):
            return o[at : at + n + 2]
    return ""


def _collected(pred: str, o: str) -> str:
    """The stretch of `o` that reports collected, paid or returned what the negated predicate
    `pred` says was not paid (未依法足额缴纳人防易地建设费 -> 已追缴人防易地建设费, by whichever body:
    gaps20): a collection word (`echo_collected`: 已追缴, 已补缴, 已退还 …) followed right away by at
    least echo_min characters of `pred`, not inside a problem clause of `o`. "" when there is none."""
    c, _ = _cues()
    k = c["echo_min"]
    for m in re.finditer(c["echo_collected"], o):
        n = k
        if o[m.end() : m.end() + n] not in pred:
            continue
        while m.end() + n < len(o) and o[m.end() : m.end() + n + 1] in pred:
            n += 1
        if not any(a <= m.start() < b for a, b in problem_clauses(o)):
            return o[m.start() : m.end() + n]
    return ""


def document_sentences(G: nx.MultiDiGraph) -> dict[str, dict[int, dict]]:
    """document -> sentence index -> a sentence the graph keeps (mentions and tie evidence)."""
    out: dict[str, dict[int, dict]] = {}
    for e in kept_sentences(G, problems=True):
        if e.get("sentence_index") is not None and e.get("document"):
            out.setdefault(e["document"], {}).setdefault(e["sentence_index"], e)
    return out


def history(G: nx.MultiDiGraph, n: str | None, p: dict, sentences: dict) -> tuple[str, dict] | None:
    """(reason, deciding sentence) when the problem sentence `p` is backstory, else None: the
    later sentence reporting it solved when there is one (the strongest quote), else the sentence
    itself when it is a past passage."""
    cue = past_problem(p.get("sentence", ""))
    solved = _solved_here(G, p) or _solved_later(G, n, p, sentences)
    if solved:
        what, e = solved
        past = f"a past passage ({cue}…), " if cue else ""
        return f"{past}reported solved later in the same document ({what}…): history, not an open problem", e
    echo = _echo(G, p, sentences)
    if echo:
        what, e = echo
        return (f"reported done in the same document ({what}…): what the problem says is not done "
                "the text reports done, not an open problem"), e
    remedy = remedied(G, p, sentences)
    if remedy:
        what, e = remedy
        return (f"reported remedied in the same document ({what}…): the reason for work the text reports "
                "done, not an open problem"), e
    if cue:
        return f"a past passage ({cue}…): backstory, not a current problem", dated(G, p)
    return None


def _echo(G: nx.MultiDiGraph, p: dict, sentences: dict) -> tuple[str, dict] | None:
    """(stretch, deciding sentence) of another sentence of p's document, anywhere in it, that
    reports done what p states as not done (`echoed_done`)."""
    i = p.get("sentence_index")
    doc = sentences.get(p.get("document"), {})
    if i is None or not _negated(p.get("sentence", "")):
        return None
    for j, e in sorted(doc.items()):
        what = echoed_done(p.get("sentence", ""), e.get("sentence", "")) if j != i else ""
        if what:
            return what, dated(G, e)
    return None


def _solved_here(G: nx.MultiDiGraph, p: dict) -> tuple[str, dict] | None:
    """(cue, the sentence itself) when the problem sentence reports, after its last problem
    clause, the problem solved ("…机制不健全的问题，目前已整改到位": gaps9, a 督查 report)."""
    s = _plain(p.get("sentence", ""))
    spans = problem_clauses(s)
    if not spans:
        return None
    rest = s[max(e for _, e in spans):]
    cue = solved_cue(rest)
    if not cue:  # 对落实不够好的几个乡进行通报批评，使全县各级政府全部将…列入了… (gaps16)
        m = re.search(_cues()[0]["completion_after_problem"], rest)
        cue = m.group(0) if m else ""
    return (cue, dated(G, p)) if cue else None


def remedy_opener(e: dict) -> str:
    """The opener by which a sentence reports the remedy of the problem before it (为此, 针对上述问题,
    为破解…难题), "" if none or if the sentence orders, plans or proposes it (its modality; 建议,
    呼吁) or says the problem persists (仍, 尚未)."""
    c, _ = _cues()
    s = _plain(e.get("sentence", "")).strip()
    if e.get("modality") in c["remedy_not_modalities"] or any(w in s for w in c["remedy_not_done"]):
        return ""
    m = next((m for p in c["remedy_openers"] for m in [re.match(p, s)] if m), None)
    return m.group(0).lstrip('”"」』') if m else ""


def done_cue(sentence: str) -> str:
    """The cue by which a sentence reports work completed (全部达标, 完成了) or a problem solved."""
    s = _plain(sentence)
    return next((w for w in _cues()[0]["completion_cues"] if w in s), "") or solved_cue(sentence)


def remedied(G: nx.MultiDiGraph, p: dict, sentences: dict) -> tuple[str, dict] | None:
    """(cue, deciding sentence, dated) when p's document reports its problem remedied: a remedy
    sentence within remedy_window sentences after it, or, when p opens as the reason told after
    the result (前期…调查发现…存在…问题), an earlier sentence reporting the work completed."""
    i = p.get("sentence_index")
    if i is None:
        return None
    c, _ = _cues()
    doc = sentences.get(p.get("document"), {})
    for j in sorted(k for k in doc if i < k <= i + c["remedy_window"]):
        what = remedy_opener(doc[j])
        if what:
            return what, dated(G, doc[j])
    if re.match(c["retrospective_openers"], _plain(p.get("sentence", "")).strip()):
        for j in sorted(k for k in doc if k < i):
            what = done_cue(doc[j].get("sentence", ""))
            if what:
                return what, dated(G, doc[j])
    if not any(w in _plain(p.get("sentence", "")) for w in c["present_markers"]):
        for j in sorted((k for k in doc if k < i), reverse=True):
            s = doc[j].get("sentence", "")
            # told solved just before (the lead's result), or the problems as a whole anywhere before
            what = solved_cue(s) if j >= i - c["solved_window"] else general_solved(s)
            if what:
                return what, dated(G, doc[j])
    return lead_result(G, p, doc)


def lead_cue(sentence: str) -> str:
    """The cue by which a sentence of a story's lead reports the work done or the thing repaired
    (done_cue, or `lead_done_cues`: 修好了, 整修了, 清理了, 修缮一新), "" if none or when a solved
    negator stands right before it (尚未修复)."""
    c, _ = _cues()
    s = _plain(sentence)
    for w in c["lead_done_cues"]:
        at = s.find(w)
        if at >= 0 and not any(s[max(0, at - 3) : at].endswith(n) for n in c["solved_negators"]):
            return w
    return done_cue(sentence)


def lead_result(G: nx.MultiDiGraph, p: dict, doc: dict[int, dict]) -> tuple[str, dict] | None:
    """(cue, deciding sentence, dated) when p's document tells the result first (gaps36): p states
    only a thing's damage or neglect (modality.damage_only: 杂草丛生, 无人管理, 破损) and a sentence
    before the document's first problem sentence, its lead, reports the work done or the thing
    repaired (`lead_cue`: 现在路修好了…整修了墓碑，建了围墙…杂草…也都清理了, a news story's
    摘要 and lead, then 今年7月…发现没有围墙，园内杂草丛生), and p holds no turn or present time
    (`lead_present_markers`: 但, 仍, 目前 …) that keeps its problem current. A repair told after an
    earlier problem is not a lead: it answers that problem (a second cemetery after a first one's
    case keeps its own). Only damage: a lead's 如今… or 解决了数起…问题 is no answer to another kind of
    problem told after it (READ u37-07, u61-08, u83-06, u88-06: open problems after such leads)."""
    i = p.get("sentence_index")
    c, _ = _cues()
    s = _plain(p.get("sentence", ""))
    spans = problem_clauses(s)
    if i is None or any(w in s for w in c["lead_present_markers"]) or not spans \
            or not all(damage_only(s[a:b]) for a, b in spans):
        return None
    first = min((k for k, e in doc.items() if problem_clauses(_plain(e.get("sentence", "")))), default=i)
    for j in sorted(k for k in doc if k < min(first, i)):
        what = lead_cue(doc[j].get("sentence", ""))
        if what:
            return what, dated(G, doc[j])
    return None


def _solved_later(G: nx.MultiDiGraph, n: str | None, p: dict, sentences: dict) -> tuple[str, dict] | None:
    """(cue, sentence) of a later sentence of p's document reporting a solution: within
    solved_window sentences, or naming the same entity."""
    i = p.get("sentence_index")
    if i is None:
        return None
    own = G.nodes[n].get("sentences") or () if n else ()
    mine = {e.get("sentence_index") for e in own if e.get("document") == p["document"]}
    window = _cues()[0]["solved_window"]
    for j, e in sorted((j, e) for j, e in sentences.get(p["document"], {}).items() if j > i):
        far = j - i > window and j not in mine
        cue = general_solved(e.get("sentence", "")) if far else solved_cue(e.get("sentence", ""))
        if cue:
            return cue, dated(G, e)
    return None
