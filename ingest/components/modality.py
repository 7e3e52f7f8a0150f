"""Modality of a statement: does the text order it, report it, complain about it, or just state it?

A speech says "要加快军民融合产业园建设" (directive: an order, not a fact), a news item says
"产业园已揭牌" (reported: it happened), a work report says "产业园建设进度比较慢" (problem). The
graph keeps all three, but an analyst must be able to tell a plan from an achievement from a gap, so
every relation's evidence carries one of `graph.model.MODALITIES`.

The decision is lexical and deliberately simple, checked in the order problem > thanks > plan >
directive > reported > stated on the clause (or sentence) that states the fact:
- problem: a shortfall cue (尚未, 不足, 滞后, 短板, 规模小, 信息不对称, 底数不清 …, or a pattern such as
  存在着…问题) that is not the object of a remedy verb ("解决…问题", "破除…" are orders to fix, hence
  directive) nor of analysis, search or discussion ("查找存在的问题", "针对存在问题", "就重点难点问题
  进行座谈": problems mentioned as a topic, none stated); the noun phrase 存在的问题 / 存在问题 is a
  topic too, not a statement (cues and why: `ingest/data/problem_cues.json`);
- reported, when the clause thanks someone ("感谢…多年来的支持", "…表示感谢"): the support was
  given, it is not an order to give it;
- plan: the actor's own intention or application (争取, 计划, 拟于, 积极申报 …) with no order word
  left in the clause ("将争取联合创建" is a plan; "要积极申报" stays a directive): the gaps report
  words it "plans to", never "is told to";
- directive: a modal or urging word (要, 必须, 应当, 力争, 确保, 着力, 加快 …), with the many words
  that merely contain 要/应 (重要, 主要, 相应, 应用 …) masked out first;
- reported: a completed-event cue (已, 召开, 签约, 举行, 揭牌, verb + 了 …);
- stated otherwise.
A fact inside a look-back summary (一年来/近年来/过去五年/…以来 followed by completed work: 完成了,
取得了, 卓有成效 …) is reported whatever order word its clause holds, up to a turn to what is still
to do (下一步, 要, 将 …): "一年来…认真落实…，圆满完成了各项任务" sums up work done (classify_fact).
Cue lists live in `ingest/data/modality_cues.json` (problem statements: `problem_cues.json`) so
they can be extended without code changes.

Speed: every relation asks for the modality of its sentence, so the cue lists are compiled into
one alternation per list (a clause without any cue is answered by one regex search), text is
folded by the shared fold of entities and relations (`ingest.textfold.view_fold`, a translate table),
and `classify` remembers recent answers (a sentence stating five relations is classified once).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from ingest.components.prefilter import WordGate, needed_words
from ingest.components.trie_regex import compile_words, trie_pattern
from ingest.first_chars import compile_cues
from ingest.textfold import PINYIN, strip_pinyin, text_view
from ingest.textfold import view_fold as fold

CUES_PATH = Path(__file__).resolve().parent.parent / "data" / "modality_cues.json"
PROBLEM_CUES_PATH = CUES_PATH.with_name("problem_cues.json")
PROBLEM_LEXICON_PATH = CUES_PATH.with_name("problem_lexicon.tsv")
CLAUSE_SPLIT = re.compile(r"[，,；;。！？!?]")
CLAUSE_START = re.compile(r"[，,；;。！？!?：:]")
JOINERS = re.compile(r"[和与及、或]{0,2}")  # between two nouns of one object (短板和不足)


@lru_cache(maxsize=1)
def _raw() -> dict:
    """Both cue files as one mapping (the problem cues have their own file)."""
    data = json.loads(CUES_PATH.read_text(encoding="utf-8"))
    data.update(json.loads(PROBLEM_CUES_PATH.read_text(encoding="utf-8")))
    data["problem_lexicon"] = _lexicon_words()
    return data


def _lexicon_words() -> list[str]:
    """The problem-statement reader's words proposed by a lexicon (problem_lexicon.tsv, gaps35:
    HowNet's negative words of deficiency, derived by scripts/build_problem_lexicon.py). They cue
    only the problem-statement reader (as "statement_patterns"), not a relation's modality, and
    pass the same guards as every cue: the lexicon proposes, the reader decides."""
    if not PROBLEM_LEXICON_PATH.exists():
        return []
    lines = PROBLEM_LEXICON_PATH.read_text(encoding="utf-8").splitlines()
    return [ln.split("\t", 1)[0] for ln in lines if ln and not ln.startswith("#")]


@lru_cache(maxsize=1)
def cues() -> dict[str, list[str]]:
    """The cue lists, longest first so that a longer cue masks its substrings."""
    return {k: sorted(v, key=len, reverse=True) for k, v in _raw().items() if isinstance(v, list)}


@lru_cache(maxsize=1)
def _cue_res() -> dict[str, re.Pattern]:
    """Per cue list, a pattern that finds any of its words (only for "is there any" checks)."""
    c = cues()

    def any_of(words: list[str]) -> re.Pattern:
        words = [w for w in words if w]
        return compile_cues("|".join(map(re.escape, words)) if words else "(?!)")  # (?!) never matches

    patterns = list(_raw().get("problem_patterns", []))
    damage = list(_raw().get("facility_damage", []))  # a thing's damage or neglect (gaps25)
    stated = patterns + list(_raw().get("statement_patterns", [])) + damage  # the statement reader's (gaps17)
    lexicon = [w for w in _raw().get("problem_lexicon", ()) if w]
    stated += [trie_pattern(lexicon)] if lexicon else []  # words a lexicon proposes (gaps35)
    return {
        "problem": any_of(c["problem"]),
        "problem_patterns": compile_cues("|".join(f"(?:{p})" for p in patterns) if patterns else "(?!)"),
        "statement_patterns": compile_cues("|".join(f"(?:{p})" for p in stated) if stated else "(?!)"),
        "damage": compile_cues("|".join(f"(?:{p})" for p in damage) if damage else "(?!)"),
        "duty": re.compile("|".join(f"(?:{p})" for p in _raw().get("statement_patterns", ())) or "(?!)"),
        "directive": any_of(c["directive"]),
        "reported": any_of([w for w in c["reported"] if w != "了"]),
        "plan": any_of(c.get("plan", [])),
        "thanks": any_of(c.get("thanks", [])),
        "plan_nouns": re.compile("|".join(f"(?:{p})" for p in _raw().get("plan_noun_patterns", ()))
                                 or "(?!)"),
        "quoted_problems": re.compile("|".join(f"(?:{p})" for p in _raw().get("quoted_problems", ()))
                                      or "(?!)"),
        "titles": compile_cues("|".join(f"(?:{p})" for p in _raw().get("title_patterns", ())) or "(?!)"),
        "response_openers": re.compile("|".join(f"(?:{p})" for p in _raw().get("response_openers", ()))
                                       or "(?!)"),
        "topic_openers": re.compile("|".join(f"(?:{p})" for p in _raw().get("topic_openers", ())) or "(?!)"),
        "finder_frames": re.compile("(?:" + ("|".join(f"(?:{p})" for p in _raw().get("finder_frames", ()))
                                             or "(?!)") + ")$"),
        "condition_markers": re.compile("|".join(f"(?:{p})" for p in _raw().get("condition_markers", ()))
                                        or "(?!)"),
        "existence_negators": re.compile("|".join(f"(?:{p})" for p in _raw().get("existence_negators", ()))
                                         or "(?!)"),
        "solved_after": re.compile("|".join(f"(?:{p})" for p in _raw().get("solved_after_patterns", ()))
                                   or "(?!)"),
        "proposal": re.compile(_raw().get("proposal_scope", "(?!)")),
        "relative_negation": _relative_negation_re(_raw().get("relative_negation") or {}),
    }


def _relative_negation_re(r: dict) -> re.Pattern:
    """不 + the rest of a relative clause + 的 + a person or body noun (problem_cues.json
    "relative_negation", gaps37): matched at a 不-cue, it tells the cue picks out who is meant
    (不参加演练的市民), it states no shortfall."""
    heads = [h for h in r.get("heads", ()) if h]
    if not heads:
        return re.compile("(?!)")
    quant = "|".join(f"(?:{q})" for q in r.get("quantifiers", ()) if q)
    span = int(r.get("span", 20))
    return re.compile(
        f"不[^，,；;。！？!?：:的]{{0,{span}}}的(?:{quant})?(?:" + "|".join(f"(?:{h})" for h in heads) + ")"
    )


TITLE_MARKS = "《》〈〉“”"  # (modality_cues.json title_marks: kept unmasked, so offsets and marks hold)
_TITLE_MARK = re.compile(f"[{TITLE_MARKS}]")  # (one scan of the text instead of one per mark)
ASPECT_LE = re.compile(r"(?<![为除])了(?![解])")  # verb + 了 (成立了); not 了解, 为了, 除了


def _mask(text: str, words: list[str]) -> str:
    """Replace each occurrence of `words` by same-length filler so that its characters cannot cue."""
    for w in words:
        if w in text:
            text = text.replace(w, "□" * len(w))
    return text


def is_problem(text: str) -> bool:
    """True when the text states a shortfall (and does not merely order one to be fixed)."""
    return _is_problem_folded(fold(text))


def _is_problem_folded(t: str, statement: bool = False) -> bool:
    """Whether folded `t` states a problem. `statement`: asked by the problem-statement reader
    (problem_clauses), which also takes the duties left undone of problem_cues.json
    "statement_patterns" (未及时, 不规范, 怠于履职: gaps17); a relation's modality (classify) does not."""
    res, gates = _cue_res(), _problem_gates()
    key = "statement_patterns" if statement else "problem_patterns"
    patterns = res[key]
    if not gates["problem|" + key](t):  # (neither gate open: no cue at all, the common case)
        return False
    words = gates["problem"](t) and res["problem"].search(t) is not None  # (behind the word gates)
    if not words and (not gates[key](t) or patterns.search(t) is None):  # no cue at all: the common case
        return False
    if res["titles"].search(t.strip()):  # 关于…融资难问题的提案: a headline naming its topic
        return False
    if _responds(t.lstrip(), res):  # 针对这一实际，…: the response, not the problem
        return False
    c = cues()
    t = _mask(t, c.get("masks", []))  # 研究院, 座谈会, 重点难点 …: neither cue nor negator
    hits: list[tuple[int, int]] = []  # (start, end) of every cue, words and patterns
    scan = _problem_word_scan() if words else None
    if scan is not None:  # every occurrence of every cue word, overlaps included: one scan
        for k, start, end in scan[0](t, overlapping=True):
            hits += [(start, end)] * scan[1][k]
    else:
        for cue in c["problem"] if words else ():
            start = t.find(cue)
            while start >= 0:
                hits.append((start, start + len(cue)))
                start = t.find(cue, start + 1)
    hits += [(m.start(), m.end()) for m in patterns.finditer(t)]
    negated: list[tuple[int, int]] = []
    for start, end in sorted(hits):
        if _negated(t, start) or _joined(t, start, negated) or _solved_after(t, end):
            negated.append((start, end))
        else:
            return True
    return False


