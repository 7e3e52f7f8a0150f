"""Speed round 15 (docs/BENCHMARKS.md, sixteenth pass): work the first pass did for every sentence or
head word that only some need, done on first use or with the pipeline. Output identity over every
text at hand is checked by bench/output_identity.py."""

from __future__ import annotations

import random

from graph.model import Document
from tests.text_helpers import sample_and_dev_texts

_texts = sample_and_dev_texts


def _extractors():
    """An extractor per text, as the relation component makes it, before `run`."""
    from ingest import extract as ex
    from ingest.components import relations as R

    made = []
    real = R.extract_relations

    def keep(text, sentences, mentions, entities, doc_id=""):
        made.append((text, list(sentences), list(mentions), list(entities), doc_id))
        return real(text, sentences, mentions, entities, doc_id)

    R.extract_relations = keep
    try:
        nlp = ex.get_nlp(True)
        docs = [Document(id=f"s15_{i}", source="t", text=t) for i, t in enumerate(_texts())]
        list(ex.extract_many(docs, nlp=nlp))
    finally:
        R.extract_relations = real
    return [R._Extractor(*args) for args in made]


def test_subjects_on_first_use_as_in_order():
    """`subjects_of` (each sentence's clause subjects worked out when a rule first asks, with the
    pending sentences before it in its paragraph) gives what `subjects` gives sentence by sentence in
    document order, whatever order the sentences are asked in."""
    rnd = random.Random(15)
    for x in _extractors():
        prev, eager = None, []
        for sv in x.views:
            eager.append(x.subjects(sv, prev))
            prev = sv
        for sv in x.views:
            sv.subjects_per_pos = None
        order = list(range(len(x.views)))
        rnd.shuffle(order)
        for k in order[: len(order) // 2] + order:
            assert x.subjects_of(x.views[k]) == eager[k]
        for sv, want in zip(x.views, eager, strict=True):
            assert sv.subjects_per_pos == want


def test_active_filters_prebuilt_as_worked_out():
    """The prebuilt `_active` entries (every head word with its own type and class) are what
    `_active` works out on first use, and the pipeline's build leaves them in the cache."""
    from ingest import extract as ex
    from ingest.components import head_filters as hf
    from ingest.components.name_rules import HEAD_INFO

    ex.get_nlp(True)
    none: frozenset[str] = frozenset()
    before = hf._active.cache_info()
    for head, (typ, cls) in HEAD_INFO.items():
        for phase in ("pre", "post"):
            fresh = hf._active.__wrapped__(phase, cls, none, typ, head)
            assert hf._active(phase, cls, none, typ, head) == fresh
    after = hf._active.cache_info()
    assert after.misses == before.misses  # all prebuilt
