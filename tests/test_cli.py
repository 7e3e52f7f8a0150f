"""The command line as a user meets it (typer's runner, embedded store in a temp folder)."""

import json

from typer.testing import CliRunner

from cli import app
from tests.records import SAMPLES

runner = CliRunner()
COMMANDS = ["extract", "ingest", "forget", "clear", "summary", "run", "resolve", "neo4j", "show", "path",
            "centrality", "brokers", "gaps", "report", "export"]


def test_help_lists_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for cmd in COMMANDS:
        assert cmd in result.output


def test_every_command_has_help_with_an_example():
    for cmd in COMMANDS:
        if cmd == "neo4j":
            continue
        result = runner.invoke(app, [cmd, "--help"])
        assert result.exit_code == 0, cmd
        assert "Example" in result.output, cmd
    for sub in ["install", "start", "stop", "status", "init"]:
        result = runner.invoke(app, ["neo4j", sub, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, sub


def test_clear_refuses_without_yes(tmp_path):
    db = tmp_path / "g.db"
    assert runner.invoke(app, ["ingest", str(SAMPLES / "s001.txt"), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["clear", "--db", str(db)])
    assert result.exit_code == 1
    summary = runner.invoke(app, ["summary", "--db", str(db), "--json"])
    assert json.loads(summary.stdout)["documents"] == 1
    assert runner.invoke(app, ["clear", "--yes", "--db", str(db)]).exit_code == 0
    summary = runner.invoke(app, ["summary", "--db", str(db), "--json"])
    assert json.loads(summary.stdout)["documents"] == 0


def test_extract_jsonl_names_each_document_by_file_stem():
    result = runner.invoke(app, ["extract", str(SAMPLES), "--format", "jsonl"])
    assert result.exit_code == 0
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert [x["id"] for x in lines] == ["s000", "s001", "s003"]
    assert all(x["entities"] and "relations" in x for x in lines)


def test_run_ingests_the_samples_and_prints_findings(tmp_path):
    db = tmp_path / "g.db"
    result = runner.invoke(app, ["run", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "3 documents" in result.stdout
    assert "Most central actors" in result.stdout


def test_forget_unknown_document_fails_clearly(tmp_path):
    result = runner.invoke(app, ["forget", "nope", "--db", str(tmp_path / "g.db")])
    assert result.exit_code == 2  # no store at that path: a store error, as for every reading command (ux2)
    assert "nope" in result.output


def test_extract_on_a_mixed_folder_reports_each_bad_file_and_goes_on(tmp_path):
    from tests.test_load import _mixed_folder

    good, bad = _mixed_folder(tmp_path)
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1  # something failed, and the status says so
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert len(lines) == len(good)
    assert all(x["entities"] for x in lines), "every good document yields entities"
    errors = [x for x in result.stderr.splitlines() if x.startswith("error: ")]
    assert len(errors) == len(bad)
    for name in bad:
        assert any(name.split("/")[-1] in e for e in errors), name
    assert f"{len(good) + len(bad)} files: {len(good)} extracted, {len(bad)} failed" in result.stderr
