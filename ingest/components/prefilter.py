"""Full-text scans of a pattern that can only start at a few characters, done faster.

Python's `re` scans a pattern over a text by trying it at every position, and a pattern that
opens with an optional group or a look-behind (`(?<![0-9])第?(?:…)所`, `(?:中共)?…届…全会`) gets no
first-character shortcut from the regex compiler, so each position costs the first steps of the
pattern (~100-200 ns a character; a document of 7,000 characters, ~1 ms per such pattern). When
every match must start with one of a small set of characters, those positions are found by a
one-character class (scanned in C) and the pattern is tried only there, with `match(text, pos)`,
which still sees the text before `pos` for its look-behinds. The matches are the same as
`pattern.finditer`'s (leftmost, non-overlapping, in order; tests/test_prefilter.py compares
them); patterns that can match the empty string, or start with any character, keep the plain scan.

A pattern that opens with a short run of any characters (a name, `([一-鿿]{2,3}?)同志`) has no rare
first character, but its matches can only start that run's width before one of a few rarer
characters (同, a bracket, 镇/乡): those are found by a class and the pattern is tried only the run's
width before each (`anchor_split`, speed12).

Worth it only for rare first characters: `Prefiltered` is applied by name to the patterns that a
measurement showed scanning whole documents slowly (docs/BENCHMARKS.md), not to every pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre
from re import _parser as sre_parse

from ingest.first_chars import scanned_by_re

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT) + ((sre.POSSESSIVE_REPEAT,) if hasattr(sre, "POSSESSIVE_REPEAT")
                                               else ())
_WIDE = 512  # a character class wider than this is "any character" for the purpose here


def _first(items) -> tuple[set[str] | None, bool]:
    """(characters a match of the sequence can start with, or None for too many; can it be empty)."""
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(chr(av))
            return out, False
        if op is sre.IN:
            for iop, iav in av:
                if iop is sre.LITERAL:
                    out.add(chr(iav))
                elif iop is sre.RANGE and iav[1] - iav[0] < _WIDE:
                    out.update(chr(x) for x in range(iav[0], iav[1] + 1))
                else:  # a negated class, a category (\d, \s), a wide range
                    return None, False
            return out, False
        if op is sre.BRANCH:
            empty = False
            for alt in av[1]:
                f, e = _first(alt)
                if f is None:
                    return None, False
                out |= f
                empty |= e
            if not empty:
                return out, False
            continue
        if op is sre.SUBPATTERN:
            f, e = _first(av[-1])
            if f is None:
                return None, False
            out |= f
            if not e:
                return out, False
            continue
        if op in _REPEATS:
            lo, _hi, sub = av
            f, e = _first(sub)
            if f is None:
                return None, False
            out |= f
            if lo > 0 and not e:
                return out, False
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):  # zero width: the next item starts the match
            continue
        return None, False  # ANY, NOT_LITERAL, CATEGORY, group references …
    return out, True


def first_chars(pattern: re.Pattern) -> frozenset[str] | None:
    """The characters every match of `pattern` starts with; None when unknown, too many, or empty."""
    if pattern.flags & re.IGNORECASE:
        return None
    chars, empty = _first(sre_parse.parse(pattern.pattern, pattern.flags))
    return None if chars is None or empty or not chars else frozenset(chars)


# every character str.isspace() (and so re's \s in a str pattern) holds, as a class body
# (tests/test_speed13.py checks it against the Unicode database of the running Python)
SPACE_CHARS = "\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_CATEGORIES = {sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_DIGIT: r"\d",
               sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


def _class_source(op, av) -> str | None:
    """A one-character item of a parsed pattern (a literal or a class) written as a class body."""
    if op is sre.LITERAL:
        return re.escape(chr(av))
    if op is not sre.IN:
        return None
    out = []
    for iop, iav in av:
        if iop is sre.LITERAL:
            out.append(re.escape(chr(iav)))
        elif iop is sre.RANGE:
            out.append(re.escape(chr(iav[0])) + "-" + re.escape(chr(iav[1])))
        elif iop is sre.CATEGORY and iav in _CATEGORIES:
            out.append(_CATEGORIES[iav])
        else:  # a negated class (NEGATE), anything unusual: not known
            return None
    return "".join(out)


def _before_last(items) -> list[str] | None:
    """Class bodies for the last character of a look-behind's body (of each of its alternatives)."""
    items = list(items)
    if not items:
        return None
    op, av = items[-1]
    if op is sre.BRANCH:
        out: list[str] = []
        for alt in av[1]:
            got = _before_last(alt)
            if got is None:
                return None
            out += got
        return out
    body = _class_source(op, av)
    return None if body is None else [body]


