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
