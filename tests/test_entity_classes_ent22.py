"""Entity classes of round ent22 (issue 10): projects, parks, events and policies the rules missed,
read off the READ batches (u65–u71 the freshest); invented names only. Each test fails without its
class.
"""

from __future__ import annotations

from graph.model import Document
from ingest.extract import extract, get_nlp
from tests.entity_helpers import ents


def test_a_stop_character_inside_a_word_is_no_left_edge():
    # name_context._inside_word: a conjunction or preposition is its own word, so a stop character
    # that a place name runs across (呼和浩特) or that begins or ends a frequent noun or adjective
    # (经验, 自由, 数据) does not end a name's left context; a person's title (少将) still does
    found = ents("5月8日,东川自由贸易港航空产业招商推介会在青山举行。"
                 "青山市举办拥军优属工作经验交流会。会上为东川大数据产业园授牌。"
                 "1月2日,呼和浩特青山装备产业园招商推介会隆重举行。"
                 "原任参谋长的甲某少将接任青山警备区司令员。")
    assert found["东川自由贸易港航空产业招商推介会"][0] == "Event"
    assert found["拥军优属工作经验交流会"][0] == "Event"
    assert found["东川大数据产业园"][0] == "IndustrialPark"
    assert found["呼和浩特青山装备产业园招商推介会"][0] == "Event"
    assert found["青山警备区"][0] == "MilitaryUnit"


def test_a_list_number_in_brackets_is_no_part_of_a_name():
    # name_rules.LIST_NUMERALS: (三) numbers a list item; it neither closes the company before it
    # as a qualifier (公司(集团)) nor opens the project name after it
    found = ents("管理使用单位:青山东方机电工程有限公司(三)工程名称:东川广场民防工程")
    assert found["青山东方机电工程有限公司"][0] == "Enterprise"
    assert not [n for n in found if "(三)" in n]


def test_a_space_city_is_a_park_unless_a_street_names_it():
    # heads.tsv 航天城 (as 航空城): a space city named by its place or trade is a park; after a
    # street's name it is an address (head_filters.street_address)
    found = ents("青山国际航天城管理局负责招商,东川商业航天城开工建设。"
                 "地点:东方航天研究院(东川区青山路航天城)")
    assert found["东川商业航天城"][0] == "IndustrialPark"
    assert not [n for n in found if n.endswith("青山路航天城")]


def test_signers_of_an_agreement_to_build_a_park_do_not_build_it():
    # relation_patterns.PARK_BUILD: …航天城建设战略合作协议 is an agreement about the park; its
    # signers are not its builders (the park's own builders still are: 加快…航天城建设)
    text = ("签约仪式上,东方航天投资有限公司与青山银行东川分行签署了东川商业航天城建设战略合作协议。"
            "东川市委加快东川商业航天城建设。")
    ex = extract(Document(id="t", source="t", text=text), get_nlp())
    est = {(r.head, r.tail) for r in ex.relations if r.type == "ESTABLISHED"}
    assert not [h for h, t in est if t == "东川商业航天城" and h != "东川市委"]
    assert ("东川市委", "东川商业航天城") in est


def test_a_years_work_points_are_a_plan_when_named_by_more_than_the_year():
    # heads.tsv 工作要点 (as 工作规则): a body's or a field's points of the year are a Policy; a year
    # alone before them (…工作规则和2019年工作要点) names no plan of its own
    found = ents("青山市印发2024年全省国防动员工作要点。东川区人大常委会2023年度工作要点已经通过。"
                 "会议审议通过委员会工作规则和2019年工作要点。")
    assert found["2024年全省国防动员工作要点"][0] == "Policy"
    assert found["东川区人大常委会2023年度工作要点"][0] == "Policy"
    assert "2019年工作要点" not in found


