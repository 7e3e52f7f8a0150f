"""ux7: what the analyst tripped on in the terminal beyond the gap report.

`show 丹东市委` was headed "市委  Municipal Party Committee" and `path 丹东军分区 丹东市委` said "no path
between 丹东军分区 and 市委" (u82–u86 store): the node's display name is the 市委 its document (u85-01)
writes, its key and jurisdiction say 丹东市. A name that does not say its place now carries it in
`show`'s heading, a path's steps and "no path between …": "市委 [丹东市]".
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from cli import app
from workflows.render import placed

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def test_a_name_without_its_place_gets_it():
    assert placed("市委", "丹东市") == "市委 [丹东市]"
    assert placed("丹东军分区", "丹东市") == "丹东军分区"  # the short form names the place
    assert placed("国防科工局", "") == "国防科工局"  # national: nothing to add
    assert placed("市委", "XX〔s000〕").startswith("市委 [(place masked in the source")


def test_show_and_path_name_the_place_of_a_bare_name(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    folder = tmp_path / "texts"
    folder.mkdir()
    for line in (ROOT / "corpus" / "annotated" / "u85.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d["id"] == "u85-01":
            (folder / "u85-01.txt").write_text(d["text"], encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert runner.invoke(app, ["ingest", str(folder), "--db", db]).exit_code == 0
    shown = runner.invoke(app, ["show", "丹东市委", "--db", db, "--json"])
    info = json.loads(shown.output)
    assert (info["key"], info["name"], info["jurisdiction"]) == ("丹东市委", "市委", "丹东市")
    out = runner.invoke(app, ["show", "丹东市委", "--db", db]).output
    assert "市委 [丹东市]  Municipal Party Committee" in out.splitlines()[0]
    # a path's steps too (李友 is the 市委书记 of the sentence)
    out = runner.invoke(app, ["path", "丹东市委", "李友", "--db", db]).output
    assert "市委 [丹东市]  Municipal Party Committee" in out, out
