"""Entity constructions met on unseen text (issue 10 §3), one test per class, invented names only.

Each class has a generator (gen_quoted, gen_title_lines, gen_bylines, gen_persons.person_layouts,
gen_short_forms, gen_event_names, gen_list_types) or a named filter (verb_then_new); the
tests check the entity a reader expects and that the neighbouring wrong reading is gone.
"""

from __future__ import annotations

import pytest

from graph.model import Document
from ingest.components.recognizer import Recognizer
from ingest.extract import extract, get_nlp
from tests.entity_helpers import ents


def typed(text: str, typ: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == typ}


# --- names with no head word ----------------------------------------------------------------

def test_any_book_title_is_a_policy_but_not_a_newspaper_or_article():
    found = ents("东川省出台《东川制造2035》，《东川日报》和《晨星周刊》作了报道。"
                 "甲某发表《论融合发展》一文。")
    assert found["《东川制造2035》"][0] == "Policy"
    assert not [n for n in found if "日报" in n or "周刊" in n or "论融合发展" in n]


def test_title_line_of_an_opinion_is_a_policy():
    text = "东川市关于加快推进军民融合深度发展的实施意见\n各区县人民政府：为贯彻落实…，提出如下意见。"
    # the policy is named from 关于 on (gen_title_lines); the issuer before it is a body of its own
    assert typed(text, "Policy") == {"关于加快推进军民融合深度发展的实施意见"}


def test_notice_forwarding_a_quoted_plan_names_the_plan_not_the_notice():
    text = "东川市人民政府关于印发《东川市国防动员能力提升方案》的通知\n现将方案印发给你们。"
    assert typed(text, "Policy") == {"《东川市国防动员能力提升方案》"}


def test_name_line_names_a_policy():
    text = "索引号：123\n文件名称：关于支持民参军企业发展的若干措施\n发文机关：东川市人民政府"
    assert "关于支持民参军企业发展的若干措施" in typed(text, "Policy")


def test_kinds_of_firm_in_a_list_are_no_names():
    assert not typed("培育了一批专精特新、单项冠军、国家级小巨人等企业。", "Enterprise")


def test_a_headline_is_no_policy():
    assert not typed("东川市召开军民融合工作推进会\n会议部署了下一步工作。", "Policy")


def test_list_items_take_the_type_of_their_siblings_or_the_list_noun():
    found = ents("星河精工、北辰光电和远山材料等企业参加对接。东川理工、北辰研究所、远山材料等院所参与。")
    for n in ("星河精工", "北辰光电", "远山材料"):
        assert found[n][0] == "Enterprise"
    assert found["北辰研究所"][0] == "ResearchInstitute"
    units = ents("星河精工、北辰光电等企业参展。星河精工、远山重机等单位签约。")
    assert units["远山重机"][0] == "Enterprise"  # a 单位 list is typed by its typed items only
    assert "军工企业" not in ents("军工企业、民营企业等单位参加。")


# --- in-document aliases ----------------------------------------------------------------------

def test_company_short_form_after_the_full_name_is_an_alias():
    found = ents("远山重机集团有限公司与东川市人民政府签署协议。远山重机将投资建设新厂区。")
    assert found["远山重机集团有限公司"][1] == ["远山重机"]
    assert "远山重机" not in found


def test_two_character_short_form_where_a_word_ends():
    found = ents("远钢集团与东川市人民政府签署协议。远钢将扩大产能，远钢铁路专线同步建设。")
    assert found["远钢集团"][1] == ["远钢"]
    ex = extract(Document(id="t", source="t", text="远钢集团签约。远钢将扩产，远钢铁路在建。"),
                 get_nlp(with_relations=False))
    firm = next(e for e in ex.entities if e.name == "远钢集团")
    assert len(firm.mentions) == 2  # 远钢|将 counts, 远钢|铁路 does not


def test_short_form_drops_a_trade_word_or_a_place_but_not_china():
    found = ents("星河精密机械有限公司与东川市人民政府签署协议。星河精密将扩产。")
    assert "星河精密" in found["星河精密机械有限公司"][1]
    assert ents("东川市远山重工有限公司成立。远山重工将投资。")["东川市远山重工有限公司"][1] == ["远山重工"]
    found = ents("中国新材料科技集团有限公司设立分部。新材料科技发展迅速。")
    assert found["中国新材料科技集团有限公司"][1] == []


def test_this_opinion_and_this_company_are_mentions_of_the_named_one():
    ex = extract(Document(id="t", source="t", text="东川市关于加快推进军民融合深度发展的实施意见\n"
                          "为贯彻落实…，制定本实施意见。北辰光电有限公司位于东川。该公司拥有员工500人。"),
                 get_nlp(with_relations=False))
    by_name = {e.name: e for e in ex.entities}
    assert "实施意见" in [m.text for m in by_name["关于加快推进军民融合深度发展的实施意见"].mentions]
    assert "公司" in [m.text for m in by_name["北辰光电有限公司"].mentions]
    assert by_name["北辰光电有限公司"].aliases == []  # a mention, not an alias (GUIDELINES: deictics)


