"""Relation constructions met on unseen speeches, notices and news (issue 10 §3, issue 9).

Each case is a general class found in the error analysis of the annotated batches u1–u6 and the
dev set; the texts and names are invented. `run` (tests/test_relations.py) runs the relation
rules on given entities, so a case tests the rule alone.
"""

from __future__ import annotations

from tests.test_relations import triples as _triples

P, G, M = "Person", "PartyGovBody", "MilitaryUnit"


# --- HOLDS_POSITION over leader lists -------------------------------------------------------------

def test_level_leaders_list_gives_no_position():
    """ "区领导甲、乙、丙": a level of government, not the bodies of the titles before."""
    t = _triples(
        "区委书记张东山，区委副书记、区长高明，区领导王甲、李乙、赵丙陪同检查。",
        [("张东山", P), ("高明", P), ("王甲", P), ("李乙", P), ("赵丙", P), ("区委", G), ("区政府", G)],
    )
    assert ("高明", "HOLDS_POSITION", "区政府") in t and ("张东山", "HOLDS_POSITION", "区委") in t
    assert not any(h in ("王甲", "李乙", "赵丙") for h, r, _ in t if r == "HOLDS_POSITION")


def test_provincial_leaders_after_a_company_title():
    t = _triples(
        "东方重工集团总经理李平，省领导王甲、李乙出席会议。",
        [("李平", P), ("王甲", P), ("李乙", P), ("东方重工集团", "Enterprise")],
    )
    assert ("李平", "HOLDS_POSITION", "东方重工集团") in t
    assert ("王甲", "HOLDS_POSITION", "东方重工集团") not in t
    assert ("李乙", "HOLDS_POSITION", "东方重工集团") not in t


def test_level_title_does_not_take_the_carried_bodies():
    t = _triples(
        "自治区党委常委、青山市委书记王甲，自治区副主席李乙一同调研。",
        [("王甲", P), ("李乙", P), ("自治区党委", G), ("青山市委", G)],
    )
    assert ("王甲", "HOLDS_POSITION", "青山市委") in t
    assert not any(h == "李乙" for h, _, _ in t)


def test_meeting_verb_separates_two_titled_persons():
    """ "甲会见X党组成员、副局长乙": 乙's titles are X's, not 甲's 市委 (and X's party group)."""
    t = _triples(
        "市委书记张东山会见西川省国防科技工业局党组成员、副局长李平一行。",
        [("张东山", P), ("李平", P), ("市委", G), ("西川省国防科技工业局", G),
         ("西川省国防科技工业局党组", G)],
    )
    assert ("张东山", "HOLDS_POSITION", "市委") in t
    assert ("李平", "HOLDS_POSITION", "西川省国防科技工业局") in t
    assert ("李平", "HOLDS_POSITION", "市委") not in t


def test_second_person_after_meet_verb_gets_own_title():
    t = _triples(
        "青山省省长张东山在青山会见东方研究院院长李平。",
        [("张东山", P), ("李平", P), ("青山省政府", G, ["省政府"]), ("东方研究院", "ResearchInstitute"),
         ("青山", "Location")],
    )
    assert ("李平", "HOLDS_POSITION", "东方研究院") in t
    assert ("张东山", "HOLDS_POSITION", "青山省政府") in t


def test_bare_head_title_before_another_title():
    """ "市长、市国动委主任甲": 市长 names the city government."""
    t = _triples(
        "市长、市国防动员委员会主任王甲到青山军分区调研。",
        [("王甲", P), ("市政府", G), ("市国防动员委员会", G), ("青山军分区", M)],
    )
    assert ("王甲", "HOLDS_POSITION", "市政府") in t
    assert ("王甲", "HOLDS_POSITION", "市国防动员委员会") in t


# --- PARTICIPATES_IN: co-attendance and speakers ---------------------------------------------------

