"""Stated problems, second round (issue 9, gaps19; classes from the stated-tier READ batches).

- a cue whose own clause goes on to report the problem put right (…不足的问题得到根本解决,
  …已经解决: problem_cues.json "solved_after_patterns") states no open problem, for the
  problem-statement reader and a relation's modality alike; a negator right before the report
  (尚未得到有效解决) keeps it open.

Invented names and texts only."""

from __future__ import annotations

from ingest.components.modality import classify, problem_clauses


def _clauses(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in problem_clauses(sentence)]


# --- a problem its own clause reports put right (problem_cues.json "solved_after_patterns") ------

def test_a_problem_its_own_clause_reports_solved_is_not_stated():
    for s in ("至此，困扰青山市多年的民兵训练场地不足的问题得到根本解决。",
              "东川县军民融合项目推进缓慢的问题已经解决。",
              "青山县缺乏专业人才的问题得到了有效解决。",
              "长期以来尚未解决的用地问题得到根本解决。"):
        assert _clauses(s) == [], s
        assert classify(s) != "problem", s


def test_a_negated_report_of_a_solution_keeps_the_problem_open():
    for s in ("青山县缺乏专业人才的问题尚未得到有效解决。",
              "东川县训练场地不足的问题一直没有得到根本解决。",
              "青山市融资难的问题未能得到解决。"):
        assert _clauses(s) == [s.rstrip("。")], s
        assert classify(s) == "problem", s


def test_a_solution_in_another_clause_leaves_the_clause_to_the_hold_back():
    # the solution told after a comma is for the gaps report's backstory (_solved_here), and a
    # remedy ordered after a comma leaves the problem stated
    assert _clauses("青山县缺乏专业人才的问题，目前已经解决。") == ["青山县缺乏专业人才的问题"]
    assert _clauses("东川县军民融合推进缓慢，要认真整改。") == ["东川县军民融合推进缓慢"]
