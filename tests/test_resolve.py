from graph.model import Entity, Extraction
from graph.resolve import Decisions, document_jurisdiction, node_key, resolve
from tests.records import longyan, make_extraction, xx_speech


def key(name, etype, jurisdiction, doc="d"):
    return node_key(name, etype, document_jurisdiction(jurisdiction, doc), doc)[0]


def test_local_office_short_and_full_forms_are_one_node():
    assert key("市委军民融合办", "PartyGovBody", "龙岩") == key("龙岩市委军民融合发展委员会办公室",
                                                             "PartyGovBody", "")
    assert key("市委军民融合办", "PartyGovBody", "龙岩") == "龙岩市委军民融合办"


def test_same_words_in_another_city_are_another_node():
    assert key("市委军民融合办", "PartyGovBody", "龙岩") != key("市委军民融合办", "PartyGovBody", "西安")


def test_province_prefix_resolves_to_the_province_of_the_city():
    assert key("省委", "PartyGovBody", "龙岩") == "福建省委"
    assert key("省委", "PartyGovBody", "龙岩") == key("福建省委", "PartyGovBody", "")


def test_placeholders_are_their_own_jurisdiction_per_document():
    a = key("XX军分区", "MilitaryUnit", "XX", "s000")
    b = key("军分区", "MilitaryUnit", "XX", "s000")
    c = key("XX军分区", "MilitaryUnit", "XX", "s999")
    assert a == b
    assert a != c


def test_national_bodies_and_abbreviations_resolve_globally():
    assert key("国家国防科技工业局", "PartyGovBody", "龙岩") == key("国防科工局", "PartyGovBody", "西安")
    assert key("人民武装部", "MilitaryUnit", "龙岩") == key("人武部", "MilitaryUnit", "龙岩")
    assert key("市发展和改革委员会", "PartyGovBody", "龙岩") == key("市发改委", "PartyGovBody", "龙岩")


def test_traditional_and_simplified_forms_merge():
    assert key("遼寧省軍民融合辦", "PartyGovBody", "") == key("辽宁省军民融合办", "PartyGovBody", "")


def test_short_place_name_is_the_full_place():
    assert key("龙岩", "Location", "") == key("龙岩市", "Location", "") == "龙岩市"


def test_resolve_keeps_aliases_and_merges_within_a_document():
    ex = longyan()
    ex.entities.append(Entity(name="市委军民融合办", type="PartyGovBody", aliases=[]))
    g = resolve(ex)
    keys = [n.key for n in g.nodes]
    assert len(keys) == len(set(keys))
    node = next(n for n in g.nodes if n.key == "龙岩市委军民融合办")
    assert node.name == "龙岩市委军民融合办"
    assert "市委军民融合办" in node.aliases
    assert node.jurisdiction == "龙岩市"
    assert all(e.head in keys and e.tail in keys for e in g.edges)


def test_symmetric_relations_are_one_relationship_whichever_way_stated():
    text = "甲公司与乙公司开展合作。乙公司与甲公司开展合作。"
    ex = make_extraction("t1", "", [
        ("甲公司", "Enterprise", "COORDINATES_WITH", "乙公司", "Enterprise", "甲公司与乙公司"),
        ("乙公司", "Enterprise", "COORDINATES_WITH", "甲公司", "Enterprise", "乙公司与甲公司"),
    ], text=text)
    g = resolve(ex)
    assert {(e.head, e.tail) for e in g.edges} == {("乙公司", "甲公司")}
    assert len(g.edges) == 2  # two pieces of evidence for one relationship


def test_decisions_redirect_keys(tmp_path):
    d = Decisions.load(tmp_path / "dec.json")
    d.merge["XX〔s000〕委"] = "XX〔s000〕市委"
    d.save()
    again = Decisions.load(tmp_path / "dec.json")
    assert again.apply("XX〔s000〕委") == "XX〔s000〕市委"
    assert again.apply("other") == "other"


def test_xx_speech_nodes_are_document_qualified():
    g = resolve(xx_speech())
    keys = {n.key for n in g.nodes}
    assert "XX〔s000〕" in keys
    assert "XX〔s000〕市委军民融合发展委员会" in keys
    assert isinstance(g.document, type(Extraction(document=g.document).document))


