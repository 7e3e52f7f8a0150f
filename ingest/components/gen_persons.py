"""Generator `persons`: person names from titles, bylines, speech verbs, name lists and 同志.

Sources: `rule:person:title`, `rule:person:byline`, `rule:person:name_title`, … and
`rule:person:repeat` for every later occurrence of a name found once.
"""

from __future__ import annotations

import re

from ingest.components import occurrences, segment
from ingest.components.candidate import CJK, Cand, coverage, is_cjk
from ingest.components.lexicon import data_lines, title_words
from ingest.components.name_context import LIST_ITEM_ENDS, NameContext
from ingest.components.name_rules import (
    ACTS_AFTER_NAME,
    ADVERBS_BEFORE_ZAI,
    AFTER_VERB_WORDS,
    BYLINE_CREDIT,
    BYLINE_CREDIT_WORDS,
    BYLINE_SPACED,
    BYLINE_TITLES,
    CLOSING_BYLINE,
    DOTTED_AFTER_NOUNS,
    HEAD_INFO,
    LEADERS_LIST_RE,
    LIST_GOES,
    MEMBER_SPEAKS,
    NAME_AFTER_BODY,
    NAME_AFTER_DEPARTMENT,
    NAME_CLAUSE_START,
    NAME_ITEMS,
    NAME_LEFT_EDGE,
    NAME_LIST_RE,
    NAME_RUN,
    NAME_TITLE_AFTER_VERB,
    ORG_TYPES,
    PERSONS_RE1,
    PERSONS_RE2,
    PERSONS_RE3,
    PERSONS_RE4,
    PERSONS_RE5,
    PERSONS_RE6,
    PERSONS_RE7,
    POST_TAKEN,
    PROFILE_SEX,
    REPORTED_BY,
    REPORTED_BY_WORDS,
    SALUTATION_NAMES,
    SLASH_BYLINE,
    SPACED_BYLINE_WORDS,
    SPEECH_VERBS,
    STOP_CHARS,
    SURNAMELESS_ACTS,
    SURNAMELESS_NOT_AFTER,
    VERB_TITLES,
)
from ingest.components.prefilter import Prefiltered
from ingest.components.trie_regex import WordMatcher

_NAME_DOTS = re.compile("[·•‧・]")  # the dots of a transcribed name (compiled at import)


# name + speech verb at a clause start: 张效廉在…, 唐登杰说 (compiled once, at import)
_SPEAKER = Prefiltered(re.compile(  # (tried only after a clause start: prefilter)
    r"(?:^|(?<=[\s。，,；;：:!！?？」”]))([" + CJK + r"]{2,3}?)(?=在|说|表示|指出|强调|介绍)", re.M
))

# the names found so far, each with the rule that found it first (its later mentions are repeats)
Names = dict[str, str]


