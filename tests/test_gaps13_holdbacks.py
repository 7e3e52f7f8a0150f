"""gaps13 (issue 9): hold-backs from the hand judgement of held-out u44–u49 start-code findings,
each class on its own invented text (curated entities through `ingest --annotations`, modality and
problems found by the project's own rules):

1. an official who holds a post in a body of one side, named in a visit sentence (慰问, 走访 …) with a
   body of the other side, stands for his body: the sides are held back, not "no channel";
2. a sentence opening 针对 + a long object closed by a comma reports the response, not a problem.

Invented names and texts only."""

from __future__ import annotations

import pytest

from graph.analysis.gaps import gaps
from graph.analysis.gaps.sides import weak_ties
from ingest.components.modality import is_problem, problem_clauses, reports_speech
from tests.test_gaps_problem_statements import graph_of


def key_of(G, name: str) -> str:
    return next(n for n, a in G.nodes(data=True) if a.get("name") == name)


VISIT = ("青山区委书记王甲主持召开会议。\n"
         "王甲一行先后来到东川警备区和青山区人武部开展慰问活动。")
VISIT_ENTITIES = [("青山区委", "PartyGovBody"), ("王甲", "Person"), ("青山区人武部", "MilitaryUnit"),
                  ("东川警备区", "MilitaryUnit")]
POST = [("王甲", "HOLDS_POSITION", "青山区委", "青山区委书记王甲主持召开会议。")]


def test_an_official_visiting_the_other_side_stands_for_his_body(tmp_path):
    G = graph_of(tmp_path, VISIT, VISIT_ENTITIES, POST)
    mil, civ = {key_of(G, "青山区人武部")}, {key_of(G, "青山区委")}
    ties = weak_ties(G, mil, civ)
    assert ties and ties[0][2]["sentence"] == VISIT.split("\n")[1]


def test_an_official_named_beside_the_other_side_without_a_visit_is_no_tie(tmp_path):
    text = "青山区委书记王甲主持召开会议。\n王甲介绍了青山区人武部的情况。"
    G = graph_of(tmp_path, text, VISIT_ENTITIES, POST)
    assert not weak_ties(G, {key_of(G, "青山区人武部")}, {key_of(G, "青山区委")})


def test_a_long_object_of_zhendui_closed_by_a_comma_is_the_topic_of_a_response():
    assert not is_problem("针对人防工程平时安全管护难点，青山区国动办构建“属地管理”责任体系。")
    assert not is_problem("针对东川新区企业融资难等问题，青山市设立了专项资金。")
    assert is_problem("青山区人防工程安全管护存在难点，推进缓慢。")


# --- 3. a fund or park reported at its founding has had no time for investments or tenants ------

JUDGE_ALL = {"min_documents": 0, "min_facts": 0, "mandate_min_reports": 0, "orphan_min_sentences": 0}


def _orphans(res: dict, where: str) -> dict[str, dict]:
    return {e["name"]: f for f in res[where] if f["kind"] == "orphan" for e in f["entities"]}


@pytest.mark.parametrize("founding", [
    "青山市、东川区共同发起设立了青山市军民融合产业投资基金，首期规模10亿元。",
    "青山市军民融合产业投资基金尚需进行工商设立登记，并履行基金备案等程序。",
])
def test_a_fund_reported_at_its_founding_is_held_back_as_just_founded(tmp_path, founding):
    text = "青山市军民融合产业投资基金助力军民融合发展。\n" + founding
    G = graph_of(tmp_path, text, [("青山市军民融合产业投资基金", "Fund"), ("青山市", "Location")])
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    assert "青山市军民融合产业投资基金" not in _orphans(res, "findings")
    held = _orphans(res, "held_back")["青山市军民融合产业投资基金"]["held_back"]
    assert "just founded" in held["reason"] and held["evidence"][0]["sentence"] == founding


def test_a_fund_founded_years_ago_stays_an_orphan(tmp_path):
    text = ("青山市军民融合产业投资基金助力军民融合发展。\n"
            "青山市军民融合产业投资基金成立以来，规模达到10亿元。")
    G = graph_of(tmp_path, text, [("青山市军民融合产业投资基金", "Fund"), ("青山市", "Location")])
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    assert "青山市军民融合产业投资基金" in _orphans(res, "findings")


# --- 4. the inspector who found a problem does not hold it ---------------------------------------

