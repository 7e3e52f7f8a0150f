"""Label Studio round trip: the machine's reading out as pre-annotated tasks, the corrections back in.

Out (`mcfgraph review export --format label-studio`): one task per document, the text in
`data.text`, the extraction preloaded as a prediction (each entity mention a `labels` region,
each relation a `relation` result between two regions), so an analyst starts from the machine's
reading and only corrects it. The task also carries the machine's entity table (names, types,
aliases, and each entity's problem statements) so that the spans of one entity can be merged again
on the way back, and an entity the analyst keeps keeps its problem statements (the labelling config
has no control for them; an entity deleted takes its statements with it).

In (`mcfgraph ingest --annotations export.json`): Label Studio's JSON export (a list of tasks,
each with its `annotations`) becomes gold-format dicts, the shape `ingest --annotations` reads:
`{"id", "source", "text", "entities": [{"name", "type", "aliases", "mentions": [{"start",
"end"}]}], "relations": [{"head", "type", "tail", "evidence", "start", "end"}]}`. Spans are
merged into one entity when they have the same surface form, when the machine knew one as an
alias of the other, or when the annotator linked them with the alias relation (SAME_AS). A
relation's evidence is the sentence that holds both of its spans (the project's own splitter).

Offsets are Python code points. Label Studio's browser side has, across versions, counted
characters outside the Basic Multilingual Plane as one or as two (UTF-16) units, so every region
read back is checked against the text the region itself records and re-read in UTF-16 units, or
located nearby, before anything is believed; a region that cannot be placed is an error.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from graph.model import ENTITY_TYPES, RELATION_TYPES
from ingest.components.sentences import sentence_spans
from ingest.textfold import fold

FROM_NAME = "label"  # the Labels control of the config
TEXT_NAME = "text"  # the Text object of the config (and the task's data key)
RELATION_RESULT = "relation"

_DATA = json.loads((Path(__file__).parent / "data" / "labelstudio.json").read_text(encoding="utf-8"))
ALIAS_RELATION: str = _DATA["alias_relation"]
ENTITY_COLORS: dict[str, str] = _DATA["entity_colors"]


class LabelStudioError(ValueError):
    """A task that cannot be converted, naming the document and the problem.

    `skipped` marks a task that is not wrong but has nothing to read (no annotation yet).
    """

    def __init__(self, document: str, problem: str, *, skipped: bool = False) -> None:
        super().__init__(f"{document}: {problem}")
        self.document = document
        self.problem = problem
        self.skipped = skipped


# ---------------------------------------------------------------------------------------------
# out: labelling config and tasks
# ---------------------------------------------------------------------------------------------


def labelling_config() -> str:
    """The project's labelling config: the text, the 12 entity types, the 10 relation types.

    The alias relation is offered beside the relation types so an annotator can tie a short
    form to its full name; it is read back as a merge, never stored as a fact.
    """
    view = ET.Element("View")
    rels = ET.SubElement(view, "Relations")
    for rtype in (*RELATION_TYPES, ALIAS_RELATION):
        ET.SubElement(rels, "Relation", value=rtype)
    labels = ET.SubElement(view, "Labels", name=FROM_NAME, toName=TEXT_NAME)
    for etype in ENTITY_TYPES:
        ET.SubElement(labels, "Label", value=etype, background=ENTITY_COLORS.get(etype, "#cccccc"))
    ET.SubElement(view, "Text", name=TEXT_NAME, value=f"${TEXT_NAME}")
    ET.indent(view)
    return ET.tostring(view, encoding="unicode") + "\n"


def _region(rid: str, start: int, end: int, surface: str, etype: str) -> dict:
    return {"id": rid, "from_name": FROM_NAME, "to_name": TEXT_NAME, "type": "labels",
            "value": {"start": start, "end": end, "text": surface, "labels": [etype]}}


def _mention_regions(record: dict, text: str) -> tuple[list[dict], dict[str, list[tuple[int, int, str]]]]:
    """One region per mention; also name -> [(start, end, region id)] for placing relations."""
    doc = record.get("id", "?")
    regions: list[dict] = []
    by_name: dict[str, list[tuple[int, int, str]]] = {}
    for ei, ent in enumerate(record.get("entities", [])):
        for mi, m in enumerate(ent.get("mentions", [])):
            start, end = m["start"], m["end"]
            if text[start:end] != m.get("text", text[start:end]):
                raise LabelStudioError(doc, f"mention {m.get('text')!r} of {ent['name']!r} is not at "
                                       f"{start}-{end} of the text (text changed since extraction?)")
            rid = f"e{ei}m{mi}"
            regions.append(_region(rid, start, end, text[start:end], ent["type"]))
            by_name.setdefault(ent["name"], []).append((start, end, rid))
    return regions, by_name


def _closest_pair(heads: list, tails: list, lo: int, hi: int) -> tuple[str, str]:
    """The head and tail regions closest to each other, preferring ones inside the evidence."""
    def inside(spans):
        return [s for s in spans if lo <= s[0] and s[1] <= hi] or spans

    pairs = ((h, t) for h in inside(heads) for t in inside(tails) if h[2] != t[2])
    h, t = min(pairs, key=lambda p: (abs(p[0][0] - p[1][0]), p[0][0]), default=(None, None))
    return (h[2], t[2]) if h and t else ("", "")


def _entity_forms(ent: dict, text: str) -> dict:
    """A machine entity's name, type and every form the text uses for it (aliases, mention texts),
    so that a span kept or added by the annotator finds its entity again."""
    forms = [*ent.get("aliases", []), *(text[m["start"]:m["end"]] for m in ent.get("mentions", []))]
    out = {"name": ent["name"], "type": ent["type"],
           "aliases": [f for f in dict.fromkeys(forms) if f and f != ent["name"]]}
    if ent.get("problems"):  # the holder's problem statements ride along (the config has no control for them)
        out["problems"] = [{k: p[k] for k in ("sentence", "start", "end")} for p in ent["problems"]]
    return out


def task_from_record(record: dict, text: str, model_version: str = "mcfgraph") -> tuple[dict, list[str]]:
    """A Label Studio task for one `extract --format jsonl` record and its text.

    Returns the task and the relations that could not be drawn (an entity with no mention in
    the text has no span to point at); the caller reports them.
    """
    regions, by_name = _mention_regions(record, text)
    results: list[dict] = list(regions)
    dropped: list[str] = []
    for r in record.get("relations", []):
        head, tail = by_name.get(r["head"], []), by_name.get(r["tail"], [])
        h, t = _closest_pair(head, tail, r.get("start", 0), r.get("end", len(text)))
        if not h:
            dropped.append(f"{r['head']} {r['type']} {r['tail']}")
            continue
        results.append({"from_id": h, "to_id": t, "type": RELATION_RESULT, "direction": "right",
                        "labels": [r["type"]]})
    confidences = [e.get("confidence", 1.0) for e in record.get("entities", [])]
    data = {
        TEXT_NAME: text,
        "doc_id": record["id"],
        "source": record.get("source", ""),
        "title": record.get("title", ""),
        "entities": [_entity_forms(e, text) for e in record.get("entities", [])],
        "relations": [{k: r.get(k) for k in ("head", "type", "tail", "start", "end")}
                      for r in record.get("relations", [])],
    }
    prediction = {"model_version": model_version, "result": results,
                  "score": round(sum(confidences) / len(confidences), 3) if confidences else 0.0}
    return {"data": data, "predictions": [prediction]}, dropped


# ---------------------------------------------------------------------------------------------
# in: Label Studio's JSON export -> gold-format dicts
# ---------------------------------------------------------------------------------------------


def is_label_studio_export(obj: object) -> bool:
    """Label Studio's JSON export: a non-empty list of tasks, each with `data` and `annotations`."""
    return (isinstance(obj, list) and bool(obj)
            and all(isinstance(t, dict) and "data" in t and "annotations" in t for t in obj))