def preceding_chars(pattern: re.Pattern) -> str | None:
    r"""A class body of the characters right before any match of a pattern that opens with a clause
    start (`(?:^|(?<=[。，\s])|(?<=我[委局]))…`); None when the pattern opens otherwise.

    A match of such a pattern starts at the text's start, after a newline (`^` with re.M) or right
    after the last character of one of its look-behinds, so those are the only positions to try."""
    if pattern.flags & re.IGNORECASE:
        return None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    items = list(parsed)
    if not items or items[0][0] is not sre.BRANCH or parsed.getwidth()[0] == 0:
        return None  # (a pattern that can match the empty string keeps finditer's own rules)
    out = []
    for alt in items[0][1][1]:
        alt = list(alt)
        if len(alt) != 1:
            return None
        op, av = alt[0]
        if op is sre.AT and av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
            if pattern.flags & re.MULTILINE:
                out.append(r"\n")
            continue
        if op is not sre.ASSERT or av[0] != -1:  # only look-behinds (ASSERT with direction -1)
            return None
        got = _before_last(av[1])
        if got is None:
            return None
        out += got
    return "".join(out) or None


def lookahead(pattern: re.Pattern) -> re.Pattern:
    """`pattern` behind a look-ahead on the characters its matches start with, when they are known.

    For sentence-sized texts, where the Python loop of `Prefiltered` costs more than it saves:
    `(?=[set])` lets `re` itself skip, with one set test, the positions no match can start at
    (a pattern that opens with a group such as `((?:A[、和])*A)…` gets no such skip from the
    compiler). The look-ahead consumes nothing and captures nothing, so spans and groups are the
    pattern's own (tests/test_prefilter.py). Patterns `re` already skips on are returned as they are.
    """
    chars = first_chars(pattern)
    if not chars or scanned_by_re(list(sre_parse.parse(pattern.pattern, pattern.flags))):
        return pattern
    try:
        return re.compile("(?=[" + "".join(map(re.escape, sorted(chars))) + "])(?:" + pattern.pattern + ")",
                          pattern.flags)
    except re.error:  # (global flags written inside the pattern cannot be wrapped)
        return pattern


def trailing_lookahead(pattern: re.Pattern) -> re.Pattern | None:
    """The pattern's closing look-ahead `(?=X)` as a pattern of its own (X), or None.

    Every match of `A(?=X)` has X matching right after it, so a text where X matches nowhere holds
    no match of the whole: one search for X (which usually opens with a literal, found in C) can
    spare a scan of the whole pattern, which often opens with a look-behind that re tries at every
    position. The split is taken only where both halves are whole patterns (checked by parsing).
    """
    src = pattern.pattern
    i = src.rfind("(?=")
    if i < 0 or not src.endswith(")"):
        return None
    try:
        sre_parse.parse(src[:i], pattern.flags)
        tail = re.compile(src[i + 3:-1], pattern.flags)
    except re.error:
        return None
    last = list(sre_parse.parse(src, pattern.flags))[-1]
    return tail if last[0] is sre.ASSERT and last[1][0] == 1 else None


def _literal_runs(items) -> list[str]:
    """Runs of literal characters every match of the parsed sequence holds, in order."""
    runs, cur = [], ""
    for op, av in items:
        if op is sre.LITERAL:
            cur += chr(av)
            continue
        if cur:
            runs.append(cur)
            cur = ""
        if op is sre.SUBPATTERN and not av[1]:  # a group (no local flags): its runs are the pattern's
            runs += _literal_runs(av[-1])
        elif op in _REPEATS and av[0] >= 1:  # repeated at least once: its runs occur at least once
            runs += _literal_runs(av[2])
    if cur:
        runs.append(cur)
    return runs