def test_scope_form_of_an_event_is_an_alias():
    found = ents("全市国防动员工作会议召开。国防动员工作会议强调，要提升动员能力。")
    assert [n for n, (t, _) in found.items() if t == "Event"] == ["全市国防动员工作会议"]
    assert "国防动员工作会议" in found["全市国防动员工作会议"][1]


# --- boundaries -------------------------------------------------------------------------------

def test_name_ends_before_a_role_noun():
    found = ents("东川市委军民融合发展委员会成员兼办公室主任甲某出席。东川市国防科工办成员单位要加强协作。")
    assert found["东川市委军民融合发展委员会"][0] == "PartyGovBody"
    assert found["东川市国防科工办"][0] == "PartyGovBody"
    assert not [n for n in found if "成员" in n]


def test_a_new_base_described_is_no_park_name():
    assert not typed("远山重机将在东川投资建设新基地。", "IndustrialPark")


def test_companies_joined_by_yu_stay_whole():
    found = ents("星河精密机械有限公司与东川市人民政府签署协议，"
                 "星河精密机械有限公司和北辰电子科技有限公司为合作单位。")
    assert {"星河精密机械有限公司", "北辰电子科技有限公司"} <= typed(
        "星河精密机械有限公司和北辰电子科技有限公司为合作单位。", "Enterprise")
    assert found["东川市人民政府"][0] == "PartyGovBody"


# --- persons ----------------------------------------------------------------------------------

def test_bylines_with_spaces_or_a_slash():
    assert {"王建业", "李春梅", "张晓军"} <= typed("王建业 李春梅 张晓军\n东川市召开会议。", "Person")
    assert {"王建业", "李春梅"} <= typed("作者：王建业/李春梅\n正文。", "Person")


def test_byline_lines_with_byline_words():
    assert {"王建业", "李春梅", "张晓军"} <= typed("记者 王建业 通讯员 李春梅 张晓军\n正文。", "Person")
    assert {"王建业", "李春梅"} <= typed("东川日报记者 王建业/文 李春梅/图\n正文。", "Person")
    assert "张晓" not in typed("记者 王建业 通讯员 李春梅 张晓军\n正文。", "Person")


def test_titled_name_at_a_line_end_keeps_three_characters():
    assert "赵大明" in typed("东川市委书记 赵大明\n", "Person")


def test_name_with_title_in_brackets():
    found = typed("会上，刘远航(东川市副市长)、陈光耀（远山重机集团董事长）作了发言。", "Person")
    assert {"刘远航", "陈光耀"} <= found


def test_salutation_and_role_verbs():
    assert "刘德明" in typed("尊敬的刘德明同志：", "Person")
    assert "王建业" in typed("尊敬的王建业书记、尊敬的各位领导：大家好！", "Person")
    assert not typed("成立领导小组，由市长任组长，分管副市长任副组长，市委常委任成员。", "Person")
    people = typed("市长王建业任组长，副市长李春梅任副组长。", "Person")
    assert people == {"王建业", "李春梅"}


# --- events -----------------------------------------------------------------------------------

def test_event_keeps_its_attendees_and_party_congress_its_prefix():
    found = ents("在东川军工企业负责人迎春座谈会上，甲某讲话。中共十八大以来，党的十九届四中全会提出要求。")
    assert found["东川军工企业负责人迎春座谈会"][0] == "Event"
    assert found["中共十八大"][0] == "Event"
    assert found["党的十九届四中全会"][0] == "Event"


def test_event_with_he_inside_stays_whole():
    assert "东川市军民融合和国防动员工作会议" in typed("东川市军民融合和国防动员工作会议召开。", "Event")


# --- traditional script -----------------------------------------------------------------------

def test_traditional_script_is_folded_before_lookup():
    found = ents("中國人民解放軍某部與東川市政府簽署協議。")
    # found by the unit and head rules on the folded view; names stay as written (the PLA's
    # anonymised unit is one unit, ent57: READ u103, u109)
    assert found["中國人民解放軍某部"][0] == "MilitaryUnit"
    assert found["東川市政府"][0] == "PartyGovBody"


# --- switches ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["bylines", "attendee_events", "scoped_events",
                                  "typed_lists", "verb_then_new"])
def test_new_generators_and_filters_switch_off_by_name(name):
    Recognizer(disabled={name})  # known to the recogniser (bench/ablation.py switches them)


# --- ent12: endpoints of HOLDS_POSITION and PARTICIPATES_IN -------------------------------------

