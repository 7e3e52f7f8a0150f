import json

from typer.testing import CliRunner

from cli import app
from graph.candidates import candidate_pairs
from graph.model import Document, DocumentGraph, NodeRecord
from graph.store import graph_from_contributions


def _graph(*nodes):
    recs = [("d1", NodeRecord(key=k, type=t, name=k, jurisdiction=j)) for k, t, j in nodes]
    return graph_from_contributions([{"id": "d1"}], recs, [])


def test_contained_names_of_one_type_and_place_are_candidates():
    g = _graph(("中船重工", "Enterprise", ""), ("中船重工集团", "Enterprise", ""),
               ("龙岩市委", "PartyGovBody", "龙岩市"))
    pairs = candidate_pairs(g)
    assert [(p["a"], p["b"]) for p in pairs] == [("中船重工", "中船重工集团")]


def test_different_jurisdictions_are_never_candidates():
    g = _graph(("龙岩市军民融合产业园", "IndustrialPark", "龙岩市"),
               ("西安市军民融合产业园", "IndustrialPark", "西安市"))
    assert candidate_pairs(g) == []


def test_review_lists_and_decisions_are_applied_to_later_ingests(tmp_path, monkeypatch):
    from graph.embedded import EmbeddedStore
    from graph.resolve import resolve
    from tests.records import make_extraction

    db = tmp_path / "g.db"
    text = "中船重工与龙岩市签约。中船重工集团在龙岩投资。"
    ex = make_extraction("t1", "龙岩", [
        ("中船重工", "Enterprise", "COORDINATES_WITH", "龙岩市", "Location", "中船重工与"),
        ("中船重工集团", "Enterprise", "FUNDS", "龙岩市", "Location", "中船重工集团在"),
    ], text=text)
    with EmbeddedStore(db) as store:
        store.write_document(resolve(ex))
    runner = CliRunner()
    review = runner.invoke(app, ["resolve", "--review", "--json", "--db", str(db)])
    assert review.exit_code == 0, review.output
    pairs = json.loads(review.stdout)
    assert {(p["a"], p["b"]) for p in pairs} == {("中船重工", "中船重工集团")}
    merge = ["resolve", "--merge", "中船重工", "中船重工集团", "--db", str(db)]
    assert runner.invoke(app, merge).exit_code == 0
    from graph.resolve import Decisions

    decisions = Decisions.load(tmp_path / "g.decisions.json")
    assert decisions.apply("中船重工") == "中船重工集团"
    merged = resolve(ex, decisions)
    assert "中船重工" not in {n.key for n in merged.nodes}
    node = next(n for n in merged.nodes if n.key == "中船重工集团")
    assert "中船重工" in node.aliases
    assert isinstance(merged, DocumentGraph) and isinstance(merged.document, Document)
