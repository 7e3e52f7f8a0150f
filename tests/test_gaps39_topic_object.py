"""gaps39: a shortfall word inside the object of a verb that solves or focuses on problems, far from
the verb within its clause, names which problems are solved or targeted: it states none open
(problem_cues.json "topic_object"; READ u70-02, u71-05, u86-07). Invented text only."""

from ingest.components.modality import classify, problem_clauses


def test_solved_list_of_problems_states_none():
    s = ("近年来，青山市委常委议军会先后研究解决了民兵训练场地保障、修缮东方重工仓库等十余个"
         "制约国防和后备力量建设的难点问题。")
    assert problem_clauses(s) == []
    assert classify(s) != "problem"


def test_focus_on_key_and_difficult_points_states_none():
    s = "聚焦“民参军”、资源开放共享、军民技术双向转化、军民协同创新等青山市军民融合深度发展的重点和难点。"
    assert problem_clauses(s) == []


def test_around_a_list_of_problems_states_none():
    s = "青山市重点围绕影响推进军民融合深度发展的落后思想观念、结构性矛盾、体制性障碍和政策性问题开展调研。"
    assert problem_clauses(s) == []


def test_a_negated_solving_verb_still_states_it():
    s = "青山县至今尚未解决好长期制约民兵训练的场地不足问题。"
    assert problem_clauses(s) != []


def test_an_existence_word_between_keeps_the_statement():
    s = "青山县围绕民兵整组开展督查，督查组认为青山县民兵整组工作仍存在底数不清的问题。"
    assert problem_clauses(s) != []


def test_jinding_plan_object_is_left_to_the_statement():
    """紧盯 is no topic_object verb: READ u66-07's plan sentence is the only one of a judged real finding."""
    s = "下一步，青山区将以此次督查为契机，紧盯督查中发现的突出问题和薄弱环节，不断完善工作机制。"
    assert problem_clauses(s) != []
