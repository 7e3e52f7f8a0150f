"""Entity classes of round ent19 (issue 10), read off the READ batches (u59–u64 the freshest);
invented names only. Each test fails without its class.
"""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_name_between_a_body_and_any_post_of_the_title_list():
    # name_rules.NAME_AFTER_BODY: the posts of titles.tsv (副区长, 副校长, 厂长 …), not a short hand
    # list; the name may be followed by a verb of the sentence (亲临, 致开幕词, 就); a department may
    # open the list item itself (、教务处乙某处长); a body's organ (党工委) is no name
    found = ents("东川市水利局王秋实副局长、区政府陈立松副区长、区人武部李立斌部长等观摩演练。"
                 "东方重工装备有限公司张明远厂长亲临现场。青山大学赵立云校长、冯立华副校长、教务处崔立凯处长、"
                 "对外合作与联络处谭立某处长出席。青山市科学院钱立松院士就此作报告。"
                 "签约中,青山经济产业园区党工委书记、管委会主任周晓斌出席。")
    for name in ("陈立松", "张明远", "冯立华", "崔立凯", "谭立某", "钱立松"):
        assert found.get(name, ("",))[0] == "Person", name
    assert "党工委" not in found


def test_a_village_written_after_its_town_is_one_place():
    # gen_places: county + town (+ village) chain; a village's body (村党支部) and a kind of village
    # (贫困村, 各村) are not taken into the place
    found = ents("工作组深入泽州县白水镇石桥村调研。泽州县白水镇贫困村全部脱贫。"
                 "泽州县白水镇石桥村党支部书记发言。")
    assert found["泽州县白水镇石桥村"][0] == "Location"
    assert "泽州县白水镇贫困村" not in found
    assert "泽州县白水镇石桥村党支部" in found


def test_a_town_and_its_village_with_no_county_before_them():
    # name_rules.TOWN_VILLAGE: after a clause mark or a stop character only (推进城乡…: no town), no
    # stop character inside (各乡, 全乡) and no kind of village (示范村, 贫困村)
    found = ents("该陵园位于白水镇石桥村东侧。工作组走访了青石乡前程村和白水镇石桥村。"
                 "全县各乡镇村干部参加。推进城乡融合示范村建设。在全乡贫困村开展帮扶。")
    assert found["白水镇石桥村"][0] == "Location"
    assert found["青石乡前程村"][0] == "Location"
    assert not [n for n in found if "示范村" in n or "贫困村" in n or n.startswith(("各乡", "城乡"))]


def test_a_deictic_thing_that_settles_is_not_the_subject_before():
    # relation_patterns.DEICTIC_THING: "该陵园位于…" (a thing no entity names) takes no LOCATED_IN from
    # the subject of the sentence before; "该公司位于…" still stands for the company named before
    from graph.model import Document
    from ingest.extract import extract, get_nlp

    def located(text: str) -> set[tuple[str, str]]:
        ex = extract(Document(id="t", source="t", text=text), get_nlp())
        return {(r.head, r.tail) for r in ex.relations if r.type == "LOCATED_IN"}

    assert not located("1957年,青山省人民政府拨款建造了白水烈士陵园。该陵园位于白水镇石桥村白鹤山。")
    assert ("东方重工装备有限公司", "泽州县白水镇石桥村") in located(
        "东方重工装备有限公司是一家军工企业。该公司位于泽州县白水镇石桥村。")


def test_a_title_of_a_song_a_journal_issue_or_doctrine_excerpts_is_no_policy():
    # name_rules.WORK_AFTER_TITLE, WORK_BEFORE_TITLE, DOCTRINE_TITLE (gen_quoted._names_a_work)
    found = ents("晚会上,《青山之歌》《东川欢歌》等一个个精彩舞蹈接连上演。一曲《白水谣》唱出心声。"
                 "来源:《东川军工》2019年第3期。传达学习了《关于国防建设重要论述摘录》和《青山市民兵工作规定》。"
                 "《青山市军民融合发展报告》发布。")
    assert not [n for n in found if any(w in n for w in ("之歌", "欢歌", "白水谣", "东川军工", "摘录"))]
    assert found["《青山市民兵工作规定》"][0] == "Policy"
    assert found["《青山市军民融合发展报告》"][0] == "Policy"


