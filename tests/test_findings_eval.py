"""bench/findings_eval.py: the matching arithmetic, path sampling, and the floors of
issue 9 on seeds + dev (machine findings against the gold graph's: precision >= 0.85, recall >= 0.70).

Names in hand-built cases are invented (青山市, 东方重工集团 ...).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import findings_eval as fe  # noqa: E402

GOLD = ROOT.parent / "shared" / "gold"


def finding(kind: str, entities=(), jurisdiction: str = "") -> dict:
    """A finding as graph/analysis/gaps gives it, keyed by its entity or jurisdiction."""
    key = "|".join([kind, *(entities[:1] or [jurisdiction])])
    return {"kind": kind, "key": key, "jurisdiction": jurisdiction,
            "entities": [{"key": k} for k in entities]}


def test_precision_and_recall_per_kind_and_overall():
    gold = [finding("orphan", ["a"]), finding("orphan", ["b"]), finding("stalled", ["c"]),
            finding("disconnected_sides", jurisdiction="J")]
    machine = [finding("orphan", ["a"]), finding("orphan", ["z"]), finding("orphan", ["a"]),
               finding("disconnected_sides", jurisdiction="J")]
    r = fe.compare_findings(gold, machine)
    orphan = r["kinds"]["orphan"]
    assert (orphan["gold"], orphan["machine"], orphan["matched"]) == (2, 2, 1)  # keys, not lines
    assert orphan["false_positives"] == ["orphan|z"] and orphan["missed"] == ["orphan|b"]
    assert r["kinds"]["stalled"]["precision"] is None and r["kinds"]["stalled"]["recall"] == 0.0
    assert r["overall"] == {"gold": 4, "machine": 3, "matched": 2, "precision": 0.6667, "recall": 0.5}
    verdicts = {"real": 0, "artefact": 1, "not useful": 0, "judged": 1, "unjudged": 2}
    pooled = fe.pooled([{"findings": r, "betweenness_top10": {"shared": 3, "of": 10}, "judged": verdicts,
                         "brokers_top10": {"shared": 1, "of": 10}, "paths": {"pairs": 4, "agree": 3},
                         "set": "a"}] * 2)
    assert pooled["findings"]["overall"]["gold"] == 8 and pooled["findings"]["overall"]["recall"] == 0.5
    assert pooled["betweenness_top10"]["overlap"] == 0.3 and pooled["paths"]["agreement"] == 0.75


def test_hand_judgements_are_counted_by_key(tmp_path):
    lines = [{"set": "u9", "key": "orphan|a", "verdict": "real"},
             {"set": "u9", "key": "orphan|z", "verdict": "artefact"},
             {"set": "u8", "key": "orphan|b", "verdict": "real"},  # another set: not this one's
             {"set": "u9", "key": "orphan|z", "verdict": "not useful"}]  # a later verdict wins
    (tmp_path / "j.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    judgements = fe.load_judgements(tmp_path)
    machine = [finding("orphan", ["a"]), finding("orphan", ["z"]), finding("orphan", ["b"])]
    assert fe.judged("u9", machine, judgements) == {"real": 1, "artefact": 0, "not useful": 1,
                                                    "judged": 2, "unjudged": 1, "holds_up": 0.5}
    (tmp_path / "bad.jsonl").write_text(json.dumps({"set": "u9", "key": "k", "verdict": "maybe"}) + "\n")
    with pytest.raises(ValueError, match="maybe"):
        fe.load_judgements(tmp_path)


def test_judgements_in_the_repo_name_real_sentences():
    """Every kept judgement quotes its deciding sentence exactly as the annotated text has it."""
    texts = {}
    for f in (ROOT / "corpus" / "annotated").glob("*.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                texts[d["id"]] = d["text"]
    judgements = fe.load_judgements()
    assert judgements, "bench/judgements holds the hand judgements of issue 9 §2"
    for j in judgements.values():
        dec = j["deciding"]
        if not (ROOT / "corpus" / "annotated" / f"{j['set']}.jsonl").exists():
            continue  # a batch still on its own branch (judged there): checked once it is merged
        assert texts[dec["document"]][dec["start"]:dec["end"]] == dec["sentence"], j["key"]
        assert j["reason"]


def _graph(edges: list[tuple[str, str]], docs: dict[str, list[str]]) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for n, ds in docs.items():
        G.add_node(n, type="PartyGovBody", name=n, documents=ds)
    for u, v in edges:
        G.add_edge(u, v, key="SUPPORTS", type="SUPPORTS", evidence=[], modalities=["reported"])
    return G


def test_paths_are_sampled_within_documents_and_compared_by_hops():
    docs = {"青山市委": ["q1"], "青山军分区": ["q1"], "东方重工集团": ["q1"], "西河市委": ["q2"]}
    gold = _graph([("青山市委", "青山军分区"), ("青山军分区", "东方重工集团")], docs)
    machine = _graph([("青山市委", "青山军分区")], docs)
    r = fe.path_agreement(gold, machine, n_pairs=50, seed=1)
    assert r["pairs"] == 3  # only the pairs q1 names together; 西河市委 is in no pair
    assert r["gold_connected"] == 3 and r["agree"] == 1
    assert {tuple(d["pair"]) for d in r["disagreements"]} == {("东方重工集团", "青山军分区"),
                                                              ("东方重工集团", "青山市委")}
    assert fe.path_agreement(gold, machine, 2, seed=1) == fe.path_agreement(gold, machine, 2, seed=1)


def test_annotated_batches_in_the_repo_are_picked_up(tmp_path):
    shared, annotated = tmp_path / "gold", tmp_path / "annotated"
    shared.mkdir()
    annotated.mkdir()
    for f in (shared / "dev.jsonl", annotated / "u2.jsonl", annotated / "u1.jsonl", annotated / "notes.md"):
        f.write_text("", encoding="utf-8")
    assert [n for n, _ in fe.gold_sets(shared, annotated)] == ["dev", "u1", "u2"]


def test_one_invented_set_end_to_end(tmp_path, monkeypatch, request):
    # one short document is below the gap report's coverage threshold (graph/data/gap_rules.json),
    # which would leave no structural finding to match: judge every jurisdiction here
    from graph.analysis.gaps.common import RULES_FILE, rules

    data = json.loads(RULES_FILE.read_text(encoding="utf-8"))
    data["coverage"] = {k: 0 for k in data["coverage"]}
    (tmp_path / "rules.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("MCFGRAPH_GAP_RULES", str(tmp_path / "rules.json"))
    rules.cache_clear()
    request.addfinalizer(rules.cache_clear)  # the real rules are read again after this test
    text = ("青山市军民融合产业园建设推进会召开\n"
            "3月5日，青山市委军民融合办召开推进会。青山军分区和东方重工集团参加会议。\n"
            "会议要求，青山市委军民融合办要加快推进青山市军民融合产业园建设。")
    doc = {"id": "q01", "source": "q01.txt", "text": text,
           "entities": [{"name": "青山市委军民融合办", "type": "PartyGovBody", "aliases": []},
                        {"name": "青山军分区", "type": "MilitaryUnit", "aliases": []},
                        {"name": "东方重工集团", "type": "Enterprise", "aliases": []},
                        {"name": "青山市军民融合产业园", "type": "IndustrialPark", "aliases": []}],
           "relations": [{"head": "青山市委军民融合办", "type": "IMPLEMENTS", "tail": "青山市军民融合产业园",
                          "evidence": "会议要求，青山市委军民融合办要加快推进青山市军民融合产业园建设。"}]}
    f = tmp_path / "u9.jsonl"
    f.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    gold, machine, notes = fe.build_graphs(f, tmp_path / "work")
    assert notes == {"documents": 1, "gold_failed": [], "machine_failed": [], "left_out": []}
    assert gold.graph["documents"]["q01"]["origin"] == "curated"
    assert machine.graph["documents"]["q01"]["origin"] == "machine"
    # one text, two graphs: the same document id and sha256 on both sides
    assert gold.graph["documents"]["q01"]["sha256"] == machine.graph["documents"]["q01"]["sha256"]
    assert {a["name"] for _, a in gold.nodes(data=True)} == {e["name"] for e in doc["entities"]}
    (edge,) = [d for _, _, d in gold.edges(data=True)]
    assert edge["type"] == "IMPLEMENTS" and edge["evidence"][0]["source"] == "curated:u9.jsonl"
    r = fe.evaluate_set("u9", f, n_pairs=5)
    overall = r["findings"]["overall"]
    assert overall["matched"] <= min(overall["gold"], overall["machine"])
    assert r["paths"]["pairs"] == 5 and r["nodes"]["gold"] == 4


def test_a_document_whose_annotations_fail_is_left_out_of_both_graphs(tmp_path):
    good = {"id": "q02", "source": "q02.txt", "text": "青山军分区支持青山市发改委开展演练。",
            "entities": [{"name": "青山军分区", "type": "MilitaryUnit", "aliases": []}], "relations": []}
    bad = {"id": "q03", "source": "q03.txt", "text": "东川市科技局召开会议。",
           "entities": [{"name": "东川市科技厅", "type": "PartyGovBody", "aliases": []}], "relations": []}
    f = tmp_path / "u9.jsonl"
    f.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in (good, bad)), encoding="utf-8")
    gold, machine, notes = fe.build_graphs(f, tmp_path / "work")
    assert notes["left_out"] == ["q03"] and "东川市科技厅" in notes["gold_failed"][0]
    assert set(gold.graph["documents"]) == set(machine.graph["documents"]) == {"q02"}


@pytest.fixture(scope="module")
def seeds_dev_report():
    sets = [(n, f) for n, f in fe.gold_sets(GOLD, ROOT / "no-annotated") if n in ("seeds", "dev")]
    if len(sets) < 2:
        pytest.skip(f"gold seeds/dev not found under {GOLD} (they live beside the checkout, as in CI)")
    return fe.evaluate(sets)


def test_gold_sets_load_whole(seeds_dev_report):
    for r in seeds_dev_report["sets"]:
        assert not r["gold_failed"], r["gold_failed"]  # every gold fact is found in its text
        assert not r["machine_failed"]


def test_finding_precision_floor_on_seeds_and_dev(seeds_dev_report):
    """Issue 9's floor: the machine's findings against the gold graph's on seeds + dev (pooled)."""
    overall = seeds_dev_report["pooled"]["seeds+dev"]["findings"]["overall"]
    # the comparison is about something (it was >= 25 before gaps6: the samples' 13 orders, whose
    # addressees no later document reports, are now "not enough coverage to tell" in both graphs)
    assert overall["gold"] >= 10 and overall["machine"] >= 10
    assert overall["precision"] >= 0.85, overall


def test_finding_recall_floor_on_seeds_and_dev(seeds_dev_report):
    """Issue 9's floor: recall of the gold graph's findings on seeds + dev (pooled); measured 0.71
    (22 of 31) after the gaps rework (it was 0.68 before it, when this test was expected to fail)."""
    overall = seeds_dev_report["pooled"]["seeds+dev"]["findings"]["overall"]
    assert overall["recall"] >= 0.70, overall
