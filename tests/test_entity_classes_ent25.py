"""Entity classes from the ent25 round (issue 10; bodies feed issue 9's gap holders): bodies and places
the pipeline missed on the READ batches u65–u71 and before, each class right in at least three READ
batches. Every text here is invented; each test also says what must still be left out."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_veterans_service_bodies_have_their_heads():
    # a street's or village's veterans' service station, a district's retired-cadre sanatorium (军休所,
    # 军休中心, 军队离退休干部休养所): one body each when a place or level names it
    found = ents("调研组走访了区军休所、市军休中心、白沙县军队离退休干部休养所"
                 "和东林街道青松社区退役军人服务站。")
    for name in ("区军休所", "市军休中心", "白沙县军队离退休干部休养所", "东林街道青松社区退役军人服务站"):
        assert found[name][0] == "PartyGovBody", name
    # a kind of station (村级, a count of them) is no body
    found = ents("全县18个街道退役军人服务站、640个村级退役军人服务站已进入实体化运行。")
    assert not any(n.endswith("退役军人服务站") for n in found)


def _places(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Location"}


def test_a_county_short_form_with_a_town_level_is_the_town():
    # a county's short form written with 镇, 乡 or 街道 names a town of that name, not the county
    assert "宁远镇" in _places("调研组来到宁远镇,走访了镇上的企业。")
    assert "青川乡" in _places("调研组来到青川乡,走访了乡里的企业。")
    assert "宁远街道" in _places("宁远街道联合驻地部队开展活动。")
    # the level character opening a word (乡村, 镇江) or another place leaves the short form alone
    assert "青川乡" not in _places("青川乡村振兴工作取得成效。")
    assert _places("他们从南京镇江出发。") == {"南京", "镇江"}


def test_a_conjunction_character_inside_a_place_name_does_not_cut_the_body():
    # 和, 为 written inside a place of the gazetteer (民和回族土族自治县, 犍为县) are the place's
    # characters, no conjunction or verb before a level organ (name_context._inside_place)
    found = ents("此次活动由青海省民和回族土族自治县人民政府主办。")
    assert found["青海省民和回族土族自治县人民政府"][0] == "PartyGovBody"
    found = ents("项目由四川省犍为县人民政府和白沙公司共同实施。")
    assert found["四川省犍为县人民政府"][0] == "PartyGovBody"
    # a verb of being before a level organ still starts the organ (成员有市委, 主体是县政府)
    found = ents("领导小组成员有市委、市政府,主体是县政府。")
    assert found["县政府"][0] == "PartyGovBody" and "是县政府" not in found


def test_the_industry_ministries_are_bodies():
    # 第X机械工业部, 纺织工业部, 航空工业部: ministries of the planned economy, named with 工业部
    found = ents("1965年,经第八机械工业部批准,青山仪表厂迁往东川。他后来调到纺织工业部工作。")
    assert found["第八机械工业部"][0] == "PartyGovBody" and found["纺织工业部"][0] == "PartyGovBody"
    # 工业部门 is a kind of department, no body
    assert not [n for n in ents("全省工业部门要加强协作。") if n.endswith("工业部")]


def test_a_registered_firm_filling_a_list_item_or_a_field_is_named_whole():
    # a registered legal form closes the item of a list or a form's field: the whole item is the
    # firm, even where a word of it is also a conjunction or a verb (和, 服务, 原)
    found = ents("签约单位包括:白沙机电有限公司、北京和信宇航技术有限公司、青松材料有限公司。")
    assert found["北京和信宇航技术有限公司"][0] == "Enterprise"
    found = ents("一、工程名称:青山广场民防工程  管理使用单位:东川青松物业服务有限公司  二、工程名称:白沙")
    assert found["东川青松物业服务有限公司"][0] == "Enterprise"
    found = ents("另有两家企业签约(原子青松股份有限公司、冠群投资管理(北京)有限公司)。")
    assert found["原子青松股份有限公司"][0] == "Enterprise"
    # in running text (no list item, no field) the firm is not stretched over the words before it
    found = ents("会议由青山市政府和白沙科技有限公司主办。")
    assert found["白沙科技有限公司"][0] == "Enterprise" and found["青山市政府"][0] == "PartyGovBody"


def test_banner_and_league_levels_open_a_body():
    # 旗, 盟 (Inner Mongolia's counties and prefectures) and 地区 are a body's level as 县 and 市 are
    found = ents("盟委、行署高度重视边防建设。旗委书记出席会议。")
    assert found["盟委"][0] == "PartyGovBody" and found["旗委"][0] == "PartyGovBody"
    found = ents("旗双拥工作领导小组各成员单位负责人参加活动。")
    assert found["旗双拥工作领导小组"][0] == "PartyGovBody"
    # only for government and military bodies, and not 旗下 (a firm's subsidiaries)
    assert not [n for n in ents("部分地区学校运营困难,集团旗下子公司众多。") if n.endswith(("学校", "公司"))]


def test_a_prefecture_body_and_its_level_form_are_one():
    # 和田地区征兵办公室 and 地区征兵办公室: the level word 地区 is kept as 市 in 市委 (grouping.split_place)
    found = ents("地区征兵办公室电话:0903-1234567。/和田地区征兵办公室/二〇一三年七月一日")
    assert found["和田地区征兵办公室"] == ("PartyGovBody", ["地区征兵办公室"])


def test_the_conscription_office_is_a_body():
    # 征兵办 and its short form 征办 after a level or a government (name_rules.OFFICE_OK)
    found = ents("白沙县、东川县政府征兵办分别被评为先进单位。区征办要更好服务新兵。")
    assert found["东川县政府征兵办"][0] == "PartyGovBody" and found["区征办"][0] == "PartyGovBody"
    assert "东川县政府" not in found
    # 征兵办理 (handling the enlistment) is a verb, no office
    assert not ents("他们负责征兵办理手续。")