def test_attendees_join_the_meeting_reported_not_a_congress_studied():
    """ "学习贯彻党的某大关于…的部署" cites a congress; "甲、乙出席。" attends the meeting held."""
    t = _triples(
        "9月5日上午，省长张东山主持召开省政府专题会议，学习贯彻党的二十大关于科技创新的重要部署。\n"
        "省委常委、常务副省长王甲，省政府秘书长李乙出席。",
        [("张东山", P), ("王甲", P), ("李乙", P), ("省政府专题会议", "Event"), ("党的二十大", "Event"),
         ("省政府", G)],
    )
    assert ("王甲", "PARTICIPATES_IN", "省政府专题会议") in t
    assert ("李乙", "PARTICIPATES_IN", "省政府专题会议") in t
    assert ("王甲", "PARTICIPATES_IN", "党的二十大") not in t


def test_a_body_visited_is_not_the_host():
    t = _triples(
        "11月9日，青山省委书记张东山赴省委军民融合办走访调研并召开军民融合发展座谈会。",
        [("张东山", P), ("青山省委", G), ("省委军民融合办", G), ("军民融合发展座谈会", "Event")],
    )
    assert ("张东山", "PARTICIPATES_IN", "军民融合发展座谈会") in t
    assert ("省委军民融合办", "PARTICIPATES_IN", "军民融合发展座谈会") not in t


def test_bodies_heard_at_a_meeting_take_part():
    t = _triples(
        "青山市召开军民融合发展座谈会。座谈会上，张东山听取了省发改委、省财政厅等单位和东方重工、"
        "西川电子等企业的情况汇报。",
        [("张东山", P), ("青山市", "Location"), ("省发改委", G), ("省财政厅", G),
         ("东方重工", "Enterprise"), ("西川电子", "Enterprise"), ("军民融合发展座谈会", "Event")],
    )
    for x in ("张东山", "省发改委", "省财政厅", "东方重工", "西川电子"):
        assert (x, "PARTICIPATES_IN", "军民融合发展座谈会") in t, x


def test_speakers_with_body_titles_at_a_kind_named_meeting():
    """ "研讨会上，X总工程师甲作了报告": a meeting opener by kind word, a speaker after body + title."""
    t = _triples(
        "青山市举办军民融合研讨会。研讨会上，国家国防科工局总工程师王甲作了主题报告，"
        "国防大学研究中心主任李乙作专题报告。",
        [("王甲", P), ("李乙", P), ("青山市", "Location"), ("国家国防科工局", G),
         ("国防大学研究中心", "ResearchInstitute"), ("军民融合研讨会", "Event")],
    )
    assert ("王甲", "PARTICIPATES_IN", "军民融合研讨会") in t
    assert ("李乙", "PARTICIPATES_IN", "军民融合研讨会") in t
    # "社会上，" is not a meeting opener
    t = _triples(
        "青山市举办军民融合研讨会。社会上，东方研究院院长李乙表示支持。",
        [("李乙", P), ("东方研究院", "ResearchInstitute"), ("军民融合研讨会", "Event")],
    )
    assert ("李乙", "PARTICIPATES_IN", "军民融合研讨会") not in t


def test_speaker_after_the_clause_that_holds_the_meeting():
    t = _triples(
        "日前，青山省委召开议军会议，省委书记张东山表示，要加快军民融合。",
        [("张东山", P), ("青山省委", G, ["省委"]), ("议军会议", "Event")],
    )
    assert ("张东山", "PARTICIPATES_IN", "议军会议") in t
    assert ("青山省委", "PARTICIPATES_IN", "议军会议") in t


def test_title_bodies_of_an_unrecognised_attendee_do_not_attend():
    """The name is not an entity: the bodies of its titles must not become attendees."""
    t = _triples(
        "东山市政协副秘书长、青山商会副会长某某出席座谈会。",
        [("东山市政协", G), ("青山商会", "Association"), ("东山座谈会", "Event", ["座谈会"])],
    )
    assert not any(r == "PARTICIPATES_IN" for _, r, _ in t)
    t = _triples(
        "东山市政协负责人出席座谈会。",
        [("东山市政协", G), ("东山座谈会", "Event", ["座谈会"])],
    )
    assert ("东山市政协", "PARTICIPATES_IN", "东山座谈会") in t


