"""A quality still to be raised is a stated problem (issue 9 §3, gaps35; READ u36, u66, u88):
有待 + (进一步/继续) + a verb of raising or fixing (有待进一步提升, 有待继续加强, 有待完善) is a cue of
the problem-statement reader (problem_cues.json "statement_patterns"); a question (哪些…有待完善?)
states none, nor does an order to fix it.

Invented names and texts only."""

from __future__ import annotations

from ingest.components.modality import problem_clauses


def test_still_to_be_raised_is_a_problem_clause():
    assert problem_clauses("(一)青山市公共服务水平有待进一步提升。")
    assert problem_clauses("东川县民兵训练保障有待继续加强。")
    assert problem_clauses("甲乙公司保密管理制度有待完善。")


def test_a_question_or_a_remedy_is_none():
    assert problem_clauses("面对新形势,哪些法律法规有待完善?") == []
    assert problem_clauses("要着力解决服务水平有待进一步提升的问题。") == []
