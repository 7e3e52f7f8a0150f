"""Entity classes of round ent17 (issue 10): Policy, Project and Event names on unseen text; invented
names only. Each test fails without its class."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_an_enlarged_plenary_sitting_is_named_by_its_body():
    # gen_event_names.enlarged_sittings: body + (第N次)全体(扩大)会议 / 全委扩大会议, no term numbers
    found = ents("会议传达了青山警备区党委全体(扩大)会议精神。东川省国防动员委员会第二次全体(扩大)会议召开。"
                 "北山军分区全委扩大会议部署了任务。")
    assert found["青山警备区党委全体(扩大)会议"][0] == "Event"
    assert found["东川省国防动员委员会第二次全体(扩大)会议"][0] == "Event"
    assert found["北山军分区全委扩大会议"][0] == "Event"
    assert not [n for n, (_, a) in found.items() if n.startswith("(") or any(x.startswith("(") for x in a)]


def test_a_scoped_bodys_enlarged_sitting_keeps_its_scope():
    found = ents("全市国防动员委员会全体(扩大)会议召开。")
    assert found["全市国防动员委员会全体(扩大)会议"][0] == "Event"


def test_a_numbered_day_observed_yearly_is_an_event():
    # gen_event_names.numbered_days: 第N个(“)…日(”), with an education campaign held for it
    found = ents("9月1日是第12个青山科技日。拟在第8个“东川植树日”期间开展活动。"
                 "学校举办第5个北山读书日教育活动。")
    assert found["第12个青山科技日"][0] == "Event"
    assert found["第8个“东川植树日”"][0] == "Event"
    assert found["第5个北山读书日教育活动"][0] == "Event"
    assert not ents("在第93个建军节到来之际，第3个工作日内完成。")


def test_a_title_line_of_a_proposal_or_a_notice_to_the_public_names_a_policy():
    # name_rules.TITLE_LINE: …的建议, …的答复, …的通告 (a deputy's proposal, a reply, a public notice)
    for title in ("关于加快青山市国防教育进社区的建议", "关于东川县边境地区“十项禁令” 的通告"):
        found = ents(title + "\n\n2024-01-16\n\n正文如下。")
        assert found[title][0] == "Policy"


def test_a_report_meeting_is_an_event_and_its_meeting_word_after_it_is_no_part_of_it():
    # heads.tsv 述职会; gen_heads._meeting_ok: 述职会会议精神 (会议 after an event head ending in 会)
    found = ents("青山县召开县委议军会暨党管武装述职会。会议传达了市委党管武装述职会会议精神，"
                 "使得东川区党管武装工作述职会更加务实。")
    assert found["县委议军会暨党管武装述职会"][0] == "Event"
    assert found["市委党管武装述职会"][0] == "Event"
    assert found["东川区党管武装工作述职会"][0] == "Event"
    assert "市委党管武装述职会会议" not in found


def test_a_pilot_designation_is_a_policy():
    # heads.tsv 试点城市, 试点园区, 试点县, 试点地区, 试点区域, 试点单位: a designation held (GUIDELINES)
    found = ents("青山市被确定为国家海洋经济创新试点城市。东川高新区获批科技服务业区域试点园区，"
                 "北山县是东川省农村电商建设试点县。")
    assert found["国家海洋经济创新试点城市"][0] == "Policy"
    assert found["科技服务业区域试点园区"][0] == "Policy"
    assert found["东川省农村电商建设试点县"][0] == "Policy"


def test_a_system_named_by_a_quoted_slogan_glued_to_its_field_is_a_policy():
    # gen_patterns.formula_systems, name_rules.SLOGAN_SYSTEM: “…”X体系 (no 的 between)
    found = ents("青山市构建“平战结合+军地联动”应急保障体系，完善“三位一体”海防管控体系。"
                 "形成“军民互促”的产业发展新格局。")
    assert found["“平战结合+军地联动”应急保障体系"][0] == "Policy"
    assert found["“三位一体”海防管控体系"][0] == "Policy"
    assert not [n for n in found if n.endswith("格局")]


def test_a_ceremony_named_by_the_site_or_project_it_starts_is_no_event():
    # head filter site_ceremony: the project or park is the name, the ceremony is unnamed
    found = ents("东川物流园项目启动仪式在青山举行。北山航空产业园签约仪式同日举行。")
    assert found["东川物流园项目"][0] == "Project"
    assert not [n for n, (t, _) in found.items() if t == "Event"]
    # joined by 暨 to a named event it stays an event's part
    joined = ents("青山航空论坛暨东川航空产业园揭牌仪式隆重举行。")
    assert [n for n, (t, _) in joined.items() if t == "Event"]


def test_multi_sport_games_are_events_bare_or_named_by_their_city():
    # heads.tsv class games: 奥运会, 青奥会, 冬奥会, 亚运会, 全运会, 军运会
    found = ents("确保青山奥运会成功举办，做好军运会筹备，完成东川青奥会安保任务。")
    assert found["青山奥运会"][0] == "Event"
    assert found["军运会"][0] == "Event"
    assert found["东川青奥会"][0] == "Event"
