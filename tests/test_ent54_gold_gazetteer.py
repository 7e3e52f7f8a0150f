"""ent54: the gold-name gazetteer (scripts/build_gold_gazetteer.py) and its generator
(ingest/components/gen_gold_names.py). Names and texts are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.components import gen_gold_names
from ingest.components.recognizer import Recognizer
from scripts import build_gold_gazetteer as bg


def _doc(did: str, text: str, ents: list[tuple[str, str]]) -> dict:
    return {"id": did, "text": text, "entities": [{"name": n, "type": t, "aliases": []} for n, t in ents]}


def test_the_builder_keeps_recurring_names_of_one_type_and_drops_the_rest():
    docs = [
        ("u1", _doc("a", "东方重工集团与甲乙丙研究院签约。张三出席。", [
            ("东方重工集团", "Enterprise"), ("甲乙丙研究院", "ResearchInstitute"), ("张三", "Person"),
            ("青山论坛", "Event")])),
        ("u2", _doc("b", "东方重工集团参加青山论坛。张三讲话。", [
            ("东方重工集团", "Enterprise"), ("张三", "Person"), ("青山论坛", "Event")])),
        ("u2", _doc("c", "丁戊会议在甲乙丙研究院召开。", [
            ("丁戊会议", "Event"), ("甲乙丙研究院", "Enterprise")])),
        ("u3", _doc("d", "丁戊会议闭幕,青山论坛开幕,青山论坛又开幕。", [("丁戊会议", "Event")])),
        ("u4", _doc("e", "青山论坛。", [])),
        ("u5", _doc("f", "青山论坛。", [])),
    ]
    rows = {f: (t, n, b) for f, t, n, b in bg.select(docs)}
    assert rows["东方重工集团"] == ("Enterprise", 2, 2)  # two documents in two batches, one type
    assert "丁戊会议" in rows
    assert "张三" not in rows  # a Person (and two characters)
    assert "甲乙丙研究院" not in rows  # two types, half and half
    # annotated in 2 (a, b) of the 5 documents it stands in (a, b, d, e, f): a topic, not a name
    assert "青山论坛" not in rows
    assert list(rows) == sorted(rows)  # deterministic order


def test_a_name_only_ever_nested_in_longer_gold_names_is_left_out():
    ents = [("东方重工研究院", "ResearchInstitute"), ("东方重工", "Enterprise")]
    docs = [("u1", _doc("a", "东方重工研究院成立。", ents)), ("u2", _doc("b", "东方重工研究院揭牌。", ents))]
    rows = {f for f, *_ in bg.select(docs)}
    assert "东方重工研究院" in rows and "东方重工" not in rows


def test_exclude_leaves_the_given_batches_out(tmp_path, monkeypatch):
    gold, ann = tmp_path / "gold", tmp_path / "annotated"
    gold.mkdir()
    ann.mkdir()
    for name in ("seeds", "dev"):
        (gold / f"{name}.jsonl").write_text("", encoding="utf-8")
    for b in ("u1", "u2", "u3", "u13"):
        d = _doc(f"{b}-01", "东方重工集团签约。", [("东方重工集团", "Enterprise")])
        (ann / f"{b}.jsonl").write_text(json.dumps(d, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(bg, "GOLD", gold)
    monkeypatch.setattr(bg, "ANNOTATED", ann)
    monkeypatch.setattr(bg, "TRAIN_BATCHES", ("u1", "u2", "u3", "u13"))
    assert [b for b, _ in bg.read_batches(set())] == ["u1", "u2", "u3"]  # a CHECK batch never read
    rows, read = bg.build({"u1", "u2"})
    assert read == ["u3"] and rows == []  # one document left: no longer recurring
    rows, read = bg.build({"u1"})
    assert rows == [("东方重工集团", "Enterprise", 2, 2)]
    out = tmp_path / "t.tsv"
    bg.write(rows, read, {"u1"}, out)
    assert gen_gold_names.read_table(out) == {"东方重工集团": "Enterprise"}
    assert "excluded: u1" in out.read_text(encoding="utf-8")


@pytest.fixture()
def table(tmp_path, monkeypatch) -> Path:
    p = tmp_path / "gold_names.tsv"
    p.write_text("# invented\n东方重工\tEnterprise\t3\t2\n甲乙丙联合会\tAssociation\t2\t2\n"
                 "市政府\tPartyGovBody\t9\t9\n组织部\tPartyGovBody\t5\t5\n", encoding="utf-8")
    monkeypatch.setenv(gen_gold_names.ENV, str(p))
    return p


def test_the_generator_finds_a_listed_name_with_the_tables_type(table):
    rec = Recognizer()
    t = "本次活动邀请东方重工参加。"
    found = [(t[c.start:c.end], c.type, c.source) for c in gen_gold_names.gold_names(rec, t)]
    assert found == [("东方重工", "Enterprise", "gazetteer:gold")]
    assert ("东方重工", "Enterprise") in [(t[c.start:c.end], c.type) for c in rec.find(t)]


def test_a_longer_rule_span_wins(table):
    rec = Recognizer()
    t = "东方重工集团有限公司董事长出席。"
    assert [t[c.start:c.end] for c in gen_gold_names.gold_names(rec, t)] == ["东方重工"]
    chosen = [(t[c.start:c.end], c.source) for c in rec.find(t)]
    assert ("东方重工集团有限公司", "rule:head:有限公司") in chosen
    assert not any(src == "gazetteer:gold" for _, src in chosen)


def test_a_documents_own_body_is_left_to_the_head_rules(table):
    rec = Recognizer()
    _m, forms = gen_gold_names.matcher(rec, table)
    assert "市政府" not in forms and "组织部" not in forms  # a level + body, a department by its field
    assert gen_gold_names.local_body(rec, "校党委") and not gen_gold_names.local_body(rec, "东方重工")


def test_the_switch(table, monkeypatch):
    rec = Recognizer()
    monkeypatch.setenv(gen_gold_names.ENV, "off")
    assert gen_gold_names.gold_names(rec, "邀请东方重工参加。") == []
    monkeypatch.delenv(gen_gold_names.ENV)
    assert gen_gold_names.table_path() == (gen_gold_names.TABLE if gen_gold_names.ON_BY_DEFAULT else None)
    monkeypatch.setenv(gen_gold_names.ENV, "on")
    assert gen_gold_names.table_path() == gen_gold_names.TABLE


def test_the_shipped_table_is_sorted_and_holds_no_person_or_place():
    rows = [ln.split("\t") for ln in gen_gold_names.TABLE.read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")]
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert all(len(r) == 4 and r[1] not in bg.SKIP_TYPES and len(r[0]) >= bg.MIN_CHARS for r in rows)
