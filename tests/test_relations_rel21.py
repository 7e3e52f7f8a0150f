"""Relation classes of the rel21 round (issue 10 §3: relations missed with both endpoints found, on
text the rules had not met: u72–u76, then the older READ batches). `triples` (tests/test_relations.py)
runs the relation rules on given entities; `_run_with` hands over mentions as the entity step left
them. Names are invented.
"""

from __future__ import annotations

from graph.model import Entity
from ingest.components.relations import EntMention, extract_relations
from tests.relations_harness import split_sentences
from tests.test_relations import triples

P, G, E, A, L = "Person", "PartyGovBody", "Enterprise", "Association", "Location"


def _run_with(text: str, entities: list[tuple[str, str]], spans: list[tuple[str, str, str]]) -> set:
    """Triples from explicit mentions: (surface form, entity name, type), each at its every
    occurrence not taken by an earlier one (so a body can be left masked as its place)."""
    ents = [Entity(name=n, type=t) for n, t in entities]
    taken = [False] * len(text)
    mentions = []
    for form, name, typ in spans:
        i = text.find(form)
        while i >= 0:
            if not any(taken[i : i + len(form)]):
                taken[i : i + len(form)] = [True] * len(form)
                mentions.append(EntMention(i, i + len(form), name, typ))
            i = text.find(form, i + 1)
    rels, _ = extract_relations(text, split_sentences(text), mentions, ents, "t")
    return {(r.head, r.type, r.tail) for r in rels}


def test_a_body_written_again_where_only_its_place_was_found():
    """ "青山区新联会会长甲、副会长乙": the entity step found the association once and gave its second
    occurrence only the place it starts with; the full name written again is its mention, so the
    posts there are posts in it (u30, u41, u59)."""
    text = "青山区新联会举办慰问活动。青山区新联会会长张文明、副会长李华出席。"
    ents = [("青山区新联会", A), ("青山区", L), ("张文明", P), ("李华", P)]
    # the first occurrence is the body, the second one only its place (as the recogniser left it)
    t = _run_with(text, ents,
                  [("青山区新联会举办", "青山区新联会", A), ("青山区", "青山区", L),
                   ("张文明", "张文明", P), ("李华", "李华", P)])
    assert ("张文明", "HOLDS_POSITION", "青山区新联会") in t
    assert ("李华", "HOLDS_POSITION", "青山区新联会") in t


def test_a_name_inside_a_longer_mention_stays_its_part():
    """ "东方科技公司研究院院长甲": the firm's name inside the institute's name found by the recogniser
    is no mention of the firm there (the longer mention holds it)."""
    text = "东方科技公司发布新品。东方科技公司研究院院长王明出席。"
    t = _run_with(text, [("东方科技公司", E), ("东方科技公司研究院", "ResearchInstitute"), ("王明", P)],
                  [("东方科技公司研究院", "东方科技公司研究院", "ResearchInstitute"),
                   ("东方科技公司", "东方科技公司", E), ("王明", "王明", P)])
    assert ("王明", "HOLDS_POSITION", "东方科技公司研究院") in t
    assert ("王明", "HOLDS_POSITION", "东方科技公司") not in t


def test_a_cue_ending_an_unnamed_body_is_no_act():
    """ "青山市城乡基础设施建设中心承建的X工程": 建设 ends the name of a centre the recogniser missed;
    the city does not carry out the project (u28, u30: 某集团投资平台某公司 funds nothing)."""
    ents = [("青山市", L), ("东山路网工程", "Project")]
    t = triples("日前,青山市城乡基础设施建设中心承建的东山路网工程建成完工。", ents)
    assert ("青山市", "IMPLEMENTS", "东山路网工程") not in t
    ents = [("东方重工集团", E), ("东方科创公司", E)]
    t = triples("该基金由东方重工集团发起设立,东方重工集团投资平台东方科创公司担任管理人。", ents)
    assert ("东方重工集团", "FUNDS", "东方科创公司") not in t


