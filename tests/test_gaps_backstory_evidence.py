"""gaps6 (issue 9): findings an analyst can act on.

1. Time: a problem told as backstory (a past passage, 曾一度搁置, or one the same document reports
   solved later, 终于…建成) is no current problem: the stalled finding is held back with the
   deciding sentence; the same problem stated as current stays a finding.

Invented names and texts only (青山市, 东方重工集团 …); curated entities through
`ingest --annotations` (problem statements and modalities found by the project's own rules)."""

from __future__ import annotations

import pytest

from graph.analysis.gaps import gaps
from graph.analysis.gaps.backstory import past_problem, solved_cue
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, names, of_kind

GOV = [("青山市政府", "PartyGovBody"), ("青山市军民融合产业园", "IndustrialPark")]


@pytest.mark.parametrize("past", [
    "青山市政府早年启动了新港口项目的筹备工作，后因资金制约曾一度停滞。",
    "上世纪八十年代，青山市政府财力薄弱，军工企业转民品步履维艰。",
    "当年，青山市政府与驻地部队之间信息不对称，底数不清。",
])
def test_a_problem_told_as_backstory_is_held_back(tmp_path, past):
    G = graph_of(tmp_path, "青山新港口开工\n" + past, GOV)
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    assert not of_kind(res, "stalled")
    held = of_kind(res, "stalled", "held_back")
    assert names(held) == {"青山市政府"} and "past" in held[0]["held_back"]["reason"]
    assert "history" in held[0]["title"]


