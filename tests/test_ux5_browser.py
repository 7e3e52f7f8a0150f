"""ux5: the gap findings as an analyst sees them in Neo4j Browser (headless Chromium, the tests' own
server), after `mcfgraph gaps --neo4j`.

The saved query "Gaps: findings" draws each finding (its style colour, caption "Stalled item (open)")
with the body it concerns (Chinese name and English gloss) and the documents it cites, and its Table
view tells what the report tells: status (open / solved / held back) and the report's words for it,
the holder basis, the problem's words in English, the quotes with offsets and, for a quote in
traditional script, its simplified rendering; "Gaps: stalled" is the same as a table, one short row
a finding. Before, "Gaps: stalled entities" listed extraction's problem sentences per entity with
none of these. Screenshots go to out/browser-screenshots/.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import cli_analysis
from graph.cypher import saved_queries
from graph.neo4j_server import read_credentials
from tests.test_browser_ui import (
    SHOTS,
    _browser_page,
    _drop_style,
    _frame_done,
    _node_fills,
    _query_error,
    _run,
)
from tests.test_ux5_neo4j_findings import FINDINGS, STALLED, _texts

STYLE = Path(__file__).resolve().parent.parent / "neo4j" / "browser" / "style.grass"


@pytest.mark.neo4j
def test_browser_shows_the_reports_stalled_findings(chromium_browser, neo4j_store, neo4j_home, tmp_path,
                                                    monkeypatch):
    from workflows.ingest import ingest_paths

    monkeypatch.setenv("MCFGRAPH_DISMISSALS", str(tmp_path / "dismissed.json"))
    assert not ingest_paths([_texts(tmp_path / "texts")], neo4j_store).failed
    app = typer.Typer()
    cli_analysis.register(app)
    r = CliRunner().invoke(app, ["gaps", "--neo4j"])
    assert r.exit_code == 0, r.output[-800:]
    colour = re.search(r"^node\.Finding \{ color: (#[0-9A-F]{6});", STYLE.read_text(encoding="utf-8"),
                       flags=re.M).group(1)
    creds = read_credentials(neo4j_home)
    SHOTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    try:
        page = _browser_page(chromium_browser, creds, errors)
        _drop_style(page)
        _frame_done(page)
        drawn = saved_queries()[FINDINGS]
        _run(page, ":param kind => 'stalled'")
        _frame_done(page)
        _run(page, drawn["query"])
        _frame_done(page, query=True)
        assert not _query_error(page)
        page.screenshot(path=str(SHOTS / "ux5-gaps-findings-stalled-graph.png"))
        fills = _node_fills(page)
        findings = {c: f for c, f in fills.items() if c.startswith("Stalled item")}
        assert any("(open)" in c for c in findings) and any("(solved)" in c for c in findings), fills
        assert {f.upper() for f in findings.values()} == {colour}, findings
        assert any("Veterans" in c for c in fills), fills  # the body it concerns, with its English

        # the table of the report's words: one short row a finding, opened as a table
        _run(page, ":clear")
        _run(page, saved_queries()[STALLED]["query"])
        _frame_done(page, query=True)
        assert not _query_error(page)
        frame = page.locator("[data-testid=frame]").first
        assert frame.locator("[data-testid=cypherFrameSidebarTable]").count()
        rows = frame.locator("table tbody tr")
        assert rows.count() >= 3, frame.inner_text()[:500]
        heights = rows.evaluate_all("rs => rs.map(r => r.getBoundingClientRect().height)")
        assert max(heights) < 400, heights  # rows of maps filled a screen each
        page.screenshot(path=str(SHOTS / "ux5-gaps-stalled-table.png"))
        text = frame.inner_text()
        for words in ('"open"', '"solved"', "not reported solved (undated statement)",
                      "history: reported done in the same document",
                      "holder 县退役军人事务局: its place is 思南县",
                      "in English: 县退役军人事务局 = County", "problem words: ",
                      "縣退役軍人事務局未及時停發", "县退役军人事务局未及时停发",
                      "as `mcfgraph gaps --neo4j` reported them"):
            assert words in text, (words, text[:1500])
    finally:
        page.close()
    assert not errors, errors
