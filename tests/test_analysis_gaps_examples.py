"""Issue 9's examples, each on its own text: the samples and dev texts (../shared/gold) ingested by
the real pipeline into a fresh embedded store, then `gaps` on the graph it yields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.analysis.gaps import gaps
from graph.embedded import EmbeddedStore
from graph.resolve import Decisions

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "gold" / "dev.jsonl"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """samples/ + the 12 dev texts, ingested the way `mcfgraph ingest` does."""
    if not DEV.exists():
        pytest.skip("../shared/gold/dev.jsonl not available")
    from workflows.ingest import ingest_paths

    folder = tmp_path_factory.mktemp("gapcorpus")
    for line in DEV.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        (folder / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
    store = EmbeddedStore(folder / "g.db")
    ingest_paths([ROOT / "samples", folder], store, Decisions())
    G = store.to_networkx()
    store.close()
    return G


def everything(res: dict) -> list[dict]:
    return res["findings"] + res["held_back"] + res["undetermined"]


def by_key(res: dict, key: str, where: str = "findings") -> dict | None:
    return next((f for f in res[where] if f["key"] == key), None)


def test_longyan_sides_are_not_reported_apart_where_the_text_puts_them_on_one_agenda(corpus):
    res = gaps(corpus)
    assert not [f for f in res["findings"] if f["key"] == "disconnected_sides|龙岩市"]
    held = by_key(res, "disconnected_sides|龙岩市", "held_back")
    assert held  # held back, with the sentence that joins them
    assert any("议事日程" in e["sentence"] for e in held["held_back"]["evidence"])


def test_d12_military_district_supporting_its_own_city_connects_the_sides(corpus):
    keys = {f["key"] for f in everything(gaps(corpus))}
    assert not any(k.startswith("disconnected_sides|") and "d12" in k for k in keys)


def test_samples_military_actors_are_not_reported_apart_from_civilian_ones(corpus):
    res = gaps(corpus)
    apart = {f["jurisdiction"] for f in res["findings"] if f["kind"] == "disconnected_sides"}
    assert not apart & {"XX〔s000〕", "**〔s003〕", "龙岩市"}
    assert res["findings"][0]["kind"] != "disconnected_sides"  # no longer the top finding


def test_foshan_park_with_its_operator_named_beside_it_is_not_an_orphan(corpus):
    res = gaps(corpus)
    assert not [f for f in res["findings"] if f["kind"] == "orphan" and "佛山市军民融合产业园" in f["key"]]
    held = [f for f in res["held_back"] if f["kind"] == "orphan" and "佛山市军民融合产业园" in f["key"]]
    assert held  # held back, with the sentence that names the operator
    assert any("佛山市融合产业投资集团有限公司" in e["sentence"] for e in held[0]["held_back"]["evidence"])


def test_jinhua_district_and_reform_commission_meet_through_their_officials(corpus):
    keys = {f["key"] for f in everything(gaps(corpus))}
    assert "disconnected_sides|金华市" not in keys


def test_longyan_own_plan_reads_plans_to(corpus):
    res = gaps(corpus, kinds=["mandate_without_action"])
    f = [f for f in everything(res) if f["key"].endswith("|IMPLEMENTS|国家军民融合创新示范区")]
    for x in f:
        assert "plans to" in x["title"] and "is told to" not in x["title"]
    s000 = [x for x in everything(res) if x["jurisdiction"] == "XX〔s000〕"]
    assert any("is told to" in x["title"] for x in s000)  # a speech's order to the city's bodies


def test_no_national_strategy_orphans_and_every_finding_shows_its_jurisdiction(corpus):
    res = gaps(corpus)
    orphans = [f for f in everything(res) if f["kind"] == "orphan"]
    names = {f["entities"][0]["name"] for f in orphans}
    for national in ("中国特色社会主义制度", "京津冀协同发展", "“十四五”规划", "军民融合发展战略"):
        assert national not in names
    assert all(f["entities"][0]["jurisdiction"] for f in orphans)
    titles = [(f["kind"], f["title"]) for f in everything(res)]
    assert len(titles) == len(set(titles))  # identical findings merged
    for f in everything(res):
        assert f["title"].startswith(f"[{f['jurisdiction'] or 'national'}]") or (
            not f["jurisdiction"] and f["title"].startswith("[jurisdiction unknown]")
        )
        assert f["evidence"], f["key"]
    parks = [f["title"] for f in orphans if f["entities"][0]["name"] == "军民融合产业园"]
    assert len(parks) == len(set(parks))


def test_fewer_findings_than_before_and_tiers_lead(corpus):
    res = gaps(corpus)
    assert len(res["findings"]) < 95 // 2  # 95 before issue 9, 56 of them orphans
    tiers = [f["tier"] for f in res["findings"]]
    assert tiers == sorted(tiers, key=["stated", "directive", "structural"].index)
    assert tiers[0] == "stated"


@pytest.mark.neo4j
def test_both_stores_give_the_same_findings(tmp_path, neo4j_store):
    from workflows.ingest import ingest_paths

    folder = tmp_path / "c"
    folder.mkdir()
    for line in DEV.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        (folder / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
    embedded = EmbeddedStore(tmp_path / "g.db")
    try:
        for store in (embedded, neo4j_store):
            ingest_paths([ROOT / "samples", folder], store, Decisions())
        left, right = gaps(embedded.to_networkx()), gaps(neo4j_store.to_networkx())
        assert json.dumps(left, ensure_ascii=False, sort_keys=True, default=sorted) == json.dumps(
            right, ensure_ascii=False, sort_keys=True, default=sorted
        )
        assert left["findings"] and all(f["evidence"] for f in left["findings"])
    finally:
        embedded.close()