# --- IMPLEMENTS / ESTABLISHED with the verb after its object --------------------------------------

def test_parks_listed_before_their_building_are_all_established():
    t = _triples(
        "青山市加快推进东山产业园、西山基地建设。",
        [("青山市", "Location"), ("东山产业园", "IndustrialPark"), ("西山基地", "IndustrialPark")],
    )
    assert ("青山市", "ESTABLISHED", "东山产业园") in t
    assert ("青山市", "ESTABLISHED", "西山基地") in t


def test_designation_then_its_creation_work_is_implemented():
    t = _triples(
        "多年来，青山区高度重视双拥模范城创建工作。",
        [("青山区", "Location"), ("双拥模范城", "Policy")],
    )
    assert ("青山区", "IMPLEMENTS", "双拥模范城") in t
    # a plan named as the topic of a meeting is not implemented by a verb that does not follow it
    t = _triples(
        "青山区研究双拥模范城有关问题。",
        [("青山区", "Location"), ("双拥模范城", "Policy")],
    )
    assert ("青山区", "IMPLEMENTS", "双拥模范城") not in t


def test_state_councillor_title_names_the_state_council():
    """ "国务委员兼国防部长甲": 兼 separates two titles; 国务委员 names 国务院 as 市长 names 市政府."""
    t = _triples(
        "中央军委委员、国务委员兼国防部长王甲出席会议并讲话。",
        [("王甲", P), ("中央军委", M), ("国务院", G), ("国防部", G)],
    )
    for body in ("中央军委", "国务院", "国防部"):
        assert ("王甲", "HOLDS_POSITION", body) in t, body


# --- notices, coordination with a modal, funding received -------------------------------------------

def test_notice_addressees_are_not_the_actor_after_the_colon():
    t = _triples(
        "青山省国防科工办、各市经信委、相关高校: 为贯彻落实《东山省关于推进军民融合的若干意见》提出的要求，"
        "推动东山目录编制工作，现将有关事项通知如下。",
        [("青山省国防科工办", G), ("东山省关于推进军民融合的若干意见", "Policy"), ("东山目录", "Policy")],
    )
    assert not any(h == "青山省国防科工办" for h, r, _ in t if r == "IMPLEMENTS")
    # a body that says something before a colon is still the actor of what follows
    t = _triples(
        "青山市政府：将全力推进东山卫星项目。",
        [("青山市政府", G), ("东山卫星项目", "Project")],
    )
    assert ("青山市政府", "IMPLEMENTS", "东山卫星项目") in t


def test_coordination_with_a_modal_before_hui_tong():
    t = _triples(
        "市军民融合办要会同市发改委抓紧制定青山市军民融合发展实施方案。",
        [("市军民融合办", G), ("市发改委", G), ("青山市军民融合发展实施方案", "Policy")],
    )
    assert ("市军民融合办", "COORDINATES_WITH", "市发改委") in t


def test_funding_received_from_a_fund():
    t = _triples(
        "东方精密公司获得青山军民融合产业基金投资3亿元。",
        [("东方精密公司", "Enterprise"), ("青山军民融合产业基金", "Fund")],
    )
    assert ("青山军民融合产业基金", "FUNDS", "东方精密公司") in t
    assert ("东方精密公司", "FUNDS", "青山军民融合产业基金") not in t


