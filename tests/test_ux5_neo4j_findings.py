"""ux5: what an analyst sees in Neo4j Browser is what `mcfgraph gaps` reports.

Found in the trial (READ stated-tier texts u36 … u78 in the tests' Neo4j): the saved query "Gaps:
stalled entities" listed the problem sentences extraction gave each entity (MENTIONED_IN
.problems_json): no status (open, solved, held back), no holder basis, no English; bodies the report
holds back as history or as not their problem stood there like the reported ones. Now `mcfgraph
gaps --neo4j` writes the findings themselves as (:Finding) nodes, replaced on each run and never
touching the extracted facts, and the saved queries "Gaps: findings" and "Gaps: stalled" read them.

Texts: three READ documents (u44-01 and u73-05 in traditional script, each with a holder named
outside its problem sentence; u57-04 with a problem reported done in the same document).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import cli_analysis
from graph.cypher import saved_queries
from graph.finding_nodes import finding_rows, status_of

ROOT = Path(__file__).resolve().parent.parent
DOCS = ("u44-01", "u57-04", "u73-05")
FINDINGS = "Gaps: findings (as `mcfgraph gaps` reports them)"
STALLED = "Gaps: stalled (the report's stated problems: status, holder, evidence)"

runner = CliRunner()


def _texts(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for batch in {d.split("-")[0] for d in DOCS}:
        path = ROOT / "corpus" / "annotated" / f"{batch}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if d["id"] in DOCS:
                (folder / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def app():
    a = typer.Typer()
    cli_analysis.register(a)
    return a


def _run(app, *args):
    return runner.invoke(app, list(args))


def _facts(store) -> list:
    """Every entity and document with its properties, and every relationship between them with its
    properties: the extracted facts, which a findings write must leave exactly as they are."""
    nodes = store._read("facts", "MATCH (n) WHERE n:Entity OR n:Document "
                        "RETURN labels(n) AS labels, properties(n) AS props ORDER BY coalesce(n.key, n.id)")
    rels = store._read("facts", "MATCH (a)-[r]->(b) "
                       "WHERE (a:Entity OR a:Document) AND (b:Entity OR b:Document) "
                       "RETURN coalesce(a.key, a.id) AS a, type(r) AS t, coalesce(b.key, b.id) AS b, "
                       "properties(r) AS props ORDER BY a, t, b")
    return [json.dumps(x, ensure_ascii=False, sort_keys=True, default=str) for x in nodes + rels]


def _saved(store, name: str, **params) -> list[dict]:
    q = saved_queries()[name]
    return store._read(name, q["query"], **{**q["params"], **params})


def test_rows_carry_status_holder_basis_english_and_quotes():
    """No server: a gaps result as (:Finding) rows (status words, English, quotes with offsets and a
    simplified rendering for traditional script; no nulls in a list, which Neo4j refuses)."""
    ev = {"document": "d1", "sentence": "縣退役軍人事務局未及時停發撫恤補助資金。", "sentence_index": 3,
          "start": 10, "end": 30, "modality": "problem", "date": ""}
    named = {"document": "d1", "sentence": "思南縣委巡察組對縣退役軍人事務局開展巡察。", "sentence_index": 1,
             "start": 0, "end": 21, "modality": "stated", "date": None}
    ent = {"key": "县退役军人事务局〔d1〕", "name": "县退役军人事务局",
           "gloss": "County Veterans Affairs Bureau", "type": "PartyGovBody", "jurisdiction": "思南县",
           "side": "civilian"}
    open_f = {"id": "a1", "key": "stalled|x", "kind": "stalled", "label": "Stalled item", "tier": "stated",
              "score": 0.7, "rank": 1, "title": "[思南县] 县退役军人事务局: the document states “…”",
              "jurisdiction": "思南县", "entities": [ent], "evidence": [ev],
              "dates": {"stated": "", "status": "not reported solved (undated statement)"},
              "holder": {"why": "its place is 思南县", "evidence": [named]}}
    done = {**open_f, "id": "a2", "key": "stalled|y", "rank": None, "holder": {},
            "title": "[思南县] 县退役军人事务局: “…” (history: reported done in the same document)",
            "held_back": {"reason": "reported done in the same document (已追缴…): what the problem says is "
                                    "not done the text reports done, not an open problem", "evidence": [ev]}}
    remedied = {**done, "id": "a3", "key": "stalled|z", "held_back": {
        "reason": "reported remedied in the same document (为此…): the reason for work", "evidence": [ev]}}
    rows = finding_rows({"findings": [open_f], "held_back": [done, remedied], "undetermined": [],
                         "dismissed": []})
    props = [r["props"] for r in rows]
    assert [(p["list"], p["status"]) for p in props] == [
        ("reported", "open"), ("held back", "solved"), ("held back", "held back")]
    p = props[0]
    assert p["status_text"] == "not reported solved (undated statement)" and p["rank"] == 1
    assert p["holder"] == "县退役军人事务局" and p["holder_gloss"] == "County Veterans Affairs Bureau"
    assert p["english"] == "in English: 县退役军人事务局 = County Veterans Affairs Bureau"
    assert p["problem_words"].startswith("problem words: 未及时")
    assert p["holder_basis"].startswith("holder 县退役军人事务局: its place is 思南县")
    assert p["ev_sentences"] == [ev["sentence"]] and p["ev_starts"] == [10] and p["ev_ends"] == [30]
    assert p["ev_simplified"] == ["县退役军人事务局未及时停发抚恤补助资金。"]
    assert p["holder_sentences"] == [named["sentence"]] and p["holder_dates"] == [""]
    assert props[1]["status_text"] == "history: reported done in the same document"
    for p in props:
        assert all(None not in v for v in p.values() if isinstance(v, list)), p
    assert rows[0]["concerns"] == [{"key": ent["key"], "role": "holder"}]
    assert len(rows[0]["cites"]) == 1  # one arrow a document, its quotes as lists
    cite = rows[0]["cites"][0]
    assert cite["roles"] == ["evidence", "holder basis"] and cite["starts"] == [10, 0]
    assert cite["simplified"][0] == "县退役军人事务局未及时停发抚恤补助资金。"
    assert status_of({"held_back": {"reason": "a past passage (上世纪80年代…), reported solved later in the "
                                              "same document (解决了…): history"}}, "held back") == "solved"


@pytest.mark.neo4j
def test_gaps_neo4j_writes_the_report_and_leaves_the_facts(app, neo4j_store, tmp_path, monkeypatch):
    from workflows.ingest import ingest_paths

    monkeypatch.setenv("MCFGRAPH_DISMISSALS", str(tmp_path / "dismissed.json"))
    summary = ingest_paths([_texts(tmp_path / "texts")], neo4j_store)
    assert not summary.failed
    # before any run the saved query says what to do, instead of showing nothing
    rows = _saved(neo4j_store, STALLED)
    assert len(rows) == 1 and rows[0]["id"] is None and "mcfgraph gaps --neo4j" in rows[0]["written"]
    assert rows[0]["status"] == "no findings written yet: run `mcfgraph gaps --neo4j`"

    facts = _facts(neo4j_store)
    r = _run(app, "gaps", "--neo4j", "--json")
    assert r.exit_code == 0, r.output[-800:]
    report = json.loads(r.stdout)
    assert _facts(neo4j_store) == facts  # the extracted facts are untouched

    rows = _saved(neo4j_store, STALLED)
    nodes = {x["id"]: x["finding"] for x in _saved(neo4j_store, FINDINGS, kind="stalled")}
    want = {f["id"]: f for k in ("findings", "held_back", "undetermined") for f in report[k]
            if f["kind"] == "stalled"}
    assert {x["id"] for x in rows} == set(want) and len(rows) == len(want)
    assert rows[0]["written"].startswith("as `mcfgraph gaps --neo4j` reported them")
    by_id = {x["id"]: x for x in rows}
    statuses = {x["status"] for x in rows}
    assert "open" in statuses and "solved" in statuses, statuses
    for fid, f in want.items():
        row = by_id[fid]
        if f in report["findings"]:
            assert row["list"] == "reported" and row["status"] == "open" and row["rank"] == f["rank"]
            assert row["status_words"] == f["dates"]["status"]
        node = nodes[fid]
        got = set(zip(node["ev_documents"], node["ev_starts"], node["ev_ends"], strict=True))
        assert got == {(e["document"], e["start"], e["end"]) for e in f["evidence"]}
        assert [x.split(":")[0] for x in row["evidence"]] == [
            f"{e['document']} {e['start']}-{e['end']} ({e['modality']})" for e in f["evidence"]]
        assert row["holder_english"] == f["entities"][0]["gloss"]
    # the finding of u44-01: its holder named only in another sentence, quotes in traditional script
    sinan = next(x for x in rows if x["holder"] == "县退役军人事务局")
    assert sinan["holder_basis"].startswith("holder 县退役军人事务局: its place is 思南县")
    assert any("思南縣" in e and "(in simplified script: “近日,,思南县" in e
               for e in sinan["holder_named_in"])
    assert any("縣退役軍人事務局未及時停發" in e and "县退役军人事务局未及时停发" in e
               for e in sinan["evidence"])
    node = nodes[sinan["id"]]
    assert any("縣退役軍人事務局未及時停發" in s and "县退役军人事务局未及时停发" in t
               for s, t in zip(node["ev_sentences"], node["ev_simplified"], strict=True))
    assert sinan["problem_words"].startswith("problem words: ")
    solved = next(x for x in rows if x["status"] == "solved")
    assert solved["list"] == "held back" and solved["status_words"].startswith("history: reported done")
    # drawn: the finding with the body it concerns and the documents it cites
    drawn = next(x for x in _saved(neo4j_store, FINDINGS) if x["id"] == sinan["id"])
    assert drawn["entities"] and drawn["documents"] and drawn["concerns"] and drawn["cites"]

    every = _saved(neo4j_store, FINDINGS, kind="")
    n = len(report["findings"]) + len(report["held_back"]) + len(report["undetermined"])
    assert len(every) == n and [x["list"] for x in every][: len(report["findings"])] == \
        ["reported"] * len(report["findings"])

    # replaced, not added to, by the next run; a filtered run says so
    r = _run(app, "gaps", "--neo4j", "--kind", "stalled")
    assert r.exit_code == 0, r.output[-800:]
    rows = _saved(neo4j_store, FINDINGS, kind="")
    assert {x["kind"] for x in rows} == {"stalled"} and len(rows) == len(want)
    assert "--kind stalled" in rows[0]["written"]
    assert _facts(neo4j_store) == facts

    # a dismissal shows at once
    r = _run(app, "gaps", "--neo4j", "--dismiss", sinan["id"], "--reason", "checked with the county")
    assert r.exit_code == 0, r.output[-800:]
    row = next(x for x in _saved(neo4j_store, STALLED) if x["id"] == sinan["id"])
    assert row["status"] == "dismissed" and "checked with the county" in row["status_words"]

    # --no-write leaves the graph alone; a document forgotten makes the findings stale, and says so
    neo4j_store.forget("u73-05")
    r = _run(app, "gaps", "--neo4j", "--no-write")
    assert r.exit_code in (0, 1), r.output[-800:]
    rows = _saved(neo4j_store, STALLED)
    assert rows[0]["written"].startswith("written ") and "before the documents changed" in rows[0]["written"]
    neo4j_store.clear()
    left = neo4j_store._read("left", "MATCH (n) WHERE n:Finding OR n:GapRun RETURN count(n) AS n")
    assert left[0]["n"] == 0
