"""Where bodies are filed: the jurisdiction the graph gives each gold body against its gold one.

    python bench/jurisdiction_eval.py [--sets u82,u83,...] [--list FILE]

For every READ batch (seeds, dev and the READ batches of bench/read_sets.py), each gold entity
of a body type (PartyGovBody, MilitaryUnit, Enterprise, ResearchInstitute, Association,
IndustrialPark, Fund) is matched to the predicted entity of its type sharing a form with it (the
scorer's forms). Both are keyed by the one resolver (graph.resolve.node_key, the document's
jurisdiction and county as `ingest` gives them): the machine's from its own extraction, the gold's
from the gold extraction (`ingest --annotations`): its name prefixes and, where the gold states
one, its LOCATED_IN place (which wins). The gold document's jurisdiction is the hand-checked one
of bench/judgements/meta1_gold.jsonl where it has the text (u44-u71, seeds, dev), else the one
`ingest.metadata` reads (then a wrong document place is shared and not seen here). Per batch:

- agree: the same jurisdiction (both none included);
- machine finer: the machine's place lies inside the gold's LOCATED_IN place (a district's body the
  gold locates in its city or province: no wrong filing);
- machine coarser: an enterprise, institute or park filed under a place that holds the gold's (a
  city for its district): right, less precise (a government body filed so is wrong: another body);
- machine wrong: both have one and they differ;
- machine none: the gold has one, the machine none;
- gold none: the machine files a body the gold gives no place;
- unmatched: no predicted entity of the type shares a form (an entity miss, not counted above).

--list writes every disagreement (batch, document, type, gold name, gold / machine jurisdiction)
for reading: it holds names of the scored texts and is for the developer's eyes, never committed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ablation import annotated_sets  # noqa: E402
from bench.duplicates_eval import CHECK, read_sets  # noqa: E402
from bench.gold_eval import load_score  # noqa: E402

BODY_TYPES = frozenset(("PartyGovBody", "MilitaryUnit", "Enterprise", "ResearchInstitute",
                        "Association", "IndustrialPark", "Fund"))
LOCATED_TYPES = frozenset(("Enterprise", "ResearchInstitute", "IndustrialPark"))
META_GOLD = ROOT / "bench" / "judgements" / "meta1_gold.jsonl"
KINDS = ("agree", "machine finer", "machine coarser", "machine wrong", "machine none", "gold none",
         "unmatched")


def checked_places() -> dict[str, list[str]]:
    """{document id: the jurisdictions a reader accepts} (bench/judgements/meta1_gold.jsonl)."""
    import json

    rows = [json.loads(x) for x in META_GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    return {r["id"]: r["jurisdiction"] for r in rows}


def with_checked_place(gold_ex, accepted: list[str] | None):
    """The gold extraction with the hand-checked document jurisdiction (the read one if accepted)."""
    doc = gold_ex.document
    if not accepted or doc.jurisdiction in accepted:
        return gold_ex
    return replace(gold_ex, document=replace(doc, jurisdiction=accepted[0]))


def jurisdictions(extraction) -> dict[str, str]:
    """{entity name: node jurisdiction} as graph.resolve.resolve files them in this document."""
    from graph.resolve import document_county, document_jurisdiction, located_places, node_key

    doc = extraction.document
    jur = document_county(extraction, document_jurisdiction(doc.jurisdiction, doc.id))
    located = located_places(extraction, jur)
    return {e.name: node_key(e.name, e.type, jur, doc.id)[1] or located.get(e.name, "")
            for e in extraction.entities}


def gold_jurisdictions(extraction) -> tuple[dict[str, str], set[str]]:
    """The gold's: the resolver's on the gold names, a stated LOCATED_IN place winning; and the
    names whose place is a LOCATED_IN one."""
    from graph.resolve import document_county, document_jurisdiction, node_key

    out = jurisdictions(extraction)
    doc = extraction.document
    jur = document_county(extraction, document_jurisdiction(doc.jurisdiction, doc.id))
    types = {e.name: e.type for e in extraction.entities}
    for e in extraction.entities:
        for a in e.aliases:
            types.setdefault(a, e.type)
    canon = {a: e.name for e in extraction.entities for a in [e.name, *e.aliases]}
    stated = set()
    for r in extraction.relations:
        if r.type == "LOCATED_IN" and types.get(r.tail) == "Location" and r.head in canon:
            place = node_key(canon[r.tail], "Location", jur, doc.id)[1]
            if place:
                out[canon[r.head]] = place
                stated.add(canon[r.head])
    return out, stated


def inside(inner: str, outer: str) -> bool:
    """Whether the place `inner` lies inside the place `outer` (graph.places' table)."""
    from graph import places

    p = places.lookup(inner)
    return p is not None and outer in (p.province, p.city)


def compare(gold_ex, pred_ex, score) -> list[tuple[str, dict, str, str]]:
    """(kind, gold entity dict, gold jurisdiction, machine jurisdiction) per gold body."""
    (gj, stated), pj = gold_jurisdictions(gold_ex), jurisdictions(pred_ex)
    preds = [(e, score.forms({"name": e.name, "aliases": list(e.aliases)})) for e in pred_ex.entities]
    out = []
    for ge in gold_ex.entities:
        if ge.type not in BODY_TYPES:
            continue
        gf = score.forms({"name": ge.name, "aliases": list(ge.aliases)})
        hit = next((p for p, pf in preds if p.type == ge.type and gf & pf), None)
        g = gj.get(ge.name, "")
        if hit is None:
            out.append(("unmatched", ge, g, ""))
            continue
        m = pj.get(hit.name, "")
        kind = "agree" if g == m else "machine none" if not m else "gold none" if not g else "machine wrong"
        if kind == "machine wrong" and ge.name in stated and inside(m, g):
            kind = "machine finer"
        elif kind == "machine wrong" and ge.type in LOCATED_TYPES and inside(g, m):
            kind = "machine coarser"
        out.append((kind, ge, g, m))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(read_sets()))
    ap.add_argument("--list", default="", help="write every disagreement, one a line, to this file")
    a = ap.parse_args()
    from graph.model import Document
    from ingest.annotations import AnnotationError, annotated_documents_from_dicts
    from ingest.extract import extract
    from ingest.pipeline import build_nlp

    score = load_score()
    nlp = build_nlp()
    sets = annotated_sets()
    checked = checked_places()
    rows: list[str] = []
    total: Counter = Counter()
    print("batch\t" + "\t".join(KINDS))
    for name in [s for s in a.sets.split(",") if s and s not in CHECK]:
        counts: Counter = Counter()
        for gold_ex in annotated_documents_from_dicts(sets.get(name, []), "gold"):
            if isinstance(gold_ex, AnnotationError):
                continue
            d = gold_ex.document
            pred_ex = extract(replace(d, origin=Document.origin), nlp)
            gold_ex = with_checked_place(gold_ex, checked.get(d.id))
            for kind, ge, g, m in compare(gold_ex, pred_ex, score):
                counts[kind] += 1
                if kind not in ("agree", "machine finer", "machine coarser", "unmatched"):
                    rows.append(f"{name}\t{d.id}\t{kind}\t{ge.type}\t{ge.name}\tgold={g}\tmachine={m}"
                                f"\tdoc={d.jurisdiction}")
        total += counts
        print(name + "\t" + "\t".join(str(counts[k]) for k in KINDS), flush=True)
    print("all\t" + "\t".join(str(total[k]) for k in KINDS))
    if a.list:
        Path(a.list).write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
