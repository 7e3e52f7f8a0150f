"""ux1: every command of the README's "Using it" block, run as an analyst would on the samples.

A new analyst copies these lines first. Before this round the `--dismiss` example carried an id that
no finding has ('no finding with id 3f2a9c01bd'), and `ingest corpus/ samples/` named the project's
own development corpus. Each line must run (exit 0, or 1 where it says "nothing found") with no
traceback; the output files they name are written.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from typer.testing import CliRunner

from cli import app
from tests.records import SAMPLES

README = Path(__file__).resolve().parents[1] / "README.md"
runner = CliRunner()


def using_it_lines() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    block = text.split("## Using it", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    out = []
    for line in block.splitlines():
        line = re.sub(r"\s+#.*$", "", line).strip()
        if line.startswith("mcfgraph "):
            out.append(shlex.split(line)[1:])
    return out


def test_the_readme_commands_run_on_the_samples(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "mcfgraph.db"
    env = {"MCFGRAPH_DB": str(db), "COLUMNS": "100"}
    assert runner.invoke(app, ["ingest", str(SAMPLES)], env=env).exit_code == 0
    lines = using_it_lines()
    assert len(lines) >= 15
    for args in lines:
        if args[0] == "ingest":
            assert "corpus/" not in args  # the project's own corpus/ is no analyst's folder
            continue
        args = [str(SAMPLES) if a == "samples/" else a for a in args]
        r = runner.invoke(app, args, env=env)
        assert r.exception is None or isinstance(r.exception, SystemExit), (args, r.exception)
        assert r.exit_code in (0, 1), (args, r.output[-800:])
        if args[0] == "extract":
            assert r.exit_code == 0 and r.stdout.count("\n") == 3, r.output[-800:]
        if args[0] == "gaps" and "--dismiss" in args:
            assert r.exit_code == 0 and "dismissed" in r.output, r.output
        if "--out" in args:
            assert (tmp_path / args[args.index("--out") + 1]).exists(), args
