"""Round ux2: a place the source masks (XX, **, X市) is no name. As the holder of a finding or a
jurisdiction in the CLI and the reports it reads "(place masked in the source)", with the document
that masks it; a body in such a place (XX军分区) keeps its name. Before: 'XX: the document states
…' and '[XX〔s000〕]', as if XX were a city."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cli import app
from graph.gloss import finding_title, masked_place, place_label
from tests.records import SAMPLES

runner = CliRunner()


def invoke(*args, columns: int = 200):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": str(columns)})


def test_masked_places_and_their_label():
    for name in ("XX", "**", "X市", "某市", "XX〔s000〕", "**〔s003〕"):
        assert masked_place(name), name
    for name in ("XX军分区", "某", "龙岩市", "**同志", ""):
        assert not masked_place(name), name
    assert place_label("XX〔s000〕") == "(place masked in the source, s000)"
    assert place_label("X市") == "(place masked in the source)"
    assert place_label("龙岩市") == "龙岩市"


def test_a_finding_held_by_a_masked_place_says_so():
    f = {"title": "[XX〔s000〕] XX: the document states “推进慢”; not reported solved",
         "jurisdiction": "XX〔s000〕", "entities": [{"name": "XX", "key": "XX〔s000〕"}]}
    assert finding_title(f) == ("[(place masked in the source, s000)] (place masked in the source): "
                                "the document states “推进慢”; not reported solved")
    body = {"title": "XX军分区: the document states “…”", "jurisdiction": "龙岩市",
            "entities": [{"name": "XX军分区"}]}
    assert finding_title(body) == body["title"]


def test_cli_and_report_show_no_masked_place_as_a_name(tmp_path):
    db = tmp_path / "g.db"
    assert invoke("ingest", SAMPLES, "--db", db).exit_code == 0
    raw = json.loads(invoke("gaps", "--db", db, "--json").stdout)
    held = [f for f in raw["findings"] if f["title"].split("] ", 1)[-1].startswith(("XX:", "**:"))]
    assert held, "the samples have a finding held by a masked place"
    text = invoke("gaps", "--db", db).stdout
    assert "] XX:" not in text and "] **:" not in text
    assert "(place masked in the source): the document states" in text
    summary = invoke("summary", "--db", db).stdout
    assert "XX〔s000〕)" not in summary and "(place masked in the source, s000)" in summary
    md = tmp_path / "r.md"
    assert invoke("report", "--db", db, "--gaps", "--out", md).exit_code == 0
    body = md.read_text(encoding="utf-8")
    assert "] XX:" not in body and "gap picture XX〔" not in body
    assert "(place masked in the source, s000)" in body


def test_the_gloss_of_a_masked_place_says_so_and_a_body_in_one_keeps_its_name():
    from graph.gloss import gloss

    assert gloss("XX〔s000〕", "Location") == "(place masked in the source, s000)"  # was 'XX 〔 s000 〕'
    assert gloss("**", "Location") == "(place masked in the source)"
    assert gloss("XX军分区", "MilitaryUnit") == "XX Military Sub-district"
    assert gloss("驻*部队", "MilitaryUnit") == "Troops Stationed in *"
