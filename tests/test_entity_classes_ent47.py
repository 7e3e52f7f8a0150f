"""Entity class from the ent47 round (issue 10): the proposal a reply answers, its title a Policy laid
over the names inside it. Every text here is invented (青山市, 东方产业园); the class was right in READ
u16, u66 and u78 and wrong in none, and the tests also say what must stay unfound or unchanged."""

from __future__ import annotations

from graph.model import Document
from ingest.extract import extract, get_nlp
from tests.entity_helpers import ents

REPLY = ("李某某委员:\n"
         "您提出的“关于支持湖北青山东方产业园发展的提案”收悉。经研究办理,现答复如下:\n"
         "湖北青山通过东方产业园建设,发展新材料产业。我们鼓励青山东方产业园积极申报示范基地。\n")


def test_the_proposal_a_reply_acknowledges_is_a_policy():
    found = ents(REPLY)
    assert found["关于支持湖北青山东方产业园发展的提案"] == ("Policy", [])
    found = ents("张某代表:\n你们提出的关于加强青山市国防教育工作的建议收悉,现答复如下:\n一、基本情况\n")
    assert found["关于加强青山市国防教育工作的建议"][0] == "Policy"


def test_the_names_inside_the_proposal_title_stay_entities_with_their_relations():
    # the park and the place inside the title keep their own entities, the park its fullest form
    # (with the place before it) and so its LOCATED_IN by the place prefix
    ex = extract(Document(id="t", source="t", text=REPLY), get_nlp())
    by_name = {e.name: e.type for e in ex.entities}
    assert by_name["湖北青山"] == "Location"
    park = next(e for e in ex.entities if e.type == "IndustrialPark")
    assert park.name == "湖北青山东方产业园"
    rels = {(r.head, r.type, r.tail) for r in ex.relations}
    assert (park.name, "LOCATED_IN", "湖北青山") in rels
    assert not any("关于支持" in h or "关于支持" in t for h, _, t in rels)  # the title: no relation


def test_a_proposal_page_names_its_proposal_in_a_spaced_title_field():
    found = ents("来源:青山市政协 发布时间:2025-07-15\n\n  题       目:关于巩固“红色边关”建设成果的提案\n\n"
                 "  审查意见:立案—交承办部门办理\n")
    assert found["关于巩固“红色边关”建设成果的提案"] == ("Policy", [])


def test_the_title_written_again_with_a_word_changed_is_the_same_proposal():
    found = ents("关于退伍军人免费乘坐青山公交的建议\n\n议案内容\n\n建议县政府出台政策。\n\n王某代表:\n\n"
                 "您提出的“关于退役军人免费乘坐青山公交的建议”(第4号)收悉,现答复如下:\n")
    assert found["关于退伍军人免费乘坐青山公交的建议"] == ("Policy", ["关于退役军人免费乘坐青山公交的建议"])


def test_no_proposal_without_the_reply_or_field_cue():
    # a proposal's topic told in running text, or a proposal named by what it asks, is no title here
    found = ents("青山市政协委员提出了关于加强国防教育的意见,受到重视。")
    assert not any(n.startswith("关于") for n in found)
    found = ents("会上,委员们提出的建议得到采纳。")
    assert not any(t == "Policy" for t, _ in found.values())
