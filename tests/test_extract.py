"""extract / extract_many: records, order, streaming, multi-process equivalence."""

from __future__ import annotations

from pathlib import Path

from graph.model import Document, Extraction
from ingest.extract import extract, extract_many, get_nlp

ROOT = Path(__file__).resolve().parent.parent


def _docs() -> list[Document]:
    out = []
    for p in sorted((ROOT / "samples").glob("*.txt")):
        out.append(Document(id=p.stem, source=str(p), text=p.read_text(encoding="utf-8"), jurisdiction="XX"))
    return out


def test_extract_fills_the_record():
    doc = _docs()[0]
    ex = extract(doc)
    assert isinstance(ex, Extraction) and ex.document is doc
    assert ex.entities and ex.sentences
    line = ex.to_json()
    assert line["id"] == doc.id and line["entities"][0]["name"]
    for e in ex.entities:
        assert e.problems == [] or all(p.document == doc.id for p in e.problems)


def test_doc_id_and_jurisdiction_reach_the_components():
    nlp = get_nlp()
    doc = nlp.make_doc("龙岩市委召开会议。")
    doc._.doc_id, doc._.jurisdiction = "x1", "龙岩"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert doc._.doc_id == "x1" and doc._.jurisdiction == "龙岩"


def _summary(ex: Extraction):
    return ex.document.id, [(e.name, e.type, tuple(e.aliases)) for e in ex.entities], len(ex.relations)


def test_extract_many_streams_in_order_and_matches_extract():
    docs = _docs() * 2
    one = [_summary(x) for x in extract_many(iter(docs), batch_size=2)]
    assert [d for d, _, _ in one] == [d.id for d in docs]
    assert one[0] == _summary(extract(docs[0]))


def test_two_processes_give_the_same_result():
    docs = _docs() * 2
    one = [_summary(x) for x in extract_many(docs, n_process=1, batch_size=2)]
    two = [_summary(x) for x in extract_many(docs, n_process=2, batch_size=2)]
    assert one == two
