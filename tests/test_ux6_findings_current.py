"""ux6: the findings in Neo4j Browser are known to be current, or said not to be.

Found in the trial: `mcfgraph ingest` neither refreshed the (:Finding) nodes `gaps --neo4j` wrote
nor said they were out of date, and the saved queries' staleness flag compared documents by text
hash only, so a re-ingest of the same text with `--force` that stored other facts (a newer
mcfgraph's rules) left them saying "as `mcfgraph gaps --neo4j` reported them". Now each document
keeps a hash of the facts its ingest stored (`facts_sha256`), the run record keeps them, the saved
queries compare them, `ingest` and `forget` say when the findings are out of date, and
`ingest --gaps` refreshes them, a dismissal staying dismissed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import workflows.ingest as wi
from cli import app
from graph.cypher import saved_queries

ROOT = Path(__file__).resolve().parent.parent
STALLED = "Gaps: stalled (the report's stated problems: status, holder, evidence)"
KIND_QUERIES = ("Gaps: findings (as `mcfgraph gaps` reports them)", STALLED,
                "Gaps: orphans (the report's findings: funds, parks, projects and policies left alone)",
                "Gaps: disconnected sides (the report's findings: the two sides and what separates them)")
runner = CliRunner()


def _cli(*args):
    r = runner.invoke(app, list(args))
    assert r.exit_code in (0, 1), (args, r.output[-1500:])
    return r.output


def _written(store) -> set[str]:
    out = set()
    for name in KIND_QUERIES:
        q = saved_queries()[name]
        out |= {re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", "<at>", r["written"])
                for r in store._read(name, q["query"], **q["params"])}
    return out


@pytest.mark.neo4j
def test_a_reingest_that_stores_other_facts_makes_the_findings_stale(neo4j_store, tmp_path, monkeypatch):
    monkeypatch.setenv("MCFGRAPH_DISMISSALS", str(tmp_path / "dismissed.json"))
    monkeypatch.setenv("COLUMNS", "200")
    samples = str(ROOT / "samples")
    _cli("ingest", samples, "--neo4j")
    assert "finding(s) to Neo4j" in _cli("gaps", "--neo4j")
    _cli("gaps", "--neo4j", "--dismiss", "c5460eb9e7", "--reason", "checked by hand")
    assert _written(neo4j_store) == {"as `mcfgraph gaps --neo4j` reported them, <at>"}
    state = neo4j_store.gap_run_state()
    assert state["current"] is True

    # the same text again with --force, the same facts stored: the findings are still current
    out = _cli("ingest", samples, "--neo4j", "--force")
    assert "out of date" not in out
    assert neo4j_store.gap_run_state()["current"] is True
    assert _written(neo4j_store) == {"as `mcfgraph gaps --neo4j` reported them, <at>"}

    # the same text with --force, other facts stored (as a newer mcfgraph's rules would): stale
    resolve = wi.resolve

    def fewer(extraction, decisions):
        g = resolve(extraction, decisions)
        if g.document.id == "s001":
            g.edges = g.edges[:-1]
        return g

    monkeypatch.setattr(wi, "resolve", fewer)
    sha = neo4j_store.document_sha("s001")
    out = _cli("ingest", str(ROOT / "samples" / "s001.txt"), "--neo4j", "--force")
    assert neo4j_store.document_sha("s001") == sha  # the text is the same
    assert "note: the gap findings in the graph (mcfgraph gaps --neo4j" in out and "out of date" in out
    assert "mcfgraph gaps --neo4j` (or ingest with --gaps)" in out
    assert neo4j_store.gap_run_state()["current"] is False
    assert _written(neo4j_store) == {
        "written <at>, before the documents changed: run `mcfgraph gaps --neo4j` again"}

    # ingest --gaps refreshes them; the dismissal (kept beside the store) stays
    out = _cli("ingest", str(ROOT / "samples" / "s001.txt"), "--neo4j", "--force", "--gaps")
    assert "wrote" in out and "finding(s) to Neo4j" in out
    assert neo4j_store.gap_run_state()["current"] is True
    assert _written(neo4j_store) == {"as `mcfgraph gaps --neo4j` reported them, <at>"}
    row = neo4j_store._read("d", "MATCH (f:Finding {id: 'c5460eb9e7'}) RETURN f.status AS s, f.reason AS r")
    assert row == [{"s": "dismissed", "r": "checked by hand"}]

    # forgetting a document says so too
    out = _cli("forget", "s000", "--neo4j")
    assert "out of date" in out
