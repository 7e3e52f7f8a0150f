"""Curated facts in: annotated documents → the same plain records the extractor produces.

An analyst's corrections (or a gold annotation) must reach the graph by the same road as the
machine's output, so that a gold graph and a machine graph differ only in their facts, never in
the code that resolves, stores and analyses them. This module turns annotated documents into
`graph.model.Extraction`s (Document, Entity with Mentions, Relation with Evidence); the ingest
workflow then resolves and stores them exactly as it does an extraction.

What an annotation may leave out is filled in from the text by the project's own code: mention
offsets (every occurrence of the name and aliases, longest form first), evidence offsets (the
evidence sentence located in the text), modality (`ingest.components.modality`), problem
statements (the extractor's rule on the curated mentions) and document metadata
(`ingest.metadata`). What cannot be checked against the text is refused: a name, alias or evidence
that does not occur in the text is an error naming the document and the fact, and nothing of
that document is produced.

Curated records carry `source = "curated:<origin>"` (entities and relations, hence every piece of
relationship evidence in both stores and in the canonical export) and the document carries
`origin = "curated"`, which is how a later machine ingest of the same text knows to keep it.
"""

from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.model import (
    ENTITY_TYPES,
    MODALITIES,
    RELATION_TYPES,
    Document,
    Entity,
    Evidence,
    Extraction,
    Mention,
    Relation,
)
from ingest.normalise import fold

CURATED = "curated"
META_FIELDS = ("title", "date", "jurisdiction", "genre", "speaker", "issuer", "doc_number", "published",
               "publisher")


@dataclass
class AnnotationError(ValueError):
    """An annotated document that cannot be taken as it is; `problems` name each bad fact."""

    document: str  # the document's id (or its position in the input when it has none)
    problems: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.document}: not ingested: " + "; ".join(self.problems)


def curated_source(origin: str) -> str:
    """The `source` every record of a curated document carries (e.g. "curated:label-studio")."""
    return f"{CURATED}:{origin}" if origin else CURATED


def is_curated_source(source: str) -> bool:
    return source == CURATED or source.startswith(CURATED + ":")


def annotated_documents_from_dicts(
    dicts: Iterable[dict], origin: str, base: str | Path | None = None
) -> Iterator[Extraction | AnnotationError]:
    """Annotated documents as Extractions ready for `graph.resolve.resolve`, one per input dict,
    in input order; a document that cannot be taken yields an AnnotationError instead (the caller
    reports it and goes on: nothing of that document is written).

    Each dict is one document, in the gold format of ../shared/gold or the format
    `mcfgraph extract --format jsonl` writes:

    - "id": document id (default: stem of "source"). It must be the id the same text gets as a
      file (the file stem), so that the curated version replaces / is kept over the machine's.
    - "text": the document text. When absent (extract output), the text is read from the file
      named by "source" (or "path"), as given or relative to `base`.
    - "source": where the text comes from (kept as the document's source).
    - "title", "date", "jurisdiction", "genre", "speaker", "issuer", "doc_number", "published",
      "publisher": optional; a key that is present wins over what `ingest.metadata` reads from the
      text (or, for "published"/"publisher", what a web page states: `ingest.portal`).
    - "entities": [{"name", "type", "aliases": [...], "mentions": [{"start", "end"}]?,
      "problems": [{"sentence", "sentence_index", "start", "end"}]?}]. Types are
      graph.model.ENTITY_TYPES. Without "mentions" every occurrence of the name and aliases in
      the text is a mention (longest form first, no overlaps); with explicit mentions (Label
      Studio spans) those offsets are used as given, and a span whose text is not the name or an
      alias adds it as an alias. Without "problems" the extractor's rule finds them, unless the
      document says "problems_annotated": true (an annotator listed every problem statement of
      the text with its holder): then an entity has exactly the problems given, none found. A given
      problem may say "solved": true (the same text reports it solved): it is checked and not kept.
      A problem given here is stored with the curated source in its evidence ("source"): the
      curator decided its holder, so the gap analysis takes it even where the sentence does not
      name the holder; a problem the extractor's rule found for a curated document has none.
    - "relations": [{"head", "type", "tail", "evidence", "start"?, "end"?, "modality"?}]; head and
      tail are names or aliases of the document's entities; "evidence" is the sentence (or span)
      that states the fact; "start"/"end" its offsets in the text (when absent it is located,
      preferring an occurrence that names both head and tail; when present without "evidence"
      the text slice is the evidence). "modality" one of graph.model.MODALITIES, else classified
      by ingest.components.modality on the clauses that name head and tail.

    `origin` says where the curation comes from ("label-studio", a file name, ...); every record
    gets source "curated:<origin>" and the Document origin "curated". The document's sha256 is that
    of its text as a UTF-8 file, so it is the same as that of the text ingested from a file.

    To store them: `workflows.ingest.write_annotated(items, where, store, decisions)` (resolve +
    store, one transaction per document, failures as outcomes naming the document).
    """
    base = Path(base) if base is not None else None
    claimed: dict[str, int] = {}
    for n, d in enumerate(dicts, 1):
        label = str(d.get("id") or d.get("source") or f"document #{n}") if isinstance(d, dict) \
            else f"document #{n}"
        try:
            if not isinstance(d, dict):
                raise AnnotationError(label, ["not a JSON object"])
            ex = _annotated(d, origin, base, label)
            first = claimed.setdefault(ex.document.id, n)
            if first != n:  # one would silently replace the other in the store
                raise AnnotationError(ex.document.id, [f"document #{n} has the id of document #{first} "
                                                       "of the same input"])
            yield ex
        except AnnotationError as exc:
            yield exc


