"""ux5: a quote in traditional script keeps its words and gets a simplified rendering beside it.

Found in the trial (READ stated-tier texts): 20 of the 82 documents are in traditional script, and
every format quoted their sentences as written (縣退役軍人事務局未及時停發撫恤補助資金…): right, so
the quote can be found in the source, but a slow reader of Chinese had to convert 縣/軍/務/發/資 in
their head. Every format now shows the simplified rendering under such a quote (OpenCC's t2s tables,
the package whose character table the rules fold text with), and nothing for a quote already in
simplified script: the terminal (`gaps`, `show`, `path`), the gap report in Markdown and HTML, an
entity report's evidence tables and its interactive view (looked at in headless Chromium), and the
(:Finding) nodes `gaps --neo4j` writes (tests/test_ux5_neo4j_findings.py).

Text: READ u44-01 (思南县, traditional script).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

import cli_analysis
from graph.gap_report import render_html, render_md
from graph.gloss import finding_title, simplified
from graph.network_view import _evidence
from graph.report import _ev_text
from ingest.textfold import to_simplified
from workflows.render import evidence_line, finding_block

ROOT = Path(__file__).resolve().parent.parent
TRAD = "經自查,該縣共有27名退役軍人死亡后,縣退役軍人事務局未及時停發撫恤補助資金。"
SIMP = "经自查,该县共有27名退役军人死亡后,县退役军人事务局未及时停发抚恤补助资金。"
SAME = "青山县民政局管理的烈士陵园杂草丛生。"
FINDING = {
    "id": "0123456789", "key": "stalled|县退役军人事务局", "tier": "stated", "kind": "stalled",
    "label": "Stalled item", "score": 0.65, "rank": 1,
    "title": "[思南县] 县退役军人事务局: the document states “縣退役軍人事務局未及時停發撫恤補助資金”",
    "entities": [{"key": "县退役军人事务局", "name": "县退役军人事务局", "type": "PartyGovBody",
                  "gloss": "County Veterans Affairs Bureau"}],
    "evidence": [{"document": "d1", "modality": "problem", "sentence": TRAD},
                 {"document": "d2", "modality": "problem", "sentence": SAME}],
    "holder": {"why": "its place is 思南县",
               "evidence": [{"document": "d1", "sentence": "思南縣委巡察組對縣退役軍人事務局開展巡察。"}]},
}
RES = {"findings": [FINDING], "held_back": [], "undetermined": [], "dismissed": [],
       "counts": {"stalled": 1}}


def _text(renderable, width: int = 200) -> str:
    console = Console(width=width, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(renderable)
    return console.export_text()


def test_simplified_rendering_only_for_traditional_script():
    assert simplified(TRAD) == SIMP
    assert simplified(SAME) == "" and simplified("") == ""
    # a mirror's pinyin dropped, as in the quote; phrase tables, not one character at a time
    assert simplified("召開(kāi)議軍會(huì)議") == "召开议军会议"
    assert to_simplified("乾隆年间的乾燥气候") == "乾隆年间的干燥气候"


def test_terminal_quotes_show_the_simplified_rendering_under_the_words_as_written():
    out = _text(evidence_line(FINDING["evidence"][0]))
    assert TRAD in out and f"“{SIMP}” (in simplified script)" in out
    assert out.index(TRAD) < out.index(SIMP)
    assert "simplified" not in _text(evidence_line(FINDING["evidence"][1]))
    block = _text(finding_block(1, FINDING))
    assert "县退役军人事务局开展巡察" in block  # the holder's naming sentence too
    assert block.count("(in simplified script)") == 2 and "(in simplified script: “" in block  # + headline
    assert "simplified" in cli_analysis.ev_text(FINDING["evidence"][0]) and SIMP in cli_analysis.ev_text(
        FINDING["evidence"][0])


def test_the_headline_quote_gets_it_too():
    """The headline quotes the problem clause (縣退役軍人事務局未及時停發撫恤補助資金): every format
    prints it through finding_title, the terminal block first."""
    head = "[思南县] 县退役军人事务局: the document states "
    title = head + "“縣退役軍人事務局未及時停發撫恤補助資金” (+2 more)"
    want = ("“縣退役軍人事務局未及時停發撫恤補助資金” "
            "(in simplified script: “县退役军人事务局未及时停发抚恤补助资金”) (+2 more)")
    assert finding_title({**FINDING, "title": title}) == head + want
    plain = "[青山县] 青山县民政局: “杂草丛生”"
    assert finding_title({**FINDING, "title": plain}) == plain
    md = "\n".join(render_md(RES, []))
    assert f"#### 1. {head}“縣退役軍人事務局未及時停發撫恤補助資金” (in simplified script: “" in md


def test_gap_reports_show_it_in_markdown_and_html():
    md = "\n".join(render_md(RES, []))
    assert f"> “{TRAD}”  \n> _in simplified script: “{SIMP}”_  \n> — d1, problem" in md
    # the headline, the problem and the holder's sentence, not SAME
    assert md.count("in simplified script") == 3
    html = "".join(render_html(RES, []))
    assert f'“{TRAD}”<span class="simplified">in simplified script: “{SIMP}”</span><cite>' in html
    assert html.count('class="simplified"') == 2  # quotes (the headline's rendering is in its text)


def test_entity_reports_and_the_interactive_view_carry_it():
    assert _ev_text({"document": "d1", "modality": "stated", "sentence": TRAD}).endswith(
        f"(in simplified script: “{SIMP}”)")
    assert _ev_text({"document": "d2", "modality": "stated", "sentence": SAME}) == f"“{SAME}” [d2, stated]"
    ev = _evidence([{"document": "d1", "sentence": TRAD}, {"document": "d2", "sentence": SAME}], {})
    assert [e["simplified"] for e in ev] == [SIMP, ""] and ev[0]["sentence"] == TRAD


@pytest.fixture(scope="module")
def sinan(tmp_path_factory) -> Path:
    """An embedded store holding READ u44-01 (traditional script)."""
    from graph.embedded import EmbeddedStore
    from workflows.ingest import ingest_paths

    folder = tmp_path_factory.mktemp("ux5")
    for line in (ROOT / "corpus" / "annotated" / "u44.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d["id"] == "u44-01":
            (folder / "u44-01.txt").write_text(d["text"], encoding="utf-8")
    db = folder / "u44.db"
    store = EmbeddedStore(db)
    assert not ingest_paths([folder / "u44-01.txt"], store).failed
    store.close()
    return db


def test_the_gaps_command_on_a_traditional_script_text(sinan):
    app = typer.Typer()
    cli_analysis.register(app)
    r = CliRunner().invoke(app, ["gaps", "--db", str(sinan)], env={"COLUMNS": "100"})
    assert r.exit_code == 0, r.output[-600:]
    flat = r.stdout.replace("\n", "").replace(" ", "")
    assert "縣退役軍人事務局未及時停發" in flat and "县退役军人事务局未及时停发" in flat
    assert "(insimplifiedscript)" in flat


def test_html_reports_show_it_in_chromium(sinan, chromium_browser, tmp_path):
    """The gap report's quote and the interactive view's evidence panel, as a reader sees them."""
    from graph.embedded import EmbeddedStore
    from graph.report import report

    G = EmbeddedStore(sinan).to_networkx()
    gaps_html, ego_html = tmp_path / "gaps.html", tmp_path / "ego.html"
    report(G, include_gaps=True, fmt="html", out=gaps_html)
    report(G, "思南县委", fmt="html", out=ego_html)
    page = chromium_browser.new_page(viewport={"width": 1400, "height": 1000})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else route.abort())
    page.goto(gaps_html.as_uri())
    quote = page.locator("section.gaps blockquote", has_text="縣退役軍人事務局未及時停發").first
    rendering = quote.locator(".simplified")
    assert rendering.is_visible() and "县退役军人事务局未及时停发" in rendering.inner_text()
    quote.scroll_into_view_if_needed()
    page.screenshot(path=str(tmp_path / "gaps.png"))
    page.goto(ego_html.as_uri())
    page.wait_for_selector("#mcf-network-1[data-rendered='1']", timeout=20000)
    edge = page.evaluate("""() => { const v = document.getElementById('mcf-network-1');
        return v.mcfNetwork.body.data.edges.get().map(e => e.id)[0]; }""")
    page.evaluate(f"document.getElementById('mcf-network-1').mcfShowEdge({edge!r})")
    panel = page.locator("#mcf-network-1 .evidence")
    assert "思南縣" in panel.inner_text() and "in simplified script: “" in panel.inner_text()
    assert panel.locator(".simplified").first.is_visible()
