"""A problem statement a curated document GIVES its holder (gold with "problems_annotated", an
analyst's correction loaded with `ingest --annotations`) counts for that holder in the "stalled"
analysis even where the clause does not repeat the holder's name (issue 9 §2: the gold yardstick
lost 23 of its 53 given problems to `stalled.naming`). The mark is the curated source in the
problem's evidence: both stores keep it, the canonical export shows it, and a machine-found problem
never carries it. Names are invented (青山市, 东方重工集团 ...), never copied from scored texts.
"""

from __future__ import annotations

import json

from graph.analysis.gaps.stalled import given, naming, stalled
from graph.embedded import EmbeddedStore
from graph.export import canonical_json
from ingest.annotations import annotated_documents_from_dicts
from ingest.labelstudio import gold_from_task, task_from_record
from tests.store_helpers import ingested_annotations
from workflows.ingest import ingest_annotations, ingest_paths

TEXT = ("青山市人防办召开全市人防工程管理工作会议。\n"
        "会议指出，该办2家下属单位账目不清，工程维护推进缓慢。\n")
PROBLEM = "会议指出，该办2家下属单位账目不清，工程维护推进缓慢。"
HOLDER = "青山市人防办"


def gold_doc(doc_id: str = "g01", text: str = TEXT, problem: str = PROBLEM, **changes) -> dict:
    """A gold document whose annotator gave the problem clause (which names no body) to the office."""
    start = text.index(problem)
    d = {"id": doc_id, "source": f"{doc_id}.txt", "text": text, "problems_annotated": True,
         "entities": [{"name": HOLDER, "type": "PartyGovBody", "aliases": [],
                       "problems": [{"sentence": problem, "start": start, "end": start + len(problem),
                                     "solved": False}]}],
         "relations": []}
    d.update(changes)
    return d


def _write(path, docs: list[dict]):
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", encoding="utf-8")
    return path


def _holder_node(G):
    return next(n for n, a in G.nodes(data=True) if a.get("name") == HOLDER)


def _stalled_keys(G) -> set[str]:
    return {f["key"] for f in stalled(G)[0]}


def test_a_given_problem_is_marked_curated_and_kept_although_the_clause_does_not_name_its_holder(tmp_path):
    (ex,) = annotated_documents_from_dicts([gold_doc()], "gold")
    (p,) = ex.entities[0].problems
    assert p.source == "curated:gold" and p.modality == "problem"
    store = EmbeddedStore(tmp_path / "g.db")
    try:
        gold = _write(tmp_path / "gold.jsonl", [gold_doc()])
        assert ingest_annotations([gold], store).count("written") == 1
        G = store.to_networkx()
    finally:
        store.close()
    n = _holder_node(G)
    (stored,) = G.nodes[n]["problems"]
    assert given(stored) and HOLDER not in stored["sentence"]
    assert naming(G, n, [stored]) == [stored]
    assert f"stalled|{n}" in _stalled_keys(G)
    # the same sentence without the mark is what the machine would hold: not named, not kept
    unmarked = {k: v for k, v in stored.items() if k != "source"}
    assert naming(G, n, [unmarked]) == []


def test_the_rest_of_stalled_still_applies_to_given_problems(tmp_path):
    """Given does not mean current: a problem told as a past passage is held back as before."""
    past = PROBLEM.replace("该办2家下属单位", "该办2家下属单位曾一度")
    store = EmbeddedStore(tmp_path / "g.db")
    try:
        docs = [gold_doc(text=TEXT.replace(PROBLEM, past), problem=past)]
        ingest_annotations([_write(tmp_path / "gold.jsonl", docs)], store)
        G = store.to_networkx()
    finally:
        store.close()
    found, held = stalled(G)
    n = _holder_node(G)
    assert f"stalled|{n}" not in {f["key"] for f in found}
    assert f"stalled|{n}" in {f["key"] for f in held}


def test_a_machine_ingest_of_the_same_text_cannot_produce_the_mark(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "g01.txt").write_text(TEXT, encoding="utf-8")
    store = EmbeddedStore(tmp_path / "m.db")
    try:
        ingest_paths([texts], store)
        export = json.loads(canonical_json(store.to_networkx()))
    finally:
        store.close()
    problems = [p for node in export["nodes"] for p in node.get("problems") or ()]
    assert all("source" not in p for p in problems)
    # a curated document whose problems the extractor's rule finds (none given) has no mark either
    found = gold_doc("g02", problems_annotated=False)
    found["entities"][0].pop("problems")
    (ex,) = annotated_documents_from_dicts([found], "gold")
    assert all(p.source == "" for e in ex.entities for p in e.problems)


def test_both_stores_keep_the_mark_and_the_canonical_export_shows_it(tmp_path, neo4j_store):
    gold = _write(tmp_path / "gold.jsonl", [gold_doc()])
    embedded = EmbeddedStore(tmp_path / "g.db")
    try:
        for store in (embedded, neo4j_store):
            assert ingest_annotations([gold], store).count("written") == 1
        left, right = canonical_json(embedded.to_networkx()), canonical_json(neo4j_store.to_networkx())
        assert left == right
        G = neo4j_store.to_networkx()
    finally:
        embedded.close()
    (p,) = G.nodes[_holder_node(G)]["problems"]
    assert p["source"] == "curated:gold.jsonl" and '"source": "curated:gold.jsonl"' in left
    assert f"stalled|{_holder_node(G)}" in _stalled_keys(G)


def _record() -> dict:
    """An `extract --format jsonl` record of TEXT whose entity carries the problem statement."""
    start = TEXT.index(PROBLEM)
    mention = TEXT.index(HOLDER)
    return {"id": "g01", "source": "g01.txt", "title": "",
            "entities": [{"name": HOLDER, "type": "PartyGovBody", "aliases": [], "confidence": 0.9,
                          "mentions": [{"start": mention, "end": mention + len(HOLDER), "text": HOLDER}],
                          "problems": [{"sentence": PROBLEM, "sentence_index": 1, "start": start,
                                        "end": start + len(PROBLEM), "modality": "problem"}]}],
            "relations": []}


def test_label_studio_round_trip_keeps_the_problems_of_an_entity_the_analyst_kept(tmp_path):
    task, _ = task_from_record(_record(), TEXT)
    result = task["predictions"][0]["result"]
    kept = gold_from_task({"id": 1, "data": task["data"], "annotations": [{"id": 1, "result": result}]})
    (ent,) = kept["entities"]
    assert [(p["start"], p["end"]) for p in ent["problems"]] == [(TEXT.index(PROBLEM),
                                                                  TEXT.index(PROBLEM) + len(PROBLEM))]
    deleted = gold_from_task({"id": 1, "data": task["data"], "annotations": [{"id": 1, "result": []}]})
    assert deleted["entities"] == []  # the analyst deleted the entity: its problems go with it

    export = tmp_path / "project-1.json"
    export.write_text(json.dumps([{"id": 1, "data": task["data"], "annotations": [
        {"id": 1, "result": result, "was_cancelled": False}]}], ensure_ascii=False), encoding="utf-8")
    G = ingested_annotations(export, tmp_path / "g.db")
    n = _holder_node(G)
    (p,) = G.nodes[n]["problems"]
    assert p["source"] == "curated:label-studio" and p["sentence"] == PROBLEM
    assert f"stalled|{n}" in _stalled_keys(G)
