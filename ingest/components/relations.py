"""Relation rules: typed links between the entities one document names, with their evidence.

Why rules and not a model: there is no labelled Chinese MCF relation corpus to train on, the
documents are formulaic (news items and speeches say "由A、B主办", "省委书记于伟国出席", "A与B签署…
协议"), and every relation must be explainable by the sentence and the rule that produced it.

How a sentence is read. Its text is folded (traditional→simplified, full→half width; same length)
and pinyin glosses that some crawled pages interleave ("協(xié)會(huì)") are dropped. Each entity
mention is then replaced by ONE placeholder character that encodes its type, so that the rules are
short regular expressions over a string such as "由Ｏ、Ｏ指导,Ｏ主办" (O an organisation) instead
of token juggling; a placeholder position maps back to its mention. Rules work inside one sentence,
in the clause that holds the cue; a clause without a subject of its own carries the subject of the
previous clause (and a sentence that opens with a verb carries the subject of the previous sentence
of the same paragraph, the way "同时建立市军民融合项目平台" continues "龙岩市委持续完善…").

Rule families (names are the `source` of each relation, "rel:<rule>"):
- title: "省委书记于伟国", "工信部副部长、国防科工局局长张克俭" (titles chained to one name),
  "市委常委、人武部政委喻文明", "常务副主任林夕范" (body carried from the previous list item),
  "省长唐登杰" → the provincial government; "以习近平同志为核心的党中央"; "来自…的".
- sponsor: "由A、B指导，C、D主办，E承办的“会”" → LEADS (主办/指导/主持) and PARTICIPATES_IN
  (承办/协办); "A和B联合主办" also COORDINATES_WITH.
- attend: attendee lists under one 出席/参加, before the verb or after "出席…的代表有：".
- cue: subject + cue + object with types checked (IMPLEMENTS tail Policy/Project, ESTABLISHED tail an
  organisation/fund/park, PARTICIPATES_IN tail Event …), objects may be a list.
- coord: "A与B签署…", "A、B和C联合开展…", a subject list whose sentence speaks of 合作/对接.
- support/guide: "在A的大力支持和悉心指导下，B…", "A对B…的支持", "接受A…指导", "为B…作贡献".
- part: "A是B的直属机构/组成部分", and a unit whose name extends its parent's name
  ("河北省军区司令部" → "河北省军区") when both appear in one sentence.
- located: "A在B举行/揭牌/挂牌成立", "落户/入驻B", "地点：A（B…）", a place in parentheses inside a
  name, "B汇集了/引进了A…", and the place-prefix rule of the guidelines (an organisation, park or
  fund whose name starts with a Location entity of the document → that place, most specific place,
  national prefixes excluded, Events/Policies/Projects not).
Cue words are data: `ingest/data/relation_cues.json`.

The pure function `extract_relations` takes plain offsets and names, so it is testable without
spaCy; the `mcf_relations` spaCy component adapts a Doc to it.
"""

from __future__ import annotations

from bisect import bisect_right

from graph.model import Entity, Evidence, Relation
from ingest.components import relation_patterns as P
from ingest.components.modality import classify_fact, problem_clauses
from ingest.components.relation_fold import fast_fold as fold
from ingest.components.relation_patterns import CUES_PATH, cues  # noqa: F401  (re-exported)
from ingest.components.relation_view import (  # noqa: F401  (EntMention, SentView re-exported)
    ANY,
    CHAR_TYPE,
    CLAUSE_PUNCT,
    TYPE_CHAR,
    EntMention,
    SentView,
    build_view,
    build_views,
    non_overlapping,
)

PERSON_CHAR = TYPE_CHAR["Person"]
ORG_TYPES = frozenset({"PartyGovBody", "MilitaryUnit", "Enterprise", "ResearchInstitute", "Association"})
LIST_SEP = "、和与及"
GAP_BREAKERS = set("的对与和同把向为在从将被给由及、") | set(CLAUSE_PUNCT)

ACTOR = set(ORG_TYPES) | {"Location", "IndustrialPark", "Fund"}
SUBJECT_TYPES = ACTOR | {"Person", "Project", "Policy", "Event"}

# relation type -> (allowed head types, allowed tail types)
SIGNATURES: dict[str, tuple[set[str], set[str]]] = {
    "LEADS": (set(ORG_TYPES) | {"Person", "Location"}, set(TYPE_CHAR) - {"Person"}),
    "SUPPORTS": (ACTOR | {"Person"}, set(TYPE_CHAR) - {"Person"}),
    "COORDINATES_WITH": (
        set(ORG_TYPES) | {"Location", "IndustrialPark"},
        set(ORG_TYPES) | {"Location", "IndustrialPark"},
    ),
    "PART_OF": (
        set(ORG_TYPES) | {"IndustrialPark", "Policy", "Project"},
        set(ORG_TYPES) | {"IndustrialPark", "Policy"},
    ),
    "LOCATED_IN": (
        set(ORG_TYPES) | {"IndustrialPark", "Fund", "Project", "Event"},
        {"Location", "IndustrialPark"},
    ),
    "IMPLEMENTS": (ACTOR | {"Project"}, {"Policy", "Project"}),
    "ESTABLISHED": (set(ORG_TYPES) | {"Location"}, set(ORG_TYPES) | {"Fund", "IndustrialPark"}),
    "FUNDS": ({"Fund"} | set(ORG_TYPES) | {"Location"}, set(ORG_TYPES) | {"Project", "IndustrialPark"}),
    "PARTICIPATES_IN": (set(ORG_TYPES) | {"Person", "Location", "IndustrialPark"}, {"Event"}),
    "HOLDS_POSITION": ({"Person"}, set(ORG_TYPES) | {"IndustrialPark"}),
}


# ---------------------------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------------------------


