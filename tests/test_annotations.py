"""Curated facts in (`mcfgraph ingest --annotations`): gold-format and extract-format documents become
the same records as an extraction, are checked against their text, and outrank a machine ingest.

Names are invented (东方重工集团, 青山市 ...), never copied from scored texts.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from graph.embedded import EmbeddedStore
from graph.export import canonical_json
from ingest.annotations import AnnotationError, annotated_documents_from_dicts, read_annotation_file
from ingest.metadata import extract_metadata
from workflows.ingest import ingest_annotations, ingest_paths

runner = CliRunner()

TEXT = (
    "青山市军民融合产业园建设推进会召开\n"
    "3月5日，青山市委军民融合办召开推进会。青山军分区和东方重工集团参加会议。\n"
    "会议要求，青山市委军民融合办要加快推进青山市军民融合产业园建设。\n"
    "目前，产业园建设进度比较慢，东方重工集团尚未入驻。"
)


def gold_doc(doc_id: str = "q01", **changes) -> dict:
    d = {
        "id": doc_id,
        "source": f"{doc_id}.txt",
        "text": TEXT,
        "entities": [
            {"name": "青山市委军民融合办", "type": "PartyGovBody", "aliases": []},
            {"name": "青山军分区", "type": "MilitaryUnit", "aliases": []},
            {"name": "东方重工集团", "type": "Enterprise", "aliases": []},
            {"name": "青山市军民融合产业园", "type": "IndustrialPark", "aliases": ["产业园"]},
            {"name": "青山市军民融合产业园建设推进会", "type": "Event", "aliases": ["推进会"]},
        ],
        "relations": [
            {"head": "青山军分区", "type": "PARTICIPATES_IN", "tail": "推进会",
             "evidence": "青山军分区和东方重工集团参加会议。"},
            {"head": "青山市委军民融合办", "type": "IMPLEMENTS", "tail": "青山市军民融合产业园",
             "evidence": "会议要求，青山市委军民融合办要加快推进青山市军民融合产业园建设。"},
        ],
    }
    d.update(changes)
    return d


def one(d: dict, origin: str = "test"):
    (out,) = list(annotated_documents_from_dicts([d], origin))
    return out


def test_gold_document_becomes_an_extraction_located_in_its_text():
    ex = one(gold_doc())
    doc = ex.document
    assert doc.id == "q01" and doc.origin == "curated"
    assert doc.sha256 == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    meta = extract_metadata(TEXT)  # read from the text by ingest.metadata, as for a file
    assert doc.title == meta["title"] == "青山市军民融合产业园建设推进会召开"
    assert (doc.jurisdiction, doc.genre) == (meta["jurisdiction"], meta["genre"])
    park = next(e for e in ex.entities if e.type == "IndustrialPark")
    # every occurrence of the name and its alias, but not the park inside the meeting's own name
    assert [TEXT[m.start:m.end] for m in park.mentions] == ["青山市军民融合产业园", "产业园"]
    meeting = next(e for e in ex.entities if e.type == "Event")
    assert [m.text for m in meeting.mentions] == ["青山市军民融合产业园建设推进会", "推进会"]
    for e in ex.entities:
        assert e.source == "curated:test"
        assert all(TEXT[m.start:m.end] == m.text for m in e.mentions)
        assert all(ex.sentences[m.sentence][0] <= m.start < ex.sentences[m.sentence][1] for m in e.mentions)
    attend, implement = ex.relations
    assert attend.tail == "青山市军民融合产业园建设推进会"  # an alias resolves to its entity
    ev = implement.evidence
    assert TEXT[ev.start:ev.end] == ev.sentence and ev.document == "q01"
    assert implement.modality == "directive" and attend.modality != "directive"
    assert implement.source == "curated:test"
    # the extractor's problem rule on the curated mentions: the park's construction is slow
    assert [p.modality for p in park.problems] == ["problem"]
    assert not meeting.problems  # events carry no problems


def test_bad_facts_name_the_document_and_the_fact_and_the_batch_goes_on():
    bad_name = gold_doc("q02")
    bad_name["entities"].append({"name": "西河市人民政府", "type": "PartyGovBody", "aliases": []})
    bad_ev = gold_doc("q03")
    bad_ev["relations"][0]["evidence"] = "青山军分区没有参加会议。"
    bad_type = gold_doc("q04")
    bad_type["relations"][1]["type"] = "OWNS"
    out = list(annotated_documents_from_dicts([bad_name, gold_doc("q05"), bad_ev, bad_type], "t"))
    assert [type(x).__name__ for x in out] == ["AnnotationError", "Extraction", "AnnotationError",
                                               "AnnotationError"]
    assert "q02" in str(out[0]) and "西河市人民政府" in str(out[0]) and "does not occur" in str(out[0])
    assert "q03" in str(out[2]) and "青山军分区 -PARTICIPATES_IN-> 推进会" in str(out[2])
    assert "OWNS" in str(out[3])


def test_a_name_wrapped_by_a_line_break_in_the_text_is_found_as_the_scorer_finds_it():
    """Web pages and PDFs wrap long names (…代表团全\n\n体会议); a curated name written without the break is
    located across it (white space inside only, never other characters), as score.py matches it."""
    text = "3月5日,东方重工集团在出席青山市军民融合发展大会代表团全\n\n体会议上讲话。东方重工集团表示支持。"
    d = gold_doc("q06", text=text, relations=[], entities=[
        {"name": "青山市军民融合发展大会代表团全体会议", "type": "Event", "aliases": []},
        {"name": "东方重工集团", "type": "Enterprise", "aliases": []}])
    ex = one(d)
    meeting = next(e for e in ex.entities if e.type == "Event")
    assert [m.text for m in meeting.mentions] == ["青山市军民融合发展大会代表团全\n\n体会议"]
    assert len(next(e for e in ex.entities if e.type == "Enterprise").mentions) == 2
    d["entities"].append({"name": "青山市军民融合大会", "type": "Event", "aliases": []})  # not in the text
    assert "does not occur" in str(one(d))


def test_problems_annotated_document_takes_only_the_problems_given():
    """With "problems_annotated": true the annotator's list is the whole truth: the extractor's rule,
    which would give the park TEXT's "进度比较慢" problem, is not asked; a holder given a problem keeps it."""
    plain = one(gold_doc("q07"))
    plain_park = next(e for e in plain.entities if e.type == "IndustrialPark")
    assert [p.modality for p in plain_park.problems] == ["problem"]
    sentence = "目前，产业园建设进度比较慢，东方重工集团尚未入驻。"
    start = TEXT.index(sentence)
    d = gold_doc("q08", problems_annotated=True)
    d["entities"][2]["problems"] = [{"sentence": sentence, "start": start, "end": start + len(sentence)}]
    ex = one(d)
    park = next(e for e in ex.entities if e.type == "IndustrialPark")
    firm = next(e for e in ex.entities if e.type == "Enterprise")
    assert park.problems == []
    assert [(p.start, p.end, p.modality, p.document) for p in firm.problems] == [
        (start, start + len(sentence), "problem", "q08")]
    first, last = ex.sentences[firm.problems[0].sentence_index]
    assert first <= start < last
    d["entities"][2]["problems"][0]["solved"] = True  # the text reports it solved: no open problem
    assert next(e for e in one(d).entities if e.type == "Enterprise").problems == []
    d["entities"][2]["problems"][0]["start"] += 1  # still checked against the text
    assert "is not at" in str(one(d))


