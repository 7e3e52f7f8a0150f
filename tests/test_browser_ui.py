"""Neo4j Browser in a real headless Chromium against the test server, as an analyst uses it.

Logs in with the test server's credentials, drops style.grass onto the window and pastes it after
`:style` (both ways must work), runs every saved query with its example :param values on the sample
corpus, and checks that no query errors and that graph answers render as Browser's Graph view
(SVG nodes in the style's colours, captions carrying the English gloss). Screenshots go to
out/browser-screenshots/ for people to look at.

Chromium is Debian's (`scripts/test.sh` installs it when root), driven through Playwright's Python
package with `executable_path`; no browser is downloaded.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from graph.cypher import saved_queries
from graph.neo4j_server import read_credentials
from tests.test_browser_queries import EMPTY_ON_SAMPLES, GRAPH_QUERIES

ROOT = Path(__file__).resolve().parent.parent
STYLE = ROOT / "neo4j" / "browser" / "style.grass"
SHOTS = ROOT / "out" / "browser-screenshots"
TIMEOUT = 60_000  # ms; the machine is shared, Browser's first load is slow


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("no `chromium` on PATH (scripts/test.sh installs Debian's chromium when root)")
    return path


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60]


def _run(page, text: str) -> None:
    """Put `text` in the editor as a paste (what an analyst does) and run it."""
    page.click("#monaco-main-editor")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.evaluate("t => navigator.clipboard.writeText(t)", text)
    page.keyboard.press("Control+V")
    page.click("[data-testid=editor-Run]")


def _login(page, creds: dict) -> None:
    page.goto(creds["http_url"] + "/browser/")
    page.wait_for_selector("[data-testid=boltaddress]", timeout=TIMEOUT)
    page.select_option("[data-testid=bolt-scheme-select]", "bolt://")
    page.fill("[data-testid=boltaddress]", creds["uri"].split("://", 1)[1])
    page.fill("[data-testid=username]", creds["user"])
    page.fill("[data-testid=password]", creds["password"])
    page.click("[data-testid=connect]")
    page.wait_for_selector("text=Connected to Neo4j", timeout=TIMEOUT)

def _browser_page(browser, creds: dict, errors: list[str]):
    """A page of the session's Chromium on the tests' Neo4j Browser, logged in, its page errors
    collected in `errors` (one Playwright session for the whole run: see conftest.chromium_browser)."""
    page = browser.new_page(viewport={"width": 1600, "height": 1100},
                            permissions=["clipboard-read", "clipboard-write"])
    page.on("pageerror", lambda e: errors.append(str(e)))
    _login(page, creds)
    return page



def _table_frame_fits(page, min_rows: int):
    """The first result frame's table, checked to read in place: at least `min_rows` rows, no cell
    running off to the right, the table no wider than its frame. Returns the frame."""
    frame = page.locator("[data-testid=frame]").first
    rows = frame.locator("table tbody tr")
    assert rows.count() >= min_rows, frame.inner_text()[:500]
    over = frame.locator("table td").evaluate_all(
        "cs => cs.filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent)")
    assert over == [], over  # no cell runs off to the right
    width = frame.locator("table").first.evaluate("t => [t.scrollWidth, t.parentElement.clientWidth]")
    assert width[0] <= width[1] + 1, width
    return frame

def _drop_style(page) -> None:
    """Drop style.grass onto the window, as dragging the file in does (Browser's .filedrop handler)."""
    dt = page.evaluate_handle(
        "t => { const d = new DataTransfer(); d.items.add(new File([t], 'style.grass')); return d; }",
        STYLE.read_text(encoding="utf-8"))
    page.dispatch_event(".filedrop", "dragenter", {"dataTransfer": dt})
    page.dispatch_event(".filedrop", "drop", {"dataTransfer": dt})


def _frame_done(page, query: bool = False) -> str:
    """Wait for the newest frame's result (a query's: loaded, or its error); its visible text.

    A Cypher frame shows frameContents with a spinner while it runs, and frame-loaded-contents
    once the result or the error is in; command frames (:style, :param) answer at once.
    """
    frame = page.locator("[data-testid=frame]").first
    wanted = "[data-testid=frame-loaded-contents]" if query else \
        "[data-testid=frame-loaded-contents], [data-testid=frameContents]"
    frame.locator(wanted).first.wait_for(timeout=TIMEOUT)
    page.wait_for_timeout(2500 if query else 500)  # the force layout settles
    return frame.inner_text()


def _full_view(page) -> float:
    """Maximise the newest frame (its Fullscreen button) and zoom to fit, as an analyst reading the
    graph does; the median on-screen height in px of the node captions' lines."""
    frame = page.locator("[data-testid=frame]").first
    frame.locator("button[title=Fullscreen]").click()
    page.wait_for_timeout(800)
    frame.locator("button[aria-label=zoom-to-fit]").click()
    page.wait_for_timeout(1500)
    heights = page.evaluate("""() => [...document.querySelector('[data-testid=frame]')
        .querySelectorAll('svg g.node text.caption')].map(t => t.getBoundingClientRect().height)
        .filter(h => h > 0).sort((a, b) => a - b)""")
    return heights[len(heights) // 2] if heights else 0.0


def _query_error(page) -> str:
    """The newest frame's Cypher error message ('' when the query succeeded)."""
    err = page.locator("[data-testid=frame]").first.locator("[data-testid=cypherFrameErrorMessage]")
    return err.first.inner_text() if err.count() else ""


def _node_fills(page) -> dict[str, str]:
    """{caption text: fill colour} of the nodes the newest frame's Graph view draws."""
    return page.evaluate("""() => {
        const frame = document.querySelector('[data-testid=frame]');
        const out = {};
        frame.querySelectorAll('svg g.node').forEach(g => {
            const text = [...g.querySelectorAll('text.caption')].map(t => t.textContent.trim()).join(' ');
            out[text] = (g.querySelector('circle.b-outline') || {}).getAttribute?.('fill');
        });
        return out;
    }""")


@pytest.mark.neo4j
def test_browser_draws_the_saved_queries_with_the_style(chromium_browser, samples_neo4j, neo4j_home):
    from graph.analysis.gaps import gaps

    samples_neo4j.write_findings(gaps(samples_neo4j.to_networkx()))  # as `mcfgraph gaps --neo4j` does (ux5)
    creds = read_credentials(neo4j_home)
    glosses = {r["gloss"].split()[0] for r in samples_neo4j._read(
        "glosses", "MATCH (n:Entity) WHERE n.gloss <> '' RETURN n.gloss AS gloss")}
    colours = dict(re.findall(r"^node\.(\w+) \{ color: (#[0-9A-F]{6});", STYLE.read_text(encoding="utf-8"),
                              flags=re.M))
    SHOTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    line_px: dict[str, float] = {}
    try:
        page = _browser_page(chromium_browser, creds, errors)

        # dragged in: Browser answers with the style frame, which lists the rules
        _drop_style(page)
        text = _frame_done(page)
        assert "node.PartyGovBody" in text and "{caption}" in text, text[:300]
        # pasted after :style
        _run(page, ":style " + STYLE.read_text(encoding="utf-8"))
        text = _frame_done(page)
        assert "InvalidGrass" not in text and "node.MilitaryUnit" in text, text[:300]

        for name, q in saved_queries().items():
            _run(page, ":clear")
            for k, v in q["params"].items():
                _run(page, f":param {k} => '{v}'")
                _frame_done(page)
            _run(page, q["query"])
            text = _frame_done(page, query=True)
            drawn = name in GRAPH_QUERIES and name not in EMPTY_ON_SAMPLES
            if drawn:
                line_px[name] = _full_view(page)
            page.screenshot(path=str(SHOTS / f"{_slug(name)}.png"))
            if drawn:  # back to the stream, so the editor takes the next query
                page.locator("[data-testid=frame]").first.locator("button[title*=ullscreen]").click()
            assert not _query_error(page), (name, text[:500])
            assert not re.search(r"Neo\.(Client|Database|Transient)Error|ERROR", text), (name, text[:500])
            if drawn:
                fills = _node_fills(page)
                assert fills, (name, "no Graph view")
                captions = " ".join(fills)
                assert any(g in captions for g in glosses), (name, captions[:300])
                assert set(fills.values()) <= {c.upper() for c in colours.values()} | {
                    c.lower() for c in colours.values()}, (name, set(fills.values()))
        # the error check sees an error when there is one
        _run(page, "MATCH (n RETURN n")
        _frame_done(page, query=True)
        assert "Invalid input" in _query_error(page)
    finally:
        page.close()
    assert not errors, errors
    # captions readable in the maximised frame: lines at least 9 px tall on screen
    assert min(line_px.values()) >= 9, line_px