class _Extractor:
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
        self.mentions = non_overlapping(mentions)
        self.entities = {e.name: e for e in entities}
        self.types = {e.name: e.type for e in entities}
        self.entity_conf = {e.name: e.confidence for e in entities}
        for m in self.mentions:
            self.types.setdefault(m.name, m.type)
        self.relations: list[Relation] = []
        self.seen: set[tuple[str, str, str]] = set()
        self.c = cues()
        self.p = P.patterns()
        self.prefix_first_chars = {w[0] for w in self.c["clause_prefixes"] if w}
        self.views: list[SentView] = build_views(text, sentences, self.mentions)
        self.event_positions = sorted((m.start, m) for m in self.mentions if m.type == "Event")
        # Events that are the meeting reported on, not cited ("十九大精神"): starts, for bisect
        self._reported_events: list[tuple[int, EntMention]] | None = None
        self._gov_candidates: dict[str, list[tuple[str, list[str]]]] = {}
        self._forms_cache: dict[str, list[str]] = {}

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
        if not h or not t or h == t:
            return False
        ht, tt = self.types.get(h), self.types.get(t)
        heads, tails = SIGNATURES[rtype]
        if ht not in heads or tt not in tails:
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
        ev = Evidence(self.doc_id, sv.raw, sv.index, sv.start, sv.end, modality)
        # a relation is no surer than the names it links
        conf = confidence * min(self.entity_conf.get(h, 1.0), self.entity_conf.get(t, 1.0))
        self.relations.append(Relation(h, rtype, t, ev, source=f"rel:{rule}", confidence=conf))
        return True

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

    def _clause_subjects(self, sv: SentView, a: int, b: int) -> list[tuple[int, EntMention]]:
        s = sv.masked
        i = a
        while i < b and s[i] in " \u3000\t\n“\"'‘":
            i += 1
        prefixes, first_chars = self.c["clause_prefixes"], self.prefix_first_chars
        changed = True
        while changed:
            changed = False
            if s[i : i + 1] in first_chars:  # else no prefix can match at i
                for p in prefixes:
                    if s.startswith(p, i) and i + len(p) <= b:
                        i += len(p)
                        changed = True
            m = P.DATE_OPENER.match(s, i, b)  # no anchors: same as matching s[i:b]
            if m and m.end() > i:
                i = m.end()
                changed = True
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
        # "军民结合推进司副司长周少清出席…": the person, not the body of the title, is the subject
        tm = self.p.title_chain_person.match(rest)
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
        if prev is not None and not sv.new_paragraph and not P.ORDER_OPENING.match(opening):
            carried = [(-1, m) for _, m in getattr(prev, "_own_subject", []) if m.type in ACTOR]
        own_seen: list[tuple[int, EntMention]] = []
        for a, b in self.clauses(sv):
            own = self.clause_subjects(sv, a, b)
            if own:
                carried = own
                if not own_seen:
                    own_seen = own
            out.append(carried)
        sv._own_subject = own_seen or [  # type: ignore[attr-defined]
            x for x in carried if x[0] == -1
        ]
        return out

    @staticmethod
    def subject_at(sv: SentView, pos: int) -> list[tuple[int, EntMention]]:
        k = sv.clause_index(pos)
        if k is None or k >= len(sv.subjects_per_pos):
            return []
        return sv.subjects_per_pos[k]

    def head_before(
        self, sv: SentView, pos: int, types: set[str], max_gap: int = 10
    ) -> list[tuple[int, EntMention]]:
        """Agent(s) of the cue at pos: the nearest mention (with its list) just before it in the clause,
        else the clause subject."""
        a, _ = self.clause_of(sv, pos)
        s = sv.masked
        j = pos - 1
        gap = 0
        while j >= a:
            if s[j] in CHAR_TYPE:
                # "推进司在西安组织召开…": a place after 在/于 is where, not who: look further left
                if (
                    j - 1 >= a
                    and s[j - 1] in "在于到赴"
                    and CHAR_TYPE[s[j]] in ("Location", "IndustrialPark")
                ):
                    j -= 2
                    gap += 2
                    continue
                break
            if s[j] in GAP_BREAKERS:
                j = a - 1
                break
            j -= 1
            gap += 1
        if j >= a and gap <= max_gap and j in sv.slots and sv.slots[j].type in types:
            return [(p, m) for p, m in self.list_at(sv, j) if m.type in types]
        return [(p, m) for p, m in self.subject_at(sv, pos) if m.type in types]

    def tails_after(
        self, sv: SentView, pos: int, types: set[str], max_gap: int = 8
    ) -> list[tuple[int, EntMention]]:
        """Object(s) of the cue ending at pos: the first mention after it (and its list), if typed right."""
        _, b = self.clause_of(sv, pos)
        s = sv.masked
        b = min(b, len(s))
        j = pos
        gap = 0
        while j < b and s[j] not in CHAR_TYPE:
            j += 1
            gap += 1
        if j >= b or j not in sv.slots:
            return []
        # a modifier may sit between cue and object: "规划建设总面积达95平方公里的X"
        if gap > max_gap and not (gap <= 20 and s[j - 1 : j] == "的" or s[j - 2 : j] in ("的“", '的"')):
            return []
        if any(ch in s[pos:j] for ch in "，,；;。"):
            return []
        return [(p, m) for p, m in self.list_at(sv, j) if p >= j and m.type in types]

    def recent_event(self, sv: SentView, pos: int) -> EntMention | None:
        """The Event last mentioned at or before this point of the document (for "会议", "开幕式")."""
        offset = sv.m2o[pos] if pos < len(sv.m2o) else sv.end
        if self._reported_events is None:
            # "以党的十九大精神为指引", "落实省第十四次党代会决策部署": a meeting cited, not the one
            # being reported
            self._reported_events = [
                (start, m)
                for start, m in self.event_positions
                if not P.EVENT_CITED.match(fold(self.text[m.end : m.end + 6]).lstrip("”\"'"))
            ]
        evs = self._reported_events
        k = bisect_right(evs, offset, key=lambda x: x[0])
        return evs[k - 1][1] if k else None

    # ---- rules -----------------------------------------------------------------------------

    def run(self) -> list[Relation]:
        prev = None
        for sv in self.views:
            sv.subjects_per_pos = self.subjects(sv, prev)  # also carries a subject to the next one
            prev = sv
            if not sv.slots:
                # every rule needs at least one argument named in the sentence itself (carried
                # subjects and earlier events only complete one): nothing to find here
                continue
            self.rule_titles(sv)
            self.rule_sponsor(sv)
            self.rule_attend(sv)
            self.rule_in_event(sv)
            self.rule_guidance(sv)
            self.rule_coordinates(sv)
            self.rule_part_of(sv)
            self.rule_located(sv)
            self.rule_established(sv)
            self.rule_cues(sv)
        self.rule_place_prefix()
        self.rule_name_parent()
        return self.relations

    # HOLDS_POSITION ------------------------------------------------------------------------

    def person_orgs(self, sv: SentView) -> dict[str, list[EntMention]]:
        """Person name -> bodies their title in this sentence names (used by coord, too)."""
        if not hasattr(sv, "_person_orgs"):
            sv._person_orgs = self._titles(sv)  # type: ignore[attr-defined]
        return sv._person_orgs  # type: ignore[attr-defined]

    def _gov_body(self, title: str, place: EntMention | None) -> str | None:
        for head, forms in self.c["government_heads"].items():
            if title.endswith(head):
                cands = []
                for name, e in self.entities.items():
                    if e.type != "PartyGovBody":
                        continue
                    allf = [fold(name)] + [fold(a) for a in e.aliases]
                    if any(f in x for f in forms for x in allf):
                        cands.append((name, allf))
                if place is not None:
                    pf = _place_forms(place.name, self.entities.get(place.name))
                    narrowed = [c for c in cands if any(x.startswith(p) for p in pf for x in c[1])]
                    cands = narrowed or ([] if len(cands) > 1 else cands)
                if len(cands) == 1:
                    return cands[0][0]
                return None
        return None

    def _titles(self, sv: SentView) -> dict[str, list[EntMention]]:
        s = sv.masked
        # titles hang on a person mention: without one, only the two patterns below can apply
        result = self._titled_persons(sv) if PERSON_CHAR in s else {}
        # 以习近平同志为核心的党中央 ; 来自X的Y
        for m in P.CORE_OF.finditer(s):
            p, o = m.start(1), m.start(3)
            if p in sv.slots and o in sv.slots:
                self.emit(sv.slots[p], "HOLDS_POSITION", sv.slots[o], sv, "title:core", 0.8, [p, o])
        for m in P.FROM_OF.finditer(s):
            o, p = m.start(1), m.start(2)
            if p in sv.slots and o in sv.slots:
                self.emit(sv.slots[p], "HOLDS_POSITION", sv.slots[o], sv, "title:from", 0.7, [p, o])
        return result

    def _titled_persons(self, sv: SentView) -> dict[str, list[EntMention]]:
        """Person name -> bodies named in their titles ("省委书记于伟国"), emitting HOLDS_POSITION."""
        s = sv.masked
        title_re = self.p.title_end
        result: dict[str, list[EntMention]] = {}
        # items: split at punctuation and list words
        bounds = [0]
        for m in P.TITLE_ITEM_SPLIT.finditer(s):
            bounds.append(m.start())
            bounds.append(m.end())
        bounds.append(len(s))
        items = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2) if bounds[k] < bounds[k + 1]]
        pending: list[EntMention] = []
        last_orgs: list[EntMention] = []
        last_was_person_item = False
        for a, b in items:
            ments = sv.mentions_in(a, b)
            persons = [(p, m) for p, m in ments if m.type == "Person"]
            orgtypes = SIGNATURES["HOLDS_POSITION"][1]
            if not persons:
                orgs = [(p, m) for p, m in ments if m.type in orgtypes]
                tail = s[(orgs[-1][0] + 1) if orgs else a : b]
                if orgs and title_re.search(tail) and len(tail) <= 12:
                    pending.extend(m for _, m in orgs)
                elif not orgs and pending and title_re.search(s[a:b].strip()) and len(s[a:b].strip()) <= 8:
                    pass  # "省国防科工办党组书记、主任，省经信委…": a further title of the same person
                else:
                    pending = []
                last_was_person_item = False
                continue
            p0, person = persons[0]
            before = [(p, m) for p, m in ments if p < p0]
            orgs = []
            for p, m in before:
                if m.type not in orgtypes and m.type != "Location":
                    continue
                gap = s[p + 1 : p0]
                if any(ch in CHAR_TYPE for ch in gap):
                    # only the last body before the name, or bodies whose title precedes another body
                    nxt = min(q for q, _ in before if q > p) if any(q > p for q, _ in before) else p0
                    gap = s[p + 1 : nxt]
                    if not title_re.search(gap):
                        continue
                if len(gap) > 14:
                    continue
                if gap and not title_re.search(gap) and not gap.endswith(("同志",)):
                    continue
                orgs.append((p, m, gap))
            bodies: list[EntMention] = []
            for _p, m, gap in orgs:
                if m.type == "Location":
                    g = self._gov_body(gap, m)
                    if g:
                        bodies.append(EntMention(0, 0, g, "PartyGovBody"))
                else:
                    bodies.append(m)
            if not orgs:
                lead = s[a:p0].strip()
                lead = P.TITLE_LEAD_STRIP.sub("", lead)
                if title_re.search(lead) and len(lead) <= 10:
                    g = (
                        self._gov_body(lead, None)
                        if any(lead.endswith(h) for h in self.c["government_heads"])
                        else None
                    )
                    if g:
                        bodies.append(EntMention(0, 0, g, "PartyGovBody"))
                    elif (
                        last_was_person_item
                        and last_orgs
                        and not any(lead.endswith(h) for h in self.c["government_heads"])
                    ):
                        bodies.extend(last_orgs)
            bodies = pending + bodies
            pending = []
            for body in bodies:
                at = [p0] + [p for p, m2, _ in orgs if m2.name == body.name]
                if self.emit(person, "HOLDS_POSITION", body, sv, "title", 0.8, at):
                    pass
                result.setdefault(person.name, [])
                if body.name not in [x.name for x in result[person.name]]:
                    result[person.name].append(body)
            last_orgs = [b for b in bodies if b.type in ORG_TYPES] or last_orgs
            last_was_person_item = True
            # "张祥安会见了省国防科工办党组书记、主任，…徐成然": a title opened after the name
            rest = [(p, m) for p, m in ments if p > persons[-1][0] and m.type in orgtypes]
            if rest and title_re.search(s[rest[-1][0] + 1 : b]) and len(s[rest[-1][0] + 1 : b]) <= 12:
                pending = [m for _, m in rest]
        return result

    def rule_titles(self, sv: SentView) -> None:
        self.person_orgs(sv)

    # LEADS / PARTICIPATES_IN for sponsors ---------------------------------------------------

    def rule_sponsor(self, sv: SentView) -> None:
        s = sv.masked
        leads = self.c["sponsor_leads"]
        hits = list(self.p.sponsor.finditer(s))
        if not hits:
            return
        you = s.find("由")
        if you < 0:
            return
        # the event: "…承办的“EVENT”" after the last cue, else the subject before 由, else the
        # event last named (for "会议由…主办")
        event = None
        after = P.SPONSORED_EVENT_AFTER.match(s[hits[-1].end() :])
        if after:
            p = hits[-1].end() + after.start(1)
            event = (p, sv.slots[p])
        if event is None:
            for p, m in sv.mentions_in(0, you):
                # "正值第23届中国五金博览会举办期间": a time adverbial, not the sponsored event
                if m.type == "Event" and not P.TIME_ADVERBIAL.match(s[p + 1 :]):
                    event = (p, m)
        if event is None:
            pre = s[:you]
            if any(w in pre for w in self.c["event_generic"]):
                ev = self.recent_event(sv, you)
                if ev is not None:
                    event = (-1, ev)
        if event is None:
            return
        start = you + 1
        for h in hits:
            if h.start() < start:
                continue
            agents = [(p, m) for p, m in sv.mentions_in(start, h.start()) if m.type in ORG_TYPES | {"Person"}]
            # a person's title body is not an agent: "由永康市委常委、人武部政委喻文明主持"
            if any(m.type == "Person" for _, m in agents):
                agents = [(p, m) for p, m in agents if m.type == "Person"]
            word = h.group(0)
            rtype = "LEADS" if word in leads else "PARTICIPATES_IN"
            for p, m in agents:
                at = [p] + ([event[0]] if event[0] >= 0 else [])
                self.emit(m, rtype, event[1], sv, f"sponsor:{word}", 0.85, at)
            if word.startswith("联合") and len(agents) > 1:
                for i, (p1, m1) in enumerate(agents):
                    for p2, m2 in agents[i + 1 :]:
                        self.emit(m1, "COORDINATES_WITH", m2, sv, "sponsor:joint", 0.7, [p1, p2])
            start = h.end()

    # PARTICIPATES_IN for attendee lists ---------------------------------------------------

    def _list_clause(self, text: str) -> bool:
        t = P.ANY_RE.sub("", text)
        t = self.p.titles.sub("", t)
        t = P.LIST_NOISE.sub("", t)
        if len(t) <= 4:
            return True
        # "相关军事单位、国防科工局、北京市经信委、中关村管委会、海淀区领导": a list with a few
        # generic items, as long as no verb of its own (由…主办, 召开) makes it a clause of its own
        return len(P.ANY_RE.findall(text)) >= 2 and len(t) <= 10 and not P.LIST_VERBS.search(text)

    @staticmethod
    def _generic_item(text: str) -> bool:
        """A list item naming no entity ("各省(市、区)军民结合主管部门", "十大军工集团领导…等")."""
        return not P.ANY_RE.search(text) and len(text) <= 20 and not P.GENERIC_ITEM_VERBS.search(text)

    def rule_attend(self, sv: SentView) -> None:
        s = sv.masked
        for h in self.p.attend.finditer(s):
            cue_end = h.end()
            rest = s[cue_end:]
            m_ev = P.ATTENDED_EVENT.match(rest)
            event = None
            if m_ev:
                p = cue_end + m_ev.start(2)
                event = (p, sv.slots[p])
            elif self.p.attend_generic_event.match(rest):
                # "…出席会议", "…等出席。": the meeting the report is about
                ev = self.recent_event(sv, h.start())
                if ev is not None:
                    event = (-1, ev)
            if event is None:
                continue
            people: list[tuple[int, EntMention]] = []
            after = P.ATTENDEES_FOLLOW.match(s[(event[0] + 1 if event[0] >= 0 else cue_end) :])
            if after:
                start = (event[0] + 1 if event[0] >= 0 else cue_end) + after.end()
                people = sv.mentions_in(start, len(s))
            else:
                # the list before the verb: this clause, and earlier clauses that are pure lists
                clauses = self.clauses(sv)
                ci = next((i for i, (a, b) in enumerate(clauses) if a <= h.start() < b), None)
                if ci is None:
                    continue
                a, _ = clauses[ci]
                seg_start = a
                head_part = s[a : h.start()]
                if not self._list_clause(head_part):
                    # "…等95家单位160多名代表参加": keep only the list that ends right before 等/的代表
                    pass
                k = ci - 1
                while k >= 0 and (
                    self._list_clause(s[clauses[k][0] : clauses[k][1]])
                    or self._generic_item(s[clauses[k][0] : clauses[k][1]])
                ):
                    seg_start = clauses[k][0]
                    k -= 1
                people = sv.mentions_in(seg_start, h.start())
            if not people:
                continue
            titled = self.person_orgs(sv)
            title_bodies = {b.name for bs in titled.values() for b in bs}
            for p, m in people:
                if m.type in ("Event", "Location", "Policy", "Project"):
                    continue
                if m.type != "Person":
                    if m.name in title_bodies:
                        continue
                    nxt = s[p + 1 : p + 2]
                    if nxt and nxt in CHAR_TYPE:  # a body right before a name is its title body
                        continue
                    if P.PERSONS_ETC_BEFORE.search(s[: p + 1]) and s[p + 1 : p + 3] == "领导":
                        continue
                at = [p] + ([event[0]] if event[0] >= 0 else [])
                self.emit(m, "PARTICIPATES_IN", event[1], sv, "attend", 0.8, at)

    def rule_in_event(self, sv: SentView) -> None:
        """ "张效廉在…会议上强调", "张丽华日前在…座谈会上表示"."""
        s = sv.masked
        for m in P.IN_EVENT.finditer(s):
            p, e = m.start(1), m.start(2)
            if p in sv.slots and e in sv.slots:
                self.emit(sv.slots[p], "PARTICIPATES_IN", sv.slots[e], sv, "in-event", 0.8, [p, e])
        # "我们召开市委军民融合发展委员会第一次全体会议": a body's own numbered meeting
        for p, m in sv.slots.items():
            if m.type != "Event":
                continue
            if not self.p.host.search(s[max(0, p - 6) : p]):
                continue
            for name, t in self.types.items():
                if t in ORG_TYPES and name != m.name and m.name.startswith(name):
                    rest = m.name[len(name) :]
                    if P.NUMBERED_MEETING.match(rest):
                        self.emit(name, "PARTICIPATES_IN", m, sv, "own-meeting", 0.7, [p])

    # SUPPORTS / LEADS via guidance phrases --------------------------------------------------

    def rule_guidance(self, sv: SentView) -> None:
        s = sv.masked
        # 在A的大力支持和悉心指导下，B…
        for m in P.UNDER_GUIDANCE.finditer(s):
            agents = [(p, x) for p, x in sv.mentions_in(m.start(1), m.end(1))]
            words = m.group(2)
            clauses = self.clauses(sv)
            nxt = next(((a, b) for a, b in clauses if a >= m.end()), None)
            if nxt is None:
                continue
            targets = self.clause_subjects(sv, *nxt)
            for p, x in agents:
                for q, y in targets:
                    if any(w in words for w in self.c["supports"]):
                        self.emit(x, "SUPPORTS", y, sv, "guidance:support", 0.75, [p, q])
                    if "指导" in words or "领导" in words:
                        self.emit(x, "LEADS", y, sv, "guidance:lead", 0.7, [p, q])
        # 接受A(及…)业务指导 -> A LEADS subject
        for m in P.ACCEPT_GUIDANCE.finditer(s):
            p = m.start(1)
            for q, y in self.subject_at(sv, p):
                self.emit(sv.slots[p], "LEADS", y, sv, "guidance:accept", 0.7, [p, q])
        # A(多年来)对B…的关注和支持 ; A对B…给予支持
        for m in P.SUPPORT_DUI.finditer(s):
            p, q = m.start(1), m.start(2)
            self.emit(sv.slots[p], "SUPPORTS", sv.slots[q], sv, "support:dui", 0.7, [p, q])
        # B…离不开A、C的支持 -> A SUPPORTS B (B the sentence subject)
        for m in P.RELY_ON.finditer(s):
            agents = sv.mentions_in(m.start(1), m.end(1))
            for q, y in self.subject_at(sv, m.start()):
                for p, x in agents:
                    self.emit(x, "SUPPORTS", y, sv, "support:rely", 0.65, [p, q])
        # 为B经济社会发展多作贡献 -> subject SUPPORTS B
        for m in P.CONTRIBUTE_TO.finditer(s):
            q = m.start(1)
            for p, x in self.subject_at(sv, q):
                self.emit(x, "SUPPORTS", sv.slots[q], sv, "support:contribute", 0.6, [p, q])

    # COORDINATES_WITH ----------------------------------------------------------------------

    def _as_org(self, sv: SentView, m: EntMention) -> list[EntMention]:
        if m.type == "Person":
            return self.person_orgs(sv).get(m.name, [])
        return [m]

    def rule_coordinates(self, sv: SentView) -> None:
        s = sv.masked
        types = SIGNATURES["COORDINATES_WITH"][0] | {"Person"}
        # a cue in a clause is a cue in the sentence: one search spares the per-clause loop
        for a, b in self.clauses(sv) if self.p.coordinates.search(s) else ():
            clause = s[a:b]
            hits = list(self.p.coordinates.finditer(clause))
            if not hits or self.p.supports.search(clause):
                continue
            if self.p.founded_by_in_clause.search(clause):
                continue  # co-founders: ESTABLISHED (and coordination only for a few partners)
            # lists joined by 与/和/同/、 before the cue, e.g. "A与B签署", "A、B和C联合开展"
            done = set()
            for h in hits:
                cue_pos = a + h.start()
                for p, _m in sv.mentions_in(a, cue_pos):
                    if p in done:
                        continue
                    lst = [(q, x) for q, x in self.list_at(sv, p) if x.type in types and q < cue_pos]
                    done.update(q for q, _ in lst)
                    joined = s[lst[0][0] : lst[-1][0] + 1] if lst else ""
                    if len(lst) < 2 or not P.JOINED_BY.search(joined) and "、" not in joined:
                        continue
                    if len(lst) > 4:  # ten bodies "联合…" is a roll-call, not pairwise cooperation
                        continue
                    # ", A与B…" the list must be adjacent to the cue or be the clause subject
                    gap = s[lst[-1][0] + 1 : cue_pos]
                    if len(gap) > 24:
                        continue
                    orgs = []
                    for q, x in lst:
                        for o in self._as_org(sv, x):
                            orgs.append((q, o))
                    for i, (q1, o1) in enumerate(orgs):
                        for q2, o2 in orgs[i + 1 :]:
                            self.emit(o1, "COORDINATES_WITH", o2, sv, f"coord:{h.group(0)}", 0.7, [q1, q2])
                # "A与B战略协议", "到B交流": the subject's body with the place visited
                m2 = P.COORD_TARGET.search(clause[: h.start()])
                if m2:
                    q = a + m2.start(2)
                    target = sv.slots.get(q)
                    if target is not None and target.type in ORG_TYPES | {"IndustrialPark"}:
                        subj = self.head_before(sv, a + m2.start(), types, max_gap=16)
                        if not subj:
                            subj = self.subject_at(sv, q)
                        for p, x in subj:
                            for o in self._as_org(sv, x):
                                for t in self._as_org(sv, target):
                                    self.emit(
                                        o, "COORDINATES_WITH", t, sv, f"coord:{h.group(0)}", 0.65, [p, q]
                                    )
        # a subject list of bodies whose sentence speaks of 合作/对接 in a later clause
        clauses = self.clauses(sv)
        if clauses:
            subj = self.clause_subjects(sv, *clauses[0])
            rest = s[clauses[0][1] :]
            if len(subj) >= 2 and self.p.coordinates_far.search(rest) and not self.p.supports.search(s):
                orgs = [(p, m) for p, m in subj if m.type in ORG_TYPES]
                for i, (p1, m1) in enumerate(orgs):
                    for p2, m2 in orgs[i + 1 :]:
                        self.emit(m1, "COORDINATES_WITH", m2, sv, "coord:far", 0.55, [p1, p2])

    # PART_OF -------------------------------------------------------------------------------

    def rule_part_of(self, sv: SentView) -> None:
        s = sv.masked
        for m in self.p.part_is_of.finditer(s):
            p, q = m.start(1), m.start(2)
            self.emit(sv.slots[p], "PART_OF", sv.slots[q], sv, "part:is-of", 0.75, [p, q])
        # subject carried: "党管武装是…，是中国特色社会主义制度的重要组成部分"
        for m in self.p.part_is_of_carried.finditer(s):
            q = m.start(2)
            for p, x in self.subject_at(sv, q):
                self.emit(x, "PART_OF", sv.slots[q], sv, "part:is-of", 0.7, [p, q])
        for m in P.SUBORDINATE.finditer(s):
            p, q = m.start(1), m.start(3)
            self.emit(sv.slots[q], "PART_OF", sv.slots[p], sv, "part:subordinate", 0.7, [p, q])
        for m in P.AFFILIATED.finditer(s):
            p, q = m.start(1), m.start(2)
            self.emit(sv.slots[p], "PART_OF", sv.slots[q], sv, "part:subordinate", 0.7, [p, q])

    def rule_name_parent(self) -> None:
        """A unit whose name extends a parent's name: 河北省军区司令部 → 河北省军区.

        Only the longest such parent (中科院北京分院科技合作处 → 中科院北京分院, not 中科院), and only
        parents that are units with sub-units by nature (military, institutes, associations,
        enterprises): "市委军民融合办" is not annotated PART_OF "市委".
        """
        parents = set(self.c["part_of_child_parent_types"])
        for name, e in self.entities.items():
            if e.type not in ORG_TYPES:
                continue
            forms = _forms(name, e)
            best = None
            for other, o in self.entities.items():
                if other == name:
                    continue
                # a ministry's 司/局/处 is part of it; a party committee's 办/部 are not annotated so
                dept = o.type == "PartyGovBody" and all(
                    f.endswith(("司", "局", "处", "科", "室")) for f in forms
                )
                if o.type not in parents and not dept:
                    continue
                for of in _forms(other, o):
                    if len(of) >= 2 and any(f.startswith(of) and len(f) > len(of) + 1 for f in forms):
                        if best is None or len(of) > best[0]:
                            best = (len(of), other)
            if best:
                sv = self._evidence_view(name, best[1])
                if sv is not None:
                    self.emit(name, "PART_OF", best[1], sv, "part:name", 0.7, [], "stated")

    # LOCATED_IN ----------------------------------------------------------------------------

    def rule_located(self, sv: SentView) -> None:
        s = sv.masked
        # A(…)在B(…)举行/召开/揭牌/挂牌成立
        national = set(self.c["national_prefixes"]) | {"中华人民共和国", "全国"}
        for m in self.p.located_at.finditer(s):
            # the place: the last Location/park between 在 and the verb, close to the verb
            places = [
                (q, x)
                for q, x in sv.mentions_in(m.start(1), m.end(1))
                if x.type in ("Location", "IndustrialPark") and fold(x.name) not in national
            ]
            if not places:
                continue
            q, place = places[-1]
            if m.end(1) - q - 1 > 8:  # "在大连世界博览广场拉开帷幕": a venue may follow the place
                continue
            # the thing: the nearest mention before 在 in this clause or the previous one
            p = m.start() - 1
            thing = None
            while p >= 0:
                x = sv.slots.get(p)
                if x is not None and x.type in SIGNATURES["LOCATED_IN"][0] and x.type != "Project":
                    thing = (p, x)
                    break
                if s[p] in "。；;":
                    break
                p -= 1
            if m.group(2) in self.c["event_verbs"]:
                later = self.tails_after(sv, m.end(2), {"Event"}, max_gap=2)
                if later:  # "推进司在西安组织召开…研讨会"
                    thing = later[0]
            if thing is None:
                continue
            # meetings are held (举行/召开) somewhere; bodies, parks and projects are unveiled or set
            # up (揭牌/挂牌/成立/落地); "A与B在滁举行…签约仪式" locates the ceremony, not A or B
            verb = m.group(2)
            after_verb = s[m.end(2) : m.end(2) + 2]
            event_verb = verb in self.c["event_verbs"] and after_verb not in self.c["unveil_words"]
            if event_verb != (thing[1].type == "Event"):
                continue
            # "A在B举行", "“A”，近日在B挂牌": only quotes, commas and adverbs between A and 在
            if thing[0] < m.start() and not P.THING_TO_AT.fullmatch(s[thing[0] + 1 : m.start()]):
                continue
            self.emit(thing[1], "LOCATED_IN", place, sv, "located:at", 0.75, [thing[0], q])
        # …落户/入驻 B ; 入住B的A
        for m in self.p.settle.finditer(s):
            q = m.start(2)
            place = sv.slots[q]
            if place.type not in ("Location", "IndustrialPark"):
                continue
            # "落户在平房区(哈经开区)中国云谷": the most specific place of the chain
            chain = P.PLACE_CHAIN.match(s[q:])
            if chain:
                last = [
                    (x, y)
                    for x, y in sv.mentions_in(q, q + chain.end())
                    if y.type in ("Location", "IndustrialPark")
                ]
                if last:
                    q, place = last[-1]
            after = s[q + 1 : q + 3]
            if after.startswith("的") and q + 2 < len(s) and (q + 2) in sv.slots:
                self.emit(sv.slots[q + 2], "LOCATED_IN", place, sv, "located:settle", 0.75, [q, q + 2])
                continue
            a, _ = self.clause_of(sv, m.start())
            things = [
                (p, x) for p, x in sv.mentions_in(a, m.start()) if x.type in SIGNATURES["LOCATED_IN"][0]
            ]
            if not things:
                things = [(p, x) for p, x in self.subject_at(sv, m.start())]
            for p, x in things:
                self.emit(x, "LOCATED_IN", place, sv, "located:settle", 0.7, [p, q])
        # 地点：A（B区…）
        for m in P.ADDRESS.finditer(s):
            p, q = m.start(1), m.start(2)
            self.emit(sv.slots[p], "LOCATED_IN", sv.slots[q], sv, "located:address", 0.7, [p, q])
        # B(地方)汇集了/引进了 A、C等…
        for m in self.p.gather.finditer(s):
            subj = [(p, x) for p, x in self.subject_at(sv, m.start()) if x.type == "Location"]
            if not subj:
                continue
            for q, y in self.tails_after(sv, m.end(), SIGNATURES["LOCATED_IN"][0] - {"Event"}):
                for p, x in subj:
                    self.emit(y, "LOCATED_IN", x, sv, "located:gather", 0.65, [p, q])

    def rule_place_prefix(self) -> None:
        """Organisations (also parks, funds) named after a Location entity of the document."""
        places: list[tuple[str, str]] = []  # (form, location name)
        for name, e in self.entities.items():
            if e.type != "Location":
                continue
            for f in _place_forms(name, e):
                places.append((f, name))
        for m in self.mentions:
            if m.type not in ORG_TYPES and m.type not in ("IndustrialPark", "Fund"):
                continue
        done: set[str] = set()
        provinces = self.c["provinces"]
        for name, e in list(self.entities.items()):
            if e.type not in ORG_TYPES and e.type not in ("IndustrialPark", "Fund") or name in done:
                continue
            done.add(name)
            target = None
            for form in _forms(name, e):
                t = self._prefix_place(form, places, provinces)
                if t:
                    target = t
                    break
            if target is None:
                # a place in parentheses inside the name: 北科天绘(合肥)激光技术有限公司
                for form in _forms(name, e):
                    pm = P.PAREN_PLACE.search(form)
                    if pm:
                        for f, loc in places:
                            if pm.group(1) == f:
                                target = loc
                if target is None:
                    continue
            sv = self._evidence_view(name, target)
            if sv is not None:
                self.emit(name, "LOCATED_IN", target, sv, "located:prefix", 0.8, [], "stated")

    def _prefix_place(self, form: str, places: list[tuple[str, str]], provinces: list[str]) -> str | None:
        f = fold(form)
        for skip in self.c["name_prefixes_to_skip"]:
            if f.startswith(skip):
                f = f[len(skip) :]
        if any(f.startswith(n) for n in self.c["national_prefixes"]):
            return None
        found = None
        i = 0
        while i < len(f):
            best = None
            for pf, loc in places:
                if pf in self.c["national_prefixes"]:
                    continue
                if f.startswith(pf, i) and (best is None or len(pf) > len(best[0])):
                    best = (pf, loc)
            if best is not None:
                j = i + len(best[0])
                suffix = next((x for x in self.c["place_suffixes"] if f.startswith(x, j)), "")
                if suffix in self.c["sub_place_suffixes"] and not best[0].endswith(
                    tuple(self.c["place_suffixes"])
                ):
                    # "**县民兵运输连" is in a county of **, not in ** itself
                    break
                found = best[1]
                i = j + len(suffix) if suffix and not best[0].endswith(suffix) else j
                continue
            prov = next((p for p in provinces if f.startswith(p, i)), None)
            if prov is not None and found is None:
                i += len(prov)
                if f.startswith("省", i):
                    i += 1
                continue
            break
        return found

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

    # ESTABLISHED ---------------------------------------------------------------------------

    def rule_established(self, sv: SentView) -> None:
        s = sv.masked
        tails = SIGNATURES["ESTABLISHED"][1]
        heads = SIGNATURES["ESTABLISHED"][0]
        # X是由A、B与C(三方)合作成立的…
        for m in self.p.established_by.finditer(s):
            agents = [(p, x) for p, x in sv.mentions_in(m.start(1), m.end(1)) if x.type in heads]
            target = None
            after = self.tails_after(sv, m.end(), tails, max_gap=3)
            if after:  # "由A、B等30余家单位联合发起成立了X"
                target = after[0]
            else:  # "X是由A、B与C三方合作成立的…"
                for p, x in sv.mentions_in(0, m.start()):
                    if x.type in tails:
                        target = (p, x)
            if target is None:
                continue
            for p, x in agents:
                self.emit(x, "ESTABLISHED", target[1], sv, "established:by", 0.8, [p, target[0]])
            if "合作" in s[m.end(1) : m.end()] and 1 < len(agents) <= 4:
                for i, (p1, x1) in enumerate(agents):
                    for p2, x2 in agents[i + 1 :]:
                        self.emit(x1, "COORDINATES_WITH", x2, sv, "coord:co-founders", 0.7, [p1, p2])
        # subject + 成立/设立/组建 + org ; subject + 建设/打造/创建 + park ; subject + PARK建设
        for cue_re, ttypes in ((self.p.established, tails), (self.p.established_park, {"IndustrialPark"})):
            for h in cue_re.finditer(s):
                if s[max(0, h.start() - 1) : h.start()] == "由":
                    continue
                if s[h.end() : h.end() + 1] in ("单", "人", "方", "者", "以"):  # 发起单位, 成立以来
                    continue
                objs = self.tails_after(sv, h.end(), ttypes)
                if not objs:
                    continue
                subj = self.head_before(sv, h.start(), heads)
                if not subj:
                    # "我们成立市委军民融合发展委员会，专设市委军民融合办": the founder is the body
                    # whose name the new body's name extends
                    for q, y in objs:
                        parent = self._name_parent_body(y.name)
                        if parent:
                            self.emit(parent, "ESTABLISHED", y, sv, "established:own-body", 0.6, [q])
                    continue
                for p, x in subj:
                    for q, y in objs:
                        self.emit(x, "ESTABLISHED", y, sv, f"established:{h.group(0)}", 0.7, [p, q])
                if "IndustrialPark" in ttypes:
                    a, _ = self.clause_of(sv, h.start())
                    at = P.BUILT_AT.search(s[a : h.start()])
                    if at and sv.slots.get(a + at.start(1)) is not None:
                        place = sv.slots[a + at.start(1)]
                        for q, y in objs:
                            self.emit(
                                y, "LOCATED_IN", place, sv, "located:built-at", 0.7, [q, a + at.start(1)]
                            )
        for m in P.PARK_BUILD.finditer(s):
            q = m.start(1)
            subj = self.head_before(sv, q, heads) or [
                (p, x) for p, x in self.subject_at(sv, q) if x.type in heads
            ]
            for p, x in subj:
                self.emit(x, "ESTABLISHED", sv.slots[q], sv, "established:park-build", 0.6, [p, q])

    def _name_parent_body(self, name: str) -> str | None:
        best = None
        for other, t in self.types.items():
            if t == "PartyGovBody" and other != name and name.startswith(other) and len(other) >= 2:
                if best is None or len(other) > len(best):
                    best = other
        return best

    # generic subject-cue-object rules ------------------------------------------------------

    def rule_cues(self, sv: SentView) -> None:
        s = sv.masked
        for rtype, cue_re, conf in self.p.cue_table:
            heads, tails = SIGNATURES[rtype]
            for h in cue_re.finditer(s):
                if s[h.end() : h.end() + 1] in ("人", "同"):  # 负责人, 负责同志: nouns, not verbs
                    continue
                if rtype == "PARTICIPATES_IN" and s[max(0, h.start() - 2) : h.start()] == "主持":
                    rtype_here = "LEADS"  # "主持召开…会议": the chair leads the meeting
                else:
                    rtype_here = rtype
                objs = self.tails_after(sv, h.end(), tails)
                if not objs and rtype == "SUPPORTS":
                    # "…扎实开展X，A、B等部门要大力支持": the thing named earlier in the sentence
                    before = [
                        (p, m) for p, m in sv.mentions_in(0, h.start()) if m.type in ("Project", "Policy")
                    ]
                    subj = self.head_before(sv, h.start(), heads)
                    if before and subj and before[-1][0] < min(p for p, _ in subj):
                        objs = [before[-1]]
                if not objs:
                    continue
                subj = self.head_before(sv, h.start(), heads)
                for p, x in subj:
                    for q, y in objs:
                        self.emit(x, rtype_here, y, sv, f"cue:{h.group(0)}", conf, [p, q])

    # problems ------------------------------------------------------------------------------

    def problems(self) -> dict[str, list[Evidence]]:
        out: dict[str, list[Evidence]] = {}
        for sv in self.views:
            spans = problem_clauses(sv.raw)
            if not spans:
                continue
            for _p, m in sorted(sv.slots.items()):
                off = m.start - sv.start
                if m.type in ("Person", "Location", "Event"):
                    continue
                if any(a <= off < b for a, b in spans):
                    ev = Evidence(self.doc_id, sv.raw, sv.index, sv.start, sv.end, "problem")
                    lst = out.setdefault(m.name, [])
                    if all(e.sentence_index != sv.index for e in lst):
                        lst.append(ev)
        return out


