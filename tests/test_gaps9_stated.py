"""The stated tier on text that names no body (issue 9 §3, gaps9): a problem the document states
about its own place, without naming a body, is a "stalled" finding of that place, worded "the
document states"; a national or world matter is not; the degree class (整体规模相对较小) is a
problem, a product's 体积相对较小 is not; 不敢 only before a verb of acting.

Curated entities through `ingest --annotations` (problem statements found by the project's own
rules), then `gaps`. Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import is_problem
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind

HEAD = "青山市军民融合发展推进会召开\n青山市召开军民融合发展推进会，青山市委书记王东出席。"


def test_a_problem_naming_no_body_is_the_documents_place(tmp_path):
    text = HEAD + "会议指出，有的部门存在本位主义，局限于部门利益，不愿融。"
    G = graph_of(tmp_path, text, [("青山市", "Location"), ("王东", "Person")])
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    assert [f["entities"][0]["name"] for f in found] == ["青山市"]
    f = found[0]
    assert "the document states" in f["title"]
    assert f["evidence"] and "不愿融" in f["evidence"][0]["sentence"]
    assert f["details"]["stated_in"] == [["q1", 2]]


def test_a_national_matter_is_no_local_problem(tmp_path):
    text = HEAD + "当今世界正面临百年未有之大变局，维护国家安全面临严峻挑战。"
    G = graph_of(tmp_path, text, [("青山市", "Location"), ("王东", "Person")])
    assert not of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")


def test_a_venue_place_does_not_take_the_problem(tmp_path):
    text = "东川县军民融合情况\n在青山市召开的座谈会上，与会人员认为有的部门不愿融。"
    G = graph_of(tmp_path, text, [("青山市", "Location")])
    assert not of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")


def test_degree_class():
    assert is_problem("东方县军民融合产业整体规模相对较小")
    assert is_problem("当地经济发展水平又相对滞后")
    assert is_problem("建设进度比较慢")
    assert not is_problem("该型无人机体积相对较小、重量较轻")


def test_bu_gan_only_before_a_verb_of_acting():
    assert is_problem("有的企业不会融、不敢融")
    assert not is_problem("快递不敢直达，外卖骑手常被劝返")


def test_a_national_level_shortfall_is_no_local_problem(tmp_path):
    text = HEAD + "会议指出，国家层面军民融合法规体系尚不健全。"
    G = graph_of(tmp_path, text, [("青山市", "Location"), ("王东", "Person")])
    assert not of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")


def test_a_problem_reported_rectified_is_held_back(tmp_path):
    text = HEAD + "督查发现，有的单位军地对接机制不健全，目前已整改到位。"
    G = graph_of(tmp_path, text, [("青山市", "Location"), ("王东", "Person")])
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    assert not of_kind(res, "stalled")
    held = of_kind(res, "stalled", "held_back")
    assert held and "整改到位" in held[0]["held_back"]["evidence"][-1]["sentence"]
    assert "reported solved" in held[0]["held_back"]["reason"]


def _two_documents(tmp_path, second: str = "青山市"):
    """A city's problem (2021) and a later news item (2022) that names a city (`second`) doing
    something."""
    import json

    from graph.embedded import EmbeddedStore
    from workflows.ingest import ingest_annotations

    docs = [("q1", HEAD + "会议指出，有的部门存在本位主义，不愿融。", "2021-05-08"),
            ("q2", f"{second}举行军民融合项目签约仪式\n{second}举行项目签约仪式，王东出席。", "2022-03-01")]
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({
        "id": i, "source": f"{i}.txt", "text": t, "date": d,
        "entities": [{"name": p, "type": "Location", "aliases": []} for p in {"青山市", second} if p in t]
        + [{"name": "王东", "type": "Person", "aliases": []}], "relations": []},
        ensure_ascii=False) + "\n" for i, t, d in docs), encoding="utf-8")
    store = EmbeddedStore(tmp_path / "g.db")
    try:
        assert ingest_annotations([path], store).count("written") == 2
        return store.to_networkx()
    finally:
        store.close()


def test_a_later_news_item_naming_the_city_does_not_answer_its_problem(tmp_path):
    found = of_kind(gaps(_two_documents(tmp_path), coverage_thresholds=JUDGE_ALL), "stalled")
    assert len(found) == 1
    assert found[0]["dates"]["status"].startswith("still open as of 2022")


def test_a_place_named_once_is_not_the_documents_place(tmp_path):
    text = "民参军企业面临的难题\n青山市一家企业负责人介绍了情况。有的企业不会融、不敢融。"
    G = graph_of(tmp_path, text, [("青山市", "Location")])
    assert not of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")


def test_still_open_as_of_the_latest_document_about_the_place(tmp_path):
    """An article about another city, dated later, says nothing about this city's problem."""
    found = of_kind(gaps(_two_documents(tmp_path, "东川市"), coverage_thresholds=JUDGE_ALL), "stalled")
    assert [f["entities"][0]["name"] for f in found] == ["青山市"]
    assert found[0]["dates"]["status"] == "still open as of 2021-05-08"


def test_the_title_quotes_the_most_concrete_statement(tmp_path):
    text = HEAD + "但也要看到，问题依然不少。有的部门推进慢，底数还没有摸清，基础性工作没有做到位。"
    G = graph_of(tmp_path, text, [("青山市", "Location"), ("王东", "Person")])
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    assert len(found) == 1 and "底数还没有摸清" in found[0]["title"]
    assert len(found[0]["evidence"]) == 2


def test_a_proposal_headline_states_no_problem():
    assert not is_problem("关于破解青山市民参军企业融资难问题的提案")
    assert not is_problem("东川县军民融合产业发展滞后问题调研报告")
    assert is_problem("青山市民参军企业融资难问题突出")
