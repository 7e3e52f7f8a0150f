"""Stated problems, second round (issue 9, gaps19; classes from the stated-tier READ batches).

- a cue whose own clause goes on to report the problem put right (…不足的问题得到根本解决,
  …已经解决: problem_cues.json "solved_after_patterns") states no open problem, for the
  problem-statement reader and a relation's modality alike; a negator right before the report
  (尚未得到有效解决) keeps it open.
- a problem whose existence its clause denies (不存在…的问题, 不再存在“…”的问题: problem_cues.json
  "existence_negators") is no problem.
- a shortfall put as a condition, a feared outcome or a question (如果…不足, 一旦…缓慢, 以免…,
  是否存在…: problem_cues.json "condition_markers") is no problem.
- a problem the same document then answers with a remedy opening 针对这一实际/现状 (graph/data/
  holdback_cues.json remedy_openers), or one told as the reason after the result opening 以前
  (retrospective_openers), is history: the gaps report holds it back; so is one a sentence just
  before it reports solved with an adverb (得到根本解决, 得到有效解决: solved_cues).

Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import classify, problem_clauses
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind


def _clauses(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in problem_clauses(sentence)]


# --- a problem its own clause reports put right (problem_cues.json "solved_after_patterns") ------

def test_a_problem_its_own_clause_reports_solved_is_not_stated():
    for s in ("至此，困扰青山市多年的民兵训练场地不足的问题得到根本解决。",
              "东川县军民融合项目推进缓慢的问题已经解决。",
              "青山县缺乏专业人才的问题得到了有效解决。",
              "长期以来尚未解决的用地问题得到根本解决。",
              "青山县人才短缺的状况得到明显改善。",
              "东川县民兵训练场地不足的局面一去不复返。",
              "青山县资金不足的问题已经成为历史。"):
        assert _clauses(s) == [], s
        assert classify(s) != "problem", s


def test_a_negated_report_of_a_solution_keeps_the_problem_open():
    for s in ("青山县缺乏专业人才的问题尚未得到有效解决。",
              "东川县训练场地不足的问题一直没有得到根本解决。",
              "青山市融资难的问题未能得到解决。",
              "东川县军民融合推进缓慢的问题一直没能得到解决。",
              "青山县人才短缺的问题很难得到有效缓解。"):
        assert _clauses(s) == [s.rstrip("。")], s
        assert classify(s) == "problem", s


def test_a_solution_in_another_clause_leaves_the_clause_to_the_hold_back():
    # the solution told after a comma is for the gaps report's backstory (_solved_here), and a
    # remedy ordered after a comma leaves the problem stated
    assert _clauses("青山县缺乏专业人才的问题，目前已经解决。") == ["青山县缺乏专业人才的问题"]
    assert _clauses("东川县军民融合推进缓慢，要认真整改。") == ["东川县军民融合推进缓慢"]


# --- a problem the document answers: 针对这一实际 / 以前 (holdback_cues.json backstory) -------------

COUNTY = [("青山县", "Location"), ("青山县人武部", "MilitaryUnit"), ("县委组织部", "PartyGovBody")]


def _held(tmp_path, text: str) -> tuple[list[str], list[str]]:
    res = gaps(graph_of(tmp_path, text, COUNTY), coverage_thresholds=JUDGE_ALL)
    return ([f["entities"][0]["name"] for f in of_kind(res, "stalled")],
            [f["entities"][0]["name"] for f in of_kind(res, "stalled", "held_back")])


def test_a_problem_answered_by_a_remedy_pointing_at_the_situation_is_history(tmp_path):
    text = ("青山县激发党管武装工作内动力\n"
            "青山县武装工作主要靠军事机关唱独角戏，存在“领导一换，工作重来”的现象。"
            "针对这一实际，青山县人武部联合县委组织部建立了党管武装述职制度。")
    assert _held(tmp_path, text) == ([], ["青山县"])


def test_a_problem_told_after_the_result_opening_yiqian_is_history(tmp_path):
    text = ("青山县民兵训练基地建成\n"
            "日前，青山县人武部民兵训练基地建成投用。"
            "以前，青山县民兵训练场地不足，训练只能借用学校操场。")
    assert _held(tmp_path, text) == ([], ["青山县"])


def test_a_remedy_ordered_for_the_situation_leaves_the_problem_open(tmp_path):
    text = ("青山县党管武装工作会议\n"
            "青山县武装工作主要靠军事机关唱独角戏，存在“领导一换，工作重来”的现象。"
            "针对这一实际，青山县人武部要联合县委组织部建立党管武装述职制度。")
    assert _held(tmp_path, text)[0] == ["青山县"]


def test_a_problem_after_its_solution_told_with_an_adverb_is_history(tmp_path):
    text = ("青山县民兵训练基地竣工\n"
            "日前，青山县民兵训练基地竣工，困扰青山县多年的民兵训练无场地的问题得到根本解决。"
            "青山县人武部原有的训练场地面积不足，难以满足训练需求。")
    assert _held(tmp_path, text) == ([], ["青山县人武部"])


# --- existence denied (problem_cues.json "existence_negators") ----------------------------------

def test_a_problem_whose_existence_is_denied_is_not_stated():
    for s in ("如今，青山县退役军人报到不再存在“部门多、手续繁、反复跑”的问题。",
              "青山县已不存在推进缓慢的问题。",
              "青山县不存在资金不足的问题。",
              "东川县基本不存在重复建设问题。",
              "青山县没有出现推进缓慢的情况。",
              "东川县从未出现资金不足的现象。"):
        assert _clauses(s) == [], s
    assert _clauses("青山县仍存在推进缓慢的问题。") == ["青山县仍存在推进缓慢的问题"]
    assert _clauses("青山县存在“部门多、手续繁”的问题。") == ["青山县存在“部门多、手续繁”的问题"]
    # a denial in one clause leaves a problem stated in another
    assert _clauses("青山县不存在重复建设，但资金不足。") == ["青山县不存在重复建设，但资金不足"]


# --- a condition, a feared outcome or a question (problem_cues.json "condition_markers") ---------

def test_a_shortfall_put_as_a_condition_or_a_question_is_not_stated():
    for s in ("如果资金不足，由青山市财政兜底。",
              "一旦军民融合项目推进缓慢，将影响全局。",
              "若出现推进缓慢的情况，东川县要及时报告。",
              "要统筹规划，以免造成重复建设。",
              "青山县是否存在重复建设问题，需进一步调查。"):
        assert _clauses(s) == [], s
        assert classify(s) != "problem", s
    assert _clauses("若干问题依然突出。") == ["若干问题依然突出"]  # 若干: several, no condition
    # a condition in a later clause leaves the problem stated before it
    assert _clauses("青山县军民融合推进缓慢，一旦延误将影响全局。") == ["青山县军民融合推进缓慢"]


def test_a_shortfall_put_behind_is_not_stated():
    # 改变, 一改, 告别, 摆脱 negate like 扭转 (problem_negators)
    for s in ("青山县改变了过去推进缓慢的状况。",
              "东川县一改以往规模小、实力弱的局面。",
              "青山县告别了融资难的历史。",
              "改变过去信息传递不畅的状况，青山县应急管理局与县人武部签订了联动协议。"):
        assert _clauses(s) == [], s
    assert _clauses("青山县企业走出去步伐缓慢。") == ["青山县企业走出去步伐缓慢"]


def test_a_small_cost_risk_or_difficulty_is_no_shortfall():
    for s in ("这项改造难度不大。", "该产品成本不高、效益好。", "该项目投资风险不高。",
              "青山、东川两地差距不大。", "对正常生产影响不大。", "东川县准入门槛不高。"):
        assert _clauses(s) == [], s
    assert _clauses("青山县军民融合产业规模不大。") == ["青山县军民融合产业规模不大"]
