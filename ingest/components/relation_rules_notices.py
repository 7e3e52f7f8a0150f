"""Relation rules of notice layout: what a 通知 / 实施意见 / 工作方案 states by its lines.

Sentences of a notice rarely carry the subject-verb-object the other rule families read: the
meeting is named in the title ("关于召开E的通知"), its convener only in the sign-off (issuer line,
then a date line), its venue in a "地点：" line, its participants in a "参会人员：" line, the units
that speak in the agenda's numbered items, an office's staff in "联系人：X处 王某". A plan's task
item says "建设Y。由A牵头，B、C配合，组织编制《Z》": A leads Y and Z, B and C work with A. The
addressees ("东山镇人民政府，县直各有关单位：") implement the released plan only when the text
tells them to (落实/实施); a body followed by 各部门 ("市政府各部门要…") is a class, no actor.

All words are data (ingest/data/notice_layout.json, compiled in notice_layout.py). The rules run
once per document, on the folded text and the document's mentions; the evidence of a fact is the
sentence (line) that states it. Venue, participant and agenda lines are read only for the meeting
the title (or a 定于…召开 sentence) names: in a report or a programme, later 地点 lines belong to
visits and sub-sessions.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from graph.model import ORG_TYPES
from ingest.components.notice_layout import layout, lines, title_line
from ingest.components.relation_base import RuleBase
from ingest.components.relation_view import EntMention, SentView
from ingest.textfold import view_fold as fold

ORGS = set(ORG_TYPES)
PLACES = {"Location", "IndustrialPark"}
TASK_OBJECTS = {"Policy", "Project", "IndustrialPark", "Fund"}
LIST_JOINS = ("、", "和", "及", "与", "，", ",")
HEADING = re.compile(r"[ \t\u3000]*[一二三四五六七八九十]{1,3}、")  # a top-level heading ends a block
_W = layout().words
LABELS = frozenset(_W["contact_labels"] + _W["venue_labels"] + _W["participant_labels"] + _W["agenda_labels"]
                   + _W["sponsor_lead_labels"] + _W["sponsor_participant_labels"])


class NoticeRules(RuleBase):
    """The notice-layout rules (a mixin of relations._Extractor)."""

    def rule_notices(self) -> None:
        if not self.mentions or not self.views:
            return
        t = fold(self.text)
        self._nt = t
        self._starts = [m.start for m in self.mentions]
        self._view_starts = [v.start for v in self.views]
        lay = layout()
        title = title_line(t)
        meeting = released = None
        title_issuers: list[EntMention] = []
        if title:
            a, b = title
            about = t.find("关于", a, b)
            if lay.meeting_title.search(t, a, b):
                meeting = next((m for m in self._within(a, b) if m.type == "Event"), None)
            rm = lay.release_title.search(t, a, b)
            if rm:
                released = next((m for m in self._within(rm.start(1), rm.end(1)) if m.type == "Policy"), None)
            title_issuers = [m for m in self._within(a, about) if m.type in ORGS]
        if meeting is None:
            meeting = self._scheduled_meeting(t)
        issuers = self._signoff(t) + title_issuers
        if meeting is not None:
            for org in issuers:
                self._emit_at(org, "PARTICIPATES_IN", meeting, org.start, "notice:convener", "plan")
        if released is not None:
            for org in issuers:
                self._emit_at(org, "LEADS", released, org.start, "notice:release")
        self._fields(t, meeting)
        self._tasks(t)
        if released is not None and title:
            self._addressees(t, title, released)

    def _scheduled_meeting(self, t: str) -> EntMention | None:
        """A notice titled only 通知 or 会议通知: the meeting of its first "定于…召开E" sentence."""
        for m in layout().scheduled.finditer(t):
            k = bisect_right(self._starts, m.end() - 1)
            nxt = self.mentions[k] if k < len(self.mentions) else None
            if nxt is not None and nxt.start == m.end() and nxt.type == "Event":
                return nxt
        return None

    # ---- helpers ---------------------------------------------------------------------------

    def _within(self, a: int, b: int) -> list[EntMention]:
        k = bisect_right(self._starts, a - 1)
        out = []
        while k < len(self.mentions) and self.mentions[k].start < b:
            if self.mentions[k].end <= b:
                out.append(self.mentions[k])
            k += 1
        return out

    def _view(self, offset: int) -> SentView | None:
        k = bisect_right(self._view_starts, offset) - 1
        return self.views[k] if k >= 0 and offset < self.views[k].end else None

    def _emit_at(self, head: EntMention, rtype: str, tail: EntMention, offset: int, rule: str,
                 modality: str | None = "stated") -> None:
        sv = self._view(offset)
        if sv is not None:
            self.emit(head, rtype, tail, sv, rule, 0.65, [], modality)

    def _is_class(self, m: EntMention) -> bool:
        """"市政府各部门", "各区县人民政府": the mention stands for a class of bodies."""
        t = self._nt
        return bool(layout().class_after.match(t, m.end)) or t[m.start - 1 : m.start] == "各"

    def _only_orgs(self, t: str, a: int, b: int) -> list[EntMention]:
        """The organisations filling line [a, b) with nothing but white space between them."""
        ms = self._within(a, b)
        if not ms or any(m.type not in ORGS for m in ms):
            return []
        cov = sum(m.end - m.start for m in ms)
        rest = sum(1 for ch in t[a:b] if not ch.isspace())
        return ms if cov == rest else []

    # ---- the sign-off ---------------------------------------------------------------------

    def _signoff(self, t: str) -> list[EntMention]:
        """Issuers in the sign-off: organisation-only lines just before a date line (or the date
        after wide space on the same line), the last such block of the text."""
        lay = layout()
        ls = lines(t)
        found: list[EntMention] = []
        for k, (a, b) in enumerate(ls):
            parts = t[a:b].rsplit("  ", 1)
            same = len(parts) == 2 and lay.date_line.match(parts[1].strip())
            if same:
                block = self._only_orgs(t, a, a + len(parts[0].rstrip()))
            elif k + 1 < len(ls) and lay.date_line.match(t[ls[k + 1][0]:ls[k + 1][1]]):
                block = self._only_orgs(t, a, b)
            else:
                continue
            j = k - 1  # joint issuers on the lines above
            while block and j >= 0 and self._only_orgs(t, *ls[j]):
                block = self._only_orgs(t, *ls[j]) + block
                j -= 1
            if block:
                found = block
        return found

    # ---- label lines ------------------------------------------------------------------------

    def _blocks(self, t: str) -> list[tuple[str, list[tuple[int, int]]]]:
        """Labelled parts of a notice: "参会人员：A、B" (the rest of the line), or a heading line
        "三、参会人员" and the lines under it, up to the next heading or label; an agenda also
        keeps the numbered lines after its label line."""
        lay = layout()
        ls = lines(t)
        out: list[tuple[str, list[tuple[int, int]]]] = []
        k = 0
        while k < len(ls):
            a, b = ls[k]
            fm = lay.field.match(t, a, b)
            head = None if fm else self._heading_label(t, a, b)
            k += 1
            if not fm and not head:
                continue
            label = fm.group("label") if fm else head
            body = [(fm.start("rest"), fm.end("rest"))] if fm and fm.end("rest") > fm.start("rest") else []
            if not body or label in lay.words["agenda_labels"]:
                while k < len(ls) and not lay.field.match(t, *ls[k]) and not self._heading_label(t, *ls[k]) \
                        and not HEADING.match(t, *ls[k]) and (not body or lay.enum_opener.match(t, *ls[k])):
                    body.append(ls[k])
                    k += 1
            out.append((label, body))
        return out

    @staticmethod
    def _heading_label(t: str, a: int, b: int) -> str | None:
        """ "三、参会人员", "（二）会议地点": a numbered heading that is only a label."""
        m = layout().enum_opener.match(t, a, b)
        if not m:
            return None
        rest = t[m.end():b].strip(" \t\u3000：:")
        return rest if rest in LABELS else None

    def _fields(self, t: str, meeting: EntMention | None) -> None:
        for label, body in self._blocks(t):
            for a, b in body:
                ms = self._within(a, b)
                if ms:
                    self._field(t, label, a, ms, meeting)

    def _field(self, t: str, label: str, a: int, ms: list[EntMention], meeting: EntMention | None) -> None:
        w = layout().words
        if label in w["contact_labels"]:
            for k, y in enumerate(ms):
                office = self._contact_office(t, ms, k) if y.type == "Person" else None
                if office is not None:
                    self._emit_at(y, "HOLDS_POSITION", office, a, "notice:contact")
            return
        # only the meeting the title names: a notice's later 地点/议程 lines may belong to visits
        # and sub-sessions, and the last Event before them may be one only cited (十九大)
        ev = meeting
        if ev is None:
            return
        if label in w["venue_labels"]:
            place = self._venue(t, ms)
            if place is not None:
                self._emit_at(ev, "LOCATED_IN", place, a, "notice:venue", "plan")
        elif label in w["sponsor_lead_labels"] or label in w["sponsor_participant_labels"]:
            # "主办单位：A、B" (LEADS, as 由A主办), "承办单位：C" (PARTICIPATES_IN, as C承办)
            rtype = "LEADS" if label in w["sponsor_lead_labels"] else "PARTICIPATES_IN"
            for m in ms:
                if m.type in ORGS and not self._is_class(m):
                    self._emit_at(m, rtype, ev, a, f"notice:sponsor:{label}")
        elif label in w["participant_labels"]:
            for m in ms:
                if (m.type in ORGS or m.type == "Person") and not self._is_class(m):
                    self._emit_at(m, "PARTICIPATES_IN", ev, a, "notice:participants", "plan")
        elif label in w["agenda_labels"]:
            self._agenda_item(t, a, ms, ev)

    @staticmethod
    def _contact_office(t: str, ms: list[EntMention], k: int) -> EntMention | None:
        """The office of contact ms[k]: "X处 王某、李某" (the office opens the run of names) or
        "王某（X处）"."""
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        if nxt is not None and nxt.type in ORGS and t[ms[k].end:nxt.start] in ("（", "(") \
                and t[nxt.end:nxt.end + 1] in ("）", ")"):
            return nxt
        j = k
        while j > 0 and t[ms[j - 1].end:ms[j].start].strip(" \t\u3000、") == "":
            j -= 1
            if ms[j].type in ORGS:
                return ms[j]
            if ms[j].type != "Person":
                break
        return None

    @staticmethod
    def _venue(t: str, ms: list[EntMention]) -> EntMention | None:
        """The most specific place of an address: a park, else the last place of the longest run
        of places one after the other (青山市东山区人民路 → 东山区), the later run on ties (the
        address in brackets after a hotel's name)."""
        parks = [m for m in ms if m.type == "IndustrialPark"]
        if parks:
            return parks[0]
        best: list[EntMention] = []
        chain: list[EntMention] = []
        for m in ms:
            if m.type != "Location":
                chain = []
                continue
            chain = chain + [m] if chain and m.start == chain[-1].end else [m]
            if len(chain) >= len(best):
                best = chain
        return best[-1] if best else None

    def _agenda_item(self, t: str, a: int, ms: list[EntMention], ev: EntMention) -> None:
        """ "1.东山区人民政府作交流发言", "2.市委常委、副市长王某讲话": the unit or person right
        before the item's speech verb takes part in the meeting."""
        verbs = layout().words["agenda_speech_verbs"]
        for m in ms:
            if m.type not in ORGS and m.type != "Person":
                continue
            after = t[m.end:m.end + 8]
            if any(after.startswith(v) or after.startswith("作" + v) for v in verbs):
                self._emit_at(m, "PARTICIPATES_IN", ev, m.start, "notice:agenda", "plan")
                return

    # ---- task items: 由A牵头，B配合，组织编制《Z》 ---------------------------------------------

    def _tasks(self, t: str) -> None:
        """Task items: "（一）建设Y。由A牵头，B配合，组织编制《Z》。" or "（牵头单位：A；配合单位：B）".

        The leaders lead the objects of the item's header sentence (a numbered line, or the
        numbered line just above) and the plans they are told to draw up; the assisting units work
        with them. An item assigns duties: the facts are directives."""
        lay = layout()
        w = lay.words
        strict = set(w["lead_clause_cues"])
        lead_cues = sorted(w["lead_cues"] + w["lead_clause_cues"], key=len, reverse=True)
        header: tuple[int, int] | None = None
        for a, b in lines(t):
            above, header = header, ((a, b) if lay.enum_opener.match(t, a, b) else None)
            seg = t[a:b]
            if not any(c in seg for c in lead_cues + w["lead_labels"]):
                continue
            ms = self._within(a, b)
            leaders = self._before_cue(t, ms, lead_cues, strict) + self._after_label(t, ms, w["lead_labels"])
            if not leaders:
                continue
            cue_at = min(m.start for m in leaders)
            if header is not None:
                stop = t.find("。", a, b)
                top = [m for m in ms if m.end <= min(cue_at, stop if stop >= 0 else b)]
            else:
                top = self._within(*above) if above is not None else []
            objects = [m for m in top if m.type in TASK_OBJECTS]
            for d in w["draft_cues"]:
                i = t.find(d, a, b)
                while i >= 0:
                    objects += [m for m in ms if m.type == "Policy" and 0 <= m.start - i - len(d) <= 1]
                    i = t.find(d, i + len(d), b)
            for x in leaders:
                for o in objects:
                    self._emit_at(x, "LEADS", o, x.start, "notice:lead", "directive")
            helpers = self._before_cue(t, ms, w["assist_cues"]) + self._after_label(t, ms, w["assist_labels"])
            for y in helpers:
                for x in leaders:
                    self._emit_at(x, "COORDINATES_WITH", y, y.start, "notice:assist", "directive")

    def _after_label(self, t: str, ms: list[EntMention], labels: list[str]) -> list[EntMention]:
        """Organisations listed right after "牵头单位：" / "配合单位：" inside a line."""
        out: list[EntMention] = []
        for k, m in enumerate(ms):
            before = t[max(0, m.start - 8):m.start].rstrip(" \u3000")
            if m.type in ORGS and before.endswith(("：", ":")) and before[:-1].endswith(tuple(labels)):
                out.append(m)
                j = k + 1
                while j < len(ms) and ms[j].type in ORGS and t[ms[j - 1].end:ms[j].start] in LIST_JOINS:
                    out.append(ms[j])
                    j += 1
        return out

    def _before_cue(self, t: str, ms: list[EntMention], cues: list[str],
                    strict: set[str] = frozenset()) -> list[EntMention]:
        """Organisations listed (、和及) right before a cue ("由A、B牵头"); a strict cue must also
        end its clause ("A负责，B配合": not "A负责同志")."""
        out: list[EntMention] = []
        for k, m in enumerate(ms):
            if m.type not in ORGS or self._is_class(m):
                continue
            cue = next((c for c in cues if t.startswith(c, m.end)), None)
            if cue is None or cue in strict and t[m.end + len(cue): m.end + len(cue) + 1] not in "，,。；;":
                continue
            group = [m]
            j = k - 1
            while j >= 0 and ms[j].type in ORGS and t[ms[j].end:group[0].start] in ("、", "和", "及", "与"):
                group.insert(0, ms[j])
                j -= 1
            out += [g for g in group if g not in out]
        return out

    # ---- addressees -----------------------------------------------------------------------------

    def _addressees(self, t: str, title: tuple[int, int], released: EntMention) -> None:
        """Named addressees told to 落实/实施 the released plan implement it."""
        ls = [x for x in lines(t) if x[0] >= title[1]][:3]
        head = next(((a, b) for a, b in ls if t[b - 1] in "：:"), None)
        if head is None:
            return
        named = [m for m in self._within(*head) if m.type in ORGS and not self._is_class(m)]
        if not named:
            return
        cues = layout().words["addressee_implement_cues"]
        for sv in self.views:
            if sv.start < head[1]:
                continue
            s = fold(sv.raw)
            if ("请" in s or "你们" in s) and any(c in s for c in cues):
                for m in named:
                    self._emit_at(m, "IMPLEMENTS", released, sv.start, "notice:addressee", "directive")
                return
