"""Entity classes from the ent31 round (issue 10): institutes, centres, projects and parks, each class
right in at least three READ batches and wrong in none, with the relations a retyping moves. Names of
people and bodies are invented, none of them from a scored text."""

from __future__ import annotations

from graph.model import Document
from ingest.extract import extract, get_nlp
from tests.entity_helpers import ents


def _rels(text: str) -> set[tuple[str, str, str]]:
    ex = extract(Document(id="t", source="t", text=text), get_nlp())
    return {(r.head, r.type, r.tail) for r in ex.relations}


def test_an_innovation_centre_of_a_field_is_an_institute():
    # a centre named by its field or its owner is a ResearchInstitute (READ u41, u48, u74, u75, u76)
    found = ents("东方重工集团在青山市设立了青山市量子通信军民融合创新中心。")
    assert found["青山市量子通信军民融合创新中心"][0] == "ResearchInstitute"
    found = ents("白沙县挂牌成立白沙县海洋装备技术创新中心。")
    assert found["白沙县海洋装备技术创新中心"][0] == "ResearchInstitute"
    # a hub named by no field keeps the park type (dev's 军民科技创新中心); a joint (协同) centre too
    found = ents("白沙县挂牌成立白沙县军民科技创新中心。")
    assert found["白沙县军民科技创新中心"][0] == "IndustrialPark"
    found = ents("白沙县挂牌成立白沙县军民融合协同创新中心。")
    assert found["白沙县军民融合协同创新中心"][0] == "IndustrialPark"


def test_a_retyped_centre_keeps_its_relations():
    # named after a dash, the centre is read from the dash on and keeps the type of its standalone name
    text = ("青山新区迎来重大项目落地,青山新区军民融合创新平台—青山量子军民融合创新中心正式成立。"
            "专家介绍,青山量子军民融合创新中心承担了产业平台的作用。")
    found = ents(text)
    assert all(t == "ResearchInstitute" for n, (t, _) in found.items() if n.endswith("量子军民融合创新中心"))
    # named after a park, it lies in the park (corpus/annotated/README, u48's call)
    assert any(r[1:] == ("LOCATED_IN", "青山新区") and r[0].endswith("量子军民融合创新中心")
               for r in _rels(text))
    # co-built with a modifier the name drops between verb and object (共建了新…): still founded
    rels = _rels("另外,青山市已与东方研究院在青共建了新一代量子研究院、"
                 "青山量子通信军民融合创新中心等创新平台。")
    assert ("青山", "ESTABLISHED", "青山量子通信军民融合创新中心") in rels


def test_a_named_technology_transfer_centre_is_an_institute():
    # a named transfer centre (转化中心) is a ResearchInstitute (READ u31, u48, u75), also when a broad
    # compass region (西部, 中部: regions.txt, never a Location alone) names where it works
    found = ents("东方大学技术转化中心与青山市签约。")
    assert found["东方大学技术转化中心"][0] == "ResearchInstitute"
    found = ents("先进技术成果西部转化中心与青山市签约。")
    assert found["先进技术成果西部转化中心"][0] == "ResearchInstitute"
    # a kind of centre, named by no one, is no entity
    assert not any(n.endswith("转化中心") for n in ents("加快建设科技成果转化中心。"))
    # the compass region alone is no place
    assert "西部" not in ents("工业迁往西部。")


def test_a_quoted_campaign_with_practice_activity_is_one_project():
    # “…”实践活动: a campaign named by its quoted words and 实践活动 is one Project, from its opening
    # quote (READ u64, u70, u73)
    found = ents("全市开展“青山人办实事”实践活动。")
    assert found["“青山人办实事”实践活动"][0] == "Project"
    found = ents("广大会员企业要结合“青山人办实事”实践活动,积极参与。")
    assert "“青山人办实事”实践活动" in found
    assert not any(n.startswith("广大") for n in found)


def test_a_numbered_institute_is_one_whichever_way_its_number_is_written():
    # 第四十七研究所 and 第47研究所, 二十三所 and 23所: one institute (READ u74, u75; digit by digit,
    # 七一六 and 716, as before: u45)
    found = ents("东方重工集团第47研究所(以下称第四十七研究所)与青山市签约。第四十七研究所将在青山设厂。")
    assert "第四十七研究所" not in found
    assert "第四十七研究所" in found["东方重工集团第47研究所"][1]
    found = ents("东方重工二院23所与青山大学共建中心。二十三所所长甲乙丙出席。")
    assert "二十三所" not in found


def test_a_convention_centre_is_the_venue_park_of_the_event_held_there():
    # a named convention centre is typed IndustrialPark so the event held there lies in it
    # (corpus/annotated/README venue calls, settled by calls4 (w); READ u11, u38, u47, u75)
    text = "第三届青山军民两用技术博览会在青山国际会展中心举行。"
    assert ents(text)["青山国际会展中心"][0] == "IndustrialPark"
    assert ("第三届青山军民两用技术博览会", "LOCATED_IN", "青山国际会展中心") in _rels(text)