def test_a_sitting_numbered_in_a_term_is_named_from_the_term():
    # gen_event_names.termed_sessions: the term opens the name, the assembly keeps its sitting
    assert "十九届青山市委军民融合发展委员会第一次全体会议" in typed(
        "会议传达了十九届青山市委军民融合发展委员会第一次全体会议精神。", "Event")
    found = typed("市长甲某在青山市第五届人民代表大会第二次会议上作报告。", "Event")
    assert found == {"青山市第五届人民代表大会第二次会议"}


def test_heads_of_prefectures_procuratorates_armed_police_corps_and_firms_title_a_person():
    # titles.tsv (person): 州长, 检察长, 总队长, CEO, 政协委员 … open a name as 市长 does
    found = typed("青山州州长杨志明,东川市人民检察院检察长田海涛出席。东方重工集团CEO孔立新说,"
                  "青山区政协委员吕卫国认为,武警东川总队支队长谢向阳发言。", "Person")
    assert {"杨志明", "田海涛", "孔立新", "吕卫国", "谢向阳"} <= found


def test_a_rare_family_name_from_cc_cedict_opens_a_titled_name():
    # surnames.txt's CC-CEDICT section (scripts/build_surnames.py): 蹇, 眭, 笪 are family names
    found = typed("中国工程院院士蹇立明、雷文涛出席论坛。东方重工集团董事长眭海波为执行会长。"
                  "(记者 笪新华)", "Person")
    assert {"蹇立明", "雷文涛", "眭海波", "笪新华"} <= found


def test_the_cc_cedict_surnames_are_rare_characters_not_words():
    from ingest.components.lexicon import lexicon

    s1 = lexicon().surnames1
    assert {"蹇", "眭", "笪"} <= s1
    assert not {"和", "中", "新", "民", "年", "清"} & s1  # surnames in CC-CEDICT, but words first


def test_a_name_alone_on_its_line_is_the_author():
    # gen_bylines: an author's line under the headline; a heading word alone on its line is no name
    text = "青山市推进军民融合的调查与思考\n周立华\n一、基本情况\n方案\n青山市的企业较多。"
    assert typed(text, "Person") == {"周立华"}


def test_byline_words_between_the_names_of_a_byline():
    # 记者 inside a chunk, a long closing byline, 报道(…) and 电 甲、记者乙报道 (gen_persons bylines)
    assert {"周丽华", "王珊", "宋立新", "刘中华", "卜金宝"} <= typed(
        "本报讯(周丽华记者王珊)近日,会议召开。青山在线频道报道(宋立新):推介会举行。"
        "本报青山11月24日电 刘中华、记者卜金宝报道:近日,会议召开。", "Person")
    assert {"唐立政", "孙一明", "陈志伟"} <= typed(
        "举办了对接活动。(唐立政 孙一明 记者 陈志伟)\n责任编辑:蒋敬", "Person")


def test_a_military_units_committee_that_leads_or_decides_is_a_body():
    # gen_unit_committees: X党委 when it leads, decides or convenes; a title after it keeps the unit
    found = ents("全县上下在市委和青山军分区党委的正确领导下开展工作。东川警备区党委召开全体会议。"
                 "市委书记、北山军分区党委第一书记杨立新出席。")
    assert found["青山军分区党委"][0] == "MilitaryUnit"
    assert found["东川警备区党委"][0] == "MilitaryUnit"
    assert "北山军分区党委" not in found and found["北山军分区"][0] == "MilitaryUnit"


def test_a_signing_ceremony_named_by_its_agreement_is_no_event():
    # head filter agreement_ceremony: …协议签约仪式 is an unnamed signing; a park's ceremony is named
    assert not typed("青山市政府与东川大学战略合作框架协议签约仪式在青山举行。", "Event")
    assert typed("青山航空产业园招商引资签约仪式在青山举行。", "Event") == {"青山航空产业园招商引资签约仪式"}


def test_students_veterans_and_pioneers_are_named_after_what_they_are():
    # titles.tsv (person): 学生, 新生, 老红军, 先驱 open a name as a post does
    found = typed("东川大学大二学生郑立龙报名应征。看望老红军沈立华。航空先驱巴立藻出生在青山。", "Person")
    assert {"郑立龙", "沈立华", "巴立藻"} <= found


def test_credits_of_photos_and_stories_and_bylines_with_the_paper():
    # gen_bylines: (甲/图), (甲报道), 甲 乙/东川日报, 东川日报 甲; 来源: is no name
    text = ("青山服务中心正式揭牌(赵立威/图)\n得到了多家单位的大力支持。\n(王立庆报道)\n"
            "丁立学 倪立伟/东川日报\n青山日报 曾立征\n(来源:东川日报 编辑:彭立雯)")
    found = typed(text, "Person")
    assert {"赵立威", "王立庆", "丁立学", "倪立伟", "曾立征"} <= found
    assert "来源" not in found
