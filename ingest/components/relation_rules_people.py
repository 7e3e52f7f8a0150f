"""Rules about people and events: who holds which position, who sponsored or attended a meeting.

HOLDS_POSITION from titles ("省委书记于伟国", "工信部副部长、国防科工局局长张克俭", "省长唐登杰" → the
provincial government, "以习近平同志为核心的党中央", "来自…的"); LEADS / PARTICIPATES_IN from sponsor
phrases ("由A、B指导，C、D主办，E承办的“会”"); PARTICIPATES_IN from attendee lists ("…出席",
"出席…的代表有：") and "A在…会议上表示"; a body's own meeting named after it gives the body nothing by
the name alone (rel5).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.model import Relation
from ingest.components import relation_patterns as P
from ingest.components.lexicon import lexicon
from ingest.components.relation_base import (
    ORG_TYPES,
    PERSON_CHAR,
    SIGNATURES,
    RuleBase,
    name_forms,
    place_forms,
)
from ingest.components.relation_view import CHAR_TYPE, PINYIN, EntMention, SentView
from ingest.textfold import view_fold as fold

# last characters of a unit's name that, followed by 长, make a title (人武部长, 处长 of a named 处)
UNIT_HEAD_CHARS = frozenset("部局处科室所站队厅办")


LED_WORDS = ("牵头", "指导", "负责", "主导", "统筹")
PARTY_SUFFIXES = frozenset({"党组", "党委", "黨組", "黨委"})
# titles that only a body of these types has (checked when a body is carried to the next name)
CARRIED_TITLE_TYPES = {
    "校长": frozenset({"ResearchInstitute"}),
    # "集团党委书记甲、副院长乙": a 院长 heads an institute or a court, never a company group
    "院长": frozenset({"ResearchInstitute", "PartyGovBody"}),
    "董事长": frozenset({"Enterprise", "Fund"}),
    "总经理": frozenset({"Enterprise", "Fund"}),
    "司令员": frozenset({"MilitaryUnit"}),
}


# what is left of a list item once bodies, titles and list words are cut: a name the entity step
# missed ("某省领导甲乙、丙丁、戊己己"): a family name and one or two characters, or a dotted name
_NAME_ITEM = re.compile(r"[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}")


def _names_missed(rest: str) -> bool:
    """True when every item left of a list clause is a bare personal name (two at least): the clause
    is still a pure list of attendees, its names only unrecognised (rel5, guest lists)."""
    items = [i for i in rest.split("、") if i]
    if len(items) < 2:
        return False
    lx = lexicon()
    return all(_NAME_ITEM.fullmatch(i) and (i[0] in lx.surnames1 or i[:2] in lx.surnames2) for i in items)


@dataclass(slots=True)
class _TitleCarry:
    """What the items of a title sentence read so far leave for the next one (_titled_persons)."""

    pending: list[EntMention] = field(default_factory=list)  # bodies whose title awaits a name
    last_orgs: list[EntMention] = field(default_factory=list)  # the last named person's bodies
    last_was_person_item: bool = False
    last_had_bodies: bool = False


class PeopleRules(RuleBase):
    """HOLDS_POSITION, sponsors, attendees (mixin of relations._Extractor)."""

    def rule_chair_speeches(self) -> None:
        """ "甲主持召开E。…甲在讲话中指出": the person who chairs (LEADS) a meeting speaks at it as its
        chair; the speech is no attendance of its own (rel14: READ u43, u55; the READ gold gives a
        person both LEADS and PARTICIPATES_IN of one meeting in 7 cases of 81). Attendance the text
        states (出席, 参加: rule attend) is kept."""
        led = {(r.head, r.tail) for r in self.relations if r.type == "LEADS"
               and self.types.get(r.head) == "Person" and self.types.get(r.tail) == "Event"}
        if not led:
            return
        speech = tuple(self.c["chair_speech_rules"])
        kept = []
        for r in self.relations:
            if r.type == "PARTICIPATES_IN" and (r.head, r.tail) in led and r.source.startswith(speech):
                self.seen.discard((r.head, r.type, r.tail))
                continue
            kept.append(r)
        self.relations[:] = kept

    def rule_unit_committee_posts(self) -> None:
        """ "某军分区党委第一书记甲", "省军区党委书记乙": a post in a military unit's party committee is
        a post in the unit (rel12: the READ batches give the unit, never its 党委, in every case
        where both are entities: u19, u24, u29, u46, u50). Runs after the name-internal PART_OF
        (rule_name_parent), which names the unit the committee belongs to; a party committee of a
        government (自治区党委, 镇党委) holds its posts itself."""
        committees = tuple(self.c["party_committees"])
        parent = {r.head: r.tail for r in self.relations
                  if r.type == "PART_OF" and r.source == "rel:part:name"
                  and self.types.get(r.head) == "MilitaryUnit" and self.types.get(r.tail) == "MilitaryUnit"
                  and fold(r.head).endswith(committees)}
        if not parent:
            return
        kept = []
        for r in self.relations:
            unit = parent.get(r.tail) if r.type == "HOLDS_POSITION" else None
            if unit is not None:
                self.seen.discard((r.head, r.type, r.tail))
                if (r.head, r.type, unit) in self.seen:
                    continue
                self.seen.add((r.head, r.type, unit))
                r = Relation(r.head, r.type, unit, r.evidence, r.source + ":unit", r.confidence)
            kept.append(r)
        self.relations[:] = kept

    def person_orgs(self, sv: SentView) -> dict[str, list[EntMention]]:
        """Person name -> bodies their title in this sentence names (used by coord, too)."""
        if not hasattr(sv, "_person_orgs"):
            sv._person_orgs = self._titles(sv)  # type: ignore[attr-defined]
        return sv._person_orgs  # type: ignore[attr-defined]

    def _gov_body(self, title: str, place: EntMention | None) -> str | None:
        for head, forms in self.c["government_heads"].items():
            if title.endswith(head):
                cands = self._gov_candidates.get(head)
                if cands is None:  # the same for every title of the document: once per head
                    cands = []
                    for name, e in self.entities.items():
                        if e.type != "PartyGovBody":
                            continue
                        allf = [fold(PINYIN.sub("", n)) for n in (name, *e.aliases)]
                        if any(f in x for f in forms for x in allf):
                            cands.append((name, allf))
                    self._gov_candidates[head] = cands
                if place is not None:
                    pf = place_forms(place.name, self.entities.get(place.name))
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
        for m in (P.CORE_OF.finditer(s) if "为核心的" in s else ()):
            p, o = m.start(1), m.start(3)
            if p in sv.slots and o in sv.slots:
                self.emit(sv.slots[p], "HOLDS_POSITION", sv.slots[o], sv, "title:core", 0.8, [p, o])
        for m in (P.FROM_OF.finditer(s) if "来自" in s else ()):
            o, p = m.start(1), m.start(2)
            if p in sv.slots and o in sv.slots:
                self.emit(sv.slots[p], "HOLDS_POSITION", sv.slots[o], sv, "title:from", 0.7, [p, o])
        return result

    def _titled_persons(self, sv: SentView) -> dict[str, list[EntMention]]:
        """Person name -> bodies named in their titles ("省委书记于伟国"), emitting HOLDS_POSITION.
        The sentence is read item by item (split at punctuation and list words), left to right,
        because a body or a title in one item may belong to the names of the next ones."""
        result: dict[str, list[EntMention]] = {}
        carry = _TitleCarry()
        s = sv.masked
        owner: tuple[int, EntMention] | None = None  # the person whose bracket the items are in
        for a, b in self._title_items(s):
            ments = sv.mentions_in(a, b)
            persons = [(p, m) for p, m in ments if m.type == "Person"]
            if persons:
                owner = None
                self._person_item(sv, a, b, ments, persons, carry, result)
                if s[b : b + 1] in ("(", "（") and persons[-1][0] == b - 1:
                    owner = persons[-1]  # "甲(某局局长、某办主任)": the bracket holds 甲's own titles
            elif owner is not None:
                self._bracket_item(sv, a, b, ments, owner, result)
            else:
                self._nameless_item(sv, a, b, ments, carry)
            if owner is not None and s[b : b + 1] in (")", "）"):
                owner = None
        return result

    def _bracket_item(
        self, sv: SentView, a: int, b: int, ments: list[tuple[int, EntMention]],
        owner: tuple[int, EntMention], result: dict[str, list[EntMention]],
    ) -> None:
        """An item of the bracket right after a name, "乙(区委常委、区人武部政委)", "丙(省军区政治部主任)":
        each body followed by a title there is the named person's post, not the next name's (rel27:
        READ u28, u55, u80; the items were carried to the person after the bracket before)."""
        s = sv.masked
        p0, person = owner
        orgs = [(p, m) for p, m in ments if m.type in SIGNATURES["HOLDS_POSITION"][1]]
        if not orgs:  # "丙(镇党委副书记、政府镇长)": a government head's title names the government
            gov = self._bare_head_title(PINYIN.sub("", s[a:b]).strip())
            orgs = [(-1, gov)] if gov is not None else []
        else:
            tail = s[orgs[-1][0] + 1 : b]
            # "丁(镇武装部长)": the body's name and 长 make the title
            last = orgs[-1][1]
            unit_head = tail == "长" and fold(self.text[last.end - 1 : last.end]) in UNIT_HEAD_CHARS
            if not unit_head and (not self.p.title_end.search(tail) or len(tail) > 12):
                return
        for p, body in orgs:
            self.emit(person, "HOLDS_POSITION", body, sv, "title", 0.8, [p0] + ([p] if p >= 0 else []))
            result.setdefault(person.name, [])
            if body.name not in [x.name for x in result[person.name]]:
                result[person.name].append(body)

    def _title_items(self, s: str) -> list[tuple[int, int]]:
        """The items of a sentence: spans between punctuation and list words (non-empty only)."""
        bounds = [0]
        for m in self.p.title_item_split.finditer(s):
            bounds.append(m.start())
            bounds.append(m.end())
        bounds.append(len(s))
        return [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2) if bounds[k] < bounds[k + 1]]

    def _nameless_item(
        self, sv: SentView, a: int, b: int, ments: list[tuple[int, EntMention]], carry: _TitleCarry
    ) -> None:
        """An item without a person: bodies ending in a title, or a government head's bare title,
        are carried to the next name; a further title keeps what is carried; anything else drops it."""
        s = sv.masked
        title_re = self.p.title_end
        orgs = [(p, m) for p, m in ments if m.type in SIGNATURES["HOLDS_POSITION"][1]]
        tail = s[(orgs[-1][0] + 1) if orgs else a : b]
        # "A局等相关领导，乙某": the leaders of those bodies, no title awaiting the next name (rel18)
        plural = tail.startswith(tuple(self.c["title_plural_leaders"]))
        if orgs and title_re.search(tail) and len(tail) <= 12 and not plural:
            carry.pending.extend(m for _, m in orgs)
        elif not orgs and self._bare_head_title(s[a:b].strip()):
            # "市长、市国动委主任甲某": a government head's title standing alone before
            # the next title names the government (市长 → 市政府, 国务委员 → 国务院)
            carry.pending.append(self._bare_head_title(s[a:b].strip()))
            carry.last_was_person_item = False
            return
        elif not orgs and carry.pending and title_re.search(s[a:b].strip()) and len(s[a:b].strip()) <= 8:
            pass  # "省国防科工办党组书记、主任，省经信委…": a further title of the same person
        elif not orgs and carry.last_was_person_item and len(s[a:b].strip()) <= 6 \
                and title_re.search(s[a:b].strip()):
            # "董事长甲某，党组成员、总会计师乙某": a bare title opening the next person's
            # titles keeps the body of the list carried
            return
        else:
            carry.pending = []
        carry.last_was_person_item = False
        carry.last_had_bodies = False

    def _person_item(
        self,
        sv: SentView,
        a: int,
        b: int,
        ments: list[tuple[int, EntMention]],
        persons: list[tuple[int, EntMention]],
        carry: _TitleCarry,
        result: dict[str, list[EntMention]],
    ) -> None:
        """An item with a person: the bodies of the titles before the first name (or carried from
        the items before) are where that person holds a post; what this item carries on is updated."""
        s = sv.masked
        title_re = self.p.title_end
        orgtypes = SIGNATURES["HOLDS_POSITION"][1]
        p0, person = persons[0]
        before = [(p, m) for p, m in ments if p < p0]
        orgs = self._titled_bodies(sv, p0, before, orgtypes)
        collective = bool(orgs) and self._collective_list(sv, orgs, persons[-1][0])
        bodies: list[EntMention] = []
        for _p, m, gap in orgs if not collective else ():
            if m.type == "Location":
                g = self._gov_body(gap, m)
                if g:
                    bodies.append(EntMention(0, 0, g, "PartyGovBody"))
            else:
                bodies.append(m)
        if not orgs:
            bodies.extend(self._lead_title_bodies(sv, a, p0, carry, len(persons) == 1))
        elif collective:
            carry.pending = []  # nothing carried over from before the leaders' list either
        bodies = carry.pending + bodies
        carry.pending = []
        self._add_party_parents(sv, a, p0, before, bodies)
        for body in bodies:
            at = [p0] + [p for p, m2, _ in orgs if m2.name == body.name]
            self.emit(person, "HOLDS_POSITION", body, sv, "title", 0.8, at)
            result.setdefault(person.name, [])
            if body.name not in [x.name for x in result[person.name]]:
                result[person.name].append(body)
        carry.last_orgs = [b for b in bodies if b.type in ORG_TYPES] or carry.last_orgs
        carry.last_had_bodies = bool(bodies) and len(persons) == 1
        # "甲某作《…》专题报告，总设计师乙某": a clause that goes on after the name passes no body on
        carry.last_was_person_item = len(PINYIN.sub("", s[persons[-1][0] + 1 : b]).strip()) <= 4
        # "张祥安会见了省国防科工办党组书记、主任，…徐成然": a title opened after the name
        rest = [(p, m) for p, m in ments if p > persons[-1][0] and m.type in orgtypes]
        if rest and title_re.search(s[rest[-1][0] + 1 : b]) and len(s[rest[-1][0] + 1 : b]) <= 12:
            carry.pending = [m for _, m in rest]

    def _collective_list(self, sv: SentView, orgs: list[tuple[int, EntMention, str]], p_last: int) -> bool:
        """ "东山市委和青山军分区领导甲、乙、丙出席": a collective word (领导, 首长) over a list of
        names says who leads, not who holds which post in which body: none of the names gets a post
        there, nor do the bare names after it (rel25: the READ gold gives none in u19, u60, u72; one
        name after the word, "某人武部领导甲传达…", keeps its post, u19)."""
        words = self.c["title_collective_leaders"]
        if not any(fold(PINYIN.sub("", gap)).strip() in words for _p, _m, gap in orgs):
            return False
        after = PINYIN.sub("", sv.masked[p_last + 1 : p_last + 12]).lstrip(",， ")
        return after.startswith("、")

    def _titled_bodies(
        self, sv: SentView, p0: int, before: list[tuple[int, EntMention]], orgtypes: set[str]
    ) -> list[tuple[int, EntMention, str]]:
        """(position, body, title) for the bodies before the name at p0 whose title follows them:
        only the last body before the name, or bodies whose title precedes another body."""
        s = sv.masked
        title_re = self.p.title_end
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
            if gap == "长" and fold(self.text[m.end - 1 : m.end]) in UNIT_HEAD_CHARS:
                gap = "部长"  # "镇人武部长甲某": the body's name and 长 make the title
            elif gap.startswith("长") and m.type == "Location" \
                    and fold(self.text[m.end - 1 : m.end]) in "省市县区镇":
                gap = fold(self.text[m.end - 1 : m.end]) + gap  # "东山省长甲某": 省长 of that place
            if gap and not title_re.search(gap) and not gap.endswith(("同志",)):
                continue
            orgs.append((p, m, gap))
        return orgs

    def _lead_title_bodies(
        self, sv: SentView, a: int, p0: int, carry: _TitleCarry, alone: bool = True
    ) -> list[EntMention]:
        """Bodies for a title with no body named before the name: the government a head's title
        names, or the bodies carried from the list before (when the title suits their kind)."""
        s = sv.masked
        bodies: list[EntMention] = []
        lead = PINYIN.sub("", s[a:p0]).strip()  # "自治區(qū)主席": the title without its glosses
        lead = P.TITLE_LEAD_STRIP.sub("", lead)
        tm = self.p.title_end.search(lead)
        # "培训科科长甲某": a title of a unit that is not named as an entity (科, 处, 室…)
        # "在我委总工程师甲某陪同下": the speaker's own body (我委, 我校), not the one carried
        pre = lead[: tm.start()] if tm else ""
        # "市电视台台长甲", "某报社原副总编辑乙": a unit the recogniser missed, named before the title
        # (its last character, after 原/前, in unnamed_unit_ends: rel11), keeps no carried body either
        unit = fold(pre).removesuffix("原").removesuffix("前")
        own_unit = bool(pre) and (len(pre) >= 2 and pre[-1] in UNIT_HEAD_CHARS
                                  or len(unit) >= 2 and unit[-1] in self.c["unnamed_unit_ends"]
                                  or "我" in pre or "本" in pre)
        # "区领导甲、乙", "自治区副主席丙": a title of a level of government, not of the
        # body carried from the list before (a government with no entity gives nothing)
        level_only = pre in self.c["title_level_words"]
        # "州人大常委会主任甲", "区政协主席乙": a title in a body the recogniser missed is not a
        # post in the body carried from the list before, nor in the government (rel10)
        unnamed = fold(pre).removesuffix("党组").endswith(tuple(self.c["title_unnamed_bodies"]))
        if tm and len(lead) <= 10 and not unnamed:
            g = (
                self._gov_body(lead, None)
                if any(lead.endswith(h) for h in self.c["government_heads"])
                else None
            )
            if g:
                bodies.append(EntMention(0, 0, g, "PartyGovBody"))
            elif (
                carry.last_was_person_item
                and not own_unit
                and not level_only
                and not carry.pending
                and carry.last_orgs
                and not any(lead.endswith(h) for h in self.c["government_heads"])
            ):
                # "集团董事长甲、副总经理乙，副校长丙": a title of another kind of body
                kinds = next((v for k, v in CARRIED_TITLE_TYPES.items() if lead.endswith(k)), None)
                fit = [b for b in carry.last_orgs if kinds is None or b.type in kinds]
                bodies.extend(fit[-1:])
        elif not lead and alone and carry.last_had_bodies and carry.last_orgs and a > 0 and s[a - 1] == "、":
            # "县委常委甲、乙、丙出席": one title over a list of bare names; an item naming more persons
            # is none ("…营长甲、乙某汽车公司教导员丙": 乙 is no bare name, a mis-cut name, rel21)
            bodies.extend(carry.last_orgs)
        return bodies

    def _add_party_parents(
        self, sv: SentView, a: int, p0: int, before: list[tuple[int, EntMention]], bodies: list[EntMention]
    ) -> None:
        """ "X党组书记、董事长甲": the party group's secretary is also X's chairman, so X (the party
        body's parent) is added to bodies when the person's own title is more than a party post."""
        s = sv.masked
        party = [b for b in bodies if b.name[-2:] in PARTY_SUFFIXES] if bodies else bodies
        own_title = s[(before[-1][0] + 1 if before else a) : p0].strip("、，, ") if party else ""
        if own_title and not P.PARTY_TITLE_ONLY.fullmatch(own_title) and self.p.title_end.search(own_title):
            for body in party:
                parent = self._party_parent(body.name)
                if parent is not None and parent not in [x.name for x in bodies]:
                    bodies.append(EntMention(0, 0, parent, self.types.get(parent, "")))

    def _bare_head_title(self, item: str) -> EntMention | None:
        """The government a bare head title names ("市长" → 市政府), when the document has it."""
        # "常务副省长", "代市长": a modifier before the head title leaves it a government head (rel5)
        core = item[2:] if item.startswith("常务") else item[1:] if item.startswith("代") else item
        if not core or len(core) > 4 or not core.endswith(tuple(self.c["government_heads"])):
            return None
        g = self._gov_body(item, None)
        return EntMention(0, 0, g, "PartyGovBody") if g else None

    def _elected(self, sv: SentView) -> None:
        """ "选举甲某为学术委员会主任，乙某、丙某为副主任": the persons hold the title in that body."""
        s = sv.masked
        body = None
        for a, b in self.clauses(sv):
            k = s.rfind("为", a, b)
            if k < 0:
                continue
            q = k + 1
            here = sv.slots.get(q)
            if here is not None and here.type in SIGNATURES["HOLDS_POSITION"][1]:
                body, rest = (q, here), s[q + 1 : b]
            else:
                rest = s[q:b]
            rest = rest.rstrip("。；;，, ")
            if body is None or not rest or len(rest) > 8 or not self.p.title_end.search(rest):
                continue
            if any(ch in CHAR_TYPE for ch in rest):
                continue
            for p, x in sv.mentions_in(a, k):
                if x.type == "Person":
                    self.emit(x, "HOLDS_POSITION", body[1], sv, "title:elected", 0.7, [p, body[0]])

    def _party_parent(self, name: str) -> str | None:
        """The body whose Party group or committee this is (东山集团党组 → 东山集团), if named."""
        f = fold(name)
        if not f.endswith(("党组", "党委")) or len(f) < 4:
            return None
        cache = getattr(self, "_form_owner", None)
        if cache is None:
            cache = {}
            for n, e in self.entities.items():
                if e.type in ORG_TYPES:
                    for form in name_forms(n, e):
                        cache.setdefault(form, n)
            self._form_owner = cache
        parent = cache.get(f[:-2])
        return parent if parent != name else None

    def rule_titles(self, sv: SentView) -> None:
        self.person_orgs(sv)
        if PERSON_CHAR in sv.masked and P.ELECTION_RE.search(sv.masked):
            self._elected(sv)
        # "张某(东山集团董事长)", "张某，东山集团总经理，表示": a title in apposition after the name
        s = sv.masked
        if "\ue00a" in s and P.APPOSITIVE_GATE.search(s):
            for m in self.p.appositive_title.finditer(s):
                p = m.start(1)
                g = 2 if m.group(2) else 3
                if g == 3 and self.person_orgs(sv).get(sv.slots[p].name):
                    # "市政协主席甲，市委常委，…": a person titled before the name is an item of a list;
                    # the title after the comma is the next item's (a class of attendees, rel16)
                    continue
                for q, x in sv.mentions_in(m.start(g), m.end(g)):
                    self.emit(sv.slots[p], "HOLDS_POSITION", x, sv, "title:appositive", 0.7, [p, q])
        if "由" in s and "任" in s and P.LED_BY_GATE.search(s):
            led = None  # "由甲任组长，乙、丙任副组长": the later clauses go on with the same body
            for m in (P.LED_BY_PERSON.finditer(s) if "\ue00a" in s else ()):
                if m.group(1) == "由":
                    bodies = [(q, x) for q, x in sv.mentions_in(0, m.start())
                              if x.type in SIGNATURES["HOLDS_POSITION"][1]]
                    led = bodies[-1] if bodies else None
                if led is None:
                    continue
                q, body = led
                for p, x in sv.mentions_in(m.start(2), m.end(2)):
                    if x.type == "Person":
                        self.emit(x, "HOLDS_POSITION", body, sv, "title:led-by", 0.65, [p, q])
        if "任" in s and PERSON_CHAR in s:
            # "甲同志任某人武部党委第一书记": an appointment names the body of the post
            for m in self.p.appointed.finditer(s):
                p, q = m.start(1), m.start(2)
                if sv.slots[q].type in SIGNATURES["HOLDS_POSITION"][1]:
                    self.emit(sv.slots[p], "HOLDS_POSITION", sv.slots[q], sv, "title:appointed", 0.75, [p, q])
        if "担任" in sv.masked:
            for m in P.HEADED_BY.finditer(sv.masked):
                q = m.start(2)
                body = sv.slots[q]
                if body.type not in SIGNATURES["HOLDS_POSITION"][1]:
                    continue
                for p, x in sv.mentions_in(m.start(1), m.end(1)):
                    if x.type == "Person":
                        self.emit(x, "HOLDS_POSITION", body, sv, "title:headed-by", 0.7, [p, q])

    # LEADS / PARTICIPATES_IN for sponsors ---------------------------------------------------

    def _sponsor_attributive(self, sv: SentView) -> None:
        """ "A主办的E", "A、B联合主办的E": LEADS (主办/指导/主持/组织), PARTICIPATES_IN (承办/协办/举办)."""
        s = sv.masked
        attributive = P.SPONSOR_ATTRIBUTIVE.pattern not in sv.closed
        for m in (P.SPONSOR_ATTRIBUTIVE.finditer(s) if "的" in s and attributive else ()):
            word, q = m.group(2), m.start(3)
            rtype = "LEADS" if word in self.c["sponsor_leads"] or word == "组织" else "PARTICIPATES_IN"
            agents = [(p, x) for p, x in sv.mentions_in(m.start(1), m.end(1))
                      if x.type in ORG_TYPES | {"Person"}]
            # "市委书记甲主持的E": the person chairs, not the body of the title
            if any(x.type == "Person" for _, x in agents):
                agents = [(p, x) for p, x in agents if x.type == "Person"]
            for p, x in agents:
                self.emit(x, rtype, sv.slots[q], sv, f"sponsor:attributive:{word}", 0.8, [p, q])

    def rule_sponsor(self, sv: SentView) -> None:
        s = sv.masked
        if "的" in s:
            self._sponsor_attributive(sv)
        if "办" in s and "\ue00c" in s:
            self._sponsor_active(sv)
        leads = self.c["sponsor_leads"]
        # 负责人, 负责同志: nouns, not the verb
        found = self.p.sponsor.finditer(s) if self.p.sponsor.pattern not in sv.closed else ()
        hits = [h for h in found if s[h.end() : h.end() + 1] not in ("人", "同")]
        if not hits:
            return
        you = s.find("由")
        event = None
        if you < 0:
            # "…由A、B主办；C、D承办，E协办。" cut at "；": the sponsors of the sentence before
            last = getattr(self, "_last_sponsored", None)
            if last is None or last[0] != sv.index - 1 or not P.SPONSOR_CONTINUED.match(s):
                return
            event = (-1, last[1])
        # the event: "…承办的“EVENT”" after the last cue, else the subject before 由, else the
        # event last named (for "会议由…主办")
        after = P.SPONSORED_EVENT_AFTER.match(s[hits[-1].end() :]) if event is None else None
        if after:
            p = hits[-1].end() + after.start(1)
            event = (p, sv.slots[p])
        if event is None:
            for p, m in sv.mentions_in(0, max(you, 0)):
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
            # "X专项行动由市发改委牵头组织实施": the thing led, named before 由 in its clause
            self._led_before(sv, hits, you)
            return
        self._last_sponsored = (sv.index, event[1])
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
            # "由A会同B、C联合举办": A coordinates with each (rule_coordinates), B and C not with each other
            # "A、B共同主办" as "A和B联合主办"; co-hosts (共同承办) are not counted so
            # ("A、B、C和D共同主办": four or more co-sponsors are a roll-call, not partners)
            joint = word.startswith("联合") or (
                rtype == "LEADS" and s[max(0, h.start() - 2) : h.start()] == "共同"
                and len(P.LIST_ITEM_SEP.findall(s, start, h.start())) <= 2)  # items named or not
            if joint and len(agents) > 1 and "会同" not in s[start : h.start()]:
                for i, (p1, m1) in enumerate(agents):
                    for p2, m2 in agents[i + 1 :]:
                        self.emit(m1, "COORDINATES_WITH", m2, sv, "sponsor:joint", 0.7, [p1, p2])
            start = h.end()

    def _sponsor_active(self, sv: SentView) -> None:
        """ "A、B在青山联合主办东方论坛" (LEADS), "C、D承办了本次E" (PARTICIPATES_IN): the sponsors
        as the subject of an active verb; "A和B联合主办" also COORDINATES_WITH (rule_coordinates)."""
        s = sv.masked
        for m in (P.SPONSOR_THEN_HOST.finditer(s) if "主办" in s else ()):
            q = m.start(2)
            for p, x in sv.mentions_in(m.start(1), m.end(1)):
                if x.type in ORG_TYPES:
                    self.emit(x, "LEADS", sv.slots[q], sv, "sponsor:active:主办", 0.75, [p, q])
            comma = min(i for i in (s.find("，", m.end(1)), s.find(",", m.end(1))) if i >= 0)
            for r, y in sv.mentions_in(m.end(1), comma):
                if y.type in ("Location", "IndustrialPark") and s[r - 1 : r] == "在":
                    self.emit(sv.slots[q], "LOCATED_IN", y, sv, "located:sponsored-at", 0.7, [q, r])
        for m in (P.SPONSOR_ACTIVE.finditer(s) if "\ue00c" in s else ()):
            q = m.start(3)
            rtype = "LEADS" if m.group(2) == "主办" else "PARTICIPATES_IN"
            for p, x in sv.mentions_in(m.start(1), m.end(1)):
                if x.type in ORG_TYPES:
                    self.emit(x, rtype, sv.slots[q], sv, f"sponsor:active:{m.group(2)}", 0.75, [p, q])
            # "…在青山联合主办E": where the event is held (GUIDELINES "Event venue")
            for r, y in sv.mentions_in(m.end(1), m.start(2)):
                if y.type in ("Location", "IndustrialPark") and s[r - 1 : r] == "在":
                    self.emit(sv.slots[q], "LOCATED_IN", y, sv, "located:sponsored-at", 0.7, [q, r])

    def _led_before(self, sv: SentView, hits: list, you: int) -> None:
        s = sv.masked
        a, _ = self.clause_of(sv, you)
        led = [(p, m) for p, m in sv.mentions_in(a, you) if m.type in ("Project", "Policy", "IndustrialPark")]
        if not led or s[led[-1][0] + 1 : you].strip("”\"，, ") not in P.LED_GAP:
            return
        q, target = led[-1]
        start = you + 1
        for h in hits:
            if h.start() < start:
                continue
            if h.group(0) in LED_WORDS:
                for p, m in sv.mentions_in(start, h.start()):
                    if m.type in ORG_TYPES:
                        self.emit(m, "LEADS", target, sv, f"sponsor:{h.group(0)}", 0.7, [p, q])
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
        if len(P.ANY_RE.findall(text)) >= 2 and len(t) <= 10 and not P.LIST_VERBS.search(text):
            return True
        if "、" not in text:
            return False
        return _names_missed(P.LIST_NOISE.sub("、", self.p.titles.sub("、", P.ANY_RE.sub("、", text))))

    @staticmethod
    def _generic_item(text: str) -> bool:
        """A list item naming no entity ("各省(市、区)军民结合主管部门", "十大军工集团领导…等")."""
        return not P.ANY_RE.search(text) and len(text) <= 20 and not P.GENERIC_ITEM_VERBS.search(text)

    def _rule_chair(self, sv: SentView) -> set[int]:
        """ "王东明主持会议并讲话" (the meeting reported on) and "张原…组织EVENT": LEADS.
        Returns the positions of the chairs, who are not attendees of the same meeting."""
        s = sv.masked
        chairs: set[int] = set()
        if "主持" in s:
            for m in P.CHAIR.finditer(s):
                p = m.start(1)
                ev = self.recent_event(sv, p)
                if ev is not None:
                    chairs.add(p)
                    self.emit(sv.slots[p], "LEADS", ev, sv, "chair", 0.7, [p])
        if "组织" in s:
            for m in P.ORGANISE.finditer(s):
                q = m.start(1)
                for p, x in self.head_before(sv, m.start(), SIGNATURES["LEADS"][0] - {"Location"}):
                    chairs.add(p)
                    self.emit(x, "LEADS", sv.slots[q], sv, "organise", 0.65, [p, q])
            for m in P.ORGANISE_AT.finditer(s):
                p, q = m.start(1), m.start(2)
                self.emit(sv.slots[q], "LOCATED_IN", sv.slots[p], sv, "located:organised-at", 0.6, [p, q])
        return chairs

    def _from_guests(self, sv: SentView) -> None:
        """ "来自全省发改系统、省军区、高校等百余位嘉宾汇聚一堂": the bodies named take part."""
        s = sv.masked
        for m in (P.FROM_GUESTS.finditer(s) if "来自" in s else ()):
            evs = [(p, x) for p, x in sv.mentions_in(0, m.start()) if x.type == "Event"]
            ev = evs[-1][1] if evs else self.recent_event(sv, m.start())
            if ev is None:
                continue
            for p, x in sv.mentions_in(m.start(1), m.end(1)):
                if x.type in ORG_TYPES and s[p + 1 : p + 2] != "的":
                    self.emit(x, "PARTICIPATES_IN", ev, sv, "attend:from", 0.6, [p])

    @staticmethod
    def _on_behalf_of(s: str) -> set[int]:
        """Positions of those another acts for ("受甲委托", "代表乙、丙出席"): not attendees."""
        out: set[int] = set()
        for m in P.ON_BEHALF_OF.finditer(s):
            g = 1 if m.group(1) is not None else 2
            out.update(q for q in range(m.start(g), m.end(g)) if P.ANY_RE.match(s, q))
        return out

    def rule_attend(self, sv: SentView) -> None:
        s = sv.masked
        chairs = self._rule_chair(sv)
        if "来自" in s:
            self._from_guests(sv)
        for h in self.p.attend.finditer(s) if self.p.attend.pattern not in sv.closed else ():
            event = self._attended_event(sv, h)
            if event is None:
                continue
            people = self._attendees(sv, h, event)
            if not people:
                continue
            titled = self.person_orgs(sv)
            title_bodies = {b.name for bs in titled.values() for b in bs}
            absent = self._on_behalf_of(s) if ("委托" in s or "代表" in s) else set()
            subordinate = tuple(self.c["subordinate_words"])
            for p, m in people:
                if m.type in ("Event", "Location", "Policy", "Project") or p in chairs or p in absent:
                    continue
                if m.type != "Person":
                    # a body some person's title names (州政府 of 州长甲) is no attendee, unless it is
                    # an item of a list of bodies sending representatives ("州政府、某军分区有关
                    # 负责同志出席": rel34, READ u46)
                    if m.name in title_bodies and not self.p.reps_after_list.match(s, p + 1):
                        continue
                    # "东山市政协副秘书长、某委员会副主任甲某出席" with the name not recognised: a
                    # body followed by a person's title is that person's, not an attendee
                    t = self.p.title_start.match(s, p + 1)
                    if t and t.group(0) not in self.c["attending_titles"]:
                        continue
                    if p > 0 and s[p - 1] == "等":  # "A、B等X集团企业参加": X qualifies the class
                        continue
                    if s.startswith(subordinate, p + 1):  # "某院所属科研院所…参加": the owner (rel21)
                        continue
                    nxt = s[p + 1 : p + 2]
                    if nxt and nxt in CHAR_TYPE:  # a body right before a name is its title body
                        continue
                    if self._leaders_named_after(s, p):  # "青山警备区首长甲、乙…参加": theirs (rel25)
                        continue
                    if P.PERSONS_ETC_BEFORE.search(s[: p + 1]) and s[p + 1 : p + 3] == "领导":
                        continue
                at = [p] + ([event[0]] if event[0] >= 0 else [])
                self.emit(m, "PARTICIPATES_IN", event[1], sv, "attend", 0.8, at)

    def _leaders_named_after(self, s: str, p: int) -> bool:
        """Is the body at p followed by a collective leader word and a name ("青山警备区首长甲",
        "东山军分区领导乙")? The named leaders attend, not the body (rel25: u19, u72)."""
        after = PINYIN.sub("", s[p + 1 : p + 16])
        words = sorted(self.c["title_collective_leaders"], key=len, reverse=True)
        word = next((w for w in words if fold(after).startswith(w)), None)
        return word is not None and after[len(word) : len(word) + 1] == PERSON_CHAR

    def _attended_event(self, sv: SentView, h: re.Match) -> tuple[int, EntMention] | None:
        """(position or -1, event) the attendance verb `h` goes to: the event named right after it, or
        the meeting the report is about when only its kind or nothing is named (出席会议, 莅临成立大会)."""
        s = sv.masked
        cue_end = h.end()
        rest = s[cue_end:]
        m_ev = P.ATTENDED_EVENT.match(rest)
        if m_ev:
            p = cue_end + m_ev.start(2)
            return (p, sv.slots[p])
        elif ((g := self.p.attend_generic_event.match(rest)) or h.group(0) == "到会"
              or self.p.attend_closing.match(s, h.start())):
            # "…出席会议", "…等出席。": the meeting the report is about; "莅临成立大会": the one
            # reported whose name holds the words
            kind = g.group("kind") if g else None
            # "参加了开工仪式": a ceremony named by its kind alone is no meeting of the text
            # (GUIDELINES: a signing ceremony is no Event; relation_cues.json "attend_kind_not_events")
            if kind and kind.endswith(tuple(self.c["attend_kind_not_events"])):
                return None
            ev = self.recent_event(sv, h.start(), fold(kind) if kind else "")
            if ev is not None:
                return (-1, ev)
        return None

    def _attendees(self, sv: SentView, h: re.Match,
                   event: tuple[int, EntMention]) -> list[tuple[int, EntMention]]:
        """The mentions that attend: the list after the event (出席E的有…) or the clause before the verb
        with earlier clauses that are pure lists, or the subject the clause carries on with."""
        s = sv.masked
        cue_end = h.end()
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
                return []
            seg_start = clauses[ci][0]
            k = ci - 1
            while k >= 0 and (
                self._list_clause(s[clauses[k][0] : clauses[k][1]])
                or self._generic_item(s[clauses[k][0] : clauses[k][1]])
            ):
                seg_start = clauses[k][0]
                k -= 1
            people = sv.mentions_in(seg_start, h.start())
            if not people and P.CARRIED_ATTEND.match(s, seg_start, h.start()):
                # "甲带领代表团赴西山考察，并出席E": the clause goes on with the carried subject
                people = [(p, x) for p, x in self.subject_at(sv, h.start())
                          if p >= 0 and x.type in ("Person", *ORG_TYPES)]
        return people

    def rule_in_event(self, sv: SentView) -> None:
        """ "张效廉在…会议上强调", "张丽华日前在…座谈会上表示"."""
        s = sv.masked
        for m in (P.IN_EVENT.finditer(s) if "在" in s else ()):
            p, e = m.start(1), m.start(2)
            if p in sv.slots and e in sv.slots:
                # "甲在…会议上强调要…": the attendance is reported, the content is what is urged
                mod = "reported" if sv.slots[p].type == "Person" else None
                self.emit(sv.slots[p], "PARTICIPATES_IN", sv.slots[e], sv, "in-event", 0.8, [p, e], mod)
        # "李明远在会上讲话": the meeting reported on
        if "上" in s:
            for m in (P.IN_GENERIC_EVENT.finditer(s) if "\ue00a" in s else ()):
                p = m.start(1)
                ev = self.recent_event(sv, p)
                if ev is not None:
                    self.emit(sv.slots[p], "PARTICIPATES_IN", ev, sv, "in-event:generic", 0.7, [p],
                              "reported")
        self._meeting_speakers(sv)
        self._implicit_attendance(sv)
        if "\ue00c" in s and PERSON_CHAR in s:
            self._host_clause_speakers(sv)
        if "发言" in s or "汇报" in s or "介绍" in s:
            self._body_speakers(sv)
        if PERSON_CHAR in s and self._speech_in(sv):
            self._performed_speakers(sv)
        if sv.index <= 2:
            self._speech_title(sv)
        # a body's own meeting ("我们召开…委员会第一次全体会议", "县委议军会议召开") gives the body no
        # PARTICIPATES_IN by its name alone (rel5: right 1 of 5 in READ, the batches annotate the
        # members who attend; a body named as the subject of 召开 is still its convener, rule_cues)
        if "签" in s:
            self._meeting_signers(sv)
        # "在…推进会上，四川与A签署…": the subject of the clause after the event takes part in it
        om = P.AT_EVENT_OPENER.match(s) if P.AT_EVENT_OPENER.pattern not in sv.closed else None
        if om:
            e = om.start(1)
            for a, b in self.clauses(sv):
                if a >= om.end() - 1:
                    # "在E上，来自某界别的甲委员建言献策": the person the clause describes
                    fm = P.FROM_DESCRIPTOR.match(s, a + (s[a] in "，,"), b)
                    subj = ([(fm.start(1), sv.slots[fm.start(1)])] if fm else
                            self.clause_subjects(sv, a, b) or self._titled_speaker(sv, a, b))
                    lst = self.list_at(sv, subj[0][0]) if subj else []
                    for q, x in lst:
                        if x.type in ORG_TYPES | {"Location", "Person"}:
                            speaks = x.type == "Person" and P.SPEECH_VERB.match(s, q + 1, b)
                            mod = "reported" if speaks else None
                            self.emit(x, "PARTICIPATES_IN", sv.slots[e], sv, "at-event", 0.6, [q, e], mod)
                    break

    def _meeting_signers(self, sv: SentView) -> None:
        """ "会上，签署了A与B合作协议，C、D等签约": the signing parties take part in the meeting
        reported; rel19: also "推介会现场，A与B签订了…" (AT_MEETING_OPENER). A signing pair in the
        sentence after a 会上 sentence is not carried (READ: wrong in u3, where the annotators keep
        the signings of a ceremony inside the meeting apart)."""
        s = sv.masked
        if P.AT_MEETING_OPENER.pattern in sv.closed or not P.AT_MEETING_OPENER.match(s):
            return
        ev = self.recent_event(sv, 0)
        if ev is None:
            return
        for p, x in sv.slots.items():
            if x.type in ORG_TYPES | {"Location", "IndustrialPark"} and (
                s[p + 1 : p + 2] in ("与", "、", "和", "同", "等") or p > 0 and s[p - 1] in "与、和同"
            ):
                self.emit(x, "PARTICIPATES_IN", ev, sv, "at-meeting:signing", 0.6, [p])

    def _titled_speaker(self, sv: SentView, a: int, b: int) -> list[tuple[int, EntMention]]:
        """ "市长张建国强调…": a clause that opens with titles and then a person is that person's."""
        m = self.p.title_chain_person.match(sv.masked, a, b)
        if m and m.start(1) in sv.slots:
            return [(m.start(1), sv.slots[m.start(1)])]
        return self._body_titled_speaker(sv, a, b)

    def _body_titled_speaker(self, sv: SentView, a: int, b: int) -> list[tuple[int, EntMention]]:
        """ "东山局总工程师甲作了报告": a clause that opens with bodies and titles, then a person."""
        s = sv.masked
        person = next(((p, x) for p, x in sv.mentions_in(a, b) if x.type == "Person"), None)
        if person is None or person[0] - a > 30:
            return []
        lead = s[a : person[0]]
        if not self.p.titles.search(lead):
            return []
        rest = self.p.titles.sub("", P.ANY_RE.sub("", lead)).strip("、兼 \u3000，,")
        # "某局信息中心主任甲": a sub-unit's name between the body and the title
        ok = not rest or len(rest) <= 8 and rest.endswith(tuple(self.c["sub_unit_heads"]))
        return [person] if ok else []

    def _meeting_speakers(self, sv: SentView) -> None:
        """ "会上，青山市委书记甲作了讲话，乙介绍了…": speakers of the meeting the sentence is at.

        The sentence opens with 会上/论坛上/…; every person who is the subject of one of its clauses
        and speaks (讲话, 表示, 介绍, 签署 …) takes part in the event last reported."""
        s = sv.masked
        # "论坛上，" with 论坛 the event's own short name
        named = P.AT_NAMED_EVENT_OPENER.match(s) if P.AT_NAMED_EVENT_OPENER.pattern not in sv.closed else None
        if not named and (P.AT_MEETING_OPENER.pattern in sv.closed or not P.AT_MEETING_OPENER.match(s)):
            return
        ev = sv.slots[named.start(1)] if named else self.recent_event(sv, 0)
        if ev is None:
            return
        self._clause_speakers(sv, ev, 0, "at-meeting:speaker")
        # "会上，甲听取了A、B等单位和C等企业的情况汇报": the bodies who report take part too
        for h in (self.p.hearing.finditer(s) if "听取" in s else ()):
            end = self.p.report_noun.search(s, h.end())
            if end is None or any(ch in "。；;" for ch in s[h.end() : end.start()]):
                continue
            for q, x in sv.mentions_in(h.end(), end.start()):
                if x.type in ORG_TYPES and s[q + 1 : q + 2] not in CHAR_TYPE:
                    self.emit(x, "PARTICIPATES_IN", ev, sv, "at-meeting:reporter", 0.6, [q], "reported")

    def _implicit_attendance(self, sv: SentView) -> None:
        """ "参会的某公司副总经理甲说": a person described as attending takes part in the meeting the
        report is about (participation stated without an attendance verb)."""
        s = sv.masked
        described = P.ATTENDEE_DESCRIPTOR.pattern not in sv.closed
        for m in P.ATTENDEE_DESCRIPTOR.finditer(s) if "的" in s and described else ():
            p = m.end(1) - 1
            ev = self.recent_event(sv, m.start())
            if ev is not None:
                self.emit(sv.slots[p], "PARTICIPATES_IN", ev, sv, "attend:descriptor", 0.6, [p], "reported")

    def _body_speakers(self, sv: SentView) -> None:
        """ "东山市政府作经验交流发言", "省军区、某警备区等驻地部队代表进行了发言": bodies that open a
        clause and speak there take part in the meeting the report is about (the Event named last
        before the clause: "…召开第一次全体会议，A、B负责人分别作汇报", "调度会上，A负责人作了汇报";
        rel12: u17, u27, u59; a clause that names the event itself is rule_in_event's)."""
        s = sv.masked
        for a, b in self.clauses(sv):
            if "\ue00c" in s[a:b]:
                continue  # "A在E上作了发言": the event's own clause is read by rule_in_event
            subj = self.clause_subjects(sv, a, b)
            if not subj or any(x.type not in ORG_TYPES for _, x in subj):
                continue
            after = subj[-1][0] + 1
            m = P.BODY_SPEECH.match(s, after, b) or P.BODY_PRESENTS.match(s, after, b)
            if m is None or s[subj[0][0] - 1 : subj[0][0]] == "据":  # "据A介绍": a source, no speaker
                continue
            ev = self.recent_event(sv, a)
            if ev is None:
                return
            for p, x in subj:
                self.emit(x, "PARTICIPATES_IN", ev, sv, "body-speaker", 0.55, [p], "reported")
        self._body_representatives(sv)

    def _body_representatives(self, sv: SentView) -> None:
        """ "A、B有关领导先后发言", "A负责人和B会长、C负责人作了汇报": a clause that opens with bodies
        whose representatives (named by post, not by name) speak or report: each body takes part in
        the meeting the report is about (rel5: the body-speaker rule wanted the bare body)."""
        s = sv.masked
        for a, b in self.clauses(sv) if self.p.body_reps_speak.pattern not in sv.closed else ():
            k = a + (s[a] in "，,")
            m = self.p.body_reps_speak.match(s, k, b)
            if m is None or "\ue00c" in s[a:b]:
                continue
            ev = self.recent_event(sv, a)
            if ev is None:
                return
            for p, x in sv.mentions_in(m.start(1), m.end(1)):
                if x.type in ORG_TYPES:
                    self.emit(x, "PARTICIPATES_IN", ev, sv, "body-speaker:reps", 0.55, [p], "reported")

    def _performed_speakers(self, sv: SentView) -> None:
        """ "省委书记甲，科技部副部长乙分别致辞", "丙、丁分别发表演讲": persons listed in a clause
        who give a speech take part in the meeting the report is about (the Event last named)."""
        s = sv.masked
        for a, b in self.clauses(sv):
            people = [(p, x) for p, x in sv.mentions_in(a, b) if x.type == "Person"]
            if people:
                # the first person the act follows: "甲传达了乙总书记…重要指示精神" names 乙 in what 甲 reads
                last, v = next(((p, m) for p, _x in people
                                if (m := self._speech_at(s, p + 1, b))), (people[-1][0], None))
            else:
                # "甲，乙，某国代表丙分别致辞" with 丙 not recognised: the persons of the list clauses
                # before a clause that ends with 分别/先后 + a speech still spoke
                v = P.SHARED_SPEECH_END.search(s, a, b)
                if v is None or s[v.end() : b].strip("。，,；; "):
                    continue
                last = a - 1
            if not v or "主持" in v.group(0) or s.startswith("精神", v.end()):
                continue  # the chair leads (rule chair); "贯彻甲重要讲话精神" cites a speech
            evs = [x for q, x in sv.mentions_in(0, a) if x.type == "Event"]
            ev = evs[-1] if evs else self.recent_event(sv, a)
            if ev is None or self.is_cited_event(ev):
                return  # "党的某大以来，…甲总书记发表重要讲话": a speech not made at a meeting reported
            if self._other_session(s, a, ev):
                return
            # "甲主持会议，乙致辞": only the persons after another verb of the clause speak
            other = [m.end() for m in P.NOT_A_SPEAKER.finditer(s, a, last)]
            a = max([a, *other])
            # the persons of this clause and of the list clauses before it ("甲，乙，丙分别致辞")
            start = a
            for a2, b2 in reversed([c for c in self.clauses(sv) if c[1] <= a]):
                named = any(x.type == "Person" for _, x in sv.mentions_in(a2, b2))
                if not named or not self._list_clause(s[a2:b2]) or P.NOT_A_SPEAKER.search(s, a2, b2):
                    break
                start = a2
            for p, x in sv.mentions_in(start, last + 1):
                if x.type == "Person":
                    self.emit(x, "PARTICIPATES_IN", ev, sv, "speech-performed", 0.6, [p], "reported")

    def _speech_in(self, sv: SentView) -> bool:
        """The sentence holds a speech performed (the cue scan may close that pattern) or a report
        given, 作了…报告 (rel19: read where 报告 is)."""
        s = sv.masked
        if self.p.speech_performed.pattern not in sv.closed and self.p.speech_performed.search(s):
            return True
        return "报告" in s and P.REPORT_GIVEN.search(s) is not None

    def _speech_at(self, s: str, a: int, b: int) -> re.Match | None:
        """The speech a person performs right after position a (致辞, 讲话, 作了…报告 …)."""
        m = self.p.speech_performed.match(s, a, b)
        if m is None and "报告" in s:
            m = self.p.speech_report.match(s, a, b)
        return m

    @staticmethod
    def _other_session(s: str, a: int, ev: EntMention) -> bool:
        """ "下午专家报告会由甲主持，乙作了《…》报告": the sentence names, before the speaker's clause,
        a session by a kind word the reported event's name does not hold (报告会 in a 论坛): the
        speech is at that session, not at the event (rel19: READ u10)."""
        m = P.SESSION_KIND.search(s, 0, a)
        return m is not None and m.group(1) + "会" not in fold(ev.name)

    def _clause_speakers(self, sv: SentView, ev: EntMention, start: int, rule: str) -> None:
        """Every person who opens a clause from `start` on (after titles and their bodies) and
        speaks (讲话, 表示, 介绍, 签署 …) takes part in ev."""
        s = sv.masked
        for a, b in self.clauses(sv):
            if a < start:
                continue
            subj = self.clause_subjects(sv, a, b) or self._titled_speaker(sv, a, b)
            if subj and not any(x.type == "Person" for _, x in subj):
                subj = self._body_titled_speaker(sv, a, b)  # "东山局总工程师甲作了报告"
            for p, x in subj:
                v = P.SPEECH_VERB.match(s, p + 1, b)
                if x.type == "Person" and v and not (rule != "at-meeting:speaker" and "主持" in v.group(0)):
                    # speaking at a meeting is reported, whatever the speaker urges ("强调要…");
                    # the chair of the meeting held leads it (rule chair), no attendance besides
                    self.emit(x, "PARTICIPATES_IN", ev, sv, rule, 0.65, [p], "reported")

    def _host_clause_speakers(self, sv: SentView) -> None:
        """ "青山省委召开议军会议，省委书记甲表示…": a speaker in the clauses after the one that
        reports the meeting held takes part in it."""
        s = sv.masked
        for p, m in sv.slots.items():
            if m.type != "Event":
                continue
            if not (self.p.host.search(s, max(0, p - 4), p) or self.p.host.match(s, p + 1)):
                continue
            _, b = self.clause_of(sv, p)
            self._clause_speakers(sv, m, b, "host-clause:speaker")
            return

    def _speech_title(self, sv: SentView) -> None:
        """ "在某大会上的讲话" as a title line, "某市委书记 甲" below it: 甲 spoke at that meeting."""
        for k, prev in enumerate(self.views[: sv.index]):
            t = P.SPEECH_TITLE.match(prev.masked)
            if t is None or sv.index - k > 2:
                continue
            ev = prev.slots[t.start(1)]
            people = [(p, x) for p, x in sv.slots.items() if x.type == "Person"]
            if people and len(sv.masked) <= 40:  # a byline, not a paragraph
                p, x = people[0]
                self.emit(x, "PARTICIPATES_IN", ev, sv, "speech-title", 0.7, [p], "reported")