INSPECTION = ("日前，青山市人大常委会成立执法检查组，开展执法检查，在对4个区、县国防教育情况检查后发现，"
              "东川片区的国防教育工作虽然已经形成了良好氛围，但还存在开展不均衡、覆盖面不够等问题。")


def _stalled(res: dict) -> set[str]:
    return {e["name"] for f in res["findings"] if f["kind"] == "stalled" for e in f["entities"]}


def test_an_inspection_frame_joins_the_problem_clause_and_is_no_holder():
    spans = problem_clauses(INSPECTION)
    assert spans and INSPECTION[spans[0][0]:].startswith("检查后发现") and reports_speech(
        INSPECTION[slice(*spans[0])])
    assert not reports_speech("东方公司自查发现，存在推进缓慢的问题")


def test_the_inspecting_body_gets_no_stalled_finding(tmp_path):
    ents = [("青山市人大常委会", "PartyGovBody"), ("青山市", "Location")]
    title = "青山市国防教育执法检查\n"
    res = gaps(graph_of(tmp_path, title + INSPECTION, ents), coverage_thresholds=JUDGE_ALL)
    assert "青山市人大常委会" not in _stalled(res)
    own = INSPECTION.replace("在对4个区、县国防教育情况检查后发现，东川片区的", "青山市人大常委会的")
    (tmp_path / "b").mkdir()
    res = gaps(graph_of(tmp_path / "b", title + own, ents), coverage_thresholds=JUDGE_ALL)
    assert "青山市人大常委会" in _stalled(res)


# --- 5. a gate note does not contradict its numbers ----------------------------------------------

def test_the_broker_gate_note_names_the_missing_jurisdiction_not_too_few_documents():
    from graph.analysis.gaps import _uncovered_note

    th = {"broker_min_documents": 2}
    national = {"kind": "single_broker", "jurisdiction": "", "tier": "structural",
                "details": {"documents": ["a", "b", "c"]}}
    note = _uncovered_note(national, {"gate": "broker_min_documents"}, th)
    assert "3 documents" in note and "needs" not in note and "no jurisdiction" in note
    local = {**national, "jurisdiction": "青山市", "details": {"documents": ["a"]}}
    assert "needs 2" in _uncovered_note(local, {"gate": "broker_min_documents"}, th)


# --- 6. a fund that co-founds a fund has invested -------------------------------------------------

def test_a_fund_that_co_founds_another_fund_is_no_orphan(tmp_path):
    text = ("青山市产业引导基金助力军民融合发展。\n"
            "青山市产业引导基金与东方重工集团共同组建东川航天产业基金。\n"
            "青山市产业引导基金今年规模达到20亿元。")
    ents = [("青山市产业引导基金", "Fund"), ("东方重工集团", "Enterprise"), ("东川航天产业基金", "Fund"),
            ("青山市", "Location")]
    rels = [("青山市产业引导基金", "ESTABLISHED", "东川航天产业基金", text.split("\n")[1])]
    res = gaps(graph_of(tmp_path, text, ents, rels), coverage_thresholds=JUDGE_ALL)
    assert "青山市产业引导基金" not in _orphans(res, "findings")
    assert "青山市产业引导基金" not in _orphans(res, "held_back")


# --- 7. cue gaps the held-out judges listed (audits, a concessive gap, physical damage) -----------

@pytest.mark.parametrize("text", [
    "青山县退役军人事务局违规向已死亡优抚对象继续发放抚恤金，涉及金额12.5万元。",
    "东川区民政局未按规定标准向优抚对象发放补助金。",
    "青山区人防工作取得了成效，但与法律法规的要求相比，仍有一定的差距。",
    "部分早期坑道人防工程年久失修、结构受损。",
    "由于省里还未出台相应政策，青山县还不能落实优待政策。",
    "但存在渔业补助资金未拨付使用、抚恤金发放不准、教育经费使用不当等问题。",
])
def test_irregularities_gaps_and_damage_are_stated_problems(text):
    assert is_problem(text)


@pytest.mark.parametrize("text", [
    "责令青山县退役军人事务局予以改正，追回违规发放的资金。",  # the remedy ordered
    "严禁违规发放津贴补贴。",  # a prohibition
])
def test_a_recovery_or_a_prohibition_states_no_problem(text):
    assert not is_problem(text)