def _sequences(items, cur: list[str]) -> tuple[list[list[str]], list[str]]:
    """(finished, open) runs of one-character items (literals, narrow classes, as regex pieces)
    that every match holds one after the other; `cur` is the run the items continue."""
    done: list[list[str]] = []
    for op, av in items:
        if op is sre.LITERAL:
            cur = cur + [re.escape(chr(av))]
            continue
        if op is sre.IN:
            body = _class_source(op, av)
            if body is not None and not any(iop is sre.RANGE and iav[1] - iav[0] >= _WIDE for iop, iav in av):
                cur = cur + ["[" + body + "]"]
                continue
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:  # a group without local flags
            inner, cur = _sequences(av[-1], cur)
            done += inner
            continue
        elif op in _REPEATS and av[0] >= 1:  # its first round follows right on; what comes after, not
            inner, last = _sequences(av[2], cur)
            done += inner + [last]
            cur = []
            continue
        done.append(cur)
        cur = []
    return done, cur


def required_sequence(pattern: re.Pattern) -> re.Pattern | None:
    """A run of literals and small classes every match holds (项目[、和及] in a list of projects), as
    a pattern of its own, when it says more than `required_literal` does: a text where it matches
    nowhere holds no match (one search, which opens with a literal, found in C)."""
    if pattern.flags & re.IGNORECASE:
        return None
    done, last = _sequences(sre_parse.parse(pattern.pattern, pattern.flags), [])
    best = max(done + [last], key=len)
    if len(best) < 2 or len(best) <= len(required_literal(pattern)) \
            or all(not x.startswith("[") for x in best):
        return None
    return re.compile("".join(best))


def required_literal(pattern: re.Pattern) -> str:
    """The longest run of literal characters every match holds ("" when none is known): a text
    without it holds no match, which one `in` test (C) tells before any scan."""
    if pattern.flags & re.IGNORECASE:
        return ""
    return max(_literal_runs(sre_parse.parse(pattern.pattern, pattern.flags)), key=len, default="")


def _word_choices(items) -> list[tuple[str, ...]]:
    """Alternations of literal words (`司令员|政委|院士`) outside optional parts: every match holds
    one word of each."""
    out: list[tuple[str, ...]] = []
    for op, av in items:
        if op is sre.BRANCH:
            words = []
            for alt in av[1]:
                alt = list(alt)
                if not alt or any(o is not sre.LITERAL for o, _a in alt):
                    break  # an empty or a non-literal alternative: no word is certain
                words.append("".join(chr(a) for _o, a in alt))
            else:
                out.append(tuple(words))
        elif op is sre.SUBPATTERN and not av[1]:
            out += _word_choices(av[-1])
        elif op in _REPEATS and av[0] >= 1:
            out += _word_choices(av[2])
    return out


def required_words(pattern: re.Pattern) -> tuple[str, ...]:
    """Words one of which every match holds (() when none is known): the alternation of literal
    words whose shortest word is longest, so a text holding none is left after a few `in` tests."""
    if pattern.flags & re.IGNORECASE:
        return ()
    choices = _word_choices(sre_parse.parse(pattern.pattern, pattern.flags))
    return max(choices, key=lambda ws: min(map(len, ws)), default=())


def _after_scanner(before: str, pattern: re.Pattern, lead: str = "") -> re.Pattern | None:
    """`[before](?=(?:pattern))`: a character of the class with a match of the pattern right after
    it. re finds the class characters by its own first-character skip and tests the pattern only
    there, so the Python loop of `Prefiltered` sees only the positions where a match starts.
    `lead`: a pattern every match opens with (the caller's word), tested first: a cheap look-ahead
    that fails where the whole pattern's opening would be tried in vain (speed13)."""
    try:
        return re.compile("[" + before + "]" + (f"(?={lead})" if lead else "") + "(?=(?:" + pattern.pattern
                          + "))", pattern.flags)
    except re.error:  # (global flags written inside the pattern cannot be wrapped)
        return None


def _checked_scanner(chars: frozenset[str], pattern: re.Pattern) -> re.Pattern | None:
    """`[chars](?<=(?=(?:pattern))[chars])`: a first character of the pattern where the whole
    pattern matches (the look-behind steps back over the character and the look-ahead tries the
    pattern from it). re skips to the characters by the class in C and tries the pattern only
    there, so a Python loop sees only the positions where a match starts."""
    cls = "[" + "".join(map(re.escape, sorted(chars))) + "]"
    try:
        return re.compile(cls + "(?<=(?=(?:" + pattern.pattern + "))" + cls + ")", pattern.flags)
    except re.error:  # (global flags written inside the pattern cannot be wrapped)
        return None


_MAX_FOUND_CHARS = 16  # more first characters than this: re's class scan (one pass) is kept


