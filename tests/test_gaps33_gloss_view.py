"""A remedy that pinyin glosses split states no problem (issue 9, gaps33; held-out u91-03's artefact).

Some portals print a pinyin gloss after characters (補(bǔ)齊). A cue holds fewer characters than
the words that cancel it, so a gloss hides the cancelling word and leaves the cue under it:
補(bǔ)齊發(fā)展短板 (make up the weak points, a remedy inside a wish) read as the shortfall 短板 and
gave the document's city a stalled finding. `problem_clauses` now keeps a glossed sentence's clause
only when the sentence's view without glosses (`ingest.textfold.text_view`) states a problem there
too. Only this way round, as the directive rules (_gloss_hid_exclusion): a cue the glosses split
stays unread. Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import problem_clauses
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind

WISH = "甲乙丙希望企業(yè)進(jìn)一步融合軍事需求,補(bǔ)齊發(fā)展短板,共同把企業(yè)做大做強(qiáng)。"


def test_a_remedy_split_by_glosses_states_no_problem():
    assert problem_clauses(WISH) == []
    assert problem_clauses("青山縣(xiàn)著力補(bǔ)齊短板,破(pò)解難題。") == []


def test_a_glossed_problem_keeps_its_clause_and_offsets():
    s = "目前,青山縣(xiàn)訓(xùn)練場地不足,東川縣(xiàn)完成了任務(wù)。"
    spans = problem_clauses(s)
    assert len(spans) == 1
    a, b = spans[0]
    assert s[a:b] == "青山縣(xiàn)訓(xùn)練場地不足"


def test_unglossed_sentences_read_as_before():
    assert problem_clauses("青山县训练场地不足,东川县完成了任务。") == [(0, 9)]
    assert problem_clauses("甲乙丙希望企业进一步融合军事需求,补齐发展短板。") == []


def test_the_glossed_wish_gives_no_stalled_finding(tmp_path):
    text = ("青山市領(lǐng)導(dǎo)考察東方重工集團(tuán)。"
            "青山市希望企業(yè)進(jìn)一步融合軍事需求,補(bǔ)齊發(fā)展短板,共同把企業(yè)做大做強(qiáng)。")
    G = graph_of(tmp_path, text, [("青山市", "Location"), ("東方重工集團(tuán)", "Enterprise")])
    assert of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled") == []


def test_a_relation_in_the_glossed_wish_is_no_problem():
    from ingest.components.modality import classify
    assert classify(WISH) != "problem"
    assert classify("青山縣(xiàn)訓(xùn)練場地不足。") == "problem"
