"""Holders of stated problems (issue 9, gaps18; classes from the stated-tier READ batches):
- the places a check or survey goes to (先后到青山县、东川县检查…, 到甲、乙、丙3县调研指导:
  problem_cues.json "visit_frames") hold the problems the document then lists without naming a body,
  place or deictic: every place named there, not only the first, and only places (a firm a leader
  visits is where the leader goes); not a check done on something else at the place (赴…进行…检查);
- a shortfall named only by its quotation after a verb of existing or complaining (存在“…”“…”的现象,
  反映“…，…”的问题: problem_cues.json "quoted_problems") is a stated problem, for the problem-statement
  reader only, found across the commas inside the quote; not as the object of a remedy or a topic.

Curated entities through `ingest --annotations` (problem statements found by the project's own
rules), then `gaps`. Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import visited_spans
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind


def _stalled(G) -> list[str]:
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    return sorted(f["entities"][0]["name"] for f in found)


SURVEY = ("州双拥办到四县调研双拥创建工作\n"
          "8月16日至21日，州双拥办调研组一行到青山、东川、西岭、南湖4县调研指导双拥创建工作。"
          "调研组一行通过实地走访、查阅台账等形式，对四县创建工作进行调研。"
          "针对调研中发现普遍存在的政治站位不高、工作合力不强、双拥活动不经常等问题，调研组提出了要求。")
COUNTIES = [("青山", "Location"), ("东川", "Location"), ("西岭", "Location"), ("南湖", "Location"),
            ("州双拥办", "PartyGovBody")]


def test_the_places_a_survey_goes_to_are_its_group():
    assert [SURVEY[a:b] for a, b in visited_spans(SURVEY)] == ["青山、东川、西岭、南湖4县"]
    check = "市人大常委会检查组先后到青山县、东川县检查《人防法》贯彻执行情况。"
    assert [check[a:b] for a, b in visited_spans(check)] == ["青山县、东川县"]
    # a check of something else done at the place, and a check told as the story's past: none
    assert visited_spans("记者随工作组赴青山军分区进行民兵连检查考评。") == []
    assert visited_spans("此前，市调研组到青山县调研时，群众反映办事难。") == []
    assert visited_spans("县人武部到东川县调研学习经验做法。") == []  # a visit to learn: not the host's
    assert visited_spans("青山市代表团赴东川市调研军民融合工作。") == []  # a trip, not oversight


def test_every_place_a_survey_goes_to_holds_the_problems_it_lists(tmp_path):
    G = graph_of(tmp_path, SURVEY, COUNTIES)
    assert _stalled(G) == ["东川", "南湖", "西岭", "青山"]


def test_a_body_a_leader_visits_holds_no_problem_of_the_speech(tmp_path):
    text = ("青山市委书记到东方重工集团调研\n"
            "青山市委书记到东方重工集团调研军民融合工作。青山市委书记指出，青山市军民融合发展势头良好。"
            "但有的部门本位主义，不愿融。")
    G = graph_of(tmp_path, text, [("青山市", "Location"), ("东方重工集团", "Enterprise"),
                                  ("青山市委", "PartyGovBody")])
    assert "东方重工集团" not in _stalled(G)


# --- quoted problems (problem_cues.json "quoted_problems") ----------------------------------------

def test_a_shortfall_named_only_by_its_quotation_is_a_stated_problem():
    from ingest.components.modality import classify, problem_clauses

    s = "以前，该县武装工作主要靠军事机关唱“独角戏”，存在“领导一换，工作重来”“靠关系办事”的现象。"
    assert [s[a:b] for a, b in problem_clauses(s)] == ["存在“领导一换，工作重来”“靠关系办事”的现象"]
    assert classify(s) != "problem"  # the statement reader's only: a relation's modality is unchanged
    s = "退役报到流程存在“部门多、手续繁、反复跑”的问题。"
    assert problem_clauses(s)
    # the object of a remedy or a topic, and a quote with no verb of existing or complaining: none
    assert problem_clauses("着力解决群众反映强烈的“看病难，看病贵”问题。") == []
    assert problem_clauses("既要解决“编得实”“训得好”的问题，还要解决“拉得出”的问题。") == []
    assert problem_clauses("会议提出“两手抓，两手硬”的要求。") == []
    # told fixed in its own clause: not stated; a remedy ordered after a comma leaves it stated
    assert problem_clauses("青山县群众反映“办事难、办事慢”的问题得到有效解决。") == []
    assert problem_clauses("会议要求，坚决杜绝存在“走过场”的现象。") == []  # an order to prevent it
    assert problem_clauses("部分单位存在“重建轻管”“重训轻练”的现象，要认真整改。")


def test_the_place_a_quoted_complaint_names_holds_it(tmp_path):
    text = ("东川省退役军人事务厅关于第0970号建议的答复\n"
            "甲乙丙代表：您提出的建议交我们办理，现答复如下：\n"
            "您在建议中主要反映“青山县没有烈士陵园，青山县境内共有烈士40人，均零散安葬”的问题。"
            "对应建未建的项目，省退役军人事务厅将给予支持。")
    G = graph_of(tmp_path, text, [("青山县", "Location"), ("东川省退役军人事务厅", "PartyGovBody")])
    assert _stalled(G) == ["青山县"]


def test_a_place_that_opens_the_name_of_the_body_checked_holds_nothing(tmp_path):
    # (the check goes to the body: the place its name opens with is no mention of its own there)
    text = ("省军区到青山县人武部检查指导工作\n"
            "省军区副司令员率工作组到青山县人武部检查指导武装工作。"
            "检查组指出，还存在训练场地不足等问题。")
    G = graph_of(tmp_path, text, [("青山县人武部", "MilitaryUnit"), ("青山县", "Location"),
                                  ("省军区", "MilitaryUnit")])
    assert "青山县" not in _stalled(G)