def test_a_parks_sub_zone_is_a_park_and_part_of_it():
    # heads.tsv 片区/园区 (class subzone, gen_heads._check_subzone): a park's name, the zone's own
    # name and the head name a sub-zone; after anything else (“一基地多园区”, 老城片区) no zone is
    # named. relation_rules_structure._is_subzone: the sub-zone is PART_OF the park
    text = ("青山高新区东川园区开工。东川航空产业园西岭片区签约。"
            "探索“一基地多园区”发展模式,改造老城片区。")
    found = ents(text)
    assert found["青山高新区东川园区"][0] == "IndustrialPark"
    assert found["东川航空产业园西岭片区"][0] == "IndustrialPark"
    assert not [n for n in found if n.endswith(("多园区", "老城片区"))]
    two = "青山高新区是国家级高新区。青山高新区东川园区开工。"
    ex = extract(Document(id="t", source="t", text=two), get_nlp())
    rels = {(r.head, r.type, r.tail) for r in ex.relations}
    assert ("青山高新区东川园区", "PART_OF", "青山高新区") in rels


def test_a_titled_name_closed_by_punctuation_keeps_a_stop_character_at_its_end():
    # name_context._name_at (PUNCT_AFTER_NAME) and name_rules.NAME_FUNCTION_CHARS 均: after a title,
    # a last character that is a conjunction or adverb elsewhere (和, 让, 均) ends the name when a
    # comma closes it; 的/了/等 before the comma are still no part of a name
    found = ents("青山军区司令员龙甲和,东川市委常委黄乙伟出席仪式。"
                 "青山市人大常委会主任陈丙均,市委常委钱丁峰陪同视察。"
                 "东方重工集团总经理赵戊让,东川市委书记李己军分别致辞。")
    assert found["龙甲和"][0] == "Person"
    assert found["陈丙均"][0] == "Person"
    assert found["赵戊让"][0] == "Person"
    assert "龙甲" not in found and "陈丙" not in found


def test_a_committees_meetings_in_general_are_no_event():
    # head_filters.body_meetings: a committee's or leading group's 会议 with no ordinal or term,
    # before 精神 (their spirit studied) or 等 (a list of kinds of meetings), names no one sitting;
    # the committee itself stays a body, and a numbered sitting stays an event
    found = ents("学习贯彻东川市委军民融合发展委员会会议精神。"
                 "建立健全青山市双拥工作领导小组会议等制度。"
                 "传达青山市国防动员委员会第三次会议精神。")
    assert "东川市委军民融合发展委员会会议" not in found
    assert found["东川市委军民融合发展委员会"][0] == "PartyGovBody"
    assert "青山市双拥工作领导小组会议" not in found
    assert found["青山市国防动员委员会第三次会议"][0] == "Event"


def test_a_quoted_days_activity_is_no_event():
    # gen_quoted.quoted_activity (HELD_DAY_ENDS): “某日”活动 is the activity of a day kept every year,
    # no one event; a quoted campaign with 活动 is still the Project it names
    found = ents("青山市委常委会召开议军会议,市领导集体参加“军事日”活动。"
                 "东川县开展“科技进万家”活动。")
    assert not [n for n in found if "军事日" in n]
    assert found["“科技进万家”活动"][0] == "Project"  # calls4 (z): named with 活动


def test_a_documents_title_on_a_line_of_its_own_is_a_policy():
    # name_rules.TITLE_LINE_LATER, TITLE_KINDS 公示/提案: a line holding nothing but [issuer]关于…的
    # 通知/公示… names the document further down the page too (after its menus and dates), with its
    # issuer; a meeting notice (关于召开…) still names none
    text = ("首页 > 通知公告\n发布时间:2024-05-06\n"
            "青山市人民政府关于印发青山市国防动员工作实施方案的通知\n各区县人民政府:现印发给你们。\n"
            "关于召开全市国防动员工作会议的通知\n")
    found = ents(text)
    assert found["青山市人民政府关于印发青山市国防动员工作实施方案的通知"][0] == "Policy"
    assert not [n for n in found if n.startswith("关于召开")]
    found = ents("关于拟命名东川县国防教育基地名单的公示\n\n发布时间:2022-05-06\n")
    assert found["关于拟命名东川县国防教育基地名单的公示"][0] == "Policy"


