"""Offline training of the learned relation classifier (see ingest/components/learned_relations.py).

Training data: the annotated texts (gold seeds + dev, READ batches). Each gold entity's name and
aliases are located in its text (longest first, without overlaps: the way
ingest.learned_training.gold_spans locates names, keeping which entity each span names); the
candidate pairs of every sentence (learned_relations.candidates, the pipeline's sentences) are
labelled with the gold relation types between the two entities whose evidence is that sentence;
a pair that gold relates only in another sentence is left out (neither yes nor no), every other
pair is NONE. Training is seeded (fix_random_seed and a seeded shuffle): same data, same seed, same
model. Not imported at run time: only by scripts/train_relations.py, bench/rel32_lbo.py and tests.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed

from ingest.components.learned_relations import LABELS, SYMMETRIC, RelMention, candidates
from ingest.learned_training import gold_occurrences, run_epochs

CONFIG = {"threshold": 0.5, "model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False,
                                       "ngram_size": 3, "no_output_layer": False, "length": 262144}}


@dataclass
class RelSettings:
    seed: int = 0
    epochs: int = 8
    batch_size: int = 64
    dropout: float = 0.1
    none_keep: float = 1.0  # share of NONE pairs kept (seeded), 1.0: all


def _norm(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", s) if not c.isspace())


def gold_mentions(text: str, entities: list[dict]) -> list[RelMention]:
    """Occurrences of every gold form in the text, with the entity they name; longer forms win
    where two overlap (ingest.learned_training.gold_occurrences)."""
    return [RelMention(s, e, ent["name"], ent["type"]) for s, e, ent in gold_occurrences(text, entities)]


def _states(sentence: str, evidence: str) -> bool:
    """Whether a gold relation's evidence is this sentence (or holds it, or starts in it)."""
    s, e = _norm(sentence), _norm(evidence)
    if not s or not e:
        return False
    return e in s or (len(s) >= 10 and s in e) or (len(e) >= 12 and e[:12] in s)


def labelled_pairs(doc: dict, sentences: list[tuple[int, int]]) -> list[tuple[tuple[str, ...], set[str]]]:
    """(tokens, gold relation types) for every candidate pair of a gold document."""
    text = doc["text"]
    rels: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for r in doc.get("relations") or []:
        rels.setdefault((r["head"], r["tail"]), []).append((r["type"], r.get("evidence") or ""))
        if r["type"] in SYMMETRIC:
            rels.setdefault((r["tail"], r["head"]), []).append((r["type"], r.get("evidence") or ""))
    out = []
    for c in candidates(text, sentences, gold_mentions(text, doc["entities"])):
        gold = rels.get((c.head.name, c.tail.name), [])
        sent = text[sentences[c.sentence][0]:sentences[c.sentence][1]]
        here = {t for t, ev in gold if _states(sent, ev)}
        if gold and not here:
            continue  # related elsewhere in the document: no label for this sentence
        out.append((c.tokens, here))
    return out


def build(labels: tuple[str, ...] = LABELS) -> Language:
    nlp = spacy.blank("xx")
    cat = nlp.add_pipe("textcat_multilabel", config=CONFIG)
    for label in labels:
        cat.add_label(label)
    return nlp


def make_doc(nlp: Language, tokens: tuple[str, ...]) -> Doc:
    return Doc(nlp.vocab, words=list(tokens), spaces=[False] * len(tokens))


def data_hash(pairs: list[tuple[tuple[str, ...], set[str]]]) -> str:
    h = hashlib.sha256()
    for tokens, labels in pairs:
        h.update(json.dumps([tokens, sorted(labels)], ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def train(pairs: list[tuple[tuple[str, ...], set[str]]], settings: RelSettings, log=print) -> Language:
    """Train the classifier on labelled pairs; deterministic given settings.seed."""
    fix_random_seed(settings.seed)
    rng = random.Random(settings.seed)
    kept = [p for p in pairs if p[1] or settings.none_keep >= 1.0 or rng.random() < settings.none_keep]
    nlp = build()
    examples = []
    for tokens, labels in kept:
        doc = make_doc(nlp, tokens)
        examples.append(Example.from_dict(doc, {"cats": {lab: float(lab in labels) for lab in LABELS}}))
    optimizer = nlp.initialize(lambda: examples[:500])
    t0 = time.perf_counter()
    run_epochs(nlp, examples, optimizer, settings, rng, log)
    nlp.meta["mcf_training"] = {
        "seed": settings.seed,
        "settings": vars(settings),
        "spacy_version": spacy.__version__,
        "data_sha256": data_hash(kept),
        "pairs": len(kept),
        "labels": dict(sorted(Counter(lab for _t, ls in kept for lab in ls).items())),
        "train_seconds": round(time.perf_counter() - t0, 1),
    }
    return nlp


def predict(nlp: Language, token_lists: list[tuple[str, ...]], batch: int = 256) -> np.ndarray:
    """Scores per pair (rows) and label (columns, in the model's label order)."""
    cat = nlp.get_pipe("textcat_multilabel")
    if not token_lists:
        return np.zeros((0, len(cat.labels)))
    out = []
    for i in range(0, len(token_lists), batch):
        docs = [make_doc(nlp, t) for t in token_lists[i:i + batch]]
        out.append(np.asarray(cat.model.predict(docs)))
    return np.vstack(out)
