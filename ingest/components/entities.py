"""The `mcf_entities` spaCy component: entity mentions -> doc.ents, grouped entities -> Doc._.entities.

Matching runs on a *view* of the text (`ingest.textfold.text_view`, shared with the relation
rules): folded (traditional -> simplified, full -> half width, same length) and with pinyin glosses
that some scraped pages insert after characters removed ("中國(guó)國(guó)際" -> "中国国际").
Offsets are mapped back, so every span indexes the original document text and a surface form is
copied exactly as written (glosses included).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from operator import attrgetter

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc, Span

from graph.model import Entity, Mention
from ingest import extensions
from ingest.components import occurrences
from ingest.components.grouping import (
    _LEGAL_END,
    Group,
    _compare_form,
    _firm_core,
    abbreviate,
    entity_name,
    group_mentions,
)
from ingest.components.lexicon import lexicon
from ingest.components.name_rules import (
    DEICTIC_NOT_FOLLOWED,
    DEICTIC_SELF_HEADS,
    DEICTIC_WORDS,
    EVENT_SITTING_WORDS,
    EVENT_YEAR_OF_SITTING,
    OWNERSHIP_PREFIXES,
)
from ingest.components.prefilter import Prefiltered
from ingest.components.recognizer import (
    BARE_HEADS,
    DEICTIC_HEADS,
    HEAD_INFO,
    PAREN_QUALIFIERS,
    Cand,
    Recognizer,
    is_cjk,
)
from ingest.components.sentences import sentence_spans
from ingest.components.short_titles import key_short_titles
from ingest.extensions import span_key
from ingest.textfold import fold, text_view

extensions.register()

# the first item of span_key's keys (spaCy's Underscore key for a span's value), for the hot loop
# of `_entities`, which writes the keys out
_SPAN_KEY_PREFIX = span_key("", 0, 0)[0]
MENTION_FIELDS = ("sentence", "start", "end", "text")  # Mention's fields, as `_entities` sets them
_FIRST, _START, _CONFIDENCE = attrgetter("first"), attrgetter("start"), attrgetter("confidence")

CANDIDATES = "mcf_candidates"  # doc.spans key of every generator's proposals

# the shared fold (ingest.textfold); re-exported for the callers that import them from here
fast_fold = fold
__all__ = ["EntityRecognizer", "fast_fold", "text_view"]


def _to_original(s: int, e: int, offsets: list[int], n: int, text: str = "") -> tuple[int, int]:
    if not offsets:
        return s, e
    os_ = offsets[s]
    oe = offsets[e] if e < len(offsets) else n
    # a gloss after the last character belongs to the name ("協會(huì)"); white space does not, nor
    # a stray comma before a list mark (甲,、乙: textfold.STRAY_COMMA)
    if text[oe - 1:oe] in (",", "，") and text[oe:oe + 1] == "、":
        oe -= 1
    return os_, oe


# A(以下简称X) / A，以下简称“X” / A(X) (unquoted forms; the quoted parenthesis is handled above)
# (re finds no first character of an alternation of classes and tried it at every position; the
# scan tries it only at a bracket or comma where it matches, in C: prefilter, speed12)
ALIAS_RE = Prefiltered(re.compile(
    r"[(（](?:以下简称|以下称|下称|简称)[:：为]?([\u4e00-\u9fffA-Za-z0-9]{2,12})[)）]"
    r"|[,，]\s*(?:以下简称|以下称|简称)[:：为]?[“\"]([^”\"\n]{2,12})[”\"]"
    r"|[(（]([\u4e00-\u9fff]{2,8})[)）]"
), checked=True)


# patterns used inside the functions below, compiled once at import (not on first use)
APPOSITIONS_RE1 = re.compile(r"[,，]?\s*又名[“\"]([^”\"\n]{2,30})[”\"]")
APPOSITIONS_RE2 = re.compile(r"[(（](?:以下简称|下称|简称)?[“\"《]([^”\"》\n()（）]{2,12})[”\"》][)）]")
APPOSITIONS_RE3 = re.compile(r"(?:注册名称|正式名称|全称|简称)(?:为|是)[:：]?")
APPOSITIONS_RE4 = re.compile(r"即")
APPOSITIONS_RE5 = re.compile(r"——")
FORMER_NAME = re.compile(r"[(（]原")


Row = tuple[int, int, int]  # one mention span: (start token, end token, label id)


def _longest_first(rows: list[Row]) -> list[Row]:
    """`spacy.util.filter_spans` on rows: of overlapping spans the (first) longest wins, in start
    order. Same rule and same quirk (a span is checked against the tokens taken at its first and
    last token only), without a Span object per mention (tests/test_entities_doc.py compares)."""
    out: list[Row] = []
    seen: set[int] = set()
    for r in sorted(rows, key=lambda r: (r[1] - r[0], -r[0]), reverse=True):
        if r[0] not in seen and r[1] - 1 not in seen:
            out.append(r)
            seen.update(range(r[0], r[1]))
    return sorted(out, key=lambda r: r[0])


def _set_ents(doc: Doc, rows: list[Row]) -> None:
    """`doc.ents = spans` for non-overlapping (start, end, label id) rows, written as two token
    columns when the Doc has no entity annotation yet (as here, the first component to set it):
    the same token state (B/I/O and type; tests/test_entities_doc.py), without `set_ents`'
    per-token Python set lookups for the tokens outside any entity, nor a Span per entity."""
    if doc.to_array(ENT_IOB).any():
        doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in rows]
        return
    cols = np.zeros((len(doc), 2), dtype=np.uint64)
    cols[:, 0] = 2  # O
    kept = [r for r in rows if r[1] > r[0]]
    starts = np.array([r[0] for r in kept], dtype=np.int64)
    ends = np.array([r[1] for r in kept], dtype=np.int64)
    if kept and (starts[1:] >= ends[:-1]).all():
        # rows in start order, none overlapping the next (as _longest_first gives them): every
        # token of every row written at once (a numpy assignment per row and column cost ~1 us)
        lengths = ends - starts
        first = np.repeat(starts, lengths)  # each covered token's row start, then its offset in it
        inside = first + np.arange(len(first)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        cols[inside, 0] = 1  # I
        cols[starts, 0] = 3  # B
        cols[inside, 1] = np.repeat(np.array([r[2] for r in kept], dtype=np.uint64), lengths)
    else:
        for s, e, lab in rows:
            if e > s:
                cols[s, 0] = 3  # B
                cols[s + 1:e, 0] = 1  # I
                cols[s:e, 1] = lab
    doc.from_array([ENT_IOB, ENT_TYPE], cols)


class EntityRecognizer:
    """Finds mentions, groups them into entities, fills doc.ents and Doc._.entities."""

    def __init__(self, disabled: Iterable[str] = ()) -> None:
        # disabled: generators and filters switched off by name (bench/ablation.py)
        self.rec = Recognizer(disabled=disabled)

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.raw_text
        view, offsets = text_view(text)
        cands = self.rec.find(view)
        appos = self._appositions(view, cands)
        if appos:
            # an apposition mention replaces whatever the head rules made of the same words
            taken = bytearray(len(view) + 1)
            for c in appos:
                taken[c.start:c.end] = b"\x01" * (c.end - c.start)
            cands = [c for c in cands if not any(taken[c.start:c.end])] + appos
        cands = [c for c in cands if c.end > c.start]
        key_short_titles(view, cands, _key_of)  # 《措施》 after 《青山市…措施》: one Policy
        mapped = []
        for c in cands:
            # (a text without pinyin glosses has no offsets: the view's offsets are the text's)
            s, e = _to_original(c.start, c.end, offsets, len(text), text) if offsets else (c.start, c.end)
            while e > s and text[e - 1].isspace():
                e -= 1
            mapped.append(Cand(s, e, c.type, c.source, c.confidence, c.priority, c.key))
        bare = self._bare_heads(view, offsets, text, cands)
        groups = group_mentions(text, mapped)
        self._attach_bare(groups, bare, text)
        _attach_firm_short_forms(groups, view, offsets, text, cands)
        _attach_year_forms(groups, text)
        groups = _join_ownership_forms(groups)
        sents = doc._.sentence_spans or sentence_spans(text)
        if not doc._.sentence_spans:
            doc._.sentence_spans = sents
        entities, rows = self._entities(doc, text, groups, [s for s, _ in sents])
        _set_ents(doc, _longest_first(rows))
        doc.spans[CANDIDATES] = self._candidate_spans(doc, offsets, text)
        doc._.entities = entities
        return doc

    @staticmethod
    def _entities(
        doc: Doc, text: str, groups: list[Group], starts: list[int]
    ) -> tuple[list[Entity], list[Row]]:
        """The grouped entities, and a span row per distinct mention with its three span values
        (entity_name, source, confidence) stored where `span._` would store them.

        With the character tokenizer token i is character i, so a mention is its own token span
        and its values go straight into doc.user_data (`extensions.span_key`); a Span object and
        an accessor per mention cost more than the rest of this loop. Any other tokenizer goes
        through char_span, as does an empty mention."""
        by_char = len(doc) == len(text)
        user_data = doc.user_data
        label_id = doc.vocab.strings.add
        entities: list[Entity] = []
        rows: list[Row] = []
        # (hot loop, once per mention: the span keys written out from span_key's prefix, the
        # Mention made as its generated __init__ makes it; tests/test_speed14.py checks both)
        ud = _SPAN_KEY_PREFIX
        new_mention, set_attr, bisect_right = object.__new__, object.__setattr__, bisect.bisect_right
        for g in sorted(groups, key=_FIRST):
            name = entity_name(g)
            label = label_id(g.type)
            # (the mention the name is written as, else the most confident one: only then sought)
            name_src = next((c for c in g.mentions if text[c.start:c.end] == name), None)
            if name_src is None:
                name_src = max(g.mentions, key=lambda c: (c.confidence, -c.start))
            mentions = []
            seen = set()
            for c in sorted(g.mentions, key=_START):
                s, e = c.start, c.end
                if (s, e) in seen:
                    continue
                seen.add((s, e))
                si = bisect_right(starts, s) - 1
                mention = new_mention(Mention)
                set_attr(mention, "__dict__", {"sentence": si if si > 0 else 0, "start": s, "end": e,
                                               "text": text[s:e]})
                mentions.append(mention)
                if by_char and e > s:
                    user_data[(ud, "entity_name", s, e)] = name
                    user_data[(ud, "source", s, e)] = c.source
                    user_data[(ud, "confidence", s, e)] = c.confidence
                    rows.append((s, e, label))
                    continue
                span = doc.char_span(s, e, label=g.type, alignment_mode="expand")
                if span is not None:
                    ext = span._
                    ext.entity_name, ext.source, ext.confidence = name, c.source, c.confidence
                    rows.append((span.start, span.end, span.label))
            aliases = [f for f in sorted(g.forms, key=g.forms.__getitem__) if f != name]
            entities.append(Entity(name=name, type=g.type, aliases=aliases, mentions=mentions,
                                   source=name_src.source, confidence=max(map(_CONFIDENCE, g.mentions))))
        return entities, rows

    def _candidate_spans(self, doc: Doc, offsets: list[int], text: str) -> list[Span]:
        """Every generator's proposals (before the resolver), label = type, id_ = source.

        What each rule proposed stays inspectable (and usable by later components) like the
        matches of spaCy's SpanRuler. With the character tokenizer token i is character i, so
        spans are made directly; any other tokenizer goes through char_span.
        """
        out = []
        by_char = len(doc) == len(text)
        ids: dict[str, int] = {}  # label and source strings as StringStore ids, added once each
        add = doc.vocab.strings.add
        for c in self.rec.proposals:
            s, e = _to_original(c.start, c.end, offsets, len(text), text) if offsets else (c.start, c.end)
            if e <= s:
                continue
            lab = ids.get(c.type) or ids.setdefault(c.type, add(c.type))
            src = ids.get(c.source) or ids.setdefault(c.source, add(c.source))
            span = (Span(doc, s, e, label=lab, span_id=src) if by_char
                    else doc.char_span(s, e, label=c.type, alignment_mode="expand"))
            if span is not None:
                out.append(span)
        return out

    # ----------------------------------------------------------------------------------------
    def _appositions(self, t: str, cands: list[Cand]) -> list[Cand]:
        """A——B, A，又名“B”, A(“B”): B names the same thing as A."""
        out = []
        by_end = {c.end: c for c in cands}
        by_start = {c.start: c for c in cands}
        # (the pattern opens with optional parts, so re tries it at every position: a document
        # without its one literal, 又名, is not scanned)
        for m in APPOSITIONS_RE1.finditer(t) if "又名" in t else ():
            a = by_end.get(m.start())
            if a:
                out.append(Cand(m.start(1), m.end(1), a.type, "rule:apposition", a.confidence, 0,
                                key=_key_of(t, a)))
        for m in APPOSITIONS_RE2.finditer(t):
            a = by_end.get(m.start())
            if a:
                short = m.group(1)
                # a 《…》 short title keeps its brackets, like the full title it stands for
                s1, e1 = m.start(1), m.end(1)
                if t[s1 - 1] == "《":
                    s1, e1, short = s1 - 1, e1 + 1, t[s1 - 1:e1 + 1]
                out.append(Cand(s1, e1, a.type, "rule:apposition", a.confidence, 0, key=_key_of(t, a)))
                for c in cands:  # other mentions of the short form found by the rules
                    if t[c.start:c.end] == short and c.start != s1:
                        c.key, c.type = _key_of(t, a), a.type
                for s2, e2 in occurrences.spans(t, short):
                    if s2 != s1 and not any(c.start <= s2 < c.end for c in cands):
                        out.append(Cand(s2, e2, a.type, "rule:apposition", a.confidence, 0,
                                        key=_key_of(t, a)))
        out.extend(self._stated_aliases(t, cands, by_end))
        # A的注册名称为：B, A，全称为B: B names A
        for m in APPOSITIONS_RE3.finditer(t):
            b = by_start.get(m.end())
            prev = [c for c in cands if c.end <= m.start() and m.start() - c.end <= 40
                    and b is not None and c.type == b.type and c is not b]
            if b and prev:
                a = max(prev, key=lambda c: c.end)
                if "。" not in t[a.end:m.start()]:
                    out.append(Cand(b.start, b.end, a.type, "rule:apposition", b.confidence, 0,
                                    key=_key_of(t, a)))
        for m in APPOSITIONS_RE4.finditer(t):
            a, b = by_end.get(m.start()), by_start.get(m.end())
            if a and b and a.type in ("IndustrialPark", "Policy", "Project") and b.type in (
                "IndustrialPark", "Policy", "Project"
            ):
                out.append(
                    Cand(b.start, b.end, a.type, "rule:apposition", b.confidence, 0, key=_key_of(t, a))
                )
        for m in APPOSITIONS_RE5.finditer(t):
            a, b = by_end.get(m.start()), by_start.get(m.end())
            if a and b and a.type == b.type:
                b.key = _key_of(t, a)
        # A(原B): B is A's former name, the same body (东川工业部(原第三机械工业部))
        for m in FORMER_NAME.finditer(t) if "原" in t else ():
            a, b = by_end.get(m.start()), by_start.get(m.end())
            if a and b and a.type == b.type and t[b.end:b.end + 1] in ")）":
                b.key = _key_of(t, a)
        # the same for an unrecognised left side: "佛山市首支军民融合基金——佛山市军民融合产业投资基金"
        for c in cands:
            if t.startswith("——", c.start - 2) and (c.start - 2) not in by_end:
                s = c.start - 2
                i = s
                while (i > 0 and (is_cjk(t[i - 1]) or t[i - 1].isdigit()) and s - i < 20
                       and t[i - 1] not in "了的是"):
                    i -= 1
                head = t[i:s]
                if head and head[-2:] == c_head(t, c):
                    key = _key_of(t, c)
                    out.append(Cand(i, s, c.type, "rule:apposition", c.confidence * 0.9, 0, key=key))
        return out

    def _stated_aliases(self, t: str, cands: list[Cand], by_end: dict[int, Cand]) -> list[Cand]:
        """A(以下简称X), A，简称“X”, A(X): an alias the text states, quoted or not, with its later
        mentions (a later mention replaces shorter candidates inside it)."""
        out = []
        for m in ALIAS_RE.finditer(t):
            a = by_end.get(m.start())
            if a is None or a.type in ("Person", "Location"):
                continue
            g = next(i for i in (1, 2, 3) if m.group(i))
            s1, e1 = m.start(g), m.end(g)
            short = t[s1:e1]
            if g == 3 and (short in PAREN_QUALIFIERS or short[-1] in "期批" or a.end - a.start <= len(short)
                           or short not in t[e1 + 1:] or _is_place(short)):
                continue  # A(X) without quotes: only a name used again later, not a qualifier
            if any(c.start == s1 and c.end == e1 and c.type != a.type and c.type in ("Location", "Person")
                   for c in cands):
                continue
            key = _key_of(t, a)
            out.append(Cand(s1, e1, a.type, "rule:apposition", a.confidence, 0, key=key))
            for c in cands:
                if t[c.start:c.end] == short and c.start != s1:
                    c.key, c.type = key, a.type
            for s2, e2 in occurrences.spans(t, short):
                # a later mention replaces shorter or equal candidates inside it (航天六院 in 航天六院十一所)
                if s2 != s1 and not any(c.start <= s2 and c.end >= e2 and c.end - c.start > e2 - s2
                                        or c.start < s2 < c.end < e2 or s2 < c.start < e2 < c.end
                                        for c in cands):
                    out.append(Cand(s2, e2, a.type, "rule:apposition", a.confidence, 0, key=key))
        return out

    def _bare_heads(self, t: str, offsets, text: str, cands: list[Cand]) -> list[tuple[int, int, str]]:
        """本次峰会, 此次展洽会, 对接会期间: a bare head word standing for the document's entity."""
        out = []
        covered = bytearray(len(t) + 1)
        for c in cands:
            covered[c.start:c.end] = b"\x01" * (c.end - c.start)
        for h in DEICTIC_HEADS:  # 该园区, 本基地: the body of that kind named last
            for s, e in occurrences.spans(t, h):
                if not any(covered[s:e]) and t[s - 1:s] in DEICTIC_WORDS and s > 0 \
                        and t[e:e + 1] not in DEICTIC_NOT_FOLLOWED.get(h, "#"):
                    os_, oe = _to_original(s, e, offsets, len(text), text)
                    out.append((os_, oe, h))
        for h in BARE_HEADS:
            for s, e in occurrences.spans(t, h):
                if any(covered[s:e]):
                    continue
                prev = t[max(0, s - 2):s]
                before = t[s - 1:s]
                if h in DEICTIC_HEADS and before in DEICTIC_WORDS:
                    continue  # 该基金: taken above as the fund named last
                if h == "中心" and before not in ("该", "本", "此"):
                    continue  # 该中心: only a deictic makes the bare word a reference
                after_stop = before in ("该", "本", "。", "，", ",", "\n", "")
                if h == "仪式":  # 在仪式上指出: the ceremony reported on
                    after_stop = before == "在" and t.startswith("上", e)
                elif before == "在" and t.startswith(("上", "期间"), e) and h.endswith("会") \
                        and HEAD_INFO.get(h, ("Event",))[0] == "Event":
                    after_stop = True  # 在座谈会上发言: the meeting the document reports
                if prev in ("本次", "此次", "这次", "该次") or after_stop or s == 0:
                    os_, oe = _to_original(s, e, offsets, len(text), text)
                    out.append((os_, oe, h))
        return out

    def _attach_bare(self, groups, bare, text: str) -> None:
        for s, e, h in bare:
            if h in DEICTIC_HEADS and fold(text[s - 1:s]) in DEICTIC_WORDS and s > 0:
                g = _deictic_referent(groups, s, h, text)
                if g is not None:
                    g.mentions.append(Cand(s, e, g.type, "rule:deictic_head", 0.6, 0))
                continue
            # the entity the head word names (协会 -> …技术协会, not …协会第六届会员代表大会)
            htype = HEAD_INFO.get(h, ("",))[0]
            # (forms as written, the head folded: 座談會 is a 座谈会)
            targets = [g for g in groups if g.type not in ("Person", "Location")
                       and (not htype or g.type == htype) and any(fold(f).endswith(h) for f in g.forms)]
            targets = targets or [g for g in groups if g.type not in ("Person", "Location")
                                  and any(h in fold(f) for f in g.forms)]
            if not targets:
                continue
            g = min(targets, key=lambda g: g.first)
            g.mentions.append(Cand(s, e, g.type, "rule:bare_head", 0.6, 0))
            g.forms.setdefault(text[s:e], s)


