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
- unseen wording (issue 10 §3): "A主办的E" (attributive sponsor), "在A领导下" (no 的), "关心支持Y的
  A、B", support from the supported side ("得到B的支持", "在B的支持下建成X"), speakers "会上/论坛上，
  甲作了讲话" and a speech's title line "在E上的讲话" with its byline, "出资设立" (ESTABLISHED and
  FUNDS), "由A牵头，会同B、C负责实施Y" (issuers at the head of a policy title get no relation: rel5),
  an X办 office of its X…委员会; a person's stock call ("甲强调，要支持…") has no actor.
- rel4 (classes met in three or more annotated batches): the co-actors of one joint act all
  coordinate ("A、B和C联合出台", "A与B、C联合举办"; a signing's sides stay apart); a body's centre,
  central or provincial committee and a department in parentheses ("某部(某司)") are PART_OF it;
  the body after 要求/鼓励 acts in the clauses that follow, and "以争创X为契机，S…" makes S carry
  out X; an event held "在"+a place's short form (在青阳举行, 在绵召开) or in a venue after the place
  is LOCATED_IN that place; nothing is stated about a 签约仪式 (no Event in the guidelines' sense).
- rel6 (three or more READ batches): a person's act at the meeting reported (宣读, 宣布, 传达, 履职承诺,
  with the speeches: `speech_performed`) is taking part in it; support thanked for ("甲代表某集团党组，
  对A、B…给予集团…的支持表示感谢", "甲感谢A的关心支持") is support of the thanker's own side (the body
  spoken for, else the one body of the thanker's title), and the thanker is no supporter.
- rel7 (three or more READ batches, u1–u35): a signing ceremony joined to a named meeting
  (…恳谈会暨…签约仪式) or named by its purpose (…招商引智签约仪式) is an Event; the agents of a park's
  building in a passive or attributive clause (由A投资建设, 是A、B联合C建设的…) established it (投资:
  FUNDS too); a body named by its head noun alone before a title (公司董事长, 委员会主任, 商会第一届会长)
  is the body of that kind named last; 甲向…支持…的人士表示感谢 makes the thanker no supporter; an
  appointment (甲任/出任B…书记) names the body of the post; an unnamed project that settles
  (配套项目落户X) leaves the clause subject out.
- rel8 (three or more READ batches, the weakest types): talks between two named sides coordinate them
  (甲与乙举行工作会谈, 与A董事长乙就…洽谈, 甲会见乙一行，双方就…交流: persons with persons, bodies with
  bodies); name-internal PART_OF finds a parent by the child's short forms (中共 dropped, a leading place
  cut to its level word: 某省经信委某处 → 省经信委) and 部/常委会 are department heads; in 在X党委、Y的
  领导下 a unit's 党委 leads, not the unit.
- rel10 (three or more READ batches, u1–u52): an attendance that closes its clause (…等出席，乙主持会议);
  a title in a body the recogniser missed (州人大常委会主任甲) keeps no body carried from the item before;
  共同 coordinates two sides named across 与/同 (A与B共同建设了X); investing to build (投资10亿元，在某地
  建设X; 出资…建造X新城) funds what is built as well as founding it (relation_rules_funding).
- rel11 (three or more READ batches, u1–u58): the founders named in a passive or attributive founding
  clause (由A与B共同构建; X是A和B合作共建的Y; 由A、B共同发起，X正式启动建设) founded the body the clause
  is about; the meeting a report is about, not one it cites: a list of meetings shares its citation
  (学习贯彻甲会议、乙会议和丙会议精神), a meeting just said to be held is reported whatever it stresses
  (召开的X会议强调), one still to come is cited (X将要召开).
  Posts the rules lacked (副总理, 旅长, 副主委, 总领事, 党组书记 …: titles.tsv rows marked both), with a
  unit the recogniser missed before a title (市电视台台长, 某报社原副总编辑) carrying no body.
- rel12 (three or more READ batches, u1–u64): a subsidiary named by the word for it (旗下, 下属,
  全资子公司: relation_cues.json "subordinate_words", "subsidiary_nouns") with the parent in a clause of
  its own (X是…，A全资子公司; …，现为A下属…) or unnamed (收到全资子公司B: the announcing firm's own).
  Bodies that report or present at the meeting the sentence itself names (召开X会议，A、B负责人分别
  作汇报; 调度会上，A负责人作了汇报; 会上，A和B分别介绍了…) take part in it.
  A post in a military unit's party committee (某军分区党委第一书记甲) is a post in the unit.
  A mechanism set up (建立…制度/机制: "mechanism_set_up_cues", "mechanism_heads") is not IMPLEMENTS.
  The county's 人武部 named by its head alone before a post, its party committee's too (县委书记、
  人武部党委第一书记甲: deictic_bodies "bare_heads", "bare_title_prefixes").
  A bare county or district name written with its level word (宁明 → 宁明县人民武装部) is that place
  for the place prefix (a placeholder's or a city's 县 stays a county inside it).
- rel16 (three or more READ batches, u1–u71, relations between entities the pipeline finds): a meeting
  attended named by a visit verb (来到某会议解放军代表团, 莅临: "participates_attend") or by its kind with a
  short modifier (莅临成立大会, 出席了交流会: the reported meeting whose name holds the words; a ceremony so
  named, 开工仪式, is none: "attend_kind_not_events"); service given to a unit or firm is support of it
  (服务保障驻青部队, 当好某部队的“服务员”, 为某集团…做好支持和服务: relation_patterns.SERVED); a
  person titled before the name takes no title in apposition after a comma (市政协主席甲，市委常委，…:
  the next item, a class of attendees).
- rel21 (three or more READ batches, u1–u76): occurrences of a found body the mentions left out are
  its mentions (relation_deixis.restated_mentions: its full name written again where only the place
  it opens with was found; bare_head_mentions: its head alone closing a list of named bodies, 由区委、
  区政府和人武部联合表彰), with three guards they needed: a cue right before 中心/平台 ends an unnamed
  body's name (…建设中心承建, …投资平台: "cue_name_heads"), an item naming several persons is no bare
  name under the title before, and "S…，联合B共建X" makes the clause's subject a founder with B.
  An event named back by its kind: a deictic and the kind opening a clause (本次大赛在A的指导下，由B
  主办; 本次大赛还得到了C的支持: relation_deixis.event_mentions, deictic_bodies "event_kinds") is the
  Event named last before it; kinds of fairs and contests the generic list lacked (航展由A主办, 参加了
  展览: "event_generic"), the owner before 所属/直属 in an attendance list is no participant.
- rel23 (three or more READ batches, u1–u76): a body named in full, then by a short form the entity
  step does not keep (two to four characters of its name in order and the kind word it holds: 资产公司,
  西山院 over the place 西山) before a title, or (no everyday word before the kind word: not 科技公司)
  opening a clause (东山厂位于…) or paired by 与/和 with a found body, is its mention
  (relation_deixis.short_form_mentions, deictic_bodies "short_form_heads"); only when one body of the
  document fits, never a place with the full kind word (西山大学 for 西山理工大学), a national initial
  (中电集团) or a bare legal form.
- rel26 (three or more READ batches, u1–u81): a cue's would-be object heading a relative clause with
  a verb of its own (推动某问题解决的《X》, 投资…修建的某部队: "relative_clause_verbs") is no object of
  the cue; an overseer or promoter of a nominal cue's object (督导某模范城创建工作, 促进某战略的实施:
  "nominal_overseers") is not its implementer, a place a visit names still is; bodies thanked for
  support given to a side named after their own 对 (向A、B…对青山的大力支持表示感谢) support that
  side, and support of 部队建设 thanked for is support of the unit the sentence named before.
- rel27 (three or more READ batches, u1–u81): a bracket right after a name holds that person's own
  posts (甲(某局局长)、乙(某部部长): not the next name's; every titled body of the bracket, a bare
  government head's title 政府镇长, a unit's name and 长: relation_rules_people._bracket_item).
Cue words are data: `ingest/data/relation_cues.json`; which types each relation joins is the one
table `graph/data/relation_signatures.json` (read through `graph.model.SIGNATURES`).

Where the code is: relation_view (the masked sentence, folded by ingest.textfold like the entity
rules' view), relation_patterns (the regexes, compiled
once), relation_base (signatures, `emit`, clause/subject/list helpers), relation_rules_people
(title, sponsor, attend), relation_rules_actions (support/guide, coord, established, cue),
relation_rules_structure (part, located), relation_rules_funding (money put into what is built),
relation_rules_notices (notice layout: title, sign-off, label lines, task items, addressees); this
module runs them and registers the component.
Speed matters (the component runs on every document of a corpus): per-sentence work is done once
per sentence (clause spans, clause subjects), per-document work once per document (folding,
government bodies, reported events), and nothing scans all sentences or all mentions per sentence;
sentences that name no entity skip the rules (every rule needs an argument named in the sentence).

The pure function `extract_relations` takes plain offsets and names, so it is testable without
spaCy; the `mcf_relations` spaCy component adapts a Doc to it.
"""

from __future__ import annotations

from collections import Counter

from graph.model import Entity, Evidence, Relation
from ingest.components.modality import (
    absent_object,
    addressed_spans,
    addressee_finder,
    authored_spans,
    back_references,
    damage_only,
    deictic_act,
    deictic_level,
    deictic_thing,
    document_place_min,
    duty_subjects,
    inspected_spans,
    national_place,
    national_topic,
    party_deictics,
    party_spans,
    place_is_topic,
    place_level,
    policy_not_holder,
    problem_clauses,
    refers_to,
    reports_solved,
    reports_speech,
    visited_spans,
)

# re-exported: the contract of this module before it was split (tests and the harness import these)
from ingest.components.relation_base import (  # noqa: F401
    ACTOR,
    ORG_TYPES,
    SIGNATURES,
    SUBJECT_TYPES,
    RuleBase,
    cue_scan,
)
from ingest.components.relation_patterns import CUES_PATH, cues  # noqa: F401
from ingest.components.relation_rules_actions import ActionRules
from ingest.components.relation_rules_funding import FundingRules
from ingest.components.relation_rules_notices import NoticeRules
from ingest.components.relation_rules_people import PeopleRules
from ingest.components.relation_rules_structure import StructureRules
from ingest.components.relation_view import (  # noqa: F401
    ANY,
    CHAR_TYPE,
    TYPE_CHAR,
    EntMention,
    SentView,
    build_view,
    build_views,
)
from ingest.textfold import view_fold

# ---------------------------------------------------------------------------------------------
# The extractor
# ---------------------------------------------------------------------------------------------


class _Extractor(PeopleRules, ActionRules, FundingRules, StructureRules, NoticeRules):
    """All rule families over one document; `run` applies them sentence by sentence, in order."""

    def run(self) -> list[Relation]:
        closed = cue_scan().closed
        for sv in self.views:
            # each sentence's clause subjects are worked out when a rule first asks for them
            # (`subjects_of`: most sentences are never asked; speed15)
            sv.subjects_per_pos = None  # type: ignore[assignment]
        for sv in self.views:
            if not sv.slots:
                # every rule needs at least one argument named in the sentence itself (carried
                # subjects and earlier events only complete one): nothing to find here
                continue
            sv.closed = closed(sv.masked)  # (the cue patterns that cannot match here: one scan)
            self.rule_titles(sv)
            self.rule_sponsor(sv)
            self.rule_attend(sv)
            self.rule_in_event(sv)
            self.rule_guidance(sv)
            self.rule_coordinates(sv)
            self.rule_part_of(sv)
            self.rule_located(sv)
            first = len(self.relations)
            self.rule_established(sv)
            self.rule_cues(sv)
            self.rule_invested_building(sv, first)
        self.rule_place_prefix()
        self.rule_name_parent()
        self.rule_unit_committee_posts()
        self.rule_chair_speeches()
        self.rule_notices()
        return self.relations

    def problems(self) -> dict[str, list[Evidence]]:
        """Problem statements per entity (`_about`), each with its sentence as evidence."""
        out: dict[str, list[Evidence]] = {}
        folded = view_fold(self.text)  # the views' own fold (kept from build_views: no new pass)
        for sv in self.views:
            spans = problem_clauses(sv.raw, folded[sv.start:sv.end])
            about = [m for a, b in spans for m in self._about(sv, a, b)]
            for m in about:
                ev = Evidence(self.doc_id, sv.raw, sv.index, sv.start, sv.end, "problem")
                lst = out.setdefault(m.name, [])
                if all(e.sentence_index != sv.index for e in lst):
                    lst.append(ev)
        return out

    def _about(self, sv: SentView, a: int, b: int) -> list[EntMention]:
        """Whose problem the clause [a, b) states, first that applies: the bodies it names (a thing's
        damage, 陵园杂草丛生: only its caretaker, named or sent the recommendation, and nobody when the
        story reports it repaired, gaps25); the place it is about (青山省军民融合产业…存在着规模小…等短板:
        `_topic_place`, in the clause); the document's own place it speaks for (我省, 全市:
        `_own_place`; such a clause has its own subject, none is carried); the entity it refers back
        to (该县, 公司本身: `_referred`, gaps25); the subject it carries ("某基金成立两年，至今尚未运作":
        the fund, named in the clause before; not one carried from an earlier sentence), unless it reports
        speech (…认为推进缓慢: not the speaker's); the place the sentence is about before the clause;
        else the document's own place (`_document_place`, gaps9), unless the sentence up to the
        clause speaks of national or world affairs (当今世界…面临严峻挑战: modality.national_topic)."""
        skip = ("Person", "Location", "Event")
        named = [m for _p, m in sorted(sv.slots.items())
                 if a <= m.start - sv.start < b and m.type not in skip
                 and not absent_object(sv.raw, m.start - sv.start)  # 没有X园区: X lacks nothing
                 and not self._duty_domain(sv, m)]
        damage = damage_only(sv.raw[a:b])  # 陵园杂草丛生: a thing's state (gaps25)
        if damage and self._repaired_after(sv):
            return []  # …纪念碑得到修复 later in the document: told remedied, no open problem
        if sent_to := self._sent_to(sv, a, b, named):
            return sent_to  # 向青山县民政局发出检察建议 after it: the addressee's, not the finder's (gaps23)
        if damage:  # the caretaker's when the clause names one; never a place's (gaps25)
            return [m for m in named if not addressee_finder(m.name)]
        if all(self._deictic_mention(sv, m) for m in named) and (party := self._party(sv.start + a)):
            return party  # 该项目未按要求修建…, 仍未补交 in a decision to its party: the party's (gaps38)
        if named:
            duty = duty_subjects(sv.raw, a, b, [m.end - sv.start for m in named])  # 青山局怠于履职 (gaps17)
            return [named[i] for i in duty] or named
        # the country as the topic (中华人民共和国的每一位公民…): no local holder, nor the document's (gaps12)
        places = self._topic_place(sv, a, b)
        national = bool(places) and national_place(places[0].name)
        inside = [m for m in places if a <= m.start - sv.start < b and not national]
        if inside:
            return inside
        if deictic_level(sv.raw[a:b]):
            return self._own_place(sv.raw[a:b])
        if referred := self._referred(sv, b):
            return referred  # 该县…存在…的现象, 但公司本身尚未…: the entity named before (gaps25)
        if not reports_speech(sv.raw[a:b]):
            carried = [m for _q, m in self._carried_subject(sv, a, b)
                       if m.type not in skip and sv.start <= m.start < sv.end
                       and not self._duty_domain(sv, m)]
            if carried:
                return carried
        if deictic_act(sv.raw[a:b]):  # 这种做法违反了…: the doer's, not the place named before (gaps32)
            return []
        if places or national_topic(sv.raw[:b]):
            return [] if national else places
        if deictic_thing(sv.raw[a:b]):  # 该陵园年久失修: the thing's problem, its holder unconfirmed
            return []
        return self._inspected(sv.start + a) or self._document_place() or self._authored(sv.start + a)

    def _inspected(self, at: int) -> list[EntMention]:
        """The body or place an outside check of the document inspects before document offset `at`
        (对青山县民政局开展巡察: the first inspection frame, modality.inspected_spans, ending before it
        that holds such a mention, not inside a title nor the country: 对《中华人民共和国某法》开展执法
        检查 inspects no body; its first one, the longest there: 对青山市贯彻落实…情况进行检查 inspects the
        city). A problem clause that names no body, place or deictic and carries no subject is its
        problem (…还有4名对象死亡后，未及时停发补助资金), before the document's place; a check reported
        after the problem (整改情况：对全市12所中学开展监督检查) inspects none of it (gaps17). A check or
        survey that goes to places (先后到青山县、东川县检查…) gives them all (_visited, gaps18)."""
        if getattr(self, "_inspected_bodies", None) is None:  # once per document
            found = []
            for a, b in inspected_spans(self.text):
                inside = [m for m in self.mentions if a <= m.start and m.end <= b
                          and m.type not in ("Person", "Event", "Policy") and not national_place(m.name)
                          and self.text.count("《", a, m.start) <= self.text.count("》", a, m.start)]
                if inside:
                    found.append((a, b, [min(inside, key=lambda m: (m.start, m.start - m.end))]))
            found += [(a, b, places) for a, b in visited_spans(self.text) if (places := self._visited(a, b))]
            self._inspected_bodies = [(b, ms) for _a, b, ms in sorted(found, key=lambda f: f[0])]
        return next((ms for b, ms in self._inspected_bodies if b <= at), [])

    @staticmethod
    def _deictic_mention(sv: SentView, m: EntMention) -> bool:
        """Whether the mention stands in the sentence only as a deictic head (该项目, 上述工程, 本项目: a
        reference extraction resolved to the thing named before), not by its name."""
        i = m.start - sv.start  # (the resolved mention may cover the head only: 该|项目)
        deictic = party_deictics()
        return sv.raw[i : m.end - sv.start].startswith(deictic) or sv.raw[max(0, i - 2) : i].endswith(deictic)

    def _party(self, at: int) -> list[EntMention]:
        """The party the document is addressed to when document offset `at` lies after its line
        (当事人:青山置业有限公司, or the salutation 青山置业有限公司: of a penalty decision that then says
        你公司: modality.party_spans): the body extracted there, the longest, not a person, place,
        event or policy; none otherwise. A problem clause that names no body of its own is the
        party's (gaps38): the decision speaks to it (该项目未按要求修建…, 仍未补交, 上述行为违反了…),
        not its project's, the place's, nor nobody's."""
        if getattr(self, "_party_bodies", None) is None:  # once per document
            skip = ("Person", "Event", "Policy", "Location")
            self._party_bodies = []
            for s, e in party_spans(self.text):
                inside = [m for m in self.mentions if s <= m.start and m.end <= e and m.type not in skip]
                if inside:
                    self._party_bodies.append((e, [max(inside, key=lambda m: (m.end - m.start, -m.start))]))
        return next((ms for e, ms in self._party_bodies if e <= at), [])

    def _authored(self, at: int) -> list[EntMention]:
        """The body that writes the reply or report document offset `at` lies in (its heading or its
        signature names it: modality.authored_spans), the last resort of a problem clause that finds
        no other holder nor a place the document speaks for (gaps29: 我局现目前没有这方面的项目 in a
        bureau's reply; 一是专武干部缺编严重 in the report of the 人武部 whose head writes it). The
        bodies named there, else the one body of the document whose name ends with the words there
        (人武部部长关于…: the document's 县人武部); none when neither is one."""
        if getattr(self, "_authors", None) is None:  # once per document
            skip = ("Person", "Event", "Policy", "Location")
            bodies = [m for m in self.mentions if m.type not in skip]
            self._authors = []
            for s, e, lo, hi in authored_spans(self.text):
                inside = [m for m in bodies if s <= m.start and m.end <= e]
                if not inside:
                    head = view_fold(self.text[s:e])
                    ends = [m for m in bodies if view_fold(m.name).endswith(head) and len(head) >= 2]
                    inside = ends[:1] if len({m.name for m in ends}) == 1 else []
                if inside:
                    self._authors.append((lo, hi, inside))
        return next((ms for lo, hi, ms in self._authors if lo <= at < hi), [])

    def _sent_to(self, sv: SentView, a: int, b: int, named: list[EntMention]) -> list[EntMention]:
        """The addressees of a recommendation told after the clause [a, b) (`_addressed`) when the
        clause names no body but the finder (东川检察院发现…) and carries no other body of its sentence as
        its subject (青山公司…，存在…等问题 stays the firm's; a subject carried from an earlier sentence,
        1957年，青山省政府拨款建造了陵园。…近年来，该陵园年久失修, is no holder: gaps36): they answer
        for it, not the finder nor the place of the thing (gaps23). Empty otherwise."""
        if not all(addressee_finder(m.name) for m in named):
            return []
        carried = [m for _q, m in self._carried_subject(sv, a, b)
                   if m.type not in ("Person", "Location", "Event") and not addressee_finder(m.name)
                   and sv.start <= m.start < sv.end]  # not one carried from an earlier sentence (gaps36)
        # a recommendation told first answers no clause spoken for a whole place (全市纪念设施年久失修)
        return [] if carried else self._addressed(sv.start + b, lead=not deictic_level(sv.raw[a:b]))

    def _addressed(self, at: int, lead: bool = True) -> list[EntMention]:
        """The bodies the first recommendation after document offset `at` is sent to (向青山县民政局、
        青山镇政府发出诉前检察建议: modality.addressed_spans; every body named there, not a place, person,
        policy or the finder itself): they answer for the problems the document states before it, which
        name only the finder (东川检察院发现…) or the place of the thing (青山县烈士陵园杂草丛生), gaps23.
        With no recommendation after, not even to unnamed bodies, the one a story tells first
        (`_addressed_before`, gaps36), when `lead`."""
        if getattr(self, "_recommended_to", None) is None:  # once per document
            skip = ("Person", "Event", "Policy", "Location")
            self._recommended_to = [(a, b, [m for m in self.mentions if a <= m.start and m.end <= b
                                     and m.type not in skip and not addressee_finder(m.name)])
                                    for a, b in addressed_spans(self.text)]
        if any(a >= at for a, _b, _ms in self._recommended_to):
            # the first one after that names a body; one sent to unnamed bodies (向相关行政机关制发…)
            # answers the problem too, so an earlier one is another case's
            return next((ms for a, _b, ms in self._recommended_to if a >= at and ms), [])
        return self._addressed_before(at) if lead else []

    def _addressed_before(self, at: int) -> list[EntMention]:
        """The bodies of the last recommendation told before document offset `at` (a news lead: 日前，
        东川区检察院向青山市民政局发出检察建议…, then 通过摸排发现…陵园长期疏于管理: gaps36), unless the
        story closed that case in between (a sentence reporting something put right:
        modality.reports_solved) or names another finder (…检察院 other than those of the
        recommendation's sentence: a second case, 西川市检察院…查明…) - then the problem is not the one
        the recommendation answers, and it keeps no holder."""
        before = [(a, b, ms) for a, b, ms in self._recommended_to if b <= at and ms]
        if not before:
            return []
        a, b, ms = before[-1]
        frame = next((v for v in self.views if v.start <= a < v.end), None)
        lo = frame.end if frame else b
        finders = {m.name for m in self.mentions if addressee_finder(m.name)
                   and (frame.start if frame else a) <= m.start < lo}
        if any(addressee_finder(m.name) and m.name not in finders and lo <= m.start < at
               for m in self.mentions):
            return []
        if any(reports_solved(v.raw) for v in self.views if lo <= v.start and v.end <= at):
            return []
        return ms

    def _visited(self, a: int, b: int) -> list[EntMention]:
        """The places a check or survey goes to in document span [a, b) (到青山县、东川县检查: every
        Location named there, the longest at each place, one per name; not the country): all of them
        hold the problems its document then lists without naming one (modality.visited_spans, gaps18)."""
        places = [m for m in self.mentions if a <= m.start and m.end <= b and m.type == "Location"
                  and not national_place(m.name)]
        longest = [m for m in places if not any(o is not m and o.start <= m.start and m.end <= o.end
                                                and o.end - o.start > m.end - m.start for o in places)]
        first: dict[str, EntMention] = {}
        for m in sorted(longest, key=lambda m: m.start):
            first.setdefault(m.name, m)
        return list(first.values())

    def _repaired_after(self, sv: SentView) -> bool:
        """Whether a sentence after `sv` in the document reports something put right (…纪念碑得到修复:
        modality.reports_solved). A thing's damage the same story reports repaired is no open problem,
        and the sentence that says so often names no entity, so the gaps report, which keeps only
        sentences naming one, cannot see it (gaps25)."""
        return any(reports_solved(later.raw) for later in self.views[sv.index + 1:])

    def _referred(self, sv: SentView, b: int) -> list[EntMention]:
        """The entity a back reference of the sentence up to the clause's end `b` means (该县, 该州,
        该公司, 公司本身: modality.back_references, the last one): the last mention before the reference
        in the document of the type and head it asks for (该县 -> 青山县, 该公司 -> 东方重工有限公司).
        Empty when there is none or no such mention (gaps25)."""
        refs = back_references(sv.raw[:b])
        if not refs:
            return []
        ref = refs[-1]
        at = sv.start + ref[0]
        before = [m for m in self.mentions if m.end <= at and refers_to(m.name, m.type, ref)]
        return [max(before, key=lambda m: m.start)] if before else []

    @staticmethod
    def _duty_domain(sv: SentView, m: EntMention) -> bool:
        """Whether a policy named in a problem clause is only the domain of a duty or what is lacking
        (党管武装责任压得不实, 十四五规划尚未编制: modality.policy_not_holder), not its holder (gaps17)."""
        return m.type == "Policy" and policy_not_holder(sv.raw, m.end - sv.start)

    @staticmethod
    def _topic_place(sv: SentView, a: int, b: int) -> list[EntMention]:
        """The place a problem clause [a, b) that names no body is about ("青山省军民融合产业…存在着
        规模小、实力弱…等短板": the province's problem): its first topic place (not a venue or a
        yardstick, modality.place_is_topic), else the sentence's first one before the clause."""
        places = [(m.start - sv.start, m) for _p, m in sorted(sv.slots.items()) if m.type == "Location"]
        places = [(o, m) for o, m in places if place_is_topic(sv.raw, o, m.end - sv.start)]
        inside = [m for o, m in places if a <= o < b]
        before = [m for o, m in places if o < a]
        return inside[:1] or before[:1]

    def _document_place(self) -> list[EntMention]:
        """The place the document speaks for when a problem clause names no body and no place
        ("有的部门本位主义，不愿融" in a city's speech: the city's problem, as the document states
        it): the place the document names most as its topic (not a venue or yardstick:
        modality.place_is_topic) and at least document_place_min times, first named on a tie, not
        a national one
        (中国, 全国: problem_cues.json "national_places"); none: nothing. A subject carried from an
        earlier sentence is not taken
        instead (the gaps report drops a problem sentence that does not name its entity), and a
        clause about national or world affairs (problem_cues.json "national_topics") gets none."""
        if getattr(self, "_doc_place", None) is None:  # once per document
            places = [m for m in self.mentions if m.type == "Location" and not national_place(m.name)
                      and place_is_topic(self.text, m.start, m.end)]  # not 在X召开, 与X相比
            counts = Counter(m.name for m in places)
            best = max(places, key=lambda m: (counts[m.name], -m.start)) if places else None
            # named once (a firm's city in a national feature) it is no place the document speaks for
            self._doc_place = [best] if best and counts[best.name] >= document_place_min() else []
        return self._doc_place

    def _own_place(self, clause: str) -> list[EntMention]:
        """The document's own place a clause speaks for (我省, 全市 …: modality.deictic_level): the
        Location of that level the document names most, first named on a tie; none: nothing."""
        level = deictic_level(clause)
        if not level:
            return []
        places = [m for m in self.mentions if m.type == "Location" and place_level(m.name) == level]
        if not places:
            return []
        counts = Counter(m.name for m in places)
        return [max(places, key=lambda m: (counts[m.name], -m.start))]

    def _carried_subject(self, sv: SentView, a: int, b: int) -> list[tuple[int, EntMention]]:
        """The subject of the clause holding sentence offsets [a, b) (its own or carried)."""
        pos = next((p for p, o in enumerate(sv.m2o) if a <= o - sv.start < b), None)
        k = sv.clause_index(pos) if pos is not None else None
        if k is None:
            return []
        subjects = self.subjects_of(sv)
        return subjects[k] if k < len(subjects) else []


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
    from spacy.tokens import Doc, Span

    from ingest.extensions import span_key

    class RelationComponent:
        """Reads doc.ents / doc._.entities / sentences; writes doc._.relations and entity problems."""

        def __call__(self, doc: Doc) -> Doc:
            ents = []
            named = Span.has_extension("entity_name")  # (once, not per span)
            values = doc.user_data  # span._.entity_name, read without an accessor object per span
            for span in doc.ents:
                s, e = span.start_char, span.end_char
                name = values.get(span_key("entity_name", s, e)) if named else None
                ents.append(EntMention(s, e, name or span.text, span.label_))
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