@pytest.mark.parametrize("current", [
    "青山市政府启动了新港口项目的筹备工作，因资金制约至今仍未落地。",
    "过去一年，青山市政府与驻地部队之间信息不对称，底数不清。",  # the reporting year: current
    "上世纪八十年代建成的厂房老化，青山市政府财力至今仍然不足。",  # a past time, a present problem
])
def test_a_current_problem_stays_a_finding(tmp_path, current):
    G = graph_of(tmp_path, "青山新港口情况\n" + current, GOV)
    assert "青山市政府" in names(of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled"))


def test_a_problem_the_same_document_reports_solved_is_history(tmp_path):
    text = ("青山市军民融合产业园发展纪实\n青山市军民融合产业园规划多年，建设进度比较慢。"
            "经过三年攻坚，青山市军民融合产业园终于建成投用。")
    res = gaps(graph_of(tmp_path, text, GOV), coverage_thresholds=JUDGE_ALL)
    assert "青山市军民融合产业园" not in names(of_kind(res, "stalled"))
    held = [f for f in of_kind(res, "stalled", "held_back") if "solved" in f["held_back"]["reason"]]
    assert held and "终于" in held[0]["held_back"]["evidence"][-1]["sentence"]
    # the lack restated as still open: no solution reported, the finding stands
    open_ = ("青山市军民融合产业园发展纪实\n青山市军民融合产业园规划多年，建设进度比较慢。"
             "青山市军民融合产业园的问题尚未得到解决。")
    (tmp_path / "b").mkdir()
    res = gaps(graph_of(tmp_path / "b", open_, GOV), coverage_thresholds=JUDGE_ALL)
    assert "青山市军民融合产业园" in names(of_kind(res, "stalled"))


def test_backstory_cues():
    assert past_problem("东方重工集团曾一度资金短缺。") == "曾一度"
    assert not past_problem("东方重工集团资金短缺。")
    assert not past_problem("项目创造了当年拆迁、当年建设、当年投产的速度，但配套仍不完善。")
    assert solved_cue("这一难题如今得到解决。") and not solved_cue("这一难题尚未得到解决。")
    assert solved_cue("終于建成。") == "终于"  # traditional forms folded


# --- 2. positive evidence: a plan's actors as clause subjects; an addressee reported elsewhere ----

PLAN = [("青山市航空产业发展规划", "Policy"), ("青山市发改委", "PartyGovBody"),
        ("东方重工集团", "Enterprise")]


def test_a_plan_whose_actors_open_a_clause_of_its_sentence_is_no_orphan(tmp_path):
    text = ("航空新城建设情况\n《青山市航空产业发展规划》自去年底通过专家评审后，青山市发改委和"
            "东方重工集团积极配合，提出建设航空新城的思路。《青山市航空产业发展规划》已纳入城市总体规划。")
    res = gaps(graph_of(tmp_path, text, PLAN), coverage_thresholds=JUDGE_ALL)
    assert "青山市航空产业发展规划" not in names(of_kind(res, "orphan"))
    held = [f for f in of_kind(res, "orphan", "held_back")
            if "subject of a clause" in f["held_back"]["reason"]]
    assert held and "东方重工集团" in held[0]["held_back"]["reason"]
    assert "积极配合" in held[0]["held_back"]["evidence"][0]["sentence"]


def test_a_plan_no_actor_acts_on_stays_an_orphan_saying_what_was_searched(tmp_path):
    text = ("航空新城建设情况\n《青山市航空产业发展规划》去年底通过专家评审。"
            "《青山市航空产业发展规划》已纳入城市总体规划。青山市发改委的职责见附件。")
    res = gaps(graph_of(tmp_path, text, PLAN), coverage_thresholds=JUDGE_ALL)
    orphan = [f for f in of_kind(res, "orphan") if names([f]) == {"青山市航空产业发展规划"}]
    assert orphan and "subject of a clause (none found)" in orphan[0]["searched"]


def test_a_speakers_post_is_no_acting_subject():
    from graph.analysis.gaps.evidence import _opening
    names_ = {"a": ["青山区委"], "b": ["东方重工集团"]}
    assert _opening("青山区委常委、常务副区长王某强调", names_) == []
    assert _opening("2021年5月青山区委和东方重工集团联合印发", names_) == ["a", "b"]
    assert _opening("青山区委的规划", names_) == []


def order_corpus(tmp_path, later: str | None, head=("青山市发改委", "PartyGovBody")):
    """An order to `head` (a 2021 notice), and optionally a later 2022 report naming it."""
    from tests.test_gaps_problem_statements import EmbeddedStore, ingest_annotations, json

    docs = [{"id": "o1", "source": "o1.txt", "date": "2021-03-01",
             "text": f"关于应急保障工作的通知\n{head[0]}要支持东方重工集团做好应急保障。",
             "entities": [{"name": head[0], "type": head[1]}, {"name": "东方重工集团", "type": "Enterprise"}],
             "relations": [{"head": head[0], "type": "SUPPORTS", "tail": "东方重工集团",
                            "evidence": f"{head[0]}要支持东方重工集团做好应急保障。"}]}]
    if later:
        docs.append({"id": "o2", "source": "o2.txt", "date": "2022-05-01", "text": f"工作动态\n{later}",
                     "entities": [{"name": head[0], "type": head[1]}], "relations": []})
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    store = EmbeddedStore(tmp_path / "g.db")
    try:
        ingest_annotations([path], store)
        return store.to_networkx()
    finally:
        store.close()


def test_an_order_is_judged_only_where_the_corpus_reports_its_addressee_later(tmp_path):
    res = gaps(order_corpus(tmp_path, None))
    assert not of_kind(res, "mandate_without_action")
    told = of_kind(res, "mandate_without_action", "undetermined")
    assert told and told[0]["coverage"]["gate"] == "mandate_min_reports"
    assert "could not have been seen" in told[0]["note"]
    (tmp_path / "b").mkdir()
    res = gaps(order_corpus(tmp_path / "b", "青山市发改委召开全市重点项目调度会。"))
    found = of_kind(res, "mandate_without_action")
    assert found and found[0]["details"]["actions_elsewhere"] == 1
    assert "1 sentence(s) of other documents dated on/after 2021-03-01" in found[0]["searched"]


def test_an_order_to_a_place_names_no_body(tmp_path):
    res = gaps(order_corpus(tmp_path, "青山市召开全市重点项目调度会。", head=("青山市", "Location")))
    assert not of_kind(res, "mandate_without_action")
    held = of_kind(res, "mandate_without_action", "held_back")
    assert held and "not a named body" in held[0]["held_back"]["reason"]


# --- 4. one body, several nodes: merged in the analysis before structural findings -------------


def test_nodes_of_one_body_merge_within_a_jurisdiction(monkeypatch):
    from graph.analysis.gaps import same_body
    from tests.test_analysis_graphs import build, node

    monkeypatch.setattr(same_body, "province_of", lambda j: {"青山市": "东川省"}.get(j, ""))
    nodes = [("m1", node("青山市军区(qū)", "MilitaryUnit", "青山市", name="青山军区(qū)")),
             ("m2", node("青山市军区", "MilitaryUnit", "青山市")),
             ("m1", node("青山市航空工业909基地", "IndustrialPark", "青山市", aliases=["909基地"])),
             ("m3", node("东川省909基地", "IndustrialPark", "东川省", name="909基地")),
             ("m1", node("青山市高新区管委会", "PartyGovBody", "青山市", aliases=["管委会"])),
             ("m2", node("青山市经开区管委会", "PartyGovBody", "青山市", aliases=["管委会"])),
             ("m3", node("西岭市909基地", "IndustrialPark", "西岭市", name="909基地"))]
    G = build({"m1": {}, "m2": {}, "m3": {}}, nodes, [])
    found = sorted(sorted(g) for g in same_body.groups(G))
    # glosses and a short place prefix folded; city and province agree; a generic alias (管委会) and
    # a sibling city (西岭市) do not
    assert found == [["东川省909基地", "青山市航空工业909基地"], ["青山市军区", "青山市军区(qū)"]]
    H, same = same_body.merged(G)
    assert "东川省909基地" not in H and "东川省909基地" in G  # a copy: the caller's graph is kept
    assert same["青山市航空工业909基地"] == ["909基地 (东川省)"]
    assert set(H.nodes["青山市航空工业909基地"]["documents"]) == {"m1", "m3"}


def test_a_park_split_over_two_nodes_is_searched_whole():
    from tests.test_analysis_graphs import build, edge, node

    j = "青山市"
    nodes = [("p1", node("青山市航空工业909基地", "IndustrialPark", j, aliases=["909基地"])),
             ("p2", node("青山市909基地", "IndustrialPark", j, name="909基地")),
             ("p2", node("东方重工集团", "Enterprise", j))]
    ties = [edge("p2", "东方重工集团", "LOCATED_IN", "青山市909基地", "东方重工集团位于909基地", "stated")]
    res = gaps(build({"p1": {"jurisdiction": j}, "p2": {"jurisdiction": j}}, nodes, ties),
               coverage_thresholds=JUDGE_ALL)
    everywhere = res["findings"] + res["held_back"] + res["undetermined"]
    assert not [f for f in everywhere if f["kind"] == "orphan"]  # its firm was in the other node
