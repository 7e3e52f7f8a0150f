"""Entity classes from the ent7 round (issue 10): Project and IndustrialPark constructions that recur
across annotated batches (each class seen in at least three READ batches, CHECK not lower). Every text
here is invented; each test also says what must be found still."""

from __future__ import annotations

from tests.entity_helpers import ents


def _projects(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Project"}


def test_projects_of_a_kind_are_no_project():
    # a field or quality word, a verb whose object the projects are, or a count before 项目
    assert _projects("青山市重大科研项目进展顺利。") == set()
    assert _projects("东川省优质特色项目陆续签约。") == set()
    found = ents("青山市财政局填报项目清单。")
    assert not any(t == "Project" for t, _ in found.values())
    assert found["青山市财政局"][0] == "PartyGovBody"  # the body before the verb is still found
    assert _projects("东方研究院协同创新中心两大项目落地青山市。") == set()
    assert _projects("“丝路青山”沿线特色项目集中开工。") == set()  # the words after a quote decide


def test_named_projects_stay():
    assert _projects("东方重工集团精密制造项目开工。") == {"东方重工集团精密制造项目"}
    assert _projects("“东方一号”项目开工。") == {"“东方一号”项目"}  # a quoted name before the head


def test_named_zones_by_their_city_heads():
    # 产业城, 新城, 集中区, 实验区 close a zone's name like 航空城 and 科学城
    found = ents("双方围绕青山航空产业城建设进行交流。")
    assert found["青山航空产业城"][0] == "IndustrialPark"
    found = ents("随着东川航空港实验区建设加快，青山工业集中区也在扩区。")
    assert found["东川航空港实验区"][0] == "IndustrialPark"
    assert found["青山工业集中区"][0] == "IndustrialPark"
    found = ents("建设国际一流青山智慧航空新城。")  # 国际一流 describes the zone, no part of its name
    assert found["青山智慧航空新城"][0] == "IndustrialPark"
    # a bare or plural head names no zone; a district 新城区 stays a district's government
    found = ents("我市针对新城建设出台措施，外拓至各主要产业城。")
    assert not any(t == "IndustrialPark" for t, _ in found.values())
    found = ents("市科技局与青山市新城区政府签约。")
    assert not any(t == "IndustrialPark" for t, _ in found.values())


def test_a_quoted_slogan_is_not_a_quoted_name():
    # a quote that opens with a verb or holds a list is a slogan around the name, not the name
    found = ents("报告提出“全力建设东川国家自主创新示范区”。")
    assert "东川国家自主创新示范区" in found
    assert not any(n.startswith(("全力", "“")) for n in found)
    found = ents("提出“做强青山航空产业、建设国际一流青山航空新城”的定位。")
    assert found["青山航空新城"][0] == "IndustrialPark"
    assert not any("、" in n for n in found)
    # a wholly quoted name is still one name
    # (named by its owner, the centre is an institute: ent31 class A)
    assert ents("“北方蓝鲸创新中心”揭牌。")["北方蓝鲸创新中心"][0] == "ResearchInstitute"


def test_a_base_described_by_its_role_is_no_park():
    # 重要基地, 生产基地, 总部基地 with no place or known body: a description of a base
    for text in ("青山市是国防科技工业重要基地。", "这里建有“东风号”生产基地。", "集团区域总部基地落户青山。",
                 "打造高端装备生产制造基地。"):
        assert not any(t == "IndustrialPark" for t, _ in ents(text).values()), text
    # a place before the description keeps the name; other bases are untouched
    assert ents("青山直升机研发生产基地投产。")["青山直升机研发生产基地"][0] == "IndustrialPark"
    assert ents("青山民兵训练基地揭牌。")["青山民兵训练基地"][0] == "IndustrialPark"
    # a place-like word the division codes do not hold (an invented place) keeps it too
    assert ents("北岭直升机研发生产基地投产。")["北岭直升机研发生产基地"][0] == "IndustrialPark"