def test_traditional_names_are_shown_simplified_with_the_original_as_alias():
    from graph.model import Document, Entity, Extraction, Mention
    from graph.resolve import resolve

    text = "青山區(qū)雙擁辦召開會議。"
    name = "青山區(qū)雙擁辦"
    doc = Document(id="t1", source="t1.txt", text=text, sha256="x")
    ent = Entity(name=name, type="PartyGovBody", mentions=[Mention(0, 0, len(name), name)])
    graph = resolve(Extraction(document=doc, entities=[ent], sentences=[(0, len(text))]))
    (node,) = graph.nodes
    assert node.name == "青山区双拥办"
    assert name in node.aliases
    assert "qū" not in node.gloss and node.gloss.endswith("Double Support Office")


def jur_of(name, etype, jurisdiction, doc="d"):
    return node_key(name, etype, document_jurisdiction(jurisdiction, doc), doc)[1]


def test_a_bay_wetland_or_street_named_after_a_place_is_not_in_that_place():
    # 青山湾 is a bay named after 青山, 白水路 a street: the park and the fire station are where the
    # document is, not in 青山区 or 白水县 (a name that opens with the full place name still is)
    assert jur_of("青山湾生物科技园", "IndustrialPark", "东川市") == "东川市"
    assert jur_of("白水湿地公园疏散基地", "IndustrialPark", "东川市") == "东川市"
    assert jur_of("白水路消防救援站", "MilitaryUnit", "东川市") == "东川市"
    assert jur_of("青山区科技园", "IndustrialPark", "东川市") == "青山区"
    assert jur_of("青山科技园", "IndustrialPark", "东川市") == "青山区"


def test_a_county_short_form_that_is_an_everyday_word_opens_no_place():
    # 新兴 ('emerging'), 和平 ('peace'), 解放 (of 解放军) are also counties' short forms
    assert jur_of("新兴产业发展论坛", "Event", "东川市") == ""
    assert jur_of("和平电子有限公司", "Enterprise", "东川市") == ""
    assert jur_of("解放军某某工程大学", "ResearchInstitute", "东川市") == ""
    assert key("公安局", "PartyGovBody", "东川市") == "东川市公安局"
    # in a report of that county (or its city) the short form is the county
    assert key("中方人武部", "MilitaryUnit", "中方县") == key("中方县人武部", "MilitaryUnit", "中方县")
    assert jur_of("中方人武部", "MilitaryUnit", "怀化市") == "中方县"


def test_bare_ministries_and_services_are_national_in_a_local_article():
    # a ministry leader or the navy at a meeting in 青山区 is no body of 青山区
    for name, etype in (("教育部", "PartyGovBody"), ("工业和信息化部", "PartyGovBody"),
                        ("退役军人事务部", "PartyGovBody"), ("海军", "MilitaryUnit"),
                        ("军委某某部", "MilitaryUnit"), ("工业(yè)和信息化部", "PartyGovBody")):
        assert jur_of(name, etype, "青山区") == "", name
    assert key("海军", "MilitaryUnit", "青山区") == key("海军", "MilitaryUnit", "东川市")
    assert jur_of("教育局", "PartyGovBody", "青山区") == "青山区"


def test_a_body_under_a_chain_of_places_is_of_the_innermost_one():
    # the province and city written before a county's body name the county's body
    assert key("陕西省渭南市白水县人武部", "MilitaryUnit", "") == \
        key("白水县人武部", "MilitaryUnit", "东川市")
    assert jur_of("陕西省白水县人武部", "MilitaryUnit", "") == "白水县"
    assert jur_of("陕西省渭南白水青山军民融合产业园", "IndustrialPark", "") == "白水县"
    assert jur_of("陕西省东方重工有限公司", "Enterprise", "") == "陕西省"
    # a place that does not lie in the one before it starts no chain
    assert jur_of("湖南省白水县人武部", "MilitaryUnit", "") == "湖南省"


def test_a_city_prefixed_body_of_a_municipality_or_county_level_city_is_its_own():
    # 市委 in a report of a municipality, or of one of its districts, is the municipality's
    assert key("市委", "PartyGovBody", "天津市") == key("天津市委", "PartyGovBody", "")
    assert key("市委", "PartyGovBody", "海淀区") == "北京市委"  # not a 市辖区 shared by every district
    # … and in a county-level city's report that city's own (晋江市 lies in 泉州市)
    assert key("市政府", "PartyGovBody", "晋江市") == key("晋江市政府", "PartyGovBody", "")
    # a county's 市委 is still its prefecture's
    assert key("市委", "PartyGovBody", "惠安县") == "泉州市委"