def _deictic_referent(groups: list[Group], s: int, h: str, text: str) -> Group | None:
    """The group a deictic head at s (该项目, 该基金, 本基地) refers back to: the one of the head's
    type named last before it, or None.

    Why (rel17, READ u2, u8, u20, u35, u43, u58, u63): "根据《青山市甲办法》…，制定本办法": 本/此 + a
    head of a document's own text (DEICTIC_SELF_HEADS) is the text being read (`_own_text`), not
    the policy it cites, which the nearest earlier Policy always was; 该办法 still refers back."""
    typ = DEICTIC_HEADS[h]
    if h in DEICTIC_SELF_HEADS and fold(text[s - 1:s]) != "该":
        return _own_text(groups, typ, h, text)
    before = [(max(c.start for c in g.mentions if c.start < s), g) for g in groups
              if g.type == typ and any(c.start < s for c in g.mentions)]
    return max(before, key=lambda x: x[0])[1] if before else None


def _own_text(groups: list[Group], typ: str, h: str, text: str) -> Group | None:
    """The text being read, when its headline names it: the one group of the type first named in
    the first line whose name ends with the head ("东川市关于…的实施意见\n…制定本实施意见"), else None."""
    line_end = text.find("\n")
    if line_end < 0:
        return None
    own = [g for g in groups if g.type == typ and min(c.start for c in g.mentions) < line_end
           and any(fold(f).rstrip("》”\"").endswith(h) for f in g.forms)]
    return own[0] if len(own) == 1 else None


