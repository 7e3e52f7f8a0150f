"""Rules about what actors do to each other: support and guidance, cooperation, founding, cue verbs.

SUPPORTS / LEADS from guidance phrases ("在A的大力支持和悉心指导下，B…", "A对B…的支持", "接受A…指导",
"为B…作贡献"); COORDINATES_WITH ("A与B签署…", "A、B和C联合开展…", a subject list whose sentence
speaks of 合作/对接); ESTABLISHED ("由A、B…合作成立", subject + 成立/组建 + body, subject + 建设 +
park); and the generic subject + cue + object rules (IMPLEMENTS, SUPPORTS, LEADS, FUNDS,
PARTICIPATES_IN) with types checked.
"""

from __future__ import annotations

import re

from ingest.components import relation_patterns as P
from ingest.components.name_rules import LEADING_TRIM
from ingest.components.relation_base import (
    ORG_TYPES,
    SIGNATURES,
    RuleBase,
)
from ingest.components.relation_view import EntMention, SentView
from ingest.textfold import view_fold as fold

# rel13: how far after "支持地方建设" the place it names for the support may stand (为某市…发展, 助力某县)
LOCAL_PLACE_SPAN = 30

FOUNDER_NEXT = ("、", "和", "与", "及", "等", "共", "联", "")
FOUNDED_BEFORE = re.compile(r"(?:设立|成立|组建|设置|安排|筹集)了?$")
AMOUNT = re.compile(r"[约近超逾]?[0-9.一二三四五六七八九十百千两]+(?:多|余)?[万亿]*(?:美)?元")  # 投资3亿元
NOUN_JOINERS = ("和", "与", "及", "、")  # after a cue: the cue ends a noun that is joined to the next one
# "得到B的大力支持", "给予B资金支持": support whose direction _supported_by reads
SUPPORT_RECEIVED = re.compile(r"(?:得到|获得|受到|赢得|争取到?|给予)[^，,。；;]{0,14}$")


def _trimmed_modifier(s: str, pos: int) -> int:
    """The length of a modifier at pos that a name's left edge drops (新, 首个: name_rules.LEADING_TRIM),
    so that "共建了新X研究院" still has its object right after the verb; 0 if none."""
    return next((len(w) for w in LEADING_TRIM if s.startswith(w, pos)), 0)