def test_a_headquarters_set_up_for_a_task_is_a_body():
    # heads.tsv 指挥部 (PartyGovBody, class body): a headquarters founded, or named by its level or
    # place, is a body (a garrison's 指挥部 takes the military type); a plural class is none
    found = ents("东川区成立防空警报试鸣指挥部,由分管副区长担任指挥长。"
                 "武警部队主官担任县抗震救灾指挥部副指挥长。"
                 "全省县级以上防汛抗旱指挥部指挥员参加演练。青山警备区指挥部组织演练。")
    assert found["防空警报试鸣指挥部"][0] == "PartyGovBody"
    assert found["县抗震救灾指挥部"][0] == "PartyGovBody"
    assert found["青山警备区指挥部"][0] == "MilitaryUnit"
    assert not [n for n in found if "防汛抗旱" in n]


def test_an_industrial_ministry_is_a_body_and_its_former_name_an_alias():
    # name_rules.DEPT_HEADS 工业: a ministry of an industry (…工业部, …机械工业部) is a department
    # head; entities.FORMER_NAME: A(原B) gives B as A's former name, one body
    found = ents("1969年,东川纺织工业部决定建设青山化纤厂。该厂由青山航空工业部(原第九机械工业部)负责建设。"
                 "该厂隶属于国家第十机械工业部。")
    assert found["东川纺织工业部"][0] == "PartyGovBody"
    assert found["青山航空工业部"] == ("PartyGovBody", ["第九机械工业部"])
    assert found["国家第十机械工业部"][0] == "PartyGovBody"


def test_a_bare_body_coordinated_after_a_body_of_a_level_is_named_as_written():
    # gen_heads.LEVEL_SHARING_HEADS: 人民政府, 人大常委会, 政协 … right after 、 and a body of a level
    # (and its post) share that level: each conjunct is annotated as written (GUIDELINES
    # "Coordinated names"); a bare 政府 elsewhere names nothing
    found = ents("我代表青山自治区党委、人民政府,向边疆的同志致以问候。"
                 "东川区人大、 政协党组书记参加。政府要加大投入。")
    assert found["人民政府"][0] == "PartyGovBody"
    assert found["政协"][0] == "PartyGovBody"
    assert "政府" not in found


def test_a_premier_s_title_after_a_name_is_no_part_of_it():
    # grouping.PERSON_SUFFIXES 总理, 副总理: a person written with the premier's title after the name
    # (a leader's gazetteer form) is named without it, as with 主席, 书记
    from ingest.components.candidate import Cand
    from ingest.components.grouping import entity_name, group_mentions

    text = "甲乙丙总理出席。丁戊副总理出席。"
    groups = group_mentions(text, [Cand(0, 5, "Person", "gazetteer:national", 0.95, 5),
                                   Cand(8, 13, "Person", "gazetteer:national", 0.95, 5)])
    assert sorted(entity_name(g) for g in groups) == ["丁戊", "甲乙丙"]


def test_the_centre_as_a_modifier_is_no_body():
    # name_rules.CENTRAL_MODIFIES / CENTRAL_AFTER: 中央 qualifying what follows it (中央支持资金,
    # 中央广电总台, 中央驻青单位, 中央八项规定) or after a party's short name or a place's middle (场地中央)
    # is no mention of the Party centre; 中央、省委 still is
    assert "中央" not in ents("项目相继实施,中央支持资金基本到位。来源:中央广电总台。"
                              "违反中央八项规定精神。场地中央是草坪。动员中央驻青单位参与。")
    assert ents("认真贯彻落实中央、省委决策部署。")["中央"][0] == "PartyGovBody"


def test_a_bodys_web_portal_is_no_body():
    # head_filters.media_outlet (name_rules.MEDIA_AFTER 门户网): a government's name opening its
    # portal's name is the outlet a page comes from, no entity; the body named elsewhere still is
    found = ents("青山市召开国防动员大会\n青山市政府门户网站 www.example.cn\n青山市政府要求各部门配合。")
    assert not [n for n in found if "门户" in n]
    assert found["青山市政府"][0] == "PartyGovBody"
    assert "中央政府" not in ents("强卫讲话\n中央政府门户网站 www.example.cn\n")