def test_the_partys_name_before_a_places_body_and_the_general_departments():
    # 中共青山区委 is 青山区委 (the Party's name written before it), 中共中央 stays national
    assert key("中共青山区委", "PartyGovBody", "东川市") == key("青山区委", "PartyGovBody", "")
    assert jur_of("中共中央", "PartyGovBody", "青山区") == ""
    # a former general department's or the support force's office is national wherever it sits
    for name in ("总装备部某某军事代表局", "总参谋部某某局", "战略支援部队某某部", "国防科技工业局"):
        assert jur_of(name, "MilitaryUnit", "青山区") == "", name


def test_autonomous_region_is_a_level_word_like_province():
    # 自治区党委 in a report of a city or county of 新疆 is 新疆维吾尔自治区党委, one node with the full form
    full = key("新疆维吾尔自治区党委", "PartyGovBody", "")
    assert key("自治区党委", "PartyGovBody", "乌鲁木齐市") == full
    assert key("自治区(qū)党委", "PartyGovBody", "新疆维吾尔自治区") == full
    assert jur_of("自治区党委常委会议", "Event", "阿合奇县") == "新疆维吾尔自治区"
    # a place outside any autonomous region gives no region
    assert key("自治区党委", "PartyGovBody", "兰州市") != key("甘肃省委", "PartyGovBody", "")


def _keys_of(jurisdiction: str, ents: list[tuple[str, str]]) -> dict[str, str]:
    from graph.model import Document, Entity, Extraction, Mention

    text = "。".join(n for n, _ in ents) + "。"
    doc = Document(id="t1", source="t1.txt", text=text, sha256="x", jurisdiction=jurisdiction)
    at, out = 0, []
    for name, etype in ents:
        out.append(Entity(name=name, type=etype, mentions=[Mention(0, at, at + len(name), name)]))
        at += len(name) + 1
    graph = resolve(Extraction(document=doc, entities=out, sentences=[(0, len(text))]))
    return {n.name: n.key for n in graph.nodes}


def test_a_county_prefixed_body_of_a_province_report_is_of_the_one_county_it_names():
    """gaps16: a report filed under its province (metadata 浙江) about one county: its bare 县委 and
    县政府 are that county's (开化县委), not nodes of the province (浙江省·县委); a county named by
    a body's name counts (开化县人武部); with two counties named it stays unknown which; 县级武装部
    (the county-level PAFDs, a class) is no one county's."""
    one = _keys_of("浙江", [("开化县", "Location"), ("县委", "PartyGovBody"), ("县政府", "PartyGovBody")])
    assert one["县委"] == "开化县委" and one["县政府"] == "开化县政府"
    by_body = _keys_of("浙江", [("开化县人武部", "MilitaryUnit"), ("县委", "PartyGovBody")])
    assert by_body["县委"] == "开化县委"
    two = _keys_of("浙江", [("开化县", "Location"), ("遂昌县", "Location"), ("县委", "PartyGovBody")])
    assert two["县委"] == "浙江省·县委"
    cls = _keys_of("浙江", [("开化县", "Location"), ("县级武装部", "PartyGovBody")])
    assert cls["县级武装部"] == "浙江省·县级武装部"
    elsewhere = _keys_of("浙江", [("宁陕县", "Location"), ("县委", "PartyGovBody")])  # not inside 浙江
    assert elsewhere["县委"] == "浙江省·县委"


def test_a_place_written_as_a_chain_of_places_is_its_innermost_place():
    """gaps16: 浙江遂昌 or 浙江省丽水市遂昌县 is the county 遂昌县 (node and jurisdiction), one node with
    遂昌县 itself, not a place of unknown jurisdiction; a chain that leaves text over (…城关镇) or
    whose links are not inside one another (a county of another province after a county) is not read so."""
    assert key("浙江遂昌", "Location", "浙江") == "遂昌县"
    assert key("浙江省丽水市遂昌县", "Location", "") == "遂昌县"
    assert jur_of("浙江遂昌", "Location", "浙江") == "遂昌县"
    assert key("遂昌县城关镇", "Location", "浙江") == "遂昌县城关镇"
    assert key("浙江遂昌宁陕县", "Location", "浙江") == "浙江遂昌宁陕县"
