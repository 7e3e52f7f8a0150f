"""Stated problems on unseen text (issue 9, gaps20: the held-out judge's artefacts on u65–u71).

- a duty to pay left undone (未依法足额缴纳X) that another sentence of the same document reports
  collected, by whichever body (已追缴X…万元: graph/data/holdback_cues.json "echo_collected"), is
  solved: the gaps report holds it back; an object told first and recovered after it (X已追回), a
  part (已追缴部分X) or a plan to collect it (将追缴X) leaves it open.
- 重难点, 热难点, 焦点难点 name a work topic (重难点信访事项化解), no shortfall
  (problem_cues.json "masks").
- a shortfall word inside a recommendation (建议…，让偏远薄弱学校…; 建议废除…不强的…标准) describes
  what the proposal wants changed, not a finding (problem_cues.json "proposal_scope"); a problem
  stated before the proposal, or after a quoted recommendation has closed, stays stated.

Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from graph.analysis.gaps.backstory import _collected, echoed_done
from ingest.components.modality import problem_clauses
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind


def _clauses(sentence: str) -> list[str]:
    return [sentence[a:b] for a, b in problem_clauses(sentence)]


# --- a fee left unpaid, reported collected by another body (holdback_cues.json echo_collected) ----

UNPAID = ("青山区检察院在专项监督中发现，辖区内东方置业有限公司开发建设的青山花园项目存在未依法足额缴纳"
          "人防易地建设费的情况。")
FIRMS = [("青山区检察院", "PartyGovBody"), ("东方置业有限公司", "Enterprise"),
         ("东川市住房和城乡建设局", "PartyGovBody")]


def _stalled(tmp_path, text: str) -> tuple[list[str], list[str]]:
    res = gaps(graph_of(tmp_path, text, FIRMS), coverage_thresholds=JUDGE_ALL)
    return ([f["entities"][0]["name"] for f in of_kind(res, "stalled")],
            [f["entities"][0]["name"] for f in of_kind(res, "stalled", "held_back")])


def test_an_unpaid_fee_reported_collected_by_another_body_is_solved():
    later = "东川市住房和城乡建设局向检察院作出书面回复，证实已追缴人防易地建设费360余万元。"
    assert echoed_done(UNPAID, later) == "已追缴人防易地建设费"
    assert echoed_done(UNPAID, "该局已全部追缴人防易地建设费。")
    assert echoed_done("甲公司未缴纳城市建设配套费。", "乙局已补缴城市建设配套费120万元。")


def test_an_object_recovered_after_it_a_part_or_a_plan_leaves_it_open():
    assert not echoed_done(UNPAID, "东方置业有限公司拖欠的人防易地建设费已追回。")
    assert not echoed_done(UNPAID, "该局已追缴部分人防易地建设费。")
    assert not echoed_done(UNPAID, "该局将追缴人防易地建设费。")
    assert not echoed_done(UNPAID, "该局已追缴城市建设配套费。")  # another object
    # a plain payment is no collection word: another payer's own payment answers nothing of this one's
    # (the gaps16 echo still reads 已缴纳 + the predicate as done: left to a later round)
    assert not _collected("未缴纳人防易地建设费", "东方置业有限公司已缴纳人防易地建设费。")
    assert _collected("未缴纳人防易地建设费", "东川局已补缴人防易地建设费。")


def test_the_gaps_report_holds_the_collected_fee_back(tmp_path):
    text = ("青山区人防费追缴到位\n" + UNPAID
            + "青山区检察院向东川市住房和城乡建设局发出检察建议，督促其依法追缴。"
            "收到检察建议后，东川市住房和城乡建设局制订整改方案，积极开展追缴。"
            "两个月内，东川市住房和城乡建设局向检察院作出书面回复，证实已追缴人防易地建设费360余万元。")
    assert _stalled(tmp_path, text) == ([], ["东方置业有限公司"])


def test_the_fee_still_unpaid_stays_open(tmp_path):
    text = ("青山区人防费追缴\n" + UNPAID
            + "青山区检察院向东川市住房和城乡建设局发出检察建议，督促其依法追缴。"
            "东川市住房和城乡建设局表示，将追缴人防易地建设费。")
    assert _stalled(tmp_path, text)[0] == ["东方置业有限公司"]


# --- topic compounds (problem_cues.json masks) ----------------------------------------------------

def test_a_topic_compound_with_nandian_is_no_shortfall():
    for s in ("督查组检查青山区推进年度重点任务、重难点信访事项化解及风险防控等情况。",
              "东川市聚焦群众关心的热难点问题开展调研。",
              "青山县围绕焦点难点问题召开座谈会。"):
        assert _clauses(s) == [], s
    assert _clauses("青山县民兵训练场地不足是难点。")  # a stated difficulty stays


# --- a shortfall inside a recommendation (problem_cues.json proposal_scope) -----------------------

def test_a_shortfall_word_inside_a_recommendation_is_no_finding():
    for s in ("建议在边境地区办好小规模学校，持续加强数字化基础建设，让偏远薄弱学校共享更多优质课程资源。",
              "东方民主党还提出意见，建议废除市场适应能力不强的可替代的军用标准。",
              "青山县人武部向县委汇报，建议及时对反馈问题进行整改，对影响制约武装工作落实的深层次矛盾进行分析。",
              "委员们呼吁，加大对基础薄弱地区的投入。"):
        assert _clauses(s) == [], s


def test_a_problem_stated_before_a_recommendation_or_after_its_quote_stays():
    assert _clauses("青山县民兵训练场地不足，建议县政府加大投入。") == ["青山县民兵训练场地不足"]
    assert _clauses("“建议依法履行监管职责……”3月11日，检察院就青山烈士陵园年久失修问题发出检察建议。")
    assert _clauses("您在建议中反映青山县训练场地不足。")  # 建议中: the proposal as a noun
    # the present state told inside a proposal is the proposer's statement of a current problem
    present = "委员建议，目前青山县民兵训练场地严重不足，应尽快新建。"
    assert _clauses(present) == ["目前青山县民兵训练场地严重不足"]
    assert _clauses("青山县人防办怠于收缴人防易地建设费，检察院向其发出检察建议。")


def test_a_recommendation_named_as_a_noun_opens_no_scope():
    for s in ("座谈会上收集意见建议20条，青山县民兵训练场地不足的问题较为突出。",
              "代表们提出的意见和建议，反映出东川县军民融合项目推进缓慢。",
              "青山县人武部的建议得到县委采纳，但训练经费仍然不足。",
              "人大代表建议办理工作中发现，青山县安置渠道不畅。"):
        assert _clauses(s), s