def annotation_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the *.jsonl / *.json files of folders given (sorted)."""
    out: list[Path] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.suffix in (".jsonl", ".json") and f.is_file())
        else:
            out.append(p)
    return out


def read_annotation_file(path: str | Path) -> Iterator[Extraction | AnnotationError]:
    """The documents of one annotation file: JSON lines, one JSON array of documents, or one
    document; a line that is not JSON is an error naming the file and line, the rest goes on."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        yield AnnotationError(str(p), [f"cannot read ({exc})"])
        return
    stripped = text.lstrip()
    try:  # one JSON value: an array of documents (an export), or one document
        whole = json.loads(stripped) if stripped[:1] in "[{" else None
    except json.JSONDecodeError as exc:
        if stripped.startswith("["):
            yield AnnotationError(str(p), [f"not JSON: {exc}"])
            return
        whole = None  # JSON lines
    items: list = whole if isinstance(whole, list) else [whole] if isinstance(whole, dict) else []
    if whole is None:
        for i, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                yield AnnotationError(f"{p}:{i}", [f"not JSON: {exc}"])
    if not items and whole is not None or not stripped:
        yield AnnotationError(str(p), ["no documents in the file"])
    from ingest.labelstudio import is_label_studio_export, label_studio_documents

    if is_label_studio_export(items):  # Label Studio's JSON export: tasks with their annotations
        yield from label_studio_documents(items, p.name)
        return
    yield from annotated_documents_from_dicts(items, p.name, base=p.parent)


# ---------------------------------------------------------------------------------------------
# one document
# ---------------------------------------------------------------------------------------------


def _annotated(d: dict, origin: str, base: Path | None, label: str) -> Extraction:
    document = _document(d, base, label)
    problems: list[str] = []
    text = document.text
    folded = fold(text)
    from ingest.components.sentences import sentence_spans

    sentences = sentence_spans(text)
    entities = _entities(d.get("entities") or [], text, folded, sentences, problems)
    solved = _solved_spans(d) if d.get("problems_annotated") is True else []
    relations = _relations(d.get("relations") or [], entities, document, folded, sentences, problems, solved)
    if problems:
        raise AnnotationError(document.id, problems)
    source = curated_source(origin)
    # problems listed by an annotator are the whole truth for that text: the extractor's rule is
    # not asked, so a gold graph's "stalled" findings do not inherit the machine's holder mistakes
    found: dict[str, list[Evidence]] | None = {} if d.get("problems_annotated") is True else None
    for e in entities:
        e.source, e.confidence = source, 1.0
        if e.problems:  # given (gold, extract output): this document's, its holder the curator's call,
            # so the evidence carries the curated source (stalled.naming keeps it; a found one has none)
            e.problems = [Evidence(document.id, p.sentence, _sentence_of(sentences, p.start), p.start, p.end,
                                   "problem", source) for p in e.problems]
            continue
        if found is None:
            found = _problem_statements(entities, document.id, text, sentences)
        e.problems = list(found.get(e.name, []))
    for r in relations:
        r.source, r.confidence = source, 1.0
    return Extraction(document=document, entities=entities, relations=relations, sentences=sentences)


