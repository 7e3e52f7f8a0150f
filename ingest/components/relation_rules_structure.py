"""Rules about where things are and what they are part of: PART_OF and LOCATED_IN.

PART_OF from "A是B的直属机构/组成部分", "A下属的B", "A隶属于B", and a unit whose name extends its
parent's name ("河北省军区司令部" → "河北省军区"). LOCATED_IN from "A在B举行/揭牌", "落户/入驻B",
"地点：A（B…）", "B汇集了/引进了A…", a place in parentheses inside a name, and the place-prefix
rule of the guidelines (an organisation, park or fund whose name starts with a Location entity of
the document → that place; national prefixes excluded).
"""

from __future__ import annotations

import re

from ingest.components import relation_patterns as P
from ingest.components.name_rules import HEAD_INFO
from ingest.components.place_codes import codes, lies_inside, places_at
from ingest.components.relation_base import (
    ORG_TYPES,
    SIGNATURES,
    RuleBase,
    name_forms,
    place_forms,
)
from ingest.components.relation_view import CHAR_TYPE, EntMention, SentView
from ingest.textfold import view_fold as fold

# the heads of a park's sub-zones (片区, 园区: ingest/data/heads.tsv class subzone)
SUBZONE_HEADS = frozenset(h for h, (_typ, cls) in HEAD_INFO.items() if cls == "subzone")


def _is_subzone(name: str, park: str) -> bool:
    """Is `name` the park's name, a zone's own name of 2 to 4 characters and a sub-zone head
    (青山高新区|东川|园区), not a park of its own in the park (青山高新区|航空|产业园区)?"""
    head = max((h for h in HEAD_INFO if name.endswith(h)), key=len, default="")
    return head in SUBZONE_HEADS and 2 <= len(name) - len(park) - len(head) <= 4

# what a firm's full name adds to its short name without naming another unit
LEGAL_FORM = re.compile(r"(集团)?(股份)?(有限责任|有限)?(总)?公司|集团")
# a parenthesised head word after the parent's form (军分区(警备区)): the same kind of body named by
# its two heads, no sub-unit of it (no READ gold has X(…) PART_OF X: 233 such names, ent52)
ALTERNATIVE = re.compile(r"[(（]([^()（）]+)[)）]")


# the level words of a province written after its short form (东川省, 东川市 for a municipality,
# 某某自治区)
PROVINCE_LEVELS = ("省", "市", "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区")


def _outer_place_end(f: str, i: int, by_first: dict[str, list[tuple[str, str]]]) -> int:
    """The end of a place of the division table written at f[i] that holds the document's place
    written right after it (东川青山…开发区 with only 青山 an entity: 东川 is skipped), else 0."""
    for w in places_at(f, i):
        j = i + len(w)
        if any(f.startswith(pf, j) and lies_inside(w, pf) for pf, _ in by_first.get(f[j:j + 1], ())):
            return j
    return 0


# "…市" / "…州" / "…盟" written before the place a name is named after (东山市西山县…)
PARENT_PLACE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:市|州|盟|地区)")
OFFICE_SUFFIX = "办"
# a place written at the start of a unit's name, up to its level word (东山市委宣传部, 青山省经信委)
LEADING_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}?[省市区县]")
PLACE_TYPES = ("Location", "IndustrialPark")


