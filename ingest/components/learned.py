"""The `mcf_learned_spans` component: a small statistical tagger that proposes entity spans the
rules left out (brand and short company names, unquoted plans and projects, weak heads such as
…中心, …专项, …试点), and adds them only where no rule entity lies.

The model is a spaCy `tagger` over characters (one token per character, like the rule pipeline)
with BIO labels ("B-Enterprise", "I-Enterprise", "O"); its features are the character, the
character bigram starting there and the shape, encoded by a CNN over a window of characters. A
tagger (rather than spaCy's transition-based `ner`) gives a probability per character, so every
span carries the model's confidence: the mean probability of its tags. It is trained offline by
`scripts/train_spans.py` (ingest/learned_training.py) and shipped as package data under
`ingest/models/spans/` with a meta.json naming the training data hash, seed and spaCy version;
nothing is downloaded at run time.

Whether the component runs is a switch (`MCFGRAPH_LEARNED_SPANS=on|off`, see
ingest/pipeline.py), so its effect can be measured; docs/QUALITY.md says whether it earns its
place on fresh text.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans
from spacy.vocab import Vocab

from graph.model import Entity, Mention
from ingest import extensions
from ingest.components import gen_heads, head_filters, learned_gate
from ingest.components.lexicon import lexicon
from ingest.components.name_context import NameContext
from ingest.components.name_rules import HEAD_INFO
from ingest.textfold import fold as fast_fold
from ingest.textfold import text_view

extensions.register()

SOURCE = "learned"
_PUNCT = set("，。、；：！？,;:!?\n“”\"")
OUTSIDE = "O"


def default_model_path() -> Path:
    """The model shipped inside the package."""
    return Path(str(resources.files("ingest") / "models" / "spans"))


# ---------------------------------------------------------------------------------------------
# the model's tokenizer: characters, with the bigram as NORM feature
# ---------------------------------------------------------------------------------------------


class CharFeatureTokenizer:
    """One token per character (as in the rule pipeline); NORM holds the bigram starting there,
    so the hash embedding sees two-character words (集团, 中心, 专项) as well as characters."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = list(text)
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        for i, tok in enumerate(doc):
            tok.norm_ = text[i:i + 2]
        return doc

    # no state to save: spaCy calls these when (de)serialising the model
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> CharFeatureTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> CharFeatureTokenizer:
        return self


@spacy.registry.tokenizers("mcf_char_feature_tokenizer.v1")
def create_char_feature_tokenizer():
    def make(nlp):
        return CharFeatureTokenizer(nlp.vocab)

    return make


# ---------------------------------------------------------------------------------------------
# prediction
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    """A span the model proposes: character offsets, entity type, mean tag probability."""

    start: int
    end: int
    type: str
    confidence: float


def decode(tags: list[str], probs: list[float]) -> list[Proposal]:
    """BIO tags -> spans. An I- tag after O or after another type opens a span (a tagger without a
    transition model can emit one); the confidence is the mean probability of the span's tags."""
    out: list[Proposal] = []
    start, typ = -1, ""

    def close(end: int) -> None:
        if start >= 0:
            out.append(Proposal(start, end, typ, float(np.mean(probs[start:end]))))

    for i, tag in enumerate(tags):
        if tag == OUTSIDE:
            close(i)
            start, typ = -1, ""
            continue
        bio, _, t = tag.partition("-")
        if bio == "B" or t != typ or start < 0:
            close(i)
            start, typ = i, t
    close(len(tags))
    return out