def char_positions(text: str, chars: tuple[str, ...], pos: int, n: int) -> list[int]:
    """Sorted positions in text[pos:n] of any of `chars` (single characters): what a finditer of
    their class gives, found by one str.find loop per character (speed13)."""
    out: list[int] = []
    find = text.find
    for c in chars:
        j = find(c, pos, n)
        while j >= 0:
            out.append(j)
            j = find(c, j + 1, n)
    if len(chars) > 1:
        out.sort()
    return out


def _literal_chars(cls: re.Pattern) -> tuple[str, ...] | None:
    """The characters of a one-class pattern ([甲乙丙]) when it is a few literal characters and no
    more (no range, category or flag); None else."""
    if cls.flags & re.IGNORECASE:
        return None
    parsed = list(sre_parse.parse(cls.pattern, cls.flags))
    if len(parsed) != 1 or parsed[0][0] is not sre.IN:  # (one character, [项], is a literal: a
        return None  # finditer of it is as cheap, measured)
    items = parsed[0][1]
    if len(items) < 2 or len(items) > _MAX_FOUND_CHARS or any(op is not sre.LITERAL for op, _ in items):
        return None
    return tuple(sorted({chr(av) for _, av in items}))


class Prefiltered:
    """A compiled pattern whose `finditer` tries the pattern only where a match can start, and not
    at all on a text without a literal every match holds (`required_literal`), without any word of
    an alternation every match holds one of (`required_words`), or where its closing look-ahead
    matches nowhere (`trailing_lookahead`).

    Every other method is the pattern's own (bound here, so calling them costs what it did).
    """

    def __init__(self, pattern: re.Pattern, checked: bool = False, after_lead: str = "") -> None:
        self.regex = pattern
        self.pattern, self.flags, self.groups = pattern.pattern, pattern.flags, pattern.groups
        self.match, self.fullmatch, self.search = pattern.match, pattern.fullmatch, pattern.search
        self.sub, self.subn, self.split = pattern.sub, pattern.subn, pattern.split
        self.findall = pattern.findall
        chars = first_chars(pattern)
        self.starts = re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]") if chars else None
        # a few first characters (16 at most): their positions by str.find, a memchr-like scan per
        # character, many times cheaper per character of text than re's class test at every
        # position, and one list for the text instead of a `search` call per position (speed13)
        self.start_chars = tuple(sorted(chars)) if chars and len(chars) <= _MAX_FOUND_CHARS else None
        # checked=True (for first characters that are common, a comma or a bracket): the scan finds
        # only the positions where the whole pattern matches, in C (`_checked_scanner`), instead
        # of a Python step at every first character (measured per pattern: BENCHMARKS.md)
        self.checked = _checked_scanner(chars, pattern) if checked and chars else None
        # a pattern that opens with a clause start: a character that may stand right BEFORE a
        # match, where the whole pattern matches right after it (both tested by re, in C)
        before = None if chars else preceding_chars(pattern)
        if before and "\\s" in before and "\\\\" not in before and not pattern.flags & re.ASCII:
            # \s written out (the same characters): a class of characters alone is one table test
            # per character of the text, where a category in it costs a second test (speed13)
            before = before.replace("\\s", SPACE_CHARS)
        self.after = _after_scanner(before, pattern, after_lead) if before else None
        self.guard = trailing_lookahead(pattern)
        self.needs = required_literal(pattern)
        self.needs_one = required_words(pattern)
        self.needs_seq = required_sequence(pattern)
        # the words every match holds one of (needed_words: alternations with shared parts and
        # small classes expanded), as one trie search over the text (speed10), where they say
        # more than a character (a one-character word is in most texts) and the pattern does
        # not already open with what re skips to by itself (then the gate repeats its scan)
        # a pattern that opens with a short run of any characters (a name: `[一-鿿]{2,3}?`) before
        # a few rarer ones (同志, 项目, a bracket): tried only that run's width before each of them
        self.anchor = self.lead = None
        if self.starts is None and self.after is None:
            got = anchor_split(pattern)
            if got is not None:
                self.lead = got[:2]
                self.anchor = re.compile("[" + got[2] + "]")
        self.anchor_chars = _literal_chars(self.anchor) if self.anchor is not None else None
        words = needed_words(pattern) if self.anchor is None else None  # (an anchored scan visits
        # only the anchors' neighbourhoods: a search of the whole text for words would cost more)
        self.gate = None
        if words and min(map(len, words)) >= 2 \
                and not scanned_by_re(list(sre_parse.parse(pattern.pattern, pattern.flags))):
            self.gate = WordGate(pattern).regex

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        n = len(text) if endpos is None else min(endpos, len(text))
        if self.needs not in text or self.guard is not None and self.guard.search(text) is None \
                or self.needs_one and not any(w in text for w in self.needs_one) \
                or self.needs_seq is not None and self.needs_seq.search(text) is None \
                or self.gate is not None and self.gate.search(text, pos, n) is None:
            return
        if self.after is not None:
            yield from self._after_scan(text, pos, n)
            return
        if self.checked is not None:
            match, i = self.regex.match, pos
            for c in self.checked.finditer(text, pos, n):
                j = c.start()
                if j >= i:  # (a match starts here: not inside the one before)
                    m = match(text, j, n)
                    if m is not None:  # (always, as the look-ahead found it)
                        yield m
                        i = m.end() if m.end() > j else j + 1
            return
        if self.anchor is not None:
            yield from self._anchor_scan(text, pos, n)
            return
        if self.starts is None:
            yield from self.regex.finditer(text, pos, n)
            return
        if self.start_chars is not None:  # (the same positions as self.starts finds, in order)
            match, i = self.regex.match, pos
            for j in char_positions(text, self.start_chars, pos, n):
                if j >= i:  # (a match may start here: not inside the one before)
                    m = match(text, j, n)
                    if m is not None:
                        yield m
                        i = m.end() if m.end() > j else j + 1
            return
        find, match = self.starts.search, self.regex.match
        i = pos
        while True:
            c = find(text, i, n)
            if c is None:
                return
            j = c.start()
            m = match(text, j, n)
            if m is None:
                i = j + 1
                continue
            yield m
            i = m.end() if m.end() > j else j + 1

    def _anchor_scan(self, text: str, pos: int, n: int) -> Iterator[re.Match]:
        """finditer for a pattern whose every match opens with a part of width lo..hi and then one
        of the anchor characters: tried only lo..hi characters before each anchor, in order, never
        inside the previous match (as finditer); no match can start elsewhere."""
        match = self.regex.match
        lo, hi = self.lead
        i = pos  # the first position not tried yet (or the end of the last match)
        chars = self.anchor_chars
        for a in (char_positions(text, chars, pos + lo, n) if chars is not None
                  else (c.start() for c in self.anchor.finditer(text, pos + lo, n))):
            j = max(i, a - hi)
            last = a - lo
            while j <= last:
                m = match(text, j, n)
                if m is None:
                    j += 1
                    continue
                yield m
                j = m.end() if m.end() > j else j + 1
            if j > i:
                i = j

    def _after_scan(self, text: str, pos: int, n: int) -> Iterator[re.Match]:
        """finditer for a pattern that opens with a clause start: tried at `pos` and right after
        each character a look-behind (or `^` with re.M) admits where `self.after` says it matches,
        in order, never inside the previous match (as finditer); no match can start elsewhere."""
        match = self.regex.match
        m = match(text, pos, n)
        i = pos
        if m is not None:
            yield m
            i = m.end() if m.end() > pos else pos + 1
        for c in self.after.finditer(text, max(i - 1, pos), n):
            j = c.end()
            if j < i or j >= n:
                continue
            m = match(text, j, n)
            if m is not None:
                yield m
                i = m.end() if m.end() > j else j + 1