@lru_cache(maxsize=1)
def _problem_word_scan() -> tuple[Callable, list[int]] | None:
    """One Aho-Corasick automaton of the problem cue words (problem_cues.json "problem") for
    `_is_problem_folded`, which needs each occurrence of each word, overlapping ones included (a
    `str.find` loop per word made ~120 calls a clause): the overlapping matches of a standard
    automaton are exactly those, and a word listed twice counts twice (`counts`). None without
    ahocorasick_rs or with an empty word (the loop then runs as written). Built with the pipeline
    (prebuild)."""
    words = cues().get("problem", [])
    if any(not w for w in words):
        return None
    try:
        import ahocorasick_rs
    except ImportError:  # pragma: no cover - optional accelerator
        return None
    from ingest.components.trie_regex import rs_dfa  # (a DFA: speed17)

    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    if not counts:
        return None
    ac = ahocorasick_rs.AhoCorasick(list(counts), matchkind=ahocorasick_rs.MatchKind.Standard, **rs_dfa())
    return ac.find_matches_as_indexes, list(counts.values())


def _responds(t: str, res: dict[str, re.Pattern]) -> bool:
    """Whether the sentence opens by naming the problem it responds to: 针对这一实际，… (gaps12), or
    针对 + a difficulty closed by a comma whose own words state no shortfall (针对…安全管护难点，市国动办
    构建…, gaps13; 针对…推进缓慢的问题，… still states 推进缓慢)."""
    if res["response_openers"].match(t):
        return True
    m = res["topic_openers"].match(t)
    if m is None:
        return False
    obj = next((g for g in m.groups() if g is not None), "")
    return res["problem"].search(obj) is None and res["problem_patterns"].search(obj) is None


