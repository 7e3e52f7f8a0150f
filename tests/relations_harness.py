"""Test helper: run the relation rules on GOLD entities, so relation quality is measured alone.

Relation F1 with the full pipeline mixes two error sources (a missed entity makes every relation
through it unreachable). This harness removes the first: it finds each gold entity's name and
aliases in the gold text (longest first, non-overlapping), builds a spaCy Doc whose ents are those
mentions with the extensions the pipeline contract defines, and runs the `mcf_relations` component
(or the plain `extract_relations` function) on it. Scores come from ../shared/eval/score.py itself.

    .venv/bin/python -m tests.relations_harness            # scores on seeds + dev
    .venv/bin/python -m tests.relations_harness --errors   # plus missed / spurious relations
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

from graph.model import Entity, Mention
from ingest.components.relations import EntMention, extract_relations
from ingest.normalise import fold

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD_FILES = [SHARED / "gold" / "seeds.jsonl", SHARED / "gold" / "dev.jsonl"]
SCORE_PY = SHARED / "eval" / "score.py"
SENT_END = re.compile(r"[。！？!?\n]")


def load_gold(paths: list[Path] | None = None) -> list[dict]:
    docs = []
    for p in paths or GOLD_FILES:
        if not p.exists():
            continue
        with open(p, encoding="utf-8") as fh:
            docs.extend(json.loads(line) for line in fh if line.strip())
    return docs


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans as the pipeline cuts them (ingest.components.sentences), else 。！？/line break."""
    try:
        from ingest.components.sentences import sentence_spans
    except ImportError:
        return _split_sentences(text)
    return sentence_spans(text)


