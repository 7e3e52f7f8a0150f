"""ent59 (issue 10): a count with the measure words of funds (支, 只) right after 基金 counts funds of a
kind (已设立综合基金4支、专项基金20支), as 个/家 do after other heads: no fund is named. A unit's
支队 after a count is no measure word (武警东川总队一支队). Invented texts."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_funds_counted_by_their_measure_word_name_none():  # READ u113
    assert not [n for n, (t, _) in ents("青山资本已设立综合基金4支、专项基金20支。").items() if t == "Fund"]


def test_a_numbered_detachment_stays_a_unit():
    assert "武警东川总队一支队" in ents("武警东川总队一支队在青山开展训练。")