class SpanModel:
    """The trained tagger, loaded from a directory written by `Language.to_disk`."""

    def __init__(self, path: Path) -> None:
        if not (path / "config.cfg").exists():
            raise FileNotFoundError(f"{path}: no trained span model here (run scripts/train_spans.py)")
        self.nlp = spacy.load(path)
        self.ner = self.nlp.get_pipe("ner") if "ner" in self.nlp.pipe_names else None
        self.tagger = None if self.ner is not None else self.nlp.get_pipe("tagger")
        self.labels = [OUTSIDE] if self.ner is not None else list(self.tagger.labels)
        self.meta = dict(self.nlp.meta)

    def propose(self, text: str) -> list[Proposal]:
        """Spans in `text` (original offsets), with their confidence (no threshold applied). The
        model reads the rules' view of the text: folded to simplified, pinyin glosses removed."""
        return self.read(text)[0]

    def read(self, text: str) -> tuple[list[Proposal], np.ndarray]:
        """(proposals, tag probabilities per character of `text`): one model pass serves the
        proposals and the veto/type checks of rule entities. Characters outside the model's view
        (pinyin glosses) get a zero row."""
        probs = np.zeros((len(text), len(self.labels)), dtype="float32")
        if not text.strip():
            return [], probs
        view, offsets = text_view(text)
        if self.ner is not None:  # transition-based: spans, no per-character probabilities
            spans = [Proposal(s.start_char, s.end_char, s.label_, 1.0) for s in self.nlp(view).ents]
            if offsets:
                spans = [Proposal(offsets[p.start], offsets[p.end - 1] + 1, p.type, 1.0) for p in spans]
            return spans, probs
        scores = self._scores(view)
        spans = _spans_of(scores, self.labels)
        if not offsets:
            probs[:len(view)] = scores
            return spans, probs
        probs[np.asarray(offsets, dtype=int)] = scores
        moved = [Proposal(offsets[p.start], offsets[p.end - 1] + 1, p.type, p.confidence) for p in spans]
        return moved, probs

    def read_windows(self, text: str, windows: list[tuple[int, int]]) -> list[Proposal]:
        """Proposals in the character windows of `text` only (the person gate, learned9). The
        windows' views are read as one text (one model call: a call per window costs more than
        its characters); a span touching a window's edge inside the text is dropped, so a span
        never joins two windows and none is read without its context."""
        if not windows or self.tagger is None:
            return []
        views = [text_view(text[a:b]) for a, b in windows]
        starts = list(itertools.accumulate((len(v) for v, _ in views), initial=0))
        out: list[Proposal] = []
        for p in _spans_of(self._scores("".join(v for v, _ in views)), self.labels):
            k = bisect.bisect_right(starts, p.start) - 1
            (a, b), (view, offsets) = windows[k], views[k]
            s, e = p.start - starts[k], p.end - starts[k]
            if e > len(view) or (s == 0 and a > 0) or (e == len(view) and b < len(text)):
                continue
            if offsets:
                s, e = offsets[s], offsets[e - 1] + 1
            out.append(Proposal(a + s, a + e, p.type, p.confidence))
        return out

    def _scores(self, text: str) -> np.ndarray:
        doc = self.nlp.make_doc(text)
        scores = self.tagger.model.predict([doc])[0]
        return scores if isinstance(scores, np.ndarray) else scores.get()

    def type_columns(self) -> dict[str, list[int]]:
        """Entity type -> the B-/I- label columns of that type."""
        cols: dict[str, list[int]] = {}
        for j, label in enumerate(self.labels):
            if label != OUTSIDE:
                cols.setdefault(label.partition("-")[2], []).append(j)
        return cols


def _spans_of(scores: np.ndarray, labels: list[str]) -> list[Proposal]:
    """Argmax tags -> spans (see decode)."""
    best = scores.argmax(axis=1)
    tags = [labels[j] for j in best]
    probs = scores[np.arange(len(best)), best].tolist()
    return decode(tags, probs)


@lru_cache(maxsize=4)
def load_model(path: str = "") -> SpanModel:
    """One loaded model per process and path."""
    return SpanModel(Path(path) if path else default_model_path())


# ---------------------------------------------------------------------------------------------
# the pipeline component
# ---------------------------------------------------------------------------------------------


MODES = ("add", "veto", "type", "boundary")
# the rules' own checks an added span can be put through (`rule_checks`; learned5): "left" cuts the
# context the rules cut off a name's front (a stop word inside the span, leading function words,
# dates, a clause's verb); "head" judges a span that ends in a head word of heads.tsv as the
# head-word rule judges its own candidates (gen_heads._type_and_check: the rules' verdict and type);
# "filters" puts a span ending in no head word through the named reject rules that apply to every
# head class (ingest/data/head_filters.tsv, "*" rows); "specific" asks such a span to name one thing
# (a place, a proper name, a number, a quotation: NameContext.specific)
RULE_CHECKS = ("left", "head", "filters", "specific")


