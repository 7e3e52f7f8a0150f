"""The review loop against a REAL Label Studio server (PyPI `label-studio`, its own venv made by
scripts/labelstudio.sh): export the machine's reading as tasks, create a project with the
labelling config through the API, import the tasks with their predictions, submit an annotation
that corrects the prediction (a wrong entity deleted, a missing relation added), export the
project, `mcfgraph ingest --annotations` the export, and check the graph holds the correction,
marked curated. Outside CI the test is skipped (saying how to install) when the venv is absent;
under CI=true that is a failure. Names are invented.
"""

from __future__ import annotations

import copy
import json
import os

import pytest
from typer.testing import CliRunner

from cli import app
from graph.embedded import EmbeddedStore
from graph.export import canonical_json
from ingest.labelstudio import is_label_studio_export
from tests.labelstudio_server import LabelStudio, installed
from tests.store_helpers import ingested_annotations

runner = CliRunner()

TEXT = ("青山市人民政府与青山军分区签署军民融合合作协议。\n"
        "东方重工集团有限公司落户青山经济技术开发区。\n"
        "青山市委军民融合办牵头推进东方重工集团有限公司搬迁项目，市发改委给予支持。\n")


@pytest.fixture(scope="session")
def label_studio(tmp_path_factory):
    """One Label Studio server for the session, on loopback, data under a temp folder."""
    if not installed():
        reason = ("Label Studio is not installed (.labelstudio-venv missing): run "
                  "`bash scripts/labelstudio.sh` (scripts/test.sh does)")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"under CI=true: {reason}")
        pytest.skip(reason)
    server = LabelStudio(tmp_path_factory.mktemp("label-studio"))
    try:
        server.start()
    except RuntimeError as exc:
        pytest.fail(f"Label Studio did not start: {exc}")
    print(f"\nlabel-studio healthy after {server.start_seconds:.1f} s on {server.url}")
    try:
        yield server
    finally:
        server.stop()


def _listed(answer, key: str) -> list:
    """List endpoints answer a list, or a page {key: [...]} depending on the version."""
    return answer if isinstance(answer, list) else answer.get(key) or answer.get("results") or []


def _corrected(result: list[dict]) -> list[dict]:
    """The prediction with two corrections: a deletion (the 市发改委 span, and with it its
    relation) and an addition (青山军分区 SUPPORTS 青山市人民政府, which the machine did not find)."""
    regions = {r["value"]["text"]: r["id"] for r in result if r["type"] == "labels"}
    wrong = regions["市发改委"]
    out = [r for r in copy.deepcopy(result) if wrong not in (r.get("id"), r.get("from_id"), r.get("to_id"))]
    out.append({"from_id": regions["青山军分区"], "to_id": regions["青山市人民政府"], "type": "relation",
                "direction": "right", "labels": ["SUPPORTS"]})
    return out


def test_label_studio_round_trip_stores_the_correction_as_curated(label_studio, tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "qs01.txt").write_text(TEXT, encoding="utf-8")
    review = tmp_path / "review"
    res = runner.invoke(app, ["review", "export", str(tmp_path / "texts"), "--format", "label-studio",
                              "--out", str(review)])
    assert res.exit_code == 0, res.output
    tasks = json.loads((review / "tasks.json").read_text(encoding="utf-8"))
    predicted = tasks[0]["predictions"][0]["result"]
    regions = {r["value"]["text"]: r["id"] for r in predicted if r["type"] == "labels"}
    assert "市发改委" in regions  # the wrong entity the analyst deletes was predicted ...
    assert not any(r["type"] == "relation" and "SUPPORTS" in r["labels"]  # ... the relation was not
                   and (r["from_id"], r["to_id"]) == (regions["青山军分区"], regions["青山市人民政府"])
                   for r in predicted)

    ls = label_studio
    project = ls.api("POST", "/api/projects", {
        "title": "mcfgraph review", "label_config": (review / "config.xml").read_text(encoding="utf-8")})
    imported = ls.api("POST", f"/api/projects/{project['id']}/import", tasks)
    assert imported["task_count"] == 1 and imported["prediction_count"] == 1
    (task,) = _listed(ls.api("GET", f"/api/tasks?project={project['id']}"), "tasks")
    (prediction,) = _listed(ls.api("GET", f"/api/predictions?task={task['id']}"), "predictions")
    assert prediction["result"] == predicted  # the server kept the machine's reading as sent
    ls.api("POST", f"/api/tasks/{task['id']}/annotations",
           {"result": _corrected(prediction["result"]), "parent_prediction": prediction["id"]})
    export = ls.api("GET", f"/api/projects/{project['id']}/export?exportType=JSON")
    assert is_label_studio_export(export)
    export_file = tmp_path / "export.json"
    export_file.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")

    db = tmp_path / "g.db"
    res = runner.invoke(app, ["ingest", "--annotations", str(export_file), "--db", str(db)])
    assert res.exit_code == 0, res.output
    store = EmbeddedStore(db)
    try:
        assert store.document_meta("qs01")["origin"] == "curated"
        graph = json.loads(canonical_json(store.to_networkx()))
    finally:
        store.close()
    names = {n["name"] for n in graph["nodes"]}
    assert "市发改委" not in names and {"青山军分区", "青山市人民政府", "东方重工集团有限公司"} <= names
    name = {n["key"]: n["name"] for n in graph["nodes"]}  # edges join node keys
    edges = {(name[r["head"]], r["type"], name[r["tail"]]): r for r in graph["relationships"]}
    added = edges[("青山军分区", "SUPPORTS", "青山市人民政府")]
    (ev,) = added["evidence"]
    assert ev["source"] == "curated:label-studio"
    assert ev["sentence"] == "青山市人民政府与青山军分区签署军民融合合作协议。"
    assert all(e["source"] == "curated:label-studio" for r in graph["relationships"] for e in r["evidence"])
    assert ("市发改委", "SUPPORTS", "东方重工集团有限公司搬迁项目") not in edges

    # the analyst's version survives a later machine ingest of the same text
    res = runner.invoke(app, ["ingest", str(tmp_path / "texts"), "--db", str(db)])
    assert res.exit_code == 0 and "kept the curated version of qs01" in res.output