def _document(d: dict, base: Path | None, label: str) -> Document:
    """The Document, with the id, sha256 and metadata its text gets when ingested as a file."""
    source = str(d.get("source") or d.get("path") or "")
    text = d.get("text")
    if text is None:
        loaded = _load_source(source, base, label)
        text, sha, meta = loaded.text, loaded.sha256, {f: getattr(loaded, f) for f in META_FIELDS}
    else:
        if not isinstance(text, str) or not text.strip():
            raise AnnotationError(label, ["empty or missing text"])
        from ingest.metadata import extract_metadata

        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        meta = extract_metadata(text)
    doc_id = str(d.get("id") or (Path(source).stem if source else ""))
    if not doc_id:
        raise AnnotationError(label, ["no id and no source to name the document"])
    meta.update({f: str(d[f] or "") for f in META_FIELDS if f in d})
    return Document(id=doc_id, source=source or doc_id, text=text, sha256=sha, origin=CURATED, **meta)


def _load_source(source: str, base: Path | None, label: str) -> Document:
    from ingest.load import LoadError, load_document

    if not source:
        raise AnnotationError(label, ["no text, and no source file to read it from"])
    candidates = [Path(source)]
    if base is not None and not Path(source).is_absolute():
        candidates.append(base / source)
    for p in candidates:
        if p.is_file():
            try:
                return load_document(p)
            except LoadError as exc:
                raise AnnotationError(label, [f"text file: {exc}"]) from None
    raise AnnotationError(label, [f"no text, and the source file {source!r} does not exist"])


# ---------------------------------------------------------------------------------------------
# entities and mentions
# ---------------------------------------------------------------------------------------------


def _occurrences(folded: str, form: str) -> list[int]:
    """Start offsets of every occurrence of `form` (compared folded: 繁/简, full width)."""
    f = fold(form)
    out, i = [], folded.find(f) if f else -1
    while i >= 0:
        out.append(i)
        i = folded.find(f, i + 1)
    return out