def _utf16_to_cp(text: str, offset: int) -> int | None:
    """The code-point offset of a UTF-16 offset, or None when it falls inside a surrogate pair."""
    units = 0
    for i, ch in enumerate(text):
        if units == offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > offset:
            return None
    return len(text) if units == offset else None


def _place(text: str, start: int, end: int, surface: str | None) -> tuple[int, int] | None:
    """Where a region really is: as given, as UTF-16 units, or its surface nearest to it."""
    if surface is None:
        return (start, end) if 0 <= start < end <= len(text) else None
    if text[start:end] == surface:
        return start, end
    s16, e16 = _utf16_to_cp(text, start), _utf16_to_cp(text, end)
    if s16 is not None and e16 is not None and text[s16:e16] == surface:
        return s16, e16
    hits, i = [], text.find(surface)
    while surface and i >= 0:
        hits.append(i)
        i = text.find(surface, i + 1)
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - start))
    return best, best + len(surface)


@dataclass
class _Span:
    rid: str
    start: int
    end: int
    surface: str
    type: str


def _chosen_annotation(task: dict) -> dict | None:
    """The annotation to believe: a ground-truth one, else the latest not cancelled."""
    live = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if not live:
        return None
    return max(live, key=lambda a: (bool(a.get("ground_truth")), a.get("updated_at") or "",
                                    a.get("id") or 0))