class LearnedSpans:
    """What the model may do, by `modes`: "add" the model's spans that no rule entity overlaps;
    "veto" a rule entity (of `veto_types`, or any type when empty) the model reads as plain text
    (mean P(O) over all its mentions at least `veto_threshold`); "type" a rule entity the model
    gives another type (that type's mean probability over its mentions at least `type_threshold`);
    "boundary" move the edges of a rule entity (of `boundary_types`, or any type when empty) to
    where the model puts them (see move_boundaries). What "add" adds can be narrowed by data: `types`
    (the model's type, and after the head check the rules' type), `novel_ends` (only spans that end
    in no head word of heads.tsv: what the head-word rule cannot have proposed) and `rule_checks`
    (RULE_CHECKS: the rules' own checks, which may cut a span's front or reject it). Writes doc.ents
    and Doc._.entities."""

    def __init__(self, model_path: str, threshold: float, min_length: int, types: list[str],
                 modes: list[str] | None = None, veto_threshold: float = 0.95,
                 type_threshold: float = 0.9, veto_types: list[str] | None = None,
                 boundary_threshold: float = 0.9, boundary_types: list[str] | None = None,
                 novel_ends: bool = False, rule_checks: list[str] | None = None,
                 gate: bool = False, gate_context: int = 8) -> None:
        self.model_path = model_path
        self.threshold = threshold
        self.min_length = min_length
        self.types = set(types)
        self.modes = set(modes if modes is not None else ["add"])
        unknown = self.modes - set(MODES)
        if unknown:
            raise ValueError(f"mcf_learned_spans: unknown modes {sorted(unknown)} (known: {MODES})")
        self.veto_threshold = veto_threshold
        self.veto_types = set(veto_types or [])
        self.type_threshold = type_threshold
        self.boundary_threshold = boundary_threshold
        self.boundary_types = set(boundary_types or [])
        self.novel_ends = novel_ends
        self.gate = gate
        self.gate_context = gate_context
        if gate and self.modes != {"add"}:
            raise ValueError("mcf_learned_spans: the gate (learned_gate.py) serves the \"add\" mode only")
        self.rule_checks = set(rule_checks or [])
        unknown = self.rule_checks - set(RULE_CHECKS)
        if unknown:
            raise ValueError(f"mcf_learned_spans: unknown rule_checks {sorted(unknown)} "
                             f"(known: {RULE_CHECKS})")

    def accept(self, p: Proposal, text: str) -> bool:
        """A proposal worth adding: confident, long enough, of an allowed type, no punctuation
        inside, and not cutting a common word in two at either edge (国家级军|民…, 航|天城: a
        fragment of a longer name the model could not delimit)."""
        if not (p.confidence >= self.threshold and (not self.types or p.type in self.types)):
            return False
        return self.plausible(p, text)

    def plausible(self, p: Proposal, text: str) -> bool:
        """The surface checks of `accept` without its confidence and type conditions."""
        surface = text[p.start:p.end]
        if not (p.end - p.start >= self.min_length
                and surface == surface.strip() and not any(ch in _PUNCT for ch in surface)):
            return False
        if sum(is_cjk(ch) for ch in surface) < 2 or not is_cjk(surface[0]):
            return False  # placeholders (XX), stray quotes
        lx = lexicon()
        if _plain_word(lx, fast_fold(surface)):
            return False  # 战略, 基金: a dictionary word, not a name
        left = fast_fold(text[p.start - 1:p.start + 1]) if p.start > 0 else ""
        right = fast_fold(text[p.end - 1:p.end + 1]) if p.end < len(text) else ""
        return not any(len(w) == 2 and lx.is_common_word(w) for w in (left, right))

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.raw_text
        model = load_model(self.model_path)
        if self.gate:
            return self._add_gated(doc, text, model)
        raw, probs = model.read(text)
        if self.modes & {"veto", "type"}:
            self._check_rules(doc, model, probs)
        if "boundary" in self.modes:
            move_boundaries(doc, [p for p in raw if p.confidence >= self.boundary_threshold
                                  and self.plausible(p, text)], self.boundary_types)
        if "add" not in self.modes:
            return doc
        return self._add_proposals(doc, text, raw)

    def _add_gated(self, doc: Doc, text: str, model: SpanModel) -> Doc:
        """"add" where the person gate opens a window (learned_gate.py): the model reads only the
        windows, so a document costs it a tenth of its characters or less."""
        taken = _taken(doc, len(text))
        persons = [(m.start, m.end) for e in doc._.entities if e.type == "Person" for m in e.mentions]
        windows = learned_gate.gate_windows(fast_fold(text), persons, bytes(taken), self.gate_context)
        return self._add_proposals(doc, text, model.read_windows(text, windows))

    def _add_proposals(self, doc: Doc, text: str, raw: list[Proposal]) -> Doc:
        """The "add" mode on the model's proposals: accepted, checked, added where no rule span is."""
        proposals = [p for p in raw if self.accept(p, text)]
        if self.novel_ends:  # only what the head-word rule cannot have proposed
            proposals = [p for p in proposals if not head_at_end(text[p.start:p.end])]
        if self.rule_checks and proposals:
            folded = fast_fold(text)
            proposals = [q for p in proposals if (q := self.ruled(p, text, folded)) is not None]
        if not proposals:
            return doc
        new, entities = free_proposals(doc, text, proposals)
        if new:
            self._add(doc, text, new, entities)
        return doc

    def ruled(self, p: Proposal, text: str, t: str) -> Proposal | None:
        """The proposal after the rules' own checks of `rule_checks` (on `t`, the folded text, same
        offsets): its front cut as the rules cut a name's front, its type the head-word rule's where
        it ends in a head word; None where a check rejects it."""
        s, e, typ = p.start, p.end, p.type
        head = head_at_end(t[s:e])
        ms = e - len(head)
        checks = self.rule_checks
        if "left" in checks and ms > s:
            s = cut_front(t, s, ms, e, head, HEAD_INFO[head][0] if head else typ)
        if head and "head" in checks:
            htyp, cls = HEAD_INFO[head]
            typ = gen_heads._type_and_check(_context(), t, head, htyp, cls, t[s:ms], s, ms, e)[0]
            if not typ:
                return None
        if not head and "filters" in checks:
            h = head_filters.HeadCand(t, "", typ, "", t[s:e], s, e, e)
            if head_filters.rejected(_context(), h, "pre") or head_filters.rejected(_context(), h, "post"):
                return None
        if not head and "specific" in checks and not _context().specific(t[s:e]):
            return None
        q = Proposal(s, e, typ, p.confidence)
        if (self.types and typ not in self.types) or not self.plausible(q, text):
            return None
        return q

    def _check_rules(self, doc: Doc, model: SpanModel, probs: np.ndarray) -> None:
        """Veto or retype rule entities from the model's reading of all their mentions (a
        transition-based model has no per-character probabilities: it serves "add" only)."""
        if model.ner is not None:
            return
        cols = model.type_columns()
        outside = model.labels.index(OUTSIDE) if OUTSIDE in model.labels else -1
        dropped: set[str] = set()
        retyped: dict[str, str] = {}
        for e in doc._.entities:
            idx = [i for m in e.mentions for i in range(m.start, min(m.end, len(probs)))]
            if not idx:
                continue
            rows = probs[idx]
            plain = float(rows[:, outside].mean()) if outside >= 0 else 0.0
            vetoable = not self.veto_types or e.type in self.veto_types
            if "veto" in self.modes and vetoable and plain >= self.veto_threshold:
                dropped.add(e.name)
                continue
            if "type" in self.modes:
                mass = {t: float(rows[:, c].sum(axis=1).mean()) for t, c in cols.items()}
                best = max(sorted(mass), key=mass.__getitem__)
                if best != e.type and mass[best] >= self.type_threshold:
                    e.type = best
                    e.source = f"{e.source}+learned_type"
                    retyped[e.name] = best
        if not dropped and not retyped:
            return
        doc._.entities = [e for e in doc._.entities if e.name not in dropped]
        spans = []
        for s in doc.ents:
            name = s._.entity_name or s.text
            if name in dropped:
                continue
            if name in retyped:
                new = doc.char_span(s.start_char, s.end_char, label=retyped[name])
                if new is not None:
                    for attr in ("entity_name", "source", "confidence"):
                        setattr(new._, attr, getattr(s._, attr))
                    s = new
            spans.append(s)
        doc.ents = spans

    def _add(self, doc: Doc, text: str, new: list[Proposal], entities: list[Entity]) -> None:
        add_proposals(doc, text, new, entities, SOURCE)


