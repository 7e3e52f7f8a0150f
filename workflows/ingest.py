"""The ingest workflow: files → documents → extraction → resolution → one store transaction each.

Orchestration and I/O only; every step it calls is a pure operation of `ingest` or `graph`. A bad
file is reported and skipped, a document whose store write fails is reported by name, and the
batch goes on, so one broken file never costs the rest of the corpus.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.model import Document, Extraction
from graph.resolve import Decisions, resolve
from graph.store import GraphStore, StoreError


@dataclass
class Outcome:
    """What happened to one input file."""

    path: str
    status: str  # written | unchanged | curated (a curated version was kept) | failed
    doc_id: str = ""
    entities: int = 0
    relations: int = 0
    error: str = ""
    note: str = ""  # e.g. the same file's bytes were already written under another id in this batch


@dataclass
class IngestSummary:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    unit: str = "files"  # what one outcome is: a file, or an annotated document

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def line(self) -> str:
        docs = len(self.outcomes)
        rate = docs / self.seconds if self.seconds else 0.0
        kept = f"{self.count('curated')} kept curated, " if self.count("curated") else ""
        unit = self.unit[:-1] if docs == 1 and self.unit.endswith("s") else self.unit
        return (f"{docs} {unit}: {self.count('written')} written, {self.count('unchanged')} unchanged, "
                f"{kept}{self.count('failed')} failed ({rate:.1f} documents/s)")


def _documents(paths: Iterable[str | Path], on_error: Callable[[Outcome], None]) -> Iterator[Document]:
    from ingest.load import LoadError, iter_documents

    for item in iter_documents(list(paths)):
        if isinstance(item, LoadError):
            on_error(Outcome(str(item.path), "failed", error=str(item)))
        else:
            yield item


def ingest_paths(
    paths: Iterable[str | Path],
    store: GraphStore,
    decisions: Decisions | None = None,
    n_process: int = 1,
    on_outcome: Callable[[Outcome], None] | None = None,
    force: bool = False,
) -> IngestSummary:
    """Ingest files and folders into `store`; unchanged documents (same sha256) are skipped, unless
    `force`: after an upgrade, new rules and English glosses reach a store only by extracting again
    (ux3: `ingest --force` said "56 unchanged" and kept every old gloss).

    A changed document replaces what its id stored before only when it comes from the same
    source path; a different file claiming a stored id is refused (it would silently replace
    another document), and a document stored from annotations is kept (curated: an analyst's
    word outranks the machine's), unless `force` is given.
    """
    from ingest.extract import extract_many

    summary = IngestSummary()
    started = time.perf_counter()

    def report(outcome: Outcome) -> None:
        summary.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    first_of: dict[str, str] = {}  # sha256 -> the first id written with it in this batch
    copies: dict[str, str] = {}  # id -> that first id

    def changed(docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            if doc.sha256 and first_of.setdefault(doc.sha256, doc.id) != doc.id:
                copies[doc.id] = first_of[doc.sha256]
            try:
                stored = store.document_meta(doc.id)
            except StoreError:
                stored = None  # the store is unreachable: the write will fail and name the document
            curated = bool(stored) and stored.get("origin") == "curated"
            if curated and not force:
                report(Outcome(doc.source, "curated", doc.id, error=(
                    f"{doc.source}: kept the curated version of {doc.id} (--force replaces it)")))
                continue
            if stored and not curated and stored.get("sha256") == doc.sha256 and not force:
                report(Outcome(doc.source, "unchanged", doc.id))
                continue
            if stored and not force and not same_source(stored.get("source", ""), doc.source):
                report(Outcome(doc.source, "failed", doc.id, error=(
                    f"{doc.source}: not written: document id {doc.id!r} is already stored from "
                    f"{stored.get('source')}, a different file (rename it, `mcfgraph forget {doc.id}` "
                    "first, or `--force` to replace)")))
                continue
            yield doc

    for extraction in extract_many(changed(_documents(paths, report)), n_process=n_process):
        outcome = write_extraction(extraction, store, decisions)
        if outcome.status == "written" and outcome.doc_id in copies:
            outcome.note = (f"the same file as {copies[outcome.doc_id]}: its facts now count twice "
                            f"(mcfgraph forget {outcome.doc_id} keeps one)")
        report(outcome)
    summary.seconds = time.perf_counter() - started
    return summary


def same_source(a: str, b: str) -> bool:
    """Whether two stored `source` strings name one file (as given, or resolved from here)."""
    if a == b:
        return True
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def ingest_annotations(
    paths: Iterable[str | Path],
    store: GraphStore,
    decisions: Decisions | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> IngestSummary:
    """Ingest annotation files (ingest/annotations.py) as curated documents: each replaces whatever
    that document contributed (machine or curated); a document with a bad fact is reported by
    name and nothing of it is written, and the batch goes on."""
    from ingest.annotations import annotation_files, read_annotation_file

    summary = IngestSummary(unit="documents")
    started = time.perf_counter()
    claimed: dict[str, str] = {}  # document id -> the file that gave it in this batch
    for path in annotation_files(paths):
        write_annotated(read_annotation_file(path), str(path), store, decisions, on_outcome,
                        summary, claimed)
    summary.seconds = time.perf_counter() - started
    return summary


def write_annotated(
    items: Iterable,
    where: str,
    store: GraphStore,
    decisions: Decisions | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    summary: IngestSummary | None = None,
    claimed: dict[str, str] | None = None,
) -> IngestSummary:
    """Write what `ingest.annotations.annotated_documents_from_dicts` yields (Extraction or
    AnnotationError) from input `where` (a file name, an export's URL): the one write path of
    every annotation reader (files here; Label Studio exports). `claimed` (id -> where) spans a
    batch of several inputs, so one id given twice is an error, not a silent replace."""
    from ingest.annotations import AnnotationError

    summary = summary if summary is not None else IngestSummary(unit="documents")
    claimed = claimed if claimed is not None else {}
    for item in items:
        if not isinstance(item, AnnotationError):
            first = claimed.setdefault(item.document.id, where)
            if first != where:  # one would silently replace the other in the store
                item = AnnotationError(item.document.id, [f"id already given by {first} in this batch"])
        if isinstance(item, AnnotationError):
            outcome = Outcome(where, "failed", item.document, error=f"{where}: {item}")
        else:
            outcome = write_extraction(item, store, decisions)
            outcome.path = f"{where}#{item.document.id}"
        summary.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    return summary


def write_extraction(extraction: Extraction, store: GraphStore, decisions: Decisions | None) -> Outcome:
    """Resolve and write one document; a store failure becomes a failed outcome naming it."""
    doc = extraction.document
    graph = resolve(extraction, decisions)
    try:
        store.write_document(graph)
    except StoreError as exc:
        return Outcome(doc.source, "failed", doc.id, error=f"{doc.source}: not written: {exc}")
    return Outcome(doc.source, "written", doc.id, len(graph.nodes), len(graph.edges))
