"""The Label Studio conversion both ways, without a server (the server round trip is
tests/test_labelstudio_server.py). Names are invented."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from cli import app
from graph.embedded import EmbeddedStore
from graph.model import ENTITY_TYPES, RELATION_TYPES
from ingest.labelstudio import (
    ALIAS_RELATION,
    LabelStudioError,
    gold_from_export,
    gold_from_task,
    is_label_studio_export,
    labelling_config,
    task_from_record,
)

TEXT = ("青山市委军民融合办牵头推进东方重工集团有限公司搬迁项目。\n"
        "东方重工与青山军分区开展合作，共建试验基地。")


def _span(text: str, surface: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return {"start": start, "end": start + len(surface), "text": surface}


def _record(text: str = TEXT) -> dict:
    """An `extract --format jsonl` record of TEXT, offsets computed (never typed by hand)."""
    ents = [
        ("青山市委军民融合办", "PartyGovBody", []),
        ("东方重工集团有限公司", "Enterprise", ["东方重工"]),
        ("青山军分区", "MilitaryUnit", []),
        ("东方重工集团有限公司搬迁项目", "Project", []),
    ]
    entities = []
    for name, etype, aliases in ents:
        mentions = [_span(text, s) for s in (name, *aliases) if s in text]
        if name == "东方重工集团有限公司":
            mentions = [_span(text, name), _span(text, "东方重工", 1)]
        entities.append({"name": name, "type": etype, "aliases": aliases, "mentions": mentions,
                         "confidence": 0.9})
    first = text.index("。") + 1
    second = text.index("东方重工与")
    return {
        "id": "qs01", "source": "corpus/qs01.txt", "title": "",
        "entities": entities,
        "relations": [
            {"head": "青山市委军民融合办", "type": "LEADS", "tail": "东方重工集团有限公司搬迁项目",
             "evidence": text[:first], "start": 0, "end": first},
            {"head": "东方重工集团有限公司", "type": "COORDINATES_WITH", "tail": "青山军分区",
             "evidence": text[second:], "start": second, "end": len(text)},
        ],
    }


def _annotated(task: dict, result: list[dict]) -> dict:
    """The task as Label Studio exports it once a person has submitted `result`."""
    return {"id": 7, "data": task["data"], "predictions": task["predictions"],
            "annotations": [{"id": 1, "result": result, "was_cancelled": False, "ground_truth": False,
                             "updated_at": "2026-01-01T00:00:00Z"}]}


def test_config_lists_every_entity_and_relation_type():
    root = ET.fromstring(labelling_config())
    labels = [e.get("value") for e in root.iter("Label")]
    relations = [e.get("value") for e in root.iter("Relation")]
    assert labels == list(ENTITY_TYPES)
    assert relations[: len(RELATION_TYPES)] == list(RELATION_TYPES)
    assert relations[len(RELATION_TYPES):] == [ALIAS_RELATION]
    text = root.find("Text")
    assert text is not None and text.get("value") == "$text"
    assert root.find("Labels").get("toName") == text.get("name")


def test_task_regions_have_exact_offsets_and_relations_point_at_the_evidence_spans():
    task, dropped = task_from_record(_record(), TEXT)
    assert dropped == []
    assert task["data"]["text"] == TEXT and task["data"]["doc_id"] == "qs01"
    result = task["predictions"][0]["result"]
    regions = {r["id"]: r for r in result if r["type"] == "labels"}
    assert len(regions) == 5
    for r in regions.values():
        v = r["value"]
        assert TEXT[v["start"]:v["end"]] == v["text"]
    rels = [r for r in result if r["type"] == "relation"]
    assert [r["labels"] for r in rels] == [["LEADS"], ["COORDINATES_WITH"]]
    coord = rels[1]
    # the alias mention in the second sentence is chosen, not the full name in the first
    assert regions[coord["from_id"]]["value"]["text"] == "东方重工"
    assert regions[coord["to_id"]]["value"]["text"] == "青山军分区"


def test_relation_of_an_entity_without_mentions_is_reported_not_invented():
    record = _record()
    record["entities"][2]["mentions"] = []
    _task, dropped = task_from_record(record, TEXT)
    assert dropped == ["东方重工集团有限公司 COORDINATES_WITH 青山军分区"]


def test_mention_that_does_not_match_the_text_is_an_error_naming_the_document():
    with pytest.raises(LabelStudioError, match="qs01"):
        task_from_record(_record(), "X" + TEXT)


def test_round_trip_keeps_the_correction_and_merges_spans_by_alias():
    task, _ = task_from_record(_record(), TEXT)
    result = copy.deepcopy(task["predictions"][0]["result"])
    # correction: the project span is wrong (delete it and its relation), a missing relation added
    project = next(r["id"] for r in result
                   if r.get("value", {}).get("text") == "东方重工集团有限公司搬迁项目")
    result = [r for r in result if project not in (r.get("id"), r.get("from_id"), r.get("to_id"))]
    office = next(r["id"] for r in result if r.get("value", {}).get("text") == "青山市委军民融合办")
    full = next(r["id"] for r in result if r.get("value", {}).get("text") == "东方重工集团有限公司")
    result.append({"from_id": office, "to_id": full, "type": "relation", "direction": "right",
                   "labels": ["SUPPORTS"]})
    gold = gold_from_task(_annotated(task, result))
    assert gold["id"] == "qs01" and gold["source"] == "corpus/qs01.txt" and gold["text"] == TEXT
    by_name = {e["name"]: e for e in gold["entities"]}
    assert set(by_name) == {"青山市委军民融合办", "东方重工集团有限公司", "青山军分区"}
    firm = by_name["东方重工集团有限公司"]
    assert firm["aliases"] == ["东方重工"]
    assert [TEXT[m["start"]:m["end"]] for m in firm["mentions"]] == ["东方重工集团有限公司", "东方重工"]
    rels = {(r["head"], r["type"], r["tail"]) for r in gold["relations"]}
    assert rels == {("青山市委军民融合办", "SUPPORTS", "东方重工集团有限公司"),
                    ("东方重工集团有限公司", "COORDINATES_WITH", "青山军分区")}
    for r in gold["relations"]:
        assert TEXT[r["start"]:r["end"]] == r["evidence"]
    coord = next(r for r in gold["relations"] if r["type"] == "COORDINATES_WITH")
    assert coord["evidence"] == "东方重工与青山军分区开展合作，共建试验基地。"


def test_new_span_with_a_known_alias_joins_its_entity_and_same_as_links_new_forms():
    text = TEXT + "东方集团表示支持。"
    record = _record(text)
    task, _ = task_from_record(record, text)
    result = copy.deepcopy(task["predictions"][0]["result"])
    short = _span(text, "东方集团")
    result.append({"id": "new1", "type": "labels", "from_name": "label", "to_name": "text",
                   "value": {**short, "labels": ["Enterprise"]}})
    full = next(r["id"] for r in result if r.get("value", {}).get("text") == "东方重工集团有限公司")
    result.append({"from_id": "new1", "to_id": full, "type": "relation", "direction": "right",
                   "labels": [ALIAS_RELATION]})
    gold = gold_from_task(_annotated(task, result))
    firm = next(e for e in gold["entities"] if e["name"] == "东方重工集团有限公司")
    assert firm["aliases"] == ["东方重工", "东方集团"]
    assert len(firm["mentions"]) == 3
    assert all(r["type"] != ALIAS_RELATION for r in gold["relations"])


def test_relation_across_two_sentences_takes_both_as_evidence():
    task, _ = task_from_record(_record(), TEXT)
    result = [r for r in task["predictions"][0]["result"] if r["type"] == "labels"]
    office = next(r["id"] for r in result if r["value"]["text"] == "青山市委军民融合办")
    mil = next(r["id"] for r in result if r["value"]["text"] == "青山军分区")
    result.append({"from_id": mil, "to_id": office, "type": "relation", "direction": "left",
                   "labels": ["COORDINATES_WITH"]})
    (rel,) = gold_from_task(_annotated(task, result))["relations"]
    assert (rel["head"], rel["tail"]) == ("青山市委军民融合办", "青山军分区")  # direction "left" swaps
    assert rel["evidence"] == TEXT and (rel["start"], rel["end"]) == (0, len(TEXT))


@pytest.mark.parametrize("units", ["code points", "utf-16"])
def test_offsets_after_characters_outside_the_bmp(units):
    text = "𠮷山镇😀青山军分区支持𠮷山镇建设。"
    surface = "青山军分区"
    start = text.index(surface)
    if units == "utf-16":
        start += 2  # 𠮷 and 😀 are two UTF-16 units each
    task = {"id": 3, "data": {"text": text, "doc_id": "u1"}, "annotations": [{"id": 1, "result": [
        {"id": "a", "type": "labels", "value": {"start": start, "end": start + len(surface),
                                                "text": surface, "labels": ["MilitaryUnit"]}},
        {"id": "b", "type": "labels",
         "value": {"start": 0, "end": 3, "text": "𠮷山镇", "labels": ["Location"]}},
        {"from_id": "a", "to_id": "b", "type": "relation", "labels": ["SUPPORTS"]},
    ]}]}
    gold = gold_from_task(task)
    by_name = {e["name"]: e for e in gold["entities"]}
    m = by_name["青山军分区"]["mentions"][0]
    assert text[m["start"]:m["end"]] == surface
    assert gold["relations"][0]["evidence"] == text


@pytest.mark.parametrize("change, message", [
    (lambda r: r[0]["value"].update(text="不存在的名字"), "does not occur"),
    (lambda r: r[0]["value"].update(labels=["Weapon"]), "exactly one entity type"),
    (lambda r: r.append({"from_id": r[0]["id"], "to_id": r[1]["id"], "type": "relation", "labels": []}),
     "has no type"),
    (lambda r: r.append({"from_id": r[0]["id"], "to_id": "gone", "type": "relation", "labels": ["LEADS"]}),
     "not in the annotation"),
])
def test_bad_annotation_is_an_error_naming_the_document(change, message):
    task, _ = task_from_record(_record(), TEXT)
    result = [r for r in copy.deepcopy(task["predictions"][0]["result"]) if r["type"] == "labels"]
    change(result)
    with pytest.raises(LabelStudioError, match=f"qs01: .*{message}"):
        gold_from_task(_annotated(task, result))


def test_one_entity_with_two_types_is_an_error():
    task, _ = task_from_record(_record(), TEXT)
    result = copy.deepcopy(task["predictions"][0]["result"])
    alias = next(r for r in result if r.get("value", {}).get("text") == "东方重工")
    alias["value"]["labels"] = ["ResearchInstitute"]
    with pytest.raises(LabelStudioError, match="labelled as Enterprise and ResearchInstitute"):
        gold_from_task(_annotated(task, result))


def test_which_annotation_is_read_and_unreviewed_tasks_are_skipped():
    task, _ = task_from_record(_record(), TEXT)
    regions = [r for r in task["predictions"][0]["result"] if r["type"] == "labels"]
    done = _annotated(task, regions[:1])
    done["annotations"] += [
        {"id": 2, "result": regions[:2], "updated_at": "2026-02-01T00:00:00Z"},
        {"id": 3, "result": regions, "was_cancelled": True, "updated_at": "2026-03-01T00:00:00Z"},
    ]
    empty = {"id": 8, "data": task["data"], "annotations": []}
    out = list(gold_from_export([done, empty]))
    assert is_label_studio_export([done, empty])
    assert not is_label_studio_export([{"id": "x", "text": "..."}]) and not is_label_studio_export([])
    assert len(out[0]["entities"]) == 2  # the latest submitted annotation, not the cancelled one
    assert isinstance(out[1], LabelStudioError) and out[1].skipped


def test_review_export_cli_from_a_jsonl_file(tmp_path):
    record = {**_record(), "text": TEXT}
    src = tmp_path / "pred.jsonl"
    src.write_text(json.dumps(record, ensure_ascii=False) + "\n" + "{not json\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["review", "export", str(src), "--format", "label-studio",
                                   "--out", str(tmp_path / "ls")])
    assert res.exit_code == 1  # the bad line fails, the good one is written
    assert "pred.jsonl:2" in res.output
    tasks = json.loads((tmp_path / "ls" / "tasks.json").read_text(encoding="utf-8"))
    assert [t["data"]["doc_id"] for t in tasks] == ["qs01"]
    assert ET.fromstring((tmp_path / "ls" / "config.xml").read_text(encoding="utf-8")).tag == "View"


def test_review_export_cli_runs_the_extractor_on_texts(tmp_path):
    (tmp_path / "qs02.txt").write_text("青山市人民政府与青山军分区签署合作协议。\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["review", "export", str(tmp_path / "qs02.txt"), "--out",
                                   str(tmp_path / "ls")])
    assert res.exit_code == 0, res.output
    (task,) = json.loads((tmp_path / "ls" / "tasks.json").read_text(encoding="utf-8"))
    regions = [r["value"] for r in task["predictions"][0]["result"] if r["type"] == "labels"]
    assert {"青山军分区", "青山市人民政府"} <= {v["text"] for v in regions}
    assert all(task["data"]["text"][v["start"]:v["end"]] == v["text"] for v in regions)


def test_ingest_annotations_reads_a_label_studio_export(tmp_path):
    task, _ = task_from_record(_record(), TEXT)
    result = [r for r in task["predictions"][0]["result"]
              if r["type"] == "labels" or r["labels"] != ["LEADS"]]  # the analyst drops one relation
    unreviewed = {"id": 8, "data": {**task["data"], "doc_id": "qs02"}, "annotations": []}
    export = tmp_path / "project-1-at-2026.json"
    export.write_text(json.dumps([_annotated(task, result), unreviewed], ensure_ascii=False),
                      encoding="utf-8")
    db = tmp_path / "g.db"
    res = CliRunner().invoke(app, ["ingest", "--annotations", str(export), "--db", str(db)])
    assert res.exit_code == 1  # the unreviewed task is named, the reviewed one is written
    assert "qs02" in res.output and "no annotation" in res.output
    store = EmbeddedStore(db)
    try:
        assert [d["id"] for d in store.documents()] == ["qs01"]
        assert store.document_meta("qs01")["origin"] == "curated"
        graph = store.to_networkx()
    finally:
        store.close()
    types = {d["type"] for _, _, d in graph.edges(data=True)}
    assert "COORDINATES_WITH" in types and "LEADS" not in types


def test_review_export_reads_the_text_of_an_extract_record_from_its_source(tmp_path):
    (tmp_path / "qs01.txt").write_text(TEXT, encoding="utf-8")
    record = {**_record(), "source": str(tmp_path / "qs01.txt")}  # extract output has no text
    missing = {**_record(), "id": "qs03", "source": str(tmp_path / "qs03.txt")}
    src = tmp_path / "pred.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (record, missing)) + "\n",
                   encoding="utf-8")
    res = CliRunner().invoke(app, ["review", "export", str(src), "--out", str(tmp_path / "ls")])
    assert res.exit_code == 1 and "pred.jsonl:2" in res.output and "qs03.txt" in res.output
    (task,) = json.loads((tmp_path / "ls" / "tasks.json").read_text(encoding="utf-8"))
    assert task["data"]["text"] == TEXT and task["data"]["source"] == str(tmp_path / "qs01.txt")


def test_an_unchanged_prediction_reads_back_as_the_machine_extraction():
    """Accepting the machine's reading as it is changes nothing: same entities (name, type,
    aliases), same relations with the same evidence offsets, on the sample documents."""
    from ingest.extract import extract_many
    from ingest.load import iter_documents

    root = Path(__file__).resolve().parent.parent / "samples"
    for ex in extract_many(d for d in iter_documents([root]) if not isinstance(d, Exception)):
        record = ex.to_json()
        task, dropped = task_from_record(record, ex.document.text)
        assert dropped == []
        gold = gold_from_task({"id": 1, "data": task["data"],
                               "annotations": [{"id": 1, "result": task["predictions"][0]["result"]}]})

        def ents(items):
            return sorted((e["name"], e["type"], sorted(e["aliases"])) for e in items)

        def rels(items):
            return sorted((r["head"], r["type"], r["tail"], r["start"], r["end"]) for r in items)

        assert ents(gold["entities"]) == ents(record["entities"]), record["id"]
        assert rels(gold["relations"]) == rels(record["relations"]), record["id"]