def _short_firm(k: str) -> str:
    """The short name a firm's full name leaves (grouping._firm_core, or without a closing 公司:
    青山航电公司 -> 青山航电), or '' for a name with no legal form: a place dropped alone leaves a
    kind of firm (东川省军工集团 -> 军工集团), not its own short name."""
    if _LEGAL_END.search(k):
        return _firm_core(k)
    core = _firm_core(k)
    return core[:-2] if core.endswith("公司") and not core.endswith("集团公司") else ""


def _attach_firm_short_forms(groups: list[Group], t: str, offsets, text: str, cands: list[Cand]) -> None:
    """致臻智造 after 北京致臻智造科技有限公司: a firm's name without its place and legal form
    (grouping._firm_core), written where no rule found a name, is that firm in this document.
    Grouping joins such a form only when a rule proposed it; the relation rules need the mention
    in the sentence that states the relation. Cores of four or more characters, one firm each."""
    firms = [g for g in groups if g.type == "Enterprise"]
    if not firms:
        return
    owner: dict[str, list[Group]] = {}
    for g in firms:
        for core in {_short_firm(_compare_form(f)) for f in g.forms}:
            if len(core) >= 4 and all(fold(f) != core for f in g.forms):
                owner.setdefault(core, []).append(g)
    covered = bytearray(len(t) + 1)
    for c in cands:
        covered[c.start:c.end] = b"\x01" * (c.end - c.start)
    for core, gs in owner.items():
        if len(gs) != 1:
            continue
        for s, e in occurrences.spans(t, core):
            if any(covered[s:e]):
                continue
            covered[s:e] = b"\x01" * (e - s)
            os_, oe = _to_original(s, e, offsets, len(text), text)
            gs[0].mentions.append(Cand(os_, oe, "Enterprise", "rule:firm_short", 0.6, 0))
            gs[0].forms.setdefault(text[os_:oe], os_)