def test_relation_in_a_problem_marked_solved_is_no_open_problem():
    """A relation stated in a sentence the annotator marks as a solved problem is history: the
    classifier's "problem" modality would give the gold graph a stalled finding the annotator denies.
    Unmarked documents and open problems keep the classifier's modality."""
    text = "东方置业公司拖欠青山人防工程建设费的问题突出。青山人防办已全部追缴。"
    sentence = text[: text.index("。") + 1]
    problem = {"sentence": sentence, "start": 0, "end": len(sentence), "solved": True}
    d = {"id": "q09", "text": text, "problems_annotated": True,
         "entities": [{"name": "东方置业公司", "type": "Enterprise", "aliases": [], "problems": [problem]},
                      {"name": "青山人防工程", "type": "Project", "aliases": []}],
         "relations": [{"head": "东方置业公司", "type": "IMPLEMENTS", "tail": "青山人防工程",
                        "evidence": sentence}]}

    def modality(doc):
        return one(doc).relations[0].evidence.modality

    assert modality(d) == "reported"
    d["entities"][0]["problems"][0]["solved"] = False
    assert modality(d) == "problem"
    del d["problems_annotated"]
    d["entities"][0]["problems"][0]["solved"] = True
    assert modality(d) == "problem"


def test_annotation_files_as_json_lines_array_or_one_document(tmp_path):
    lines = tmp_path / "a.jsonl"
    lines.write_text(json.dumps(gold_doc("q01"), ensure_ascii=False) + "\n{broken\n"
                     + json.dumps(gold_doc("q02"), ensure_ascii=False) + "\n", encoding="utf-8")
    array = tmp_path / "b.json"
    array.write_text(json.dumps([gold_doc("q03"), gold_doc("q04")], ensure_ascii=False, indent=1))
    single = tmp_path / "c.json"
    single.write_text(json.dumps(gold_doc("q05"), ensure_ascii=False, indent=1))
    empty = tmp_path / "d.jsonl"
    empty.write_text("\n")

    def ids(path):
        return [str(x) if isinstance(x, AnnotationError) else x.document.id
                for x in read_annotation_file(path)]

    first = ids(lines)
    assert first[1:] == ["q01", "q02"] and "a.jsonl:2" in first[0] and "not JSON" in first[0]
    assert ids(array) == ["q03", "q04"] and ids(single) == ["q05"]
    assert "no documents" in ids(empty)[0]


