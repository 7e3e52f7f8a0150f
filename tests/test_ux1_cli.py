"""ux1: frictions a new analyst met following the README on the samples and on texts of their own.

Each test fails on the code before the fix: a re-ingest said "unchanged: f.txt (0 entities, 0
relations)"; the summary's gap table had no finding ids (so nothing to pass to --dismiss) and still
listed dismissed findings; a report on a machine without a Chinese font printed one matplotlib warning
per missing glyph; an --out the user cannot write was a traceback; --help kept the source's line
breaks, so every paragraph came out as alternating full lines and stubs.
"""

from __future__ import annotations

import json
import warnings

from typer.testing import CliRunner

from cli import app
from tests.records import SAMPLES

runner = CliRunner()


def invoke(*args, columns: int = 80):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": str(columns)})


def test_reingest_says_unchanged_without_zero_counts_and_names_the_id(tmp_path):
    db = tmp_path / "g.db"
    first = invoke("ingest", SAMPLES / "s001.txt", "--db", db)
    assert first.exit_code == 0, first.output
    assert "written:" in first.output and "as s001" in first.output
    again = invoke("ingest", SAMPLES / "s001.txt", "--db", db)
    line = next(x for x in again.output.splitlines() if x.startswith("unchanged:"))
    assert "0 entities" not in line and "s001" in line
    assert "1 file:" in again.output


def test_summary_gives_finding_ids_and_leaves_dismissed_findings_out(tmp_path):
    db = tmp_path / "g.db"
    assert invoke("ingest", SAMPLES, "--db", db).exit_code == 0
    data = json.loads(invoke("summary", "--db", db, "--json").stdout)
    first = data["gaps"][0]
    text = invoke("summary", "--db", db, columns=200).stdout
    assert first["id"] in text and first["tier"] in text
    assert "〔s000〕" in text and "anonymised place" in text  # the XX〔s000〕 form is explained
    r = invoke("gaps", "--db", db, "--dismiss", first["id"], "--reason", "checked: the tie is stated")
    assert r.exit_code == 0, r.output
    after = json.loads(invoke("summary", "--db", db, "--json").stdout)
    assert first["key"] not in {g["key"] for g in after["gaps"]}
    assert after["gaps_dismissed"] == 1
    assert "1 dismissed left out" in invoke("summary", "--db", db, columns=200).stdout


