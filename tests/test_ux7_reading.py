"""ux7: per document, how much of the text extraction did not read, so the report's silence is qualified.

Found in the trial (u82–u86, 45 unseen texts): `mcfgraph gaps` reported 5 findings and said nothing
of the rest; an analyst could not tell "nothing there" from "nothing read" (u83's texts state 18
problem sentences by their annotators, the report quoted 3). Now the report re-reads each
document's file (checked against the stored sha256) and counts, exactly: its sentences and those
naming an entity, the problem sentences and order/plan sentences (the modality reader's) quoted by a
finding, read but in no finding, or not read, sentences with a problem word the reader did not take,
and name-like strings no entity covers; the terminal, --json and the md/html reports show it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from cli import app
from graph.analysis.gaps.reading import document_reading, name_like, reading_line

runner = CliRunner()

# Invented text: 7 sentences (the title line is one), counted by hand below.
TEXT = """青山市军民融合工作推进会召开
2021年3月5日，青山市委召开军民融合工作推进会。
会议指出，青山市军民融合产业园建设进度滞后，入驻企业数量不足。
会议要求，青山市发展和改革委员会要加快编制青山市军民融合发展规划。
各单位要抓好落实。
东川县北辰精密仪表厂负责人列席会议。
当前部分工作仍存在差距。
"""


def _span(text: str, sentence: str) -> tuple[int, int]:
    s = text.index(sentence)
    return s, s + len(sentence)


def test_document_reading_counts_what_the_text_holds():
    problem = _span(TEXT, "会议指出，青山市军民融合产业园建设进度滞后，入驻企业数量不足。")
    order1 = _span(TEXT, "会议要求，青山市发展和改革委员会要加快编制青山市军民融合发展规划。")
    order2 = _span(TEXT, "各单位要抓好落实。")
    named_s = _span(TEXT, "2021年3月5日，青山市委召开军民融合工作推进会。")
    plant = _span(TEXT, "东川县北辰精密仪表厂负责人列席会议。")
    # the entities: 青山市委 and the park are known, the commission and the plant are not
    forms = {"青山市委", "青山市军民融合产业园"}
    r = document_reading("t1", TEXT, forms, named={named_s[0], problem[0]}, problems=set(),
                         ordered={order2[0]}, quoted=set())
    assert r["sentences"] == 7
    assert r["sentences_with_entity"] == 2
    # one problem sentence (滞后, 不足), no entity took it as its problem
    assert r["problem"] == {"sentences": 1, "in_findings": 0, "read_no_finding": 0, "not_read": 1,
                            "not_read_examples": [{"start": problem[0], "end": problem[1],
                                                   "sentence": TEXT[problem[0]:problem[1]]}]}
    # 差距 is a problem word the modality reader does not take as a statement
    assert r["problem_word_only"] == 1
    # two orders (要加快, 要抓好): one with a relationship typed, one without
    assert {k: r["order"][k] for k in ("sentences", "in_findings", "read_no_finding", "not_read")} == \
        {"sentences": 2, "in_findings": 0, "read_no_finding": 1, "not_read": 1}
    assert r["order"]["not_read_examples"][0]["start"] == order1[0]
    # name-like strings: 青山市发展和改革委员会 (…委员会) and 东川县北辰精密仪表厂 (…仪表厂) are covered
    # by no entity; 青山市委's 委 and the park's 产业园 are
    got = [x["text"] for x in r["name_like_no_entity"]["examples"]]
    assert r["name_like_no_entity"]["count"] == 2
    assert got == ["青山市发展和改革委员会", "东川县北辰精密仪表厂"]
    assert TEXT[plant[0]:plant[1]].startswith("东川县北辰精密仪表厂")
    # the same with the findings quoting the problem sentence and the entities known
    r = document_reading("t1", TEXT, forms | {"青山市发展和改革委员会", "东川县北辰精密仪表厂"},
                         named=set(), problems={problem[0]}, ordered=set(), quoted={problem[0]})
    assert (r["problem"]["in_findings"], r["problem"]["not_read"]) == (1, 0)
    assert r["name_like_no_entity"]["count"] == 0
    line = reading_line(r)
    assert line.startswith("t1: 7 sentences, 0 name an entity; 1 problem sentence(s) (1 in findings")
    assert "1 more with a problem word the reader did not take as a problem" in line


def test_name_like_strings_stop_at_function_characters_and_skip_generic_heads():
    text = "会议听取了东川县人民政府汇报，走访慰问驻地部队，并与西岭大学签约。"
    # 了 stops the run back before 东川县; 部队 is a reference, not a name; 与 stops it before 西岭
    assert [text[s:e] for s, e in name_like(text)] == ["东川县人民政府", "西岭大学"]
    assert name_like("在大学") == []  # fewer than two characters before the head: no name
    long = "青山东川西岭北辰精密仪表厂"  # the run back stops after eight characters
    assert [long[s:e] for s, e in name_like(long)] == ["东川西岭北辰精密仪表厂"]


def _cli(*args):
    r = runner.invoke(app, list(args))
    assert r.exit_code in (0, 1), (args, r.output[-2000:])
    return r.output


def _ingested(tmp_path, monkeypatch):
    """TEXT ingested from texts/t1.txt under tmp_path (the working folder) into its own store."""
    monkeypatch.setenv("MCFGRAPH_DISMISSALS", str(tmp_path / "dismissed.json"))
    docs = tmp_path / "texts"
    docs.mkdir()
    (docs / "t1.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "t.db"
    monkeypatch.chdir(tmp_path)
    _cli("ingest", "texts", "--db", str(db))
    return docs, db


def test_gaps_report_qualifies_its_silence_end_to_end(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    docs, db = _ingested(tmp_path, monkeypatch)
    res = json.loads(_cli("gaps", "--db", str(db), "--json"))
    (r,) = res["reading"]
    assert r["document"] == "t1" and r["read"] and r["sentences"] == 7
    assert r["problem"]["sentences"] == 1 and r["problem_word_only"] == 1 and r["order"]["sentences"] == 2
    # the problem sentence is the stalled finding's evidence: counted as in findings
    assert any(f["kind"] == "stalled" for f in res["findings"])
    assert r["problem"]["in_findings"] == 1
    assert res["reading_totals"]["sentences"] == 7
    out = _cli("gaps", "--db", str(db))
    assert "Reading coverage per document" in out
    assert "t1: 7 sentences" in out
    assert "a quiet report is no evidence of coordination" in out
    assert "Considered and dropped" in out
    assert "reading" not in json.loads(_cli("gaps", "--db", str(db), "--json", "--no-reading"))
    # the file moved: the report says so and names it, never guesses
    shutil.move(str(docs), str(tmp_path / "elsewhere"))
    res = json.loads(_cli("gaps", "--db", str(db), "--json"))
    (r,) = res["reading"]
    assert not r["read"] and "texts/t1.txt" in r["why"] and "not found" in r["why"]
    assert "t1: not accounted: its file texts/t1.txt is not found" in _cli("gaps", "--db", str(db))
    # changed since ingest
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "t1.txt").write_text(TEXT + "补充一句。\n", encoding="utf-8")
    (r,) = json.loads(_cli("gaps", "--db", str(db), "--json"))["reading"]
    assert not r["read"] and "has changed since it was ingested" in r["why"]


def test_reports_show_the_reading_and_the_account(tmp_path, monkeypatch):
    _, db = _ingested(tmp_path, monkeypatch)
    md = _cli("report", "--gaps", "--format", "md", "--db", str(db))
    assert "### Reading coverage per document" in md and "- t1: 7 sentences" in md
    assert "### Considered and dropped (why a candidate is not a finding)" in md
    out = tmp_path / "r.html"
    _cli("report", "--gaps", "--format", "html", "--db", str(db), "--out", str(out))
    html = Path(out).read_text(encoding="utf-8")
    assert '<ul class="reading">' in html and "t1: 7 sentences" in html
    assert '<ul class="considered">' in html