def _spans(doc: str, text: str, result: list[dict]) -> dict[str, _Span]:
    spans: dict[str, _Span] = {}
    for item in result:
        if item.get("type") != "labels":
            continue
        value = item.get("value") or {}
        labels = value.get("labels") or []
        surface = value.get("text")
        where = f"span {surface!r} at {value.get('start')}-{value.get('end')}"
        if len(labels) != 1 or labels[0] not in ENTITY_TYPES:
            raise LabelStudioError(doc, f"{where} needs exactly one entity type of {', '.join(ENTITY_TYPES)}"
                                   f" (has {labels})")
        try:
            placed = _place(text, int(value["start"]), int(value["end"]), surface)
        except (KeyError, TypeError, ValueError):
            placed = None
        if placed is None:
            raise LabelStudioError(doc, f"{where} does not occur in the text")
        s, e = placed
        spans[str(item.get("id"))] = _Span(str(item.get("id")), s, e, text[s:e], labels[0])
    return spans


class _Groups:
    """Union-find over span ids: the spans that name one entity."""

    def __init__(self, ids: Iterable[str]) -> None:
        self.parent = {i: i for i in ids}

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def _machine_names(data: dict) -> dict[str, str]:
    """Surface form -> the machine entity it names, for surfaces that name exactly one."""
    owners: dict[str, set[str]] = {}
    for e in data.get("entities") or []:
        for surface in (e.get("name"), *(e.get("aliases") or [])):
            if surface:
                owners.setdefault(surface, set()).add(e["name"])
    return {s: next(iter(n)) for s, n in owners.items() if len(n) == 1}


def _group_spans(spans: dict[str, _Span], result: list[dict], machine: dict[str, str]) -> _Groups:
    groups = _Groups(spans)
    first: dict[str, str] = {}
    for sp in spans.values():
        for key in (f"surface:{sp.surface}", f"machine:{machine.get(sp.surface, '')}"):
            if key == "machine:":
                continue
            if key in first:
                groups.union(sp.rid, first[key])
            else:
                first[key] = sp.rid
    for item in result:
        if (item.get("type") == RELATION_RESULT and ALIAS_RELATION in (item.get("labels") or [])
                and item.get("from_id") in spans and item.get("to_id") in spans):
            groups.union(item["from_id"], item["to_id"])
    return groups


def _entities(doc: str, text: str, spans: dict[str, _Span], groups: _Groups,
              machine: dict[str, str], problems: dict[str, list[dict]]) -> tuple[list[dict], dict[str, str]]:
    """One gold entity per group, named as the machine named it when the text has that name
    (the reader checks names against the text), else by its longest form; also span id -> name.
    An entity the analyst kept takes the problem statements the task carried for it (`problems`:
    machine name -> statements); they come back given, as the reviewed document's."""
    folded = fold(text)
    members: dict[str, list[_Span]] = {}
    for sp in sorted(spans.values(), key=lambda s: (s.start, s.end)):
        members.setdefault(groups.find(sp.rid), []).append(sp)
    entities, name_of = [], {}
    for group in members.values():
        types = sorted({s.type for s in group})
        surfaces = list(dict.fromkeys(s.surface for s in group))
        if len(types) > 1:
            raise LabelStudioError(doc, f"one entity ({' / '.join(surfaces)}) is labelled as "
                                   f"{' and '.join(types)}: give its spans one type")
        known = [machine[s] for s in surfaces if s in machine and fold(machine[s]) in folded]
        name = known[0] if known else max(surfaces, key=len)
        spans_at = dict.fromkeys((s.start, s.end) for s in group)
        entity = {"name": name, "type": types[0], "aliases": [s for s in surfaces if s != name],
                  "mentions": [{"start": s, "end": e} for s, e in spans_at]}
        given = [p for k in dict.fromkeys(known) for p in problems.get(k, ())]
        if given:
            entity["problems"] = list({(p["start"], p["end"]): p for p in given}.values())
        entities.append(entity)
        name_of.update({s.rid: name for s in group})
    return entities, name_of