PROBLEM_TEXT = ("青山市人防办召开全市人防工程管理工作会议。\n"
                "会议指出，该办2家下属单位账目不清，工程维护推进缓慢。\n")


def test_label_studio_round_trip_keeps_the_problems_given_to_a_kept_entity(label_studio, tmp_path):
    """An analyst's corrected extract record gives 青山市人防办 a problem clause that does not name it;
    through Label Studio and back it stays given (curated source in its evidence), so the stalled
    analysis keeps it (issue 9 §2)."""
    from graph.analysis.gaps.stalled import stalled

    (tmp_path / "qs05.txt").write_text(PROBLEM_TEXT, encoding="utf-8")
    holder, problem = "青山市人防办", "会议指出，该办2家下属单位账目不清，工程维护推进缓慢。"
    at, start = PROBLEM_TEXT.index(holder), PROBLEM_TEXT.index(problem)
    record = {"id": "qs05", "source": str(tmp_path / "qs05.txt"), "title": "", "relations": [],
              "entities": [{"name": holder, "type": "PartyGovBody", "aliases": [], "confidence": 1.0,
                            "mentions": [{"start": at, "end": at + len(holder), "text": holder}],
                            "problems": [{"sentence": problem, "sentence_index": 1, "start": start,
                                          "end": start + len(problem), "modality": "problem"}]}]}
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    review = tmp_path / "review"
    res = runner.invoke(app, ["review", "export", str(pred), "--out", str(review)])
    assert res.exit_code == 0, res.output
    tasks = json.loads((review / "tasks.json").read_text(encoding="utf-8"))

    ls = label_studio
    project = ls.api("POST", "/api/projects", {
        "title": "mcfgraph problems", "label_config": (review / "config.xml").read_text(encoding="utf-8")})
    ls.api("POST", f"/api/projects/{project['id']}/import", tasks)
    (task,) = _listed(ls.api("GET", f"/api/tasks?project={project['id']}"), "tasks")
    (prediction,) = _listed(ls.api("GET", f"/api/predictions?task={task['id']}"), "predictions")
    ls.api("POST", f"/api/tasks/{task['id']}/annotations",  # the analyst accepts the reading as it is
           {"result": prediction["result"], "parent_prediction": prediction["id"]})
    export_file = tmp_path / "export.json"
    export_file.write_text(json.dumps(ls.api("GET", f"/api/projects/{project['id']}/export?exportType=JSON"),
                                      ensure_ascii=False), encoding="utf-8")

    G = ingested_annotations(export_file, tmp_path / "g.db")
    (n,) = [k for k, a in G.nodes(data=True) if a.get("name") == holder]
    (p,) = G.nodes[n]["problems"]
    assert p["source"] == "curated:label-studio" and p["sentence"] == problem
    assert f"stalled|{n}" in {f["key"] for f in stalled(G)[0]}