def _solved_after(t: str, end: int) -> bool:
    """Whether the clause of the cue ending at `end` goes on to report the problem put right
    (…不足的问题得到根本解决, …已经解决: problem_cues.json "solved_after_patterns", gaps19): told
    solved, not stated; unless a negator stands right before that report (尚未得到有效解决)."""
    m = CLAUSE_START.search(t, end)
    rest_end = m.start() if m else len(t)
    negators = cues().get("solved_after_negators", ())
    for s in _cue_res()["solved_after"].finditer(t, end, rest_end):
        if not any(t[max(0, s.start() - 3) : s.start()].endswith(n) for n in negators):
            return True
    return False


def _joined(t: str, start: int, negated: list[tuple[int, int]]) -> bool:
    """Whether the cue at `start` is joined by 和/与/及/、 to a cue already negated ("查找存在的短板
    和不足": both nouns are the object of 查找)."""
    return any(e <= start and JOINERS.fullmatch(t[e:start]) for _s, e in negated)


def _negated(t: str, start: int) -> bool:
    """Whether the cue at `start` is the object of a remedy ("解决…问题", "补短板": an order to fix;
    a negator within 12 characters before it, or before it in its clause up to `negator_window`)
    or of analysis, search or targeting ("查找存在的问题", "针对存在问题": a topic; a topic verb
    close before it in its clause, `topic_window`), or whose existence its clause denies (不存在…的问题,
    不再存在“…”的问题: "existence_negators", up to the cue's own 存在), or that its clause puts as a
    condition, a feared outcome or a question (如果…不足, 以免…, 是否存在…: "condition_markers"), or that
    opens a relative clause picking out people or bodies (不参加演练的市民: "relative_negation")."""
    if start and t[start - 1] in cues().get("remedy_prefix", ()):
        return True
    lo = max(0, start - int(_raw().get("negator_window", 12)))
    for m in CLAUSE_START.finditer(t, lo, start):
        lo = m.end()  # the clause window ends at the last clause mark before the cue
    window = t[min(lo, max(0, start - 12)) : start]  # the longer of the two windows
    if any(neg in window for neg in cues()["problem_negators"]):
        return True
    if _cue_res()["existence_negators"].search(t, lo, start + 2):  # 不存在…问题 (gaps19): existence denied
        return True
    if t[start] == "不" and _cue_res()["relative_negation"].match(t, start):  # 不参加…的市民 (gaps37)
        return True
    if _cue_res()["condition_markers"].search(t, lo, start):  # 如果…不足, 以免…, 是否存在… (gaps19)
        return True
    near = t[max(lo, start - int(_raw().get("topic_window", 8))) : start]  # 查找存在…, 聚焦…短板
    if any(v in near for v in cues().get("problem_topic_verbs", ())):
        return True
    return _topic_object(t, start)


@lru_cache(maxsize=1)
def _topic_object_res() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern] | None:
    """(verbs, negator before a verb, words between, object end) of problem_cues.json
    "topic_object" (gaps39), None without it."""
    spec = _raw().get("topic_object") or {}
    verbs = sorted((v for v in spec.get("verbs", ()) if v), key=len, reverse=True)
    if not verbs:
        return None
    return (re.compile("|".join(map(re.escape, verbs))), re.compile(spec.get("not_before_verb") or "(?!)"),
            re.compile(spec.get("not_between") or "(?!)"), re.compile(spec.get("object_end") or "(?!)"))


def _topic_object(t: str, start: int) -> bool:
    """Whether the cue at `start` lies in the object of a verb that solves or focuses on problems,
    earlier in its clause at any distance, the object ending as a noun of problems (研究解决了…等28个
    制约…的难点问题, 聚焦…的重点和难点: problem_cues.json "topic_object", gaps39): it names which
    problems are solved or targeted and states none open. Not after a negated verb (尚未解决…的问题),
    nor with an existence or turn word between the verb and the cue (…仍存在…)."""
    res = _topic_object_res()
    if res is None:
        return False
    verbs, negated_verb, between, object_end = res
    clause = 0
    for m in CLAUSE_START.finditer(t, 0, start):
        clause = m.end()
    verb = None
    for m in verbs.finditer(t, clause, start):
        verb = m  # the verb nearest before the cue
    if verb is None or negated_verb.search(t, max(clause, verb.start() - 2), verb.start()):
        return False
    if between.search(t, verb.end(), start):
        return False
    return object_end.match(t, start) is not None


def _is_plan_folded(t: str) -> bool:
    """The actor's own intention ("将争取联合创建", "积极申报"), with no order to anyone left in it."""
    if _cue_res()["plan"].search(t) is None:
        return False
    if "计划" in t:  # 专项计划, 发展计划司: a name's noun, no intention (modality_cues.json _plan_nouns)
        t = _cue_res()["plan_nouns"].sub(_filled, t)
        if _cue_res()["plan"].search(t) is None:
            return False
    masked = _mask(t, cues()["directive_exclude"])
    masked = _mask(masked, cues()["plan"])  # "需要申报" stays an order: only the plan words are masked
    return _cue_res()["directive"].search(masked) is None


def is_directive(text: str) -> bool:
    return _is_directive_folded(fold(text))


def _is_directive_folded(t: str) -> bool:
    directive = _cue_res()["directive"]
    if directive.search(t) is None:  # masking only removes cues: no cue before, none after
        return False
    return directive.search(_mask(t, cues()["directive_exclude"])) is not None


def is_reported(text: str) -> bool:
    return _is_reported_folded(fold(text))


def _is_reported_folded(t: str) -> bool:
    if _cue_res()["reported"].search(t) is not None:
        return True
    # verb + 了 (成立了, 召开了); "了解", "为了", "除了" are not aspect markers
    return "了" in cues()["reported"] and ASPECT_LE.search(t) is not None