def free_proposals(doc: Doc, text: str, proposals: list[Proposal]) -> tuple[list[Proposal], list[Entity]]:
    """The proposals that touch no rule span nor any mention of a rule entity, with the document's
    entities: a model only adds what the rules left untouched (both learned components)."""
    taken = _taken(doc, len(text))
    return [p for p in proposals if not any(taken[p.start:p.end])], list(doc._.entities)


def _taken(doc: Doc, n: int) -> bytearray:
    """1 for each character of a rule span or a rule entity's mention (what a model may not add to)."""
    taken = bytearray(n + 1)
    for span in doc.ents:
        taken[span.start_char:span.end_char] = b"\x01" * (span.end_char - span.start_char)
    for e in doc._.entities:
        for m in e.mentions:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    return taken


def add_proposals(doc: Doc, text: str, new: list[Proposal], entities: list[Entity], source: str) -> None:
    """One entity per surface form; a form that is already a rule entity's name or alias becomes
    one more mention of that entity (its type stays the rules'). Shared by every model that adds
    spans after the rules (this tagger, ingest/components/learned_lac.py)."""
    starts = [s for s, _ in doc._.sentence_spans]
    by_form = {f: e for e in entities for f in [e.name, *e.aliases]}
    spans = list(doc.ents)
    for p in new:
        surface = text[p.start:p.end]
        si = max(0, bisect.bisect_right(starts, p.start) - 1)
        mention = Mention(sentence=si, start=p.start, end=p.end, text=surface)
        ent = by_form.get(surface)
        if ent is None:
            ent = Entity(name=surface, type=p.type, source=source, confidence=round(p.confidence, 3))
            entities.append(ent)
            by_form[surface] = ent
        ent.mentions.append(mention)
        span = doc.char_span(p.start, p.end, label=ent.type)
        if span is not None:
            span._.entity_name = ent.name
            span._.source = source
            span._.confidence = round(p.confidence, 3)
            spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    doc._.entities = entities


