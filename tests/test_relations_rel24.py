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