# ---- anchors: a short opening run before rarer characters (speed12) -------------------------------

_MAX_LEAD = 16  # the widest opening run tried before an anchor
_MAX_ANCHORS = 12  # more anchor characters than this (a list of titles' first characters): no anchor


def _inline_groups(items) -> list:
    """The parsed sequence with its groups (no local flags) written out, and a part repeated at
    least once as its first round then the rest (X{2,} as X X{1,}): a group captures, and greedy
    or lazy repeats choose among matches, but which strings can match from a position is the same."""
    out = []
    for op, av in items:
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            out += _inline_groups(av[-1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            lo, hi, sub = av
            out += _inline_groups(sub)
            if hi != 1:
                out.append((op, (lo - 1, hi if hi == sre.MAXREPEAT else hi - 1, sub)))
        else:
            out.append((op, av))
    return out


def _refers(items) -> bool:
    """Does the parsed sequence hold a group reference (whose width parsing does not bound)?"""
    for op, av in items:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        subs = av[1] if op is sre.BRANCH else [av[-1]] if op is sre.SUBPATTERN \
            else [av[2]] if op in _REPEATS else [av[1]] if op in (sre.ASSERT, sre.ASSERT_NOT) else []
        if any(_refers(x) for x in subs):
            return True
    return False


def anchor_split(pattern: re.Pattern) -> tuple[int, int, str] | None:
    """(lo, hi, class body) when every match of `pattern` opens with a part of lo..hi characters
    (hi <= _MAX_LEAD) followed by one of a few characters (the class body): `([一-鿿]{2,3}?)同志`
    gives (2, 3, "同"). Such a pattern, which re tries at every position of a text (its opening
    class is too wide to skip on), can only match lo..hi characters before one of those
    characters. The first split of the pattern's top-level items (groups written out) that gives
    one; None when there is none, or the pattern can match the empty string."""
    if pattern.flags & re.IGNORECASE:
        return None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    if parsed.getwidth()[0] == 0:
        return None
    items = _inline_groups(parsed)
    for j in range(1, len(items)):
        if _refers(items[:j]):
            return None
        lo, hi = sre_parse.SubPattern(parsed.state, items[:j]).getwidth()
        if hi > _MAX_LEAD:
            return None
        got = _opening(items[j:])
        if got is None or got[2]:
            continue
        chars, digits, _empty = got
        if not chars and not digits or len(chars) + 10 * digits > _MAX_ANCHORS:
            continue
        return lo, hi, "".join(map(re.escape, sorted(chars))) + (r"\d" if digits else "")
    return None


# ---- word gates: one search for the words every match holds one of (speed10) ---------------------

_MAX_LANGUAGE = 512  # a finite language larger than this is "unknown" (the gate would be too long)
_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)


def _language(items) -> set[str] | None:
    """Every string the parsed sequence can match, when that set is finite and small (None else).

    Look-arounds and anchors count as the empty string: they consume nothing, so the set is a
    superset of what a match can be, which is all a gate needs."""
    out = {""}
    for op, av in items:
        if op is sre.LITERAL:
            alts = {chr(av)}
        elif op is sre.IN:
            alts = set()
            for iop, iav in av:
                if iop is sre.LITERAL:
                    alts.add(chr(iav))
                elif iop is sre.RANGE and iav[1] - iav[0] < 64:
                    alts.update(chr(x) for x in range(iav[0], iav[1] + 1))
                else:  # a negated class, a category, a wide range
                    return None
        elif op is sre.BRANCH:
            alts = set()
            for alt in av[1]:
                got = _language(alt)
                if got is None:
                    return None
                alts |= got
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            alts = _language(av[-1])
            if alts is None:
                return None
        elif op in _REPEATS and av[1] <= 4:
            one = _language(av[2])
            if one is None:
                return None
            alts, cur = ({""} if av[0] == 0 else set()), {""}
            for k in range(1, av[1] + 1):
                cur = {a + b for a in cur for b in one}
                if len(cur) > _MAX_LANGUAGE:
                    return None
                if k >= av[0]:
                    alts |= cur
        elif op in _ZERO_WIDTH:
            alts = {""}
        else:
            return None
        out = {a + b for a in out for b in alts}
        if len(out) > _MAX_LANGUAGE:
            return None
    return out


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two word sets every match holds one of, the more telling: the longer shortest word, then
    the fewer words."""
    if a is None:
        return b
    if b is None:
        return a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _needed(items) -> frozenset[str] | None:
    """Words every match of the parsed sequence holds one of (None: none known). A run of items
    with a small finite language gives its strings (every match holds one of them whole); a group,
    an alternation (each alternative's words, pooled) or a part repeated at least once, its own."""
    items = list(items)
    best: frozenset[str] | None = None
    run: list = []

    def close_run() -> None:
        nonlocal best
        if run:
            lang = _language(run)
            if lang is not None and "" not in lang:
                best = _better(best, frozenset(lang))
            run.clear()

    for op, av in items:
        if op in _ZERO_WIDTH:  # consumes nothing: a run of literals goes on across it
            continue
        if _language([(op, av)]) is not None:
            run.append((op, av))
            if _language(run) is None:  # grown too large: keep the item alone as the new run
                run.pop()
                close_run()
                run.append((op, av))
            continue
        close_run()
        if op is sre.BRANCH:
            pooled: set[str] = set()
            for alt in av[1]:
                got = _needed(alt)
                if got is None:
                    pooled = set()
                    break
                pooled |= got
            if pooled:
                best = _better(best, frozenset(pooled))
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            best = _better(best, _needed(av[-1]))
        elif op in _REPEATS and av[0] >= 1:
            best = _better(best, _needed(av[2]))
    close_run()
    return best


def needed_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Words one of which every match of `pattern` holds (None when none are known): a text holding
    none of them holds no match. Unlike `required_words`, alternations written with shared parts
    (`研究(?:所|院)`, `(?:各|我)(?:区|县)`) and small classes are expanded to their words."""
    if pattern.flags & re.IGNORECASE:
        return None
    words = _needed(sre_parse.parse(pattern.pattern, pattern.flags))
    if not words:
        return None
    # a word holding another of the set adds nothing: a text holding it holds the shorter one
    return frozenset(w for w in words if not any(v != w and v in w for v in words))


class WordGate:
    """`gate.open(text)`: does `text` hold one of the words every match of a pattern holds? One
    search of their alternation, which `re` skips through by its first characters in C (on a
    sentence, ~0.3-0.5 us: cheaper than a search of a pattern `re` must try at every position,
    and one test for a sentence stands for the pattern's calls on each of its clauses). A pattern
    with no known words gets a gate that is always open."""

    __slots__ = ("words", "regex", "open")

    def __init__(self, pattern: re.Pattern) -> None:
        self.words = needed_words(pattern)
        if self.words:
            from ingest.components.trie_regex import compile_words  # (trie_regex imports nothing of ours)

            self.regex = compile_words(self.words)  # a trie: shared prefixes are tried once
            search = self.regex.search
            self.open = lambda text: search(text) is not None
        else:
            self.regex = None
            self.open = lambda text: True


def _opening(items) -> tuple[set[str], bool, bool] | None:
    """(characters, decimal digits?, can it be empty) a non-empty match of the parsed sequence can
    start with; None when unknown (a negated class, another category, a wide range …)."""
    chars: set[str] = set()
    digits = False
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
            return chars, digits, False
        if op is sre.IN:
            for iop, iav in av:
                if iop is sre.LITERAL:
                    chars.add(chr(iav))
                elif iop is sre.RANGE and iav[1] - iav[0] < _WIDE:
                    chars.update(chr(x) for x in range(iav[0], iav[1] + 1))
                elif iop is sre.CATEGORY and iav is sre.CATEGORY_DIGIT:
                    digits = True
                else:
                    return None
            return chars, digits, False
        if op is sre.BRANCH or op is sre.SUBPATTERN or op in _REPEATS:
            if op is sre.SUBPATTERN and (av[1] or av[2]):
                return None  # (local flags: not followed here)
            alts = av[1] if op is sre.BRANCH else [av[-1]] if op is sre.SUBPATTERN else [av[2]]
            empty = False
            for alt in alts:
                got = _opening(alt)
                if got is None:
                    return None
                chars |= got[0]
                digits |= got[1]
                empty |= got[2]
            if op in _REPEATS and av[0] == 0:
                empty = True
            if not empty:
                return chars, digits, False
            continue
        if op is sre.AT or op is sre.ASSERT or op is sre.ASSERT_NOT:
            return None  # (an anchor or a look-around at the start: not followed here)
        return None
    return chars, digits, True


class OpeningGate:
    """`gate.may_open(text, i)`: can a non-empty match of the pattern start at `text[i]`? False only
    where it cannot (its first character is none a match can start with); always True when the
    pattern's openings are unknown. `empty`: whether the pattern can match the empty string (then
    a `match` at any position succeeds, and only a non-empty one is ruled out)."""

    __slots__ = ("chars", "digits", "empty", "known")

    def __init__(self, pattern: re.Pattern) -> None:
        got = None
        if not pattern.flags & re.IGNORECASE:
            got = _opening(sre_parse.parse(pattern.pattern, pattern.flags))
        self.known = got is not None
        self.chars, self.digits, self.empty = (frozenset(got[0]), got[1], got[2]) if got \
            else (frozenset(), True, True)

    def may_open(self, text: str, i: int) -> bool:
        if not self.known:
            return True
        c = text[i:i + 1]
        return c in self.chars and c != "" or self.digits and c.isdecimal()