class ActionRules(RuleBase):
    """SUPPORTS/LEADS by guidance, COORDINATES_WITH, ESTABLISHED, cue verbs (mixin)."""

    def _carried_guided(
        self, sv: SentView, at: int, nxt: tuple[int, int] | None
    ) -> list[tuple[int, EntMention]]:
        """The body guided by "在A的领导下" at `at` when neither a body right before 在 nor a subject of
        the clause after it names one: the subject the sentence carries from before the phrase
        ("B按照…要求，在A、C的坚强领导下，认真…", "B和某部官兵在A领导下，坚持…"). Bodies only: a place or
        an item carried as subject is not led (rel30: right in READ u16, u72, u80; a Policy in u5)."""
        if nxt is None:
            return []
        return [(q, y) for q, y in self.subject_at(sv, nxt[0]) if 0 <= q < at and y.type in ORG_TYPES]

    def rule_guidance(self, sv: SentView) -> None:
        s = sv.masked
        # 在A的大力支持和悉心指导下，B…
        committees = tuple(self.c["party_committees"])
        for m in (self.p.under_guidance.finditer(s) if "在" in s else ()):
            # "在某军分区党委和县委的领导下": the unit's 党委 leads, not the unit (no entity here: rel8,
            # u24, u29, u34); the list goes on after it
            agents = [(p, x) for p, x in sv.mentions_in(m.start(1), m.end(1))
                      if not s.startswith(committees, p + 1)]
            words = m.group(2)
            if any(w in words for w in self.c["witnessed_under"]):
                continue  # "在A、B领导共同见证下": the leaders witness, they guide nobody
            clauses = self.clauses(sv)
            nxt = next(((a, b) for a, b in clauses if a >= m.end()), None)
            # "该中心在A和B的领导下，以…": the body named right before 在 is the one guided
            before = [(q, y) for q, y in sv.mentions_in(max(0, m.start() - 3), m.start())
                      if not any(ch in s[q + 1 : m.start()] for ch in "，,。；;")]
            if before and s.startswith(committees, before[-1][0] + 1):
                continue  # "某军区党委在…领导下": the 党委 is guided, not the unit
            if nxt is None and not before:
                continue
            # "B按照…，在A的坚强领导下，认真…": B, carried from before the phrase (rel30)
            targets = (before[-1:] or self.clause_subjects(sv, *nxt)
                       or self._carried_guided(sv, m.start(), nxt))
            for p, x in agents:
                for q, y in targets:
                    if any(w in words for w in self.c["supports"]):
                        self.emit(x, "SUPPORTS", y, sv, "guidance:support", 0.75, [p, q])
                    if "指导" in words or "领导" in words:
                        self.emit(x, "LEADS", y, sv, "guidance:lead", 0.7, [p, q])
        self._supported_by(sv)
        # 接受A(及…)业务指导 -> A LEADS subject
        for m in (P.ACCEPT_GUIDANCE.finditer(s) if "接受" in s else ()):
            p = m.start(1)
            for q, y in self.subject_at(sv, p):
                self.emit(sv.slots[p], "LEADS", y, sv, "guidance:accept", 0.7, [p, q])
        if "对" in s:
            self._support_dui(sv)
        # "（甲表示，）将加大对B重大项目支持力度": no agent before 对 in the clause, the clause's own
        # or carried subject supports B
        for m in (P.SUPPORT_DUI_CARRIED.finditer(s) if "对" in s else ()):
            q = m.start(1)
            for p, x in self.subject_at(sv, q):
                if x.type in SIGNATURES["SUPPORTS"][0] and x.name != sv.slots[q].name:
                    self.emit(x, "SUPPORTS", sv.slots[q], sv, "support:dui-carried", 0.6, [p, q])
        for m in (P.SUPPORT_THANKS.finditer(s) if "对" in s else ()):
            q = m.start(2)
            for p, x in sv.mentions_in(m.start(1), m.end(1)):
                self.emit(x, "SUPPORTS", sv.slots[q], sv, "support:thanks", 0.7, [p, q])
        if "感谢" in s:
            self._thanked_support(sv)
        if "谢" in s and "对" in s:
            self._thanked_support_of(sv)
        if "谢" in s and ("部队" in s or "军队" in s):
            self._unit_support_thanked(sv)
        # "关心支持青山军分区建设的A、B和C": each body after 的 supports the one named
        if "的" in s and P.SUPPORTER_ATTRIBUTIVE.pattern not in sv.closed:
            for m in P.SUPPORTER_ATTRIBUTIVE.finditer(s):
                if not m.group(1) and not m.group(3):
                    continue  # "支持A的B": without 关心… or a noun (建设, 工作) between, B may be A's own
                q = m.start(2)
                for p, x in sv.mentions_in(m.start(4), m.end(4)):
                    if x.type in SIGNATURES["SUPPORTS"][0] - {"Location"}:
                        self.emit(x, "SUPPORTS", sv.slots[q], sv, "support:attributive", 0.65, [p, q])
        # B…离不开A、C的支持 -> A SUPPORTS B (B the sentence subject)
        for m in (P.RELY_ON.finditer(s) if "离不开" in s else ()):
            agents = sv.mentions_in(m.start(1), m.end(1))
            for q, y in self.subject_at(sv, m.start()):
                for p, x in agents:
                    self.emit(x, "SUPPORTS", y, sv, "support:rely", 0.65, [p, q])
        # A为B提供…支持/保障/资金 -> A SUPPORTS B (the agent right before 为, else the subject)
        if "提供" in s:
            for m in P.PROVIDE_FOR.finditer(s):
                agents = self.head_before(sv, m.start(), SIGNATURES["SUPPORTS"][0] - {"Person"}, max_gap=6)
                for q, y in sv.mentions_in(m.start(1), m.end(1)):
                    for p, x in agents:
                        self.emit(x, "SUPPORTS", y, sv, "support:provide", 0.65, [p, q])
        if "服务" in s:
            self._served(sv)
        # 为B经济社会发展多作贡献 -> subject SUPPORTS B
        for m in (P.CONTRIBUTE_TO.finditer(s) if "贡献" in s else ()):
            q = m.start(1)
            for p, x in self.subject_at(sv, q):
                self.emit(x, "SUPPORTS", sv.slots[q], sv, "support:contribute", 0.6, [p, q])

    def _served(self, sv: SentView) -> None:
        """ "市委市政府…更好服务保障驻青部队的发展", "省政府会努力当好驻青部队的“服务员”", "青山市将
        为东方集团为代表的大企业做好支持和服务": the subject (named before, else carried) supports the
        unit or firm it serves (rel16: u51, u65, u68)."""
        s = sv.masked
        heads = SIGNATURES["SUPPORTS"][0]
        for m in P.SERVED.finditer(s):
            g = next(k for k in (1, 2, 3) if m.group(k) is not None)
            q = m.start(g)
            for p, x in self.head_before(sv, m.start(), heads):
                if x.name != sv.slots[q].name:
                    self.emit(x, "SUPPORTS", sv.slots[q], sv, "support:served", 0.6, [p, q])

    def _thanked_support(self, sv: SentView) -> None:
        """ "甲代表某集团党组，对A、B多年来给予集团…的支持表示感谢", "甲感谢A、B一直以来的关心支持":
        support thanked for with no body named as its receiver is support given to the thanker's own
        side: the body the thanker speaks for (代表X), else the one body the thanker's title names in the
        document. The thanker is no supporter (rel6: 3 READ batches)."""
        s = sv.masked
        for m in (P.THANKED_FOR_SUPPORT.finditer(s) if ("支持" in s or "帮助" in s) else ()):
            who = P.THANKER_FOR.match(s[: m.start()])
            if who is None:
                continue
            if who.group(2):
                side = sv.slots[who.start(2)]
            else:
                own = {r.tail for r in self.relations
                       if r.type == "HOLDS_POSITION" and r.head == sv.slots[who.start(1)].name}
                if len(own) != 1:
                    continue
                name = own.pop()
                side = EntMention(0, 0, name, self.types.get(name, ""))
            for p, x in sv.mentions_in(m.start(1), m.end(1)):
                if x.type in ORG_TYPES and x.name != side.name:
                    self.emit(x, "SUPPORTS", side, sv, "support:thanked", 0.6, [p, who.start(1)])

    def _thanked_support_of(self, sv: SentView) -> None:
        """ "向A、B，以及各军工集团和院校对青山的大力支持表示感谢", "感谢A、B、C长期以来对青山双拥工作的
        指导和帮助": the bodies thanked support the side named after their own 对, a short modifier
        before it allowed ("对航天事业和东方集团发展的关心支持"), whoever thanks them (rel26: READ u68,
        u71, u75; a person thanked is left out)."""
        s = sv.masked
        heads = SIGNATURES["SUPPORTS"][0] - {"Person"}
        for m in P.THANKED_SUPPORT_OF.finditer(s):
            if not (s.startswith("感谢", m.start()) or P.THANKS_WORD.search(s, m.end())):
                continue  # "对A对B的支持": no thanks, no claim read here
            q = m.start(2)
            y = sv.slots[q]
            if y.type == "Person":
                continue
            for p, x in sv.mentions_in(m.start(1), m.end(1)):
                if x.type in heads and x.name != y.name:
                    self.emit(x, "SUPPORTS", y, sv, "support:thanked-of", 0.65, [p, q])

    def _unit_support_thanked(self, sv: SentView) -> None:
        """ "某部队领导对A、B和全市人民长期以来关心支持部队建设表示感谢", "某部队首长表示，全体官兵感谢A、B
        长期以来给予部队建设的大力支持", "感谢A、B对军区部队建设的关心和支持": support thanked for, of a
        unit named by a common noun, is support of the military unit the sentence named before it (the
        thankers' own); none when the sentence names no unit before (rel26: READ u28, u31, u65)."""
        s = sv.masked
        heads = SIGNATURES["SUPPORTS"][0] - {"Person", "MilitaryUnit"}
        for m in P.UNIT_SUPPORT_THANKED.finditer(s):
            around = s[m.start(): m.end() + 12]
            if not any(w in around for w in ("支持", "帮助")) or not (
                s.startswith("感谢", m.start()) or P.THANKS_WORD.search(s, m.end())
            ):
                continue
            units = [(q, y) for q, y in sv.mentions_in(0, m.start()) if y.type == "MilitaryUnit"]
            if not units:
                continue
            q, y = units[-1]
            for p, x in sv.mentions_in(m.start(1), m.end(1)):
                if x.type in heads:
                    self.emit(x, "SUPPORTS", y, sv, "support:unit-thanked", 0.6, [p, q])

    def _support_dui(self, sv: SentView) -> None:
        """ "A(多年来)对B…的关注和支持", "A对B…给予支持": A supports B."""
        s = sv.masked
        for m in P.SUPPORT_DUI.finditer(s):
            q = m.start(2)
            for p, x in sv.mentions_in(m.start(1), m.end(1)):  # "遵义市委市政府…对十院的关心和支持"
                self.emit(x, "SUPPORTS", sv.slots[q], sv, "support:dui", 0.7, [p, q])

    def _supported_by(self, sv: SentView) -> None:
        """Support stated from the supported side: "A在B的支持下建成X", "A得到B的支持", "A给予B支持"."""
        s = sv.masked
        heads = SIGNATURES["SUPPORTS"][0]
        if "下" in s:
            for m in (P.UNDER_GUIDANCE_INLINE.finditer(s) if "在" in s else ()):
                q, words = m.start(1), m.group(3)
                for p, x in sv.mentions_in(m.start(2), m.end(2)):
                    if any(w in words for w in self.c["supports"]):
                        self.emit(x, "SUPPORTS", sv.slots[q], sv, "guidance:support", 0.7, [p, q])
                    if "指导" in words or "领导" in words:
                        self.emit(x, "LEADS", sv.slots[q], sv, "guidance:lead", 0.65, [p, q])
        for m in P.GOT_SUPPORT.finditer(s) if P.GOT_SUPPORT.pattern not in sv.closed else ():
            supported = self.head_before(sv, m.start(), SIGNATURES["SUPPORTS"][1])
            for p, x in sv.mentions_in(m.start(1), m.end(1)):
                if x.type in heads:
                    for q, y in supported:
                        self.emit(x, "SUPPORTS", y, sv, "support:received", 0.65, [p, q])
        if "给予" in s:
            for m in P.GIVE_SUPPORT.finditer(s):
                agents = self.head_before(sv, m.start(), heads)
                # "甲对某部队官兵长期以来给予B的支持表示感谢": 甲 thanks; the supporter is after 对
                agents = [(p, x) for p, x in agents if not (P.THANKS_WORD.search(s, m.end())
                                                            and "对" in s[p + 1 : m.start()])]
                for q, y in sv.mentions_in(m.start(1), m.end(1)):
                    for p, x in agents:
                        self.emit(x, "SUPPORTS", y, sv, "support:give", 0.65, [p, q])

    # COORDINATES_WITH ----------------------------------------------------------------------

    def _as_org(self, sv: SentView, m: EntMention) -> list[EntMention]:
        if m.type == "Person":
            return self.person_orgs(sv).get(m.name, [])
        return [m]

    def _rule_talks(self, sv: SentView) -> None:
        """Talks between two named sides coordinate them: "市长甲与来青考察的某所所长乙举行工作会谈",
        "青山市政府与东方重工集团举行了工作座谈", "甲与A董事长乙，B董事长丙就产业合作洽谈" (rel8: u14, u22,
        u27), and a meeting the sentence calls an exchange of both sides, "市委书记甲会见某集团董事长乙
        一行，双方就产业合作进行了深入交流" (README call (a): 会见 alone gives nothing; u2, u22, u27, u28).
        Persons pair with persons (those named before the verb or 与, in the sentence), bodies with
        bodies (those before 与 in its clause); a person meeting a body's unnamed leaders gives nothing."""
        s = sv.masked
        sides = [(m.start(), m.start(1), m.end(1)) for m in self.p.talk_with.finditer(s)]
        sides += [(m.start(), m.start(1), m.end(1)) for m in self.p.talk_about.finditer(s)]
        both = self.p.talk_both_sides.search(s) if "双方" in s else None
        for m in self.p.talk_met.finditer(s, 0, both.start()) if both else ():
            _a, b = self.clause_of(sv, m.end())
            sides.append((m.start(), m.end(), min(b, both.start())))
        for cue, g0, g1 in sides:
            guests = [(q, y) for q, y in sv.mentions_in(g0, g1) if y.type == "Person"]
            if guests:
                hosts = [(p, x) for p, x in sv.mentions_in(0, cue) if x.type == "Person"]
            else:
                guests = [(q, y) for q, y in sv.mentions_in(g0, g1) if y.type in ORG_TYPES]
                a, _ = self.clause_of(sv, cue)
                hosts = [(p, x) for p, x in sv.mentions_in(a, cue) if x.type in ORG_TYPES]
            if not 0 < len(hosts) <= 4 or not 0 < len(guests) <= 4:
                continue
            for p, x in hosts:
                for q, y in guests:
                    self.emit(x, "COORDINATES_WITH", y, sv, "coord:talks", 0.6, [p, q])

    def rule_coordinates(self, sv: SentView) -> None:
        """COORDINATES_WITH from a sentence: talks, cue clauses, signing events, both sides' signers
        and a far cue, each on its own, in this order (the order of the facts is part of the output)."""
        s = sv.masked
        if "谈" in s or "双方" in s:
            self._rule_talks(sv)
        types = SIGNATURES["COORDINATES_WITH"][0] | {"Person"}
        # a cue in a clause is a cue in the sentence: one search spares the per-clause loop
        cue = self.p.coordinates.pattern not in sv.closed and self.p.coordinates.search(s)
        for a, b in self.clauses(sv) if cue else ():
            self._coord_clause(sv, a, b, types)
        if "\ue00c" in s and ("举" in s or "召开" in s):
            self._coord_signing_event(sv)
        self._coord_both_sides(sv)
        self._coord_far(sv)

    def _coord_clause(self, sv: SentView, a: int, b: int, types: set[str]) -> None:
        """One clause with a cooperation cue: the lists before each cue, the body before 联合/会同,
        and the partner after 与/同 (a clause of support or of co-founders is read elsewhere)."""
        s = sv.masked
        clause = s[a:b]
        hits = list(self.p.coordinates.finditer(clause))
        if not hits or self.p.supports.search(clause):
            return
        if self.p.founded_by_in_clause.search(clause):
            return  # co-founders: ESTABLISHED (and coordination only for a few partners)
        # lists joined by 与/和/同/、 before the cue, e.g. "A与B签署", "A、B和C联合开展"
        done: set[int] = set()
        for h in hits:
            cue_pos = a + h.start()
            for p, _m in sv.mentions_in(a, cue_pos):
                if p in done:
                    continue
                self._coord_list(sv, a, p, h, done, types)
            self._coord_joint_verb(sv, a, clause, h, types)
            self._coord_target(sv, a, clause, h, types)

    def _coord_list(
        self, sv: SentView, a: int, p: int, h: re.Match, done: set[int], types: set[str]
    ) -> None:
        """The list at p before the cue h: its members cooperate pairwise, or across its two sides
        when a connective splits it; every member read is added to done (read once per clause)."""
        s = sv.masked
        cue_pos = a + h.start()
        lst = [(q, x) for q, x in self.list_at(sv, p) if x.type in types and q < cue_pos]
        done.update(q for q, _ in lst)
        joined = s[lst[0][0] : lst[-1][0] + 1] if lst else ""
        if len(lst) < 2 or not P.JOINED_BY.search(joined) and "、" not in joined:
            return
        # ", A与B…" the list must be adjacent to the cue or be the clause subject
        gap = s[lst[-1][0] + 1 : cue_pos]
        after_yu = s[lst[0][0] - 1 : lst[0][0]] in ("与", "同")  # "(A)与B、C共同…"
        split = self._coord_sides(sv, a, h, lst, joined, done, types)
        if split is None:
            return
        lst, side = split
        # "A、B分别与…签署": A and B are one side; "A与B、C在X分别签署": A with each
        if len(gap) > 24 or "分别" in gap and not side:
            return
        if not side and self._one_side_list(sv, a, lst[0][0], gap):
            self._coord_with_partner(sv, h, lst, gap, types)
            return
        # "A、B和C联合召开", "A与B、C联合举办": co-actors of one joint act all work together
        # (a signing's sides stay apart: "A与B、C签署" is A with each)
        if side and h.group(0) in self.c["coordinates_joint"] and len(lst) <= 4:
            side = 0
        if side and (side > 3 or len(lst) - side > 8):
            return
        if not side and len(lst) > 4:  # ten bodies "联合…" is a roll-call, not pairwise
            return
        if not side and h.group(0) in ("配合", "协同", "协助") and "牵头" in s[:a]:
            lst, side = self._coord_led_by(sv, a, lst, done, types)
        # "A与B共同建设了X": 共同 pairs two sides named across 与/同, not a list of
        # co-hosts ("A、B和C共同主办": the sponsor rules read those) (rel10)
        paired = after_yu or P.PAIRED_BY.search(joined)
        if h.group(0) in self.c["coordinates_paired"] and not paired:
            return
        self._coord_pairs(sv, h, lst, side)

    def _coord_sides(
        self,
        sv: SentView,
        a: int,
        h: re.Match,
        lst: list[tuple[int, EntMention]],
        joined: str,
        done: set[int],
        types: set[str],
    ) -> tuple[list[tuple[int, EntMention]], int] | None:
        """(list, side): where a connective splits the list in two sides ("A与B、C、D等签署", "A、B和C
        联合开展"), only pairs across the sides cooperate (B, C, D each sign with A, not with each
        other); side 0 is one side. None when the list gives nothing more (already emitted)."""
        s = sv.masked
        side = 0
        if "、" in joined:
            for i in range(len(lst) - 1):
                if P.JOINED_BY.search(s[lst[i][0] + 1 : lst[i + 1][0]]):
                    side = i + 1
                    break
            # "A近日与B、C、D等4家企业签署": the list is the side after 与, A the other
            lead = lst[0][0]
            if not side and lead - 1 >= a and s[lead - 1] in "与同":
                return self._coord_other_side(sv, h, lst, lead, done, types)
        elif len(lst) >= 3:
            # "A与B和C的战略合作": 与 splits A from B and C
            conns = [s[lst[i][0] + 1 : lst[i + 1][0]] for i in range(len(lst) - 1)]
            if conns[0] in ("与", "同") and all(c not in ("与", "同") for c in conns[1:]):
                side = 1
        return lst, side

    def _coord_other_side(
        self,
        sv: SentView,
        h: re.Match,
        lst: list[tuple[int, EntMention]],
        lead: int,
        done: set[int],
        types: set[str],
    ) -> tuple[list[tuple[int, EntMention]], int] | None:
        """A list right after 与/同: the agents before 与 are the other side (none named: no pair
        inside the list); "A、B分别与C、D签约" pairs them respectively and returns None."""
        s = sv.masked
        agents = [(q, x) for q, x in self.head_before(sv, lead - 1, types, max_gap=8)
                  if q < lead - 1]
        if not agents:
            return None  # the other side is not named: no pair inside the list
        done.update(q for q, _ in agents)
        # "A、B分别与C、D签约": respectively, A with C and B with D
        if s[max(0, lead - 3) : lead - 1] == "分别" and len(agents) == len(lst) > 1:
            for (q1, x1), (q2, x2) in zip(agents, lst, strict=True):
                for o1 in self._as_org(sv, x1):
                    for o2 in self._as_org(sv, x2):
                        self.emit(o1, "COORDINATES_WITH", o2, sv, f"coord:{h.group(0)}",
                                  0.6, [q1, q2])
            done.update(q for q, _ in lst)
            return None
        return agents + lst, len(agents)

    def _coord_with_partner(
        self, sv: SentView, h: re.Match, lst: list[tuple[int, EntMention]], gap: str, types: set[str]
    ) -> None:
        """ "A、B等5家企业与青山市政府签约": a list that is one side works, member by member, with
        the partner named after 与 (not with each other)."""
        pm = P.PARTNER_AFTER_YU.search(gap)
        partner = sv.slots.get(lst[-1][0] + 1 + pm.start(1)) if pm else None
        if partner is not None and partner.type in types:
            r = lst[-1][0] + 1 + pm.start(1)
            for q1, x1 in lst:
                for o1 in self._as_org(sv, x1):
                    self.emit(o1, "COORDINATES_WITH", partner, sv, f"coord:{h.group(0)}",
                              0.6, [q1, r])

    def _coord_led_by(
        self, sv: SentView, a: int, lst: list[tuple[int, EntMention]], done: set[int], types: set[str]
    ) -> tuple[list[tuple[int, EntMention]], int]:
        """ "由A牵头，B、C配合": B and C work with the leader A, not with each other: the leaders
        become the first side (the list is returned unchanged when no leader is named)."""
        s = sv.masked
        lead_end = s.rfind("牵头", 0, a)
        lead_start = s.rfind("由", 0, lead_end) + 1
        leaders = [(q, x) for q, x in sv.mentions_in(lead_start, lead_end) if x.type in types]
        if lead_start > 0 and leaders:
            done.update(q for q, _ in leaders)
            return leaders + lst, len(leaders)
        return lst, 0

    def _coord_pairs(self, sv: SentView, h: re.Match, lst: list[tuple[int, EntMention]], side: int) -> None:
        """Every pair of the list's bodies cooperates, or only pairs across the sides when side > 0
        (the first side members before index side)."""
        orgs = []
        for k, (q, x) in enumerate(lst):
            for o in self._as_org(sv, x):
                orgs.append((q, o, k < side))
        for i, (q1, o1, s1) in enumerate(orgs):
            for q2, o2, s2 in orgs[i + 1 :]:
                if side and s1 == s2:
                    continue
                self.emit(o1, "COORDINATES_WITH", o2, sv, f"coord:{h.group(0)}", 0.7, [q1, q2])

    def _coord_joint_verb(self, sv: SentView, a: int, clause: str, h: re.Match, types: set[str]) -> None:
        """ "A联合B、C等单位申报", "A会同B、C、D举办": the body before the verb with each after it
        ("A要会同B…", "A将联合B…": a modal may stand between the body and its verb)."""
        back = 1 + len(P.MODAL_BEFORE.search(clause[: h.start()]).group(0))
        if h.group(0) in ("联合", "会同", "携手", "联手") and (a + h.start() - back) in sv.slots:
            p0 = a + h.start() - back
            # "A、B联合C建设X": every body of the subject list works with C
            agents = [(q, x) for q, x in self.list_at(sv, p0) if q <= p0 and x.type in types]
            # "青山市携手东方集团": a place joins hands as a partner too (not 联合/会同,
            # which a place's name before them rarely heads)
            hands = h.group(0) in ("携手", "联手") and sv.slots[p0].type == "Location"
            agents = agents if sv.slots[p0].type in ORG_TYPES or hands else []
            for q, y in self.tails_after(sv, a + h.end(), ORG_TYPES, max_gap=0) if agents else ():
                for p1, x1 in agents:
                    for o in self._as_org(sv, x1):
                        self.emit(o, "COORDINATES_WITH", y, sv, f"coord:{h.group(0)}", 0.65, [p1, q])

    def _coord_target(self, sv: SentView, a: int, clause: str, h: re.Match, types: set[str]) -> None:
        """ "A与B战略协议", "到B交流": the subject's body with the partner or place after 与/同/到
        (a class of bodies as the agent names no one)."""
        m2 = P.COORD_TARGET.search(clause[: h.start()])
        # "促成更多军工企业与东山省合作": the agent is a class of bodies, not a named one
        if m2 and P.GENERIC_AGENT.search(clause[: m2.start()]):
            m2 = None
        if not m2:
            return
        q = a + m2.start(2)
        target = sv.slots.get(q)
        # a place is a partner after 与/同 ("与杨浦区签署…协议"), not after 到/赴 (a visit)
        partner = ORG_TYPES | {"IndustrialPark"}
        if m2.group(1) in ("与", "同"):
            partner = partner | {"Location"}
        if target is not None and target.type in partner:
            subj = self.head_before(sv, a + m2.start(), types, max_gap=16)
            if not subj:
                subj = self.subject_at(sv, q)
            # "A与B、C、D等签署": B's own list is the other side, not the agent
            subj = [(p, x) for p, x in subj if p < a + m2.start()]
            for p, x in subj:
                for o in self._as_org(sv, x):
                    for t in self._as_org(sv, target):
                        self.emit(
                            o, "COORDINATES_WITH", t, sv, f"coord:{h.group(0)}", 0.65, [p, q]
                        )

    def _coord_signing_event(self, sv: SentView) -> None:
        """ "A与B举行…签约仪式": the two bodies of a signing event cooperate."""
        s = sv.masked
        for m in (P.SIGNING_EVENT.finditer(s) if "\ue00c" in s else ()):
            ev = sv.slots[m.start(3)]
            if any(w in fold(ev.name) for w in P.SIGNING_WORDS):
                p1, p2 = m.start(1), m.start(2)
                self.emit(sv.slots[p1], "COORDINATES_WITH", sv.slots[p2], sv, "coord:signing-event", 0.6,
                          [p1, p2])

    def _coord_both_sides(self, sv: SentView) -> None:
        """ "A副总经理甲、B院长乙分别代表双方签约": the signers' bodies are the two sides."""
        s = sv.masked
        k = s.find("代表双方")
        if k > 0 and self.p.coordinates.search(s, k):
            a, _ = self.clause_of(sv, k)
            sides = []
            for p, x in sv.mentions_in(a, k):
                if x.type == "Person":
                    orgs = self.person_orgs(sv).get(x.name, [])
                    if orgs:
                        sides.append((p, orgs[0]))
            if len(sides) == 2 and sides[0][1].name != sides[1][1].name:
                (p1, o1), (p2, o2) = sides
                self.emit(o1, "COORDINATES_WITH", o2, sv, "coord:both-sides", 0.65, [p1, p2])

    def _coord_far(self, sv: SentView) -> None:
        """A subject list of bodies whose sentence speaks of 合作/对接 in a later clause (and not of
        support, which has a direction)."""
        s = sv.masked
        clauses = self.clauses(sv)
        if clauses:
            rest = s[clauses[0][1] :]
            # (the cue first: the first clause's subjects are worked out only where it is found;
            # they are memoised and read nothing the rules change, so the same facts; speed16)
            if not self.p.coordinates_far.search(rest):
                return
            subj = self.clause_subjects(sv, *clauses[0])
            if len(subj) >= 2 and not self.p.supports.search(s):
                orgs = [(p, m) for p, m in subj if m.type in ORG_TYPES]
                for i, (p1, m1) in enumerate(orgs):
                    for p2, m2 in orgs[i + 1 :]:
                        self.emit(m1, "COORDINATES_WITH", m2, sv, "coord:far", 0.55, [p1, p2])

    def rule_established(self, sv: SentView) -> None:
        """ESTABLISHED from a sentence: each construction reads the sentence on its own, in this order
        (the order of the emitted facts is part of the output)."""
        s = sv.masked
        self._established_by(sv)
        if ("由" in s or "是" in s) and self.p.park_built_cue.search(s):
            self._park_built_by(sv)
        self._established_with(sv)
        if "是" in s:
            self._established_attr(sv)
        # subject + 成立/设立/组建 + org ; subject + 建设/打造/创建 + park ; subject + PARK建设
        tails = SIGNATURES["ESTABLISHED"][1]
        cue_sets = [(self.p.established, tails), (self.p.established_park, {"IndustrialPark"})]
        if "共建" in s:  # "双方将共建X研究院": co-builders of a new body (共建 before its object only)
            cue_sets.append((P.CO_BUILD, tails - {"IndustrialPark"}))
        for cue_re, ttypes in cue_sets:
            self._established_cue(sv, cue_re, ttypes)
        self._park_build(sv)
        if "签" in s:
            self._signatories_build(sv)
        self._policy_nominal(sv)
        if "为" in sv.masked and "以" in sv.masked:
            self._implements_frame(sv)

    def _signatories_build(self, sv: SentView) -> None:
        """ "青山市政府与东方集团签订了“…合作框架协议”，将共建东方产业园", "市政府与A在B签订了《关于建设
        X产业园的框架协议》": the two sides of an agreement to build a park both found it (GUIDELINES
        "Building or creating a park … is ESTABLISHED"; rel22: u38, u52, u56). The clause after the
        signing must open with the building verb (its subject is the signatories)."""
        s = sv.masked
        heads = SIGNATURES["ESTABLISHED"][0]
        for m in P.SIGNED_WITH.finditer(s):
            founders = [(m.start(1), sv.slots[m.start(1)])] + sv.mentions_in(m.start(2), m.end(2))
            founders = [(p, x) for p, x in founders if x.type in heads and x.type != "Person"]
            target = None
            nxt = P.SIGNED_THEN_BUILD.match(s, m.end())
            if nxt is not None:
                target = (nxt.start(1), sv.slots[nxt.start(1)])
            elif s[m.end() : m.end() + 1] == "\ue008":  # 《关于建设X的框架协议》: the park in the title
                title = P.AGREEMENT_TO_BUILD.match(fold(sv.slots[m.end()].name))
                park = title and next((n for n, t in self.types.items()
                                       if t == "IndustrialPark" and fold(n) == title.group(1)), None)
                if park:
                    target = (m.end(), EntMention(0, 0, park, "IndustrialPark"))
            if target is None or len(founders) < 2:
                continue
            for p, x in founders:
                self.emit(x, "ESTABLISHED", target[1], sv, "established:signed-build", 0.65, [p, target[0]])

    def _established_by(self, sv: SentView) -> None:
        """ "X是由A、B与C(三方)合作成立的…", "由A、B等30余家单位联合发起成立了X": every founder named
        after 由 founds X; a few co-founders of one act also work together."""
        s = sv.masked
        heads, tails = SIGNATURES["ESTABLISHED"]
        # a fund in the founders' list ("由A基金与B集团等出资方共同设立") is a partner of the other
        # founders, though no founder by the signature table (rel33: READ u30, u47, u101)
        partners = heads | {"Fund"}
        for m in (self.p.established_by.finditer(s) if "由" in s else ()):
            agents = [(p, x) for p, x in sv.mentions_in(m.start(1), m.end(1)) if x.type in partners]
            # "由温州市参军民企共同组建": a place modifying the founders' class is no founder
            agents = [(p, x) for p, x in agents
                      if x.type != "Location" or s[p + 1 : p + 2] in FOUNDER_NEXT
                      or self.p.established.match(s, p + 1)]
            target = self._founded_target(sv, m, tails)
            for p, x in agents if target is not None else ():
                if x.type in heads:
                    self.emit(x, "ESTABLISHED", target[1], sv, "established:by", 0.8, [p, target[0]])
            self._coord_cofounders(sv, m, agents, target)

    def _coord_cofounders(
        self, sv: SentView, m: re.Match, agents: list[tuple[int, EntMention]], target: tuple | None
    ) -> None:
        """A few co-founders of one joint act work together (由A、B与C合作成立; rel13: 共同/联合 mark it
        too, "由A、B、C共同出资设立", "由A与B联合成立的…", the body founded in the same clause or
        not a recognised name; "由A、B和C共同发起，X正式启动建设" founds X in the next clause, and
        only 合作 makes those partners)."""
        joint = sv.masked[m.end(1) : m.end()]
        words = self.c["cofounders_joint"]
        if target is not None and target[0] >= self.clause_of(sv, m.end() - 1)[1]:
            words = ["合作"]  # the founded body in the next clause (rel11's founded_next_clause)
        if any(w in joint for w in words) and 1 < len(agents) <= 4:
            for i, (p1, x1) in enumerate(agents):
                for p2, x2 in agents[i + 1 :]:
                    self.emit(x1, "COORDINATES_WITH", x2, sv, "coord:co-founders", 0.7, [p1, p2])

    def _founded_target(self, sv: SentView, m: re.Match, tails: set[str]) -> tuple[int, EntMention] | None:
        """What the founders after 由 found: the body right after the verb ("由A、B等30余家单位联合
        发起成立了X"), else the last one named before 由 ("X是由A、B与C三方合作成立的…"), else the
        subject of the next clause ("由A、B和C共同发起，X正式启动建设": rel11)."""
        after = self.tails_after(sv, m.end(), tails, max_gap=3)
        if after:
            return after[0]
        before = [(p, x) for p, x in sv.mentions_in(0, m.start()) if x.type in tails]
        if before:
            return before[-1]
        # the next clause must be about the new body's start (正式启动, 揭牌…), its subject no founder
        s = sv.masked
        _, b = self.clause_of(sv, m.start())
        if b < len(s) and s[b] in "，,":
            a2, b2 = self.clause_of(sv, b + 1)
            founders = {x.name for _p, x in sv.mentions_in(m.start(1), m.end(1))}
            subj = [(p, x) for p, x in self.clause_subjects(sv, a2, b2)
                    if x.type in tails and x.name not in founders]
            if len(subj) == 1 and self.p.founded_next.search(s, subj[0][0] + 1, b2):
                return subj[0]
        return None

    def _established_attr(self, sv: SentView) -> None:
        """ "东山中心是青山市政府和东方研究院合作共建的创新平台": the bodies between 是 and an attributive
        founding verb founded the subject of the clause (its own or carried; rel11). A place modifying
        the founders' class (是青山市企业共同组建的) is no founder."""
        s = sv.masked
        heads, tails = SIGNATURES["ESTABLISHED"]
        for m in (self.p.established_attr.finditer(s) if "是" in s else ()):
            subj = [(q, y) for q, y in self.subject_at(sv, m.start()) if y.type in tails]
            if len(subj) != 1:
                continue
            q, y = subj[0]
            for p, x in sv.mentions_in(m.start(1), m.end(1)):
                if x.type not in heads or x.name == y.name:
                    continue
                if x.type == "Location" and s[p + 1 : p + 2] not in FOUNDER_NEXT:
                    continue
                at = [p] + ([q] if q >= 0 else [])
                self.emit(x, "ESTABLISHED", y, sv, f"established:attr:{m.group(2)}", 0.7, at)

    def _established_with(self, sv: SentView) -> None:
        """ "A联合B、C等单位共同设立X": A and every listed body found X."""
        s = sv.masked
        heads, tails = SIGNATURES["ESTABLISHED"]
        for m in (self.p.established_with.finditer(s) if ("联合" in s or "会同" in s or "携手" in s) else ()):
            after = self.tails_after(sv, m.end(), tails, max_gap=3)
            if not after:
                continue
            agents = [(m.start(1), sv.slots[m.start(1)])]
            agents += [(p, x) for p, x in sv.mentions_in(m.start(2), m.end(2))]
            for p, x in agents:
                if x.type in heads:
                    self.emit(x, "ESTABLISHED", after[0][1], sv, "established:with", 0.7, [p, after[0][0]])

    def _established_cue(self, sv: SentView, cue_re: re.Pattern, ttypes: set[str]) -> None:
        """Subject + founding cue + new body or park: the subject founds what follows the cue (not
        after 由, which _established_by reads, nor in 发起单位/成立以来, where the cue is no act)."""
        s = sv.masked
        heads = SIGNATURES["ESTABLISHED"][0]
        for h in cue_re.finditer(s) if cue_re.pattern not in sv.closed else ():
            if s[max(0, h.start() - 1) : h.start()] == "由":
                continue
            if s[h.end() : h.end() + 1] in ("单", "人", "方", "者", "以"):  # 发起单位, 成立以来
                continue
            led = P.LED_BY_CLAUSE.match(s, h.end())
            if led:  # 成立了由市长任组长的X: X is founded, not the bodies of the 由 clause
                objs = self.tails_after(sv, led.end(), ttypes, max_gap=0)
            elif cue_re is P.CO_BUILD:
                # "共建了新X研究院": a modifier the name's left edge drops (新, 首个) may sit between
                objs = self.tails_after(sv, h.end() + _trimmed_modifier(s, h.end()), ttypes, max_gap=0)
            else:
                objs = self.tails_after(sv, h.end(), ttypes, max_gap=8)
            if objs and cue_re is P.CO_BUILD:
                # "共建某大学的协议": a university co-sponsored, not founded; "双方将共建X研究院"
                objs = [(q, y) for q, y in objs
                        if not fold(y.name).endswith(("大学", "学院"))
                        and not s.startswith("的协议", q + 1)]
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
            self._emit_founders(sv, cue_re, h, self._with_partner_founder(sv, subj), objs)
            if "IndustrialPark" in ttypes:
                self._park_built_at(sv, h, objs)

    def _with_partner_founder(
        self, sv: SentView, subj: list[tuple[int, EntMention]]
    ) -> list[tuple[int, EntMention]]:
        """ "A携手B打造X", "A联合B共同设立X": the body before 携手/联合/会同 founds X too."""
        s = sv.masked
        p0 = min(p for p, _ in subj)
        w = s[max(0, p0 - 2) : p0]
        if p0 > 2 and w in ("携手", "联合", "会同") and (p0 - 3) in sv.slots \
                and sv.slots[p0 - 3].type in SIGNATURES["ESTABLISHED"][0]:
            subj = [(p0 - 3, sv.slots[p0 - 3])] + list(subj)
        elif p0 >= 2 and w in ("携手", "联合", "会同"):
            # "A…，联合B共建X": the clause's subject, named or carried, founds X with B (rel21)
            own = [(q, y) for q, y in self.subject_at(sv, p0 - 2)
                   if y.type in SIGNATURES["ESTABLISHED"][0] and y.name not in {x.name for _, x in subj}]
            subj = own + list(subj)
        return subj

    def _emit_founders(
        self,
        sv: SentView,
        cue_re: re.Pattern,
        h: re.Match,
        subj: list[tuple[int, EntMention]],
        objs: list[tuple[int, EntMention]],
    ) -> None:
        """Each founder founds each new body; "出资设立", "共同投资组建": one cue, two facts (the
        founders also fund it). A zone founds only as the named subject of the clause."""
        s = sv.masked
        funded = cue_re is self.p.established and P.FUNDED_FOUNDING.search(s, 0, h.start())
        for p, x in subj:
            if x.type == "IndustrialPark" and (
                cue_re is not self.p.established or p < 0 or p < self.clause_of(sv, h.start())[0]
            ) and not self._park_topic_carried(sv, x, p, h.start()):
                continue  # a zone founds only as the named subject of the clause (嘉定工业区…建立X)
            for q, y in objs:
                self.emit(x, "ESTABLISHED", y, sv, f"established:{h.group(0)}", 0.7, [p, q])
                if funded:
                    self.emit(x, "FUNDS", y, sv, f"funds:founding:{h.group(0)}", 0.65, [p, q])

    def _park_built_at(self, sv: SentView, h: re.Match, objs: list[tuple[int, EntMention]]) -> None:
        """ "在青山区建设X产业园": a park built at a place named in its clause is in that place."""
        s = sv.masked
        a, _ = self.clause_of(sv, h.start())
        at = P.BUILT_AT.search(s[a : h.start()])
        if at and sv.slots.get(a + at.start(1)) is not None:
            place = sv.slots[a + at.start(1)]
            for q, y in objs:
                self.emit(
                    y, "LOCATED_IN", place, sv, "located:built-at", 0.7, [q, a + at.start(1)]
                )

    def _park_build(self, sv: SentView) -> None:
        """ "加快东山产业园、西山基地建设": the subject builds every park of the list (a park after
        在/于 is only where something else is built)."""
        s = sv.masked
        heads = SIGNATURES["ESTABLISHED"][0]
        for m in (P.PARK_BUILD.finditer(s) if "\ue006" in s else ()):
            q = m.start(1)
            if q > 0 and s[q - 1] in "在于" and not m.group(2):
                # "在青山产业园建设东山项目": the park is where something else is built
                self._built_in_park(sv, q, m.end())
                continue
            # "加快东山产业园、西山基地建设": every park of the list is built
            parks = self.list_at(sv, q, {"IndustrialPark"})
            q0 = parks[0][0] if parks else q
            subj = self.head_before(sv, q0, heads) or [
                (p, x) for p, x in self.subject_at(sv, q0) if x.type in heads
            ]
            for p, x in subj:
                for q1, y in parks or [(q, sv.slots[q])]:
                    self.emit(x, "ESTABLISHED", y, sv, "established:park-build", 0.6, [p, q1])

    def _implements_frame(self, sv: SentView) -> None:
        """ "以争创X为契机，东山市…", "东山市以申报X为主抓手，…": the frame names what the actor
        carries out; the actor is the body before 以, else the subject of the clause after it."""
        heads = SIGNATURES["IMPLEMENTS"][0] - {"Project"}
        for m in (self.p.implements_frame.finditer(sv.masked) if "以" in sv.masked else ()):
            q = m.start(1)
            subj = [(p, x) for p, x in self.head_before(sv, m.start(), heads, max_gap=4) if p < m.start()]
            if not subj:
                _a, b = self.clause_of(sv, m.end() - 1)
                nxt = next(((c, d) for c, d in self.clauses(sv) if c >= b), None)
                subj = [(p, x) for p, x in self.clause_subjects(sv, *nxt) if x.type in heads] if nxt else []
            for p, x in subj:
                self.emit(x, "IMPLEMENTS", sv.slots[q], sv, "cue:frame", 0.6, [p, q])

    def _park_topic_carried(self, sv: SentView, park: EntMention, p: int, cue: int) -> bool:
        """ "X产业园将聚焦…。以…为例，建立了A，还将设立B": a park that is the subject of the
        sentence before (or of this sentence's first clause) goes on founding in clauses without
        a subject of their own ("建立了", "还将设立" with nothing before the verb)."""
        if not self.p.established.match(sv.masked, cue):
            return False
        a, _ = self.clause_of(sv, cue)
        s = sv.masked
        if P.ANY_RE.search(s, a, cue):
            return False  # the clause names something before the verb: not a bare carried clause
        # the clauses before in the sentence frame ("以…为例") or found too; "项目现场签约，并成立了X"
        # has a topic of its own (the signing), the park is not carried into it
        for a2, b2 in self.clauses(sv):
            if b2 <= a and not (P.FRAMING_CLAUSE.match(s, a2, b2) or self.p.established.search(s, a2, b2)):
                return False
        return p < 0 or (p in sv.slots and sv.slots[p] is park)

    def _one_side_list(self, sv: SentView, a: int, lead: int, gap: str) -> bool:
        """A list that is one side of a signing whose other side is not a member of it:
        "A、B等18个市与有关单位…签约" (与 after the list), "企业还与某银行、A、B签订" (与 before a
        list whose first item is not recognised), "吸引了A、B、C…签约入驻" (firms drawn to a park)."""
        s = sv.masked
        if "与" in gap or "同" in gap.replace("共同", "").replace("协同", ""):
            return True
        before = s[a:lead]
        if lead - 1 >= a and s[lead - 1] in "、，," and ("与" in before or "同" in before):
            return True
        return bool(P.DRAWN_LIST.search(before))

    def _built_in_park(self, sv: SentView, q: int, end: int) -> None:
        for r, y in self.tails_after(sv, end, {"Project", "Enterprise", "ResearchInstitute"}):
            self.emit(y, "LOCATED_IN", sv.slots[q], sv, "located:built-in-park", 0.6, [r, q])

    def _support_local_units(
        self, sv: SentView, h: re.Match, subj: list[tuple[int, EntMention]], conf: float
    ) -> list[tuple[int, EntMention]]:
        """rel13: the 地方 a military body supports is the place the sentence names for it after the
        cue ("空军驻青某基地…支持地方建设，为青山经济社会发展作出了巨大贡献", "东阳军分区…全力支持地方
        经济社会发展，助力南港…", "驻东川部队…积极支持和融入地方经济…建设，…为东川…": `_local_place_named`),
        not the place the unit is named after. Returns the agents left to the body's own place prefix
        (`_support_local`): all of them when the sentence names no place, else the other bodies."""
        named = self._local_place_named(sv, h.end())
        if named is None:
            return subj
        rest = [(p, x) for p, x in subj if x.type != "MilitaryUnit"]
        for p, x in self._local_units(sv, h.start(), subj):
            if x.name != named.name:
                self.emit(x, "SUPPORTS", named, sv, f"cue:{h.group(0)}:local-named", conf - 0.05, [p])
        return rest

    def _local_units(
        self, sv: SentView, cue: int, subj: list[tuple[int, EntMention]]
    ) -> list[tuple[int, EntMention]]:
        """The military bodies that support 地方 at cue: those of the agents found, else the units
        named last before the cue, no other body between ("东州军分区始终坚持…，全面加强部队建设、支持
        地方经济发展": 部队建设 names no other actor; "青山卫星中心和空军驻青某基地…支持地方建设", the
        centre's name read as a place and a head; "各驻青部队主官表示，…支持地方建设": a speaker's unit)."""
        units = [(p, x) for p, x in subj if x.type == "MilitaryUnit"]
        if units or any(x.type in ORG_TYPES for _p, x in subj):
            return units
        for p, x in reversed(sv.mentions_in(0, cue)):
            if x.type == "MilitaryUnit":
                units.insert(0, (p, x))
            elif x.type in ORG_TYPES or units:
                break
        return units

    def _local_place_named(self, sv: SentView, end: int) -> EntMention | None:
        """The first place the sentence names after the support of 地方 (为青山…发展, 助力南港), not a
        national one, within LOCAL_PLACE_SPAN characters (a place named further on is what a later
        clause is about: "…积极支援地方建设，主动承担急难险重任务，特别是在…中为某市…"); None when none."""
        national = set(self.c["national_prefixes"]) | {"中华人民共和国", "全国"}
        s = sv.masked
        ends = [k for k in (s.find(ch, end) for ch in "。；;") if k >= 0]
        stop = min([*ends, len(s), end + LOCAL_PLACE_SPAN])
        return next((x for _q, x in sv.mentions_in(end, stop)
                     if x.type == "Location" and fold(x.name) not in national), None)

    def _support_local(self, sv: SentView, subj: list[tuple[int, EntMention]], cue: str, conf: float) -> None:
        for p, x in subj:
            if x.type not in ORG_TYPES:
                continue
            place = self.place_of(x.name)  # type: ignore[attr-defined]
            if place is not None:
                self.emit(x, "SUPPORTS", place, sv, f"cue:{cue}:local", conf - 0.05, [p])

    def _policy_nominal(self, sv: SentView) -> None:
        """ "青山区高度重视双拥模范城创建工作", "推进某某计划实施": the verb after its object (a
        designation applied for or created, a plan carried out) is IMPLEMENTS by the clause's actor."""
        s = sv.masked
        heads = SIGNATURES["IMPLEMENTS"][0] - {"Project"}
        for m in self.p.policy_nominal.finditer(s) if self.p.policy_nominal.pattern not in sv.closed else ():
            q = m.start(1)
            items = self.list_at(sv, q, {"Policy", "Project"})
            q0 = items[0][0] if items else q
            subj = self.head_before(sv, q0, heads) or [
                (p, x) for p, x in self.subject_at(sv, q0) if x.type in heads
            ]
            if subj and self._oversees(sv, subj, q0):
                continue
            for p, x in subj:
                for q1, y in items or [(q, sv.slots[q])]:
                    self.emit(x, "IMPLEMENTS", y, sv, f"cue:nominal:{m.group(2)}", 0.6, [p, q1])

    def _oversees(self, sv: SentView, subj: list[tuple[int, EntMention]], q0: int) -> bool:
        """ "民政部副部长督导某模范城创建工作", "某办统筹负责示范基地创建管理工作": a verb of oversight or
        promotion between the actor and the nominal cue's object ("nominal_overseers") makes the
        actor an overseer, not the implementer (rel26: u14, u71, u74); the places a visit
        names before it ("到甲县、乙县调研指导…创建工作": "visit_verbs", 到) still carry it out."""
        s = sv.masked
        p = max(q for q, _ in subj)
        if not any(w in s[p + 1 : q0] for w in self.c["nominal_overseers"]):
            return False
        first = min(q for q, _ in subj)
        if first < 0:
            return True  # a subject carried from another sentence: no visited place of this one
        first = (self.list_at(sv, first) or [(first, None)])[0][0]
        before = s[max(0, first - 2) : first]
        return not (before.endswith("到") or any(before.endswith(v[-2:]) for v in self.c["visit_verbs"]))

    def _rule_led_ahead(self, sv: SentView) -> set[int]:
        """ "由A牵头，会同B、C负责实施Y": A LEADS and IMPLEMENTS Y, B and C COORDINATE_WITH A and
        IMPLEMENT Y. Returns the partners' positions (a 负责 after them is not theirs to lead)."""
        s = sv.masked
        partners: set[int] = set()
        for m in (P.LED_AHEAD.finditer(s) if "由" in s else ()):
            g = 0 if m.group(3) else 3  # the second form ("B、C配合") has its groups after the first's
            q = m.start(3 + g)
            target = sv.slots[q]
            if target.type not in ("Policy", "Project", "IndustrialPark"):
                continue
            leaders = [(p, x) for p, x in sv.mentions_in(m.start(1 + g), m.end(1 + g)) if x.type in ORG_TYPES]
            others = ([(p, x) for p, x in sv.mentions_in(m.start(2 + g), m.end(2 + g)) if x.type in ORG_TYPES]
                      if m.group(2 + g) else [])
            for p, x in leaders:
                self.emit(x, "LEADS", target, sv, "led-ahead", 0.75, [p, q])
                if target.type != "IndustrialPark":
                    self.emit(x, "IMPLEMENTS", target, sv, "led-ahead", 0.7, [p, q])
                for r, y in others:
                    self.emit(x, "COORDINATES_WITH", y, sv, "led-ahead:with", 0.7, [p, r])
            for r, y in others:
                partners.add(r)
                if target.type != "IndustrialPark":
                    self.emit(y, "IMPLEMENTS", target, sv, "led-ahead:with", 0.65, [r, q])
        return partners

    def _park_built_by(self, sv: SentView) -> None:
        """The agents of a park's building given in a passive or attributive clause: "东山产业园是示范
        基地的启动项目，由东方重工集团投资建设", "东山产业园成立于2020年，是青山市、东山市政府联合东方
        重工集团建设的产业聚集区". They established the park the clause is about (and fund it with
        投资/出资; rel7). The park is the one named right after 由…建设, else the subject of the
        clause (its own or carried)."""
        s = sv.masked
        heads = SIGNATURES["ESTABLISHED"][0]
        hits = [(m, False) for m in (self.p.park_built_by.finditer(s) if "由" in s else ())]
        hits += [(m, True) for m in (self.p.park_built_attr.finditer(s) if "是" in s else ())]
        for m, attributive in hits:
            if self.p.supports.search(s, m.start(), m.end()):
                continue  # "是省委、省政府重点支持建设的基地": support, not founding (rule_support)
            after = [] if attributive else self.tails_after(sv, m.end(), {"IndustrialPark"}, max_gap=2)
            if after:
                park = after[0]
            else:
                subj = [(q, y) for q, y in self.subject_at(sv, m.start()) if y.type == "IndustrialPark"]
                if not subj:
                    continue
                park = subj[0]
            agents = sv.mentions_in(m.start(1), m.end(1))
            if attributive and m.group(2):
                agents += sv.mentions_in(m.start(2), m.end(2))
            gi = m.lastindex - 1 if attributive else 2  # the 投资/出资 group
            for p, x in agents:
                if x.type not in heads or x.name == park[1].name:
                    continue
                # "由温州市参军民企共同组建": a place modifying the agents' class is no agent
                if x.type == "Location" and s[p + 1 : p + 2] not in "、和与及联携会" and s[p + 1 : p + 2]:
                    continue
                at = [p] + ([park[0]] if park[0] >= 0 else [])
                self.emit(x, "ESTABLISHED", park[1], sv, f"established:by:{m.group(m.lastindex)}", 0.7, at)
                if m.group(gi):
                    self.emit(x, "FUNDS", park[1], sv, f"funds:by:{m.group(gi)}", 0.65, at)

    def _rule_funds(self, sv: SentView) -> None:
        """ "A对B投资2亿元", "基金向B注资": the funder before 对/向/为, the funded after it."""
        s = sv.masked
        heads, tails = SIGNATURES["FUNDS"]
        for m in P.FUND_TO.finditer(s):
            agents = self.head_before(sv, m.start(), heads)
            for q, y in sv.mentions_in(m.start(1), m.end(1)):
                if y.type not in tails:
                    continue
                for p, x in agents:
                    self.emit(x, "FUNDS", y, sv, f"funds:to:{m.group(2)}", 0.65, [p, q])
        for m in (P.FUNDED_BY.finditer(s) if "由" in s else ()):
            q = m.start(1)
            if sv.slots[q].type not in tails:
                continue
            for p, x in sv.mentions_in(m.start(2), m.end(2)):
                if x.type in heads and x.type != "Location":
                    self.emit(x, "FUNDS", sv.slots[q], sv, "funds:by", 0.65, [p, q])
        # "东方精密公司获得青山产业基金投资3亿元": the funder after 获得/引入, the funded the subject
        for m in self.p.funds_received.finditer(s):
            funded = self.head_before(sv, m.start(), tails)
            for q, y in sv.mentions_in(m.start(1), m.end(1)):
                if y.type not in heads or y.type == "Location":
                    continue
                for p, x in funded:
                    if x.name != y.name:
                        self.emit(y, "FUNDS", x, sv, f"funds:received:{m.group(2)}", 0.6, [q, p])

    def _place_modifies(self, sv: SentView, q: int, y: EntMention) -> bool:
        """A place after 支持 that opens the name of a body the recogniser missed ("支持东山企业承接…",
        "支持东山省导航运营中心建设", "支持乙市建设青山城市圈副中心"): what is supported is that body,
        not the place (rel18: READ u21, u27, u68). A verb between the place and the head ("支持东山
        建设研发中心") leaves the place the one supported; a place after 在 ("支持在东山设立…") is where."""
        if y.type != "Location":
            return False
        if sv.masked[q - 1 : q] in ("在", "于"):
            return True
        m = self.p.supported_place_head.match(sv.masked, q + 1)
        return bool(m) and not any(v in m.group(1) for v in self.c["supported_place_gap_verbs"])

    @staticmethod
    def _cue_not_an_act(s: str, h: re.Match, rtype: str) -> bool:
        """A cue that states no act of the clause's subject: a noun (负责人), another agent's act, thanks
        for support, the next of several funders, a fund's description, support received."""
        if s[h.end() : h.end() + 1] in ("人", "同"):  # 负责人, 负责同志: nouns, not verbs
            return True
        if P.OTHER_AGENT_BEFORE.search(s, max(0, h.start() - 8), h.start()):
            return True  # "抓住国家实施X的机遇": the state acts, not the clause's subject
        if rtype == "FUNDS":
            # "A出资、B…出资": the next body is another funder, not the funded
            return s[h.end() : h.end() + 1] in ("、", "和", "与", "及")
        if rtype != "SUPPORTS":
            return False
        def inside(pat: re.Pattern) -> bool:
            return any(m.start() < h.start() < m.end() for m in pat.finditer(s))

        if "对" in s[: h.start()] and inside(P.SUPPORT_THANKS):
            return True  # "对A、B关心和支持C": the bodies thanked support C (support:thanks)
        if "感" in s and inside(P.SUPPORT_IN_THANKS):
            return True  # "甲对大家关心支持C表示感谢": the speaker thanks, he is not the supporter
        if FOUNDED_BEFORE.search(s, max(0, h.start() - 3), h.start()):
            return True  # "设立了支持…专项资金": 支持 describes the fund founded (ESTABLISHED)
        # "在B的支持下", "得到B的支持", "给予B支持": read by _supported_by
        return s.startswith("下", h.end()) or \
            SUPPORT_RECEIVED.search(s, max(0, h.start() - 16), h.start()) is not None

    def rule_cues(self, sv: SentView) -> None:
        s = sv.masked
        if "资" in s:
            self._rule_funds(sv)
        partners = self._rule_led_ahead(sv) if "由" in s else set()
        # "…城乡基础设施建设中心承建", "某集团投资平台某公司": the cue ends an unnamed body's name (rel21)
        name_heads = tuple(self.c["cue_name_heads"])
        means = tuple(self.c["means_before"])
        for rtype, cue_re, conf in self.p.cue_table:
            if cue_re.pattern in sv.closed:
                continue
            heads, tails = SIGNATURES[rtype]
            for h in cue_re.finditer(s):
                if s.startswith(name_heads, h.end()) or self._cue_not_an_act(s, h, rtype):
                    continue
                if rtype == "PARTICIPATES_IN" and s[max(0, h.start() - 2) : h.start()] == "主持":
                    rtype_here = "LEADS"  # "主持召开…会议": the chair leads the meeting
                else:
                    rtype_here = rtype
                objs = self.tails_after(sv, h.end(), tails)
                if s[h.end():h.end() + 1] in NOUN_JOINERS:
                    # "推进基础设施建设和青山制度落实": the cue ends a noun joined to the next one, so the
                    # mention right after the joiner is no object of it (rel15: a cue used as a noun)
                    objs = [(q, y) for q, y in objs if q != h.end() + 1]
                # "推动某问题解决的《X》": X heads a clause with a verb of its own (rel26: u31, u76, u78)
                objs = [(q, y) for q, y in objs if not self.p.relative_head.fullmatch(s, h.end(), q)]
                if rtype == "SUPPORTS" and objs:
                    objs = [(q, y) for q, y in objs if not self._place_modifies(sv, q, y)]
                    if not objs:
                        continue  # the body supported is named in words: nothing else is its object
                if rtype == "IMPLEMENTS" and h.group(0) in self.c["mechanism_set_up_cues"]:
                    # "建立重大事项互相通报制度": a mechanism set up is neither carried out nor founded
                    # (rel12: the READ batches annotate none, u9, u26, u59, u61)
                    heads_m = tuple(self.c["mechanism_heads"])
                    objs = [(q, y) for q, y in objs if not fold(y.name).endswith(heads_m)]
                if not objs and rtype == "FUNDS" and AMOUNT.match(s, h.end()):
                    # "推进X工程，东方某集团投资3亿元参与建设": the project named earlier is funded
                    before = [(p, m) for p, m in sv.mentions_in(0, h.start())
                              if m.type in ("Project", "IndustrialPark")]
                    # (the agent only where a thing is named before: head_before reads nothing the
                    # rules change, so asking it later or not at all changes no fact; speed16)
                    subj = self.head_before(sv, h.start(), heads) if before else []
                    if before and subj and before[-1][0] < min(p for p, _ in subj):
                        objs = [before[-1]]
                if not objs and rtype == "SUPPORTS":
                    # "…扎实开展X，A、B等部门要大力支持": the thing named earlier in the sentence
                    before = [
                        (p, m) for p, m in sv.mentions_in(0, h.start()) if m.type in ("Project", "Policy")
                        and not s[max(0, p - 3):p].rstrip("“\"").endswith(means)  # 借助“X”: a means
                    ]
                    subj = self.head_before(sv, h.start(), heads) if before else []
                    if before and subj and before[-1][0] < min(p for p, _ in subj):
                        objs = [before[-1]]
                local = not objs and rtype == "SUPPORTS" and self.p.local_place.match(s, h.end())
                wider = not objs and rtype == "SUPPORTS" and not local \
                    and self.p.local_support.match(s, h.end())
                if not objs and not local and not wider:
                    continue
                subj = self.head_before(sv, h.start(), heads)
                if local or wider:
                    # "东山军分区和驻东山部队大力支持地方建设": 地方 is the place the unit is named after
                    # (rel13: or the place the sentence names for it)
                    rest = self._support_local_units(sv, h, subj, conf)
                    if local:
                        self._support_local(sv, rest, h.group(0), conf)
                    continue
                if rtype == "LEADS" and partners:
                    subj = [(p, x) for p, x in subj if p not in partners]  # "会同B负责…": B assists
                for p, x in subj:
                    # "基金重点支持A": what a fund supports, it funds (基金支持 is a FUNDS cue)
                    rt = "FUNDS" if rtype == "SUPPORTS" and x.type == "Fund" else rtype_here
                    for q, y in objs:
                        self.emit(x, rt, y, sv, f"cue:{h.group(0)}", conf, [p, q])