def persons(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """Person candidates from every person rule, in a fixed order, then every repeat of a name.

    The rules run one after another over the whole text and append to one list; the order matters
    (the first rule that finds a name names its source, and later rules see the same coverage), so
    each rule is a function of its own called here in the order the rules were written.
    """
    covered = coverage(len(t), chosen)
    out: list[Cand] = []
    names: Names = {}
    _title_names(ctx, t, covered, out, names)
    _descriptor_names(ctx, t, covered, out, names)
    _org_names(ctx, t, chosen, out, names)
    _byline_names(ctx, t, covered, out, names)
    _clause_names(ctx, t, covered, out, names)
    _body_title_names(ctx, t, chosen, covered, out, names)
    _post_names(ctx, t, covered, out, names)
    _comrade_and_list_names(ctx, t, covered, out, names)
    _profile_names(ctx, t, covered, out, names)
    # X同志, X司令员: anonymised persons
    for m in PERSONS_RE7.finditer(t):
        out.append(Cand(m.start(), m.end(), "Person", "rule:person:placeholder", 0.6, priority=3))
    _settle_lengths(ctx, t, names, out)
    _repeats(t, covered, out, names)
    return out


def _add(out: list[Cand], names: Names, s: int, e: int, source: str, conf: float, priority: int,
         key: str) -> None:
    """One person candidate, its name remembered under the first rule that found it."""
    out.append(Cand(s, e, "Person", source, conf, priority=priority))
    names.setdefault(key, source.rsplit(":", 1)[1])


def _title_names(ctx: NameContext, t: str, covered: bytearray, out: list[Cand], names: Names) -> None:
    """title + name: 局长张克俭, 记者 周羽 (a byline title takes a list of names after it)."""
    # (the title words by Aho-Corasick: the same leftmost-longest matches as title_re.finditer,
    # whose scan tested every character of the text against the titles' first characters)
    for m_start, s, title in ctx.title_words.finditer(t):
        while s < len(t) and t[s] in " \u3000:：":
            s += 1
        if t[s:s + 1] == "”" and "“" in t[max(0, m_start - 8):m_start + 1]:
            s += 1  # “一等功臣”某某: a quoted honour before the name
        s = _after_bracketed_post(ctx, t, s)
        if title in BYLINE_TITLES:
            _byline_list(ctx, t, s, covered, out, names)
            continue
        if title == "代表" and not (s < len(t) and t[s - 1] == "代" or True):
            continue
        if t[s:s + 1] in "由为是" or t[s:s + 1] == "任" and (
                ctx.title_re.match(t, s + 1) or t.startswith(("副", "成员", "委员"), s + 1)):
            continue  # 组长由市长担任, 市长任组长: a preposition, copula or 任, not a surname
        first = ctx._name_at(t, s, titled=True)  # (the list after the title opens with it too)
        nm = _transcribed_whole(ctx, t, s, first)
        if title in VERB_TITLES and nm in ctx.common_nr:
            continue  # 代表荣誉的…: a verb and a common word jieba tags as a name
        if nm and not covered[s]:
            out.append(Cand(s, s + len(nm), "Person", "rule:person:title", 0.85, priority=3))
            names.setdefault(nm, "rule:person:title")  # (this rule alone keeps its whole source)
        elif not nm and not covered[s] and title not in SURNAMELESS_NOT_AFTER:
            bare = _surnameless_titled(ctx, t, s)
            if bare:
                _add(out, names, s, s + len(bare), "rule:person:title", 0.7, 3, bare)
        w = t[s:s + 2]
        if w in ctx.place_words and w[0] in ctx.lex.surnames1 and not covered[s] \
                and (t.startswith(SPEECH_VERBS, s + 2) or t[s + 2:s + 3] in ("、", "，", ",", "。")):
            # 市长常德、: a person whose two-character name is also a place, right after a title
            _add(out, names, s, s + 2, "rule:person:title", 0.75, 3, w)
        _title_list(ctx, t, s, covered, out, names, first)


# everyday nouns of persons (titles.tsv `descriptor`: 烈士, 民兵, 哨兵 …), matched once at import
_DESCRIPTORS = WordMatcher(title_words("descriptor"))
_DESCRIPTOR_WORDS = tuple(_DESCRIPTORS.words)  # (a few substring tests decide whether to scan at all)


def _descriptor_names(ctx: NameContext, t: str, covered: bytearray, out: list[Cand], names: Names) -> None:
    """烈士甲某, 民兵乙某某作为代表发言, 哨长丙某某带领…: a strictly plausible name right after an
    everyday noun of persons. Why strict: such a noun opens a unit's or a site's name far more often
    than a person's (民兵应急连, 烈士陵园, 队员向边境…), so only a known surname with a given name that
    is no dictionary word is a name (the title rules' looser test read 烈士荣光 and 民兵应急排 as
    persons: READ u55, u57): a given name jieba knows as a word met 20 times or more (队员向|边民) or a
    two-character name that is a word (荣光) is none."""
    if not any(w in t for w in _DESCRIPTOR_WORDS):
        return
    jw = ctx.lex.jieba_words
    for _s, e, _w in _DESCRIPTORS.finditer(t):
        if e >= len(t) or covered[e]:
            continue
        nm = ctx._name_at(t, e, titled=True)
        if not nm or not ctx._plausible_name(nm, strict=True) or ctx._word_at(t, e) \
                or len(nm) == 2 and nm in jw or nm[-2:] in jw and jw[nm[-2:]][0] >= 20:
            continue
        _add(out, names, e, e + len(nm), "rule:person:descriptor", 0.7, 3, nm)


def _surnameless_titled(ctx: NameContext, t: str, s: int) -> str:
    """A titled name with no known surname (副司令员洛桑平措出席, 部长甘松青主持, 副主任次旦、副参谋长…):
    a run of two to four characters after the title, closed by an attendee's act or by a list comma
    and the next title (name_rules.SURNAMELESS_ACTS), that could be a name (ctx._loose_name: no
    word, place or body) and holds no stop character, numeral, title or dictionary word of two
    characters or more but a name (党委常委议军、坚持: a verb; 司令员一职: a numeral); else ""."""
    for k in (2, 3, 4):
        e = s + k
        nxt = e + 2 if t[e + 1:e + 2] == "副" else e + 1  # (、副参谋长: the title list lacks 副参谋长)
        if e > len(t) or not (t.startswith(SURNAMELESS_ACTS, e)
                              or t[e:e + 1] in ("、", "，", ",") and ctx.title_re.match(t, nxt)):
            continue
        run = t[s:e]
        if not ctx._loose_name(run) or any(c in STOP_CHARS for c in run) or ctx.title_re.search(run) \
                or ctx._place_at(t, s) or _has_dictionary_word(ctx, run):
            return ""
        return run
    return ""


def _has_dictionary_word(ctx: NameContext, run: str) -> bool:
    """Does the run hold a numeral or a dictionary word of two characters or more, met 20 times or
    more in jieba's counts, that is no name (一职 starts with a numeral; 议军 is a verb)? A
    Tibetan name's syllables are rare words there (顿珠, 旺堆), or tagged as names."""
    jw = ctx.lex.jieba_words
    if any((jw.get(c) or (0, ""))[1][:1] == "m" for c in run):
        return True
    return any(len(tok) >= 2 and tok in jw and jw[tok][0] >= 20 and not jw[tok][1].startswith("nr")
               for tok in segment.lcut(run, HMM=False))


def _after_bracketed_post(ctx: NameContext, t: str, s: int) -> int:
    """Where the name starts after a second post in brackets: 副主任(青山中心主任)甲某, 局长(人防办主任)乙某
    (the bracket closes on a title, and a name starts right after it); else s."""
    if t[s:s + 1] not in ("(", "（"):
        return s
    close = min((i for i in (t.find(")", s, s + 22), t.find("）", s, s + 22)) if i > s), default=-1)
    if close < 0 or not any(ctx.title_re.fullmatch(t[close - k:close]) for k in (2, 3, 4)):
        return s
    return close + 1 if ctx._name_at(t, close + 1, titled=True) else s


def _two_names_run(ctx: NameContext, t: str, j: int) -> str:
    """The first of two names written together in a byline bracket, (通讯员甲飞乙清海): a run of four
    to six characters closed by the bracket that splits into two names (ctx._segment_names); else ""."""
    e = j
    while e < len(t) and is_cjk(t[e]) and e - j <= 6:
        e += 1
    if not 4 <= e - j <= 6 or t[e:e + 1] not in (")", "）"):
        return ""
    parts = ctx._segment_names(t[j:e])
    return parts[0][1] if len(parts) == 2 else ""


def _byline_closing_name(ctx: NameContext, t: str, j: int) -> str:
    """The last name of a byline when its surname is no Han one (责编:怡某, 责任编辑:孙某 热汗某丽,
    (记者 田某斯 青普某)): the whole run up to the line's end or the bracket's close, a name of two to
    four characters that is no word, place or body (ctx._loose_name) and ends in no common word
    (作者:青山老师: a pen name of a word). The caller takes it after a colon or after a first name
    (记者专访时表⏎: a sentence's 记者, no byline)."""
    e = j
    while e < len(t) and is_cjk(t[e]) and e - j <= 4:
        e += 1
    run = t[j:e]
    if t[e:e + 1] not in ("", "\n", ")", "）") or not ctx._loose_name(run) \
            or run.endswith(_BYLINE_BODY_ENDS) or len(run) > 2 and ctx.lex.is_common_word(run[-2:], 300):
        return ""
    return run


# the last characters of a body named in a byline's place (新华网, 青山日报社, 电视台): no person
_BYLINE_BODY_ENDS = ("网", "报", "社", "台", "刊", "站", "部", "办", "中心")


def _transcribed_whole(ctx: NameContext, t: str, s: int, nm: str) -> str:
    """A titled three-character name that runs on, with no word, stop or title, for one or two more
    characters to a boundary is a transcribed name read as surname + given name (省委书记巴音朝鲁、,
    旗领导阿拉腾朝鲁、, 村民桑杰曲巴和…: Mongolian, Tibetan): the whole run, when it holds no common
    word; else nm."""
    e0 = s + len(nm)
    if len(nm) != 3 or nm[:2] in ctx.lex.surnames2 or not _runs_on(ctx, t, e0):
        return nm
    for e in (e0 + 1, e0 + 2):
        c = t[e:e + 1]
        if not c or c in LIST_ITEM_ENDS or c in STOP_CHARS or ctx.title_re.match(t, e):
            run = t[s:e]
            ok = not _has_common_word(ctx, run) and not ctx._place_at(t, e0) \
                and ctx.lex.jieba_words.get(run, (0, "nr"))[1][:1] not in "ilvad"  # (高瞻远瞩: an idiom)
            return run if ok else nm
        if not _runs_on(ctx, t, e):
            return nm
    return nm


def _runs_on(ctx: NameContext, t: str, i: int) -> bool:
    """Does a name's character follow at i: a CJK character that is no stop character, no verb or
    function word of its own (率, 任, 作, 带: 甲某某率团) and starts no word, stop word, title or speech
    verb?"""
    c = t[i:i + 1]
    if not c or not is_cjk(c) or c in STOP_CHARS:
        return False
    fp = ctx.lex.jieba_words.get(c)
    if fp and fp[1][:1] in _NOT_IN_TRANSCRIPTION:
        return False
    return not ctx._word_at(t, i) and not ctx._stop_word_at(t, i) and not ctx.title_re.match(t, i) \
        and not t.startswith(SPEECH_VERBS, i)


# jieba tags of characters that stand as words of their own after a name (verbs, pronouns, adverbs,
# prepositions, conjunctions, particles, numerals, measure words, distinguishers), never read as the
# syllable of a transcribed name
_NOT_IN_TRANSCRIPTION = ("v", "r", "d", "p", "c", "u", "m", "q", "b")


def _verb_ends_at(ctx: NameContext, t: str, e: int) -> bool:
    """Does a two-character verb, adverb, preposition or conjunction end at e (还有|甲某)?"""
    fp = ctx.lex.jieba_words.get(t[e - 2:e]) if e >= 2 else None
    return bool(fp) and fp[1][:1] in ("v", "d", "p", "c")


def _byline_list(ctx: NameContext, t: str, s: int, covered: bytearray, out: list[Cand],
                 names: Names) -> None:
    """A byline list after a byline title: 记者 周羽、王雪薇 (up to four names)."""
    j = s
    for k in range(4):
        # a later item of the list is a name when it ends at the list's bounds (责编:甲某、宋元), even if
        # its characters also spell a word
        nm = _two_names_run(ctx, t, j) or ctx._name_at(t, j) \
            or (k > 0 and ctx._name_at(t, j, titled=True, in_list=True)) \
            or (k > 0 or t[j - 1:j] in ":：") and _byline_closing_name(ctx, t, j)
        if not nm or covered[j] or nm.endswith("网"):
            break  # (编辑:某某网: the news site in the editor's place, ent44)
        _add(out, names, j, j + len(nm), "rule:person:byline", 0.85, 3, nm)
        j += len(nm)
        if j < len(t) and t[j] in "、,， ":
            j += 1
        else:
            break


def _title_list(ctx: NameContext, t: str, s: int, covered: bytearray, out: list[Cand],
                names: Names, first: str | None = None) -> None:
    """The further names of a list after one title: 副市长甲、乙和丙出席. `first`: the caller's
    `ctx._name_at(t, s, titled=True)`, when it has it (the same name, not looked for twice)."""
    j = s
    nm = ctx._name_at(t, j, titled=True) if first is None else first
    while nm and t[j + len(nm):j + len(nm) + 1] == "、":
        j += len(nm) + 1
        # inside a list of names after a title each item is a name when it ends at a
        # boundary (、 , 等 出席 …), even if its characters also spell a word (张宏伟)
        nm = _transcribed_whole(ctx, t, j, ctx._name_at(t, j, strict=True) or ctx._name_at(t, j, titled=True)
                                or ctx._name_at(t, j, titled=True, in_list=True))
        if nm and (nm.endswith("领导") or ctx.title_re.fullmatch(nm)):
            break  # 会长李明、区领导高某东: the next item opens with a title, it is no name
        if nm and not covered[j]:
            _add(out, names, j, j + len(nm), "rule:person:title_list", 0.7, 3, nm)
    # 副市长甲、乙和丙出席: the last item after 和/及 when it is a name closed by a boundary
    if nm and j > s and t[j + len(nm):j + len(nm) + 1] in ("和", "及"):
        k = j + len(nm) + 1
        last = ctx._name_at(t, k, strict=True)
        if last and not covered[k] and ctx._boundary_after(t, k + len(last)):
            _add(out, names, k, k + len(last), "rule:person:title_list", 0.65, 3, last)


def _org_names(ctx: NameContext, t: str, chosen: list[Cand], out: list[Cand], names: Names) -> None:
    """organisation + name + separator: 浙江省军民融合办王强、 (the body's member, named after it)."""
    for c in chosen:
        if c.type != "Person" and c.end < len(t):
            s = c.end + 1 if t[c.end] == "的" else c.end
            nm = ctx._name_at(t, s, strict=True)
            after = t[s + len(nm): s + len(nm) + 1] if nm else ""
            if nm and (after in ("、", "等", ",", "，") or (s > c.end and after in ("在", "说"))):
                _add(out, names, s, s + len(nm), "rule:person:org", 0.75, 3, nm)


def _byline_names(ctx: NameContext, t: str, covered: bytearray, out: list[Cand], names: Names) -> None:
    """Bylines of every form: garbled ones, 报道/讯/审 credits, bracketed names, closing names."""
    # garbled bylines: (记?周琳?
    for m in PERSONS_RE1.finditer(t):
        nm = ctx._name_at(t, m.end())
        if nm:
            _add(out, names, m.end(), m.end() + len(nm), "rule:person:byline", 0.8, 3, nm)
    if "报道" in t:
        for m in REPORTED_BY.finditer(t):
            items = [_without_byline_word(x.start() + m.start(1), x.group())
                     for x in PERSONS_RE2.finditer(m.group(1)) if x.group() not in BYLINE_TITLES]
            if items and all(ctx._plausible_name(nm, in_list=True) for _, nm in items):
                for s, nm in items:
                    if not covered[s]:
                        _add(out, names, s, s + len(nm), "rule:person:byline", 0.8, 3, nm)
    if "讯" in t or "审" in t:
        for m in BYLINE_CREDIT.finditer(t):
            nm = m.group(1)
            if not covered[m.start(1)] and ctx._plausible_name(nm, in_list=True):
                _add(out, names, m.start(1), m.end(1), "rule:person:byline", 0.8, 3, nm)
    # bylines: 电(宋敏涛陈正) / (林玲) / 李南轩 摄 / 责任编辑:黄今
    for m in PERSONS_RE3.finditer(t):
        for s, nm in ctx._split_names(t, m.start(1), m.group(1)):
            _add(out, names, s, s + len(nm), "rule:person:byline", 0.85, 3, nm)
    if any(w in t for w in SPACED_BYLINE_WORDS):
        for s, nm in _spaced_byline(ctx, t):
            if not covered[s]:
                _add(out, names, s, s + len(nm), "rule:person:byline", 0.8, 3, nm)
    # a byline closing a paragraph: …新局面。(冯小舒)
    for m in CLOSING_BYLINE.finditer(t):
        found = [(s, nm) for s, nm in ctx._split_names(t, m.start(1), m.group(1))
                 if ctx._plausible_name(nm)]
        for s, nm in found:
            _add(out, names, s, s + len(nm), "rule:person:byline", 0.75, 3, nm)


def _spaced_byline(ctx: NameContext, t: str) -> list[tuple[int, str]]:
    """The names of a byline set apart by spaces (通讯员 甲某 乙某⏎, 记者 丙某 摄): each item that is
    no byline word is a name when it could be one with a known surname (in a list), when it is a
    loose name (a Tibetan name, no known surname: ctx._loose_name) that starts no place, or when it
    opens with a known surname though it is spelt like a place (田阳) and another item of the same
    byline is a name."""
    found: list[tuple[int, str]] = []
    for m in BYLINE_SPACED.finditer(t):
        items = [(s, w) for s, w in _spaced_items(ctx, t, m.start(1), m.group(1))
                 if w not in BYLINE_CREDIT_WORDS and not w.endswith(SPACED_BYLINE_WORDS)
                 and not ctx.lex.is_common_word(w, 20)]  # (摄影 甲某 文字 乙某: a word, no name)
        named = [ctx._plausible_name(_SPACES.sub("", nm), in_list=True) for _, nm in items]
        for (s, nm), ok in zip(items, named, strict=True):
            if ok or ctx._loose_name(nm) and not ctx._place_at(t, s) \
                    or sum(named) >= 1 and len(nm) <= 3 and nm[0] in ctx.lex.surnames1:
                found.append((s, nm))
    return found


_SPACES = re.compile("[ \u3000]")  # (the spaces inside a spaced name: 甲 乙)
_CREDIT_CHARS = "文图摄"  # the one-character credit words of a byline (文 甲某, 甲某 摄)


def _spaced_items(ctx: NameContext, t: str, at: int, run: str) -> list[tuple[int, str]]:
    """The items of a spaced byline (start, text): a known surname and one character set apart by one
    or two spaces is one name as the page writes it (记者 甲 乙: a two-character name in the width of
    three); another lone character is the credit word of the next name (摄影 甲某 文 乙某), no item."""
    parts = [(at + x.start(), x.group()) for x in PERSONS_RE2.finditer(run)]
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(parts):
        s, w = parts[k]
        if len(w) == 1:
            if k + 1 < len(parts) and len(parts[k + 1][1]) == 1 and w in ctx.lex.surnames1 \
                    and parts[k + 1][1] not in _CREDIT_CHARS:
                out.append((s, t[s:parts[k + 1][0] + 1]))
                k += 1
            k += 1
            continue
        out.append((s, w))
        k += 1
    return out


def _clause_names(ctx: NameContext, t: str, covered: bytearray, out: list[Cand], names: Names) -> None:
    """Names placed by the clause around them: before 为 + a title, a photo credit, a speech verb,
    a title after the name, a verb before a name and title."""
    # 以张三为理事长的…: the name before 为 + a title
    for m in PERSONS_RE4.finditer(t):
        nm = m.group(1)
        if not covered[m.start(1)] and ctx._plausible_name(nm, titled=True):
            _add(out, names, m.start(1), m.end(1), "rule:person:title", 0.7, 3, nm)
    for m in PERSONS_RE5.finditer(t) if "摄" in t else ():  # (a photo credit: 摄 in the text)
        nm = m.group(1)
        if ctx._plausible_name(nm):
            _add(out, names, m.start(1), m.end(1), "rule:person:photo", 0.8, 3, nm)
    # name + speech verb at a clause start: 张效廉在…, 唐登杰说
    for m in _SPEAKER.finditer(t):
        nm = m.group(1)
        if len(nm) == 3 and nm[-1] in ADVERBS_BEFORE_ZAI and t[m.end(1):m.end(1) + 1] == "在":
            nm = nm[:2]  # 青山早在…, 甲某正在…: an adverb before 在, not the name's last character
        if ctx._plausible_name(nm, strict=True) and not covered[m.start(1)]:
            _add(out, names, m.start(1), m.end(1), "rule:person:speaker", 0.6, 1, nm)
    _acting_names(ctx, t, covered, out, names)
    # name + title at a clause start: 刘和生市长实地查看, 王君师书记结合…
    for m in ctx.name_title_matches(t):  # (name_title_re.finditer's matches)
        nm = m.group(1)
        if ctx._name_at(t, m.end()):
            continue  # 南钢总工程师楚觉非: the name follows the title; what precedes is a body
        if not covered[m.start(1)] and ctx._plausible_name(nm, strict=True):
            _add(out, names, m.start(1), m.end(1), "rule:person:name_title", 0.65, 1, nm)
    # 传达学习张钦锋司令员讲话, 开创者聂荣臻元帅: name + title right after a verb or 者
    # (the pattern needs one of its verbs before the name: a text without any is not scanned)
    for m in NAME_TITLE_AFTER_VERB.finditer(t) if any(w in t for w in AFTER_VERB_WORDS) else ():
        nm = m.group(1)
        if not covered[m.start(1)] and ctx._plausible_name(nm, strict=True):
            _add(out, names, m.start(1), m.end(1), "rule:person:name_title", 0.6, 1, nm)


def _profile_names(ctx: NameContext, t: str, covered: bytearray, out: list[Cand], names: Names) -> None:
    """甲某某,男,1990年出生 / 乙某，女，汉族: the name a profile opens with, right before the sex
    (name_rules.PROFILE_SEX). Notices that list offenders, casualties or staff write no title before
    the name, and an anonymised one (甲某乙) is no word jieba knows; the mark after it is what places
    it. The three-character reading first (分别是甲某乙: a copula before the name is no surname), then
    the two-character one, each a plausible name (a known surname)."""
    if "男" not in t and "女" not in t:
        return
    for m in PROFILE_SEX.finditer(t):
        p = m.start()
        for k in (3, 2):
            s = p - k
            if s < 0 or covered[s] or s > 0 and t[s - 1] == "·":
                continue
            nm = t[s:p]
            whole = k == 2 or t[s - 1:s] in NAME_CLAUSE_START \
                or not ctx._plausible_name(nm[1:], in_list=True)  # (是张欣: the two are the name)
            if whole and ctx._plausible_name(nm, in_list=True):
                _add(out, names, s, p, "rule:person:profile", 0.7, 2, nm)
                break


_ACTS_OF: list = [None, ()]  # (the text last scanned, its acts)


def _acts(t: str) -> tuple[re.Match, ...]:
    """The acts of name_rules.ACTS_AFTER_NAME in a text: `_acting_names` and `_lists_before_acts`
    both read them, so a document is scanned for them once, not twice (speed13; the last text's
    acts are kept, asked by identity: no hash of the text)."""
    if _ACTS_OF[0] is not t:
        _ACTS_OF[:] = [t, tuple(ACTS_AFTER_NAME.finditer(t))]
    return _ACTS_OF[1]


def _acting_names(ctx: NameContext, t: str, covered: bytearray, out: list[Cand], names: Names) -> None:
    """甲某主持, 乙某作了…报告, 丙某专题汇报了: a strictly plausible name of two or three characters
    between a clause start (or a list comma) and what a person does (name_rules.ACTS_AFTER_NAME).
    The acts are found first (rare words), then the name before each."""
    for m in _acts(t):
        p = m.start()
        for k in (2, 3):
            s = p - k
            if s < 0 or s > 0 and t[s - 1] not in NAME_CLAUSE_START or covered[s]:
                continue
            nm = t[s:p]
            if ctx._plausible_name(nm, strict=True):
                _add(out, names, s, p, "rule:person:speaker", 0.6, 1, nm)
                break


def _body_title_names(ctx: NameContext, t: str, chosen: list[Cand], covered: bytearray, out: list[Cand],
                      names: Names) -> None:
    """某省发改委杨某博士说, 某某公司科技部李某部长代表…: a name between a body (or its
    department) and a title. The body may be a zone (青山经开区甲某主任主持: its head), or a department
    opening a list item (、教务处乙某处长): the body is then the one the list is about; ent44: a bureau,
    a centre, a zone or an institute the recogniser left bare (、科技厅甲某厅长, 由开发区乙某主任主持)."""
    bodies = [c.end for c in chosen if c.type in ORG_TYPES or c.type == "IndustrialPark"]
    found = [m for m in (NAME_AFTER_BODY.match(t, e) for e in bodies) if m is not None]
    found += list(NAME_AFTER_DEPARTMENT.finditer(t))  # (ent44: 区 in nearly every text, no guard)
    for m in found:
        nm = m.group(2)
        if not covered[m.start(2)] and not nm.endswith(_NAME_HEADS) \
                and ctx._plausible_name(nm, titled=True) and not ctx._word_at(t, m.start(2)):
            # (园区党工委书记: a body's organ between the body and the title, not a name)
            _add(out, names, m.start(2), m.end(2), "rule:person:body_name_title", 0.6, 1, nm)


def _post_names(ctx: NameContext, t: str, covered: bytearray, out: list[Cand], names: Names) -> None:
    """A name right before a post taken (…任…) or before a member's post and a speech verb
    (周某涛委员建议): the three- or two-character name that ends there."""
    for m in POST_TAKEN.finditer(t):
        for k in (3, 2):
            s0 = m.start() - k
            if s0 < 0 or s0 > 0 and t[s0 - 1] not in " \n\t，,。；;：:" or covered[s0]:
                continue
            nm = t[s0:m.start()]
            if ctx._plausible_name(nm, strict=True):
                _add(out, names, s0, m.start(), "rule:person:takes_post", 0.65, 1, nm)
                break
    # 周某涛委员建议: a member or deputy named before the post, then speaking
    for m in MEMBER_SPEAKS.finditer(t):
        for k in (3, 2):
            s0 = m.start() - k
            if s0 < 0 or s0 > 0 and t[s0 - 1] not in NAME_LEFT_EDGE or covered[s0]:
                continue
            nm = t[s0:m.start()]
            if ctx._plausible_name(nm, strict=True) and not ctx._word_at(t, s0):
                _add(out, names, s0, m.start(), "rule:person:member_speaks", 0.65, 1, nm)
                break
    if "委员" in t or "代表" in t:
        _salutation_names(ctx, t, covered, out, names)


def _salutation_names(ctx: NameContext, t: str, covered: bytearray, out: list[Cand], names: Names) -> None:
    """甲某、乙某某委员: / 丙某代表: — a reply to proposals or suggestions opens with a line naming the
    members or deputies it answers; every item must be a name (a dotted transcribed name, 甲甲·乙乙, is one
    when both halves are two characters or more), else the line is something else (各位代表:)."""
    for m in SALUTATION_NAMES.finditer(t):
        items = m.group(1).split("、")
        multi = len(items) > 1
        if not all(_dotted_name(it) or ctx._plausible_name(it, strict=not multi, in_list=multi)
                   for it in items):
            continue
        pos = m.start(1)
        for it in items:
            if not covered[pos]:
                _add(out, names, pos, pos + len(it), "rule:person:salutation", 0.7, 2, it)
            pos += len(it) + 1


def _dotted_name(it: str) -> bool:
    """甲甲·乙乙乙: a transcribed name of two parts, each of two to six characters."""
    parts = it.split("·")
    return len(parts) == 2 and all(2 <= len(p) <= 6 for p in parts)


def _comrade_and_list_names(ctx: NameContext, t: str, covered: bytearray, out: list[Cand],
                            names: Names) -> None:
    """Names before 同志 and names in lists: bare lists closed by 出席/参加…, lists closed by
    等 + a noun of persons, lists after a leaders' title."""
    # 王君师同志: a name before 同志 (the honorific form becomes an alias when grouping)
    for m in PERSONS_RE6.finditer(t) if "同志" in t else ():
        nm = m.group(1)
        if not covered[m.start(1)] and ctx._plausible_name(nm, strict=True):
            _add(out, names, m.start(1), m.end(), "rule:person:comrade", 0.7, 2, nm)
    if "、" in t:
        _bare_name_list(ctx, t, covered, out, names)
    if "等" in t:
        for s, nm in _names_before_class(ctx, t):
            if not covered[s]:
                _add(out, names, s, s + len(nm), "rule:person:name_list", 0.65, 1, nm)
    if "领导" in t:  # the view is folded: 領導 reads 领导
        for s, nm in _leaders_list(ctx, t):
            if not covered[s]:
                _add(out, names, s, s + len(nm), "rule:person:leaders_list", 0.65, 1, nm)


def _bare_name_list(ctx: NameContext, t: str, covered: bytearray, out: list[Cand], names: Names) -> None:
    """a bare list of names closed by 等同志/出席/参加…: 张甲、李乙及有关部门负责同志参加会见; or, at a
    clause start, by what the people do (甲、乙、丙专题汇报了, 甲、乙等首先来到…: _lists_before_acts)."""
    runs = [(m.start(1), m.group(1)) for m in NAME_LIST_RE.finditer(t)] + _lists_before_acts(t)
    for s0, run in runs:
        items = run.split("、")
        starts = []
        pos = s0
        for it in items:
            starts.append(pos)
            pos += len(it) + 1
        ok = [ctx._plausible_name(it, in_list=True) for it in items]
        # 扎西某某、代某某: in a long list of names a few without a known surname are names too
        loose = [o or len(items) >= 4 and sum(ok) * 3 >= len(items) * 2 and ctx._loose_name(it)
                 for o, it in zip(ok, items, strict=True)]
        if not all(lo and not covered[st] for lo, st in zip(loose, starts, strict=True)):
            continue
        if sum(ctx._plausible_name(it) for it in items) * 2 < len(items):
            continue
        for it, st in zip(items, starts, strict=True):
            _add(out, names, st, st + len(it), "rule:person:name_list", 0.65, 1, it)


def _lists_before_acts(t: str) -> list[tuple[int, str]]:
    """(start, run) of each bare list of items (甲、乙、丙) that fills a clause up to what people do:
    an act of name_rules.ACTS_AFTER_NAME or 等 + going somewhere (LIST_GOES). The acts are found
    first (rare words), then the clause before each is matched whole; the caller checks the items."""
    found: list[tuple[int, str]] = []
    for m in (*_acts(t), *LIST_GOES.finditer(t)):
        p = m.start()
        cs = p
        while cs > 0 and p - cs <= 60 and t[cs - 1] not in _CLAUSE_MARKS:
            cs -= 1
        if (cs == 0 or t[cs - 1] in _CLAUSE_MARKS) and NAME_ITEMS.fullmatch(t, cs, p):
            found.append((cs, t[cs:p]))
    return found


# the marks a clause starts after (NAME_CLAUSE_START less the list comma the items are split by)
_CLAUSE_MARKS = frozenset(NAME_CLAUSE_START) - {"、"}


def _repeats(t: str, covered: bytearray, out: list[Cand], names: Names) -> None:
    """every other occurrence of a found name, and name+同志/总书记 forms."""
    for nm in names:
        for s, e in occurrences.spans(t, nm):
            if covered[s]:
                continue
            out.append(Cand(s, e, "Person", "rule:person:repeat", 0.7, priority=1))


def _without_byline_word(s: int, item: str) -> tuple[int, str]:
    """记者乙某 -> 乙某, 特约记者丙某 -> 丙某 (and its start): an item of a byline may open with its
    byline word."""
    for w in REPORTED_BY_WORDS:
        if item.startswith(w) and len(item) > len(w) + 1:
            return s + len(w), item[len(w):]
    return s, item


# characters that follow a name as words of their own (在, 说, 和 …): never a name's last character by
# the evidence of repetition alone
_NO_LAST = set("在说是和与及或的了着等也都还又已均经据为将把被由从向对给让使请赴到以于就受兼讲谈指表")


def _settle_lengths(ctx: NameContext, t: str, names: dict[str, str], out: list[Cand]) -> None:
    """One person, one length in a document. The rules choose two or three characters at each
    mention from what follows it; the document's other mentions say more:
    - 王定之专程… 王定之参观…: a two-character name followed at every mention (two or more) by the
      same character, and then by different words, is a three-character name (its last character
      only looked like a function word);
    - 张毅转任… 任命张毅为…: a three-character name met once, whose first two characters stand
      elsewhere closed by a boundary, is the two-character name (its last character began the
      next word)."""
    lx = ctx.lex
    for nm in list(names):
        single = nm[0] in lx.surnames1 and nm[:2] not in lx.surnames2
        new = ""
        if len(nm) == 2 and single:
            ends = [e for _, e in occurrences.spans(t, nm)]
            nxt = {t[e:e + 1] for e in ends}
            z = next(iter(nxt)) if len(nxt) == 1 else ""
            if len(ends) >= 2 and is_cjk(z) and z not in _NO_LAST and nm + z not in names \
                    and len({t[e + 1:e + 3] for e in ends}) == len(ends) \
                    and not any(ctx._word_at(t, e) or ctx._stop_word_at(t, e) or ctx.title_re.match(t, e)
                                for e in ends) \
                    and ctx._plausible_name(nm + z, titled=True):
                new = nm + z
        elif len(nm) == 3 and single and nm[:2] not in ctx.place_words:
            if sum(1 for _ in occurrences.spans(t, nm)) == 1 and any(
                    t[e:e + 1] != nm[2] and _name_start(ctx, t, s)
                    and (t[e:e + 1] in STOP_CHARS or ctx._boundary_after(t, e))
                    for s, e in occurrences.spans(t, nm[:2])):
                new = nm[:2]
        if not new:
            continue
        names.setdefault(new, names.pop(nm))
        for i, c in enumerate(out):
            if c.type == "Person" and t[c.start:c.end] == nm:
                out[i] = Cand(c.start, c.start + len(new), c.type, c.source, c.confidence, c.priority, c.key)


# 甲、乙、丙等代表, 丁等11位同志, 戊等10位委员, 己和庚等同学: names closed by 等, a count of persons and
# a noun of persons (ingest/data/person_list_nouns.txt; not 代表团, 委员会), a few words before it
_PERSON_NOUNS = "|".join(sorted(data_lines("person_list_nouns.txt"), key=len, reverse=True))
_COUNT = r"(?:[0-9一二三四五六七八九十]{1,3}[位名])?"
_CLASS_OF_PERSONS = re.compile(r"([" + CJK + r"]{2,8}?(?:、[" + CJK + r"]{2,4}){0,11})(?:[和及]([" + CJK
                               + r"]{2,4}))?等" + _COUNT + r"[" + CJK + r"]{0,6}?(?:" + _PERSON_NOUNS
                               + r")(?![团处队会])")
_CLASS_TAIL = re.compile(r"等" + _COUNT + r"[" + CJK + r"]{0,6}?(?:" + _PERSON_NOUNS + r")(?![团处队会])")


def _names_before_class(ctx: NameContext, t: str) -> list[tuple[int, str]]:
    """The names of a list closed by 等 + (a count of persons) + a noun of persons (听取甲、乙等代表发言,
    丁等11位同志当选, 丙、丁和戊等同学): every item a plausible name, the first where a name can start
    (after punctuation, a stop character, a stop word such as 听取, or a title). A first item that
    ends with a title (甲副总理、乙、丙等常委) is the title rules'; the list starts after it."""
    found: list[tuple[int, str]] = []
    # the closing words first (rare), then the list in the stretch before them
    for tail in _CLASS_TAIL.finditer(t):
        m = _CLASS_OF_PERSONS.search(t, max(0, tail.start() - 80), tail.end())
        if m is None or m.end() != tail.end():
            continue
        items = m.group(1).split("、")
        pos = m.start(1)
        if len(items) > 2 and _ends_with_title(ctx, items[0]):
            pos += len(items[0]) + 1
            items = items[1:]
        first = items[0]
        s0 = _first_name_start(ctx, t, pos, first, len(items) + bool(m.group(2)))
        if s0 < 0:
            continue
        got = [(s0, t[s0:pos + len(first)])]
        pos += len(first) + 1
        if m.group(2):
            items.append(m.group(2))  # 和/及 before the last item: one character, as 、 is
        odd = 0  # in a long list (4 names or more) one item may be a name that is also a word or a place
        for it in items[1:]:
            if not ctx._plausible_name(it, in_list=True):
                odd += 1
                if odd > 1 or len(items) < 4 or it[0] not in ctx.lex.surnames1 or len(it) > 3:
                    got = []
                    break
            got.append((pos, it))
            pos += len(it) + 1
        found += got
    return found


def _first_name_start(ctx: NameContext, t: str, pos: int, first: str, n_items: int) -> int:
    """Where the name in the list's first stretch starts (-1: none): its last three or two
    characters, a name where a name can start. Strictly a name in a short list; in a list of three or
    more a plausible name will do (是甲、乙、丙等革命家: the list itself says they are persons)."""
    for strict in (True, False) if n_items >= 3 else (True,):
        for k in (3, 2):
            nm, lead = first[-k:], first[:-k]
            if len(first) >= k and ctx._plausible_name(nm, strict=strict, in_list=n_items > 1) \
                    and (_name_start(ctx, t, pos + len(lead))
                         or not strict and lead[-1:] in BODY_END_BEFORE_NAME):
                return pos + len(lead)
    return -1


# last characters of a body's or a department's name a member's name follows in a list (青山大学材料系
# 甲、乙、丙等教师代表: the department, then its people)
BODY_END_BEFORE_NAME = frozenset("系院所局处办委厅科室")


def _ends_with_title(ctx: NameContext, item: str) -> bool:
    """Does the item end with a title (甲副总理)?"""
    return any(ctx.title_re.fullmatch(item[-k:]) for k in (2, 3, 4) if k < len(item))


def _name_start(ctx: NameContext, t: str, s: int) -> bool:
    """Can a name start at s: after no character, punctuation, a stop character, a stop word or a
    title (not inside a longer name: 刘宗文 holds no name 宗文)?"""
    if s == 0 or not is_cjk(t[s - 1]) or t[s - 1] in STOP_CHARS:
        return True
    return any(t[s - k:s] in ctx.stop_words or ctx.title_re.fullmatch(t[s - k:s])
               for k in (2, 3, 4) if k <= s)


def _leaders_list(ctx: NameContext, t: str) -> list[tuple[int, str]]:
    """The plain names of a list after a leaders' title (市领导甲、乙·丙、丁等出席). The title-list
    walk stops at a dotted or surname-less item; here such items are stepped over (dotted names
    come from `dotted_names`), and a surname-less one (次某平措) is taken when at least half the
    plain items are names with a known surname."""
    found: list[tuple[int, str]] = []
    for m in LEADERS_LIST_RE.finditer(t):
        pos, items = m.start(1), []
        for it in m.group(1).split("、"):
            items.append((pos, it))
            pos += len(it) + 1
        plain = [(s, it) for s, it in items if not any(d in it for d in "·•‧・")]
        known = [ctx._plausible_name(it, in_list=True) for _, it in plain]
        if not plain or sum(known) * 2 < len(plain) or len(items) < 2:
            continue
        if all(k or ctx._loose_name(it) for k, (_, it) in zip(known, plain, strict=True)):
            found += plain
    return found


def person_layouts(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """Names placed by layout rather than by a title before them: 王某(青山市副市长) (the title in
    brackets after the name), 尊敬的王某书记 (a salutation), 文/王某 李某 (a slash byline of names
    split by spaces)."""
    covered = coverage(len(t), chosen)
    out: list[Cand] = []
    found: list[tuple[int, str, str]] = []
    if "(" in t or "（" in t:
        found += [(m.start(1), m.group(1), "rule:person:paren_title") for m in ctx.paren_title_re.finditer(t)]
    if "尊敬的" in t:
        found += [(m.start(1), m.group(1), "rule:person:salutation") for m in ctx.salutation_re.finditer(t)]
    for s, nm, src in found:
        if len(nm) == 3 and not ctx._plausible_name(nm, titled=True) and _verb_ends_at(ctx, t, s + 1):
            s, nm = s + 1, nm[1:]  # 还有甲某(青山军分区副政委): a verb's last character before the name
        if not covered[s] and ctx._plausible_name(nm, titled=True) and not _ends_with_title(ctx, nm):
            # (由局长(人防办主任): a title before the bracket is no name)
            out.append(Cand(s, s + len(nm), "Person", src, 0.75, priority=3))
    if "/" in t or "／" in t:
        for m in SLASH_BYLINE.finditer(t):
            items = [(x.start() + m.start(1), x.group()) for x in NAME_RUN.finditer(m.group(1))]
            if items and all(ctx._plausible_name(nm, in_list=True) for _, nm in items):
                out += [Cand(s, s + len(nm), "Person", "rule:person:byline", 0.8, priority=3)
                        for s, nm in items if not covered[s]]
    return out


# a transliterated name (Uyghur, Kazakh, Tibetan, foreign): parts joined by a middle dot
# (tried only up to ten characters before each dot: prefilter.anchor_split, speed12)
_DOTTED = Prefiltered(re.compile(r"([\u4e00-\u9fff]{1,10})[·•‧・]([\u4e00-\u9fff]{1,10})"
                                 r"(?:[·•‧・]([\u4e00-\u9fff]{1,8}))?"))


def dotted_names(ctx: NameContext, t: str, chosen: list[Cand]) -> list[Cand]:
    """艾某肯·吐某亚孜, 阿某都热合曼·吾某曼: a name of parts joined by a middle dot, after a title
    (自治区主席…) or at a clause start. The left part starts after the last title in the run
    before the dot; the right part ends before a stop word, a stop character or a title."""
    if not any(d in t for d in "·•‧・"):
        return []
    out = []
    for m in _DOTTED.finditer(t):
        run, a = m.group(1), m.start(1)
        titles = list(ctx.title_re.finditer(run))
        nouns = [run.rfind(w) + len(w) for w in DOTTED_AFTER_NOUNS if w in run]
        if titles:
            a += titles[-1].end()
        elif nouns:
            a += max(nouns)  # 柯尔克孜族护边员甲某斯·乙某西: after a noun of persons (ent30)
        elif a > 0 and t[a - 1] not in "，,、。；;：:\n \u3000（(“":
            continue
        if m.start(1) + len(run) - a < 1 or m.start(1) + len(run) - a > 6:
            continue
        e = _right_end(ctx, t, m.start(3) if m.group(3) else m.start(2), m.end())
        if e - (m.start(3) if m.group(3) else m.start(2)) < 1:
            continue
        parts = _NAME_DOTS.split(t[a:e])
        if any(ctx._is_place(p) or ctx._is_place(p[:2]) or ctx._is_place(p[:3]) for p in parts) \
                or any(h in p for p in parts for h in _NAME_HEADS):
            continue  # 中国·东川科技城, 东川·西山论坛: a place and a name, no person
        if any(_has_common_word(ctx, p) for p in parts):
            continue  # 军民融合·创新发展: a slogan of common words, no transliterated name
        out.append(Cand(a, e, "Person", "rule:person:dotted", 0.7, priority=2))
    return out


# heads of organisation, park and event names (a dotted part holding one is no person's name)
_NAME_HEADS = tuple(h for h in HEAD_INFO if len(h) >= 2)


def _has_common_word(ctx: NameContext, part: str) -> bool:
    """Does the part hold a frequent dictionary noun, verb or adjective (融合, 创新, 发展)? The
    syllables of a transliterated name are rare characters or name words, not such words."""
    jw = ctx.lex.jieba_words
    for tok in segment.lcut(part, HMM=False):
        fp = jw.get(tok)
        if len(tok) >= 2 and fp and fp[0] >= 1000 and fp[1][:1] in ("n", "v", "a") \
                and not fp[1].startswith(("nr", "ns")):
            return True
    return False


def _right_end(ctx: NameContext, t: str, s: int, e: int) -> int:
    """End of the last part of a dotted name: before a stop word, a stop character or a title. A stop
    character with no more than three characters after it up to the run's end, none of them a
    dictionary word, is a syllable of the name (阿不都满金: 都 in a transcription); a frequent
    dictionary word of two characters after two of the part's ends it (甲某·乙某西一道, 丙某·丁某克连续;
    ent30: a part of one character and a word, 新·新时代, is a slogan the part check turns down)."""
    for j in range(s + 1, e):
        if t[j] in STOP_CHARS and e - j <= 3 and not _has_dictionary_word(ctx, t[j:e]) \
                and not ctx._stop_word_at(t, j):
            continue
        if t[j] in STOP_CHARS or ctx._stop_word_at(t, j) or ctx.title_re.match(t, j) \
                or j >= s + 2 and ctx.lex.is_common_word(t[j:j + 2], 1000):
            return j
    return e
