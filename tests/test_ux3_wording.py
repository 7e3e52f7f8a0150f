"""ux3: wording met on the first hour with unseen text.

`ingest` printed "(as u67-06, 5 entities, 1 relations)"; the brokers table showed the roles
"consultant" and "coordinator" while its caption explained only gatekeeper, representative and
liaison. Invented text.
"""

from __future__ import annotations

from typer.testing import CliRunner

from cli import app


def test_ingest_counts_read_in_the_singular_for_one(tmp_path):
    (tmp_path / "q1.txt").write_text("青松市委与青松军分区签署军民融合战略合作协议。", encoding="utf-8")
    r = CliRunner().invoke(app, ["ingest", str(tmp_path / "q1.txt"), "--db", str(tmp_path / "g.db")],
                           env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    assert "1 relations" not in r.output and "1 entities" not in r.output
    assert "1 relation)" in r.output


def test_the_brokers_caption_explains_every_role_it_can_show(tmp_path):
    (tmp_path / "q1.txt").write_text("青松市委与青松军分区签署军民融合战略合作协议。", encoding="utf-8")
    db = str(tmp_path / "g.db")
    CliRunner().invoke(app, ["ingest", str(tmp_path / "q1.txt"), "--db", db])
    out = CliRunner().invoke(app, ["brokers", "--db", db], env={"COLUMNS": "200"}).output
    for role in ("coordinator (", "consultant (", "gatekeeper and representative (", "liaison ("):
        assert role in out, role


def test_summary_says_its_commands_whole_and_when_scores_are_noise(tmp_path):
    (tmp_path / "q1.txt").write_text("青松市委与青松军分区签署军民融合战略合作协议。", encoding="utf-8")
    db = str(tmp_path / "g.db")
    CliRunner().invoke(app, ["ingest", str(tmp_path / "q1.txt"), "--db", db])
    out = CliRunner().invoke(app, ["summary", "--db", db], env={"COLUMNS": "80"}).output
    assert "mcfgraph gaps --dismiss ID --reason TEXT" in out  # one line, not a centred caption cut in two
    assert "scores near 0" in out  # two bodies and one tie: no actor lies between others


def test_entity_is_show(tmp_path):
    (tmp_path / "q1.txt").write_text("青松市委与青松军分区签署军民融合战略合作协议。", encoding="utf-8")
    db = str(tmp_path / "g.db")
    CliRunner().invoke(app, ["ingest", str(tmp_path / "q1.txt"), "--db", db])
    r = CliRunner().invoke(app, ["entity", "青松军分区", "--db", db], env={"COLUMNS": "80"})
    assert r.exit_code == 0, r.output
    assert "MilitaryUnit" in r.output