def move_boundaries(doc: Doc, proposals: list[Proposal], types: set[str]) -> None:
    """"boundary" mode: a rule entity whose name mentions the model delimits otherwise (one
    confident proposal overlapping the mention, other edges, touching no other entity) takes the
    model's extent as its name, at every name mention where the model agrees (青山智造 -> 青山智造中心,
    青山市政府主办 -> 青山市政府). Its type stays the rules'. Entities the model disagrees with at
    different mentions, or whose new form is another entity's, are left alone."""
    text = doc._.raw_text
    owner = [-1] * (len(text) + 1)
    entities = list(doc._.entities)
    forms = {f for e in entities for f in [e.name, *e.aliases]}
    for span in doc.ents:  # spans of no entity count as taken
        owner[span.start_char:span.end_char] = [-2] * (span.end_char - span.start_char)
    for k, e in enumerate(entities):
        for m in e.mentions:
            owner[m.start:m.end] = [k] * (m.end - m.start)
    starts = [p.start for p in proposals]
    moved: dict[tuple[int, int], tuple[int, int, str]] = {}  # old mention extent -> new extent, name
    for k, e in enumerate(entities):
        if types and e.type not in types:
            continue
        new: dict[tuple[int, int], tuple[int, int]] = {}
        for m in e.mentions:
            if m.text != e.name:
                continue
            lo = bisect.bisect_left(starts, m.start - 40)
            hits = [p for p in proposals[lo:] if p.start < m.end and p.end > m.start]
            if len(hits) == 1 and (hits[0].start, hits[0].end) != (m.start, m.end) and all(
                    owner[i] in (-1, k) for i in range(hits[0].start, hits[0].end)):
                new[(m.start, m.end)] = (hits[0].start, hits[0].end)
        surfaces = {text[s:t] for s, t in new.values()}
        if len(surfaces) != 1 or next(iter(surfaces)) in forms:
            continue
        name = surfaces.pop()
        for (s, t), (ns, nt) in new.items():
            moved[(s, t)] = (ns, nt, name)
        e.mentions = [Mention(m.sentence, *moved[(m.start, m.end)][:2], name)
                      if (m.start, m.end) in new else m for m in e.mentions]
        e.aliases = [a for a in e.aliases if a != name]
        e.name, e.source = name, f"{e.source}+learned_boundary"
        forms.add(name)
    if moved:
        _move_spans(doc, moved, {e.name for e in entities})