def _forms(name: str, entity: Entity | None) -> list[str]:
    forms = [name] + (list(entity.aliases) if entity else [])
    return [fold(f) for f in forms if f]


def _place_forms(name: str, entity: Entity | None) -> list[str]:
    """A place's forms plus its short form without the administrative suffix (宝鸡市 → 宝鸡)."""
    out = []
    suffixes = cues()["place_suffixes"]
    for f in _forms(name, entity):
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
    return list(dict.fromkeys(out))


def extract_relations(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[EntMention],
    entities: list[Entity],
    doc_id: str = "",
) -> tuple[list[Relation], dict[str, list[Evidence]]]:
    """Relations stated in the text, and problem statements per entity name.

    `mentions` are entity mentions with document offsets and the entity name they belong to;
    `entities` give types and aliases (aliases feed the place-prefix rule). Relations are unique
    per (head, type, tail); the first sentence that states one is its evidence.
    """
    ex = _Extractor(text, sentences, mentions, entities, doc_id)
    rels = ex.run()
    return rels, ex.problems()


# ---------------------------------------------------------------------------------------------
# spaCy component
# ---------------------------------------------------------------------------------------------

try:
    from spacy.language import Language
    from spacy.tokens import Doc

    class RelationComponent:
        """Reads doc.ents / doc._.entities / sentences; writes doc._.relations and entity problems."""

        def __call__(self, doc: Doc) -> Doc:
            ents = []
            for span in doc.ents:
                name = getattr(span._, "entity_name", None) if span.has_extension("entity_name") else None
                ents.append(EntMention(span.start_char, span.end_char, name or span.text, span.label_))
            sentences = None
            if Doc.has_extension("sentence_spans"):
                sentences = doc._.sentence_spans
            if not sentences:
                sentences = [(s.start_char, s.end_char) for s in doc.sents]
            entities = list(doc._.entities or []) if Doc.has_extension("entities") else []
            if not entities:
                seen: dict[str, Entity] = {}
                for m in ents:
                    seen.setdefault(m.name, Entity(name=m.name, type=m.type))
                entities = list(seen.values())
            doc_id = doc._.doc_id if Doc.has_extension("doc_id") else ""
            # doc.text re-joins every token on each access; the pipeline caches the text once
            text = doc._.raw_text if Doc.has_extension("raw_text") else doc.text
            rels, problems = extract_relations(text, list(sentences), ents, entities, doc_id or "")
            if Doc.has_extension("relations"):
                doc._.relations = rels
            for e in entities:
                for ev in problems.get(e.name, []):
                    if all(p.sentence_index != ev.sentence_index for p in e.problems):
                        e.problems.append(ev)
            return doc

    @Language.factory("mcf_relations")
    def make_relations(nlp: Language, name: str) -> RelationComponent:
        return RelationComponent()

except ImportError:  # pragma: no cover
    pass