@lru_cache(maxsize=1)
def _title_res() -> list[re.Pattern]:
    """A pattern per title_marks pair of modality_cues.json: an open mark to its close
    (or to the end of the text when the clause cut the title), and a leading close mark whose open
    mark lies in an earlier clause."""
    raw = _raw()
    stops = re.escape(raw.get("title_quote_stops", ""))
    out = []
    for o, c in raw.get("title_marks", ()):
        o, c = re.escape(o), re.escape(c)
        if o == re.escape("“"):  # a quote: a name or slogan only when it holds no clause mark
            out.append(re.compile(f"{o}[^{c}{stops}]*{c}"))
        else:
            out.append(re.compile(f"{o}[^{c}]*(?:{c}|$)|^[^{o}]*{c}"))
    return out


def mask_titles(t: str) -> str:
    """`t` with the text inside quoted titles (《关于进一步做好…的意见》, “双拥模范城”) replaced by
    same-length filler: a title's words are no cue of the sentence that names it (why and the
    marks: modality_cues.json "_titles"). The marks themselves stay, so offsets hold."""
    if _TITLE_MARK.search(t) is None:
        return t
    for pat, marks in _title_gates():
        if any(m in t for m in marks):  # (a pattern whose marks the text lacks changes nothing)
            t = pat.sub(_filled, t)
    return t


_NOT_A_MARK = re.compile(f"[^{TITLE_MARKS}]")


def _filled(m: re.Match) -> str:
    """A masked title: every character but the marks becomes □ (the same length)."""
    g = m.group(0)
    n = len(g)
    # (most titles are a mark, words and a mark: written at once, no substitution per character)
    if n >= 2 and g[0] in TITLE_MARKS and g[-1] in TITLE_MARKS and _TITLE_MARK.search(g, 1, n - 1) is None:
        return g[0] + "□" * (n - 2) + g[-1]
    return _NOT_A_MARK.sub("□", g)


@lru_cache(maxsize=1)
def _title_gates() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """Each title pattern with the marks one of which every match holds (prefilter.needed_words;
    ("",) when none is known: always tried)."""
    return tuple((p, tuple(needed_words(p) or ("",))) for p in _title_res())


@lru_cache(maxsize=4096)
def classify(text: str) -> str:
    """Modality of one clause or sentence: problem, directive, reported or stated. The words inside
    quoted titles do not count (mask_titles)."""
    t = mask_titles(fold(text))
    if _is_problem_folded(t) and not _gloss_hid_problem_negator(t):
        return "problem"
    if _cue_res()["thanks"].search(t) is not None:
        return "reported"  # "感谢…多年来的支持": support already given, not an order to give it
    if _is_plan_folded(t):
        return "plan"
    if _is_directive_folded(t) and not _gloss_hid_exclusion(t):
        return "directive"
    if _is_reported_folded(t):
        return "reported"
    return "stated"


def _gloss_hid_exclusion(t: str) -> bool:
    """Whether the order word of `t` (folded, titles masked) is only a piece of a word that
    directive_exclude covers once the pinyin glosses some portals print after each character are
    gone: "应(yīng)急", "应(yīng)用" are 应急, 应用, no 应 of an order (rel24: a drill's 应急分队, an
    emergency bureau read as orders). Only this way round: a cue the glosses split (進(jìn)一步) stays
    unread, as the look-back frames (今年以來(lái)) and other positional readers of the sentence
    still see the glossed text."""
    return "(" in t and PINYIN.search(t) is not None and not _is_directive_folded(strip_pinyin(t))


def _gloss_hid_problem_negator(t: str) -> bool:
    """Whether the problem `t` (folded, titles masked) states is only a cue whose cancelling word
    the pinyin glosses split: 補(bǔ)齊發(fā)展短板 is the remedy 补齐短板 once they are gone (gaps33,
    held-out u91-03; the statement reader's `_gloss_hid_negator`, for a relation's modality). Only
    this way round, as `_gloss_hid_exclusion`."""
    return "(" in t and PINYIN.search(t) is not None and not _is_problem_folded(strip_pinyin(t))


@lru_cache(maxsize=4096)
def _clause_marks(sentence: str) -> tuple[int, ...]:
    """Positions of the clause punctuation of a sentence. Every fact emitted from a sentence asks
    for the clauses of two or three offsets in it: the sentence is scanned once, not per offset."""
    return tuple(m.start() for m in CLAUSE_SPLIT.finditer(sentence))


def clause_at(sentence: str, offset: int) -> str:
    """The clause of `sentence` (split at ，；。) that contains character `offset`: from after the
    last mark before `offset` to the first mark at or after it (tests/test_modality.py)."""
    marks = _clause_marks(sentence)
    k = bisect_left(marks, offset)
    return sentence[marks[k - 1] + 1 if k else 0 : marks[k] if k < len(marks) else len(sentence)]


def classify_fact(sentence: str, offsets: list[int]) -> str:
    """Modality of a fact whose cue and arguments sit at `offsets` in `sentence`.

    The clauses that hold the fact decide first (a sentence can report one thing and order
    another); when they say nothing the sentence as a whole decides, so that a leading
    "要" or a trailing "已经完成" still colours a clause that carries only the names. A fact
    inside a look-back summary (look_back) is reported unless its clauses state a problem or
    thanks.
    """
    clauses = [clause_at(sentence, o) for o in offsets] or [sentence]
    joined = "，".join(dict.fromkeys(clauses))
    m = classify(joined)
    if m in ("problem", "reported"):
        return m
    if offsets and in_look_back(sentence, min(offsets), max(offsets)):
        return "reported"  # "一年来…认真落实…加快推进…，圆满完成了…": a summary of work done
    if m != "stated":
        return m
    whole = classify(sentence)
    return "stated" if whole == "problem" else whole


@lru_cache(maxsize=1)
def _look_back_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(frame, completed, turn) patterns of modality_cues.json's look-back lists."""
    raw = _raw()
    frames = [re.escape(w) for w in sorted(raw.get("look_back_frames", ()), key=len, reverse=True)]
    frame = "|".join(frames + [f"(?:{p})" for p in raw.get("look_back_patterns", ())]) or "(?!)"
    done = [re.escape(w) for w in sorted(raw.get("look_back_completed", ()), key=len, reverse=True)]
    completed = "|".join(done + [ASPECT_LE.pattern]) or "(?!)"
    turns = [re.escape(w) for w in sorted(raw.get("look_back_turns", ()), key=len, reverse=True)]
    return compile_cues(frame), compile_cues(completed), compile_cues("|".join(turns) or "(?!)")


