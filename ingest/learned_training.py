"""Offline training of the learned span tagger (see ingest/components/learned.py).

Training data, as character spans over texts:
- gold documents (../shared/gold seeds + dev): every occurrence of an entity's name or alias in
  its text, longest first, without overlaps;
- weak supervision: the rule pipeline's own entity spans (doc.ents) on unlabelled texts
  (corpus/unlabelled/*.txt), so the model sees more contexts than 15 gold texts hold.
Texts are cut at sentence ends into chunks of at most MAX_CHUNK characters. Training is seeded
(spaCy's fix_random_seed and a seeded shuffle) so the same data and seed give the same model.
Not imported at run time: only by scripts/train_spans.py and the tests.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import random
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed, load_model_from_config, minibatch

from ingest.components import learned as _learned  # noqa: F401  (registers the tokenizer)
from ingest.textfold import text_view

MAX_CHUNK = 200
_CUT = re.compile(r"[^。！？!?；;\n]*[。！？!?；;\n]?")

# the character-feature tok2vec both architectures share
_TOK2VEC = """\
[components.{comp}.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[components.{comp}.model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["ORTH", "NORM", "SHAPE"]
rows = [{rows}, {rows2}, 64]
include_static_vectors = false

[components.{comp}.model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = {window}
maxout_pieces = 3
"""


CONFIG = """
[nlp]
lang = "zh"
pipeline = ["tagger"]
tokenizer = {"@tokenizers": "mcf_char_feature_tokenizer.v1"}

[components]

[components.tagger]
factory = "tagger"

[components.tagger.model]
@architectures = "spacy.Tagger.v2"
nO = null
normalize = true

""" + _TOK2VEC.replace("{comp}", "tagger")


NER_CONFIG = """
[nlp]
lang = "zh"
pipeline = ["ner"]
tokenizer = {"@tokenizers": "mcf_char_feature_tokenizer.v1"}

[components]

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

""" + _TOK2VEC.replace("{comp}", "ner")


@dataclass
class Labelled:
    """A text with entity spans (start, end, type) in character offsets."""

    id: str
    text: str
    spans: list[tuple[int, int, str]]
    origin: str  # "gold" or "weak"


@dataclass
class Settings:
    seed: int = 0
    epochs: int = 20
    width: int = 64
    depth: int = 4
    window: int = 2  # depth x window characters of context on each side
    rows: int = 3000
    dropout: float = 0.15
    batch_size: int = 16
    gold_repeat: int = 2  # gold chunks count this many times per epoch (weak labels are noisier)
    arch: str = "tagger"  # "tagger" (BIO per character, with probabilities) or "ner" (transition-based)
    extra: dict = field(default_factory=dict)


def gold_occurrences(text: str, entities: list[dict]) -> list[tuple[int, int, dict]]:
    """Occurrences of every gold form (name and aliases) in the text with the entity it names, in
    text order; where two overlap the longer wins (both learned components train on these)."""
    found = []
    for e in entities:
        for form in {e["name"], *(e.get("aliases") or [])}:
            if not form:
                continue
            i = text.find(form)
            while i >= 0:
                found.append((i, i + len(form), e))
                i = text.find(form, i + 1)
    taken = bytearray(len(text) + 1)
    out = []
    for s, e, ent in sorted(found, key=lambda x: (-(x[1] - x[0]), x[0])):
        if not any(taken[s:e]):
            taken[s:e] = b"\x01" * (e - s)
            out.append((s, e, ent))
    return sorted(out, key=lambda x: (x[0], x[1]))


def gold_spans(text: str, entities: list[dict]) -> list[tuple[int, int, str]]:
    """Occurrences of every gold form in the text, typed; longer forms win where two overlap."""
    return [(s, e, ent["type"]) for s, e, ent in gold_occurrences(text, entities)]


def load_gold(paths: Iterable[Path], exclude: set[str] = frozenset()) -> list[Labelled]:
    docs = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                if d["id"] not in exclude:
                    docs.append(Labelled(d["id"], d["text"], gold_spans(d["text"], d["entities"]), "gold"))
    return docs


def shingles(text: str, n: int = 15) -> set[str]:
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def held_out(texts: dict[str, str], annotated: list[str], limit: float = 0.3) -> list[str]:
    """Ids of unlabelled texts that share more than `limit` of their 15-character shingles with
    an annotated (held-out) text: the same page under another URL must not be trained on."""
    marks = [shingles(t) for t in annotated]
    out = []
    for tid, text in sorted(texts.items()):
        own = shingles(text)
        if own and any(len(own & m) / len(own) > limit for m in marks):
            out.append(tid)
    return out


def weak_labels(texts: dict[str, str]) -> list[Labelled]:
    """The rules' entity spans on unlabelled texts (weak supervision)."""
    from ingest.pipeline import build_nlp

    nlp = build_nlp(with_relations=False, learned=False)
    out = []
    for tid, text in sorted(texts.items()):
        doc = nlp(text)
        out.append(Labelled(tid, text, [(s.start_char, s.end_char, s.label_) for s in doc.ents], "weak"))
    return out


def to_view(doc: Labelled) -> tuple[str, list[tuple[int, int, str]]]:
    """The text as the model sees it (ingest/components/learned.py: folded, pinyin glosses removed)
    and the spans moved onto it."""
    view, offsets = text_view(doc.text)
    if not offsets:
        return view, list(doc.spans)
    spans = []
    for s, e, t in doc.spans:
        vs, ve = bisect.bisect_left(offsets, s), bisect.bisect_left(offsets, e)
        if ve > vs:
            spans.append((vs, ve, t))
    return view, spans


def chunks(doc: Labelled) -> list[tuple[str, list[str]]]:
    """(chunk text, BIO tag per character) of the model's view of the text, cut at sentence ends
    (a span crossing a cut is rare; its second part starts with a B- tag)."""
    text, spans = to_view(doc)
    tags = ["O"] * len(text)
    for s, e, t in spans:
        tags[s] = f"B-{t}"
        for i in range(s + 1, e):
            tags[i] = f"I-{t}"
    out, start, cur = [], 0, 0
    for m in _CUT.finditer(text):
        if m.end() == m.start():
            continue
        if m.end() - start > MAX_CHUNK and cur > start:
            out.append((start, cur))
            start = cur
        cur = m.end()
    if cur > start:
        out.append((start, cur))
    result = []
    for s, e in out:
        piece, ptags = text[s:e], tags[s:e]
        if ptags and ptags[0].startswith("I-"):
            ptags[0] = "B-" + ptags[0][2:]
        if piece.strip():
            result.append((piece, ptags))
    return result


def tags_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO tags of a chunk -> (start, end, label) character spans, for the ner architecture."""
    out: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        if tag.startswith("B-"):
            out.append((i, i + 1, tag[2:]))
        elif tag.startswith("I-") and out and out[-1][1] == i and out[-1][2] == tag[2:]:
            out[-1] = (out[-1][0], i + 1, out[-1][2])
    return out


def data_hash(docs: list[Labelled]) -> str:
    h = hashlib.sha256()
    for d in sorted(docs, key=lambda d: (d.origin, d.id)):
        h.update(json.dumps([d.id, d.origin, d.text, d.spans], ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def build(settings: Settings) -> Language:
    template = NER_CONFIG if settings.arch == "ner" else CONFIG
    cfg_text = (template.replace("{width}", str(settings.width)).replace("{depth}", str(settings.depth))
                .replace("{window}", str(settings.window))
                .replace("{rows2}", str(settings.rows * 2)).replace("{rows}", str(settings.rows)))
    return load_model_from_config(spacy.util.Config().from_str(cfg_text), auto_fill=True, validate=True)



def run_epochs(nlp, examples: list, optimizer, settings, rng, log) -> None:
    """The training loop the learned components share (spans here, relations in
    learned_rel_training): each epoch shuffles with the seeded `rng` (determinism given the seed),
    updates in minibatches of `settings.batch_size` with `settings.dropout`, and logs one line."""
    t0 = time.perf_counter()
    for epoch in range(settings.epochs):
        order = list(examples)
        rng.shuffle(order)
        losses: dict[str, float] = {}
        for batch in minibatch(order, size=settings.batch_size):
            nlp.update(batch, sgd=optimizer, drop=settings.dropout, losses=losses)
        log(f"epoch {epoch + 1}/{settings.epochs} loss {sum(losses.values()):.1f} "
            f"({time.perf_counter() - t0:.0f} s)")

def train(docs: list[Labelled], settings: Settings, log=print) -> Language:
    """Train the tagger on the labelled docs; deterministic given settings.seed."""
    fix_random_seed(settings.seed)
    rng = random.Random(settings.seed)
    nlp = build(settings)
    examples = []
    for d in docs:
        for piece, tags in chunks(d):
            ann = {"entities": tags_to_spans(tags)} if settings.arch == "ner" else {"tags": tags}
            ex = Example.from_dict(nlp.make_doc(piece), ann)
            examples.extend([ex] * (settings.gold_repeat if d.origin == "gold" else 1))
    optimizer = nlp.initialize(lambda: examples)
    t0 = time.perf_counter()
    run_epochs(nlp, examples, optimizer, settings, rng, log)
    nlp.meta["mcf_training"] = {
        "seed": settings.seed,
        "epochs": settings.epochs,
        "settings": {k: v for k, v in vars(settings).items() if k != "extra"},
        "spacy_version": spacy.__version__,
        "data_sha256": data_hash(docs),
        "documents": {o: sorted(d.id for d in docs if d.origin == o) for o in ("gold", "weak")},
        "spans_by_type": dict(sorted(Counter(t for d in docs for _, _, t in d.spans).items())),
        "train_seconds": round(time.perf_counter() - t0, 1),
        **settings.extra,
    }
    return nlp