class StructureRules(RuleBase):
    """PART_OF and LOCATED_IN, from sentences and from names (mixin)."""

    def rule_part_of(self, sv: SentView) -> None:
        self._rule_joined(sv)
        self._rule_part_of(sv)
        if "隶属" in sv.masked or "归口" in sv.masked:
            self._rule_subordinate(sv)
        if "(" in sv.masked or "（" in sv.masked:
            self._rule_paren_unit(sv)

    def _rule_paren_unit(self, sv: SentView) -> None:
        """ "函送某部(某某司)": a department in parentheses after a body is part of it (the
        name-internal PART_OF of the guidelines, written with the parent outside the brackets)."""
        dept_heads = tuple(self.c["part_of_department_heads"])
        for m in P.PAREN_UNIT.finditer(sv.masked):
            p, q = m.start(1), m.start(2)
            parent, child = sv.slots[p], sv.slots[q]
            if (parent.type in ORG_TYPES and child.type in ORG_TYPES and child.name != parent.name
                    and fold(child.name).endswith(dept_heads)):
                self.emit(child, "PART_OF", parent, sv, "part:paren", 0.7, [q, p])

    def _rule_subordinate(self, sv: SentView) -> None:
        """ "东山协会…，隶属省国防科工办管理", "归口X管理": the clause's body is part of X."""
        s = sv.masked
        for m in P.AFFILIATED_TO.finditer(s):
            q = m.start(1)
            parent = sv.slots[q]
            if parent.type not in SIGNATURES["PART_OF"][1]:
                continue
            heads = set(SIGNATURES["PART_OF"][0])
            # "X成立于…，是…组织，隶属Y管理": else the body the sentence opens with
            subj = self.head_before(sv, m.start(), heads) or [
                (p, x) for p, x in self.clause_subjects(sv, *self.clauses(sv)[0]) if x.type in heads]
            for p, x in subj:
                if x.name != parent.name and x.type != "Location":
                    self.emit(x, "PART_OF", parent, sv, "part:subordinate", 0.7, [p, q])

    def _rule_joined(self, sv: SentView) -> None:
        """Members of an association: "首批加入联盟的有A、B", "A、B加入了联盟"."""
        s = sv.masked
        if "加入" not in s:
            return
        members = ("Enterprise", "ResearchInstitute", "Association", "PartyGovBody", "MilitaryUnit")
        for m in (P.JOINED_LIST.finditer(s) if "加入" in s else ()):
            q = m.start(1)
            for p, x in sv.mentions_in(m.start(2), m.end(2)):
                if x.type in members:
                    self.emit(x, "PART_OF", sv.slots[q], sv, "part-of:joined", 0.6, [p, q])
        for m in (P.JOINED.finditer(s) if "加入" in s else ()):
            q = m.start(2)
            for p, x in sv.mentions_in(m.start(1), m.end(1)):
                if x.type in members and x.name != sv.slots[q].name:
                    self.emit(x, "PART_OF", sv.slots[q], sv, "part-of:joined", 0.6, [p, q])

    def _rule_part_of(self, sv: SentView) -> None:
        s = sv.masked
        for m in (self.p.part_is_of.finditer(s) if "是" in s else ()):
            p, q = m.start(1), m.start(2)
            self.emit(sv.slots[p], "PART_OF", sv.slots[q], sv, "part:is-of", 0.75, [p, q])
        # subject carried: "党管武装是…，是中国特色社会主义制度的重要组成部分"
        for m in (self.p.part_is_of_carried.finditer(s) if "是" in s else ()):
            q = m.start(2)
            for p, x in self.subject_at(sv, q):
                self.emit(x, "PART_OF", sv.slots[q], sv, "part:is-of", 0.7, [p, q])
        for m in self.p.subordinate.finditer(s) if self.p.subordinate.pattern not in sv.closed else ():
            p, q = m.start(1), m.start(3)
            self.emit(sv.slots[q], "PART_OF", sv.slots[p], sv, "part:subordinate", 0.7, [p, q])
        if any(w in s for w in self.c["subordinate_words"] + self.c["subsidiary_nouns"]):
            self._part_subsidiary(sv)
        if "属" in s:
            for m in (P.LISTED_AFFILIATES.finditer(s) if "等" in s else ()):
                q = m.start(2)
                for p, x in sv.mentions_in(m.start(1), m.end(1)):
                    if x.type in ORG_TYPES and x.name != sv.slots[q].name:
                        self.emit(x, "PART_OF", sv.slots[q], sv, "part:listed-affiliates", 0.65, [p, q])
        if "等" in s:
            for m in P.LISTED_MEMBERS.finditer(s):
                q = m.start(2)
                for p, x in sv.mentions_in(m.start(1), m.end(1)):
                    if x.type in ORG_TYPES and x.name != sv.slots[q].name:
                        self.emit(x, "PART_OF", sv.slots[q], sv, "part:listed-members", 0.6, [p, q])
                        if m.start(3) in sv.slots:  # "…在鄂企业": and they are in that place
                            r = m.start(3)
                            self.emit(x, "LOCATED_IN", sv.slots[r], sv, "located:listed-members", 0.6, [p, r])
        for m in (P.AFFILIATED.finditer(s) if "隶属于" in s else ()):
            p, q = m.start(1), m.start(2)
            self.emit(sv.slots[p], "PART_OF", sv.slots[q], sv, "part:subordinate", 0.7, [p, q])

    def _part_subsidiary(self, sv: SentView) -> None:
        """A subsidiary named by the word for it without both sides next to each other (rel12:
        u27, u47, u52; u62 on its gold entities). A clause that is only the parent and the word
        ("东方重工是青山国资委二级子企业，东方集团全资子公司", "某院创建于1956年，…，现为东方集团下属
        科研生产联合体"): the unit the sentence is about, the subject of the clause before, is its
        part. No parent right before the word ("东方精密发布公告，收到全资子公司青山光学…"): the
        subject's own subsidiary, a firm or an institute; else the firm named last before it
        ("X园由东方集团投资，以旗下东方光电为平台": not the park)."""
        s = sv.masked
        heads, parents = SIGNATURES["PART_OF"]
        for k, (a, b) in enumerate(sv.clause_spans[1:], start=1):
            m = self.p.part_appositive.match(s, a, b)
            if m is None:
                continue
            q = m.start(1)
            parent = sv.slots[q]
            if parent.type not in parents or parent.type == "Location":
                continue
            before = sv.clause_spans[k - 1]
            for p, x in self.clause_subjects(sv, *before) or self.subject_at(sv, before[0]):
                if x.type in heads and x.type != "Location" and x.name != parent.name:
                    self.emit(x, "PART_OF", parent, sv, "part:subsidiary-appositive", 0.65, [p, q])
        owners = ("Enterprise", "ResearchInstitute")
        for m in self.p.own_subsidiary.finditer(s):
            q = m.start(1)
            child = sv.slots[q]
            if child.type not in heads or child.type == "Location":
                continue
            owner = [(p, x) for p, x in self.subject_at(sv, q) if x.type in owners and p < q]
            # "X产业园由东方集团投资，以旗下东方光电为平台": the firm named last before the word
            owner = owner or [(p, x) for p, x in sv.mentions_in(0, m.start()) if x.type in owners][-1:]
            for p, x in owner:
                if x.name != child.name:
                    self.emit(child, "PART_OF", x, sv, "part:own-subsidiary", 0.6, [q, p])

    def _rule_office_of_committee(self) -> None:
        """ "某省委军民融合办" is the office of "某省委军民融合发展委员会": PART_OF the committee.

        An office named X办/X办公室 abbreviates "X…委员会办公室" (or "X…领导小组办公室"): when a
        committee or leading group of the document extends X, it is the office's nearest parent,
        nearer than the body X itself begins with."""
        self._office_parent: dict[str, str] = {}
        committees = [(fold(n), n) for n, e in self.entities.items()
                      if e.type == "PartyGovBody" and fold(n).endswith(("委员会", "领导小组"))]
        if not committees:
            return
        for name, e in self.entities.items():
            if e.type != "PartyGovBody":
                continue
            for f in name_forms(name, e):
                stem = f[:-3] if f.endswith("办公室") else f[:-1] if f.endswith("办") else ""
                if len(stem) < 4:
                    continue
                hits = [n for cf, n in committees if cf.startswith(stem) and n != name]
                if len(hits) == 1:
                    self._office_parent[name] = hits[0]
                    sv = self._evidence_view(name, hits[0])
                    if sv is not None:
                        self.emit(name, "PART_OF", hits[0], sv, "part:office-of", 0.65, [], "stated")
                    break

    def rule_name_parent(self) -> None:
        """A unit whose name extends a parent's name: 河北省军区司令部 → 河北省军区.

        Only the longest such parent (中科院北京分院科技合作处 → 中科院北京分院, not 中科院), and only
        parents that are units with sub-units by nature (military, institutes, associations,
        enterprises): "市委军民融合办" is not annotated PART_OF "市委".
        """
        self._rule_office_of_committee()
        parents = set(self.c["part_of_child_parent_types"])
        levels = set(self.c["part_of_level_words"])
        dept_heads = tuple(self.c["part_of_department_heads"])
        # form (2+ characters) -> entities having it, in entity order: a parent is found by looking
        # up the prefixes of a name, not by comparing every pair of entities
        by_form: dict[str, list[tuple[int, str, str]]] = {}
        for k, (other, o) in enumerate(self.entities.items()):
            for of in name_forms(other, o):
                if len(of) >= 2 and of not in levels:  # 中央, 国家, 省委 as a level word: no parent
                    by_form.setdefault(of, []).append((k, other, o.type))
        for name, e in self.entities.items():
            if e.type not in ORG_TYPES:
                continue
            forms = name_forms(name, e)
            # forms cut back to a level word (市委宣传部) take a parent named so (市委), not one whose
            # alias it is (龙岩市委 has the alias 市委: 泉州市委某办 is no part of it)
            cut = {g for f in forms for g in self._level_short_forms(f) if g not in forms}
            forms += sorted(cut)
            # a department, office, bureau or committee whose name extends a body's name is part of
            # it (GUIDELINES "Name-internal PART_OF": 省委军民融合委员会 → 省委, 某部军民结合推进司 → 某部)
            dept = fold(name).endswith(dept_heads)
            best = None  # (prefix length, -entity order, parent): longest, then first entity
            for f in forms:
                # the child's name goes on 2+ characters, or is the parent's 办 (区委办 = 区委办公室)
                last = len(f) if dept and f.endswith(OFFICE_SUFFIX) else len(f) - 1
                for n in range(2, last):
                    for k, other, otype in by_form.get(f[:n], ()):
                        # a department's parent may be a body, never a zone: a zone is no organisation
                        # (calls decisions (d) and (q): 某高新区管委会/党工委 get no PART_OF 某高新区)
                        if other == name or otype not in parents and not (dept and otype == "PartyGovBody"):
                            continue
                        if f in cut and f[0] in "省市区县" and not fold(other).startswith(f[:n]):
                            continue
                        if LEGAL_FORM.fullmatch(f[n:]) or self._other_head(f[n:], e.type):
                            continue  # "…集团公司" after "…集团"'s short name: the same firm, no part
                        if best is None or (n, -k) > best[:2]:
                            best = (n, -k, other)
            if best and name not in self._office_parent:
                sv = self._evidence_view(name, best[2])
                if sv is not None:
                    self.emit(name, "PART_OF", best[2], sv, "part:name", 0.7, [], "stated")

    @staticmethod
    def _other_head(rest: str, etype: str) -> bool:
        """The rest of a name after a parent's form is only a head word of the name's own type in
        brackets (军分区(警备区)): the body named by two heads, no sub-unit of the parent."""
        m = ALTERNATIVE.fullmatch(rest)
        return m is not None and HEAD_INFO.get(fold(m.group(1)), ("",))[0] == etype

    def _level_short_forms(self, form: str) -> list[str]:
        """ "中共东山市委宣传部" → 东山市委宣传部, 市委宣传部; "青山省经信委某处" → 省经信委某处: the forms a
        name-internal parent may be named by in the document (中共 dropped; a leading place cut back to
        its level word when it is an administrative division or a place the document names), so that
        a unit written in full finds the parent the text names by a short form (市委, 省经信委: rel8,
        u17, u19, u24, u31)."""
        out = []
        for skip in self.c["name_prefixes_to_skip"]:
            if form.startswith(skip) and len(form) > len(skip) + 2:
                form = form[len(skip):]
                out.append(form)
                break
        m = LEADING_PLACE.match(form)
        if m and len(form) > m.end() + 1 and (codes(m.group(0)) or "Location" in (
                self.types.get(m.group(0)), self.types.get(m.group(0)[:-1]))):
            out.append(form[m.end() - 1:])
        return out

    def rule_located(self, sv: SentView) -> None:
        """LOCATED_IN from a sentence: each cue family reads the sentence on its own, in this order
        (the order of the emitted facts is part of the output)."""
        s = sv.masked
        national = set(self.c["national_prefixes"]) | {"中华人民共和国", "全国"}
        self._located_at(sv, national)
        self._located_settle(sv, national)
        # "并为首批入驻的X奠基": X settles in the park named before in the sentence, else the text's park
        if "入驻的" in s or "落户的" in s or "进驻的" in s:
            self._located_settled_object(sv)
        self._located_settled_list(sv)
        # 地点：A（B区…）
        for m in (P.ADDRESS.finditer(s) if "\ue00b" in s and P.ADDRESS.pattern not in sv.closed else ()):
            p, q = m.start(1), m.start(2)
            self.emit(sv.slots[p], "LOCATED_IN", sv.slots[q], sv, "located:address", 0.7, [p, q])
        self._located_gather(sv)

    def _located_at(self, sv: SentView, national: set[str]) -> None:
        """ "A(…)在B(…)举行/召开/揭牌/挂牌成立": the thing before 在 is at the place after it, when the
        verb suits the thing (meetings are held, bodies unveiled)."""
        s = sv.masked
        for m in (self.p.located_at.finditer(s) if "在" in s else ()):
            found = self._located_at_place(sv, m, national)
            if found is None:
                continue
            q, place = found
            thing = self._located_at_thing(sv, m)
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
            if thing[0] < m.start() and not P.THING_TO_AT.fullmatch(s[thing[0] + 1 : m.start()]) \
                    and not (thing[1].type == "Event" and P.HELD_BY_OPENER.match(s)):
                continue
            self.emit(thing[1], "LOCATED_IN", place, sv, "located:at", 0.75, [thing[0], q])

    def _located_at_place(
        self, sv: SentView, m: re.Match, national: set[str]
    ) -> tuple[int, EntMention] | None:
        """The place of "在B举行": the last Location/park between 在 and the verb, close to the verb (a
        venue may follow it); None when there is none, so a vague 在 gives no fact."""
        s = sv.masked
        places = [
            (q, x)
            for q, x in sv.mentions_in(m.start(1), m.end(1))
            if x.type in ("Location", "IndustrialPark") and fold(x.name) not in national
        ]
        if not places:
            # "在无为举行", "在绵召开": a place of the document by its short form
            short = self._place_short_form(s[m.start(1) : m.end(1)])
            if short is None:
                return None
            places = [(m.start(1), short)]
        q, place = places[-1]
        rest = s[q + 1 : m.end(1)]
        # "在大连世界博览广场拉开帷幕", "在东莞会展国际大酒店宏图厅举行": a venue may follow the place
        if len(rest) > 8 and not (len(rest) <= 16 and rest.endswith(tuple(self.c["venue_heads"]))):
            return None
        return q, place

    def _located_at_thing(self, sv: SentView, m: re.Match) -> tuple[int, EntMention] | None:
        """What "在B举行" locates: the nearest mention before 在 in this clause or the previous one,
        or for a meeting verb the event named after the verb or the one the sentence opens with."""
        s = sv.masked
        p = m.start() - 1
        thing = None
        while p >= 0:
            x = sv.slots.get(p)
            if x is not None and x.type in SIGNATURES["LOCATED_IN"][0]:
                thing = (p, x)
                break
            if s[p] in "。；;":
                break
            p -= 1
        if m.group(2) in self.c["event_verbs"]:
            later = self.tails_after(sv, m.end(2), {"Event"}, max_gap=2)
            if later:  # "推进司在西安组织召开…研讨会"
                thing = later[0]
            elif thing is not None and thing[1].type != "Event":
                # "EVENT，是由A会同B、C，于…在京联合举办的": the event the sentence opens with
                held = P.HELD_BY_OPENER.match(s)
                if held and held.end() <= m.start():
                    thing = (held.start(1), sv.slots[held.start(1)])
        return thing

    def _located_settle(self, sv: SentView, national: set[str]) -> None:
        """ "…落户/入驻 B", "入住B的A": what settles is in the most specific place of the chain."""
        s = sv.masked
        for m in self.p.settle.finditer(s) if self.p.settle.pattern not in sv.closed else ():
            q = m.start(2)
            place = sv.slots[q]
            if place.type not in ("Location", "IndustrialPark"):
                continue
            q, place = self._settle_chain(sv, q, place, national)
            after = s[q + 1 : q + 3]
            if after.startswith("的") and q + 2 < len(s) and (q + 2) in sv.slots:
                self.emit(sv.slots[q + 2], "LOCATED_IN", place, sv, "located:settle", 0.75, [q, q + 2])
                continue
            self._settlers(sv, m, q, place)

    def _settle_chain(
        self, sv: SentView, q: int, place: EntMention, national: set[str]
    ) -> tuple[int, EntMention]:
        """ "落户在平房区(哈经开区)中国云谷": the most specific place of the chain after the verb (a park
        after a place and a parenthesis is in that place too)."""
        s = sv.masked
        chain = P.PLACE_CHAIN.match(s[q:])
        if chain:
            last = [
                (x, y)
                for x, y in sv.mentions_in(q, q + chain.end())
                if y.type in ("Location", "IndustrialPark") and fold(y.name) not in national
            ]
            if last:
                # "落户在东城区(东经开区)东山云谷": the park after a place (and a parenthesis) is in it
                if place.type == "Location" and last[-1][1].type == "IndustrialPark" \
                        and s[last[-1][0] - 1] in ")）":
                    r = last[-1][0]
                    self.emit(last[-1][1], "LOCATED_IN", place, sv, "located:chain", 0.6, [q, r])
                q, place = last[-1]
        return q, place

    def _settlers(self, sv: SentView, m: re.Match, q: int, place: EntMention) -> None:
        """The named things of the clause before 落户/入驻 settle at the place: not an unnamed project
        the clause speaks of, nor a body that only qualifies a project or sits in a relative clause."""
        s = sv.masked
        a, _ = self.clause_of(sv, m.start())
        # "A表示将布局更多配套项目落户X", "项目位于X": what settles is an unnamed project or firm,
        # not the clause's named subject (rel6)
        last = max([p for p, _ in sv.mentions_in(a, m.start())], default=a - 1)
        gap = s[last + 1 : m.start()]
        if "等" not in gap and self.p.unnamed_settler.search(gap):  # "A、B等7个项目": named ones
            return
        # "A一院航天技术产业基地等项目落户…": a body right before a project's name only qualifies it
        things = [
            (p, x) for p, x in sv.mentions_in(a, m.start()) if x.type in SIGNATURES["LOCATED_IN"][0]
            and not (x.type != "Project" and getattr(sv.slots.get(p + 1), "type", "") == "Project")
        ]
        # "由A投资建设的X落户…": A, in the relative clause before X, is not what settles
        rel = P.RELATIVE_BY.search(s, a, m.start())
        if rel is not None:
            things = [(p, x) for p, x in things if not rel.start() <= p < rel.end() - 1]
        if not things:
            things = [(p, x) for p, x in self.subject_at(sv, m.start())]
            deictic = P.DEICTIC_THING.match(s[a : m.start()].strip(" ，,"))
            if deictic:  # 该陵园位于…: the carried subject only when its name holds the noun
                things = [(p, x) for p, x in things if deictic.group(1) in x.name]
        if not things and P.PARK_ANAPHOR.match(s[a : m.start()].strip(" ，,")):
            park = self.recent_park(sv, a)  # "园区位于钟楼经济开发区工业园内"
            if park is not None and park.name != place.name:
                self.emit(park, "LOCATED_IN", place, sv, "located:park-anaphor", 0.6, [q])
        for p, x in things:
            self.emit(x, "LOCATED_IN", place, sv, "located:settle", 0.7, [p, q])

    def _located_settled_object(self, sv: SentView) -> None:
        """ "并为首批入驻的X奠基": X settles in the park named before in the sentence, else the text's
        park (the park is not named in the clause, so the sentence and the text supply it)."""
        s = sv.masked
        for m in (P.SETTLED_OBJECT.finditer(s) if "的" in s else ()):
            q = m.start(1)
            x = sv.slots[q]
            if x.type not in ("Enterprise", "ResearchInstitute", "Project", "Association"):
                continue
            parks = [(p, y) for p, y in sv.mentions_in(0, m.start()) if y.type == "IndustrialPark"]
            park = parks[-1][1] if parks else self.recent_park(sv, m.start())
            if park is not None:
                self.emit(x, "LOCATED_IN", park, sv, "located:settled-object", 0.6, [q])

    def _located_settled_list(self, sv: SentView) -> None:
        """ "已有3家企业入驻，分别是A、B、C": each listed firm is in the park named before the verb,
        else the text's park."""
        s = sv.masked
        for m in (P.SETTLED_LIST.finditer(s) if ("入驻" in s or "落户" in s or "进驻" in s) else ()):
            a, _ = self.clause_of(sv, m.start())
            parks = [(p, x) for p, x in sv.mentions_in(a, m.start()) if x.type == "IndustrialPark"]
            park = parks[-1][1] if parks else self.recent_park(sv, m.start())
            if park is None:
                continue
            for p, x in sv.mentions_in(m.start(3), m.end(3)):
                if x.type in ("Enterprise", "ResearchInstitute", "Project", "Association"):
                    self.emit(x, "LOCATED_IN", park, sv, "located:settled-list", 0.6, [p])

    def _located_gather(self, sv: SentView) -> None:
        """ "B(地方)汇集了/引进了 A、C等…", "青山产业园已入驻A、B等企业": a place or park as the
        subject holds what it gathered."""
        s = sv.masked
        for m in self.p.gather.finditer(s) if self.p.gather.pattern not in sv.closed else ():
            subj = [(p, x) for p, x in self.subject_at(sv, m.start()) if x.type in PLACE_TYPES]
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
            for f in place_forms(name, e):
                places.append((f, name))
        # place forms by first character (national ones never name the place of a body)
        national = self.c["national_prefixes"]
        by_first: dict[str, list[tuple[str, str]]] = {}
        for f, loc in places:
            if f not in national:
                by_first.setdefault(f[0], []).append((f, loc))
        done: set[str] = set()
        provinces = self.c["provinces"]
        for name, e in list(self.entities.items()):
            if e.type not in ORG_TYPES and e.type not in ("IndustrialPark", "Fund") or name in done:
                continue
            done.add(name)
            target = self._prefix_park(name) if e.type in ("IndustrialPark", "ResearchInstitute") else None
            park_prefix = target is not None
            for form in name_forms(name, e) if target is None else ():
                t = self._prefix_place(form, by_first, provinces)
                if t:
                    target = t
                    break
            if target is None:
                # a place in parentheses inside the name: 北科天绘(合肥)激光技术有限公司
                for form in name_forms(name, e):
                    pm = P.PAREN_PLACE.search(form)
                    if pm:
                        for f, loc in places:
                            if pm.group(1) == f:
                                target = loc
                if target is None:
                    continue
            sv = self._evidence_view(name, target)
            if sv is not None and park_prefix and _is_subzone(fold(name), fold(target)):
                # 青山高新区东川片区: a park's sub-zone is part of the park, not a thing inside it
                self.emit(name, "PART_OF", target, sv, "part:subzone", 0.8, [], "stated")
            elif sv is not None:
                self.emit(name, "LOCATED_IN", target, sv, "located:prefix", 0.8, [], "stated")

    def _place_short_form(self, text: str) -> EntMention | None:
        """The Location a bare short form names: 无为 for 无为县, 绵 for 绵阳(市) (a one-character
        form only when one city of the document starts with it; GUIDELINES "Place prefix details")."""
        f = fold(text).strip()
        if not f or any(ch in CHAR_TYPE for ch in f):
            return None
        suffixes = tuple(self.c["place_suffixes"])
        hits = []
        for name, e in self.entities.items():
            if e.type != "Location":
                continue
            n = fold(name)
            stem = next((n[: -len(x)] for x in suffixes if n.endswith(x) and len(n) - len(x) >= 2), n)
            if f == stem or len(f) == 1 and len(stem) == 2 and stem[0] == f:
                hits.append(EntMention(-1, -1, name, "Location"))
        return hits[0] if len(hits) == 1 else None

    def _prefix_park(self, name: str) -> str | None:
        """ "东山高新区军民融合产业基地" when 东山高新区 is a park of the document: a park named
        after another park lies in it (the most specific place, GUIDELINES "Place prefix details")."""
        parks = getattr(self, "_park_names", None)
        if parks is None:
            parks = self._park_names = sorted(
                (n for n, t in self.types.items() if t == "IndustrialPark"), key=len, reverse=True)
        f = fold(name)
        return next((p for p in parks if len(p) >= 4 and len(f) >= len(p) + 2 and f.startswith(fold(p))),
                    None)

    def place_of(self, name: str) -> str | None:
        """The Location entity a body is named after (东山军分区 → 东山), as rule_place_prefix
        finds it; used where a text says "地方" for the body's own place ("支持地方建设")."""
        cache = getattr(self, "_place_of_cache", None)
        if cache is None:
            by_first: dict[str, list[tuple[str, str]]] = {}
            national = self.c["national_prefixes"]
            for n, e in self.entities.items():
                if e.type == "Location":
                    for f in place_forms(n, e):
                        if f not in national:
                            by_first.setdefault(f[0], []).append((f, n))
            cache = self._place_of_cache = {"": by_first}
        if name not in cache:
            e = self.entities.get(name)
            cache[name] = next((t for form in name_forms(name, e)
                                if (t := self._prefix_place(form, cache[""], self.c["provinces"]))), None)
        return cache[name]

    def _sub_place_after(self, best: tuple[str, str]) -> bool:
        """Whether "<place>县/区…" names a county or district inside the place, not the place with
        its level word. Inside: a placeholder (**县民兵运输连 in a city **: a masked stem hides its
        level), a place the document names as a city (东山市's 东山县), or a stem the document also
        writes with a higher level word (青阳市, 东川州: relation_cues.json "higher_place_suffixes").
        Otherwise a bare county or district name (宁明, 顺德, 青阳, the document's Location) written with
        its level word (宁明县人民武装部, 青阳县委) is that place (rel12 and rel13: u33, u37, u42)."""
        pf, loc = best
        e = self.entities.get(loc)
        if e is None or all(ch in "X*Ｘ＊" for ch in pf):
            return True
        if any(fold(n).startswith(pf) and fold(n).endswith("市") for n in (loc, *e.aliases)):
            return True
        return self._written_higher(pf)

    def _written_higher(self, stem: str) -> bool:
        """Whether the document writes the stem with a higher level word (青阳市, 东川州), once per stem."""
        cache = getattr(self, "_higher_stem_cache", None)
        if cache is None:
            cache = self._higher_stem_cache = {}
        if stem not in cache:
            folded = getattr(self, "_folded_text", None)
            if folded is None:
                folded = self._folded_text = fold(self.text)
            cache[stem] = any(stem + suf in folded for suf in self.c["higher_place_suffixes"])
        return cache[stem]

    def _prefix_place(
        self, form: str, by_first: dict[str, list[tuple[str, str]]], provinces: list[str]
    ) -> str | None:
        f = fold(form)
        provinces_t = tuple(provinces)
        for skip in self.c["name_prefixes_to_skip"]:
            if f.startswith(skip):
                f = f[len(skip) :]
        if f.startswith(tuple(self.c["national_prefixes"])):
            return None
        found = None
        i = 0
        while i < len(f):
            best = None
            for pf, loc in by_first.get(f[i], ()):
                # the longest form; of one form two places have (青山 of 青山市 and of a compound
                # 东川省青山), the place written shortest, the compound's last place standing alone
                if f.startswith(pf, i) and (best is None or len(pf) > len(best[0])
                                            or len(pf) == len(best[0]) and len(loc) < len(best[1])):
                    best = (pf, loc)
            if best is not None:
                j = i + len(best[0])
                suffix = next((x for x in self.c["place_suffixes"] if f.startswith(x, j)), "")
                if suffix in self.c["sub_place_suffixes"] and not best[0].endswith(
                    tuple(self.c["place_suffixes"])
                ) and self._sub_place_after(best):
                    # "**县民兵运输连" is in a county of **, not in ** itself
                    break
                found = best[1]
                i = j + len(suffix) if suffix and not best[0].endswith(suffix) else j
                continue
            # (one C test for all provinces first: at most positions none starts)
            prov = next((p for p in provinces if f.startswith(p, i)), None) \
                if f.startswith(provinces_t, i) else None
            if prov is not None and found is None:
                i += len(prov)
                # its level word: 东川省, 东川市 (a municipality), 某某自治区
                i += next((len(x) for x in PROVINCE_LEVELS if f.startswith(x, i)), 0)
                continue
            # "东山市西山县…产业园" with only 西山县 an entity: the city written before it is skipped
            pm = PARENT_PLACE.match(f, i) if found is None else None
            if pm and any(f.startswith(pf, pm.end()) for pf, _ in by_first.get(f[pm.end():pm.end() + 1], ())):
                i = pm.end()
                continue
            j = _outer_place_end(f, i, by_first) if found is None else 0
            if j:
                i = j
                continue
            break
        return found