def test_one_id_twice_is_refused_not_silently_replaced(tmp_path):
    out = list(annotated_documents_from_dicts([gold_doc("q01"), gold_doc("q01")], "t"))
    assert not isinstance(out[0], AnnotationError)
    assert isinstance(out[1], AnnotationError) and "id of document #1" in str(out[1])
    folder = tmp_path / "batch"
    folder.mkdir()
    _write_gold(folder / "a.jsonl", [gold_doc("q01")])
    _write_gold(folder / "b.jsonl", [gold_doc("q01"), gold_doc("q02")])
    store = EmbeddedStore(tmp_path / "g.db")
    try:
        summary = ingest_annotations([folder], store)  # a folder: its annotation files, sorted
        assert [o.status for o in summary.outcomes] == ["written", "failed", "written"]
        assert "a.jsonl" in summary.outcomes[1].error
    finally:
        store.close()


def test_relation_argument_must_be_an_entity_of_the_document():
    d = gold_doc()
    d["relations"][0]["head"] = "东方集团"
    err = one(d)
    assert isinstance(err, AnnotationError) and "'东方集团' is not an entity" in str(err)


def test_explicit_offsets_from_an_annotation_tool():
    """Label Studio gives spans and relation offsets: used as given, checked against the text."""
    start = TEXT.index("东方重工集团")
    sent = "青山军分区和东方重工集团参加会议。"
    s0 = TEXT.index(sent)
    d = gold_doc()
    d["entities"][2] = {"name": "东方重工集团", "type": "Enterprise", "aliases": [],
                        "mentions": [{"start": start, "end": start + 4}]}  # the tool's span: 东方重工
    d["relations"][0].update(start=s0, end=s0 + len(sent), modality="reported")
    ex = one(d)
    firm = next(e for e in ex.entities if e.type == "Enterprise")
    assert [(m.start, m.end) for m in firm.mentions] == [(start, start + 4)]
    assert firm.aliases == ["东方重工"]  # a span that is not the name becomes an alias
    assert ex.relations[0].evidence.start == s0 and ex.relations[0].modality == "reported"
    d["relations"][0].update(start=s0 + 1)
    err = one(d)
    assert isinstance(err, AnnotationError) and "is not at" in str(err)


