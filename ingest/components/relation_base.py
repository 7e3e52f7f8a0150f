"""What every relation rule stands on: the relation signatures and the document being read.

`RuleBase` holds one document (its masked sentences, entity types, the relations found so far) and
the helpers the rules share: `emit` (type-checked, de-duplicated, with evidence and modality), the
clause of a position, the list of names around a mention ("A、B和C"), the subject of a clause (own
or carried from the previous clause or sentence), the agent before and the object after a cue, and
the meeting last reported. The rule families are mixins on it (relation_rules_people,
relation_rules_actions, relation_rules_structure); `relations._Extractor` runs them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from graph.model import ACTOR_TYPES, ORG_TYPES, SIGNATURES, Entity, Evidence, Relation
from ingest.components import relation_patterns as P
from ingest.components.modality import classify_fact
from ingest.components.notice_layout import layout as notice_layout
from ingest.components.place_codes import chain_parts
from ingest.components.prefilter import OpeningGate, WordGate, needed_words
from ingest.components.relation_deixis import (
    bare_head_mentions,
    deictic_mentions,
    event_mentions,
    restated_mentions,
    short_form_mentions,
)
from ingest.components.relation_patterns import cues
from ingest.components.relation_view import (
    CHAR_TYPE,
    CLAUSE_PUNCT,
    PINYIN,
    TYPE_CHAR,
    EntMention,
    SentView,
    build_views,
    non_overlapping,
)
from ingest.components.trie_regex import rs_dfa
from ingest.textfold import view_fold as fold

PERSON_CHAR = TYPE_CHAR["Person"]
_SLOT_CHAR = re.compile("[" + "".join(map(re.escape, sorted(CHAR_TYPE))) + "]")  # (a mention's slot)
LIST_SEP = "、和与及"
GAP_BREAKERS = set("的对与和同把向为在从将被给由及、") | set(CLAUSE_PUNCT)

COUNTRY_NAMES = frozenset({"中国", "中华", "国家", "全国", "我国"})
COUNTRY_NEXT_OK = frozenset("与和及同的在将已是对为向等也还正首")
# types and signatures: one table (graph/data/relation_signatures.json), read through graph.model
ACTOR = set(ACTOR_TYPES)
SUBJECT_TYPES = ACTOR | {"Person", "Project", "Policy", "Event"}


def _opening_test(pattern: re.Pattern, empty_ok: bool) -> tuple[frozenset[str] | _Everything, bool]:
    """(characters, decimal digits?) a non-empty match of `pattern` can start with, for the clause
    openers tried at each clause start (speed10: a test of one character instead of a regex call).
    Unknown openings, or an empty match the caller would act on (`empty_ok` False), give a test
    that always passes."""
    g = OpeningGate(pattern)
    if not g.known or g.empty and not empty_ok:
        return _EVERYTHING, True
    return g.chars - {""}, g.digits


class _Everything:
    """Holds every string (the test that always passes)."""

    def __contains__(self, item: object) -> bool:
        return True


_EVERYTHING = _Everything()
_ENUM = _opening_test(P.ENUM_OPENER, empty_ok=False)
_DATE = _opening_test(P.DATE_OPENER, empty_ok=True)  # (only a non-empty date moves the start)
_ACCORDING = _opening_test(P.ACCORDING_TO, empty_ok=False)


class CueScan:
    """One Aho-Corasick scan of a sentence for the words of many cue patterns at once (speed10).

    Every match of a pattern holds one of its words (prefilter.needed_words), so a sentence that
    holds none of them holds no match: `closed(text)` gives those patterns, by their source
    (`pattern.pattern`), and a rule tests `pattern.pattern not in sv.closed` (a set lookup; a str
    keeps its hash, where a compiled pattern hashes its whole code on every lookup, ~2k
    instructions) instead of scanning the sentence with each pattern. Overlapping matches are
    read, so a word inside a longer one still counts. Patterns with no known words are never
    closed; without ahocorasick_rs nothing is."""

    def __init__(self, patterns) -> None:
        self.patterns = list(dict.fromkeys(patterns))
        words: dict[str, set[str]] = {}
        for pat in self.patterns:
            for w in needed_words(pat) or ():
                words.setdefault(w, set()).add(pat.pattern)
        self.gated = frozenset(p for ps in words.values() for p in ps)
        self.words = sorted(words)
        self._opens = [frozenset(words[w]) for w in self.words]
        self._find = None
        try:
            import ahocorasick_rs
        except ImportError:  # pragma: no cover - nothing is closed without it
            return
        if self.words:
            self._find = ahocorasick_rs.AhoCorasick(self.words, **rs_dfa()).find_matches_as_indexes

    def closed(self, text: str) -> frozenset[str]:
        """The sources of the patterns that have no match in `text` (nor in any part of it)."""
        if self._find is None:
            return frozenset()
        opened: set = set()
        opens = self._opens
        for i, _s, _e in self._find(text, overlapping=True):
            opened |= opens[i]
        return self.gated.difference(opened)


@lru_cache(maxsize=1)
def cue_scan() -> CueScan:
    """The scan over the sentences the rules read: the cue patterns that the rules try on a whole
    masked sentence (`s = sv.masked`) and that rarely match there (tests/test_speed10.py checks
    that each `.pattern not in sv.closed` names one of these)."""
    p = P.patterns()
    return CueScan([
        p.speech_performed, P.AT_MEETING_OPENER, P.AT_EVENT_OPENER, P.AT_NAMED_EVENT_OPENER, p.sponsor,
        p.attend, p.subordinate, p.settle, p.gather, p.policy_nominal, P.GOT_SUPPORT, p.coordinates,
        p.established, p.established_park, *(cue_re for _rtype, cue_re, _conf in p.cue_table),
        P.SUPPORTER_ATTRIBUTIVE, P.SPONSOR_ATTRIBUTIVE, P.ATTENDEE_DESCRIPTOR, p.body_reps_speak, P.ADDRESS,
    ])


@lru_cache(maxsize=1)
def subject_gates() -> tuple:
    """`open(sentence)` of the word gates (prefilter.WordGate) of the patterns `subjects` tries on
    every clause: unnamed_actor_open, SPEAKER_COMMITS, pivot; and (characters, decimal digits?)
    that a match of title_chain_person or title_body_chain can open with (_opening_test)."""
    p = P.patterns()
    gates = tuple(WordGate(x).open for x in (p.unnamed_actor_open, P.SPEAKER_COMMITS, p.pivot))
    chain, body = _opening_test(p.title_chain_person, False), _opening_test(p.title_body_chain, False)
    if chain[0] is _EVERYTHING or body[0] is _EVERYTHING:
        return (*gates, (_EVERYTHING, True))
    return (*gates, (chain[0] | body[0], chain[1] or body[1]))


class RuleBase:
    """One document under reading, and the helpers shared by the rule families."""

    def __init__(
        self,
        text: str,
        sentences: list[tuple[int, int]],
        mentions: list[EntMention],
        entities: list[Entity],
        doc_id: str,
    ) -> None:
        self.text = text
        self.doc_id = doc_id
        self.sentences = sentences
        self.c = cues()
        # "我院院长甲", "该公司负责人乙": deictic words read as a mention of the body they mean
        deixis = self.c["deictic_bodies"]
        folded = fold(text)
        title = P.patterns().title_start
        # "资产公司董事长甲": a short form of a body named in full (rel23); 该厂 may name it back
        named = mentions + short_form_mentions(folded, mentions, entities, deixis, title)
        self.mentions = non_overlapping(
            named + deictic_mentions(text, named, entities, deixis, folded)
            + bare_head_mentions(folded, mentions, entities, deixis, title)
            + event_mentions(folded, mentions, deixis)  # 本次大赛: the event named before (rel21)
            + restated_mentions(text, mentions, entities)  # a body's name written again (rel21)
        )
        self.entities = {e.name: e for e in entities}
        self.types = {e.name: e.type for e in entities}
        self.entity_conf = {e.name: e.confidence for e in entities}
        for m in self.mentions:
            self.types.setdefault(m.name, m.type)
        self.relations: list[Relation] = []
        self.seen: set[tuple[str, str, str]] = set()
        self.p = P.patterns()
        self.prefix_first_chars = {w[0] for w in self.c["clause_prefixes"] if w}
        self._prefix_index: tuple[list[str], dict[str, list[int]] | None] | None = None
        self.views: list[SentView] = build_views(text, sentences, self.mentions)
        self.event_positions = sorted((m.start, m) for m in self.mentions if m.type == "Event")
        self.park_starts = [m.start for m in self.mentions if m.type == "IndustrialPark"]
        self.park_mentions = [m for m in self.mentions if m.type == "IndustrialPark"]
        # Events that are the meeting reported on, not cited ("十九大精神"): starts, for bisect
        self._reported_events: list[tuple[int, EntMention]] | None = None
        self._reported_starts: set[int] | None = None
        self.event_full = _event_full_forms([m for _, m in self.event_positions])
        # title head (省长) -> (government body, its folded forms) that the head can name
        self._gov_candidates: dict[str, list[tuple[str, list[str]]]] = {}

    # ---- emitting --------------------------------------------------------------------------

    def emit(
        self,
        head: EntMention | str,
        rtype: str,
        tail: EntMention | str,
        sv: SentView,
        rule: str,
        confidence: float = 0.7,
        at: list[int] | None = None,
        modality: str | None = None,
    ) -> bool:
        h = head.name if isinstance(head, EntMention) else head
        t = tail.name if isinstance(tail, EntMention) else tail
        # "本届科博会" after "…科技博览会": a short form of an event stands for the event named in full
        h, t = self.event_full.get(h, h), self.event_full.get(t, t)
        if not h or not t or h == t:
            return False
        ht, tt = self.types.get(h), self.types.get(t)
        heads, tails = SIGNATURES[rtype]
        if ht not in heads or tt not in tails:
            return False
        if self._bare_ceremony(h) or self._bare_ceremony(t):
            # "市领导甲、乙等参加签约仪式": a signing ceremony is no named meeting (GUIDELINES:
            # Event); the dignitaries listed at it are witnesses, not actors taking part in a forum,
            # and neither where it is held ("在滁举行…签约仪式") nor who hosts it is a fact about one
            return False
        if ht == "Location" and self._glued_country(head) or tt == "Location" and self._glued_country(tail):
            return False
        key = (h, rtype, t)
        if rtype == "COORDINATES_WITH":
            key = (min(h, t), rtype, max(h, t))
        if key in self.seen:
            return False
        self.seen.add(key)
        offsets = [sv.m2o[p] - sv.start for p in (at or []) if 0 <= p < len(sv.m2o)]
        # a fact read off a name (place prefix, parent unit) is stated, whatever the sentence says
        modality = modality or classify_fact(sv.raw, offsets)
        if rtype == "HOLDS_POSITION" and modality == "directive":
            modality = "stated"  # "市长甲强调要…": the title is a fact, whatever the person urges
        ev = Evidence(self.doc_id, sv.raw, sv.index, sv.start, sv.end, modality)
        # a relation is no surer than the names it links
        conf = confidence * min(self.entity_conf.get(h, 1.0), self.entity_conf.get(t, 1.0))
        self.relations.append(Relation(h, rtype, t, ev, source=f"rel:{rule}", confidence=conf))
        return True

    def _glued_country(self, m: EntMention | str) -> bool:
        """ "中国东山工业与…签署": a country name glued to the words after it opens a longer name
        that was not recognised; it is no argument of its own."""
        if not isinstance(m, EntMention) or m.type != "Location" or fold(m.name) not in COUNTRY_NAMES:
            return False
        nxt = self.text[m.end : m.end + 1]
        return bool(nxt) and "\u4e00" <= nxt <= "\u9fff" and nxt not in COUNTRY_NEXT_OK

    # ---- helpers on a view -----------------------------------------------------------------

    @staticmethod
    def clauses(sv: SentView) -> list[tuple[int, int]]:
        """Clause spans of the sentence (computed once per view; do not modify the list)."""
        return sv.clause_spans

    @staticmethod
    def clause_of(sv: SentView, pos: int) -> tuple[int, int]:
        k = sv.clause_index(pos)
        return sv.clause_spans[k] if k is not None else (pos, pos + 1)

    @staticmethod
    def _adjacent_ok(left: str, right: str) -> bool:
        """Two names with nothing between them form a list only when both are organisations
        ("省委省政府"); "滨海中关村" is a place and a park that name one thing."""
        return CHAR_TYPE.get(left) in ORG_TYPES and CHAR_TYPE.get(right) in ORG_TYPES

    def list_at(self, sv: SentView, pos: int, types: set[str] | None = None) -> list[tuple[int, EntMention]]:
        """The list of mentions joined by 、和与及 (or adjacent) that contains position pos."""
        s = sv.masked
        items = [pos]
        j = pos - 1
        while j >= 0:
            if s[j] in CHAR_TYPE and (j + 1 == items[0]) and self._adjacent_ok(s[j], s[j + 1]):
                items.insert(0, j)
                j -= 1
            elif s[j] in LIST_SEP and j >= 1 and s[j - 1] in CHAR_TYPE:
                items.insert(0, j - 1)
                j -= 2
            elif s[j] == "以" and j >= 1 and s[j - 1] in LIST_SEP:  # 以及
                j -= 1
            else:
                break
        j = pos + 1
        while j < len(s):
            if s[j] in CHAR_TYPE and self._adjacent_ok(s[j - 1], s[j]):
                items.append(j)
                j += 1
            elif s[j] in LIST_SEP and j + 1 < len(s) and s[j + 1] in CHAR_TYPE:
                items.append(j + 1)
                j += 2
            elif s.startswith("以及", j) and j + 2 < len(s) and s[j + 2] in CHAR_TYPE:
                items.append(j + 2)
                j += 3
            elif s.startswith("——", j) and j + 2 < len(s) and s[j + 2] in CHAR_TYPE:
                items.append(j + 2)
                j += 3
            else:
                break
        out = [(p, sv.slots[p]) for p in items if p in sv.slots]
        if types is not None:
            out = [(p, m) for p, m in out if m.type in types]
        return out

    def clause_subjects(self, sv: SentView, a: int, b: int) -> list[tuple[int, EntMention]]:
        """Mentions that open clause [a, b) as its subject (after adverbial openers).

        Asked for each clause by several rules: computed once per clause (do not modify the list).
        """
        key = ("subj", a, b)
        got = sv.memo.get(key)
        if got is None:
            got = sv.memo[key] = self._clause_subjects(sv, a, b)
        return got

    def _skip_prefixes(self, s: str, i: int, b: int, prefixes: list[str]) -> tuple[int, bool]:
        """Each clause prefix in list order, skipped when it stands at i (i moving on after each).

        Only the prefixes that start with the character now at i are tried (indexed by first
        character): the same steps as trying every prefix in turn.
        """
        by_first = self._prefix_index
        if by_first is None or by_first[0] is not prefixes:
            by_first = self._prefix_index = (prefixes, _index_by_first(prefixes))
        if by_first[1] is None:  # an empty prefix: the plain loop
            moved = False
            for p in prefixes:
                if s.startswith(p, i) and i + len(p) <= b:
                    i += len(p)
                    moved = True
            return i, moved
        index, k, moved = by_first[1], 0, False
        while True:
            order = index.get(s[i:i + 1])
            if not order:
                return i, moved
            j = bisect_left(order, k)
            if j == len(order):
                return i, moved
            k = order[j]
            p = prefixes[k]
            k += 1
            if s.startswith(p, i) and i + len(p) <= b:
                i += len(p)
                moved = True

    def _clause_subjects(self, sv: SentView, a: int, b: int) -> list[tuple[int, EntMention]]:
        if not sv.has_mention_in(a, b):  # the subject is a mention in the clause
            return []
        s = sv.masked
        i = a
        while i < b and s[i] in " \u3000\t\n“\"'‘":
            i += 1
        prefixes, first_chars = self.c["clause_prefixes"], self.prefix_first_chars
        changed = True
        while changed:
            changed = False
            # (each opener tried only where its first character stands: _ENUM, _DATE, _ACCORDING)
            c = s[i : i + 1]
            m = P.ENUM_OPENER.match(s, i, b) if c in _ENUM[0] or _ENUM[1] and c.isdecimal() else None
            if m:  # "三、", "（二）", "2." : a notice's numbered item
                i = m.end()
            if s[i : i + 1] in first_chars:  # else no prefix can match at i
                i, moved = self._skip_prefixes(s, i, b, prefixes)
                changed = changed or moved
            c = s[i : i + 1]
            if c in _DATE[0] or _DATE[1] and c.isdecimal():
                m = P.DATE_OPENER.match(s, i, b)  # no anchors: same as matching s[i:b]
                if m and m.end() > i:
                    i = m.end()
                    changed = True
            c = s[i : i + 1]
            m = None
            if c in _ACCORDING[0] or _ACCORDING[1] and c.isdecimal():
                m = P.ACCORDING_TO.match(s, i, b)
            if m:
                i = m.end()
                changed = True
            while i < b and s[i] in ' \u3000“"':
                i += 1
        if i >= b or s[i] not in CHAR_TYPE or i not in sv.slots:
            return []
        lst = self.list_at(sv, i)
        subj = [(p, m) for p, m in lst if p >= i and m.type in SUBJECT_TYPES]
        if not subj:
            return []
        # a subject is followed by a verb or adverb, not by 的 (then it is a modifier) or a title
        end = max(p for p, _ in subj) + 1
        rest = s[end:b]
        if rest.startswith(("的", "之")):
            return []
        # "A主办的E同期举行": A only modifies E, which is the subject
        rel = P.RELATIVE_SUBJECT.match(rest)
        if rel and (end + rel.start(1)) in sv.slots:
            head = sv.slots[end + rel.start(1)]
            return [(end + rel.start(1), head)] if head.type in SUBJECT_TYPES else []
        # "军民结合推进司副司长周少清出席…": the person, not the body of the title, is the subject
        # (tried only where a title can open: subject_gates' first characters of both patterns)
        c, (chars, digits) = rest[:1], subject_gates()[3]
        tm = None
        if c in chars or digits and c.isdecimal():
            tm = self.p.title_chain_person.match(rest) or self.p.title_body_chain.match(rest)
        if tm and (end + tm.start(1)) in sv.slots:
            return [(end + tm.start(1), sv.slots[end + tm.start(1)])]
        return subj

    def subjects(self, sv: SentView, prev: SentView | None) -> list[list[tuple[int, EntMention]]]:
        """For each clause of the sentence, its subject (own or carried).

        A sentence that opens without a subject continues the previous sentence of the same
        paragraph only when that one named its subject explicitly and this one does not open as
        an order to the audience (要/必须/应…), which in a speech addresses "you", not the last actor.
        """
        out = []
        carried: list[tuple[int, EntMention]] = []
        opening = sv.masked.lstrip(" \u3000")
        if prev is not None and not sv.new_paragraph and not P.ORDER_OPENING.match(opening) \
                and not P.FOUNDED_SENTENCE.search(prev.masked):
            # "X于2017年9月成立。根据…决定，设立Y": X was founded, it is no actor of the next sentence
            carried = [(-1, m) for _, m in getattr(prev, "_own_subject", []) if m.type in ACTOR]
            # "…，东山市委、市政府积极响应…。并加强与A的合作，设立了X": a sentence opening with 并
            # goes on with the last actor of the sentence before, not its first (often a speaker)
            cont = opening.startswith(tuple(self.c["continuation_openers"]))
            if cont and not opening.startswith(("并不", "并非")):
                carried = [(-1, m) for _, m in getattr(prev, "_last_subject", []) if m.type in ACTOR]
        own_seen: list[tuple[int, EntMention]] = []
        last_own: list[tuple[int, EntMention]] = []
        speaker: list[tuple[int, EntMention]] = []
        # (the per-clause patterns behind word gates tested once for the sentence: a sentence that
        # holds none of the words every match holds has no match in any of its clauses; speed10)
        gates = subject_gates()
        actor_open, commits, pivot = (gates[0](sv.masked), gates[1](sv.masked), gates[2](sv.masked))
        for a, b in self.clauses(sv):
            own = self.clause_subjects(sv, a, b)
            if own:
                carried = own
                last_own = own
                if not own_seen:
                    own_seen = own
            elif actor_open and self.p.unnamed_actor_open.match(sv.masked, a, b):
                carried = []  # "东方某集团出资…", "各有关部门要…": an actor of its own, not named
            elif speaker and commits and P.SPEAKER_COMMITS.match(sv.masked, a, b):
                carried = speaker  # "甲表示，将加大对…的支持": the speaker's own commitment
            speaker = []
            out.append(carried)
            # "要求东山市深入贯彻X，积极创建Y": the body told to act is the agent of the clauses after
            pm = self.p.pivot.search(sv.masked, a, b) if not own and pivot else None
            if pm and sv.slots[pm.start(1)].type in ACTOR:
                carried = [(pm.start(1), sv.slots[pm.start(1)])]
                continue
            # "甲指出，要支持…", "甲强调，各级…要…": what a speaker says is addressed to the audience;
            # the speaker is no subject of the clauses that follow (a stock call has no actor)
            # ("省委提出，要支持…" is the body's own commitment: only a person is a mere speaker)
            if carried and all(m.type == "Person" for _, m in carried) \
                    and P.SPEECH_CLAUSE_END.search(sv.masked, a, b):
                speaker = carried if P.STATEMENT_END.search(sv.masked, a, b) else []
                carried = []
            # "东山局、各市经信委、相关高校：为贯彻落实…": a notice's addressees are told, they
            # are not the actor of what the notice's issuer writes after the colon
            elif carried and self._addressee_clause(sv, a, b):
                carried = []
        sv._own_subject = own_seen or [  # type: ignore[attr-defined]
            x for x in carried if x[0] == -1
        ]
        sv._last_subject = last_own or sv._own_subject  # type: ignore[attr-defined]
        return out

    @staticmethod
    def _addressee_clause(sv: SentView, a: int, b: int) -> bool:
        """A list of bodies ending with a colon and no verb: the addressee line of a notice."""
        s = sv.masked
        if b >= len(s) or s[b] not in ":：" or "、" not in s[a:b]:
            return False
        rest = P.ANY_RE.sub("", s[a:b])
        return len(rest) <= 24 and not P.SPEECH_CLAUSE_END.search(s, a, b) and not P.SPEECH_GAP.search(rest)

    def subject_at(self, sv: SentView, pos: int) -> list[tuple[int, EntMention]]:
        k = sv.clause_index(pos)
        if k is None:
            return []
        subjects = self.subjects_of(sv)
        return subjects[k] if k < len(subjects) else []

    def subjects_of(self, sv: SentView) -> list[list[tuple[int, EntMention]]]:
        """`subjects` of the sentence (per clause), worked out on first use: `run` marks every view
        pending (None) and a rule's first question about a sentence works out the sentences before it
        in its paragraph that are still pending, in order (a subject carries only inside a paragraph:
        `subjects` reads the sentence before only when the sentence does not open one). The same
        values as working out every sentence in order, for the sentences asked about (speed15)."""
        got = sv.subjects_per_pos
        if got is not None:
            return got
        views = self.views
        if not (0 <= sv.index < len(views) and views[sv.index] is sv):  # a view of no document order
            sv.subjects_per_pos = self.subjects(sv, None)
            return sv.subjects_per_pos
        k = sv.index
        while not views[k].new_paragraph and k > 0 and views[k - 1].subjects_per_pos is None:
            k -= 1
        for j in range(k, sv.index + 1):
            views[j].subjects_per_pos = self.subjects(views[j], views[j - 1] if j else None)
        return sv.subjects_per_pos

    def head_before(
        self, sv: SentView, pos: int, types: set[str], max_gap: int = 10
    ) -> list[tuple[int, EntMention]]:
        """Agent(s) of the cue at pos: the nearest mention (with its list) just before it in the clause,
        else the clause subject."""
        a, _ = self.clause_of(sv, pos)
        s = sv.masked
        # "A关于成立X的通知", "A关于实施Y": a cue inside the title of a document A issues is no act of A
        # (rel15: u8, u35, u36)
        if "关于" in s and P.TITLE_ABOUT.search(s, a, pos):
            return []
        j = pos - 1
        gap = 0
        while j >= a:
            if s[j] in CHAR_TYPE:
                # "推进司在西安组织召开…": a place after 在/于 is where, not who: look further left
                # "办公室在郑州大学…研究院召开…": a body right after 在 and before the cue is the venue
                # "深入东山乡开展…", "来西山县调研": a place visited is not the agent either
                # "在镇政府会议室组织召开": nor a body whose room is the venue
                if (
                    j - 1 >= a
                    and s[j - 1] in "在于到赴来入往"
                    and (CHAR_TYPE[s[j]] in ("Location", "IndustrialPark")
                         or s[j - 1] == "在" and (j + 1 == pos or P.VENUE_ROOM.match(s, j + 1)))
                ):
                    j -= 2
                    gap += 2
                    continue
                # "甲赴省委某办走访调研并召开…": a body visited (any type) is not the agent
                visit = next((w for w in self.c["visit_verbs"] if s.startswith(w, j - len(w))), None)
                if visit and j - len(visit) >= a:
                    j -= 1 + len(visit)
                    gap += 1 + len(visit)
                    continue
                break
            # 共同/一同/协同 are adverbs of the cue ("A与B共同出资设立"), not the preposition 同
            if s[j] in GAP_BREAKERS and not (s[j] == "同" and j > a and s[j - 1] in "共一协"):
                j = a - 1
                break
            j -= 1
            gap += 1
        # "甲强调要支持B": the speaker urges, the support is not the speaker's own (no agent named)
        if j >= a and s[j] == PERSON_CHAR and P.SPEECH_GAP.search(s, j + 1, pos):
            return []
        # "市政府各部门要贯彻落实…": a body followed by 各部门/有关单位 names a class of bodies, no agent
        if j >= a and notice_layout().class_after.match(s, j + 1):
            return []
        if j >= a and gap <= max_gap and j in sv.slots and sv.slots[j].type in types:
            found = [(p, m) for p, m in self.list_at(sv, j) if m.type in types]
            # "A联合B召开…", "A携手B打造…": the body before 联合/携手/会同 acts too
            p0 = found[0][0] if found else j
            if p0 >= a + 3 and s[p0 - 2 : p0] in ("联合", "携手", "会同") and (p0 - 3) in sv.slots \
                    and sv.slots[p0 - 3].type in types:
                found = [(p0 - 3, sv.slots[p0 - 3])] + found
            # "A将争取与B联合创建X": A acts together with B (the partner is not the only agent)
            elif found and p0 - 1 >= a and s[p0 - 1] in "与同" and P.JOINTLY.search(s, found[-1][0] + 1, pos):
                found = [(q, x) for q, x in self.subject_at(sv, pos) if x.type in types and q < p0] + found
            return found
        carried = [(p, m) for p, m in self.subject_at(sv, pos) if m.type in types]
        # "…，东方某集团出资设立X" with the firm not recognised, "各有关部门要支持X": the clause
        # names its own actor (unrecognised or a class of bodies); the last subject is not it
        if carried and all(p < a for p, _ in carried) and self.p.unnamed_actor.search(s, a, pos):
            return []
        return carried

    def tails_after(
        self, sv: SentView, pos: int, types: set[str], max_gap: int = 8
    ) -> list[tuple[int, EntMention]]:
        """Object(s) of the cue ending at pos: the first mention after it (and its list), if typed right."""
        _, b = self.clause_of(sv, pos)
        s = sv.masked
        b = min(b, len(s))
        # the first slot character from pos (one C scan, not a Python step per character; speed13)
        m = _SLOT_CHAR.search(s, pos, b) if pos < b else None
        j = m.start() if m is not None else max(pos, b)
        gap = j - pos
        if j >= b or j not in sv.slots:
            return []
        # a modifier may sit between cue and object: "规划建设总面积达95平方公里的X"
        if gap > max_gap and not (gap <= 20 and s[j - 1 : j] == "的" or s[j - 2 : j] in ("的“", '的"')):
            return []
        if any(ch in s[pos:j] for ch in "，,；;。"):
            return []
        if _names_a_meeting_after(sv, j):
            return []
        return [(p, m) for p, m in self.list_at(sv, j) if p >= j and m.type in types]

    def recent_park(self, sv: SentView, pos: int) -> EntMention | None:
        """The IndustrialPark last named before this point ("园区位于…": the park the text is about)."""
        offset = sv.m2o[pos] if pos < len(sv.m2o) else sv.end
        k = bisect_right(self.park_starts, offset - 1)
        if not k:
            return None
        # the most often named park so far (a park named once as a site is not the topic), latest on ties
        # and a park already stated to be the site of another park is not the topic either
        sites = {t for h, r, t in self.seen if r == "LOCATED_IN" and self.types.get(h) == "IndustrialPark"}
        count: dict[str, int] = {}
        for m in self.park_mentions[:k]:
            if m.name not in sites:
                count[m.name] = count.get(m.name, 0) + 1
        if not count:
            return None
        best = max(count.values())
        return next(m for m in reversed(self.park_mentions[:k]) if count.get(m.name) == best)

    def _bare_ceremony(self, name: str) -> bool:
        """A signing ceremony named only by what is signed ("X项目签约仪式": no Event, GUIDELINES).
        One that is part of a named meeting ("…恳谈会暨重大项目签约仪式", "…推介暨签约仪式") or named
        by its purpose ("…招商引智签约仪式") is an Event like any other (rel7: u25, u30, u33)."""
        # 簽約儀式 is 签约仪式 (the entity rules fold the same way); 式 ends both
        if not name.endswith("式") or not fold(name[-4:]).endswith(tuple(self.c["ceremony_no_attendance"])):
            return False
        return not any(w in fold(name) for w in self.c["ceremony_named_before"])

    def recent_event(self, sv: SentView, pos: int, words: str = "") -> EntMention | None:
        """The Event last mentioned at or before this point of the document (for "会议", "开幕式");
        with words ("成立大会", "签约活动": a meeting named by its kind and a modifier), the last one
        whose folded name holds them, none if none does (rel16)."""
        offset = sv.m2o[pos] if pos < len(sv.m2o) else sv.end
        evs = self._reported()
        k = bisect_right(evs, offset, key=lambda x: x[0])
        if words:
            return next((m for _s, m in reversed(evs[:k]) if words in fold(m.name)), None)
        return evs[k - 1][1] if k else None

    def _reported(self) -> list[tuple[int, EntMention]]:
        """(start, mention) of the Event mentions that report a meeting, not cite one (cached)."""
        if self._reported_events is None:
            cited = self._cited_events()
            self._reported_events = [(start, m) for k, (start, m) in enumerate(self.event_positions)
                                     if k not in cited]
        return self._reported_events

    def is_cited_event(self, m: EntMention) -> bool:
        """This Event mention cites a meeting ("党的某大以来", "学习贯彻甲会议精神"): a speech in the
        clauses after it is not made at it."""
        if self._reported_starts is None:
            self._reported_starts = {x.start for _s, x in self._reported()}
        return m.type == "Event" and m.start not in self._reported_starts

    def _cited_events(self) -> set[int]:
        """Indexes (into event_positions) of the meetings a document cites, not the one it reports:
        "以党的十九大精神为指引", "落实省第十四次党代会决策部署" (what follows); "学习贯彻党的二十大关于…
        的部署" (studied or carried out: what comes before). rel11: a meeting just said to be held is
        the one reported whatever it stresses (10月11日召开的全市征兵工作会议强调: event_held_before); one
        still to come is not (党的十七大将要召开: event_cited_after); "传达了E" cites as "传达E" does
        (rel14: READ u32); and a list of meetings shares its
        citation (学习贯彻甲会议、乙会议和丙会议精神: only the first follows the verb and only the last
        precedes 精神; event_list_joiners, the words between two items). Word lists: relation_cues.json."""
        c = self.c
        cited_before, held_before = tuple(c["event_cited_before"]), tuple(c["event_held_before"])
        evs = [m for _s, m in self.event_positions]
        cited: set[int] = set()
        for k, m in enumerate(evs):
            before = fold(self.text[max(0, m.start - 4) : m.start])
            if before.endswith(held_before):
                continue
            after = fold(self.text[m.end : m.end + 6]).lstrip("”\"'")
            if P.EVENT_CITED.match(after) or after.startswith(tuple(c["event_cited_after"])) \
                    or before.removesuffix("了").endswith(cited_before) or self._cited_list_tail(m.end):
                cited.add(k)
        joiners = set(c["event_list_joiners"])
        joined = [k for k in range(len(evs) - 1)
                  if fold(self.text[evs[k].end : evs[k + 1].start]).strip("”“\"' ") in joiners]
        for step in (joined, joined[::-1]):  # forward, then backward: a whole list takes the citation
            for k in step:
                if k in cited or k + 1 in cited:
                    cited.update((k, k + 1))
        return cited

    def _cited_list_tail(self, end: int) -> bool:
        """ "学习贯彻甲讲话、党的某届全会和乙工作会议精神，": the meeting is an item of a list whose
        clause ends on what is studied (精神, 决策部署: event_cited_list_end), though the next item
        is named in words the entity step does not take whole, so the list joiner test cannot see
        it. rel14: READ u46, u51, u54 (the meeting the report is about is held, not studied)."""
        joiners = tuple(self.c["event_list_joiners"])
        tail = self.text[end : end + 60]
        if not tail.startswith(joiners):
            return False
        clause = P.CLAUSE_END.split(tail, 1)
        if len(clause) < 2:  # the clause runs on past the window: not a short list
            return False
        return fold(clause[0]).rstrip("”\"'").endswith(tuple(self.c["event_cited_list_end"]))

    def _evidence_view(self, a: str, b: str) -> SentView | None:
        """The first sentence naming both a and b, else the first naming a (evidence of a name fact)."""
        if not hasattr(self, "_views_by_name"):
            index: dict[str, list[int]] = {}
            for i, sv in enumerate(self.views):
                for name in {m.name for m in sv.slots.values()}:
                    index.setdefault(name, []).append(i)
            self._views_by_name = index
        with_a = self._views_by_name.get(a, [])
        with_b = set(self._views_by_name.get(b, []))
        both = [i for i in with_a if i in with_b]
        if both:
            return self.views[both[0]]
        return self.views[with_a[0]] if with_a else None

    def _name_parent_body(self, name: str) -> str | None:
        best = None
        for other, t in self.types.items():
            if t == "PartyGovBody" and other != name and name.startswith(other) and len(other) >= 2:
                if best is None or len(other) > len(best):
                    best = other
        return best


EVENT_PUNCT = re.compile(r"[\s、，,·•“”\"'‘’「」]")


def is_event_short_form(short: str, full: str) -> bool:
    """ "科博会" for "东山科技博览会": a short form keeps the full name's last character and picks
    its other characters in order from it (at least three characters, the full name much longer)."""
    if not 3 <= len(short) <= 6 or len(full) < len(short) + 3 or short[-1] != full[-1]:
        return False
    it = iter(full)
    return all(ch in it for ch in short)


def _event_full_forms(events: list[EntMention]) -> dict[str, str]:
    """Short event name -> the one event named in full before it that it abbreviates (none when
    two full names fit: the short form is then ambiguous)."""
    out: dict[str, str] = {}
    first: dict[str, int] = {}
    for m in events:
        first.setdefault(m.name, m.start)
    # "“甲、乙”座谈会" in the text, "“甲 乙”座谈会" in the headline: one event, the first form kept
    by_key: dict[str, str] = {}
    for name, _ in sorted(first.items(), key=lambda x: x[1]):
        key = EVENT_PUNCT.sub("", fold(name))
        if key in by_key:
            out[name] = by_key[key]
        else:
            by_key[key] = name
    for short, at in first.items():
        if short in out:
            continue
        fits = {n for n, s in first.items() if s < at and is_event_short_form(fold(short), fold(n))}
        if len(fits) == 1:
            out[short] = fits.pop()
    return out


def _index_by_first(words: list[str]) -> dict[str, list[int]] | None:
    """First character -> positions in `words` of the words starting with it (None: an empty word)."""
    out: dict[str, list[int]] = {}
    for k, w in enumerate(words):
        if not w:
            return None
        out.setdefault(w[0], []).append(k)
    return out


def name_forms(name: str, entity: Entity | None) -> list[str]:
    forms = [name] + (list(entity.aliases) if entity else [])
    return [_view_form(f) for f in forms if f]


@lru_cache(maxsize=65_536)
def _view_form(form: str) -> str:
    """A name form as the sentence views read it (the rules ask for each name's forms many times)."""
    # 興仁縣潘家莊鎮(zhèn): compared without the pinyin glosses the sentence views drop too
    return fold(PINYIN.sub("", form) if "(" in form else form)


COMPOUND_TAIL = re.compile(r"[^省市州盟县区旗]{2,5}(?:县|区|市|旗|镇|乡)")


# municipalities: their short form and a district written after it are one place (东川白水区 where
# 东川 is a municipality)
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")


def _one_compound(parts: tuple[str, ...]) -> bool:
    """Is a chain of places one compound place: three or more places, a first place written with its
    level word (青山市白水区), or a municipality's short form first?"""
    return len(parts) >= 3 or parts[0][-1] in "省市州盟县区旗" or parts[0] in MUNICIPALITIES


def place_forms(name: str, entity: Entity | None) -> list[str]:
    """A place's forms plus its short form without the administrative suffix (宝鸡市 → 宝鸡)."""
    out = []
    suffixes = cues()["place_suffixes"]
    forms = name_forms(name, entity)
    for f in list(forms):
        # 张家口市怀来县, 黔西南州兴仁县潘家庄镇: a compound place also stands for its last parts
        if len(f) >= 5 and f[-1] in "县区市旗镇乡":
            for i in range(1, len(f) - 2):
                tail = f[i + 1:]
                if f[i] in "省市州盟县区旗" and tail not in forms and COMPOUND_TAIL.fullmatch(tail):
                    forms.append(tail)
    for f in forms:
        out.append(f)
        for suf in suffixes:
            if f.endswith(suf) and len(f) - len(suf) >= 2:
                out.append(f[: -len(suf)])
                break
            if f.endswith(suf) and len(f) - len(suf) == 1 and not f[0].isascii():
                break
            if f.endswith(suf) and f[: -len(suf)] and all(ch in "X*Ｘ＊" for ch in f[: -len(suf)]):
                out.append(f[: -len(suf)])
                break
    # 东川青山白水区, 青山市白水区: a chain of places written with or without their level words stands
    # for its last place too, as written (place_codes.chain_parts; not cut further: 白水湾… is no
    # place of 青山市白水区); not two short forms of a province and a place (东川青山, 东川白水县), which
    # the texts also write for two places side by side (READ u48, u69)
    out += [parts[-1] for f in forms if len(f) >= 4 and (parts := chain_parts(f)) and _one_compound(parts)]
    return list(dict.fromkeys(out))


def _names_a_meeting_after(sv: SentView, j: int) -> bool:
    """Is the strategy at j only the first words of a meeting's name the rules cut short (贯彻落实
    东方自贸港创一流营商环境动员大会的要求: what is carried out is the meeting's call, not the strategy)?
    A few name characters, no conjunction or 的, lie between it and an Event mention."""
    m = sv.slots.get(j)
    if m is None or m.type != "Policy":
        return False
    s = sv.masked
    k = j + 1
    while k < len(s) and k - j <= 6 and s[k] not in CHAR_TYPE and "\u4e00" <= s[k] <= "\u9fff" \
            and s[k] not in "和与及的、等":
        k += 1
    nxt = sv.slots.get(k)
    return k > j + 1 and nxt is not None and nxt.type == "Event"

