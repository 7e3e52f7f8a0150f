"""ux7: in Neo4j Browser, what the report considered and dropped and how much of each text was read.

Found in the trial: "Candidates: orphans" listed every fund, park, project and policy without a
link alike (national laws, designations, items only ordered), and nothing in the graph said how
much of a document extraction had read. Now `mcfgraph gaps --neo4j` keeps on its (:GapRun) the
account of each kind (`considered_lines`), each document's reading line (`reading_lines`) and, per
orphan item, what the report made of it (`orphan_keys` / `orphan_why`); "Candidates: orphans" shows
it in a `report` column, and "Gaps: considered and dropped, and reading coverage …" gives it a short
line a row (headless Chromium: no cell overflows). Screenshot out/browser-screenshots/.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from graph.cypher import saved_queries
from graph.neo4j_server import read_credentials
from tests.test_browser_ui import SHOTS, _browser_page, _frame_done, _query_error, _run, _table_frame_fits
from tests.test_ux7_reading import TEXT

ROOT = Path(__file__).resolve().parent.parent
ACCOUNT = "Gaps: considered and dropped, and reading coverage (why the report is silent)"
ORPHANS = ("Candidates: orphans (funds funding nothing, parks without enterprises, unled projects and "
           "policies)")
runner = CliRunner()


def _cli(*args):
    r = runner.invoke(app, list(args))
    assert r.exit_code in (0, 1), (args, r.output[-2000:])
    return r.output


def _texts(tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "t1.txt").write_text(TEXT, encoding="utf-8")
    for f in (ROOT / "samples").iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    return folder


def _gaps_written(neo4j_store, tmp_path, monkeypatch) -> dict:
    monkeypatch.setenv("MCFGRAPH_DISMISSALS", str(tmp_path / "dismissed.json"))
    monkeypatch.chdir(tmp_path)
    _texts(tmp_path)
    _cli("ingest", "texts", "--neo4j")
    _cli("gaps", "--neo4j")
    return json.loads(_cli("gaps", "--neo4j", "--json", "--no-write"))


def _rows(store, name: str) -> list[dict]:
    q = saved_queries()[name]
    return store._read(name, q["query"], **q["params"])


@pytest.mark.neo4j
def test_the_run_keeps_the_account_and_the_queries_show_it(neo4j_store, tmp_path, monkeypatch):
    res = _gaps_written(neo4j_store, tmp_path, monkeypatch)
    (run,) = neo4j_store._read("run", "MATCH (r:GapRun) RETURN properties(r) AS p")
    p = run["p"]
    assert p["considered_lines"][0].startswith("stalled: ")
    assert any(x.startswith("orphan: ") for x in p["considered_lines"])
    assert any(x.startswith("t1: 7 sentences") for x in p["reading_lines"])
    assert len(p["orphan_keys"]) == len(p["orphan_why"]) == res["considered"]["orphan"]["considered"]

    # the account query: a short row a line, the rows of a line put together give the line
    rows = _rows(neo4j_store, ACCOUNT)
    assert rows[0]["what"] == "written" and rows[0]["text"].startswith("as `mcfgraph gaps --neo4j`")
    for r in rows:
        assert len(r["text"]) <= 48, r
    joined, cur = [], None
    for r in rows:
        if r["what"]:
            cur = [r["what"], ""]
            joined.append(cur)
        cur[1] += r["text"]
    texts = [t.replace(" ", "") for _w, t in joined]
    for line in p["considered_lines"] + p["reading_lines"]:
        assert line.strip().replace(" ", "") in texts, line

    # each orphan candidate of the Cypher view says what the report made of it
    fates = {x["key"]: x for b in res["considered"]["orphan"]["dropped"] for x in b["items"]}
    cands = _rows(neo4j_store, ORPHANS)
    assert cands
    for r in cands:
        x = fates.get(r["key"])
        if x is None:  # merged with another node of the same body in the report's view
            assert r["report"].startswith("not in the last report's account"), r
        elif "fate" in x:
            assert r["report"].startswith("a candidate: ") and x["id"] in r["report"], r
        else:
            assert r["report"].startswith("dropped: "), r
    assert any(r["report"].startswith("dropped: no jurisdiction") for r in cands)


@pytest.mark.neo4j
def test_before_any_run_the_queries_say_so(neo4j_store):
    from workflows.ingest import ingest_paths

    ingest_paths([ROOT / "samples"], neo4j_store)
    rows = _rows(neo4j_store, ACCOUNT)
    assert rows[0]["what"] == "written" and all(not r["what"] for r in rows[1:]), rows
    assert " ".join(r["text"] for r in rows) == "no findings written yet: run `mcfgraph gaps --neo4j`"
    assert {r["report"] for r in _rows(neo4j_store, ORPHANS)} == \
        {"no report written yet: run `mcfgraph gaps --neo4j`"}


@pytest.mark.neo4j
def test_browser_shows_the_account_a_short_line_a_row(chromium_browser, neo4j_store, neo4j_home, tmp_path,
                                                       monkeypatch):
    _gaps_written(neo4j_store, tmp_path, monkeypatch)
    creds = read_credentials(neo4j_home)
    SHOTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    try:
        page = _browser_page(chromium_browser, creds, errors)
        _frame_done(page)
        _run(page, saved_queries()[ACCOUNT]["query"])
        _frame_done(page, query=True)
        assert not _query_error(page)
        frame = _table_frame_fits(page, 8)
        page.screenshot(path=str(SHOTS / "ux7-considered-and-reading-table.png"))
        text = frame.inner_text()
        assert "considered" in text and "reading" in text and "t1: 7 sentences" in text, text[:1500]
    finally:
        page.close()
    assert not errors, errors