def test_bodies_speaking_take_part_in_the_meeting_reported():
    ents = [("青山军民融合大会", "Event"), ("东山", "Location"), ("东山市政府", G), ("省军区", M),
            ("东山警备区", M)]
    t = _triples("青山军民融合大会在东山召开。东山市政府作经验交流发言。", ents)
    assert ("东山市政府", "PARTICIPATES_IN", "青山军民融合大会") in t
    t = _triples(
        "青山军民融合大会在东山召开。同时，省军区、东山警备区等驻东山部队代表针对保障需求、"
        "需要解决的困难问题进行了发言。",
        ents,
    )
    assert ("省军区", "PARTICIPATES_IN", "青山军民融合大会") in t
    assert ("东山警备区", "PARTICIPATES_IN", "青山军民融合大会") in t
    # no meeting reported before: a body's report is no attendance
    t = _triples("东山市政府作经验交流发言。", [("东山市政府", G)])
    assert not any(r == "PARTICIPATES_IN" for _, r, _ in t)


# --- SUPPORTS in speeches ---------------------------------------------------------------------------

def test_unit_supporting_local_construction_supports_its_place():
    """ "东山军分区…大力支持地方建设": 地方 is the place the unit is named after (issue 9)."""
    t = _triples(
        "青山军分区在抢险救灾中大力支持地方建设。",
        [("青山军分区", M), ("青山", "Location")],
    )
    assert ("青山军分区", "SUPPORTS", "青山") in t
    t = _triples("东方重工大力支持地方建设。", [("东方重工", "Enterprise"), ("青山", "Location")])
    assert not any(r == "SUPPORTS" for _, r, _ in t)


def test_speaker_commitment_after_biao_shi_but_not_a_call():
    ents = [("王甲", P), ("青山", "Location")]
    t = _triples("王甲表示，将加大对青山重大科研项目支持力度。", ents)
    assert ("王甲", "SUPPORTS", "青山") in t
    # "强调，要…" is a call to the audience, not the speaker's own support
    t = _triples("王甲强调，要加大对青山重大科研项目支持力度。", ents)
    assert ("王甲", "SUPPORTS", "青山") not in t


def test_notice_sponsor_label_lines():
    """ "主办单位：A、B" / "承办单位：C" in a meeting notice: LEADS / PARTICIPATES_IN the meeting."""
    t = _triples(
        "关于举办2025青山军民融合论坛的通知\n各有关单位：\n一、会议名称：2025青山军民融合论坛\n"
        "二、主办单位：青山省国防科工局、青山军区\n三、承办单位：东山市人民政府\n四、会议地点：东山市国际会议中心",
        [("2025青山军民融合论坛", "Event", ["青山军民融合论坛"]), ("青山省国防科工局", G), ("青山军区", M),
         ("东山市人民政府", G), ("东山市", "Location")],
    )
    assert ("青山省国防科工局", "LEADS", "2025青山军民融合论坛") in t
    assert ("青山军区", "LEADS", "2025青山军民融合论坛") in t
    assert ("东山市人民政府", "PARTICIPATES_IN", "2025青山军民融合论坛") in t
    # a web page's footer "主办单位：" in a news item names the site's owner, no meeting
    t = _triples(
        "东山市召开军民融合推进会。\n主办单位：东山市经济和信息化局",
        [("东山市经济和信息化局", G), ("军民融合推进会", "Event"), ("东山市", "Location")],
    )
    assert ("东山市经济和信息化局", "LEADS", "军民融合推进会") not in t


# --- PART_OF and LOCATED_IN from names ---------------------------------------------------------------

def test_party_committee_office_is_part_of_the_committee():
    t = _triples(
        "区委办、政府办负责同志陪同检查。区委书记王甲出席。",
        [("区委办", G), ("政府办", G), ("区委", G), ("王甲", P)],
    )
    assert ("区委办", "PART_OF", "区委") in t


def test_place_prefix_after_a_parent_city_not_named_as_entity():
    """ "东山市西山县…产业园": the county is the most specific place; the city is not an entity."""
    t = _triples(
        "东山市西山县青龙军民融合产业园正式揭牌。西山县委书记王甲出席。",
        [("东山市西山县青龙军民融合产业园", "IndustrialPark"), ("西山县", "Location"), ("西山县委", G),
         ("王甲", P)],
    )
    assert ("东山市西山县青龙军民融合产业园", "LOCATED_IN", "西山县") in t
    # a name that only begins with an unknown city gets no place
    t = _triples("东山市青龙军民融合产业园正式揭牌。", [("东山市青龙军民融合产业园", "IndustrialPark"),
                                             ("西山县", "Location")])
    assert not any(r == "LOCATED_IN" for _, r, _ in t)