def test_report_without_a_chinese_font_says_so_once_instead_of_a_warning_per_glyph(tmp_path, monkeypatch):
    import graph.report

    db = tmp_path / "g.db"
    assert invoke("ingest", SAMPLES, "--db", db).exit_code == 0
    monkeypatch.setattr(graph.report, "cjk_font", lambda: None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = invoke("report", "--gaps", "--format", "html", "--out", tmp_path / "gaps.html", "--db", db)
    assert r.exit_code == 0, r.output
    assert not [w for w in caught if "Glyph" in str(w.message)]
    assert r.output.count("no Chinese font installed") == 1
    assert (tmp_path / "gaps.html").exists()


def test_an_out_path_that_cannot_be_written_is_an_error_naming_it(tmp_path):
    db = tmp_path / "g.db"
    assert invoke("ingest", SAMPLES / "s001.txt", "--db", db).exit_code == 0
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    target = blocker / "sub" / "out.graphml"  # a folder under a file: cannot exist
    r = invoke("export", "--format", "graphml", "--out", target, "--db", db)
    assert r.exit_code == 2 and "cannot write" in r.output and "afile" in r.output
    assert "Traceback" not in r.output
    r = invoke("report", "--format", "md", "--out", blocker / "r.md", "--db", db)
    assert r.exit_code == 2 and "cannot write" in r.output


def test_help_paragraphs_are_wrapped_to_the_terminal_not_to_the_source():
    r = invoke("ingest", "--help")
    lines = [x.strip() for x in r.output.splitlines()]
    # before: "... or its path inside a folder" / "given" / "(corpus/2019/..." as three lines
    assert "given" not in lines
    assert any("its path inside a folder" in x and x.endswith(("folder", "given", ")")) or "given (" in x
               for x in lines)
    for cmd in ("gaps", "brokers", "report", "path"):
        rows = invoke(cmd, "--help").output.splitlines()
        # a stub: a short line inside a paragraph (the next line is text, not a blank or a box)
        stubs = [x for x, nxt in zip(rows, rows[1:], strict=False)
                 if 0 < len(x.strip()) < 20 and "│" not in x and "╭" not in x and nxt.strip()
                 and not nxt.lstrip().startswith(("╭", "│"))]
        assert not stubs, (cmd, stubs)


def test_extract_table_shows_glosses_and_whole_evidence_sentences():
    data = json.loads(invoke("extract", SAMPLES / "s001.txt", "--format", "jsonl").stdout)
    from tests.test_ux1_terminal import flat, last_column

    text = invoke("extract", SAMPLES / "s001.txt").stdout
    assert "LongyanMunicipalPartyCommittee" in flat(text)  # the gloss under 龙岩市委
    longest = max((r["evidence"] for r in data["relations"]), key=len)
    assert len(longest) > 60 and flat(longest) in last_column(text)


def test_resolve_review_shows_glosses_and_says_which_way_merge_goes(tmp_path):
    db = tmp_path / "g.db"
    assert invoke("ingest", SAMPLES, "--db", db).exit_code == 0
    pairs = json.loads(invoke("resolve", "--review", "--db", db, "--json").stdout)
    text = invoke("resolve", "--review", "--db", db, columns=250).stdout
    assert "--merge A B: A is B" in text
    if pairs:
        from graph.embedded import EmbeddedStore

        g = EmbeddedStore(db).to_networkx()
        glosses = [g.nodes[p["a"]].get("gloss") for p in pairs
                   if p["a"] in g and g.nodes[p["a"]].get("gloss")]
        assert glosses and glosses[0] in text


def test_gap_report_glosses_names_and_never_says_a_finding_is_quoted_above_by_itself(tmp_path):
    import re

    db = tmp_path / "g.db"
    assert invoke("ingest", SAMPLES, "--db", db).exit_code == 0
    md = invoke("report", "--gaps", "--db", db).stdout
    data = json.loads(invoke("gaps", "--db", db, "--json").stdout)
    ids = {f["id"] for f in data["findings"] + data["held_back"] + data["undetermined"]}
    for block in md.split("\n#### ")[1:]:
        head = block.splitlines()[0]
        assert not re.match(r"[0-9a-f]{10}\. ", head), head  # an id is no rank to number a heading with
        own = re.search(r"_id ([0-9a-f]{10})", block)
        again = re.search(r"Also quoted above: (.*)", block)
        if own and again:
            assert f"#{own[1]}" not in again[1], head
    assert ids
    assert "in English: 军民融合产业园 = MCF Industrial Park" in md


def test_a_held_back_finding_quotes_each_sentence_once(tmp_path):
    from tests.test_ux1_terminal import flat

    db = tmp_path / "g.db"
    assert invoke("ingest", SAMPLES, "--db", db).exit_code == 0
    data = json.loads(invoke("gaps", "--db", db, "--json").stdout)
    body = invoke("gaps", "--db", db).output
    assert data["held_back"]
    for f in data["held_back"]:
        ev = (f.get("held_back") or {}).get("evidence") or f["evidence"]
        block = flat(body.split(f["id"], 1)[1].split("#", 1)[0])
        for s in {e["sentence"] for e in ev[:3]}:
            assert block.count(flat(s)) == 1, s


def test_entity_report_lists_the_documents_it_draws_on_and_the_html_select_has_english(tmp_path):
    db = tmp_path / "g.db"
    assert invoke("ingest", SAMPLES, "--db", db).exit_code == 0
    md = invoke("report", "龙岩市委军民融合办", "--db", db).stdout
    docs = md.split("## Documents", 1)[1]
    assert "| s001 |" in docs and "| s003 |" not in docs  # s003 names nothing in this ego network
    assert "documents this report draws on" in docs
    out = tmp_path / "ego.html"
    assert invoke("report", "龙岩市委军民融合办", "--format", "html", "--out", out, "--db", db).exit_code == 0
    assert '<option value="龙岩市">龙岩市 Longyan City</option>' in out.read_text(encoding="utf-8")
    whole = invoke("report", "--all", "--db", db).stdout
    assert "| s003 | (untitled) |" in whole  # the whole-graph report keeps every document


def test_a_folder_of_doc_files_says_they_were_skipped_and_why(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "s001.txt").write_text((SAMPLES / "s001.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "旧报告.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "logo.png").write_bytes(b"\x89PNG")  # a page's image: no word about it
    r = invoke("ingest", folder, "--db", tmp_path / "g.db")
    assert r.exit_code == 0, r.output
    assert "1 file: 1 written" in r.output
    line = next(x for x in r.output.splitlines() if x.startswith("skipped"))
    assert ".doc" in line and "旧报告.doc" in line and ".docx" in line
    assert "logo.png" not in r.output


def test_reading_a_store_that_does_not_exist_is_an_error_and_creates_nothing(tmp_path):
    missing = tmp_path / "nowhere.db"
    for args in (["summary"], ["gaps"], ["show", "龙岩市委"], ["centrality"], ["report", "--gaps"]):
        r = invoke(*args, "--db", missing)
        assert r.exit_code == 2, (args, r.output)
        assert "no store at" in r.output and "nowhere.db" in r.output and "mcfgraph ingest" in r.output
    assert not missing.exists()
    empty = tmp_path / "empty.db"
    assert invoke("clear", "--yes", "--db", empty).exit_code == 0
    r = invoke("summary", "--db", empty)
    assert r.exit_code == 0 and "holds no documents yet" in r.output


def test_the_same_file_twice_in_a_batch_is_pointed_out(tmp_path):
    folder = tmp_path / "texts"
    (folder / "copy").mkdir(parents=True)
    text = (SAMPLES / "s001.txt").read_bytes()
    (folder / "s001.txt").write_bytes(text)
    (folder / "copy" / "s001.txt").write_bytes(text)
    r = invoke("ingest", folder, "--db", tmp_path / "g.db")
    assert r.exit_code == 0, r.output
    noted = [x for x in r.output.splitlines() if "the same file as" in x]
    assert len(noted) == 1, r.output
    ids = {"s001", "copy/s001"}
    later = next(i for i in ids if f"(as {i}," in noted[0])
    assert f"the same file as {(ids - {later}).pop()}" in noted[0] and f"mcfgraph forget {later}" in noted[0]


def test_forget_of_an_id_not_stored_suggests_the_ids_it_may_mean(tmp_path):
    db = tmp_path / "g.db"
    assert invoke("ingest", SAMPLES, "--db", db).exit_code == 0
    r = invoke("forget", "s001.txt", "--db", db, columns=200)
    assert r.exit_code == 3  # not found: one status across commands (ux2)
    assert "no document 's001.txt'" in r.output and "did you mean s001" in r.output
    r = invoke("forget", "s001", "--db", db)
    assert r.exit_code == 0 and "forgot s001" in r.output


def test_a_filtered_report_states_its_filters_in_words(tmp_path):
    db = tmp_path / "g.db"
    assert invoke("ingest", SAMPLES, "--db", db).exit_code == 0
    md = invoke("report", "--gaps", "-j", "Longyan", "--since", "2019", "--db", db).stdout
    assert "Filters: jurisdiction Longyan with the places inside it (上杭县, 新罗区, 武平县, 长汀县) · " \
        "all types · documents dated on or after 2019" in md  # ux3: a city takes in its counties
    assert "['" not in md  # no Python list in a shared report
    out = tmp_path / "r.html"
    r = invoke("report", "--gaps", "-j", "龙岩", "--format", "html", "--out", out, "--db", db)
    assert r.exit_code == 0, r.output
    assert "Filters: jurisdiction 龙岩 with the places inside it (上杭县, 新罗区, 武平县, 长汀县) · " \
        "all types · all dates" in out.read_text(encoding="utf-8")