def _evidence(text: str, sentences: list[tuple[int, int]], a: _Span, b: _Span,
              machine: list[tuple[int, int]]) -> tuple[int, int]:
    """The sentence holding both spans (the run of sentences from one to the other if apart).

    When the machine stated the same fact (`machine`: its evidence offsets) in a sentence that
    holds one of the spans, that sentence stays the evidence: a subject carried from an earlier
    clause is outside the sentence, and an unchanged fact keeps its provenance."""
    for s, e in machine:
        if any(s <= x.start and x.end <= e for x in (a, b)):
            return s, e
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    start = max((s for s, _ in sentences if s <= lo), default=0)
    end = min((e for _, e in sentences if e >= hi), default=len(text))
    return start, end


def _relations(doc: str, text: str, result: list[dict], spans: dict[str, _Span],
               name_of: dict[str, str], data: dict) -> list[dict]:
    sentences = sentence_spans(text)
    machine: dict[tuple, list[tuple[int, int]]] = {}
    for r in data.get("relations") or []:  # the machine's facts with their evidence offsets
        start, end = r.get("start"), r.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            machine.setdefault((r.get("head"), r.get("type"), r.get("tail")), []).append((start, end))
    relations: dict[tuple, dict] = {}
    for item in result:
        if item.get("type") != RELATION_RESULT:
            continue
        a, b = spans.get(item.get("from_id")), spans.get(item.get("to_id"))
        if a is None or b is None:
            raise LabelStudioError(doc, f"relation {item.get('labels')} points at a span that is not "
                                   f"in the annotation ({item.get('from_id')} -> {item.get('to_id')})")
        if item.get("direction") == "left":
            a, b = b, a
        labels = [x for x in item.get("labels") or [] if x != ALIAS_RELATION]
        if not labels and ALIAS_RELATION not in (item.get("labels") or []):
            raise LabelStudioError(doc, f"relation {a.surface} -> {b.surface} has no type")
        for rtype in labels:
            if rtype not in RELATION_TYPES:
                raise LabelStudioError(doc, f"relation {a.surface} -> {b.surface}: unknown type {rtype!r}")
            if name_of[a.rid] == name_of[b.rid]:
                raise LabelStudioError(doc, f"relation {rtype} joins {a.surface} to itself")
            s, e = _evidence(text, sentences, a, b, machine.get((name_of[a.rid], rtype, name_of[b.rid]), []))
            key = (name_of[a.rid], rtype, name_of[b.rid], s, e)
            relations.setdefault(key, {"head": key[0], "type": rtype, "tail": key[2],
                                       "evidence": text[s:e], "start": s, "end": e})
    return list(relations.values())


def gold_from_task(task: dict) -> dict:
    """One exported task -> one gold-format dict, or LabelStudioError naming what is wrong."""
    data = task.get("data") or {}
    doc = str(data.get("doc_id") or f"label-studio task {task.get('id', '?')}")
    text = data.get(TEXT_NAME)
    if not isinstance(text, str) or not text:
        raise LabelStudioError(doc, f"task has no text in data.{TEXT_NAME}")
    annotation = _chosen_annotation(task)
    if annotation is None:
        raise LabelStudioError(doc, "no annotation yet (not reviewed): skipped", skipped=True)
    result = annotation.get("result") or []
    spans = _spans(doc, text, result)
    machine = _machine_names(data)
    groups = _group_spans(spans, result, machine)
    problems = {e["name"]: e["problems"] for e in data.get("entities") or [] if e.get("problems")}
    entities, name_of = _entities(doc, text, spans, groups, machine, problems)
    return {"id": doc, "source": str(data.get("source") or f"label-studio task {task.get('id', '?')}"),
            "text": text, "entities": entities,
            "relations": _relations(doc, text, result, spans, name_of, data)}


def gold_from_export(tasks: list[dict]) -> Iterator[dict | LabelStudioError]:
    """Every task of an export, in order: a gold dict, or the error that names why not."""
    for task in tasks:
        try:
            yield gold_from_task(task)
        except LabelStudioError as exc:
            yield exc


def label_studio_documents(tasks: list[dict], where: str) -> Iterator:
    """A Label Studio export as curated documents for the store: what
    `ingest.annotations.annotated_documents_from_dicts` yields (Extraction, or AnnotationError
    naming the document), each record's source "curated:label-studio"; `where` (the export
    file) names a task that could not be converted."""
    from ingest.annotations import AnnotationError, annotated_documents_from_dicts

    def dicts() -> Iterator[dict]:
        for item in gold_from_export(tasks):
            if isinstance(item, LabelStudioError):
                errors.append(AnnotationError(item.document, [f"{where}: {item.problem}"]))
            else:
                yield item

    errors: list = []
    for out in annotated_documents_from_dicts(dicts(), "label-studio"):
        yield from errors
        errors.clear()
        yield out
    yield from errors