def test_speaker_whose_title_is_in_an_unnamed_sub_unit():
    t = _triples(
        "青山市举办军民融合研讨会。研讨会上，国家国防科工局信息中心主任王甲作专题报告。",
        [("王甲", P), ("国家国防科工局", G), ("军民融合研讨会", "Event"), ("青山市", "Location")],
    )
    assert ("王甲", "PARTICIPATES_IN", "军民融合研讨会") in t


def test_attending_an_event_named_after_a_deictic_place():
    """ "等市领导出席我市军地座谈会": 我市 between the verb and the event's name."""
    t = _triples(
        "市委书记王甲(右二)市委副书记、市长李乙(左二)等市领导出席我市军地座谈会。",
        [("王甲", P), ("李乙", P), ("市委", G), ("市政府", G), ("军地座谈会", "Event")],
    )
    assert ("王甲", "PARTICIPATES_IN", "军地座谈会") in t
    assert ("李乙", "PARTICIPATES_IN", "军地座谈会") in t


def test_led_ahead_with_partners_before_pei_he():
    """ "由A牵头，B、C配合，组织实施Y": A leads and implements Y, B and C implement it."""
    t = _triples(
        "由市国防动员办公室牵头，市交通局、市卫健委配合，组织实施国防动员潜力调查项目。",
        [("市国防动员办公室", G), ("市交通局", G), ("市卫健委", G), ("国防动员潜力调查项目", "Project")],
    )
    assert ("市国防动员办公室", "LEADS", "国防动员潜力调查项目") in t
    assert ("市国防动员办公室", "IMPLEMENTS", "国防动员潜力调查项目") in t
    assert ("市交通局", "IMPLEMENTS", "国防动员潜力调查项目") in t
    assert ("市交通局", "LEADS", "国防动员潜力调查项目") not in t


def test_attendance_in_a_clause_that_goes_on_with_the_subject():
    t = _triples(
        "东山市委书记王甲带领市党政代表团赴西山考察学习，并出席东山—西山军民融合合作座谈会。",
        [("王甲", P), ("东山市委", G), ("西山", "Location"), ("东山—西山军民融合合作座谈会", "Event")],
    )
    assert ("王甲", "PARTICIPATES_IN", "东山—西山军民融合合作座谈会") in t
    assert ("东山市委", "PARTICIPATES_IN", "东山—西山军民融合合作座谈会") not in t


def test_attendance_wordings_of_meeting_reports():
    ev = ("东山军民融合工作会议", "Event")
    t = _triples("东山市召开东山军民融合工作会议。参加会议的有市委组织部、市财政局等单位。",
                 [("市委组织部", G), ("市财政局", G), ("东山市", "Location"), ev])
    assert ("市委组织部", "PARTICIPATES_IN", "东山军民融合工作会议") in t
    assert ("市财政局", "PARTICIPATES_IN", "东山军民融合工作会议") in t
    t = _triples("东山军民融合工作会议在东山市召开，东方集团、西山研究院等20余家单位参会。",
                 [("东方集团", "Enterprise"), ("西山研究院", "ResearchInstitute"), ("东山市", "Location"),
                  ev])
    assert ("东方集团", "PARTICIPATES_IN", "东山军民融合工作会议") in t
    t = _triples("5月8日，东山军民融合工作会议召开。省委书记王甲出席并讲话。", [("王甲", P), ("省委", G), ev])
    assert ("王甲", "PARTICIPATES_IN", "东山军民融合工作会议") in t
    # attending something else than a meeting is no attendance of the meeting reported before
    t = _triples("5月8日，东山军民融合工作会议召开。王甲参加培训。", [("王甲", P), ev])
    assert ("王甲", "PARTICIPATES_IN", "东山军民融合工作会议") not in t


