"""Round ux2: "not found" is one exit status across commands. `show`, `path`, `report` and
`gaps --dismiss` exited 3 for a name or finding id the store does not hold, `forget` exited 1 for a
document id it does not hold; now all exit 3 (cli_analysis.NOT_FOUND, README "Exit status"). A
missing store is a store error (2) for `forget` as for every reading command."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cli import app
from cli_analysis import NOT_FOUND
from tests.records import SAMPLES

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ux2") / "g.db"
    assert invoke("ingest", SAMPLES, "--db", path).exit_code == 0
    return path


def test_not_found_is_one_exit_status(db):
    assert NOT_FOUND == 3
    cases = [("forget", "nope"), ("show", "不存在的单位"), ("path", "不存在的单位", "龙岩军分区"),
             ("report", "不存在的单位"), ("gaps", "--dismiss", "0000000000", "--reason", "x")]
    for args in cases:
        r = invoke(*args, "--db", db)
        assert r.exit_code == NOT_FOUND, (args, r.exit_code, r.output)


def test_forget_without_a_store_is_a_store_error_like_the_reading_commands(tmp_path):
    missing = tmp_path / "none.db"
    r = invoke("forget", "nope", "--db", missing)
    assert r.exit_code == 2 and "no store" in r.output and not missing.exists()
    assert invoke("show", "龙岩军分区", "--db", missing).exit_code == 2


def test_the_readme_documents_the_exit_statuses():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = " ".join(readme.split("Exit status", 1)[1][:1200].split())
    assert "3" in section and "forget" in section and "not found" in section