def _attach_year_forms(groups: list[Group], text: str) -> None:
    """2020年度市委议军会议, 2019年全市国动委全体会议: a sitting written with the year it is for (any
    event) or held in (a body's own sitting: name_rules.EVENT_SITTING_WORDS) is that sitting, and the
    year form is one of its forms (annotated batches name it so; the form
    without 年 stays the name, grouping.entity_name). The head rule leaves dates out
    of an event's name (name_rules.EVENT_LEADING_YEAR); joining the year form as a form, not as a new
    name or mention, keeps the sitting one entity with the other mentions grouping gave it. Of forms
    with two years (听取2023年议军会议精神落实情况及2024年议军会议…) only the latest year's are
    joined: the earlier is last year's sitting, another event."""
    if "年" not in text:
        return
    for g in groups:
        if g.type != "Event":
            continue
        dated: dict[str, tuple[str, int]] = {}
        for f in list(g.forms):
            sitting = any(w in fold(f) for w in EVENT_SITTING_WORDS)
            for s, _ in occurrences.spans(text, f):
                m = EVENT_YEAR_OF_SITTING.search(text, max(0, s - 6), s)
                if m and (text[s - 1] == "度" or sitting):
                    dated.setdefault(text[m.start():s + len(f)], (text[m.start():m.start() + 4], m.start()))
        latest = max((y for y, _ in dated.values()), default="")
        for form, (year, at) in dated.items():
            if year == latest:
                g.forms.setdefault(form, at)


