"""Who holds a stated problem (issue 9, gaps12; classes from the judge's notes on u36–u43):
- a body named right after 没有/缺乏 (我市目前没有国家级X园区) is what the clause says is lacking, not
  the holder: the clause goes on to its deictic (我市 -> the city);
- the country as a clause's topic place (中华人民共和国的每一位公民…) gives no local holder, and the
  clause is not given to the document's place either;
- a sentence that opens by pointing back to a problem told before (针对这一实际，…) reports the
  response: a cue inside it (给缺乏劳动力的家庭捎带物资) states no problem;
- a sentence that opens with the class of MCF bodies itself (军民融合产业基地…存在诸多问题), given to a
  place only as the document's place, is a national problem: held back.
And bench/stated_eval.py --holders scores recall and holder accuracy on a list of problem sentences.

Curated entities through `ingest --annotations` (problem statements found by the project's own
rules), then `gaps`. Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import absent_object, is_problem, problem_clauses
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind

HEAD = "青山市军民融合发展问题与对策\n青山市召开军民融合发展推进会，青山市委书记王东出席。"


def _stalled(G) -> list[str]:
    return [f["entities"][0]["name"] for f in of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")]


def test_a_body_named_as_what_is_lacking_is_not_the_holder(tmp_path):
    s = "我市目前没有国家级东湖融合产业园，军工配套能力不足。"
    assert absent_object(s, s.index("国家级"))
    assert not absent_object(s, s.index("我市"))
    G = graph_of(tmp_path, HEAD + s, [("青山市", "Location"), ("王东", "Person"),
                                      ("国家级东湖融合产业园", "IndustrialPark")])
    assert _stalled(G) == ["青山市"]


def test_the_country_as_topic_gives_no_local_holder(tmp_path):
    text = ("东川县关于加强国防教育的建议\n东川县国防教育工作会议召开。东川县人武部参加。\n"
            "中华人民共和国的每一位公民都应当增强国防意识，专门培训少，自救互救能力薄弱。")
    G = graph_of(tmp_path, text, [("东川县", "Location"), ("中华人民共和国", "Location"),
                                  ("东川县人武部", "MilitaryUnit")])
    assert _stalled(G) == []


def test_a_response_opener_states_no_problem(tmp_path):
    s = "针对这一实际，该人武部组建了民兵服务队，给缺乏劳动力的家庭捎带生产生活物资。"
    assert not is_problem(s)
    assert problem_clauses(s) == []
    assert is_problem("该镇缺乏劳动力的家庭较多，生产生活物资运送困难。")  # the problem itself still is one
    text = ("青山市西岭区民兵服务队解村民难题\n青山市西岭区人武部组建服务队。\n" + s)
    G = graph_of(tmp_path, text, [("青山市西岭区", "Location"), ("青山市西岭区人武部", "MilitaryUnit")])
    assert _stalled(G) == []


def test_the_class_of_mcf_bodies_is_a_national_problem(tmp_path):
    s = "军民融合产业基地的带动作用已成为共识，但多年发展下来，在运行管理方面存在诸多问题，需要解决。"
    text = "东川省军民融合产业基地调研\n东川省有六个基地。东川省的基地各有特色。\n" + s
    G = graph_of(tmp_path, text, [("东川省", "Location")])
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    assert not of_kind(res, "stalled")
    held = of_kind(res, "stalled", "held_back")
    assert [f["entities"][0]["name"] for f in held] == ["东川省"]
    assert "in general" in held[0]["held_back"]["reason"]


def test_stated_eval_scores_recall_and_holder(tmp_path):
    """bench/stated_eval.py --holders: a listed local sentence quoted by a reported stalled finding
    is found, and found with the right holder only when the finding's entity carries a holder form;
    a national sentence a finding quotes is wrongly reported."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from stated_eval import holder_level

    s = "会议指出，有的部门存在本位主义，不愿融。"
    text = HEAD + s
    G = graph_of(tmp_path, text, [("青山市", "Location"), ("王东", "Person")])
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    found, held = of_kind(res, "stalled"), of_kind(res, "stalled", "held_back")
    at = text.index(s)
    row = {"document": "q1", "start": at, "end": at + len(s), "sentence": s, "scope": "local"}
    right = holder_level([{**row, "holder": "青山市", "holder_forms": ["青山"]}], G, found, held)
    assert (right["local"], right["found"], right["right_holder"]) == (1, 1, 1)
    wrong = holder_level([{**row, "holder": "东川县", "holder_forms": ["东川"]}], G, found, held)
    assert (wrong["found"], wrong["right_holder"]) == (1, 0)
    national = holder_level([{**row, "scope": "national", "holder": "", "holder_forms": []}], G, found, held)
    assert (national["local"], national["wrongly_reported"]) == (0, 1)
    elsewhere = holder_level([{**row, "start": 0, "end": 5, "holder": "青山市", "holder_forms": ["青山"]}],
                             G, found, held)
    assert elsewhere["found"] == 0  # the title line is no evidence of the finding


def test_stated_eval_reads_a_gold_file_with_listed_problems(tmp_path):
    """A gold file whose documents say problems_annotated is a holder list itself (the entity is
    the holder; a problem marked solved counts as history; a document without the mark gives
    none)."""
    import json
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from stated_eval import load_holders

    s = "有的部门存在本位主义，不愿融。"
    docs = [{"id": "q1", "text": HEAD + s, "problems_annotated": True,
             "entities": [{"name": "青山市", "type": "Location", "aliases": ["青山"],
                           "problems": [{"sentence": s, "start": len(HEAD), "end": len(HEAD + s)},
                                        {"sentence": s, "start": len(HEAD), "end": len(HEAD + s),
                                         "solved": True}]}]},
            {"id": "q2", "text": HEAD + s,
             "entities": [{"name": "青山市", "type": "Location", "aliases": [],
                           "problems": [{"sentence": s, "start": len(HEAD), "end": len(HEAD + s)}]}]}]
    path = tmp_path / "b9.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    rows = load_holders([path])["b9"]
    assert [(r["document"], r["scope"], r["holder_forms"]) for r in rows] == [
        ("q1", "local", ["青山市", "青山"]), ("q1", "history", ["青山市", "青山"])]