def test_an_item_of_several_persons_is_no_bare_name_under_the_title_before():
    """ "…营长甲、教导员乙、王宏达汽车营教导员丙": a mis-cut name (王宏) opening an item that names
    more persons is no bare name sharing the body carried from the items before (u41)."""
    ents = [("东方厨师营", A), ("张大成", P), ("李小华", P), ("王宏", P), ("赵明", P)]
    t = triples("东方厨师营营长张大成、教导员李小华、王宏达汽车营教导员赵明出席。", ents)
    assert ("李小华", "HOLDS_POSITION", "东方厨师营") in t
    assert ("王宏", "HOLDS_POSITION", "东方厨师营") not in t


def test_the_clause_subject_joins_the_partner_it_builds_with():
    """ "青山区…，联合东方航空公司共建青山航空产业园": the district (the clause's subject, named far
    before 联合) founds the park with its partner (u21)."""
    ents = [("青山区", L), ("东方航空公司", E), ("青山航空产业园", "IndustrialPark")]
    t = triples("青山区作为国内少有的航空制造基地,近年来抢抓机遇,联合东方航空公司共建青山航空产业园。", ents)
    assert ("东方航空公司", "ESTABLISHED", "青山航空产业园") in t
    assert ("青山区", "ESTABLISHED", "青山航空产业园") in t


def test_a_bare_head_closing_a_list_of_bodies_is_the_body_of_that_kind():
    """ "由区委、区政府和人武部联合进行表彰": the county's 人武部, named in full elsewhere, closes a list
    of named bodies by its head alone; it acts with them (u41, u57)."""
    ents = [("东山县人武部", "MilitaryUnit"), ("区委", G), ("区政府", G)]
    text = "东山县人武部建立激励机制。年底由区委、区政府和人武部联合进行表彰。"
    t = triples(text, ents)
    pairs = {frozenset((h, x)) for h, r, x in t if r == "COORDINATES_WITH"}
    assert frozenset(("区委", "东山县人武部")) in pairs
    assert frozenset(("区政府", "东山县人武部")) in pairs


EV = "Event"


def test_an_event_named_back_by_a_deictic_and_its_kind():
    """ "本次大赛在A的指导下，由B主办，C、D共同承办。本次大赛还得到了E、F的大力支持": the contest
    named in full before is what they guide, host and support (u75); the supporters do not
    support the hosts of the sentence before."""
    ents = [("青山创新大赛", EV), ("青山市科技局", G), ("青山市经信委", G), ("东方公司", E),
            ("西山研究所", "ResearchInstitute"), ("南方协会", A), ("北方公司", E)]
    text = ("9月1日,青山创新大赛在青山开幕。本次大赛在青山市科技局的指导下,由青山市经信委主办,"
            "东方公司、西山研究所共同承办。本次大赛还得到了南方协会、北方公司的大力支持。")
    t = triples(text, ents)
    assert ("青山市科技局", "LEADS", "青山创新大赛") in t
    assert ("青山市经信委", "LEADS", "青山创新大赛") in t
    assert ("东方公司", "PARTICIPATES_IN", "青山创新大赛") in t
    assert ("南方协会", "SUPPORTS", "青山创新大赛") in t
    assert ("南方协会", "SUPPORTS", "东方公司") not in t


def test_a_fair_named_back_by_its_kind_alone():
    """ "航展由A、B主办", "…参加了展览": the air show or exhibition the document named (u38, u47)."""
    ents = [("首届青山航展", EV), ("青山市人民政府", G), ("东方航空集团", E)]
    t = triples("首届青山航展将于9月开幕。航展由青山市人民政府、东方航空集团主办。", ents)
    assert ("青山市人民政府", "LEADS", "首届青山航展") in t
    assert ("东方航空集团", "LEADS", "首届青山航展") in t
    ents = [("第二届青山成果展览", EV), ("东方重工集团", E), ("西山仪表院", "ResearchInstitute"),
            ("东方科学院", "ResearchInstitute")]
    text = ("第二届青山成果展览在京开幕。东方重工集团组织所属企业参加了展览。"
            "东方科学院所属科研院所、西山仪表院等160家单位参加了展览。")
    t = triples(text, ents)
    assert ("东方重工集团", "PARTICIPATES_IN", "第二届青山成果展览") in t
    assert ("西山仪表院", "PARTICIPATES_IN", "第二届青山成果展览") in t
    # the owner of the institutes that take part is no participant itself
    assert ("东方科学院", "PARTICIPATES_IN", "第二届青山成果展览") not in t