def test_a_day_or_a_dateline_glued_to_the_front_is_no_part_of_a_name():
    # gen_heads.after_dates (name_rules.DAY_BEFORE_NAME, DATELINE_IN_NAME), for the head rule and
    # the attendee events; a plan year stays (2023年度…计划 is the head rule's to judge)
    found = ents("(2001年6月8日青山省第九届人民代表大会常务委员会第九次会议通过)"
                 "2019年5月青山市通航产业园正式开园。新华网青山5月6日电(甲某、乙某)东川军区与青山市能源局签约。")
    assert found["青山省第九届人民代表大会常务委员会第九次会议"][0] == "Event"
    assert found["青山市通航产业园"][0] == "IndustrialPark"
    assert found["东川军区"][0] == "MilitaryUnit"
    assert not [n for n in found if "月" in n]


def test_a_firm_list_closed_by_a_described_class_of_firms():
    # gen_list_types._heads: between 等 and 企业 a quoted epithet or a describing clause may stand;
    # a list of fields (等领域引进了…企业) stays no list of firms
    found = ents("园区依托东川飞机、青山起落架等“大国重器”企业,培育了一批人才。"
                 "园区已经积聚了包括江苏青华精密合金、东川鼎丰铝业、青石金属管件等一批与航空产业发展相关的"
                 "国内有影响力材料制备、加工企业。在无人船、卫星通信、智能化装备等领域引进了一批知名的军民融合企业。")
    for name in ("青山起落架", "东川鼎丰铝业", "青石金属管件"):
        assert found.get(name, ("",))[0] == "Enterprise", name
    assert "智能化装备" not in found


def test_the_credit_and_contact_lines_of_a_page_name_persons():
    # byline titles 监制, 记者/图片 (titles.tsv, name_rules.BYLINE_TITLES); a later byline item closed by
    # the bracket (责编:甲某、宋元); 联系单位及联系人 (notice_layout.json); a line of a name and its
    # phone label (gen_notice._phone_line_contacts)
    found = ents("签署了合作协议书。\n记者/图片:史博立\n编辑:高立榕\n监制:王立亮\n"
                 "同步收看了演练实况。\n(责编:陈立羽、宋元)\n"
                 "联系单位及联系人:青山县退役军人事务局 白立滢\n\n联系电话:4760000\n"
                 "。ㄈ┞撓\n趙 芸 電話/傳真:010-82800000,\n馮敬立 電 話 :010-68200000\n办公室 电话:010-1234")
    for name in ("史博立", "王立亮", "宋元", "白立滢", "趙 芸", "馮敬立"):
        assert found.get(name, ("",))[0] == "Person", name
    assert "办公室" not in found


def test_a_place_inside_an_outlets_name_or_opening_the_source_field_is_no_place():
    # name_rules.MEDIA_AFTER (traditional forms, 证券报, 中通社), SOURCE_FIELD_BEFORE
    found = ents("来源:泽州检察\n\n每日山西網-晋城日報報道(記者甲某)\n澳门中通社2月3日電 近日,\n"
                 "披露于《天津证券报》及资讯网。\n来源:泽州县人民政府\n")
    assert not [n for n in found if n in ("泽州", "山西", "澳门", "天津")]
    assert found["泽州县人民政府"][0] == "PartyGovBody"


def test_a_field_and_theme_as_the_whole_body_of_an_event_is_no_name():
    # head filter themed_event (ent20; it covers ent19's themed_kind, removed) (no READ gold names a
    # themed exhibition by its field and theme, nor by a place before them)
    found = ents("举办航空科普主题展览。开展强军故事主题宣传报告会。举办海防知识主題展覽。")
    assert not [n for n in found if n.startswith(("航空科普", "强军故事", "海防知识"))]


def test_a_stray_comma_before_each_list_mark_is_read_past():
    # textfold.STRAY_COMMA: dropped from the view like a pinyin gloss; a name keeps its gloss
    # (entities._to_original) but not the comma
    found = ents("县委领导吴立顺,、林立德,、陈立平、黄立城,、叶立發(fā),、王立伟出席会议。")
    for name in ("吴立顺", "林立德", "陈立平", "黄立城", "叶立發(fā)", "王立伟"):
        assert found.get(name, ("",))[0] == "Person", name
    assert not [n for n in found if n.endswith(",")]