@lru_cache(maxsize=4096)
def look_back_span(sentence: str) -> tuple[int, int] | None:
    """(start, end) of the look-back summary in `sentence`: from its first look-back frame (今年以来,
    一年来, 过去五年 …) to the first turn to what is still to do (下一步, 要, 将 …; the end of the
    sentence if none), when completed work (完成了, 取得了, verb + 了 …) is stated between them;
    else None. Cues: modality_cues.json look_back_*; folded text, same positions."""
    frame, completed, turn = _look_back_res()
    t = mask_titles(fold(sentence))
    f = frame.search(t)
    if f is None:
        return None
    masked = _mask(t, cues()["directive_exclude"])  # 重要, 主要 …: no turn to an order
    tn = turn.search(masked, f.end())
    end = tn.start() if tn else len(t)
    return (f.start(), end) if completed.search(t, f.end(), end) else None


def in_look_back(sentence: str, first: int, last: int) -> bool:
    """Whether the fact spanning offsets [first, last] of `sentence` ends inside its look-back
    summary (look_back_span): what a summary states after its frame was done, not ordered. Its
    subject may come before the frame ("东方县人武部一年来…", "协会自…换届以来…")."""
    span = look_back_span(sentence)
    return span is not None and span[0] <= last < span[1] and first < span[1]


@lru_cache(maxsize=1)
def _problem_gates() -> dict:
    """`open(text)` of the word gates of the "problem", "problem_patterns" and "statement_patterns"
    patterns (prefilter.WordGate): False only where the pattern cannot match."""
    res = _cue_res()
    keys = ("problem", "problem_patterns", "statement_patterns")
    gates = {k: WordGate(res[k]) for k in keys}
    out = {k: g.open for k, g in gates.items()}
    # (speed12) "problem" with each of the others as one gate: closed where both are, so a sentence
    # without any cue word (most) costs one trie search, not two; open where either may be
    for k in keys[1:]:
        a, b = gates["problem"].words, gates[k].words
        if a and b:
            search = compile_words(a | b).search
            out["problem|" + k] = lambda text, search=search: search(text) is not None
        else:  # (a pattern without known words: its gate is always open, and so is the pair's)
            out["problem|" + k] = lambda text: True
    return out


