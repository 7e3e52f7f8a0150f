"""Status right, measured (issue 9, gaps27): bench/stated_eval.py --holders counts, of the listed
sentences a finding quotes (reported or held back), those whose status the report tells right: a
local (open) sentence reported, a history (solved) sentence held back. A local sentence only held
back is told solved, a history sentence reported is told open: both wrong. Invented names and texts."""

from __future__ import annotations

import sys
from pathlib import Path

from graph.analysis.gaps import gaps
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

HEAD = "青山市军民融合发展问题与对策\n青山市召开军民融合发展推进会，青山市委书记王东出席。"
ENTS = [("青山市", "Location"), ("王东", "Person")]


def _level(tmp_path, text: str, s: str, scope: str) -> dict:
    from stated_eval import holder_level

    G = graph_of(tmp_path, text, ENTS)
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    found, held = of_kind(res, "stalled"), of_kind(res, "stalled", "held_back")
    at = text.index(s)
    row = {"document": "q1", "start": at, "end": at + len(s), "sentence": s, "scope": scope,
           "holder": "青山市", "holder_forms": ["青山"]}
    return holder_level([row], G, found, held)


def test_an_open_problem_reported_is_status_right(tmp_path):
    s = "会议指出，有的部门存在本位主义，不愿融。"
    local = _level(tmp_path, HEAD + s, s, "local")
    assert (local["found"], local["status"], local["status_right"]) == (1, 1, 1)
    history = _level(tmp_path, HEAD + s, s, "history")
    assert (history["wrongly_reported"], history["status"], history["status_right"]) == (1, 1, 0)


def test_a_problem_held_back_as_remedied_is_told_solved(tmp_path):
    s = "前期，青山市调查发现，所属单位还存在硬件设施不达标、业务工作不规范等问题。"
    text = HEAD + s + "为此，今年初，青山市召开规范化建设推进会，商讨具体方案。"
    local = _level(tmp_path, text, s, "local")
    assert (local["found"], local["held"], local["status"], local["status_right"]) == (0, 1, 1, 0)
    history = _level(tmp_path, text, s, "history")
    assert (history["status"], history["status_right"]) == (1, 1)


def test_a_sentence_no_finding_quotes_has_no_status(tmp_path):
    s = "青山市今年新建民兵训练基地一处。"
    r = _level(tmp_path, HEAD + s, s, "local")
    assert (r["found"], r["status"]) == (0, 0)


def test_a_problem_held_back_as_not_the_bodys_has_no_status(tmp_path):
    """Held back as not its holder's (the class of MCF bodies: a national problem), the report
    tells no status: it is a holder question, not an open-or-solved one."""
    from stated_eval import holder_level

    s = "军民融合产业基地的带动作用已成为共识，但多年发展下来，在运行管理方面存在诸多问题，需要解决。"
    text = "东川省军民融合产业基地调研\n东川省有六个基地。东川省的基地各有特色。\n" + s
    G = graph_of(tmp_path, text, [("东川省", "Location")])
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    found, held = of_kind(res, "stalled"), of_kind(res, "stalled", "held_back")
    assert held and not found
    at = text.index(s)
    row = {"document": "q1", "start": at, "end": at + len(s), "sentence": s, "scope": "local",
           "holder": "东川省", "holder_forms": ["东川"]}
    r = holder_level([row], G, found, held)
    assert (r["held"], r["status"]) == (1, 0)


def test_a_holder_form_with_a_pinyin_gloss_is_the_holder(tmp_path):
    """A gold holder written as the mirror site prints it (縣民政(zhèng)局, traditional script with a
    pinyin gloss) is the finding's 县民政局: holder right (u44's three were scored wrong)."""
    s = "会议指出，有的部门存在本位主义，不愿融。"
    text = HEAD + s
    from stated_eval import holder_level

    G = graph_of(tmp_path, text, ENTS)
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    found, held = of_kind(res, "stalled"), of_kind(res, "stalled", "held_back")
    at = text.index(s)
    row = {"document": "q1", "start": at, "end": at + len(s), "sentence": s, "scope": "local",
           "holder": "青山(shān)市", "holder_forms": ["青山(shān)市"]}
    r = holder_level([row], G, found, held)
    assert (r["found"], r["right_holder"]) == (1, 1)