def _join_ownership_forms(groups: list[Group]) -> list[Group]:
    """国营东川机械厂 … 东川机械厂: a firm written with and without its ownership word is one firm
    (the batches give the short form as the alias). The group without the word joins the one with it."""
    firms = [g for g in groups if g.type == "Enterprise"]
    if len(firms) < 2:
        return groups
    by_form = {f: g for g in firms for f in g.forms}
    gone: set[int] = set()
    for g in firms:
        for f in list(g.forms):
            if not f.startswith(OWNERSHIP_PREFIXES):
                continue
            other = by_form.get(f[2:])
            if other is not None and other is not g and id(other) not in gone:
                g.mentions.extend(other.mentions)
                for k, v in other.forms.items():
                    g.forms.setdefault(k, v)
                g.keys |= other.keys
                gone.add(id(other))
    return [g for g in groups if id(g) not in gone] if gone else groups


def _is_place(w: str) -> bool:
    lx = lexicon()
    return w in lx.places_full or w in lx.places_short or w in lx.regions


def _key_of(t: str, c: Cand) -> str:
    return c.key or abbreviate(t[c.start:c.end])


def c_head(t: str, c: Cand) -> str:
    return t[c.end - 2:c.end]


@Language.factory("mcf_entities", default_config={"disabled": []})
def make_entities(nlp: Language, name: str, disabled: list[str]) -> EntityRecognizer:
    return EntityRecognizer(disabled)