def problem_clauses(sentence: str, folded: str | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets in `sentence` of the clauses that state a problem.

    A clause opening with 但/但是/却 continues the previous one ("产业园已经规划了两年，但建设进度
    比较慢"), so that previous clause is included: the entity it names is the one with the problem.
    A sentence with pinyin glosses keeps only the clauses its view without them states too: see
    `_gloss_hid_negator`.
    """
    spans = _problem_clauses(sentence, folded)
    if spans and "(" in sentence and PINYIN.search(sentence) is not None:
        return _gloss_hid_negator(sentence, spans)
    return spans


def _gloss_hid_negator(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (problem clauses of glossed `sentence`) without those the sentence's view without
    pinyin glosses (`ingest.textfold.text_view`, offsets mapped back) states no problem in. Why
    (gaps33): a cue holds fewer characters than the words that cancel it, so a gloss hides the
    cancelling word and lets the cue under it through: 補(bǔ)齊發(fā)展短板, a remedy in a wish, read as
    the shortfall 短板 (held-out u91-03's artefact, given to the document's city). Only this way
    round, as the directive rules read past glosses (_gloss_hid_exclusion): a cue the glosses split
    (違規(guī)領(lǐng)用) stays unread, since the readers of what follows (a problem told solved, the
    document's sentences a hold-back reads) do not all see the view, and READ u44-02's problem so
    found was reported open though the same text tells it put right."""
    view, offsets = text_view(sentence)
    if not offsets:
        return spans
    n = len(offsets)
    seen = [(offsets[a], offsets[b] if b < n else len(sentence)) for a, b in _problem_clauses(view, view)]
    return [(a, b) for a, b in spans if any(x < b and a < y for x, y in seen)]


def _problem_clauses(sentence: str, folded: str | None = None) -> list[tuple[int, int]]:
    """`problem_clauses` of a sentence without pinyin glosses (or its view)."""
    spans: list[tuple[int, int]] = []
    if folded is None:  # (the caller may pass it: a slice of the folded document is the same)
        folded = fold(sentence)  # fold is per character: slices of it are the folded clauses
    # (each search behind its word gate: a sentence holding none of the words every match of the
    # pattern holds has no match; one trie search tells, ~4x cheaper than the search: speed10.
    # The gates read the text before its titles are masked: masking only turns characters into □,
    # which no cue word holds, so a word of the masked text is one of the unmasked text, and a
    # sentence without any needs no masking)
    gates = _problem_gates()
    words = stated = False
    if gates["problem|statement_patterns"](folded):  # (one search where neither gate is open)
        words, stated = gates["problem"](folded), gates["statement_patterns"](folded)
    if not words and not stated:
        return _with_quoted(spans, folded)  # no cue word: only a quoted problem can be one
    unmasked, folded = folded, mask_titles(folded)  # 《关于解决…问题的意见》 states no problem (same length)
    res = _cue_res()
    if (not words or res["problem"].search(folded) is None) \
            and (not stated or res["statement_patterns"].search(folded) is None):
        return _with_quoted(spans, unmasked)  # no cue word: only a quoted problem can be one
    if _responds(folded.lstrip(), res):
        return spans  # 针对这一实际，该部…: the response to a problem told before (gaps12)
    start = 0
    bounds = [(m.start(), m.end()) for m in CLAUSE_SPLIT.finditer(sentence)] + [
        (len(sentence), len(sentence))
    ]
    pieces: list[tuple[int, int]] = []
    for s, e in bounds:
        if s > start:
            pieces.append((start, s))
        start = e
    for i, (s, e) in enumerate(pieces):
        if not _is_problem_folded(folded[s:e], statement=True) or _proposed(folded, s, e, res):
            continue
        if i > 0 and folded[s:e].lstrip().startswith(("但", "却", "然而", "可")):
            s = pieces[i - 1][0]
        frame = res["finder_frames"].search(folded, 0, s)  # 检查后发现，: the finder's frame joins it
        spans.append((frame.start() if frame else s, e))
    return _with_quoted(spans, unmasked)


def _proposed(folded: str, s: int, e: int, res: dict[str, re.Pattern]) -> bool:
    """Whether the problem clause [s, e) of folded sentence `folded` is inside a recommendation (gaps20:
    problem_cues.json "proposal_scope"): after a proposal verb of the sentence (建议…，让偏远薄弱学校…),
    or after one inside the clause itself with no cue before it (建议废除…不强的…标准), and no closing
    quote mark between the verb and the clause (“建议…”3月11日，…年久失修… states one); a clause that
    tells the present state (建议：目前青山县训练场地不足，…: "proposal_present") states it anyway."""
    if "建议" not in folded and "呼吁" not in folded and "提议" not in folded:
        return False  # the common case: one substring test per sentence
    if any(w in folded[s:e] for w in _raw().get("proposal_present", ())):
        return False
    for m in res["proposal"].finditer(folded, 0, e):
        if any(c in folded[m.end() : max(s, m.end())] for c in "”。！？!?\n"):
            continue  # the quoted recommendation (or its sentence) closed before the clause
        if m.start() < s:
            return True
        return not _is_problem_folded(folded[s : m.start()], statement=True)
    return False


def _with_quoted(spans: list[tuple[int, int]], folded: str) -> list[tuple[int, int]]:
    """`spans` with the quoted problems of folded (unmasked) `folded` that no span overlaps:
    存在“…”“…”的现象, 反映“…，…”的问题 (problem_cues.json "quoted_problems", gaps18): the quotation is
    the shortfall, found across the commas inside it; not the object of a remedy or topic (_negated)."""
    pat = _cue_res()["quoted_problems"]
    if "“" not in folded or not pat.pattern:
        return spans
    quoted = [(m.start(), m.end()) for m in pat.finditer(folded) if not _negated(folded, m.start())]
    quoted = [q for q in quoted if all(q[1] <= a or b <= q[0] for a, b in spans)]
    return sorted(spans + quoted) if quoted else spans


def damage_only(clause: str) -> bool:
    """Whether a problem clause states nothing but a thing's damage or neglect (杂草丛生, 碑面损坏,
    无人监管: problem_cues.json "facility_damage", gaps25): its holder is the thing's caretaker, a
    body the text names or the addressee of a recommendation, never the place named beside the thing
    nor the document's place (an unnamed caretaker is unknown)."""
    t = fold(clause)
    res = _cue_res()
    if res["damage"].search(t) is None:
        return False
    return not _is_problem_folded(res["damage"].sub(_filled_all, t), statement=True)


def reports_solved(sentence: str) -> bool:
    """Whether a sentence reports something put right (得到修复, 已经解决, 得到有效遏制:
    problem_cues.json "solved_after_patterns"), not after a negator (尚未得到解决)."""
    t = fold(sentence)
    negators = cues().get("solved_after_negators", ())
    return any(not any(t[max(0, m.start() - 3) : m.start()].endswith(n) for n in negators)
               for m in _cue_res()["solved_after"].finditer(t))


def _filled_all(m: re.Match) -> str:
    """A masked cue: every character becomes □ (the same length)."""
    return "□" * len(m.group(0))


def absent_object(sentence: str, start: int) -> bool:
    """Whether the body named at `start` of a problem sentence is what the clause says is lacking
    (青山市目前没有国家级X园区, 缺乏Y平台: problem_cues.json "absent_markers" right before it): the lack
    is the problem of the clause's subject or place, not of a body that does not exist (gaps12;
    held-out u42: a park node was given its own absence). So is a rule named right after a verb of
    breaking it (违反了《青山市某条例》: "violated_markers", gaps32): the rule broken, not the holder."""
    before = fold(sentence[max(0, start - 6) : start])
    raw = _raw()
    return any(before.endswith(w) for w in (*raw.get("absent_markers", ()), *raw.get("violated_markers", ())))


def duty_subjects(sentence: str, a: int, b: int, ends: list[int]) -> list[int]:
    """Of the body names ending at `ends` (sentence offsets) in the problem clause [a, b), the
    indexes of those right before a duty left undone (problem_cues.json "statement_patterns": 青山局
    怠于收缴, 青山局未及时停发; up to 2 characters between): the duty is that body's, not that of the
    prosecutor or auditor the clause also names (东川检察院就青山局怠于收缴…的情形，…: gaps17). Empty
    when the clause holds no such cue or no name right before one."""
    starts = [m.start() + a for m in _cue_res()["duty"].finditer(fold(sentence[a:b]))]
    return [i for i, e in enumerate(ends) if any(0 <= s - e <= 2 for s in starts)]


@lru_cache(maxsize=1)
def _inspection_res() -> list[re.Pattern]:
    return [re.compile(p) for p in _raw().get("inspection_frames", ())]


@lru_cache(maxsize=1)
def _visit_res() -> list[re.Pattern]:
    return [re.compile(p) for p in _raw().get("visit_frames", ())]


def inspected_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of what each outside check names as inspected (对X开展…巡察, 向X反馈巡察
    情况: problem_cues.json "inspection_frames", group x), in text order: the body that holds the
    problems the document lists without naming one (gaps17). Not a check told as the past of the
    story (its sentence opens 此前, 前期 …: "inspection_past"), the backstory of a fix."""
    return _frame_spans(text, _inspection_res())


def visited_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of the places a check or survey goes to (到青山县、东川县检查…, 到甲、乙
    两县调研: problem_cues.json "visit_frames", group x), in text order: every place named there holds
    the problems the document lists without naming one (gaps18), as inspected_spans' body does."""
    return _frame_spans(text, _visit_res())


@lru_cache(maxsize=1)
def _addressee_res() -> list[re.Pattern]:
    return [re.compile(p) for p in _raw().get("addressee_frames", ())]


def addressed_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of the bodies an inspecting body sends its recommendation to (向X发出
    检察建议: problem_cues.json "addressee_frames", group x), in text order: they, not the finder nor
    the place of the thing, hold the problems the document states before (gaps23)."""
    t = fold(text)
    return sorted(m.span("x") for pat in _addressee_res() for m in pat.finditer(t))


def addressee_finder(name: str) -> bool:
    """Whether a body name is the inspecting body's own (…检察院: "addressee_finders"): a problem
    clause naming only it names no holder of its own (gaps23)."""
    return fold(name).endswith(tuple(_raw().get("addressee_finders", ())))


@lru_cache(maxsize=1)
def _author_res() -> tuple[list[re.Pattern], list[re.Pattern], re.Pattern]:
    raw = _raw()
    return ([re.compile(p) for p in raw.get("author_headings", ())],
            [re.compile(p) for p in raw.get("author_signatures", ())],
            re.compile(raw.get("reply_markers") or "(?!)"))


def authored_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, lo, hi) in `text` of the name of each body that writes a reply or report (a
    heading 青山县交通运输局关于…的答复函, 人武部部长关于…的调研报告, or the signature line that
    closes a reply: problem_cues.json "author_frames", group x) and of the part of the text it speaks
    in ([lo, hi): after its heading; between the reply's opening phrase, 现答复如下, and its
    signature). A problem clause there that finds no other holder is the author's (gaps29)."""
    if "关于" not in text and "复" not in text:
        return []  # (neither a heading nor a reply: the common case costs two substring tests)
    t = fold(text)
    headings, signatures, reply = _author_res()
    out = [(*m.span("x"), m.start("x"), len(t)) for pat in headings for m in pat.finditer(t)]
    opened = reply.search(t)
    if opened:
        out += [(*m.span("x"), opened.end(), m.start("x")) for pat in signatures
                for m in pat.finditer(t, opened.end())]
    return sorted(out)


@lru_cache(maxsize=1)
def _author_line_res() -> tuple[re.Pattern, re.Pattern]:
    raw = _raw()
    return (re.compile(raw.get("author_heading_start") or "(?!)"),
            re.compile(raw.get("author_signature_line") or "(?!)"))


def writes(name_forms: list[str], heading: str = "", signature: str = "") -> bool:
    """Whether a body (by its name forms) is the author a heading names (its opening words before
    关于: 青山县交通运输局关于…, or a word its name ends with: 人武部部长关于… for 青山县人武部) or one of
    the names a signature line is made of (problem_cues.json "author_heading_start",
    "author_signature_line"): the report's check, on one sentence, of what authored_spans found in
    the whole text (gaps29)."""
    start, line = _author_line_res()
    forms = [fold(f) for f in name_forms if f]
    m = start.match(fold(heading)) if heading else None
    if m and any(f.endswith(m.group("x")) for f in forms):
        return True
    sig = fold(signature).strip()
    return bool(sig) and line.fullmatch(sig) is not None and any(w in forms for w in sig.split())


@lru_cache(maxsize=1)
def _party_res() -> tuple[list[re.Pattern], re.Pattern]:
    raw = _raw()
    return ([re.compile(p) for p in raw.get("party_lines", ())],
            re.compile(raw.get("party_address") or "(?!)"))


def party_deictics() -> tuple[str, ...]:
    """The determiners of a mention named only as told before (problem_cues.json "party_deictics")."""
    return tuple(_raw().get("party_deictics", ()))


def party_spans(text: str, address: bool = True) -> list[tuple[int, int]]:
    """(start, end) in `text` of the party a penalty decision or a notice is addressed to: its line
    当事人:青山置业有限公司 or the salutation 青山置业有限公司: (problem_cues.json "party_lines", group x),
    the first such line that the text goes on to address as 你公司, 你单位, 当事人 ("party_address").
    A problem clause after it that names no body of its own is the party's (gaps38): the decision
    speaks to it, so 该项目未按要求修建…, 仍未补交, 上述行为违反了… need not repeat its name.
    `address=False`: every party line of `text`, addressed or not (the report's check of one stored
    sentence, whose document extraction already read whole)."""
    if address and "事人" not in text and "你" not in text and "贵" not in text and "貴" not in text:
        return []  # (no address term in either script, 当事人/當事人: the common case costs four tests)
    t = fold(text)
    lines, addressed = _party_res()
    found = sorted((m.span("x") for pat in lines for m in pat.finditer(t)), key=lambda x: x[0])
    if not address:
        return found
    return next(([x] for x in found if addressed.search(t, x[1])), [])


def _frame_spans(text: str, patterns: list[re.Pattern]) -> list[tuple[int, int]]:
    """Group x of every match of `patterns` in folded `text`, in text order, but not a check told as
    the past of the story (its sentence opens 此前，在…巡察期间: "inspection_past", a fix's backstory)."""
    t = fold(text)
    past = tuple(_raw().get("inspection_past", ()))
    return sorted(m.span("x") for pat in patterns for m in pat.finditer(t)
                  if not _sentence_head(t, m.start()).startswith(past))


def _sentence_head(t: str, at: int) -> str:
    """The sentence of `t` that holds offset `at`, from its start (after 。！？ or a line break)."""
    start = max(t.rfind(c, 0, at) for c in "。！？!?\n") + 1
    return t[start:at].lstrip(" \u3000\"“”")


def policy_not_holder(sentence: str, end: int) -> bool:
    """Whether a policy, plan or doctrine named up to `end` of a problem sentence is only the domain
    of a duty (党管武装责任压得不实, …制度落实过程中没有亲自抓) or what is lacking (十四五规划尚未编制):
    problem_cues.json "policy_not_holder" right after it (a quote mark or 的 between allowed). Its
    problem is the duty bearer's or the drafting body's, not the policy's (gaps17)."""
    after = fold(sentence[end : end + 8]).lstrip("”’」》的")
    return any(after.startswith(w) for w in _raw().get("policy_not_holder", ()))


_CLAUSE_HEAD = re.compile(r"^[^,，;；:：]*[,，;；:：]?")


def reports_speech(clause: str) -> bool:
    """Whether a problem clause reports what someone said (认为, 指出 …: problem_cues.json
    "speech_verbs") or found (an inspection's frame joined to it, 检查后发现，…: "finder_frames",
    `problem_clauses`): the problem is not the speaker's nor the inspector's, so their subject is
    not carried."""
    t = fold(clause)
    if any(w in t for w in _raw().get("speech_verbs", ())):
        return True
    frame = _cue_res()["finder_frames"].search(t, 0, _CLAUSE_HEAD.search(t).end())
    return frame is not None  # 检查组…检查后发现，X存在…问题: the inspector found it, X has it (gaps13)


def national_topic(text: str) -> bool:
    """Whether a problem clause (with the sentence before it) speaks of national or world affairs
    (当今世界, 国际, 我国 …: problem_cues.json "national_topics"): such a problem is no local
    body's, so it is not given to the document's own place (gaps9)."""
    t = fold(text)
    return any(w in t for w in _raw().get("national_topics", ()))


def document_place_min() -> int:
    """How many times a document must name a place as its topic for a problem clause that names
    no body to be given to it (problem_cues.json "document_place_min"): a place named once (a
    firm's city in a national feature) is no place the document speaks for."""
    return int(_raw().get("document_place_min", 2))


def national_place(name: str) -> bool:
    """Whether a place name is the country or the world (中国, 全国: "national_places"), never
    the place a local document speaks for."""
    return fold(name) in _raw().get("national_places", ())


LEVELS = ("province", "city", "county")  # ingest.metadata's place ranks 0, 1, 2


def deictic_level(clause: str) -> str:
    """The level of the jurisdiction a clause speaks for by a deictic (我省 → province, 全市 → city:
    problem_cues.json "deictic"), or ""."""
    t = fold(clause)
    for level, words in _raw().get("deictic", {}).items():
        if any(w in t for w in words):
            return level
    return ""


def deictic_thing(clause: str) -> bool:
    """Whether a clause's subject is a deictic to a thing (该陵园, 该项目: problem_cues.json
    "deictic_thing"), not to a jurisdiction (该县, 该市)."""
    return bool(_deictic_thing_re().search(fold(clause)))


@lru_cache(maxsize=1)
def _deictic_thing_re() -> re.Pattern:
    return re.compile(_raw().get("deictic_thing", "(?!)"))


def deictic_act(clause: str) -> bool:
    """Whether a clause's subject is a deictic to an act told before (这种做法, 上述行为, 其行为:
    problem_cues.json "deictic_act", gaps32): the violation it states is the doer's, not a place's."""
    return bool(_deictic_act_re().search(fold(clause)))


@lru_cache(maxsize=1)
def _deictic_act_re() -> re.Pattern:
    return re.compile(_raw().get("deictic_act", "(?!)"))


BackRef = tuple[int, tuple[str, ...], tuple[str, ...]]  # (offset, entity types, name heads)


def back_references(text: str) -> list[BackRef]:
    """Where `text` refers back to an entity named before it (该县, 该州, 该公司, 公司本身:
    problem_cues.json "back_references", gaps25), in text order: (offset of the reference, the types
    the entity may have, the heads its name may end with; none listed: any). A problem clause that
    names no holder of its own states the problem of the entity it refers to."""
    t = fold(text)
    if "该" not in t and "本身" not in t and "自身" not in t:  # the common case: one test per clause
        return []
    return sorted((m.start(), types, heads) for pat, types, heads in _back_ref_res()
                  for m in pat.finditer(t))


def back_reference_word(text: str, at: int) -> str:
    """The words of the back reference (back_references) at offset `at` of `text` (该县, 公司本身),
    as written: what a reader is shown of it (ux4)."""
    t = fold(text)
    for pat, _types, _heads in _back_ref_res():
        if m := pat.match(t, at):
            return text[m.start():m.end()]
    return ""


def deictic_word(clause: str) -> str:
    """The deictic of its own jurisdiction a clause speaks by (我市, 全县: problem_cues.json
    "deictic", the first in the clause), or "" (ux4: shown to a reader beside deictic_level)."""
    t = fold(clause)
    found = [(t.index(w), w) for words in _raw().get("deictic", {}).values() for w in words if w in t]
    return clause[min(found)[0]:min(found)[0] + len(min(found)[1])] if found else ""


@lru_cache(maxsize=1)
def _back_ref_res() -> tuple[tuple[re.Pattern, tuple[str, ...], tuple[str, ...]], ...]:
    return tuple((re.compile(p), tuple(types), tuple(heads))
                 for p, types, heads in _raw().get("back_references", ()))


def refers_to(name: str, typ: str, ref: BackRef) -> bool:
    """Whether an entity (its name and type) is one a back reference (back_references) may mean."""
    _at, types, heads = ref
    return typ in types and (not heads or fold(name).endswith(heads))


@lru_cache(maxsize=4096)
def place_level(name: str) -> str:
    """province / city / county of a place name: the gazetteer's rank when it knows the whole name,
    else the name's suffix (place_suffixes: 青山省 → province), else ""."""
    from ingest.metadata import place_mentions  # (the gazetteer the document metadata reads)

    found = [(pos, short, rank) for pos, _s, short, rank in place_mentions(name) if pos == 0]
    if found and len(found[0][1]) >= len(name.rstrip("省市县区")) and found[0][2] < len(LEVELS):
        return LEVELS[found[0][2]]
    for level, ends in _raw().get("place_suffixes", {}).items():
        if any(name.endswith(e) for e in ends):
            return level
    return ""


def place_is_topic(sentence: str, start: int, end: int) -> bool:
    """Whether the place named at [start, end) of `sentence` is what the sentence is about, not a
    venue, destination or yardstick ("在青山召开", "仅为西川的1/8", "与东川相比": problem_cues.json
    "place_topic"). A problem clause that names no body states the problem of its topic place."""
    rules = _raw().get("place_topic", {})
    before, after = fold(sentence[max(0, start - 3) : start]), fold(sentence[end : end + 4])
    return not before.endswith(tuple(rules.get("not_after", ()))) and not any(
        w in after for w in rules.get("not_before", ())
    )


try:  # a spaCy component when spaCy is present (it always is in the pipeline; tests may import bare)
    from spacy.language import Language
    from spacy.tokens import Doc

    if not Doc.has_extension("sentence_modalities"):
        Doc.set_extension("sentence_modalities", default=None)

    @Language.component("mcf_modality")
    def modality_component(doc: Doc) -> Doc:
        """Tag each sentence of the doc with its modality (doc._.sentence_modalities)."""
        doc._.sentence_modalities = [classify(s.text) for s in doc.sents]
        return doc

except ImportError:  # pragma: no cover
    pass
