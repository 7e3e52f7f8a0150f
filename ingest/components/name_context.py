"""The shared state and lexical helpers of the entity generators (spaCy-free, text in, offsets out).

`NameContext` loads the lexicon once (gazetteers, places, jieba's dictionary) and builds the word
matchers; its methods answer the questions every generator asks: where does the name whose head
starts here begin (`left_extend`, `_trim_left`, `_drop_leading_words`), is this body specific
(`specific`), is this a person's name (`_name_at`, `_plausible_name`), is this a company-like
word (`_company_like`). The generators (gen_*.py) are functions of (context, text, chosen).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.components import segment  # (jieba's dictionary still loads on first use)
from ingest.components.candidate import ALL_CJK, CJK, is_cjk
from ingest.components.cedict_common import common_nr_words
from ingest.components.lexicon import Lexicon, alternation, lexicon
from ingest.components.name_rules import (
    AFTER_ZUO,
    BYLINE_WORD_SPLIT,
    COMPANY_LIKE_RE1,
    DAY_AFTER,
    DEICTIC_BEFORE,
    DEICTIC_BODY,
    DEPT_HEAD_WORDS,
    GENERIC_PROJECT_END,
    GOVERNING_RE,
    GOVERNING_SUBJECTS,
    GOVERNING_VERBS,
    HEAD_INFO,
    INIT_RE1,
    JOINED_FIELD_CONJ,
    JOINED_FIELD_HEADS,
    JOINED_FIELD_MAX,
    JOINED_FIELD_NOT_LAST,
    JOINED_FIELD_TAGS,
    JOINT_HEADS,
    LEAD_CUT_RE1,
    LEADING_COUNT,
    LEADING_TRIM,
    LEADING_VERB_FINALS,
    LEFT_EXTEND_RE1,
    LEVEL_AFTER_VERB,
    LEVEL_CHARS,
    LIST_NUMERALS,
    LIST_QUANTIFIER,
    NAME_BAD,
    NAME_FINALS_WHEN_CLOSED,
    NAME_FUNCTION_CHARS,
    NAME_NEVER_LAST,
    NAME_VERBS,
    NOT_STOP_AFTER,
    ORDINAL,
    ORG_NOUNS,
    POST_VERB_FINAL,
    PROJECT_BODY_OK_RE1,
    QUANTITY,
    RANKS,
    REPORT_NOUNS,
    SAID_END,
    SPEECH_VERBS,
    SPLIT_NAMES_RE1,
    STOP_CHARS,
    STOP_WORD_INSIDE,
    STOP_WORDS,
    STRONG_SPECIFIC_RE1,
    STRONG_SPECIFIC_RE2,
    VERB_BEFORE_LEVEL,
    WORD_FINAL_OK,
)
from ingest.components.place_codes import _codes as place_codes
from ingest.components.place_codes import _province_codes
from ingest.components.prefilter import Prefiltered, first_chars
from ingest.components.trie_regex import WordMatcher, compile_words

# a stop character that begins a frequent two-character word of these tags is inside the word
INSIDE_WORD_TAGS = frozenset(("n", "nz", "a"))
INSIDE_WORD_FREQ = 1000
# jieba tags of the words `_lead_cut` may cut off the front of a body (besides verbs, tag v*)
_MOVABLE_TAGS = frozenset(("c", "d", "ad", "p", "r", "t", "m", "q", "mq"))
# the characters a leading count or date starts with (`_trim_left` tests one before the regex)
_LEADING_COUNT_FIRST = first_chars(LEADING_COUNT)


# punctuation that closes a titled name (a stop character before it ends the name: 龙某和,)
PUNCT_AFTER_NAME = ("、", "，", ",", "。", "；", ";", "\n")
# stop characters that never end a given name (的, 了, 等 …: a particle before the punctuation)
NEVER_NAME_LAST = frozenset("的了着等也都还又已是在")

# what may close an item of a list of names (甲、乙。; ent19: a byline's bracket, 责编:甲某、宋元)
LIST_ITEM_ENDS = ("、", ",", "，", "。", ")", "）", "\n")

class NameContext:
    """Lexicon, matchers and the name-grammar helpers shared by the generators."""

    def __init__(self, lex: Lexicon | None = None) -> None:
        self.lex = lex or lexicon()
        lx = self.lex
        self.common_nr = common_nr_words()  # jieba nr words CC-CEDICT reads only as common words
        self.stop_words = frozenset(STOP_WORDS)
        self.stop_maxlen = max(len(w) for w in STOP_WORDS)
        # last character -> lengths (2+, longest first) of the stop words ending in it: at a
        # position where no stop word can end, `_is_stop_at` slices nothing
        ends: dict[str, set[int]] = {}
        for w in STOP_WORDS:
            if len(w) >= 2:
                ends.setdefault(w[-1], set()).add(len(w))
        self.stop_lengths_by_end = {c: sorted(ks, reverse=True) for c, ks in ends.items()}
        # CJK characters that left_extend may need to look at twice: anything else just extends
        self._extend_checks = frozenset("委府") | frozenset(self.stop_lengths_by_end) | frozenset(STOP_CHARS)
        self.head_matcher = WordMatcher(HEAD_INFO, dfa="all")
        self._specific_cache: dict[str, bool] = {}
        self._lead_cache: dict[str, int] = {}
        gaz_forms: dict[str, tuple[str, str]] = {}
        for e in lx.gazetteer:
            for f in [e.name, *e.aliases]:
                gaz_forms.setdefault(f, (e.name, e.type))
        for e in lx.gazetteer:  # 中国航发 -> 中国航发集团: a group's short name is also written with 集团
            if e.type == "Enterprise":
                # and its legal name without the legal form: 中国航空发动机集团(有限公司)
                bare = INIT_RE1.sub("", e.name)
                if bare != e.name:
                    gaz_forms.setdefault(bare, (e.name, e.type))
                    gaz_forms.setdefault(bare + "公司", (e.name, e.type))
                for f in [e.name, *e.aliases]:
                    if not f.endswith(("集团", "公司")):
                        gaz_forms.setdefault(f + "集团", (e.name, e.type))
                    elif f.endswith("集团"):  # 兵器工业集团公司
                        gaz_forms.setdefault(f + "公司", (e.name, e.type))
        self.gaz_forms = gaz_forms
        self.gaz_re = WordMatcher(gaz_forms, dfa=True)
        self.gaz3_re = compile_words(f for f in gaz_forms if len(f) >= 3)  # forms of 3+ characters
        self.place_words = set(lx.places_full) | set(lx.places_short) | set(lx.regions)
        # 某某县 for 某某回族自治县: the common written form of an autonomous county
        self.place_words |= {short + "县" for short, full in lx.places_short.items()
                             if full.endswith("自治县") and len(short) >= 2}
        self.place_re = WordMatcher(self.place_words)
        # the first two characters of each place word: a stretch whose first two are none of these
        # is no place word (`_inside_word` tests them before slicing every end; speed16)
        self._place_pairs = frozenset(w[:2] for w in self.place_words)
        self.place_final_stops = frozenset(w[-1] for w in self.place_words if w[-1] in STOP_CHARS)
        # stop characters written inside a place name (民和回族土族自治县, 犍为县), with how far
        # into a place each stands at most: no conjunction or preposition there (a long region's
        # description, 某群岛的岛礁及其海域, is left out: 的 is a stop everywhere else)
        self.place_inner_stops: dict[str, int] = {}
        for w in self.place_words:
            for k, x in enumerate(w[1:-1] if len(w) <= 9 and "的" not in w else "", 1):
                if x in STOP_CHARS:
                    self.place_inner_stops[x] = max(self.place_inner_stops.get(x, 0), k)
        self.county_re = WordMatcher(lx.county_short, dfa=True)
        self.title_re = re.compile("(?:" + alternation(lx.titles) + ")")
        self.title_words = WordMatcher(lx.titles, dfa=True)  # (title_re's matches over a whole text)
        person_titles = [x for x in lx.titles if len(x) >= 2 and x not in ("代表", "负责人", "领导", "专家")]
        clause_start = r"(?:^|(?<=[\s。，,；;：:!！?？、」”])|(?<=我[委局办厅部院所]))"
        self.name_title_re = Prefiltered(re.compile(  # (tried only after a clause start: prefilter)
            clause_start + r"([" + CJK + r"]{2,3}?)(?:" + alternation(person_titles) + ")", re.M
        ))
        self.person_title_words = WordMatcher(person_titles, dfa="all")  # (where name_title_re can match)
        titles = alternation(person_titles)
        # 王某(青山市副市长): a name with its title in brackets after it
        self.paren_title_re = Prefiltered(re.compile(  # (tried only before a bracket: prefilter)
            r"([" + CJK + r"]{2,3})[(（][^()（）\n]{0,20}?(?:" + titles + r")[)）]"))
        # 尊敬的王某书记: a salutation
        self.salutation_re = re.compile(r"尊敬的([" + CJK + r"]{2,3}?)(?:" + titles + ")")
        self.party_re = Prefiltered(re.compile(
            r"(?:党的|中共|中国共产党)?(?:第?(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?|[一二三四五六七八九])届"
            r"(?:[一二三四五六七八九]中)全会|(?<![0-9一二三四五六七八九十百])(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)大"
            r"(?!产业|领域|工程|行业|重点|任务|项目|举措|类|战略|优势|板块|平台|基地|中心|体系|机制|工作|行动|专项"
            r"|军工|企业|集团))"
        ), checked=True)
        place_codes()  # the division codes (compound places) load with the lexicon, not on first use
        _province_codes()  # (ent28's province short forms: ~15 ms, built on first use inside the pass before)
        self.placeholder_re = Prefiltered(re.compile(
            r"(?<![A-Za-z0-9*])([X*]{1,3})(市|县|区|省)?(?![A-Za-z0-9*]|(?<=[X*])[月日年号平万亿个名家])"
        ))

    def name_title_matches(self, t: str) -> Iterator[re.Match]:
        """`name_title_re.finditer(t)`, the pattern tried only 2 or 3 characters before a person
        title: a match is a name of 2 or 3 characters and a title, so it starts there and nowhere
        else (the titles found by Aho-Corasick; the clause-start scan tried the pattern after every
        comma, 、 and 委/局/办… of the text). Same matches, same order, none overlapping."""
        match = self.name_title_re.regex.match
        end = 0
        for j in sorted({s - k for s, _e in self.person_title_words.longest_at_each_start(t)
                         for k in (2, 3) if s - k >= 0}):
            if j >= end and (m := match(t, j)) is not None:
                end = m.end()
                yield m

    def _inside_place(self, t: str, k: int, depth: int) -> bool:
        """Does a place name of the gazetteer start before t[k] (at most `depth` characters before)
        and go on after it? Then t[k] is a character of that name, no conjunction (民和回族土族自治县)."""
        for j in range(max(0, k - depth), k):
            m = self.place_re.match_at(t, j)
            if m is not None and m.end() > k + 1:
                return True
        return False

    def _is_stop_at(self, t: str, i: int, end: int) -> int:
        """Length of a stop word ending at position i (0 if none). `end` bounds the name."""
        for k in self.stop_lengths_by_end.get(t[i - 1], ()) if i else ():
            if k <= i and t[i - k:i] in self.stop_words:
                if t[i - k:i] == "联合" and t.startswith(JOINT_HEADS, i):
                    return 0  # 国动委联合办公室, 深空探测联合研究中心: a joint body, 联合 is no verb
                inside = STOP_WORD_INSIDE.get(t[i - k:i])
                if inside and t.endswith(tuple(inside), 0, i - k):
                    return 0
                if t[i - k:i + 1] in HEAD_INFO and i < end:
                    return 0  # 学会联合|体: the stop word begins a head word (联合体), no verb here
                return k
        c = t[i - 1]
        if c in STOP_CHARS:
            if c in self.place_inner_stops and self._inside_place(t, i - 1, self.place_inner_stops[c]):
                return 0  # 民和回族|土族…县政府: the character is inside a place name
            if c in self.place_final_stops and self._place_closes_at(t, i):
                return 0  # 成都|工业投资集团: the character closes a place name, it is no conjunction
            if c in self.place_final_stops and i >= 2:
                fp = self.lex.jieba_words.get(t[i - 2:i])
                if fp and fp[1] == "ns" and fp[0] < 500:
                    return 0  # 江都|航空…公司: an old or local place name that ends in a stop character
            if c in WORD_FINAL_OK and i >= 2 and self.lex.is_common_word(t[i - 2:i], 50):
                return 0  # 信息安全|产业园, 风险资本: the character ends a word, it is no determiner
            if self._noun_from(t, i - 1, end):
                return 0  # 深圳向日葵投资公司: 向 starts the noun 向日葵, it is no preposition here
            if self._inside_word(t, i, end):
                return 0  # 呼和浩特…, 自由贸易港…, 经验交流会: the character is inside a word
            jw = self.lex.jieba_words
            if i + 3 <= end and (jw.get(t[i - 1:i + 3]) or (0, ""))[1] == "ns" \
                    or i + 2 <= end and (jw.get(t[i - 1:i + 2]) or (0, ""))[1] == "ns":
                return 0  # 以色列驻…领事馆: the character starts a place name (a country), no preposition
            follow = NOT_STOP_AFTER.get(c, ())
            rest = t[i:end]
            if rest.startswith(tuple(follow)):
                return 0
            if c == "将" and rest.startswith("军民"):
                return 1
            if c in "对双" and i >= 2 and t[i - 2] in "百千万十两" and i >= 3 and is_cjk(t[i - 3]):
                return 0  # 央地百对企业协作行动: a numeral + measure word 对 inside a name
            return 1
        return 0

    def _place_closes_at(self, t: str, i: int) -> bool:
        """Does a place word of 2 to 5 characters end at i, or at i + 1 (t[i - k:i + x])? Each start
        whose first two characters open no place word is passed without slicing (speed16)."""
        pw, pairs = self.place_words, self._place_pairs
        for k in range(2, 6):
            if k <= i and t[i - k:i - k + 2] in pairs and (t[i - k:i] in pw or t[i - k:i + 1] in pw):
                return True
        return False

    def _noun_from(self, t: str, i: int, end: int) -> bool:
        """Does a three- or four-character common noun start at i and stay inside the name?"""
        for k in (4, 3):
            if i + k > end:
                continue
            fp = self.lex.jieba_words.get(t[i:i + k])
            if fp and fp[1] in ("n", "nz") and fp[0] >= 5:
                return True
        return False

    def _inside_word(self, t: str, i: int, end: int) -> bool:
        """Is the stop character at i - 1 part of a word that goes on after it inside the name?

        A place name that runs across it (呼和浩特: 和 is its second character), or a frequent
        noun or adjective of two characters it begins or ends (经验, 自由): a conjunction or preposition
        is its own word, so the character there is none. Without this the left edge of a long
        event or park name fell inside a word (浩特…开发区…推介会, 验交流会).
        """
        if i >= end:
            return False
        pw, pairs = self.place_words, self._place_pairs
        for a in range(max(0, i - 5), i - 1):
            if t[a:a + 2] not in pairs:
                continue  # (t[a:b] in pw would need its first two characters, t[a:a + 2], in pairs)
            for b in range(i + 1, min(end, a + 7) + 1):
                if t[a:b] in pw:
                    return True
        jw, titles = self.lex.jieba_words, self.title_words.words
        for w in (t[i - 1:i + 1], t[i - 2:i] if i >= 2 else ""):
            fp = jw.get(w)
            if fp and fp[0] >= INSIDE_WORD_FREQ and fp[1] in INSIDE_WORD_TAGS and w not in titles:
                return True  # (少将: a person's title closes the clause before a name)
        return False

    def left_extend(self, t: str, ms: int, end: int, maxlen: int = 30) -> tuple[int, bool]:
        """Start of the name whose head starts at ms; also whether a hard boundary was reached."""
        i = ms
        checks = self._extend_checks
        while i > 0 and ms - i < maxlen:
            c = t[i - 1]
            if "\u4e00" <= c <= "\u9fff":
                if c not in checks:
                    i -= 1  # a CJK character that ends no stop word and is no stop or joint character
                    continue
                # (a checked CJK character is no quote, bracket or dash and is a name's character:
                # straight to the tests below; speed16)
            else:
                if c in "”\"":
                    j = t.rfind("“" if c == "”" else '"', max(0, i - 40), i - 1)
                    if j < 0 or LEFT_EXTEND_RE1.search(t[j + 1:i - 1]):
                        return i, True  # a quoted sentence before a name is no part of it
                    i = j
                    continue
                if c in ")）":
                    j = max(t.rfind("(", max(0, i - 10), i - 1), t.rfind("（", max(0, i - 10), i - 1))
                    inner = t[j + 1:i - 1] if j >= 0 else ""
                    if j >= 0 and inner and all(is_cjk(x) or x == "、" for x in inner) and j > 0 \
                            and is_cjk(t[j - 1]) and not inner.startswith("、") \
                            and inner.strip(LIST_NUMERALS):  # (一)|工程名称: a list's number

                        i = j
                        continue
                    return i, True
                if c in "—·-" and i >= 2 and is_cjk(t[i - 2]) and ms - i > 0:
                    i -= 1
                    continue
                if not (c in "X*" or c.isdigit() or ("A" <= c <= "Z") or c in "+"):
                    return i, True
            # two bodies written back to back: 市委|市政府, 省委|省政府, 市委市政府|军分区
            nxt = t[i:i + 1]
            if i <= ms and ((c == "委" and nxt in LEVEL_CHARS) or (c == "府" and nxt in LEVEL_CHARS + "军")):
                return i, False
            k = self._is_stop_at(t, i, end)
            if k and i == ms and t[i - k:i] in DEPT_HEAD_WORDS and t[ms:ms + 1] in ("司", "处", "部", "局"):
                i -= k  # 军民推进|司: the field word of a department, not a verb
                continue
            if k == 1 and c == JOINED_FIELD_CONJ and self._joined_fields(t, i, ms):
                i -= 1  # 经济与|外事司: two fields of one department's name
                continue
            if k:
                # 暨 joins two halves of one name: "集体学习暨第六次专题会议"
                if t[i:i + 1] == "暨":
                    i -= 1
                    continue
                return i, False
            i -= 1
        return i, i == 0

    def _joined_fields(self, t: str, i: int, ms: int) -> bool:
        """Is the 与 at i - 1 inside a department's or institute's name (经济与外事司, 机械与物理研究所)?
        Why: 与 joins two fields of one name when a noun of a field stands on each side and the
        head follows a few characters later; after a body's own last character (大学与…) it joins
        two bodies."""
        if not (0 < ms - i <= JOINED_FIELD_MAX and t.startswith(JOINED_FIELD_HEADS, ms)) or i < 3 \
                or t[i - 2] in JOINED_FIELD_NOT_LAST:
            return False
        jw = self.lex.jieba_words
        return all((jw.get(w) or (0, ""))[1] in JOINED_FIELD_TAGS for w in (t[i - 3:i - 1], t[i:i + 2]))

    def _verb_phrase(self, w: str) -> bool:
        """Is w (the text before a known body's name) a verb phrase, not a name's own prefix?"""
        if self._is_place(w) or w in self.gaz_forms or w[:1] in LEVEL_CHARS:
            return False
        jw = self.lex.jieba_words
        return any((jw.get(tok) or (0, ""))[1].startswith("v") for tok in segment.lcut(w, HMM=False))

    def _trim_left(self, t: str, start: int, ms: int) -> int:
        changed = True
        while changed and start < ms:
            changed = False
            if start and t[start - 1] in DEICTIC_BEFORE and t[start] in DEICTIC_BODY and start + 1 < ms:
                start += 1  # 我校|青山学院: the school's own word for itself, no part of the name
                changed = True
            # no trim word at start (the usual case): the loop below would change nothing
            trim = t.startswith(LEADING_TRIM, start)
            place = self.place_re.match_at(t, start) if trim else None
            for w in LEADING_TRIM if trim else ():
                if place and place.end() > start + len(w):
                    continue  # 新都区政府, 新疆…: the word begins a place name
                if w == "新" and (self.lex.jieba_words.get(t[start:start + 2]) or (0, ""))[1] == "b":
                    continue  # 新兴重工集团, 新型…: 新 is part of a word that begins the name
                if t.startswith(w, start) and (start + len(w) < ms or w == "上级" and start + len(w) == ms) \
                        and not t.startswith("新区", start):  # (上级|军分区: the head alone is left)
                    start += len(w)
                    changed = True
            m = LEADING_COUNT.match(t, start, ms) if t[start] in _LEADING_COUNT_FIRST else None
            if m:
                start = m.end()
                changed = True
                continue
            if t[start] in "、，,·—-" and start < ms:
                start += 1
                changed = True
            elif t[start] in VERB_BEFORE_LEVEL and self.verb_before_level(t, start) and start + 1 < ms:
                start += 1  # 经|国家工信部, 报|省政府: the verb governs the body
                changed = True
        return start

    @staticmethod
    def verb_before_level(t: str, i: int) -> bool:
        """Is t[i] a preposition or verb of submitting glued before a level word (由|省人防办, 经|国家
        工信部, 报|省政府)? Then it is no character of the name that follows."""
        return t[i] in VERB_BEFORE_LEVEL and t.startswith(LEVEL_AFTER_VERB, i + 1)

    def _drop_leading_words(self, t: str, start: int, ms: int) -> int:
        """Cut verbs, adverbs and other function words off the front of a name body.

        The stop-word list cannot hold every verb that governs a name ("符合省委", "当属省政府",
        "开始征集首批基金", "涌现出中国空空导弹研究院"), so the body is segmented with jieba's
        dictionary and leading words that are no name material are dropped: function words of any
        frequency, frequent verbs except those that start names (发展, 创新, 融合 …), and any verb
        that stands right before a place or a known organisation.
        """
        body = t[start:ms]
        if len(body) < 2 or not is_cjk(body[0]) or ORDINAL.match(body):
            return start
        return start + self._cached(body, body, self._lead_cut)

    def _cached(self, key: str, body: str, compute) -> int:
        """A cut computed once per distinct body (jieba is the cost), in one bounded cache shared
        by the cuts; each cut keys its entries apart."""
        cut = self._lead_cache.get(key)
        if cut is None:
            cut = compute(body)
            if len(self._lead_cache) < 100_000:
                self._lead_cache[key] = cut
        return cut

    def _first_word_stops(self, body: str) -> bool:
        """Would `_lead_cut` stop at the body's first word, whichever word jieba starts it with?

        jieba's first word is one of the dictionary words that are prefixes of the body (or its
        first character when there is none); `_lead_cut` only moves past a word tagged as a
        function word, numeral, measure word or verb. When no candidate first word has such a
        tag, the result is 0 without segmenting (the same answer, a fraction of the time).
        """
        if body[0] > "\u9fd5":  # outside jieba's own character class: let jieba decide
            return False
        jw, prefixes = self.lex.jieba_words, segment.prefix_table()
        firsts = []
        for i in range(1, len(body) + 1):
            w = body[:i]
            if w not in prefixes:
                break  # no dictionary word starts with w, so no longer prefix of the body is a word
            if (jw.get(w) or (0, ""))[0] > 0:
                firsts.append(w)
        for w in firsts or [body[0]]:
            tag = (jw.get(w) or (0, ""))[1]
            if tag in _MOVABLE_TAGS or tag.startswith("v"):
                return False
        return True

    def _place_starts(self, body: str, pos: int) -> bool:
        """Does a place word of 2, 3 or 4 characters start at pos (inside body)?"""
        pw, n = self.place_words, len(body)
        if body[pos:pos + 2] not in self._place_pairs:
            return False  # (no place word opens with these two characters; speed16)
        return (pos + 2 <= n and body[pos:pos + 2] in pw or pos + 3 <= n and body[pos:pos + 3] in pw
                or pos + 4 <= n and body[pos:pos + 4] in pw)

    def _lead_cut(self, body: str) -> int:
        if self._place_starts(body, 0):
            return 0  # a place starts the body (the loop below would stop there): no segmentation
        if self._first_word_stops(body):
            return 0  # no word the body can start with is cut off: no segmentation either
        jw = self.lex.jieba_words
        toks = segment.lcut(body, HMM=False)
        pos = 0
        for i, tok in enumerate(toks):
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if self._place_starts(body, pos):
                break  # 道县人武部: a place starts here, even where jieba splits it (道|县)
            if tok in NAME_VERBS and len(nxt) >= 2 and nxt in self.place_words \
                    and (jw.get(tok) or (0, ""))[1].startswith("v"):
                pos += len(tok)  # 加快建设江西省…中心: a verb governing a place-named body
                continue
            if ALL_CJK(tok) is None or tok in NAME_VERBS or tok in self.place_words \
                    or tok in self.gaz_forms:
                break
            fp = jw.get(tok)
            tag = fp[1] if fp else ""
            freq = fp[0] if fp else 0
            before_name = bool(nxt) and (nxt in self.place_words or nxt in self.gaz_forms
                                         or nxt[:1] in LEVEL_CHARS and len(nxt) <= 2 and nxt != tok
                                         or (jw.get(nxt) or (0, ""))[1] in ("ns", "nt", "j", "nr", "nz"))
            function = tag in ("c", "d", "ad", "p", "r", "t")
            numeral = LEAD_CUT_RE1.search(tok)
            function = function or tag in ("m", "q", "mq") and not numeral
            verb = tag.startswith("v") and tag != "vn"
            common_vn = tag == "vn" and freq >= 1000 and before_name
            if function or verb and (freq >= 1000 or before_name) or common_vn:
                pos += len(tok)
                continue
            break
        return pos

    def inner_verb_cut(self, t: str, start: int, ms: int) -> int:
        """Start of a name after a verb that governs it from inside its left context.

        `left_extend` stops at stop words, and `_drop_leading_words` cuts verbs off the front
        only, so a clause's subject and verb stay glued before the name (项目拟建设|东川航天产业园,
        青山建设|军民通用保障基地, 有力促进|东川强省战略, 某办公室下达|2020年度…计划). The verbs
        (ingest/data/governing_verbs.txt) also occur inside names (城乡建设局, 经济建设和国防建设…,
        …促进会), so the cut needs a clause around the verb: what follows is 3+ characters that do
        not open with a conjunction, 的 or a quote, and either what precedes is a subject (nothing,
        a place, a project, modals and adverbs, a body closed by its head word, a person) or what
        follows opens a name (a place, 国家/全国/中国, a year). A title (关于…, 印发…) is left whole.
        """
        body = t[start:ms]
        if len(body) < 5 or not GOVERNING_RE.search(body):
            return start  # the usual case: no governing verb in the body, nothing segmented
        return start + self._cached("\x00" + body, body, self._governed_from)

    def _governed_from(self, body: str) -> int:
        toks = segment.lcut(body, HMM=False)
        pos = cut = 0
        for i, tok in enumerate(toks):
            end = pos + len(tok)
            rest, prefix = body[end:], body[:pos]
            if prefix.endswith(("关于", "印发")) or "关于" in prefix:
                break
            if pos == 0 and tok == "建设":
                pos = end  # 建设…行动计划: a plan's own first word (a park's is cut by its generator)
                continue
            if tok in GOVERNING_VERBS and len(rest) >= 3 and rest[0] not in "和与及的、“”《》\"" \
                    and (self._governing_subject(prefix, toks[:i]) or self._opens_name(rest)):
                cut = end
            pos = end
        return cut

    def _places_only(self, w: str) -> bool:
        """Is w places only, each written with or without its level (东川青山, 青山 of 青山市)?
        As a governing verb's subject (青山建设|…基地) they are where, not part of the name."""
        i = 0
        while i < len(w):
            m = self.place_re.match_at(w, i)
            k = m.end() if m is not None else 0
            if not k:
                j = next((j for j in range(len(w), i + 1, -1)
                          if any(w[i:j] + lv in self.place_words for lv in LEVEL_CHARS[:4])), 0)
                if not j:
                    return False
                k = j
            i = k
        return True

    def _governing_subject(self, prefix: str, toks: list[str]) -> bool:
        """Is `prefix` (before a governing verb) the clause's subject or its adverbs?"""
        if not prefix or prefix in self.place_words or prefix in self.gaz_forms or self._places_only(prefix):
            return True
        if all(x in GOVERNING_SUBJECTS or x in self.place_words for x in toks):
            return True
        if self.head_matcher.longest_at_each_start(prefix[-4:]) and any(
                prefix.endswith(h) for h in ("厅", "局", "委", "办", "办公室", "政府", "部")):
            return True  # 省财政厅下达…: a body closed by its head word
        return 2 <= len(prefix) <= 3 and prefix[0] in self.lex.surnames1 and len(toks) >= 1 \
            and not self.lex.is_common_word(prefix, 50)  # 某某任|…人武部: a person

    def _opens_name(self, rest: str) -> bool:
        """Does a name open `rest` (a place, a national prefix, a year)?"""
        return rest.startswith(("国家", "全国", "中国")) or rest[:1].isdigit() \
            or any(rest[:k] in self.place_words for k in (2, 3, 4))

    def _is_place(self, w: str) -> bool:
        return w in self.place_words

    def strong_specific(self, body: str) -> bool:
        """Names an organisation or place, not just an unfamiliar word: for project names."""
        if "“" in body or STRONG_SPECIFIC_RE1.search(body):
            return True
        # (any place word in the body: the Aho-Corasick matcher tells in ~0.3 us where the trie
        # regex's search tries its thousand-branch root at every position, ~25-40 us a body)
        if next(self.place_re.finditer(body), None) is not None or self.gaz3_re.search(body):
            return True
        if STRONG_SPECIFIC_RE2.search(body):
            return True
        for tok in segment.lcut(body, HMM=False):
            fp = self.lex.jieba_words.get(tok)
            if not fp or len(tok) < 2:
                continue
            if fp[1] in ("ns", "nt", "nz") or fp[1].startswith("nr") and fp[0] < 300:
                return True
        return False

    def specific(self, body: str) -> bool:
        """Does the body name one thing (a place, a proper name, a number, a quotation)?"""
        hit = self._specific_cache.get(body)
        if hit is None:
            hit = self._specific_uncached(body)
            if len(self._specific_cache) < 100_000:
                self._specific_cache[body] = hit
        return hit

    def _specific_uncached(self, body: str) -> bool:
        # (five `in` tests written out: a generator over them cost more than the tests, ~10k bodies)
        if "“" in body or '"' in body or "《" in body or "X" in body or "*" in body \
                or STRONG_SPECIFIC_RE1.search(body):
            return True
        if next(self.place_re.finditer(body), None) is not None:
            return True
        if self.gaz_re.regex.search(body):  # a gazetteer form inside the body
            return True
        for tok in segment.lcut(body, HMM=True):
            if len(tok) < 2 or ALL_CJK(tok) is None:
                continue
            fp = self.lex.jieba_words.get(tok)
            if fp is None or fp[1] in ("ns", "nt", "nz") or fp[1].startswith("nr") and fp[0] < 300 \
                    or fp[1] == "j" and fp[0] < 100:
                return True
        return False

    def _glued_to_noun(self, t: str, e: int) -> bool:
        """Is position e followed by a noun that continues the word (中国建筑|金属结构)?"""
        if e >= len(t) or not is_cjk(t[e]) or t[e] in STOP_CHARS or t.startswith(("集团", "公司"), e):
            return False
        if t.startswith(("有关", "相关", "所属", "下属", "会同", "联合", "共同", "牵头", "主办", "指导"), e):
            return False  # 解放军有关部门, 总装备部会同…: a determiner or verb, the name ends before it
        if self.title_re.match(t, e):
            return False  # 中央军委|主席: a title after a body does not make one word of them
        for k in (4, 3, 2):
            fp = self.lex.jieba_words.get(t[e:e + k])
            if fp and k > 2 and (self.lex.jieba_words.get(t[e:e + 2]) or (0, ""))[1] == "v":
                continue  # 中国中车|发布公告: a verb-object phrase, the name ends before the verb
            if fp:
                # 总装备部|会同: a place or person name (会同县) after the body starts no compound
                return fp[1].startswith("n") and fp[1] not in ("ns", "nr", "nrt") or fp[1] == "vn"
        return False

    def _project_body_ok(self, body: str) -> bool:
        """Is a delimited project item more than a kind of project (合作项目, 重点项目)?"""
        if QUANTITY.search(body) or PROJECT_BODY_OK_RE1.search(body):
            return False
        core = body
        while True:
            for w in GENERIC_PROJECT_END:
                if core.endswith(w):
                    core = core[: -len(w)]
                    break
            else:
                break
        return len(core) >= 3 and not LIST_QUANTIFIER.search(body)

    def _after_verbs(self, t: str, s: int, e: int) -> int:
        """Start of a list's first item after any leading verbs (壮大发展|京东方、长虹…)."""
        pos = s
        toks = segment.lcut(t[s:e], HMM=False)
        for tok in toks[:-1]:
            fp = self.lex.jieba_words.get(tok)
            if not fp or not fp[1].startswith(("v", "d", "a", "c", "p")) or e - pos - len(tok) < 2:
                break
            pos += len(tok)
        return pos

    def _company_like(self, w: str, loose: bool = False) -> bool:
        """Could w be a firm's short name? `loose`: the list it stands in already says it is a firm."""
        if w in self.place_words or w in self.gaz_forms or not loose and self.lex.is_common_word(w, 5):
            return False
        if COMPANY_LIKE_RE1.search(w) or any(c in NAME_BAD for c in w):
            return False
        if loose:
            fp = self.lex.jieba_words.get(w)
            return len(w) >= 3 or not fp or fp[1] in ("nz", "nt", "j", "nr", "nrt", "ns")
        toks = segment.lcut(w, HMM=False)
        return not all(self.lex.is_common_word(x, 50) for x in toks)

    def _loose_name(self, w: str) -> bool:
        """Could w be a person's name whose surname is not in the list (a list item among names)?"""
        return 2 <= len(w) <= 4 and ALL_CJK(w) is not None and w not in self.place_words \
            and w not in self.gaz_forms and not any(c in NAME_BAD for c in w) \
            and not self.lex.is_common_word(w, 20) and not self.lex.is_common_word(w[:2], 300)

    def _word_at(self, t: str, i: int) -> bool:
        """Does a common word start at i (鲜樱|透露: the third character belongs to the verb)?"""
        for k in (2, 3):
            w = t[i:i + k]
            fp = self.lex.jieba_words.get(w) if len(w) == k else None  # (at the text's end: no word)
            if fp and fp[0] >= 100 and not fp[1].startswith("nr"):
                return True
        return False

    def _stop_word_at(self, t: str, i: int) -> bool:
        """Does a stop word of two or more characters start at position i?"""
        return any(t[i:i + k] in self.stop_words for k in range(2, self.stop_maxlen + 1))

    def _boundary_after(self, t: str, i: int) -> bool:
        c = t[i:i + 1]
        return (not c or not is_cjk(c) or c in STOP_CHARS or self._stop_word_at(t, i)
                or bool(self.title_re.match(t, i)) or t.startswith("同志", i))

    def _plausible_name(self, nm: str, strict: bool = False, titled: bool = False,
                        in_list: bool = False, closed: bool = False, place_ok: bool = False) -> bool:
        """Could nm be a person's name (a known surname, a given name of one or two characters)?
        `titled`: a title stands before it; `in_list`: it is an item of a list of names; `closed`:
        a titled name closed by punctuation (its last character may be a function character);
        `place_ok`: a titled name of two characters closed by a mark or a stop word may read as a
        place's short form (副书记江南参加, 副总经理洪江等, 市领导…、凌云、…: ent57)."""
        lx = self.lex
        if not (2 <= len(nm) <= 4) or ALL_CJK(nm) is None:
            return False
        if nm[:2] in lx.surnames2:
            given = nm[2:]
        elif nm[0] in lx.surnames1:
            given = nm[1:]
        else:
            return False
        if not given or len(given) > 2:
            return False
        if given[0] in "我你他她它这那该各":
            return False  # 领导来我校: a verb and a pronoun, no name
        if given[-1] in NAME_NEVER_LAST:
            return False  # 新兵战士们, 党政办: a plural or an office, no given name
        if nm[0] in STOP_CHARS and len(given) == 2 and lx.is_common_word(given, 3000):
            return False  # 向大家介绍: a preposition before a word, not the surname 向
        finals = NAME_FINALS_WHEN_CLOSED if closed else NAME_FUNCTION_CHARS
        if given[-1] in NAME_BAD and not (titled and given[-1] in finals and len(given) == 2) \
                or nm.startswith(ORG_NOUNS):
            return False  # 代表公司作…: an organisation noun after a title, no surname 公
        if nm in self.gaz_forms or nm in self.place_words and not place_ok:
            return False
        if not in_list and (lx.is_common_word(nm, 20)
                            or lx.is_common_word(nm[:2], 300) and not (titled and len(nm) == 3)):
            return False
        if strict:
            fp = lx.jieba_words.get(nm)
            if fp and not fp[1].startswith("nr"):
                return False
            if any(lx.is_common_word(nm[i:i + 2], 100) for i in range(len(nm) - 1)):
                return False
            # 阳光洒在…: a word jieba tags as a name that CC-CEDICT knows only as a common word (ent30)
            if nm in self.common_nr or any(nm[i:i + 2] in self.common_nr for i in range(len(nm) - 1)):
                return False
        return True

    def _name_at(self, t: str, s: int, strict: bool = False, titled: bool = False,
                 in_list: bool = False) -> str:
        """A person name starting at s, 2-3 characters, ending before a stop or punctuation."""
        lx = self.lex
        seg = t[s:s + 4]
        if len(seg) < 2 or not is_cjk(seg[0]):
            return ""
        if seg[:2] in lx.surnames2:
            base = 2
        elif seg[0] in lx.surnames1:
            base = 1
            if seg[0] in STOP_CHARS and lx.is_common_word(seg[1:3], 3000):
                return ""  # 向大家介绍: a preposition before a word, not the surname 向
        else:
            return ""
        best = ""
        for glen in (2, 1):
            nm = t[s:s + base + glen]
            if len(nm) < base + glen or ALL_CJK(nm) is None:
                continue
            after = t[s + base + glen:s + base + glen + 2]
            last = s + base + 1
            speech_after = titled and (t.startswith(SPEECH_VERBS, s + base + glen)
                                       or t[s + base + glen:s + base + glen + 1] == "在"
                                       and self._place_at(t, s + base + glen + 1)
                                       or DAY_AFTER.match(t, s + base + glen) is not None)
            # 副市长付大为、: a titled name closed by a list comma keeps a last character that is
            # also a word or a stop word
            # a byline's name closed by the line end (市委书记 赵大明⏎) is closed too
            closed = titled and (t[s + base + glen:s + base + glen + 1] in ("、", "，", ",", "等", "\n", "")
                                 or t.startswith("以及", s + base + glen)
                                 or t.startswith(RANKS, s + base + glen))
            # 司令员龙某和, 主任陈某均,: a titled name closed by punctuation keeps a last character that
            # is a stop character elsewhere (no conjunction or adverb stands before a comma)
            punct = titled and t[s + base + glen:s + base + glen + 1] in PUNCT_AFTER_NAME \
                and nm[-1] not in NEVER_NAME_LAST
            keeps_final = (closed and nm[-1] in NAME_FINALS_WHEN_CLOSED or punct
                           or speech_after and nm[-1] in NAME_FUNCTION_CHARS)
            if glen == 2 and (nm[-1] in STOP_CHARS and not keeps_final
                              or self._stop_word_at(t, last) and not closed
                              or t.startswith(REPORT_NOUNS, last)
                              or nm[-1] in "来來到赴" and self._place_at(t, last + 1)
                              or nm[-1] in LEADING_VERB_FINALS
                              or nm[-1] == POST_VERB_FINAL and (self.title_re.match(t, last + 1) is not None
                                                                or t.startswith("副", last + 1))
                              or self.title_re.match(t, last) or t.startswith("同志", last)
                              or self._word_at(t, last) and not speech_after and not closed
                              or nm[-1] == "作" and t.startswith(AFTER_ZUO, last + 1)
                              or nm[-1] in "说称" and t[last + 1:last + 2] in SAID_END):
                continue  # 杨士中建言 keeps its third character; 雷鸣作讲评 does not
            ok_titled = titled and (self._boundary_after(t, s + base + glen) or speech_after
                                    or glen == 1 and t[s + base + glen] == "作"
                                    and t.startswith(AFTER_ZUO, s + base + glen + 1))
            listed = in_list and t[s + base + glen:s + base + glen + 1] in LIST_ITEM_ENDS
            nxt = t[s + base + glen:s + base + glen + 1]
            place_ok = ok_titled and len(nm) == 2 and (not is_cjk(nxt) or nxt == "等"
                                                       or self._stop_word_at(t, s + base + glen))
            if not self._plausible_name(nm, strict, titled=ok_titled, in_list=listed,
                                        closed=closed and glen == 2, place_ok=place_ok):
                continue
            if after[:1] and is_cjk(after[:1]) and strict:
                # after the name there must be a clear boundary
                clear = self._stop_word_at(t, s + base + glen)
                if after[:1] not in STOP_CHARS and not clear:
                    continue
            best = nm
            break
        return best

    def _place_at(self, t: str, i: int) -> bool:
        """Does a place name start at position i (周某来|某某县调研)?"""
        return any(t[i:i + k] in self.place_words for k in (2, 3, 4))

    def _split_names(self, t: str, s0: int, inner: str) -> list[tuple[int, str]]:
        """Names in a byline parenthesis: '林玲', '宋敏涛陈正', '记者 周羽、王雪薇'."""
        out = []
        for m in SPLIT_NAMES_RE1.finditer(inner):
            chunk, cs = m.group(), s0 + m.start()
            if chunk in ("记者", "通讯员", "摄影", "实习生", "摄", "报道"):
                continue
            # 甲某记者乙某, 通讯员甲某: a byline word before or between the names splits the chunk
            for part in BYLINE_WORD_SPLIT.finditer(chunk):
                for off, nm in self._segment_names(part.group(1)):
                    out.append((cs + part.start(1) + off, nm))
        return out

    def _segment_names(self, chunk: str) -> list[tuple[int, str]]:
        if 2 <= len(chunk) <= 3 and self._plausible_name(chunk):
            return [(0, chunk)]
        for a in (3, 2):
            x, y = chunk[:a], chunk[a:]
            if 2 <= len(y) <= 3 and self._plausible_name(x) and self._plausible_name(y):
                return [(0, x), (a, y)]
        return []