# --- parks, projects and their funders in local news -------------------------------------------------

def test_park_with_settled_firms_and_a_project_built_in_it():
    t = _triples("目前，青山产业园已入驻东方精密、西山电子等企业。",
                 [("青山产业园", "IndustrialPark"), ("东方精密", "Enterprise"), ("西山电子", "Enterprise")])
    assert ("东方精密", "LOCATED_IN", "青山产业园") in t and ("西山电子", "LOCATED_IN", "青山产业园") in t
    t = _triples("东方集团计划投资5亿元，在青山产业园建设西山卫星项目。",
                 [("东方集团", "Enterprise"), ("西山卫星项目", "Project"), ("青山产业园", "IndustrialPark")])
    assert ("西山卫星项目", "LOCATED_IN", "青山产业园") in t
    assert ("东方集团", "ESTABLISHED", "青山产业园") not in t  # the park is where, not what is built


def test_project_funded_by_after_you():
    t = _triples("西山卫星项目由东方公司投资建设，总投资10亿元。",
                 [("东方公司", "Enterprise"), ("西山卫星项目", "Project")])
    assert ("东方公司", "FUNDS", "西山卫星项目") in t


def test_agent_of_a_relative_clause_does_not_settle():
    t = _triples("由东方公司投资建设的西山卫星项目正式落户青山产业园。",
                 [("东方公司", "Enterprise"), ("西山卫星项目", "Project"), ("青山产业园", "IndustrialPark")])
    assert ("西山卫星项目", "LOCATED_IN", "青山产业园") in t
    assert ("东方公司", "LOCATED_IN", "青山产业园") not in t
    assert ("东方公司", "FUNDS", "西山卫星项目") in t


# --- expo and forum reports ---------------------------------------------------------------------------

def test_speakers_chairs_and_attendees_of_an_opening():
    ev = ("第三届青山科技博览会", "Event")
    t = _triples("第三届青山科技博览会在青山开幕。省委书记王甲，科技部副部长李乙分别致辞。",
                 [("王甲", P), ("李乙", P), ("省委", G), ("科技部", G), ("青山", "Location"), ev])
    assert ("王甲", "PARTICIPATES_IN", "第三届青山科技博览会") in t
    assert ("李乙", "PARTICIPATES_IN", "第三届青山科技博览会") in t
    t = _triples("第三届青山科技博览会在青山开幕。副省长赵丙主持开幕式。",
                 [("赵丙", P), ("青山", "Location"), ev])
    assert ("赵丙", "LEADS", "第三届青山科技博览会") in t
    t = _triples("第三届青山科技博览会在青山开幕。县人武部政委张丁、副县长伍戊分别列席相关会议。",
                 [("张丁", P), ("伍戊", P), ("县人武部", M), ("青山", "Location"), ev])
    assert ("伍戊", "PARTICIPATES_IN", "第三届青山科技博览会") in t
    # a speech cited, not given: "贯彻某某重要讲话精神"
    t = _triples("第三届青山科技博览会在青山开幕。我们要坚决贯彻王甲系列重要讲话精神。", [("王甲", P), ev])
    assert ("王甲", "PARTICIPATES_IN", "第三届青山科技博览会") not in t


def test_chair_of_the_meeting_held_is_no_attendee_of_it():
    t = _triples("7月28日晚上，东山县委常委议军会召开，县委书记王甲主持会议并讲话。",
                 [("王甲", P), ("县委", G), ("东山县委常委议军会", "Event")])
    assert ("王甲", "LEADS", "东山县委常委议军会") in t
    assert ("王甲", "PARTICIPATES_IN", "东山县委常委议军会") not in t


