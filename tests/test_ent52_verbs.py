"""Round ent52 (issue 10): a unit's name ends its left context at the verb whose subject is the body
before it; invented names only."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_verb_after_a_body_closed_by_its_head_starts_the_next_name():
    found = ents("青山市森防指调派武警青山市支队赶赴火场。东川军分区进行村级民兵连整组。"
                 "科技部火炬中心高新区管理处组织科技部战略研究所开展评估。")
    assert found["武警青山市支队"][0] == "MilitaryUnit"
    assert found["东川军分区"][0] == "MilitaryUnit"
    assert found["科技部战略研究所"][0] == "ResearchInstitute"
    assert not [n for n in found if "调派" in n or "进行" in n or "组织科技部" in n]