def test_extract_output_corrected_by_hand_reads_back(tmp_path):
    """`extract --format jsonl` lines carry no text: it is read from the source file."""
    from ingest.extract import extract
    from ingest.load import load_document

    src = tmp_path / "q06.txt"
    src.write_text(TEXT, encoding="utf-8")
    line = extract(load_document(src)).to_json()
    line["relations"] = [r for r in line["relations"] if r["type"] != "LOCATED_IN"]
    line["entities"].append({"name": "东方重工集团", "type": "Enterprise", "aliases": []})
    line["relations"].append({"head": "东方重工集团", "type": "PARTICIPATES_IN",
                              "tail": line["entities"][0]["name"],
                              "evidence": "青山军分区和东方重工集团参加会议。"})
    ann = tmp_path / "ann" / "corrected.jsonl"
    ann.parent.mkdir()
    line["source"] = "../q06.txt"  # relative to the annotation file
    ann.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    (ex,) = list(read_annotation_file(ann))
    assert not isinstance(ex, AnnotationError), ex
    assert ex.document.id == "q06"
    assert ex.document.sha256 == hashlib.sha256(src.read_bytes()).hexdigest()
    assert ex.relations[-1].head == "东方重工集团"
    assert all(r.source == "curated:corrected.jsonl" for r in ex.relations)


def _write_gold(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def test_machine_ingest_keeps_the_curated_version_unless_forced(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "q01.txt").write_text(TEXT, encoding="utf-8")
    gold = _write_gold(tmp_path / "gold.jsonl", [gold_doc()])
    store = EmbeddedStore(tmp_path / "g.db")
    try:
        assert ingest_annotations([gold], store).count("written") == 1
        curated = canonical_json(store.to_networkx())
        assert store.document_meta("q01")["origin"] == "curated"
        summary = ingest_paths([texts], store)
        assert summary.count("curated") == 1 and "kept the curated version" in summary.outcomes[0].error
        assert canonical_json(store.to_networkx()) == curated
        ingest_paths([texts], store, force=True)
        assert store.document_meta("q01")["origin"] == "machine"
        machine = json.loads(canonical_json(store.to_networkx()))
        sources = {ev["source"] for r in machine["relationships"] for ev in r["evidence"]}
        assert sources and not any(s.startswith("curated") for s in sources)
        ingest_annotations([gold], store)  # curated again: it replaces the machine's contribution
        assert canonical_json(store.to_networkx()) == curated
    finally:
        store.close()


def test_cli_reports_a_bad_document_and_writes_the_rest(tmp_path):
    bad = gold_doc("q09")
    bad["relations"][0]["evidence"] = "这句话不在文中。"
    gold = _write_gold(tmp_path / "gold.jsonl", [gold_doc("q08"), bad])
    db = tmp_path / "g.db"
    res = runner.invoke(app, ["ingest", "--annotations", str(gold), "--db", str(db)])
    assert res.exit_code == 1
    assert "q09" in res.stderr and "这句话不在文中" in res.stderr
    store = EmbeddedStore(db)
    try:
        assert [d["id"] for d in store.documents()] == ["q08"]
        assert store.documents()[0]["origin"] == "curated"
    finally:
        store.close()
    (tmp_path / "q08.txt").write_text(TEXT, encoding="utf-8")
    res = runner.invoke(app, ["ingest", str(tmp_path / "q08.txt"), "--db", str(db)])
    assert res.exit_code == 0 and "kept the curated version of q08" in res.stderr


@pytest.mark.neo4j
def test_curated_documents_give_the_same_export_from_both_stores(tmp_path, neo4j_store):
    gold_path = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "seeds.jsonl"
    if not gold_path.exists():
        pytest.skip(f"{gold_path} not found (the gold set lives beside the checkout)")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "q01.txt").write_text(TEXT, encoding="utf-8")
    gold = _write_gold(tmp_path / "mine.jsonl", [gold_doc()])
    embedded = EmbeddedStore(tmp_path / "g.db")
    try:
        for store in (embedded, neo4j_store):
            assert ingest_annotations([gold_path, gold], store).count("written") == 4
            assert ingest_paths([texts], store).count("curated") == 1
        assert neo4j_store.document_meta("q01")["origin"] == "curated"
        left, right = canonical_json(embedded.to_networkx()), canonical_json(neo4j_store.to_networkx())
        assert left == right and '"origin": "curated"' in left
        for store in (embedded, neo4j_store):
            ingest_paths([texts], store, force=True)
        assert neo4j_store.document_meta("q01")["origin"] == "machine"
        assert canonical_json(embedded.to_networkx()) == canonical_json(neo4j_store.to_networkx())
    finally:
        embedded.close()
