"""Entity classes of round ent16 (issue 10), read off the READ batches (u53–u58 the freshest);
invented names only. Each test fails without its class.
"""

from __future__ import annotations

from tests.entity_helpers import ents


def persons(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Person"}


def test_bylines_opened_by_a_bullet_with_spaced_names_and_bars():
    # gen_bylines: ■/□ open a byline line (glued to the first name too), ¦ separates labels and
    # names, 编审 is a byline word, and a two-character name set in three widths (甲 乙) is one name
    found = persons("青山市推进军民融合纪实\n■梁立具 陈立锋 本报特约记者 周 仁\n青山市地处要冲。\n"
                    "□ 东川日报全媒体记者  马 艳\n正文。\n来源 ¦ 青山网 东川日报  作者 ¦ 郑立甲 柳立乙\n\n"
                    "编辑 ¦ 何  也  编审 ¦ 柯立丙  终审 ¦ 张  勇")
    assert {"梁立具", "陈立锋", "周 仁", "马 艳", "郑立甲", "柳立乙", "何  也", "柯立丙", "张  勇"} <= found
    assert not found & {"编审", "终审", "来源"}


def test_a_prefectures_organs_by_the_level_word_alone():
    # name_rules.BARE_LEVEL_WORDS: 州政府, 州政协, 州人大常委会 as 市政府 is a city's
    found = ents("会上，州委、州政府团结带领全州人民。州政协主席甲某出席。州人大常委会主任乙某讲话。")
    for name in ("州政府", "州政协", "州人大常委会"):
        assert found[name][0] == "PartyGovBody", name


def test_a_town_committee_named_inside_its_secretarys_title():
    # gen_heads._government_ok: a level word alone before 党委书记/副书记/常委 is the town's committee
    found = ents("会上，镇党委书记丁立某发言。成立以乡党委副书记戊立某任组长的领导小组。\n"
                 "区党委书记庚立某讲话。青山军分区党委第一书记辛立某出席。各乡、镇党委书记参加。")
    for name in ("镇党委", "乡党委", "区党委"):
        assert found[name][0] == "PartyGovBody", name
    assert not [n for n in found if n.startswith(("各", "乡、"))]


def test_the_military_strategic_guideline_is_a_policy():
    # national_bodies.tsv: 新时代军事战略方针 (its stop word 新时代 cut a head rule's span), 积极防御…
    found = ents("青山警备区党委会议要求，全面贯彻新时代军事战略方针。"
                 "东川市国动委的任务是：贯彻积极防御军事战略方针。")
    assert found["新时代军事战略方针"][0] == "Policy"
    assert found["积极防御军事战略方针"][0] == "Policy"


def test_the_national_defence_mobilisation_reform_is_a_policy():
    # national_bodies.tsv: 国防动员体制改革, a national reform as 国防和军队改革 is
    found = ents("青山市国动委要全面落实国防动员体制改革任务。")
    assert found["国防动员体制改革"][0] == "Policy"


def test_numbered_institutes_with_the_industrys_short_name():
    # gen_gazetteer.numbered_institutes: 航天/中船 before the number stay in the name
    # (name_rules.GROUP_SHORT_BEFORE_NUMBER), 所在 after it is the institute's 所 (not 所在地);
    # NUMBERED_ACADEMY: 十一院/十二院 as 三院
    found = ents("园区集聚东川装备、航天42所等骨干企业。中船七一六所在智能制造领域领先。"
                 "支持青山新区加强与航天十二院合作。")
    for name in ("航天42所", "中船七一六所", "航天十二院"):
        assert found[name][0] == "ResearchInstitute", name
    assert "42所" not in found


def test_a_clause_after_a_body_is_no_sub_unit():
    # gen_sub_units._opens_with_stop_word: a verb before a second body at a level (联合市…, 督促市…)
    # or a place word and a direction before 部 (驻地东南部) opens a clause, not a sub-unit's name
    found = ents("青山市退役军人事务局联合市行政审批局、市医保局开展检查。东川市财政局督促市光明军休所、"
                 "市光荣院整改。具体位置在青山镇政府驻地东南部，河口北侧。")
    assert found["市行政审批局"][0] == "PartyGovBody"
    assert found["青山镇政府"][0] == "PartyGovBody"
    assert not [n for n in found if "联合" in n or "督促" in n or "驻地" in n]


def test_the_nations_development_strategy_is_no_name():
    # stop_words.txt: 认清/适应/践行 govern the strategy after them; gen_heads: 国家(重要)发展 and
    # 国家重大 as a strategy's whole body name none
    found = ents("要认清国家发展战略。主动适应国家发展战略。双方合作践行国家战略。"
                 "青山是国家重要发展战略的节点。东川市落实军民融合发展战略。")
    assert [n for n, (t, _) in found.items() if t == "Policy"] == ["军民融合发展战略"]


def test_a_dated_sitting_leaves_its_body_undated_and_apart_from_other_levels():
    # gen_heads._trimmed_front: the date before a body is dropped also when the body opens a
    # meeting's name (the meeting keeps it); grouping._event_core: 省委… and 市委… sittings stay two
    found = ents("昨日，2016年度东川市委常委议军会在青山召开。会议传达了省委常委议军会精神。"
                 "10月22日，2020年度省委议军会议在青山召开。")
    assert not [n for n in found if n.endswith("委") and n[0].isdigit()]
    assert found["2016年度东川市委常委议军会"][0] == "Event"
    assert "省委常委议军会" in found  # not an alias of the city's sitting
    assert found["2020年度省委议军会议"][0] == "Event"


def test_a_kind_of_school_is_no_school():
    # head filter kind_of_school (ingest/data/school_kinds.txt): 普通高等学校, 全日制…, 技师学院
    found = ents("征集对象为全日制普通高等学校应届毕业生。招收对象为普通高等学校、技师学院毕业生。"
                 "青山大学和东川技师学院参加。")
    schools = {n for n, (t, _) in found.items() if t == "ResearchInstitute"}
    assert schools == {"青山大学", "东川技师学院"}


def test_a_quoted_capital_of_something_is_an_epithet():
    # head filter quoted_epithet (and gen_gazetteer.designations): “…之都” is a goal or an epithet
    found = ents("青山市正在打造“全球硬科技之都”。东川是当之无愧的“军工之都”。"
                 "确定“打造‘中国舰船配套之都’”的目标。论坛在中国五金之都青山举行。")
    assert [n for n in found if n.endswith("之都")] == ["中国五金之都"]


def test_to_plan_an_area_names_no_plan():
    # head filter plan_as_verb (ingest/data/plan_verb_after.txt): 规划面积, 规划成立
    found = ents("青山航空产业园规划面积10平方公里。研究院拟在东川新区规划成立。"
                 "青山市军民融合产业发展规划印发。")
    assert [n for n, (t, _) in found.items() if t == "Policy"] == ["青山市军民融合产业发展规划"]


def test_a_jurisdictions_science_association_and_womens_federation():
    # heads.tsv: 科协, 妇联 (Association, a place or level before them, as 工商联)
    found = ents("青山省科协副主席甲立某出席。具体工作由区妇联负责。联合区科协、区党校组织培训。"
                 "各级科协组织。")
    for name in ("青山省科协", "区妇联", "区科协"):
        assert found[name][0] == "Association", name
    assert "各级科协" not in found


def test_a_procuratorate_and_a_party_school_by_their_short_heads():
    # heads.tsv: 检察院 (PartyGovBody; a military one is a MilitaryUnit), 党校 (ResearchInstitute)
    found = ents("东川市检察院和青山市东湖区检察院联合开展活动。中国人民解放军青山军事检察院参加。"
                 "市委党校教授甲立某讲课。联合区科协、区党校组织培训。")
    assert found["东川市检察院"][0] == "PartyGovBody"
    assert found["青山市东湖区检察院"][0] == "PartyGovBody"
    assert found["中国人民解放军青山军事检察院"][0] == "MilitaryUnit"
    assert found["市委党校"][0] == "ResearchInstitute"
    assert found["区党校"][0] == "ResearchInstitute"
