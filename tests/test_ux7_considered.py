"""ux7: why a candidate is not a finding, for the candidates the report never listed.

Found in the trial (u82–u86): the report's orphan and peer rules drop most of what they look at
without a trace (on the READ batches 63 of 71 funds, parks, projects and policies; 321 of 324 zero
cells of the peer table), and Browser's "Candidates: orphans" showed them all alike. Now `gaps`
accounts for every item and every zero cell, in exactly one bucket with its rule, the candidates
with their fate; the candidates counted are exactly the report's findings of that kind.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from graph.analysis.gaps import gaps
from graph.analysis.gaps.considered import account_lines, orphan_screen
from graph.analysis.gaps.orphans import concrete_local

ROOT = Path(__file__).resolve().parent.parent
LISTS = ("findings", "held_back", "undetermined", "dismissed")


def _ev(doc: str, sentence: str, modality: str, start: int = 0) -> dict:
    return {"document": doc, "sentence": sentence, "start": start, "end": start + len(sentence),
            "sentence_index": start, "modality": modality}


def _node(G, name, typ, j, modality="stated", side="civilian", doc="d1", start=0):
    s = _ev(doc, f"{name}{'要加快建设' if modality == 'directive' else '运行良好'}。", modality, start)
    G.add_node(name, type=typ, name=name, jurisdiction=j, side=side, aliases=[], documents=[doc],
               problems=[], sentences=[s], gloss="", confidence=0.9, mentions=1)


def _graph() -> nx.MultiDiGraph:
    docs = {d: {"id": d, "date": "2021-01-0" + d[-1], "title": ""} for d in ("d1", "d2")}
    G = nx.MultiDiGraph(documents=docs)
    _node(G, "中华人民共和国国防法", "Policy", "")                                 # no jurisdiction
    _node(G, "国家级青山产业园", "IndustrialPark", "青山市", start=10)              # national name
    _node(G, "青山市军民融合创新示范区", "IndustrialPark", "青山市", start=20)      # designation
    _node(G, "青山重大项目", "Project", "青山市", start=30)                        # a class of items
    _node(G, "青山市创新驱动战略", "Policy", "青山市", start=40)                   # no concrete-plan word
    _node(G, "青山市战略性新兴产业规划", "Policy", "青山市", start=50)             # 规划, but 战略: abstract
    _node(G, "青山市军民融合产业基金", "Fund", "青山市", "directive", start=60)    # only ordered
    _node(G, "青山市军民融合发展规划", "Policy", "青山市", start=70)               # led: no gap
    _node(G, "青山市军民融合产业园", "IndustrialPark", "青山市", start=80)         # a candidate
    _node(G, "青山市委", "PartyGovBody", "青山市", start=90)                       # no item
    ev = _ev("d1", "青山市委牵头实施青山市军民融合发展规划。", "reported", 100)
    G.add_edge("青山市委", "青山市军民融合发展规划", key="LEADS", type="LEADS", evidence=[ev],
               modalities=["reported"])
    return G


def test_every_item_in_one_bucket_with_its_rule():
    G = _graph()
    res = gaps(G)
    acc = res["considered"]["orphan"]
    got = {b["rule"]: [x["name"] for x in b["items"]] for b in acc["dropped"]}
    assert got == {
        "no_jurisdiction": ["中华人民共和国国防法"],
        "national_name": ["国家级青山产业园"],
        "designation": ["青山市军民融合创新示范区"],
        "category_item": ["青山重大项目"],
        "not_concrete_plan": ["青山市创新驱动战略"],
        "abstract_policy": ["青山市战略性新兴产业规划"],
        "only_ordered": ["青山市军民融合产业基金"],
        "has_tie": ["青山市军民融合发展规划"],
        "candidate": ["青山市军民融合产业园"],
    }
    assert acc["considered"] == 9 == sum(b["count"] for b in acc["dropped"])
    (cand,) = next(b for b in acc["dropped"] if b["rule"] == "candidate")["items"]
    listed = {f["key"]: name for name in LISTS for f in res[name] if f["kind"] == "orphan"}
    assert listed == {"orphan|青山市军民融合产业园": cand["fate"]}
    lines = account_lines(acc)
    assert lines[0] == "orphan: 9 funds, industrial parks, projects and policies considered"
    assert any(x.startswith("  1 dropped: only ordered or planned") for x in lines)
    # --type keeps only items of that type; --jurisdiction only items of that place
    only_parks = gaps(G, types=["IndustrialPark"])["considered"]["orphan"]
    assert only_parks["considered"] == 3
    assert gaps(G, jurisdictions=["东川市"])["considered"]["orphan"]["considered"] == 0


def _samples_graph(tmp_path):
    from graph.store import open_store
    from workflows.ingest import ingest_paths

    store = open_store(tmp_path / "s.db")
    ingest_paths([ROOT / "samples"], store)
    G = store.to_networkx()
    store.close()
    return G


def test_candidates_are_exactly_the_reports_findings_of_the_kind(tmp_path):
    G = _samples_graph(tmp_path)
    res = gaps(G)
    assert set(res["considered"]) == {"stalled", "mandate_without_action", "orphan", "peer_gap",
                                      "single_broker", "disconnected_sides"}
    for kind, acc in res["considered"].items():
        listed = {f["id"]: name for name in LISTS for f in res[name] if f["kind"] == kind}
        # the report's lists by rule add up to its findings of the kind
        assert sum(x["count"] for x in acc["listed"]) == len(listed), kind
        assert sum(acc["fates"].values()) == len(listed), kind
        if kind in ("single_broker", "disconnected_sides"):  # every candidate is listed
            assert acc["considered"] == len(listed) and acc["dropped"] == []
            continue
        assert acc["considered"] == sum(b["count"] for b in acc["dropped"])
        cands = [x for b in acc["dropped"] if b["rule"] == "candidate" for x in b["items"]]
        assert {x["id"]: x["fate"] for x in cands} == listed, kind
    # the screen is the orphan rules' own, node by node
    for _n, a in G.nodes(data=True):
        if a.get("type") in ("Fund", "IndustrialPark", "Project", "Policy"):
            assert (orphan_screen(a) == "") == concrete_local(a), a["name"]
    # the peer table's zero cells, each in one bucket
    zeros = sum(1 for r in res["peer_table"]["rows"] for v in r["counts"].values() if v == 0)
    assert res["considered"]["peer_gap"]["considered"] == zeros


def test_findings_are_unchanged_by_the_account(tmp_path, monkeypatch):
    import graph.analysis.gaps as g

    G = _samples_graph(tmp_path)
    with_account = g.gaps(G)
    monkeypatch.setattr(g, "considered", lambda *a, **k: {})
    without = g.gaps(G)
    for name in LISTS:
        assert [f["key"] for f in with_account[name]] == [f["key"] for f in without[name]]


def _peer_graph() -> nx.MultiDiGraph:
    """Four cities: 甲, 乙 and 丙 have a military sub-district, 丁 none; only 甲 has a PAFD."""
    G = nx.MultiDiGraph(documents={"d1": {"id": "d1", "date": "2021-01-01", "title": ""}})
    for i, city in enumerate(("甲市", "乙市", "丙市", "丁市")):
        _node(G, f"{city}委", "PartyGovBody", city, start=i * 100)
        _node(G, f"{city}政府", "PartyGovBody", city, start=i * 100 + 10)
        if city != "丁市":
            _node(G, f"{city}军分区", "MilitaryUnit", city, side="military", start=i * 100 + 20)
        else:
            _node(G, f"{city}工信局", "PartyGovBody", city, start=i * 100 + 20)
    _node(G, "甲市人武部", "MilitaryUnit", "甲市", side="military", start=500)
    return G


def test_every_zero_cell_of_the_peer_table_in_one_bucket():
    G = _peer_graph()
    res = gaps(G)
    acc = res["considered"]["peer_gap"]
    rows = res["peer_table"]["rows"]
    assert [r["jurisdiction"] for r in rows] == ["丁市", "丙市", "乙市", "甲市"]
    kinds = len(res["peer_table"]["kinds"])
    assert acc["cells"] == 4 * kinds
    by_rule = {b["rule"]: {(x["jurisdiction"], x["kind"]) for x in b["items"]} for b in acc["dropped"]}
    # 丁市 has no military sub-district while its 3 peers all have one: the one candidate
    assert by_rule["candidate"] == {("丁市", "military_district")}
    # a PAFD only 甲市 has: fewer than 2 peers having one, for 乙, 丙 and 丁
    assert {("乙市", "pafd"), ("丙市", "pafd"), ("丁市", "pafd")} <= by_rule["too_few_peers"]
    zeros = sum(1 for r in rows for v in r["counts"].values() if v == 0)
    assert acc["considered"] == zeros == sum(len(v) for v in by_rule.values())
    listed = [f for name in LISTS for f in res[name] if f["kind"] == "peer_gap"]
    assert [f["key"] for f in listed] == ["peer_gap|丁市|military_district"]
    (cand,) = next(b for b in acc["dropped"] if b["rule"] == "candidate")["items"]
    assert cand["fate"] == next(name for name in LISTS for f in res[name] if f["kind"] == "peer_gap")
    assert acc["not_compared"]["count"] == 0


@pytest.mark.parametrize("kinds", [["stalled"], ["orphan"], ["peer_gap", "single_broker"]])
def test_only_the_kinds_asked_are_accounted(kinds):
    res = gaps(_graph(), kinds=kinds)
    assert set(res["considered"]) == set(kinds)


def test_stalled_and_mandates_account_for_what_they_drop():
    """A problem stated of a relationship only as backstory is dropped without a finding; an order
    whose pair is reported acting later is done: both counted, with their rule."""
    G = _graph()
    _node(G, "东川市委", "PartyGovBody", "青山市", start=200)
    ev = _ev("d1", "青山市委要会同东川市委推进合作。", "directive", 210)
    G.add_edge("青山市委", "东川市委", key="COORDINATES_WITH", type="COORDINATES_WITH", evidence=[ev],
               modalities=["directive"])
    done = _ev("d2", "青山市委与东川市委签署合作协议。", "reported", 220)
    G.add_edge("青山市委", "东川市委", key="SUPPORTS", type="SUPPORTS", evidence=[done],
               modalities=["reported"])
    past = _ev("d1", "上世纪九十年代青山市委与东川市委合作一度滞后。", "problem", 230)
    G.add_edge("东川市委", "青山市委", key="LEADS", type="LEADS", evidence=[past], modalities=["problem"])
    res = gaps(G)
    kinds = {f["kind"] for name in LISTS for f in res[name]}
    assert "mandate_without_action" not in kinds
    m = res["considered"]["mandate_without_action"]
    assert m["considered"] == 1
    assert {b["rule"]: [x["name"] for x in b["items"]] for b in m["dropped"]} == \
        {"answered": ["东川市委 — 青山市委"]}
    assert account_lines(m)[1].startswith("  1 dropped: a tie between the two reported on or after")
    st = res["considered"]["stalled"]
    assert not any(f["kind"] == "stalled" for name in LISTS for f in res[name])
    assert st["considered"] == 1
    assert {b["rule"]: [x["name"] for x in b["items"]] for b in st["dropped"]} == \
        {"history": ["东川市委 —LEADS→ 青山市委"]}