def test_co_sponsor_roll_call_and_one_side_signing_lists():
    t = _triples("由东山部、东山协会、某某网和西山市政府共同主办的青山论坛开幕。",
                 [("东山部", G), ("东山协会", "Association"), ("西山市政府", G), ("青山论坛", "Event")])
    assert ("东山部", "LEADS", "青山论坛") in t
    assert not any(r == "COORDINATES_WITH" for _, r, _ in t)  # four co-sponsors: a roll-call
    t = _triples("东山、西山、南山等18个省辖市与有关单位就33个项目进行了现场签约。",
                 [("东山", "Location"), ("西山", "Location"), ("南山", "Location")])
    assert not any(r == "COORDINATES_WITH" for _, r, _ in t)
    t = _triples("10家企业还与招商银行、东方保险、西山证券分公司签订了合作协议。",
                 [("东方保险", "Enterprise"), ("西山证券分公司", "Enterprise")])
    assert not any(r == "COORDINATES_WITH" for _, r, _ in t)
    t = _triples("产业园开园之际吸引了东方科技公司、西山信息公司、南山量子公司等企业签约入驻。",
                 [("东方科技公司", "Enterprise"), ("西山信息公司", "Enterprise"),
                  ("南山量子公司", "Enterprise")])
    assert not any(r == "COORDINATES_WITH" for _, r, _ in t)
    t = _triples("东方市政府与西山集团、南山研究院签署合作协议。",
                 [("东方市政府", G), ("西山集团", "Enterprise"), ("南山研究院", "ResearchInstitute")])
    assert ("东方市政府", "COORDINATES_WITH", "西山集团") in t


def test_speakers_after_a_chair_in_one_sentence():
    t = _triples(
        "东山推介会在北京举行。东山省省长王甲出席会议并讲话，省委常委、常务副省长李乙主持会议，副省长赵丙致辞。",
        [("王甲", P), ("李乙", P), ("赵丙", P), ("省委", G), ("东山推介会", "Event"), ("北京", "Location")],
    )
    assert ("赵丙", "PARTICIPATES_IN", "东山推介会") in t
    assert ("王甲", "PARTICIPATES_IN", "东山推介会") in t
    assert ("李乙", "LEADS", "东山推介会") in t
    assert ("李乙", "PARTICIPATES_IN", "东山推介会") not in t


def test_body_affiliated_to_another_is_part_of_it():
    t = _triples(
        "东山省军工协会成立于1978年，是东山省军工单位自愿组建的学术组织，隶属省国防科工委管理。",
        [("东山省军工协会", "Association"), ("省国防科工委", G), ("东山省", "Location")],
    )
    assert ("东山省军工协会", "PART_OF", "省国防科工委") in t
    t = _triples("东山研究院隶属于东方集团。",
                 [("东山研究院", "ResearchInstitute"), ("东方集团", "Enterprise")])
    assert ("东山研究院", "PART_OF", "东方集团") in t


def test_active_sponsors_and_a_list_signing_with_one_partner():
    t = _triples(
        "为推动军民融合深度发展，6月1日，青山市政府、北方大学在青山联合主办东方论坛。",
        [("青山市政府", G), ("北方大学", "ResearchInstitute"), ("青山", "Location"), ("东方论坛", "Event")],
    )
    for x in ("青山市政府", "北方大学"):
        assert (x, "LEADS", "东方论坛") in t
    assert ("青山市政府", "COORDINATES_WITH", "北方大学") in t
    assert ("东方论坛", "LOCATED_IN", "青山") in t
    t = _triples("青山市政府、北方大学共同承办了本次东方论坛。",
                 [("青山市政府", G), ("北方大学", "ResearchInstitute"), ("东方论坛", "Event")])
    assert ("北方大学", "PARTICIPATES_IN", "东方论坛") in t and ("北方大学", "LEADS", "东方论坛") not in t
    t = _triples("东方重工、北方机械等5家企业与青山市政府签约。",
                 [("东方重工", "Enterprise"), ("北方机械", "Enterprise"), ("青山市政府", G)])
    assert ("东方重工", "COORDINATES_WITH", "青山市政府") in t
    assert ("北方机械", "COORDINATES_WITH", "青山市政府") in t
    assert ("东方重工", "COORDINATES_WITH", "北方机械") not in t
