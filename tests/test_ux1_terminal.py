"""ux1: what a new analyst meets in an 80-column terminal (or output piped to a file or `less`).

Each test runs the command the README shows with COLUMNS=80 (rich's width for a pipe) on the
analysis test corpus and checks that what an analyst needs is there in full: entity names and
evidence sentences were cut with '…' (show: 8 characters of a sentence; gaps: 2 a line), the
brokers table squeezed 12 columns to 3 characters each and printed the sides as a Python dict.
"""

from __future__ import annotations

from typer.testing import CliRunner

from tests import test_analysis_cli as analysis_cli

# the analysis CLI and its store of the analysis test corpus: tests/test_analysis_cli.py's fixtures
app = analysis_cli.app
db = analysis_cli.db

runner = CliRunner()


def run80(app, *args):
    return runner.invoke(app, list(args), env={"COLUMNS": "80"})


def flat(text: str) -> str:
    """The output with table borders, wrapping and indentation removed, to find a sentence in it."""
    for ch in "│┃║ \n":
        text = text.replace(ch, "")
    return text


def last_column(text: str) -> str:
    """The last column of every table row, joined: a wrapped cell read back as one string."""
    cells = [line.split("│")[-2] for line in text.splitlines()
             if line.startswith("│") and line.count("│") > 2]
    return flat("".join(cells))


def test_show_prints_every_evidence_sentence_whole_at_80_columns(app, db):
    import json

    r = run80(app, "show", "龙岩市委", "--db", db)
    assert r.exit_code == 0, r.output
    assert "…" not in r.output
    info = json.loads(run80(app, "show", "龙岩市委", "--db", db, "--json").stdout)
    body, evidence = flat(r.output), last_column(r.output)
    for rel in info["relationships"]:
        assert flat(rel["other"]["name"]) in body
        for e in rel["evidence"][:3]:
            assert flat(e["sentence"]) in evidence, e["sentence"]


def test_gaps_lists_findings_with_whole_sentences_at_80_columns(app, db):
    import json

    data = json.loads(run80(app, "gaps", "--db", db, "--json").stdout)
    r = run80(app, "gaps", "--db", db)
    assert "Coordination gaps" in r.output
    assert "tiers, strongest first: stated = " in r.output  # the jargon explained where it is used
    body = flat(r.output)
    assert data["findings"]
    for f in data["findings"] + data["held_back"] + data["undetermined"]:
        assert f["id"] in body
        ev = (f.get("held_back") or {}).get("evidence") or f["evidence"]
        for e in ev[:3]:
            assert flat(e["sentence"]) in body, (f["id"], e["sentence"])
        extra = f.get("note") or (f.get("held_back") or {}).get("reason")
        if extra:
            assert flat(extra) in body


def test_brokers_table_fits_80_columns_and_names_the_sides_in_words(app, db):
    r = run80(app, "brokers", "--db", db)
    assert r.exit_code == 0, r.output
    assert "{'" not in r.output and "military" in r.output
    assert all(len(line) <= 80 for line in r.output.splitlines())
    assert "龙岩市委" in r.output and "gatekeeper" in r.output


def test_a_date_that_is_not_on_the_calendar_is_an_error_naming_the_flag(app, db):
    for args, flag in ((("--as-of", "2020-13"), "--as-of"), (("--since", "2020-02-30"), "--since"),
                       (("--until", "2019-00"), "--until")):
        r = run80(app, "gaps", "--db", db, *args)
        assert r.exit_code == 2, (args, r.output)
        assert flag in r.output and args[1] in r.output
    assert run80(app, "gaps", "--db", db, "--as-of", "2020-2").exit_code in (0, 1)


def test_jurisdiction_in_english_and_a_jurisdiction_that_matches_nothing(app, db):
    import json

    zh = json.loads(run80(app, "centrality", "-j", "龙岩", "--db", db, "--json").stdout)
    en = json.loads(run80(app, "centrality", "-j", "Longyan", "--db", db, "--json").stdout)
    assert zh["rows"] and [r["key"] for r in en["rows"]] == [r["key"] for r in zh["rows"]]
    for cmd in ("centrality", "brokers", "gaps", "export"):
        r = run80(app, cmd, "-j", "Atlantis", "--db", db)
        assert r.exit_code == 2, (cmd, r.output)
        assert "Atlantis" in r.output and "龙岩市(LongyanCity)" in flat(r.output)



def test_centrality_keeps_names_whole_and_types_unbroken_at_80_columns(app, db):
    import json

    data = json.loads(run80(app, "centrality", "--db", db, "--json").stdout)
    r = run80(app, "centrality", "--db", db)
    assert r.exit_code == 0 and all(len(x) <= 80 for x in r.output.splitlines())
    for row in data["rows"]:
        assert row["name"] in r.output  # whole on one line, not '龙岩市委军 …' or '龙岩市' / '委'
        assert row["type"] in r.output
    assert "jurisdict\n" not in r.output


def test_path_reads_as_a_chain_with_whole_sentences_at_80_columns(app, db):
    import json

    data = json.loads(run80(app, "path", "龙岩军分区", "龙岩市融合发展促进会", "--db", db, "--json").stdout)
    r = run80(app, "path", "龙岩军分区", "龙岩市融合发展促进会", "--db", db)
    assert r.exit_code == 0 and "path 1" in r.output
    body = flat(r.output)
    for h in data["shortest"]:
        assert h["type"] in r.output
        assert flat(h["evidence"]["sentence"]) in body, h["evidence"]["sentence"]
    for n in data["nodes"].values():
        assert n["name"] in r.output and n["gloss"] in r.output


def test_show_says_none_instead_of_an_empty_relationship_table(app, db):
    r = run80(app, "show", "龙岩市委", "--db", db, "--type", "Fund")
    assert r.exit_code == 0, r.output
    assert "Relationships: none with entities of the types asked" in r.output and "┏" not in r.output.split(
        "Relationships")[-1]