def _name_spans(folded: str, form: str) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of a name; where the name never occurs as written, occurrences
    broken by white space or a line break (a PDF or web page wraps 某某代表团全体\n\n会议) count too, as
    they do for the scorer, so a name copied without the break is still found."""
    exact = [(s, s + len(form)) for s in _occurrences(folded, form)]
    f = "".join(fold(form).split())
    if exact or len(f) < 2:
        return exact
    pattern = re.compile(r"\s*".join(map(re.escape, f)))
    return [(m.start(), m.end()) for m in pattern.finditer(folded)]


def _sentence_of(sentences: list[tuple[int, int]], offset: int) -> int:
    """Index of the sentence that holds `offset` (the one before it when it falls in a gap)."""
    starts = [s for s, _ in sentences]
    return max(bisect_right(starts, offset) - 1, 0)


def _entities(items: list, text: str, folded: str, sentences: list[tuple[int, int]],
              problems: list[str]) -> list[Entity]:
    """Entities with their mentions: explicit offsets as given, else located in the text."""
    entities: list[Entity] = []
    claims: list[tuple[int, int, int, str]] = []  # (-length, start, entity index, form)
    for i, e in enumerate(items):
        name, etype = str(e.get("name") or "").strip(), str(e.get("type") or "")
        aliases = [str(a).strip() for a in e.get("aliases") or [] if str(a).strip()]
        what = f"entity {name or '(no name)'!r}"
        if not name:
            problems.append(f"{what}: no name")
        if etype not in ENTITY_TYPES:
            problems.append(f"{what}: type {etype!r} is not one of {', '.join(ENTITY_TYPES)}")
        ent = Entity(name=name, type=etype, aliases=[a for a in dict.fromkeys(aliases) if a != name])
        # a problem the annotator marks solved in the same text is no open gap: it is checked, not kept
        given = [(p, _given_problem(p, what, text, problems)) for p in e.get("problems") or []]
        ent.problems = [ev for p, ev in given if p.get("solved") is not True]
        entities.append(ent)
        if e.get("mentions"):
            _explicit_mentions(ent, e["mentions"], text, sentences, what, problems)
            continue
        for form in [name, *ent.aliases]:
            found = _name_spans(folded, form) if form else []
            if not found:
                problems.append(f"{what}: {form!r} does not occur in the text")
            claims.extend((s - e, s, i, form) for s, e in found)
    taken = [False] * len(text)
    for neg, start, i, _form in sorted(claims):
        end = start - neg
        if not any(taken[start:end]):
            taken[start:end] = [True] * (end - start)
            entities[i].mentions.append(Mention(_sentence_of(sentences, start), start, end, text[start:end]))
    for i, ent in enumerate(entities):  # every occurrence lies inside a longer name: keep them all
        if not ent.mentions and not items[i].get("mentions"):
            ent.mentions = [Mention(_sentence_of(sentences, s), s, s - n, text[s : s - n])
                            for n, s, j, _ in sorted(claims, key=lambda c: c[1]) if j == i]
        ent.mentions.sort(key=lambda m: (m.start, m.end))
    return entities


def _explicit_mentions(ent: Entity, spans: list, text: str, sentences: list[tuple[int, int]],
                       what: str, problems: list[str]) -> None:
    for m in spans:
        try:
            start, end = int(m["start"]), int(m["end"])
        except (KeyError, TypeError, ValueError):
            problems.append(f"{what}: mention {m!r} has no start/end offsets")
            continue
        if not 0 <= start < end <= len(text):
            problems.append(f"{what}: mention [{start}, {end}) lies outside the text")
            continue
        surface = text[start:end]
        if m.get("text") and fold(str(m["text"])) != fold(surface):
            problems.append(f"{what}: mention [{start}, {end}) reads {surface!r}, not {m['text']!r}")
            continue
        ent.mentions.append(Mention(_sentence_of(sentences, start), start, end, surface))
        if surface != ent.name and surface not in ent.aliases:
            ent.aliases.append(surface)


def _given_problem(p: dict, what: str, text: str, problems: list[str]) -> Evidence:
    """A problem statement an annotation (or extract output) gives; checked against the text."""
    try:
        start, end = int(p["start"]), int(p["end"])
        sentence = str(p.get("sentence") or text[start:end])
        ev = Evidence("", sentence, int(p.get("sentence_index", 0)), start, end, "problem")
    except (KeyError, TypeError, ValueError):
        problems.append(f"{what}: problem statement {p!r} needs start and end")
        return Evidence("", "", 0, 0, 0, "problem")
    if fold(text[start:end]) != fold(sentence):
        problems.append(f"{what}: problem statement {sentence[:40]!r} is not at [{start}, {end})")
    return ev


def _problem_statements(entities: list[Entity], doc_id: str, text: str,
                        sentences: list[tuple[int, int]]) -> dict[str, list[Evidence]]:
    """Problem statements per entity name, found by the extractor's own rule
    (ingest/components/relations.py) run on the curated mentions: a body named in a clause that
    states a problem, or the subject that clause carries, has that problem. The relations the
    rules would find are not used: the curated ones are the facts."""
    from ingest.components.relation_view import EntMention
    from ingest.components.relations import extract_relations

    mentions: list[EntMention] = []
    end = -1
    pairs = sorted(((m, ent) for ent in entities for m in ent.mentions),
                   key=lambda x: (x[0].start, -x[0].end))
    for m, ent in pairs:
        if m.start >= end:  # the rules read one mention per character
            mentions.append(EntMention(m.start, m.end, ent.name, ent.type))
            end = m.end
    _relations, problems = extract_relations(text, sentences, mentions, entities, doc_id)
    return problems


# ---------------------------------------------------------------------------------------------
# relations and evidence
# ---------------------------------------------------------------------------------------------


def _solved_spans(d: dict) -> list[tuple[int, int]]:
    """(start, end) of the problem statements an annotator marks solved in the same text. A relation
    stated in one of them is history, not an open problem: without this, the gold graph gave a
    "stalled" relation finding on a problem its own annotator had marked put right (judge13)."""
    spans = []
    for e in d.get("entities") or []:
        for p in e.get("problems") or [] if isinstance(e, dict) else []:
            try:
                if isinstance(p, dict) and p.get("solved") is True:
                    spans.append((int(p["start"]), int(p["end"])))
            except (KeyError, TypeError, ValueError):
                continue  # reported by the entity check
    return spans


def _relations(items: list, entities: list[Entity], document: Document, folded: str,
               sentences: list[tuple[int, int]], problems: list[str],
               solved: list[tuple[int, int]] = ()) -> list[Relation]:
    forms: dict[str, Entity] = {}
    for ent in entities:
        for f in (ent.name, *ent.aliases):
            forms.setdefault(f, ent)
    out: list[Relation] = []
    for r in items:
        head, rtype, tail = (str(r.get(k) or "").strip() for k in ("head", "type", "tail"))
        what = f"relation {head} -{rtype}-> {tail}"
        bad = [f"{what}: {x!r} is not an entity of the document" for x in (head, tail) if x not in forms]
        if rtype not in RELATION_TYPES:
            bad.append(f"{what}: type {rtype!r} is not one of {', '.join(RELATION_TYPES)}")
        modality = r.get("modality")
        if modality and modality not in MODALITIES:
            bad.append(f"{what}: modality {modality!r} is not one of {', '.join(MODALITIES)}")
        if bad:
            problems.extend(bad)
            continue
        span = _evidence_span(r, forms[head], forms[tail], document.text, folded, what, problems)
        if span is None:
            continue
        start, end = span
        sentence = document.text[start:end]
        if not modality:
            modality = _modality(sentence, start, forms[head], forms[tail])
            if modality == "problem" and any(s < end and start < e for s, e in solved):
                modality = "reported"
        ev = Evidence(document.id, sentence, _sentence_of(sentences, start), start, end, modality)
        out.append(Relation(head=forms[head].name, type=rtype, tail=forms[tail].name, evidence=ev))
    return out


def _evidence_span(r: dict, head: Entity, tail: Entity, text: str, folded: str, what: str,
                   problems: list[str]) -> tuple[int, int] | None:
    """(start, end) of the evidence in the text: as given (checked), or located."""
    evidence = str(r.get("evidence") or "").strip()
    if r.get("start") is not None and r.get("end") is not None:
        try:
            start, end = int(r["start"]), int(r["end"])
        except (TypeError, ValueError):
            problems.append(f"{what}: evidence offsets {r.get('start')!r}, {r.get('end')!r} are not numbers")
            return None
        if not 0 <= start < end <= len(text):
            problems.append(f"{what}: evidence [{start}, {end}) lies outside the text")
            return None
        if evidence and fold(text[start:end]).strip() != fold(evidence):
            problems.append(f"{what}: evidence {evidence[:40]!r} is not at [{start}, {end})")
            return None
        return start, end
    if not evidence:
        problems.append(f"{what}: no evidence sentence")
        return None
    found = _occurrences(folded, evidence)
    if not found:
        problems.append(f"{what}: evidence {evidence[:40]!r} does not occur in the text")
        return None

    def names_both(s: int) -> bool:
        piece = folded[s : s + len(evidence)]
        return all(any(fold(f) in piece for f in (e.name, *e.aliases)) for e in (head, tail))

    start = next((s for s in found if names_both(s)), found[0])
    return start, start + len(evidence)


def _modality(sentence: str, start: int, head: Entity, tail: Entity) -> str:
    """The project's modality of the fact, on the clauses that name its head and tail."""
    from ingest.components.modality import classify_fact

    offsets = []
    for e in (head, tail):
        inside = [m.start - start for m in e.mentions if start <= m.start < start + len(sentence)]
        offsets += inside[:1]
    return classify_fact(sentence, offsets)
