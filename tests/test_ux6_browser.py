"""ux6: the gap kinds and one finding in full, as an analyst sees them in Neo4j Browser (headless
Chromium, the tests' own server), after `mcfgraph gaps --neo4j`.

Found in the trial: Browser's Table view does not wrap a cell, so a long quote or holder-basis line
ran off to the right; and the saved queries of the other gap kinds drew candidate views, not the
report's findings. Now "Gaps: disconnected sides (the report's findings …)" draws the finding, each
side's actors and the plan-only tie of the closest pair (samples, XX of s000), and "Gaps: one finding
in full" shows one finding a short line a row, every cell fitting its column (a stalled finding of
u44-01, in traditional script, with its simplified rendering). Screenshots go to
out/browser-screenshots/.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.analysis.gaps import gaps
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
    _table_frame_fits,
)

ROOT = Path(__file__).resolve().parent.parent
SIDES = "Gaps: disconnected sides (the report's findings: the two sides and what separates them)"
ONE = "Gaps: one finding in full (every line short enough to read in the Table view)"


def _u44_01(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for line in (ROOT / "corpus" / "annotated" / "u44.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d["id"] == "u44-01":
            (folder / "u44-01.txt").write_text(d["text"], encoding="utf-8")
    return folder


@pytest.mark.neo4j
def test_one_finding_in_full_has_short_rows_and_loses_nothing(samples_neo4j, tmp_path):
    """No browser: every row of every finding fits (48 characters, 30 of Chinese without a space),
    and the rows of each text put together give the text (only the spaces broken at are gone)."""
    from workflows.ingest import ingest_paths

    assert not ingest_paths([_u44_01(tmp_path / "texts")], samples_neo4j).failed
    res = gaps(samples_neo4j.to_networkx())
    samples_neo4j.write_findings(res)
    q = saved_queries()[ONE]
    traditional = 0
    for f in res["findings"] + res["held_back"] + res["undetermined"]:
        rows = samples_neo4j._read(ONE, q["query"], id=f["id"])
        assert rows[0]["what"] == "finding"
        for r in rows:
            assert len(r["text"]) <= 48, r
            if " " not in r["text"]:
                assert len(r["text"]) <= 30 or r["text"].isascii(), r
        parts, cur = [], None
        for r in rows:
            if r["what"]:
                cur = [r["what"], ""]
                parts.append(cur)
            cur[1] += r["text"]
        texts = {what: text for what, text in parts}
        for i, e in enumerate(f.get("evidence") or []):
            head = f"evidence {i + 1}: {e['document']} {e['start']}-{e['end']}"
            label = next(w for w in texts if w.startswith(head))
            from graph.gloss import quoted, simplified

            assert texts[label].replace(" ", "") == quoted(e["sentence"]).replace(" ", "")
            if simplified(e["sentence"]):
                traditional += 1
    assert traditional  # u44-01's quotes are in traditional script, their simplified renderings shown


@pytest.mark.neo4j
def test_browser_draws_the_sides_and_shows_one_finding_in_full(chromium_browser, samples_neo4j, neo4j_home,
                                                               tmp_path):
    from workflows.ingest import ingest_paths

    assert not ingest_paths([_u44_01(tmp_path / "texts")], samples_neo4j).failed
    res = gaps(samples_neo4j.to_networkx())
    samples_neo4j.write_findings(res)
    u44 = next(f for f in res["findings"] if f["kind"] == "stalled"
               and any(e["document"] == "u44-01" for e in f["evidence"]))
    creds = read_credentials(neo4j_home)
    SHOTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    try:
        page = _browser_page(chromium_browser, creds, errors)
        _drop_style(page)
        _frame_done(page)

        _run(page, saved_queries()[SIDES]["query"])
        _frame_done(page, query=True)
        assert not _query_error(page)
        page.screenshot(path=str(SHOTS / "ux6-gaps-disconnected-sides-graph.png"))
        fills = _node_fills(page)
        assert any(c.startswith("Disconnected sides (held back)") for c in fills), fills
        assert any("Provincial Military District" in c for c in fills), fills  # a side's actor
        labels = page.evaluate("""() => [...document.querySelector('[data-testid=frame]')
            .querySelectorAll('svg g.relationship text')].map(t => t.textContent.trim())""")
        assert "SUPPORTS" in labels and "CONCERNS" in labels, labels  # the closest pair's plan-only tie

        _run(page, ":clear")
        _run(page, f":param id => '{u44['id']}'")
        _frame_done(page)
        _run(page, saved_queries()[ONE]["query"])
        _frame_done(page, query=True)
        assert not _query_error(page)
        frame = _table_frame_fits(page, 6)
        page.screenshot(path=str(SHOTS / "ux6-one-finding-table.png"))
        text = frame.inner_text()
        assert "in simplified script" in text and "evidence 1: u44-01" in text, text[:1500]
    finally:
        page.close()
    assert not errors, errors
