"""Round ent52 (issue 10): where a military unit's party committee begins and ends, read off the READ
batches u87–u91; invented names only. Each test fails without its class.
"""

from __future__ import annotations

from graph.model import Document
from ingest.extract import extract, get_nlp
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
    # its own work and report (工作情况, 工作报告): READ u82, u87
    found = ents("会议总结我市党管武装工作和东岭警备区党委工作情况。会议听取了北山区人武部党委工作报告。")
    assert found.get("东岭警备区党委", ("",))[0] == "MilitaryUnit"
    assert found.get("北山区人武部党委", ("",))[0] == "MilitaryUnit"


def test_a_committee_before_a_title_or_its_leadership_team_stays_the_units():
    # call (i): a post after the committee is held in the unit; 班子 (the committee's leading team) is
    # no act of the committee (READ u28, u82, u87 leave it the unit's)
    found = ents("青山警备区党委第一书记甲某讲话。要加强白水军分区党委班子建设。")
    assert "青山警备区党委" not in found
    assert "白水军分区党委" not in found


def test_a_membership_or_a_post_described_as_held_stays_the_units():
    # decision (ac): 任X党委委员、常委、第一书记 (unit_committees.tsv membership) and 新任/兼任X党委第一书记
    # (held) give the post in the unit; the committee is no entity there. An appointment to the post
    # itself (担任X党委第一书记, ent21) still names it
    found = ents("东川省军区司令员甲某宣读命令,李青峰任青山军分区党委委员、常委、第一书记。"
                 "作为新任白水军分区党委第一书记,丙某表示将履职尽责。"
                 "丁某兼任南岭军分区党委第一书记。会上宣布了戊某担任北川军分区党委第一书记的命令。")
    for name in ("青山军分区党委", "白水军分区党委", "南岭军分区党委"):
        assert name not in found, name
    assert found["青山军分区"][0] == "MilitaryUnit"
    assert found["北川军分区党委"][0] == "MilitaryUnit"


def test_a_unit_named_by_two_heads_is_no_part_of_the_unit_named_by_one():
    # relation_rules_structure._other_head: 军分区(警备区) extends the alias 军分区 of 青山军分区 by a
    # bracketed head of its own type only: the same kind of body named twice, no sub-unit
    text = "青山军分区司令员张联平说,为了激发军分区(警备区)第一书记抓党管武装工作的荣誉感,军分区将加强教育。"
    ex = extract(Document(id="t", source="t", text=text), get_nlp())
    assert {e.name for e in ex.entities} >= {"青山军分区", "军分区(警备区)"}
    assert not [r for r in ex.relations if r.type == "PART_OF" and r.head == "军分区(警备区)"]


def test_a_bodys_party_group_that_acts_is_a_body_of_its_own():
    # gen_unit_committees.body_groups: X党组 (分党组) opening a clause or before an act word
    # (统一部署, 召开, 的决定) is a PartyGovBody X党组; a title after it (党组书记, 党组成员) leaves the
    # post in the body and names no group
    found = ents("3月10日,青山县委巡察组对青山县住建局开展巡察。\n青山县住建局党组始终把整改放在首位。"
                 "根据东方重工集团有限公司党组统一部署,各单位开展自查。"
                 "东川市铁路运输检察院分党组安排检察官走访。"
                 "白水市民政局党组书记、局长甲某出席。东川省国资委党组成员乙某讲话。")
    assert found["青山县住建局党组"][0] == "PartyGovBody"
    assert found["东方重工集团有限公司党组"][0] == "PartyGovBody"
    assert found["东川市铁路运输检察院分党组"][0] == "PartyGovBody"
    assert "白水市民政局党组" not in found and "东川省国资委党组" not in found
    # 党组织 is the body's Party organisations, no leadership group
    assert not [n for n in ents("近年来,东方重工集团有限公司党组织充分发挥作用。") if n.endswith("党组")]
