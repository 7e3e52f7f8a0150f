"""Document -> Extraction: run the spaCy pipeline and read its extension attributes.

`extract` handles one document; `extract_many` streams many. For n_process > 1 it uses a fork
pool whose workers share the parent's loaded pipeline and return plain records (entities,
relations, sentences; not the text, which the parent still has): spaCy's own multi-process
`nlp.pipe` would serialise whole Docs, whose extension values (Entity and Relation dataclasses)
do not survive its msgpack round trip. At most 2 batches per worker are in flight, so memory
stays flat however long the input stream is (Pool.imap would read the whole input ahead).
"""

from __future__ import annotations

import gc
import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from graph.model import Document, Extraction
from ingest.components.warm_up import warm_up
from ingest.pipeline import build_nlp

YOUNG_GC_THRESHOLD = 20_000  # gen-0 allocations between young collections once the pipeline is built


@lru_cache(maxsize=2)
def get_nlp(with_relations: bool = True) -> Language:
    """The process-wide pipeline (building it loads gazetteers: do it once).

    Its ~100k tables live as long as the process, and the collector would walk all of them on
    every full collection (~60 ms each, a few per MB of text, freeing nothing there): they are
    built with the collector paused (the build makes ~100 objects of cyclic garbage; the
    collections it triggered cost a quarter of the build) and then moved out of its reach
    (gc.freeze). Same pipeline, same output (docs/BENCHMARKS.md, eighth pass)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        nlp = build_nlp(with_relations=with_relations)
        warm_up(nlp)  # (speed18: the interpreter's first-run work, done with the build)
    finally:
        if was_enabled:
            gc.enable()
    gc.freeze()
    # The young generation's collections (gen 0 every 700 allocations by default) find almost
    # nothing in a pass (its objects are short-lived and freed by reference counting) and were
    # ~1.5% of a first pass: a larger gen-0 threshold spares most of them (docs/BENCHMARKS.md,
    # twelfth pass). Only ever raised, never lowered below what the caller set.
    t0, t1, t2 = gc.get_threshold()
    if 0 < t0 < YOUNG_GC_THRESHOLD:
        gc.set_threshold(YOUNG_GC_THRESHOLD, t1, t2)
    return nlp


def _prepare(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(document.text)
    doc._.doc_id = document.id
    doc._.jurisdiction = document.jurisdiction
    return doc


def _extraction(document: Document, doc: Doc) -> Extraction:
    return Extraction(
        document=document,
        entities=list(doc._.entities),
        relations=list(doc._.relations),
        sentences=list(doc._.sentence_spans),
    )


def extract(document: Document, nlp: Language | None = None) -> Extraction:
    nlp = nlp or get_nlp()
    doc = _prepare(nlp, document)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return _extraction(document, doc)


_WORKER_RELATIONS = True


def _init_worker(with_relations: bool) -> None:
    global _WORKER_RELATIONS
    _WORKER_RELATIONS = with_relations


def _extract_batch(documents: list[Document]) -> list[tuple[list, list, list]]:
    """Worker side: (entities, relations, sentences) per document; the text is not sent back."""
    nlp = get_nlp(_WORKER_RELATIONS)  # inherited from the parent when it was built before forking
    docs = (_prepare(nlp, d) for d in documents)
    out = []
    for doc in nlp.pipe(docs):
        out.append((list(doc._.entities), list(doc._.relations), list(doc._.sentence_spans)))
    return out


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while batch := list(islice(it, size)):
        yield batch


def extract_many(
    documents: Iterable[Document], n_process: int = 1, batch_size: int = 16, nlp: Language | None = None
) -> Iterator[Extraction]:
    """Stream extractions in input order; memory stays flat (a few batches in flight).

    With n_process > 1 the workers run the cached pipeline of the same configuration as `nlp`
    (with or without relations); build it once before calling so forked workers inherit it.
    """
    if n_process <= 1:
        nlp = nlp or get_nlp()
        for batch in _batches(documents, batch_size):
            docs = (_prepare(nlp, d) for d in batch)
            for d, doc in zip(batch, nlp.pipe(docs), strict=True):
                yield _extraction(d, doc)
        return
    with_relations = "mcf_relations" in nlp.pipe_names if nlp is not None else True
    get_nlp(with_relations)  # load once here; forked workers share it copy-on-write
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    in_flight = 2 * n_process  # bounded: the input is read only as fast as results are consumed
    # objects that exist now are moved out of the collector's reach before forking, so that the
    # workers' garbage collections do not write to (and copy) the pages they share with the parent;
    # they stay frozen in the parent too (no gc.unfreeze: that would also hand the pipeline's
    # tables, which get_nlp froze, back to the parent's collector)
    gc.freeze()
    pool = ctx.Pool(n_process, initializer=_init_worker, initargs=(with_relations,))
    with pool:
        pending: deque = deque()
        for batch in _batches(documents, batch_size):
            pending.append((batch, pool.apply_async(_extract_batch, (batch,))))
            if len(pending) >= in_flight:
                yield from _join(*pending.popleft())
        while pending:
            yield from _join(*pending.popleft())


def _join(batch: list[Document], result) -> Iterator[Extraction]:
    for d, (ents, rels, sents) in zip(batch, result.get(), strict=True):
        yield Extraction(document=d, entities=ents, relations=rels, sentences=sents)
