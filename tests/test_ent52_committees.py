"""Round ent52 (issue 10): where a military unit's party committee begins and ends, read off the READ
batches u87–u91; invented names only. Each test fails without its class.
"""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_committee_spoken_for_or_giving_orders_is_named_with_its_unit():
    # unit_committees.tsv act_before 代表 (甲代表X党委对…表示祝贺: the committee speaks through its
    # envoy) and act 要求, 部署, 决策部署, 研究决定, 的任职决定 (the committee's own directives): the
    # committee acts, so X党委 is a MilitaryUnit of its own, not the bare unit
    found = ents("甲某代表东川省军区党委对乙某任职表示祝贺。坚决贯彻青山警备区党委决策部署。"
                 "经白水军分区党委研究决定,丙某任司令员。坚决服从南岭军分区党委的任职决定。")
    for name in ("东川省军区党委", "青山警备区党委", "白水军分区党委", "南岭军分区党委"):
        assert found.get(name, ("",))[0] == "MilitaryUnit", name
    assert ents("全市军地各级认真落实省军区党委要求。").get("省军区党委", ("",))[0] == "MilitaryUnit"


def test_a_committee_before_a_title_or_its_leadership_team_stays_the_units():
    # call (i): a post after the committee is held in the unit; 班子 (the committee's leading team) is
    # no act of the committee (READ u28, u82, u87 leave it the unit's)
    found = ents("青山警备区党委第一书记甲某讲话。要加强白水军分区党委班子建设。")
    assert "青山警备区党委" not in found
    assert "白水军分区党委" not in found