def _split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of sentences: ends at 。！？ (kept) or a line break; blank ones dropped."""
    out = []
    start = 0
    for m in SENT_END.finditer(text):
        end = m.end() if m.group(0) != "\n" else m.start()
        out.append((start, end))
        start = m.end()
    out.append((start, len(text)))
    spans = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def gold_mentions(doc: dict) -> list[EntMention]:
    """Every occurrence of a gold name or alias, longest form first, without overlaps."""
    text = fold(doc["text"])
    forms = []
    for e in doc["entities"]:
        for f in [e["name"], *(e.get("aliases") or [])]:
            if f:
                forms.append((fold(f), e["name"], e["type"]))
    forms.sort(key=lambda x: -len(x[0]))
    taken = [False] * len(text)
    out = []
    for f, name, typ in forms:
        start = text.find(f)
        while start >= 0:
            end = start + len(f)
            if not any(taken[start:end]):
                for i in range(start, end):
                    taken[i] = True
                out.append(EntMention(start, end, name, typ))
            start = text.find(f, start + 1)
    return sorted(out, key=lambda m: m.start)


def gold_entities(doc: dict, mentions: list[EntMention], sentences: list[tuple[int, int]]) -> list[Entity]:
    ents = []
    for e in doc["entities"]:
        ms = []
        for m in mentions:
            if m.name == e["name"]:
                si = next((i for i, (s, t) in enumerate(sentences) if s <= m.start < t), -1)
                ms.append(Mention(si, m.start, m.end, doc["text"][m.start : m.end]))
        ents.append(Entity(name=e["name"], type=e["type"], aliases=list(e.get("aliases") or []), mentions=ms))
    return ents


def predict(doc: dict) -> dict:
    """The relations the rules find given the gold entities, as a score.py prediction line."""
    sentences = split_sentences(doc["text"])
    mentions = gold_mentions(doc)
    entities = gold_entities(doc, mentions, sentences)
    rels, problems = extract_relations(doc["text"], sentences, mentions, entities, doc["id"])
    return {
        "id": doc["id"],
        "entities": [{"name": e.name, "type": e.type, "aliases": e.aliases} for e in entities],
        "relations": [
            {
                "head": r.head,
                "type": r.type,
                "tail": r.tail,
                "evidence": r.evidence.sentence,
                "source": r.source,
                "modality": r.evidence.modality,
            }
            for r in rels
        ],
        "problems": {k: [ev.sentence for ev in v] for k, v in problems.items()},
    }


def build_doc(doc: dict, nlp=None):
    """A spaCy Doc of the gold text with gold entity spans and the contract's extensions set."""
    import spacy
    from spacy.tokens import Doc, Span

    try:  # the pipeline's own registration, when it exists
        from ingest import extensions

        extensions.register()
    except ImportError:
        pass
    for name, default in (("entity_name", None), ("source", ""), ("confidence", 1.0)):
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name in ("doc_id", "jurisdiction", "entities", "relations", "sentence_spans"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    nlp = nlp or spacy.blank("zh")
    d = nlp.make_doc(doc["text"])
    sentences = split_sentences(doc["text"])
    mentions = gold_mentions(doc)
    spans = []
    for m in mentions:
        sp = d.char_span(m.start, m.end, label=m.type, alignment_mode="expand")
        if sp is None or any(sp.start < o.end and o.start < sp.end for o in spans):
            continue
        sp._.entity_name = m.name
        spans.append(sp)
    d.ents = spans
    d._.doc_id = doc["id"]
    d._.jurisdiction = ""
    d._.sentence_spans = sentences
    d._.entities = gold_entities(doc, mentions, sentences)
    d._.relations = []
    return d


def load_scorer():
    spec = importlib.util.spec_from_file_location("mcf_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def score_gold_entities(docs: list[dict] | None = None) -> dict:
    docs = docs if docs is not None else load_gold()
    scorer = load_scorer()
    gold = {d["id"]: d for d in docs}
    pred = {d["id"]: predict(d) for d in docs}
    return scorer.score(gold, pred)


def predict_pipeline(doc: dict) -> dict:
    """The full pipeline's output line (ingest.extract) for a gold document's text."""
    from graph.model import Document
    from ingest.extract import extract

    try:
        from ingest.metadata import extract_metadata

        meta = extract_metadata(doc["text"], f"{doc['id']}.txt")
    except Exception:  # metadata is not what is measured here
        meta = {}
    document = Document(
        id=doc["id"],
        source=doc.get("source", ""),
        text=doc["text"],
        jurisdiction=meta.get("jurisdiction", ""),
        title=meta.get("title", ""),
    )
    return extract(document).to_json()


def score_pipeline(docs: list[dict] | None = None) -> tuple[dict, dict]:
    """(score.py result, predictions by id) for the full pipeline on the gold documents."""
    docs = docs if docs is not None else load_gold()
    scorer = load_scorer()
    gold = {d["id"]: d for d in docs}
    pred = {d["id"]: predict_pipeline(d) for d in docs}
    return scorer.score(gold, pred), pred


def pipeline_errors(doc: dict, pred: dict, scorer) -> tuple[list, list]:
    """Missed gold / spurious predicted relations of the pipeline, mapped through entity matching."""
    gents, pents = doc["entities"], pred["entities"]
    m = scorer.match_entities(gents, pents, False)
    grels = {}
    for r in doc["relations"]:
        h, t = scorer.resolve(r["head"], gents), scorer.resolve(r["tail"], gents)
        if h is not None and t is not None:
            grels[(h, r["type"], t)] = r
    found, spurious = set(), []
    for r in pred["relations"]:
        h, t = scorer.resolve(r["head"], pents), scorer.resolve(r["tail"], pents)
        key = (m.get(h) if h is not None else None, r["type"], m.get(t) if t is not None else None)
        alt = (key[2], key[1], key[0])
        if key in grels:
            found.add(key)
        elif r["type"] == "COORDINATES_WITH" and alt in grels:
            found.add(alt)
        else:
            spurious.append(r)
    missed = [r for k, r in grels.items() if k not in found]
    return missed, spurious


def errors(doc: dict) -> tuple[list, list]:
    """(missed gold relations, spurious predicted relations) for one document, by name."""
    pred = predict(doc)
    g = {(r["head"], r["type"], r["tail"]) for r in doc["relations"]}
    p = {(r["head"], r["type"], r["tail"]): r for r in pred["relations"]}

    def same(a, b):
        return a == b or (a[1] == b[1] == "COORDINATES_WITH" and (a[0], a[2]) == (b[2], b[0]))

    missed = [r for r in doc["relations"] if not any(same((r["head"], r["type"], r["tail"]), k) for k in p)]
    spurious = [v for k, v in p.items() if not any(same(k, x) for x in g)]
    return missed, spurious


def main(argv: list[str]) -> None:
    docs = load_gold()
    res = score_gold_entities(docs)
    for k in ("relations_untyped", "relations_typed"):
        v = res[k]
        counts = f"(tp {v['tp']}, pred {v['pred']}, gold {v['gold']})"
        print(f"{k:18} P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}  {counts}")
    if "--pipeline" in argv:
        pres, preds = score_pipeline(docs)
        print("full pipeline (ingest.extract):")
        for k in ("entities_untyped", "entities_typed", "relations_untyped", "relations_typed"):
            v = pres[k]
            counts = f"(tp {v['tp']}, pred {v['pred']}, gold {v['gold']})"
            print(f"{k:18} P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}  {counts}")
        if "--errors" in argv:
            scorer = load_scorer()
            for d in docs:
                missed, spurious = pipeline_errors(d, preds[d["id"]], scorer)
                print(f"== {d['id']}: missed {len(missed)}, spurious {len(spurious)}")
                for r in missed:
                    print(f"  - {r['head']} {r['type']} {r['tail']} | {r['evidence'][:60]}")
                for r in spurious:
                    print(f"  + {r['head']} {r['type']} {r['tail']} [{r['source']}] | {r['evidence'][:60]}")
        return
    if "--errors" in argv:
        for d in docs:
            missed, spurious = errors(d)
            print(f"== {d['id']}: missed {len(missed)}, spurious {len(spurious)}")
            for r in missed:
                print(f"  - {r['head']} {r['type']} {r['tail']} | {r['evidence'][:70]}")
            for r in spurious:
                print(f"  + {r['head']} {r['type']} {r['tail']} [{r['source']}] | {r['evidence'][:70]}")


if __name__ == "__main__":
    main(sys.argv[1:])
