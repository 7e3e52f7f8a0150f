"""Order and modality classes of the rel24 round (issue 9's mandate findings, issue 10 §3), each kept
because it was right in three or more READ batches and wrong in none. Names are invented.
"""

from __future__ import annotations

from ingest.components.modality import classify, classify_fact

# --- cue words split by a portal's pinyin glosses (u8, u23, u26, u55, u56, u58, u68) -------------------


def test_a_glossed_excluded_word_is_no_order():
    """ "应(yīng)急" is 应急 (directive_exclude), not the order word 应: a drill's report is no order
    (u58, u68, u8)."""
    s = "此次演練由青山市人民政府、青山軍分區(qū)聯(lián)合主辦,市應(yīng)急管理局等部門聯(lián)合參演"
    assert classify(s) == "stated"
    assert classify_fact(s, [6, 14]) == "stated"


def test_an_order_next_to_a_glossed_exclusion_stays_an_order():
    """ "要(yào)加強(qiáng)應(yīng)急" still holds the order word 要 once the glosses are gone."""
    assert classify("東方縣要(yào)加強(qiáng)應(yīng)急隊伍建設") == "directive"
    assert classify("東方縣要加強應急隊伍建設") == "directive"


def test_the_glossed_report_of_an_emergency_unit_is_reported():
    """ "民兵應(yīng)急分隊…發揮了重要作用" reports what was done (u58, u8)."""
    assert classify("東方縣民兵應(yīng)急分隊和地方搶險力量均發揮了重要作用") == "reported"


# --- 计划 as a noun: a programme's or an office's name, no intention (u2, u9, u14, u21, u56, u61, u74) ----


def test_a_programme_named_with_jihua_is_no_plan():
    """ "被列入…专项计划" reports a listing, "下达…项目计划" an issue: the programme's name holds the
    word 计划, no actor intends anything (u21, u9)."""
    assert classify("东方科技公司的某项目被列入青山市军民融合专项计划,获得支持资金100万元") != "plan"
    assert classify("青山省军民融合办公室下达2015年度引导资金项目计划") != "plan"


def test_an_office_or_a_topic_named_jihua_is_no_plan():
    """ "发展计划司" is an office, "介绍了…下一步计划等" a topic (u74, u14, u2)."""
    assert classify("国防科工局发展计划司张三丰副司长出席") == "reported"
    assert classify("会上,东方重工介绍了项目准备工作及下一步计划等") == "reported"


def test_the_verb_jihua_is_still_a_plan():
    """ "计划投资", "正计划进行": the actor's own intention (u33, u9)."""
    assert classify("东方集团计划2024年投资10亿元") == "plan"
    assert classify("东方旅正计划进行装备改装") == "plan"