def _move_spans(doc: Doc, moved: dict[tuple[int, int], tuple[int, int, str]], names: set[str]) -> None:
    """doc.ents follow the moved mentions (the span at an old extent is replaced by one at the new
    extent carrying the new entity name)."""
    text = doc._.raw_text
    renamed = {old: new for old, new in ((text[s:t], n) for (s, t), (_, _, n) in moved.items())}
    spans = []
    for s in doc.ents:
        name = s._.entity_name or s.text
        key = (s.start_char, s.end_char)
        if key in moved:
            ns, nt, new_name = moved[key]
            span = doc.char_span(ns, nt, label=s.label_)
            if span is None:
                continue
            span._.source, span._.confidence = s._.source, s._.confidence
            span._.entity_name, s = new_name, span
        elif name in renamed and name not in names:
            s._.entity_name = renamed[name]
        spans.append(s)
    doc.ents = sorted(filter_spans(spans), key=lambda s: s.start)  # (a moved span may overlap an alias)


def head_at_end(surface: str) -> str:
    """The longest head word of heads.tsv that `surface` ends in ("" when none)."""
    for k in range(min(len(surface), 8), 0, -1):
        if surface[-k:] in HEAD_INFO:
            return surface[-k:]
    return ""


@lru_cache(maxsize=1)
def _context() -> NameContext:
    return NameContext()


def cut_front(t: str, s: int, ms: int, e: int, head: str, typ: str) -> int:
    """Where the rules would start a name whose body runs from s to ms (its head, if any, to e):
    after the last stop word inside (a verb, preposition, conjunction, deictic), then after the
    leading function words, dates and clause verbs the head-word rule trims."""
    ctx = _context()
    s = max(s, ctx.left_extend(t, ms, e, maxlen=ms - s)[0])
    if s < ms:
        s = gen_heads._trimmed_front(ctx, t, head, typ, s, ms, e)
    if s < ms:
        s = gen_heads._start_after_context(ctx, t, typ, s, ms)
    return s


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _plain_word(lx, w: str) -> bool:
    """A frequent dictionary word that jieba does not tag as a name (nr, ns, nt, nz)."""
    fp = lx.jieba_words.get(w)
    return bool(fp and fp[0] >= 50 and not fp[1].startswith(("nr", "ns", "nt", "nz")))


@Language.factory(
    "mcf_learned_spans",
    default_config={"model_path": "", "threshold": 0.8, "min_length": 3, "types": [],
                    "modes": ["add"], "veto_threshold": 0.95, "type_threshold": 0.9, "veto_types": [],
                    "boundary_threshold": 0.9, "boundary_types": [], "novel_ends": False, "rule_checks": [],
                    "gate": False, "gate_context": 8},
)
def make_learned_spans(nlp: Language, name: str, model_path: str, threshold: float, min_length: int,
                       types: list[str], modes: list[str], veto_threshold: float,
                       type_threshold: float, veto_types: list[str], boundary_threshold: float,
                       boundary_types: list[str], novel_ends: bool, rule_checks: list[str], gate: bool,
                       gate_context: int) -> LearnedSpans:
    return LearnedSpans(model_path, threshold, min_length, types, modes, veto_threshold, type_threshold,
                        veto_types, boundary_threshold, boundary_types, novel_ends, rule_checks, gate,
                        gate_context)
