"""An obstacle told as an impossibility (issue 9, gaps28; class from the stated-tier READ batches
u49, u61 and u78): 短期内不能实现…, 还不能落实…, 难以实现…, 无法满足…的需求, 难以通行 state a problem
for the problem-statement reader (problem_cues.json "problem" words and one "problem_patterns"
entry: a "for now" adverb before 不能/无法 and an outcome verb), where 不能 alone only negated a
solved report. The remedy reading still wins (解决…难以… is an order, not a statement).

Curated entities through `ingest --annotations`, then `gaps`. Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import problem_clauses
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind

SWAP = ("综上,因该地块涉及军产,处置程序较为复杂,短期内不能实现置换,青山县将组织自然资源部门"
        "继续沟通协调,并将结果及时反馈。")


def test_impossibility_for_now_is_a_problem_clause():
    assert problem_clauses(SWAP)
    assert problem_clauses("由于目前上级还在研究,还不能落实甲乙丙人员免费乘车的优待政策。")
    assert problem_clauses("由于东川市训练基地面积较小,无法满足民兵训练的需求。")
    assert problem_clauses("青山镇至红石岭的公路目前还是砂子路,家庭轿车都难以通行。")
    assert problem_clauses("由于业务分散,难以实现一次性办结。")


def test_plain_ability_or_remedy_states_none():
    assert problem_clauses("青山县确保各项政策不能打折扣,全面落实到位。") == []
    assert problem_clauses("青山县着力解决群众难以通行的问题。") == []


def test_impossibility_gives_a_stalled_finding(tmp_path):
    text = "青山县营区地块置换情况\n青山县因该地块涉及军产,处置程序较为复杂,短期内不能实现置换。"
    G = graph_of(tmp_path, text, [("青山县", "Location")])
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    assert [e["name"] for f in found for e in f["entities"]] == ["青山县"]
