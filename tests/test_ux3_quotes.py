"""ux3: evidence from a page that printed pinyin after its characters reads without it.

Found on unseen text: u65-01, u66-01, u67-05, u68-02 … are mirror pages whose every few characters
carry pinyin (召開(kāi)議軍會(huì )議); `show`, `gaps`, `path` and the reports quoted them so, which an
analyst who reads Chinese slowly has to pick through. Quotes now drop the pinyin; the characters
stay as written and --json keeps the stored sentence. Invented text.
"""

from __future__ import annotations

import json

import typer
from typer.testing import CliRunner

import cli_analysis
from graph.embedded import EmbeddedStore
from graph.report import report
from tests.test_analysis_graphs import build, document_graphs, edge, node

D = "ux3q"
SENT = "青松市黨委召開(kāi)議軍會(huì )議，青松軍分區與青松市發(fā)改委簽署協(xié)議。"
READ = "青松市黨委召開議軍會議，青松軍分區與青松市發改委簽署協議。"


def invented():
    nodes = [(D, node("青松军分区", "MilitaryUnit", "青松市")),
             (D, node("青松市发改委", "PartyGovBody", "青松市"))]
    edges = [edge(D, "青松军分区", "COORDINATES_WITH", "青松市发改委", SENT, "reported")]
    return build({D: {"date": "2024", "jurisdiction": "青松市"}}, nodes, edges)


def test_show_quotes_without_pinyin_and_json_keeps_the_sentence(tmp_path):
    store = EmbeddedStore(tmp_path / "g.db")
    for dg in document_graphs(invented):
        store.write_document(dg)
    store.close()
    app = typer.Typer()
    cli_analysis.register(app)
    args = ["show", "青松军分区", "--db", str(tmp_path / "g.db")]
    r = CliRunner().invoke(app, args, env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    assert READ in r.output and "(kāi)" not in r.output
    data = json.loads(CliRunner().invoke(app, args + ["--json"], env={"COLUMNS": "200"}).stdout)
    assert data["relationships"][0]["evidence"][0]["sentence"] == SENT


def test_reports_quote_without_pinyin():
    for fmt in ("md", "html"):
        text = report(invented(), "青松军分区", fmt=fmt, radius=1)
        assert READ in text and "(kāi)" not in text, fmt
