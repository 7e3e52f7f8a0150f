"""Relation rules on real sentences from the sample documents and the gold development set.

Each test takes a sentence as it is written in samples/*.txt or ../shared/gold/*.jsonl, names the
entities an extractor would hand over (name, type, aliases), and checks the typed relations the
rules derive, including what they must NOT derive. The last tests measure the rules on all gold
documents with gold entities (tests/relations_harness.py) and hold them to a quality floor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import MODALITIES, Entity
from ingest.components.relations import EntMention, extract_relations
from tests.relations_harness import GOLD_FILES, load_gold, score_gold_entities, split_sentences

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

needs_gold = pytest.mark.skipif(not all(p.exists() for p in GOLD_FILES), reason="../shared/gold not present")


def sample_sentence(sample: str, fragment: str) -> str:
    """The sentence of samples/<sample>.txt that contains `fragment`."""
    text = (SAMPLES / f"{sample}.txt").read_text(encoding="utf-8")
    for s, e in split_sentences(text):
        if fragment in text[s:e]:
            return text[s:e]
    raise AssertionError(f"{fragment!r} not in {sample}")


def gold_passage(doc_id: str, fragment: str, before: int = 0) -> str:
    """The sentence of gold document doc_id holding `fragment`, with `before` sentences before it."""
    doc = next(d for d in load_gold() if d["id"] == doc_id)
    text = doc["text"]
    spans = split_sentences(text)
    for i, (s, e) in enumerate(spans):
        if fragment in text[s:e]:
            return text[spans[max(0, i - before)][0] : e]
    raise AssertionError(f"{fragment!r} not in {doc_id}")


def run(text: str, entities: list[tuple[str, str] | tuple[str, str, list[str]]]):
    """Typed relation triples the rules find in text, given entities (name, type[, aliases])."""
    ents = [Entity(name=e[0], type=e[1], aliases=list(e[2]) if len(e) > 2 else []) for e in entities]
    forms = sorted(
        ((f, e.name, e.type) for e in ents for f in [e.name, *e.aliases]), key=lambda x: -len(x[0])
    )
    taken = [False] * len(text)
    mentions = []
    for f, name, typ in forms:
        i = text.find(f)
        while i >= 0:
            if not any(taken[i : i + len(f)]):
                taken[i : i + len(f)] = [True] * len(f)
                mentions.append(EntMention(i, i + len(f), name, typ))
            i = text.find(f, i + 1)
    rels, problems = extract_relations(text, split_sentences(text), mentions, ents, "t")
    return {(r.head, r.type, r.tail) for r in rels}, rels, problems


def triples(text: str, entities: list) -> set[tuple[str, str, str]]:
    """The (head, type, tail) triples `run` finds: what most relation-class tests assert on."""
    return run(text, entities)[0]


# --- HOLDS_POSITION and PARTICIPATES_IN: attendee lists, chained titles ---------------------------


@needs_gold
def test_attendee_list_with_chained_titles():
    text = gold_passage("d01", "张克俭出席对接会")
    triples, _, _ = run(
        text,
        [
            ("福建省军民融合项目对接会", "Event", ["对接会"]),
            ("于伟国", "Person"),
            ("唐登杰", "Person"),
            ("张克俭", "Person"),
            ("省委", "PartyGovBody"),
            ("福建省政府", "PartyGovBody", ["省政府"]),
            ("工信部", "PartyGovBody"),
            ("国家国防科工局", "PartyGovBody", ["国防科工局"]),
        ],
    )
    for person in ("于伟国", "唐登杰", "张克俭"):
        assert (person, "PARTICIPATES_IN", "福建省军民融合项目对接会") in triples
    assert ("于伟国", "HOLDS_POSITION", "省委") in triples
    assert ("唐登杰", "HOLDS_POSITION", "福建省政府") in triples  # 省长 → the provincial government
    assert ("张克俭", "HOLDS_POSITION", "工信部") in triples  # 工信部副部长、国防科工局局长张克俭
    assert ("张克俭", "HOLDS_POSITION", "国家国防科工局") in triples
    assert ("于伟国", "HOLDS_POSITION", "福建省政府") not in triples
    assert ("唐登杰", "HOLDS_POSITION", "省委") not in triples
    # title bodies are not attendees
    assert not any(h in ("省委", "工信部") and t == "PARTICIPATES_IN" for h, t, _ in triples)


@needs_gold
def test_title_far_from_name_and_chair_leads_the_meeting():
    # the meeting is named only in an earlier sentence: "会议" resolves to the event last named
    text = gold_passage("d05", "会议由永康市委常委", before=4)
    triples, _, _ = run(
        text,
        [
            ("2018军民融合发展论坛永康峰会", "Event", ["峰会", "论坛"]),
            ("中共永康市委", "PartyGovBody", ["永康市委", "市委"]),
            ("人武部", "MilitaryUnit"),
            ("喻文明", "Person"),
        ],
    )
    assert ("喻文明", "HOLDS_POSITION", "中共永康市委") in triples
    assert ("喻文明", "HOLDS_POSITION", "人武部") in triples
    assert ("喻文明", "LEADS", "2018军民融合发展论坛永康峰会") in triples


@needs_gold
def test_attendee_list_after_colon_and_carried_title_body():
    text = gold_passage("d05", "出席论坛的主办方代表有")
    triples, _, _ = run(
        text,
        [
            ("2018军民融合发展论坛永康峰会", "Event", ["论坛"]),
            ("中共永康市委", "PartyGovBody", ["市委"]),
            ("永康市人民政府", "PartyGovBody"),
            ("浙江省永康市", "Location", ["永康市"]),
            ("中国建筑金属结构协会军民融合协作中心", "Association"),
            ("金政", "Person"),
            ("吕群勇", "Person"),
            ("潘冠军", "Person"),
            ("林夕范", "Person"),
            ("邓建国", "Person"),
        ],
    )
    for p in ("金政", "吕群勇", "潘冠军", "林夕范", "邓建国"):
        assert (p, "PARTICIPATES_IN", "2018军民融合发展论坛永康峰会") in triples
    assert ("吕群勇", "HOLDS_POSITION", "永康市人民政府") in triples  # 永康市副市长
    assert ("林夕范", "HOLDS_POSITION", "中国建筑金属结构协会军民融合协作中心") in triples  # 常务副主任
    assert ("邓建国", "HOLDS_POSITION", "中国建筑金属结构协会军民融合协作中心") in triples  # 以及顾问
    assert ("浙江省永康市", "PARTICIPATES_IN", "2018军民融合发展论坛永康峰会") not in triples


def test_core_of_the_central_committee():
    text = sample_sentence("s003", "以习近平同志为核心的党中央")
    triples, _, _ = run(text, [("习近平", "Person", ["习近平同志"]), ("党中央", "PartyGovBody")])
    assert triples == {("习近平", "HOLDS_POSITION", "党中央")}


def test_title_in_a_headline_line():
    text = sample_sentence("s001", "福州市委军民融合办副主任兰超")
    triples, _, _ = run(
        text, [("福州市委军民融合办", "PartyGovBody"), ("兰超", "Person"), ("福州", "Location")]
    )
    assert ("兰超", "HOLDS_POSITION", "福州市委军民融合办") in triples
    assert ("福州市委军民融合办", "LOCATED_IN", "福州") in triples


# --- LEADS / PARTICIPATES_IN / COORDINATES_WITH from sponsor lines --------------------------------


@needs_gold
def test_sponsors_guide_host_and_co_host():
    text = gold_passage("d03", "此次展洽会由")
    ents = [
        ("第三届中国·河北(廊坊)军民融合暨国防工业协同创新成果展洽会", "Event", ["展洽会"]),
        ("国家国防科技工业局", "PartyGovBody"),
        ("河北省人民政府", "PartyGovBody"),
        ("河北省军区", "MilitaryUnit"),
        ("河北省国防科技工业局", "PartyGovBody"),
        ("河北省军区司令部", "MilitaryUnit"),
        ("河北", "Location"),
    ]
    triples, _, _ = run(text, ents)
    ev = ents[0][0]
    for body in (
        "国家国防科技工业局",
        "河北省人民政府",
        "河北省军区",
        "河北省国防科技工业局",
        "河北省军区司令部",
    ):
        assert (body, "LEADS", ev) in triples
    assert ("河北省军区司令部", "PART_OF", "河北省军区") in triples  # a unit named after its parent
    assert ("河北省军区", "LOCATED_IN", "河北") in triples  # place prefix
    assert ("国家国防科技工业局", "LOCATED_IN", "河北") not in triples


@needs_gold
def test_joint_hosts_coordinate_and_co_organisers_participate():
    text = gold_passage("d04", "会议由江苏省工业经济联合会主办", before=1)
    triples, _, _ = run(
        text,
        [
            ("江苏省创新产业协同发展联盟成立大会", "Event"),
            ("南京", "Location"),
            ("江苏省工业经济联合会", "Association"),
            ("徐工集团", "Enterprise"),
            ("南钢集团", "Enterprise"),
        ],
    )
    assert ("江苏省创新产业协同发展联盟成立大会", "LOCATED_IN", "南京") in triples  # 在南京召开
    assert ("江苏省工业经济联合会", "LEADS", "江苏省创新产业协同发展联盟成立大会") in triples
    assert ("徐工集团", "PARTICIPATES_IN", "江苏省创新产业协同发展联盟成立大会") in triples
    assert ("南钢集团", "PARTICIPATES_IN", "江苏省创新产业协同发展联盟成立大会") in triples
    assert ("徐工集团", "LEADS", "江苏省创新产业协同发展联盟成立大会") not in triples


def test_convening_a_forum():
    text = sample_sentence("s001", "省委军民融合办召开全省军民融合发展工作座谈会")
    triples, _, _ = run(
        text,
        [
            ("福建省委军民融合办", "PartyGovBody", ["省委军民融合办"]),
            ("福建省军民融合发展工作座谈会", "Event", ["全省军民融合发展工作座谈会"]),
        ],
    )
    assert ("福建省委军民融合办", "PARTICIPATES_IN", "福建省军民融合发展工作座谈会") in triples


@needs_gold
def test_signing_an_agreement_is_coordination():
    text = gold_passage("d01", "福建省政府与国家国防科工局签署")
    triples, _, _ = run(
        text,
        [
            ("福建省政府", "PartyGovBody"),
            ("国家国防科工局", "PartyGovBody"),
            ("福州大学", "ResearchInstitute"),
            ("福建", "Location"),
        ],
    )
    assert ("福建省政府", "COORDINATES_WITH", "国家国防科工局") in triples
    assert ("福建省政府", "ESTABLISHED", "福州大学") not in triples  # 共建 an existing university


def test_support_and_cooperation_list_is_support_not_coordination():
    text = sample_sentence("s003", "市委组织部、市发改委、市交通局等部门要大力支持")
    triples, rels, _ = run(
        text,
        [
            ("国防动员潜力数据建设", "Project"),
            ("市委组织部", "PartyGovBody"),
            ("市发改委", "PartyGovBody"),
            ("市交通局", "PartyGovBody"),
        ],
    )
    for body in ("市委组织部", "市发改委", "市交通局"):
        assert (body, "SUPPORTS", "国防动员潜力数据建设") in triples
    assert not any(t == "COORDINATES_WITH" for _, t, _ in triples)
    assert all(r.evidence.modality == "directive" for r in rels)  # "要大力支持"


# --- SUPPORTS / LEADS / IMPLEMENTS / ESTABLISHED / PART_OF ---------------------------------------


def test_party_and_government_support_a_city():
    text = sample_sentence("s003", "省委省政府明确提出要支持")
    triples, _, _ = run(text, [("省委", "PartyGovBody"), ("省政府", "PartyGovBody"), ("**", "Location")])
    assert triples == {("省委", "SUPPORTS", "**"), ("省政府", "SUPPORTS", "**")}


def test_support_and_guidance_of_a_provincial_office():
    text = sample_sentence("s001", "在福建省委军民融合办的大力支持和悉心指导下")
    triples, _, _ = run(
        text,
        [
            ("福建省委军民融合办", "PartyGovBody"),
            ("龙岩市", "Location"),
            ("福建", "Location"),
            ("国家级军民融合产业示范基地", "IndustrialPark"),
        ],
    )
    assert ("福建省委军民融合办", "SUPPORTS", "龙岩市") in triples
    assert ("福建省委军民融合办", "LEADS", "龙岩市") in triples
    assert ("龙岩市", "ESTABLISHED", "国家级军民融合产业示范基地") in triples  # 积极打造 a park
    assert ("福建省委军民融合办", "LOCATED_IN", "福建") in triples


def test_subject_carried_over_clauses_implements_projects_and_policies():
    text = sample_sentence("s001", "实施“军民融合产业发展专项行动”")
    triples, _, _ = run(
        text,
        [
            ("龙岩市委", "PartyGovBody"),
            ("军民融合产业发展专项行动", "Project"),
            ("闽西南协同发展区", "Policy"),
            ("国家军民融合创新示范区", "Policy"),
        ],
    )
    assert triples == {
        ("龙岩市委", "IMPLEMENTS", "军民融合产业发展专项行动"),
        ("龙岩市委", "IMPLEMENTS", "闽西南协同发展区"),
        ("龙岩市委", "IMPLEMENTS", "国家军民融合创新示范区"),
    }


def test_founding_bodies_by_the_committee_itself():
    text = sample_sentence("s000", "我们成立市委军民融合发展委员会")
    triples, _, _ = run(
        text,
        [
            ("市委", "PartyGovBody"),
            ("市委军民融合发展委员会", "PartyGovBody"),
            ("市委军民融合办", "PartyGovBody"),
        ],
    )
    assert ("市委", "ESTABLISHED", "市委军民融合发展委员会") in triples
    assert ("市委", "ESTABLISHED", "市委军民融合办") in triples
    assert ("市委军民融合办", "PART_OF", "市委") not in triples  # name rule: not for party bodies


@needs_gold
def test_co_founders_of_a_fund():
    text = gold_passage("d06", "佛山市、顺德区还共同引导发起设立了")
    triples, _, _ = run(
        text,
        [
            ("佛山市", "Location", ["佛山"]),
            ("顺德区", "Location", ["顺德"]),
            ("佛山市军民融合产业投资基金", "Fund", ["佛山市首支军民融合基金"]),
        ],
    )
    assert ("佛山市", "ESTABLISHED", "佛山市军民融合产业投资基金") in triples
    assert ("顺德区", "ESTABLISHED", "佛山市军民融合产业投资基金") in triples
    assert ("佛山市军民融合产业投资基金", "LOCATED_IN", "佛山市") in triples


@needs_gold
def test_three_party_founders_are_established_and_coordinate():
    text = gold_passage("d11", "三方合作成立")
    triples, _, _ = run(
        text,
        [
            ("杭電建德軍民融合產業創新創業中心", "IndustrialPark"),
            ("建德經濟開發區(航空小鎮)管委會", "PartyGovBody"),
            ("杭州電子科技大學", "ResearchInstitute"),
            ("浙江省軍民融合產業推進中心", "PartyGovBody"),
            ("杭州", "Location"),
        ],
    )
    founders = ("建德經濟開發區(航空小鎮)管委會", "杭州電子科技大學", "浙江省軍民融合產業推進中心")
    for f in founders:
        assert (f, "ESTABLISHED", "杭電建德軍民融合產業創新創業中心") in triples
    coords = {frozenset((h, t)) for h, ty, t in triples if ty == "COORDINATES_WITH"}
    assert len(coords) == 3
    assert ("杭州電子科技大學", "LOCATED_IN", "杭州") in triples  # prefix, traditional text
    # "杭電" is not 杭州: the centre gets no place-prefix relation
    assert ("杭電建德軍民融合產業創新創業中心", "LOCATED_IN", "杭州") not in triples


@needs_gold
def test_part_of_by_statement():
    text = gold_passage("d04", "联盟是江苏省工业经济联合会的直属机构")
    triples, _, _ = run(
        text,
        [("江苏省创新产业协同发展联盟", "Association", ["联盟"]), ("江苏省工业经济联合会", "Association")],
    )
    assert ("江苏省创新产业协同发展联盟", "PART_OF", "江苏省工业经济联合会") in triples


# --- LOCATED_IN ----------------------------------------------------------------------------------


def test_place_prefix_rule():
    text = sample_sentence("s000", "XX军分区要以需求为导向")
    triples, rels, _ = run(
        text, [("市委军民融合办", "PartyGovBody"), ("XX军分区", "MilitaryUnit"), ("XX", "Location")]
    )
    assert ("XX军分区", "LOCATED_IN", "XX") in triples
    assert ("市委军民融合办", "COORDINATES_WITH", "XX军分区") in triples  # 合作 later in the sentence
    prefix = [r for r in rels if r.type == "LOCATED_IN"]
    assert prefix and all(r.evidence.modality == "stated" for r in prefix)


def test_place_prefix_excludes_events_and_counties_of_the_place():
    text = sample_sentence("s001", "龙岩市委军民融合办主任张丽华日前在福建省军民融合发展工作座谈会上表示")
    triples, _, _ = run(
        text,
        [
            ("龙岩市委军民融合办", "PartyGovBody"),
            ("龙岩市", "Location", ["龙岩"]),
            ("福建", "Location"),
            ("张丽华", "Person"),
            ("福建省军民融合发展工作座谈会", "Event"),
        ],
    )
    assert ("龙岩市委军民融合办", "LOCATED_IN", "龙岩市") in triples
    assert ("张丽华", "HOLDS_POSITION", "龙岩市委军民融合办") in triples
    assert ("张丽华", "PARTICIPATES_IN", "福建省军民融合发展工作座谈会") in triples  # 在…座谈会上表示
    assert ("福建省军民融合发展工作座谈会", "LOCATED_IN", "福建") not in triples
    text = sample_sentence("s003", "**县民兵运输连")
    triples, _, _ = run(text, [("**县民兵运输连", "MilitaryUnit"), ("**", "Location")])
    assert ("**县民兵运输连", "LOCATED_IN", "**") not in triples  # a county of **, not ** itself


@needs_gold
def test_place_prefix_most_specific_and_national_prefix():
    text = gold_passage("d05", "由中国建筑金属结构协会和永康市人民政府联合主办")
    triples, _, _ = run(
        text,
        [
            ("中国建筑金属结构协会", "Association"),
            ("永康市人民政府", "PartyGovBody"),
            ("浙江中国科技五金城有限公司", "Enterprise"),
            ("浙江省永康市", "Location", ["永康市"]),
            ("浙江省", "Location"),
            ("中国", "Location"),
            ("2018军民融合发展论坛永康峰会", "Event"),
        ],
    )
    assert ("永康市人民政府", "LOCATED_IN", "浙江省永康市") in triples
    assert ("永康市人民政府", "LOCATED_IN", "浙江省") not in triples
    assert ("浙江中国科技五金城有限公司", "LOCATED_IN", "浙江省") in triples
    assert ("中国建筑金属结构协会", "LOCATED_IN", "中国") not in triples
    assert ("中国建筑金属结构协会", "COORDINATES_WITH", "永康市人民政府") in triples  # 联合主办
    assert ("2018军民融合发展论坛永康峰会", "LOCATED_IN", "浙江省永康市") in triples  # 在…永康市隆重召开


@needs_gold
def test_projects_settling_in_a_park():
    text = gold_passage("d10", "集中签约落户")
    triples, _, _ = run(
        text,
        [
            ("天津滨海—中关村科技园", "IndustrialPark"),
            ("中发展集团天津产业运营项目", "Project"),
            ("中关村智造大街项目", "Project", ["中关村智造大街"]),
            ("天津滨海新区政府", "PartyGovBody"),
        ],
    )
    assert ("中发展集团天津产业运营项目", "LOCATED_IN", "天津滨海—中关村科技园") in triples
    assert ("中关村智造大街项目", "LOCATED_IN", "天津滨海—中关村科技园") in triples
    assert ("天津滨海新区政府", "LOCATED_IN", "天津滨海—中关村科技园") not in triples  # 从…获悉


# --- classes found on unseen passages (batch r1); sentences paraphrased, names invented -------------


def test_chair_without_an_event_word_leads_the_reported_meeting():
    text = (
        "甲市委军民融合发展委员会召开第一次全体会议。"
        "市委书记、委员会主任张一主持会议并讲话，市委副书记、委员会副主任李二出席会议。"
    )
    triples, _, _ = run(
        text,
        [
            ("甲市委军民融合发展委员会", "PartyGovBody", ["委员会"]),
            ("第一次全体会议", "Event"),
            ("市委", "PartyGovBody"),
            ("张一", "Person"),
            ("李二", "Person"),
        ],
    )
    assert ("张一", "LEADS", "第一次全体会议") in triples
    assert ("张一", "PARTICIPATES_IN", "第一次全体会议") not in triples  # the chair is not an attendee
    assert ("李二", "PARTICIPATES_IN", "第一次全体会议") in triples


def test_headline_chair_and_attendees():
    text = "市委召开军民融合推进会\n张一主持并讲话 李二王三出席\n"
    triples, _, _ = run(
        text,
        [
            ("市委", "PartyGovBody"),
            ("军民融合推进会", "Event"),
            ("张一", "Person"),
            ("李二", "Person"),
            ("王三", "Person"),
        ],
    )
    assert ("张一", "LEADS", "军民融合推进会") in triples
    assert ("张一", "PARTICIPATES_IN", "军民融合推进会") not in triples
    assert ("王三", "PARTICIPATES_IN", "军民融合推进会") in triples


def test_organiser_of_an_event_leads_it_and_the_place_locates_it():
    text = "5月3日，县人武部政委赵四到东山镇组织民兵整组点验大会，乡镇干部参加会议。"
    triples, _, _ = run(
        text,
        [
            ("县人武部", "MilitaryUnit"),
            ("赵四", "Person"),
            ("东山镇", "Location"),
            ("民兵整组点验大会", "Event"),
        ],
    )
    assert ("赵四", "LEADS", "民兵整组点验大会") in triples
    assert ("赵四", "PARTICIPATES_IN", "民兵整组点验大会") not in triples
    assert ("民兵整组点验大会", "LOCATED_IN", "东山镇") in triples


def test_park_anaphor_located_and_settled_list():
    text = (
        "南湖军民融合产业园是南湖区首个军民融合产业园。园区位于南湖经济开发区内。"
        "目前已有2家企业入驻，分别是甲乙精密项目和丙丁材料项目。"
    )
    triples, _, _ = run(
        text,
        [
            ("南湖军民融合产业园", "IndustrialPark"),
            ("南湖区", "Location"),
            ("南湖经济开发区", "IndustrialPark"),
            ("甲乙精密项目", "Project"),
            ("丙丁材料项目", "Project"),
        ],
    )
    assert ("南湖军民融合产业园", "LOCATED_IN", "南湖经济开发区") in triples
    assert ("甲乙精密项目", "LOCATED_IN", "南湖军民融合产业园") in triples
    assert ("丙丁材料项目", "LOCATED_IN", "南湖军民融合产业园") in triples
    assert ("甲乙精密项目", "LOCATED_IN", "南湖经济开发区") not in triples  # a site, not the topic


def test_members_joining_an_alliance_are_part_of_it():
    text = "首批加入联盟的有甲科技、乙电子等企业。丙研究院加入了联盟。"
    triples, _, _ = run(
        text,
        [
            ("军民融合产业联盟", "Association", ["联盟"]),
            ("甲科技", "Enterprise"),
            ("乙电子", "Enterprise"),
            ("丙研究院", "ResearchInstitute"),
        ],
    )
    assert ("甲科技", "PART_OF", "军民融合产业联盟") in triples
    assert ("乙电子", "PART_OF", "军民融合产业联盟") in triples
    assert ("丙研究院", "PART_OF", "军民融合产业联盟") in triples


def test_a_zone_founds_a_park_only_as_the_named_subject():
    text = "上城工业区13日揭牌建立星河军民融合产业园。"
    triples, _, _ = run(text, [("上城工业区", "IndustrialPark"), ("星河军民融合产业园", "IndustrialPark")])
    assert ("上城工业区", "ESTABLISHED", "星河军民融合产业园") in triples
    text = "多个项目现场签约，并成立了东江军民融合基金。"
    triples, _, _ = run(
        "东江军民融合产业园揭牌。" + text,
        [("东江军民融合产业园", "IndustrialPark"), ("东江军民融合基金", "Fund")],
    )
    assert ("东江军民融合产业园", "ESTABLISHED", "东江军民融合基金") not in triples


def test_academician_title():
    text = "张三会见了中国工程院院士、某研究所所长李四一行。"
    triples, _, _ = run(
        text,
        [
            ("张三", "Person"),
            ("中国工程院", "ResearchInstitute"),
            ("某研究所", "ResearchInstitute"),
            ("李四", "Person"),
        ],
    )
    assert ("李四", "HOLDS_POSITION", "中国工程院") in triples
    assert ("李四", "HOLDS_POSITION", "某研究所") in triples


# --- classes found on unseen passages (batch r2); sentences paraphrased, names invented -------------


def test_one_title_over_a_list_of_bare_names():
    text = "县委常委甲一、乙二、丙三出席。县领导丁四、戊五列席会议。"
    triples, _, _ = run(
        text,
        [
            ("县委", "PartyGovBody"),
            ("甲一", "Person"),
            ("乙二", "Person"),
            ("丙三", "Person"),
            ("丁四", "Person"),
            ("戊五", "Person"),
        ],
    )
    for name in ("甲一", "乙二", "丙三"):
        assert (name, "HOLDS_POSITION", "县委") in triples
    assert ("丁四", "HOLDS_POSITION", "县委") not in triples  # 县领导: no body named


def test_own_numbered_meeting_announced_after_its_name():
    text = "7月24日，北河区委军民融合发展委员会第四次全体会议召开。"
    triples, _, _ = run(
        text,
        [
            ("北河区委军民融合发展委员会", "PartyGovBody"),
            ("北河区委军民融合发展委员会第四次全体会议", "Event"),
        ],
    )
    assert (  # rel5: a body's own meeting gives the body nothing by its name alone
        "北河区委军民融合发展委员会",
        "PARTICIPATES_IN",
        "北河区委军民融合发展委员会第四次全体会议",
    ) not in triples


def test_support_from_two_adjacent_bodies_and_heads_of_a_new_group():
    text = (
        "会议决定成立由甲市长和乙院长担任双组长的融合工作领导小组。"
        "乙对南市委市政府多年来对九院的关心和支持表示感谢。"
    )
    triples, _, _ = run(
        text,
        [
            ("甲", "Person"),
            ("乙", "Person"),
            ("融合工作领导小组", "PartyGovBody"),
            ("南市委", "PartyGovBody"),
            ("市政府", "PartyGovBody"),
            ("九院", "ResearchInstitute"),
        ],
    )
    assert ("甲", "HOLDS_POSITION", "融合工作领导小组") in triples
    assert ("乙", "HOLDS_POSITION", "融合工作领导小组") in triples
    assert ("南市委", "SUPPORTS", "九院") in triples
    assert ("市政府", "SUPPORTS", "九院") in triples


def test_title_body_is_not_the_subject_of_the_next_clause():
    text = (
        "11月2日，县委书记、县人武部党委第一书记甲乙主持召开县委常委议军会议，"
        "传达学习关于国防和军队建设重要讲话和《关于加强人民武装工作的意见》。"
    )
    triples, _, _ = run(
        text,
        [
            ("县委", "PartyGovBody"),
            ("县人武部党委", "PartyGovBody"),
            ("甲乙", "Person"),
            ("县委常委议军会议", "Event"),
            ("《关于加强人民武装工作的意见》", "Policy"),
        ],
    )
    assert ("甲乙", "LEADS", "县委常委议军会议") in triples
    assert ("县委", "IMPLEMENTS", "《关于加强人民武装工作的意见》") not in triples


def test_a_park_is_not_the_founder_of_what_is_built_around_it():
    text = "作为东城科技城建设主战场的高新区，加快发展。"
    triples, _, _ = run(text, [("东城科技城", "IndustrialPark"), ("高新区", "IndustrialPark")])
    assert ("东城科技城", "ESTABLISHED", "高新区") not in triples


# --- classes found on unseen passages (batch r3); sentences paraphrased, names invented -------------


def test_signing_list_after_yu_is_one_side():
    text = "在签约仪式上，省政府与甲集团公司、乙集团公司、丙集团公司、丁研究院等签署战略合作协议。"
    ents = [
        ("东省政府", "PartyGovBody", ["省政府"]),
        ("甲集团公司", "Enterprise"),
        ("乙集团公司", "Enterprise"),
        ("丙集团公司", "Enterprise"),
        ("丁研究院", "ResearchInstitute"),
    ]
    triples, _, _ = run(text, ents)
    pairs = {frozenset((h, t)) for h, r, t in triples if r == "COORDINATES_WITH"}
    for other in ("甲集团公司", "乙集团公司", "丙集团公司", "丁研究院"):
        assert frozenset(("东省政府", other)) in pairs
    assert frozenset(("甲集团公司", "乙集团公司")) not in pairs  # one side of the signing
    triples, _, _ = run(
        "甲市、乙市地方政府分别与有关军工企业签署了项目合作协议。",
        [("甲市", "Location"), ("乙市", "Location")],
    )
    assert not any(r == "COORDINATES_WITH" for _, r, _ in triples)


def test_meeting_cited_with_a_speech_is_not_the_one_attended():
    text = (
        "6月25日，市委书记甲乙主持召开市委常委会会议暨市委军民融合发展委员会第一次全体会议，"
        "传达学习总书记在中央军民融合发展委员会第三次全体会议上的重要讲话精神。"
        "市长、市委军民融合发展委员会第一副主任丙丁等参加会议。"
    )
    ev = "市委常委会会议暨市委军民融合发展委员会第一次全体会议"
    triples, _, _ = run(
        text,
        [
            ("市委", "PartyGovBody"),
            ("市委军民融合发展委员会", "PartyGovBody"),
            ("甲乙", "Person"),
            ("丙丁", "Person"),
            (ev, "Event"),
            ("中央军民融合发展委员会第三次全体会议", "Event"),
        ],
    )
    assert ("甲乙", "LEADS", ev) in triples
    assert ("丙丁", "PARTICIPATES_IN", ev) in triples
    assert ("丙丁", "PARTICIPATES_IN", "中央军民融合发展委员会第三次全体会议") not in triples
    # its numbered plenary, after 暨: the members attend, the body gets nothing by the name (rel5)
    assert ("市委军民融合发展委员会", "PARTICIPATES_IN", ev) not in triples


def test_body_leader_title_and_signing_at_an_event():
    text = "会上，县人武部领导甲乙传达有关精神。"
    triples, _, _ = run(text, [("县人武部", "MilitaryUnit"), ("甲乙", "Person")])
    assert ("甲乙", "HOLDS_POSITION", "县人武部") in triples
    text = "在4月12日举行的融合发展推进会上，东省与丙研究院签署合作协议。"
    triples, _, _ = run(
        text, [("融合发展推进会", "Event"), ("东省", "Location"), ("丙研究院", "ResearchInstitute")]
    )
    assert ("东省", "PARTICIPATES_IN", "融合发展推进会") in triples
    assert ("丙研究院", "PARTICIPATES_IN", "融合发展推进会") in triples


def test_a_place_is_a_partner_after_yu_but_not_after_dao():
    ents = [("甲投资有限公司", "Enterprise"), ("东城区", "Location")]
    triples, _, _ = run("14日，甲投资有限公司还与东城区签署了项目落地协议书。", ents)
    assert ("甲投资有限公司", "COORDINATES_WITH", "东城区") in triples or (
        "东城区",
        "COORDINATES_WITH",
        "甲投资有限公司",
    ) in triples
    triples, _, _ = run("甲投资有限公司到东城区交流。", ents)
    assert not any(r == "COORDINATES_WITH" for _, r, _ in triples)


# --- problems ------------------------------------------------------------------------------------


def test_problem_statements_are_attached_to_the_entity():
    text = sample_sentence("s000", "尚未实质性运作")
    _, _, problems = run(text, [("军民融合产业发展基金", "Fund"), ("西安", "Location")])
    assert list(problems) == ["军民融合产业发展基金"]
    assert problems["军民融合产业发展基金"][0].modality == "problem"
    text = sample_sentence("s000", "建设进度比较慢")
    _, _, problems = run(text, [("军民融合产业园", "IndustrialPark")])
    assert "军民融合产业园" in problems  # "…已经规划了两年，但建设进度比较慢"


# --- the spaCy component and the quality floor ---------------------------------------------------


@needs_gold
def test_component_writes_relations_and_problems_on_a_doc():
    import spacy

    import ingest.components.relations  # noqa: F401  (registers the factory)
    from tests.relations_harness import build_doc

    nlp = spacy.blank("zh")
    comp = nlp.add_pipe("mcf_relations")
    gold = next(d for d in load_gold() if d["id"] == "s000")
    doc = comp(build_doc(gold, nlp))
    rels = doc._.relations
    assert rels and all(r.evidence.document == "s000" for r in rels)
    assert all(doc.text[r.evidence.start : r.evidence.end] == r.evidence.sentence for r in rels)
    fund = next(e for e in doc._.entities if e.name == "军民融合产业发展基金")
    assert fund.problems and fund.problems[0].modality == "problem"


@needs_gold
def test_quality_floor_with_gold_entities():
    """Measured 2026-12-02 on seeds + dev: typed P 0.996 R 0.959 F1 0.977 (233 predicted, 242 gold).

    The rules were written while reading these documents, so this is a regression floor, not an
    estimate of quality on unseen text (see docs/QUALITY.md, Relations).
    """
    res = score_gold_entities()
    assert res["relations_typed"]["f1"] >= 0.93
    assert res["relations_typed"]["p"] >= 0.93
    assert res["relations_untyped"]["f1"] >= 0.93


@needs_gold
def test_quality_floor_with_the_full_pipeline():
    """Full pipeline (entity extractor + these rules), measured 2026-12-02: typed P 0.932 R 0.851
    F1 0.890. The floor is the project target (untyped >= 0.60, typed >= 0.50) plus a margin, so
    that a regression in either half shows here."""
    pytest.importorskip("ingest.extract")
    from tests.relations_harness import score_pipeline

    res, preds = score_pipeline()
    assert res["relations_untyped"]["f1"] >= 0.88  # issue 10 dev floor; measured 0.932
    assert res["relations_typed"]["f1"] >= 0.88
    rels = [r for p in preds.values() for r in p["relations"]]
    assert {r["modality"] for r in rels} <= set(MODALITIES)
    assert all(0.0 < r["confidence"] <= 1.0 and r["source"].startswith("rel:") for r in rels)


# --- the speed-ups keep the reading exact ----------------------------------------------------------
# The views and the fold are computed once per document for speed (relation_view, ingest.textfold);
# these tests hold them to the plain per-character definitions they replace.


def _all_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    if all(p.exists() for p in GOLD_FILES):
        texts += [d["text"] for d in load_gold()]
    return texts


def test_relations_read_the_shared_fold():
    """Entities and relations match on one view of the text (ingest.textfold): same fold, same
    pinyin glosses dropped."""
    from ingest.components import modality, relation_base, relation_view
    from ingest.textfold import PINYIN, view_fold

    assert relation_view.fold is view_fold and relation_base.fold is view_fold and modality.fold is view_fold
    assert relation_view.PINYIN is PINYIN
    for t in _all_texts() + ["協(xié)會（ＡＢＣ）“雙擁”，１２３巿"]:
        assert len(view_fold(t)) == len(t)


@needs_gold
def test_document_views_match_the_per_sentence_masking():
    """build_views (one fold per document, mentions by binary search) equals build_view per
    sentence on the full mention list, and every placeholder maps back to its mention."""
    from ingest.components.relation_view import CHAR_TYPE, build_view, build_views, non_overlapping
    from tests.relations_harness import gold_mentions

    for doc in load_gold():
        text = doc["text"]
        sentences = split_sentences(text)
        mentions = non_overlapping(gold_mentions(doc))
        assert mentions, doc["id"]
        views = build_views(text, sentences, mentions)
        masked_count = 0
        for i, ((s, e), v) in enumerate(zip(sentences, views, strict=True)):
            alone = build_view(text, i, s, e, mentions)
            assert (v.masked, v.m2o, v.slots) == (alone.masked, alone.m2o, alone.slots)
            assert len(v.masked) == len(v.m2o)
            for p, m in v.slots.items():
                assert v.m2o[p] == m.start and v.masked[p] in CHAR_TYPE
            masked_count += len(v.slots)
            # the cached helpers answer as a scan over the view would
            for a, b in ((0, len(v.masked)), (2, 9), (len(v.masked) // 2, len(v.masked))):
                assert v.mentions_in(a, b) == [(p, m) for p, m in sorted(v.slots.items()) if a <= p < b]
            for pos in range(len(v.masked)):
                k = v.clause_index(pos)
                inside = [c for c in v.clause_spans if c[0] <= pos < c[1]]
                assert (v.clause_spans[k] if k is not None else None) == (inside[0] if inside else None)
        inside_sentences = [m for m in mentions if any(s <= m.start and m.end <= e for s, e in sentences)]
        assert masked_count == len(inside_sentences)


def test_problem_clauses_without_a_cue_and_the_cached_classify():
    from ingest.components.modality import classify, problem_clauses

    text = sample_sentence("s000", "建设进度比较慢")
    assert problem_clauses(text)  # the sentence states a problem
    quiet = "会议由市委军民融合办主持。"
    assert problem_clauses(quiet) == []
    assert classify(text) == classify.__wrapped__(text) == "problem"  # cached = computed afresh


# --- b8 round: constructions met on a fresh batch (sentences invented) --------------------------


def test_signing_with_each_of_a_list_after_yu_and_noisy_commas():
    triples, _, _ = run(
        "5月3日,,东山省人民政府与甲集团、乙集团,、丙集团在西岭分别签署战略合作协议。",
        [("东山省人民政府", "PartyGovBody"), ("甲集团", "Enterprise"), ("乙集团", "Enterprise"),
         ("丙集团", "Enterprise"), ("西岭", "Location")],
    )
    for firm in ("甲集团", "乙集团", "丙集团"):
        assert ("东山省人民政府", "COORDINATES_WITH", firm) in triples \
            or (firm, "COORDINATES_WITH", "东山省人民政府") in triples
    assert ("甲集团", "COORDINATES_WITH", "乙集团") not in triples


def test_cofounders_listed_before_their_parent_and_affiliates():
    triples, _, _ = run(
        "该联合体是由东山航空学会、西岭核学会等2家东山科协所属学会共同发起成立的学会联合体。",
        [("东山学会联合体", "Association", ["联合体"]), ("东山航空学会", "Association"),
         ("西岭核学会", "Association"), ("东山科协", "Association")],
    )
    assert ("东山航空学会", "ESTABLISHED", "东山学会联合体") in triples
    assert ("西岭核学会", "ESTABLISHED", "东山学会联合体") in triples
    assert ("东山航空学会", "PART_OF", "东山科协") in triples
    assert ("西岭核学会", "PART_OF", "东山科协") in triples


def test_a_place_modifying_the_founders_class_is_no_founder():
    triples, _, _ = run(
        "东山市航天协会由东山市参军民企共同组建。",
        [("东山市航天协会", "Association"), ("东山市", "Location")],
    )
    assert ("东山市", "ESTABLISHED", "东山市航天协会") not in triples


def test_own_meetings_give_the_body_no_participation_by_name_alone():
    """rel5: a body's own meeting named after it was annotated with the body taking part once in five
    READ cases (the batches annotate the members who attend): the name alone gives nothing."""
    triples, _, _ = run(
        "县委武装工作会议暨县国防动员委员会第五次全体会议召开。",
        [("县委武装工作会议暨县国防动员委员会第五次全体会议", "Event"), ("县委", "PartyGovBody"),
         ("县国动委", "PartyGovBody")],
    )
    assert ("县委", "PARTICIPATES_IN", "县委武装工作会议暨县国防动员委员会第五次全体会议") not in triples
    assert ("县国动委", "PARTICIPATES_IN", "县委武装工作会议暨县国防动员委员会第五次全体会议") not in triples
    triples, _, _ = run(
        "东山航天技术协会第三届会员代表大会3月2日在京隆重召开。",
        [("东山航天技术协会第三届会员代表大会", "Event"), ("东山航天技术协会", "Association"),
         ("京", "Location")],
    )
    assert ("东山航天技术协会", "PARTICIPATES_IN", "东山航天技术协会第三届会员代表大会") not in triples
    assert ("东山航天技术协会第三届会员代表大会", "LOCATED_IN", "京") in triples
    # the body as the subject of 召开 is still the convener
    triples, _, _ = run(
        "东山县委召开东山县委议军会议。",
        [("东山县委议军会议", "Event"), ("东山县委", "PartyGovBody")],
    )
    assert ("东山县委", "PARTICIPATES_IN", "东山县委议军会议") in triples


def test_fund_founded_to_support_is_established_not_supported_and_compound_place_prefix():
    triples, _, _ = run(
        "东山专门设立了支持航天产业发展专项资金1亿元。",
        [("东山区", "Location", ["东山"]), ("航天产业发展专项资金", "Fund")],
    )
    assert ("东山区", "ESTABLISHED", "航天产业发展专项资金") in triples
    assert ("东山区", "SUPPORTS", "航天产业发展专项资金") not in triples
    triples, _, _ = run(
        "会议在张家口市怀来县举行。怀来县人民政府出席。",
        [("张家口市怀来县", "Location"), ("怀来县人民政府", "PartyGovBody")],
    )
    assert ("怀来县人民政府", "LOCATED_IN", "张家口市怀来县") in triples


# --- b9 round (sentences invented) ---------------------------------------------------------------


def test_body_led_before_zai_funders_listed_and_partners_after_lianhe():
    triples, _, _ = run(
        "该中心在中科院和东山集团的领导下,以市场需求为牵引。",
        [("东山创新中心", "IndustrialPark", ["该中心"]), ("中科院", "ResearchInstitute"),
         ("东山集团", "Enterprise")],
    )
    assert ("中科院", "LEADS", "东山创新中心") in triples
    assert ("东山集团", "LEADS", "东山创新中心") in triples
    triples, _, _ = run(
        "采取东山公司出资、西岭集团一定比例出资的模式共同创建。",
        [("东山公司", "Enterprise"), ("西岭集团", "Enterprise")],
    )
    assert ("东山公司", "FUNDS", "西岭集团") not in triples
    triples, _, _ = run(
        "该平台是由东山大学联合西岭工程大学、南山飞行学院等单位申报的。",
        [("东山大学", "ResearchInstitute"), ("西岭工程大学", "ResearchInstitute"),
         ("南山飞行学院", "ResearchInstitute")],
    )
    for other in ("西岭工程大学", "南山飞行学院"):
        assert ("东山大学", "COORDINATES_WITH", other) in triples \
            or (other, "COORDINATES_WITH", "东山大学") in triples


def test_venue_body_after_zai_is_not_the_host_and_a_ceremony_closing_in_a_city():
    triples, _, _ = run(
        "3月6日,东山省委军民融合办在东山大学研究院召开创新中心认定评审会。",
        [("东山省委军民融合办", "PartyGovBody"), ("东山大学研究院", "ResearchInstitute"),
         ("创新中心认定评审会", "Event")],
    )
    assert ("东山省委军民融合办", "PARTICIPATES_IN", "创新中心认定评审会") in triples
    assert ("东山大学研究院", "PARTICIPATES_IN", "创新中心认定评审会") not in triples
    triples, _, _ = run(
        "今天,东山省双拥模范城命名表彰大会在杭落下帷幕。",
        [("东山省双拥模范城命名表彰大会", "Event"), ("杭", "Location")],
    )
    assert ("东山省双拥模范城命名表彰大会", "LOCATED_IN", "杭") in triples


def test_own_meeting_named_with_pinyin_glosses():
    triples, _, _ = run(
        "縣委議軍會(huì)議召開(kāi)。",
        [("縣委議軍會(huì)議", "Event"), ("縣委", "PartyGovBody")],
    )
    assert ("縣委", "PARTICIPATES_IN", "縣委議軍會(huì)議") not in triples  # rel5: no own-meeting rule


# --- b10 round (sentences invented) --------------------------------------------------------------


def test_support_from_the_bodies_thanked_and_founders_after_lianhe():
    triples, _, _ = run(
        "杨某斌听取汇报后,对市委、市政府长期以来关心和支持军分区建设表示衷心感谢。",
        [("杨某斌", "Person"), ("市委", "PartyGovBody"), ("市政府", "PartyGovBody"),
         ("东山军分区", "MilitaryUnit", ["军分区"])],
    )
    assert ("市委", "SUPPORTS", "东山军分区") in triples
    assert ("市政府", "SUPPORTS", "东山军分区") in triples
    assert ("杨某斌", "SUPPORTS", "东山军分区") not in triples
    triples, _, _ = run(
        "东山集团联合西山资本、南方科创等单位共同设立东山发展基金。",
        [("东山集团", "Enterprise"), ("西山资本", "Enterprise"), ("南方科创", "Enterprise"),
         ("东山发展基金", "Fund")],
    )
    for founder in ("东山集团", "西山资本", "南方科创"):
        assert (founder, "ESTABLISHED", "东山发展基金") in triples


# --- b11 round (sentences invented) --------------------------------------------------------------


def test_place_prefix_from_a_town_inside_a_compound_place_with_glosses():
    triples, _, _ = run(
        "東山州西嶺縣潘家鎮(zhèn)民兵訓練開始。潘家鎮(zhèn)人武部下達命令。",
        [("西嶺縣潘家鎮(zhèn)", "Location"), ("潘家鎮(zhèn)人武部", "MilitaryUnit")],
    )
    assert ("潘家鎮(zhèn)人武部", "LOCATED_IN", "西嶺縣潘家鎮(zhèn)") in triples


# --- r1/r2 round (sentences invented) ------------------------------------------------------------


def test_event_opener_after_a_date_and_the_closing_session_attended():
    triples, _, _ = run(
        "2006年4月20日,在第七届东山交易会上,东山委与西山市政府签订合作协议书。",
        [("第七届东山交易会", "Event"), ("东山委", "PartyGovBody"), ("西山市政府", "PartyGovBody")],
    )
    assert ("东山委", "PARTICIPATES_IN", "第七届东山交易会") in triples
    assert ("西山市政府", "PARTICIPATES_IN", "第七届东山交易会") in triples
    triples, _, _ = run(
        "东山体系建设会议今天在南城市闭幕。东山军区副司令员甲某扬,副省长乙某信出席闭幕会并讲话。",
        [("东山体系建设会议", "Event"), ("南城市", "Location"), ("甲某扬", "Person"),
         ("乙某信", "Person"), ("东山军区", "MilitaryUnit")],
    )
    assert ("甲某扬", "PARTICIPATES_IN", "东山体系建设会议") in triples
    assert ("乙某信", "PARTICIPATES_IN", "东山体系建设会议") in triples


def test_signing_sides_after_an_adverb_and_with_he_inside_the_second_side():
    ents = [("东山部队", "MilitaryUnit"), ("甲工程公司", "Enterprise"), ("乙建筑公司", "Enterprise"),
            ("丙交通公司", "Enterprise")]
    triples, _, _ = run(
        "东山部队近日与甲工程公司、乙建筑公司、丙交通公司等3家中央企业签署战略合作框架协议。", ents)
    for firm in ("甲工程公司", "乙建筑公司", "丙交通公司"):
        assert ("东山部队", "COORDINATES_WITH", firm) in triples
    assert ("甲工程公司", "COORDINATES_WITH", "乙建筑公司") not in triples
    assert ("乙建筑公司", "COORDINATES_WITH", "丙交通公司") not in triples
    triples, _, _ = run(
        "签署的协议包括东山委与西山省和南山市的战略合作。",
        [("东山委", "PartyGovBody"), ("西山省", "Location"), ("南山市", "Location")],
    )
    assert ("东山委", "COORDINATES_WITH", "西山省") in triples
    assert ("东山委", "COORDINATES_WITH", "南山市") in triples
    assert ("西山省", "COORDINATES_WITH", "南山市") not in triples


def test_title_chain_across_bare_titles_sub_units_and_other_kinds_of_body():
    ents = [("东山集团", "Enterprise"), ("西山集团", "Enterprise")] + [
        (n, "Person") for n in ("甲某", "乙某东", "丙某", "丁某民", "戊某")]
    triples, _, _ = run(
        "东山集团党组书记、董事长甲某,党组成员、总会计师乙某东,党组成员、副总经理丙某出席活动。"
        "西山集团董事、总经理、党组副书记丁某民参加会谈,副校长戊某参加座谈。",
        ents,
    )
    for p in ("甲某", "乙某东", "丙某"):
        assert (p, "HOLDS_POSITION", "东山集团") in triples
    assert ("丁某民", "HOLDS_POSITION", "西山集团") in triples
    triples, _, _ = run(
        "西山集团董事长甲某、副总经理乙某东,副校长戊某参加座谈。", ents)
    assert ("乙某东", "HOLDS_POSITION", "西山集团") in triples
    assert ("戊某", "HOLDS_POSITION", "西山集团") not in triples  # a university's title
    triples, _, _ = run(
        "东山人武学校副校长甲某、培训科科长乙某东赴北镇调研。镇长丙某、北镇人武部长丁某民陪同。"
        "西山集团副总经理戊某,在我委总工程师丙某陪同下调研。",
        [("东山人武学校", "ResearchInstitute"), ("北镇人武部", "MilitaryUnit", ["镇人武部"]),
         ("西山集团", "Enterprise")] + [(n, "Person") for n in ("甲某", "乙某东", "丙某", "丁某民", "戊某")],
    )
    assert ("甲某", "HOLDS_POSITION", "东山人武学校") in triples
    assert ("乙某东", "HOLDS_POSITION", "东山人武学校") not in triples  # 培训科: a unit not named
    assert ("丁某民", "HOLDS_POSITION", "北镇人武部") in triples  # 人武部 + 长
    assert ("丙某", "HOLDS_POSITION", "西山集团") not in triples  # 我委: the writer's own body


def test_own_meeting_of_a_year_and_venue_room_and_place_visited():
    triples, _, _ = run(
        "近日,2022年县委议军会议召开。",
        [("2022年县委议军会议", "Event"), ("县委", "PartyGovBody")],
    )
    assert ("县委", "PARTICIPATES_IN", "2022年县委议军会议") not in triples  # rel5: no own-meeting rule
    triples, _, _ = run(
        "调研组在镇政府会议室组织召开了武装工作座谈会,会议由镇长甲某主持。",
        [("镇政府", "PartyGovBody"), ("武装工作座谈会", "Event"), ("甲某", "Person")],
    )
    assert ("镇政府", "PARTICIPATES_IN", "武装工作座谈会") not in triples
    assert ("镇政府", "LEADS", "武装工作座谈会") not in triples
    assert ("甲某", "LEADS", "武装工作座谈会") in triples
    triples, _, _ = run(
        "东山军分区司令员甲某深入西山县北乡开展“百村”民兵大调研。",
        [("东山军分区", "MilitaryUnit"), ("甲某", "Person"), ("西山县北乡", "Location"),
         ("“百村”民兵大调研", "Project")],
    )
    assert ("西山县北乡", "IMPLEMENTS", "“百村”民兵大调研") not in triples


def test_settled_project_chain_of_places_and_firms_of_a_group_in_a_province():
    triples, _, _ = run(
        "县委、县政府在东山开发区规划建设了“东山产业园”。领导嘉宾为东山产业园揭牌,并为首批入驻的北汇制造项目奠基。",
        [("东山产业园", "IndustrialPark"), ("东山开发区", "IndustrialPark"), ("北汇制造项目", "Project"),
         ("县委", "PartyGovBody"), ("县政府", "PartyGovBody")],
    )
    assert ("北汇制造项目", "LOCATED_IN", "东山产业园") in triples
    triples, _, _ = run(
        "联盟落户在北城区(北经开区)东山云谷。",
        [("东山联盟", "Association", ["联盟"]), ("北城区", "Location"), ("北经开区", "IndustrialPark"),
         ("东山云谷", "IndustrialPark")],
    )
    assert ("东山联盟", "LOCATED_IN", "东山云谷") in triples
    assert ("东山云谷", "LOCATED_IN", "北城区") in triples
    triples, _, _ = run(
        "甲光电、乙药业、丙电子等东山集团在鄂企业受邀参加签约活动。",
        [("甲光电", "Enterprise"), ("乙药业", "Enterprise"), ("丙电子", "Enterprise"),
         ("东山集团", "Enterprise"), ("西省", "Location", ["鄂"]), ("东山签约活动", "Event", ["签约活动"])],
    )
    for firm in ("甲光电", "乙药业", "丙电子"):
        assert (firm, "PART_OF", "东山集团") in triples
        assert (firm, "LOCATED_IN", "西省") in triples
        assert (firm, "PARTICIPATES_IN", "东山签约活动") in triples
    assert ("东山集团", "PARTICIPATES_IN", "东山签约活动") not in triples


def test_event_held_by_bodies_with_huitong_and_a_firm_full_name_is_no_part():
    triples, _, _ = run(
        "首届东山成果展览,是由东山部会同西山部、南山局,于5月26日至6月10日在京联合举办的。",
        [("首届东山成果展览", "Event"), ("东山部", "MilitaryUnit"), ("西山部", "PartyGovBody"),
         ("南山局", "PartyGovBody"), ("京", "Location")],
    )
    for body in ("东山部", "西山部", "南山局"):
        assert (body, "PARTICIPATES_IN", "首届东山成果展览") in triples
    assert ("首届东山成果展览", "LOCATED_IN", "京") in triples
    assert ("东山部", "COORDINATES_WITH", "西山部") in triples
    assert ("西山部", "COORDINATES_WITH", "南山局") not in triples
    triples, _, _ = run(
        "东山航空工业集团公司和西山中车集团公司在北京签署协议。东山航空工业总经理甲某出席。",
        [("东山航空工业集团公司", "Enterprise"), ("东山航空工业", "Enterprise"),
         ("西山中车集团公司", "Enterprise"), ("甲某", "Person")],
    )
    assert ("东山航空工业集团公司", "PART_OF", "东山航空工业") not in triples


def test_led_by_provided_for_appositive_titles_and_subsidiaries():
    ents = [("东山市发改委", "PartyGovBody"), ("西山局", "PartyGovBody"), ("南山局", "PartyGovBody"),
            ("东山专项行动", "Project")]
    triples, _, _ = run("东山专项行动由东山市发改委牵头,西山局、南山局配合。", ents)
    assert ("东山市发改委", "LEADS", "东山专项行动") in triples
    assert ("东山市发改委", "COORDINATES_WITH", "西山局") in triples
    assert ("西山局", "COORDINATES_WITH", "南山局") not in triples
    triples, _, _ = run(
        "会议由东山市委副书记甲某主持,东山公司负责人乙某出席。",
        [("甲某", "Person"), ("乙某", "Person"), ("东山市委", "PartyGovBody"),
         ("东山公司", "Enterprise"), ("东山会议", "Event", ["会议"])],
    )
    assert ("东山公司", "LEADS", "东山会议") not in triples  # 负责人 is a noun
    triples, _, _ = run(
        "东山银行为西山科技公司提供了5亿元授信支持。",
        [("东山银行", "Enterprise"), ("西山科技公司", "Enterprise")],
    )
    assert ("东山银行", "SUPPORTS", "西山科技公司") in triples
    triples, _, _ = run(
        "甲某(东山集团董事长)出席会议。乙某,西山集团总经理,在会上表示。",
        [("甲某", "Person"), ("乙某", "Person"), ("东山集团", "Enterprise"), ("西山集团", "Enterprise")],
    )
    assert ("甲某", "HOLDS_POSITION", "东山集团") in triples
    assert ("乙某", "HOLDS_POSITION", "西山集团") in triples
    triples, _, _ = run(
        "西山科技公司是东山集团下属企业。南山电子公司是东山集团的全资子公司。",
        [("东山集团", "Enterprise"), ("西山科技公司", "Enterprise"), ("南山电子公司", "Enterprise")],
    )
    assert ("西山科技公司", "PART_OF", "东山集团") in triples
    assert ("南山电子公司", "PART_OF", "东山集团") in triples


def test_sponsors_continued_after_a_semicolon_and_guests_from_bodies_and_elected_titles():
    triples, _, _ = run(
        "9月25日,東山聯盟成立大會在北湖召開,本次大會由東山辦公室主辦;北湖縣人民政府、北湖空港公司承辦,"
        "中電科北湖有限公司協辦。",
        [("東山聯盟成立大會", "Event"), ("北湖", "Location"), ("東山辦公室", "PartyGovBody"),
         ("北湖縣人民政府", "PartyGovBody"), ("北湖空港公司", "Enterprise"),
         ("中電科北湖有限公司", "Enterprise")],
    )
    assert ("東山辦公室", "LEADS", "東山聯盟成立大會") in triples
    for body in ("北湖縣人民政府", "北湖空港公司", "中電科北湖有限公司"):
        assert (body, "PARTICIPATES_IN", "東山聯盟成立大會") in triples
    triples, _, _ = run(
        "12月23日,东山论坛在东山大学学术交流中心举行,来自全省发改系统、省军区、高校等120位嘉宾汇聚一堂。"
        "会议由东山大学副校长廖某和主持,东山大学党委书记尹某到会致辞。"
        "会议选举东山大学教授李某志为东山学术委员会主任,西山大学校长王某龙、南山中心主任游某荣为副主任。",
        [("东山论坛", "Event", ["会议"]), ("省军区", "MilitaryUnit"), ("东山大学", "ResearchInstitute"),
         ("西山大学", "ResearchInstitute"), ("南山中心", "ResearchInstitute"),
         ("东山学术委员会", "Association")]
        + [(n, "Person") for n in ("尹某", "廖某和", "李某志", "王某龙", "游某荣")],
    )
    assert ("省军区", "PARTICIPATES_IN", "东山论坛") in triples
    assert ("尹某", "PARTICIPATES_IN", "东山论坛") in triples
    for p in ("李某志", "王某龙", "游某荣"):
        assert (p, "HOLDS_POSITION", "东山学术委员会") in triples
    assert ("王某龙", "HOLDS_POSITION", "西山大学") in triples


def test_governor_title_cut_by_the_place_name_and_a_class_of_bodies_as_partner():
    triples, _, _ = run(
        "10月17日下午,東山省長趙某志在東陽會見客人。希望西山部一如既往地關心支持東山改革發展,"
        "促成更多軍工企業與東山省合作對接。",
        [("趙某志", "Person"), ("東山省", "Location", ["東山"]), ("東陽", "Location"),
         ("西山部", "PartyGovBody"), ("省政府", "PartyGovBody")],
    )
    assert ("趙某志", "HOLDS_POSITION", "省政府") in triples
    assert ("西山部", "SUPPORTS", "東山省") in triples
    assert ("西山部", "COORDINATES_WITH", "東山省") not in triples


def test_unveiled_at_after_a_short_name_in_parentheses():
    triples, _, _ = run(
        "由东山市、北方大学三方共同组建的“东山协同创新研究院”(以下简称研究院)在海沧区正式揭牌成立。",
        [("东山市", "Location"), ("北方大学", "ResearchInstitute"),
         ("东山协同创新研究院", "ResearchInstitute", ["研究院"]), ("海沧区", "Location")],
    )
    assert ("东山协同创新研究院", "LOCATED_IN", "海沧区") in triples
    assert ("北方大学", "ESTABLISHED", "东山协同创新研究院") in triples


def test_party_group_secretary_also_heads_the_body_and_a_country_glued_to_a_name():
    triples, _, _ = run(
        "东山集团党组书记、董事长许某平参加会谈。西山集团党组书记陈某出席。",
        [("东山集团", "Enterprise"), ("东山集团党组", "PartyGovBody"), ("西山集团", "Enterprise"),
         ("西山集团党组", "PartyGovBody"), ("许某平", "Person"), ("陈某", "Person")],
    )
    assert ("许某平", "HOLDS_POSITION", "东山集团党组") in triples
    assert ("许某平", "HOLDS_POSITION", "东山集团") in triples  # 董事长 of the group
    assert ("陈某", "HOLDS_POSITION", "西山集团党组") in triples
    assert ("陈某", "HOLDS_POSITION", "西山集团") not in triples  # a Party title only
    triples, _, _ = run(
        "中国航空东山与西山中车集团公司签署战略合作框架协议。",
        [("中国", "Location"), ("西山中车集团公司", "Enterprise")],
    )
    assert ("中国", "COORDINATES_WITH", "西山中车集团公司") not in triples


def test_group_heads_named_after_you_both_sides_signing_and_co_builders():
    triples, _, _ = run(
        "东山市成立了东山市军民融合发展领导小组,由市长甲某任组长,副市长乙某、东山军分区司令员丙某任副组长。",
        [("东山市", "Location"), ("东山市军民融合发展领导小组", "PartyGovBody"),
         ("东山市政府", "PartyGovBody"), ("东山军分区", "MilitaryUnit"),
         ("甲某", "Person"), ("乙某", "Person"), ("丙某", "Person")],
    )
    for p in ("甲某", "乙某", "丙某"):
        assert (p, "HOLDS_POSITION", "东山市军民融合发展领导小组") in triples
    assert ("丙某", "HOLDS_POSITION", "东山军分区") in triples
    ents = [("东山集团", "Enterprise"), ("西山研究院", "ResearchInstitute"), ("甲某", "Person"),
            ("乙某", "Person")]
    triples, _, _ = run("东山集团副总经理甲某、西山研究院院长乙某分别代表双方签约。", ents)
    assert ("东山集团", "COORDINATES_WITH", "西山研究院") in triples \
        or ("西山研究院", "COORDINATES_WITH", "东山集团") in triples
    triples, _, _ = run(
        "东山集团携手西山大学打造东山创新园。东山区与北山大学签订协议,双方将共建南山研究院。"
        "南山省政府与北山局签署了共建北山大学的协议。",
        [("东山集团", "Enterprise"), ("西山大学", "ResearchInstitute"), ("东山创新园", "IndustrialPark"),
         ("东山区", "Location"), ("北山大学", "ResearchInstitute"), ("南山研究院", "ResearchInstitute"),
         ("南山省政府", "PartyGovBody"), ("北山局", "PartyGovBody")],
    )
    assert ("东山集团", "ESTABLISHED", "东山创新园") in triples
    assert ("西山大学", "ESTABLISHED", "东山创新园") in triples
    assert ("东山区", "ESTABLISHED", "南山研究院") in triples
    assert ("北山大学", "ESTABLISHED", "南山研究院") in triples
    assert ("南山省政府", "ESTABLISHED", "北山大学") not in triples  # an existing university co-sponsored


def test_signers_at_the_meeting_joint_hosts_office_of_a_committee_and_lianhe_agents():
    triples, _, _ = run(
        "27日,东山省推进大会在南城召开。会上,签署了东山省政府与西山集团公司项目合作协议,"
        "东山示范区、部分地方、企业与有关中央企业等签约。",
        [("东山省推进大会", "Event"), ("南城", "Location"), ("东山省政府", "PartyGovBody"),
         ("西山集团公司", "Enterprise"), ("东山示范区", "IndustrialPark")],
    )
    for x in ("东山省政府", "西山集团公司", "东山示范区"):
        assert (x, "PARTICIPATES_IN", "东山省推进大会") in triples
    triples, _, _ = run(
        "由东山委员会、西山联盟(以下简称联盟)及北山商会共同主办的东山论坛,在东山产业园举行。",
        [("东山委员会", "PartyGovBody"), ("西山联盟", "Association", ["联盟"]), ("北山商会", "Association"),
         ("东山论坛", "Event"), ("东山产业园", "IndustrialPark")],
    )
    assert ("东山委员会", "LEADS", "东山论坛") in triples
    assert ("西山联盟", "COORDINATES_WITH", "北山商会") in triples
    triples, _, _ = run(
        "省委军民融合办是省委军民融合发展委员会的日常工作机构。近日,东山县人武部联合县教育局召开军训工作协调会。",
        [("省委军民融合办", "PartyGovBody"), ("省委军民融合发展委员会", "PartyGovBody"),
         ("东山县人武部", "MilitaryUnit"), ("县教育局", "PartyGovBody"), ("军训工作协调会", "Event")],
    )
    assert ("省委军民融合办", "PART_OF", "省委军民融合发展委员会") in triples
    assert ("东山县人武部", "PARTICIPATES_IN", "军训工作协调会") in triples
    assert ("县教育局", "PARTICIPATES_IN", "军训工作协调会") in triples


def test_respective_signing_pairs_signing_named_by_the_event_and_support_to_a_unit():
    triples, _, _ = run(
        "今天上午,东山海警工作站、东山区人民武装部分别与东山投资有限公司、西山产业投资有限公司在区市民中心举行军民共建签约仪式。",
        [("东山海警工作站", "MilitaryUnit"), ("东山区人民武装部", "MilitaryUnit"),
         ("东山投资有限公司", "Enterprise"), ("西山产业投资有限公司", "Enterprise")],
    )
    assert ("东山海警工作站", "COORDINATES_WITH", "东山投资有限公司") in triples
    assert ("东山区人民武装部", "COORDINATES_WITH", "西山产业投资有限公司") in triples
    assert ("东山海警工作站", "COORDINATES_WITH", "西山产业投资有限公司") not in triples
    assert ("东山投资有限公司", "COORDINATES_WITH", "西山产业投资有限公司") not in triples
    triples, _, _ = run(
        "8月25日,东山区退役军人事务局与武警某部举行了“城舰共建”签约仪式。东山城投集团将对东山部队驻军基地建设提供技术支持。",
        [("东山区退役军人事务局", "PartyGovBody"), ("武警某部", "MilitaryUnit"),
         ("“城舰共建”签约仪式", "Event"), ("东山城投集团", "Enterprise"), ("东山部队", "MilitaryUnit")],
    )
    assert ("东山区退役军人事务局", "COORDINATES_WITH", "武警某部") in triples
    assert ("东山城投集团", "SUPPORTS", "东山部队") in triples
    triples, _, _ = run(
        "28日,东山集团一院航天技术产业基地、北湖汽车零部件等7个项目签约落户南安工业园区。"
        "由东山委宣传部、市双拥办联合举办的东山双拥共建集中签约仪式在海军某部举行。",
        [("东山集团一院", "ResearchInstitute"), ("航天技术产业基地", "Project"),
         ("北湖汽车零部件", "Project"), ("南安工业园区", "IndustrialPark"),
         ("东山委宣传部", "PartyGovBody"),
         ("市双拥办", "PartyGovBody"), ("海军某部", "MilitaryUnit")],
    )
    assert ("航天技术产业基地", "LOCATED_IN", "南安工业园区") in triples
    assert ("东山集团一院", "LOCATED_IN", "南安工业园区") not in triples  # it only qualifies the project
    assert ("东山委宣传部", "COORDINATES_WITH", "市双拥办") in triples  # 共建 inside a name is no founding


def test_a_body_reported_as_founded_is_no_actor_of_the_next_sentence():
    triples, _, _ = run(
        "据了解,省委东山委员会于2017年9月成立。根据中央编办批复及省委决定,设立省委东山办,规格为正厅级。",
        [("省委东山委员会", "PartyGovBody"), ("中央编办", "PartyGovBody"), ("省委", "PartyGovBody"),
         ("省委东山办", "PartyGovBody")],
    )
    assert ("省委东山委员会", "ESTABLISHED", "省委东山办") not in triples
    assert ("省委", "ESTABLISHED", "省委东山办") in triples


# --- Constructions met on unseen text (issue 10 §3, issue 9); every name below is invented ---------

UNSEEN = [
    pytest.param(  # attributive sponsor; venue after a time word
        "青山市科技局主办的青山军民融合技术对接会昨日在南湖区开幕。",
        [("青山军民融合技术对接会", "Event"), ("青山市科技局", "PartyGovBody"), ("南湖区", "Location")],
        [("青山市科技局", "LEADS", "青山军民融合技术对接会"),
         ("青山军民融合技术对接会", "LOCATED_IN", "南湖区")],
        [("青山市科技局", "LOCATED_IN", "南湖区")],
        id="attributive-sponsor-and-venue",
    ),
    pytest.param(  # passive sponsor
        "首届青山军民融合创新大赛由青山市人民政府主办，东方重工集团承办。",
        [("首届青山军民融合创新大赛", "Event"), ("青山市人民政府", "PartyGovBody"),
         ("东方重工集团", "Enterprise")],
        [("青山市人民政府", "LEADS", "首届青山军民融合创新大赛"),
         ("东方重工集团", "PARTICIPATES_IN", "首届青山军民融合创新大赛")],
        [("东方重工集团", "LEADS", "首届青山军民融合创新大赛")],
        id="passive-sponsor",
    ),
    pytest.param(  # 在X领导下 without 的
        "在青山市委领导下，青山市军民融合办公室牵头推进东山科技城项目。",
        [("青山市委", "PartyGovBody"), ("青山市军民融合办公室", "PartyGovBody"),
         ("东山科技城项目", "Project")],
        [("青山市委", "LEADS", "青山市军民融合办公室"),
         ("青山市军民融合办公室", "LEADS", "东山科技城项目")],
        [("青山市委", "LEADS", "东山科技城项目")],
        id="under-leadership-without-de",
    ),
    pytest.param(  # 关心支持Y的A、B和C
        "向长期关心支持青山军分区建设的东方重工集团、南湖研究院和青山商会表示感谢。",
        [("青山军分区", "MilitaryUnit"), ("东方重工集团", "Enterprise"),
         ("南湖研究院", "ResearchInstitute"),
         ("青山商会", "Association")],
        [("东方重工集团", "SUPPORTS", "青山军分区"), ("南湖研究院", "SUPPORTS", "青山军分区"),
         ("青山商会", "SUPPORTS", "青山军分区")],
        [("青山军分区", "SUPPORTS", "东方重工集团")],
        id="supporters-after-de",
    ),
    pytest.param(  # 会上 + a titled speaker; signers
        "青山市军民融合发展大会今天召开。会上，青山市委书记李明远作了讲话，东方重工集团与南湖研究院签署合作协议。",
        [("青山市军民融合发展大会", "Event", ["大会"]), ("青山市委", "PartyGovBody"), ("李明远", "Person"),
         ("东方重工集团", "Enterprise"), ("南湖研究院", "ResearchInstitute")],
        [("李明远", "PARTICIPATES_IN", "青山市军民融合发展大会"),
         ("东方重工集团", "PARTICIPATES_IN", "青山市军民融合发展大会"),
         ("南湖研究院", "PARTICIPATES_IN", "青山市军民融合发展大会")],
        [("青山市委", "PARTICIPATES_IN", "青山市军民融合发展大会")],
        id="speaker-at-huishang",
    ),
    pytest.param(  # 论坛上 with 论坛 the event's own short name
        "第三届东山军民融合论坛在西川市举行。论坛上，东方重工集团董事长王海平作主旨发言。",
        [("第三届东山军民融合论坛", "Event", ["论坛"]), ("西川市", "Location"),
         ("东方重工集团", "Enterprise"),
         ("王海平", "Person")],
        [("王海平", "PARTICIPATES_IN", "第三届东山军民融合论坛"),
         ("第三届东山军民融合论坛", "LOCATED_IN", "西川市")],
        [],
        id="speaker-at-named-forum",
    ),
    pytest.param(  # 在E上 + title + person (no subject mention opens the clause)
        "在青山市国防动员工作会议上，市长张建国强调要加强军地协同。",
        [("青山市国防动员工作会议", "Event"), ("张建国", "Person")],
        [("张建国", "PARTICIPATES_IN", "青山市国防动员工作会议")],
        [],
        id="titled-speaker-at-event",
    ),
    pytest.param(  # one cue, two facts
        "东方重工集团出资设立青山军民融合产业投资基金。",
        [("东方重工集团", "Enterprise"), ("青山军民融合产业投资基金", "Fund")],
        [("东方重工集团", "ESTABLISHED", "青山军民融合产业投资基金"),
         ("东方重工集团", "FUNDS", "青山军民融合产业投资基金")],
        [],
        id="chuzi-sheli",
    ),
    pytest.param(  # 共同出资设立: 共同 is no breaker; the founders, not the previous sentence's subject
        "东川省工信厅主办的军民融合成果展同期举行。东方重工集团与青山市人民政府共同出资设立青山融合科技有限公司。",
        [("东川省工信厅", "PartyGovBody"), ("军民融合成果展", "Event"), ("东方重工集团", "Enterprise"),
         ("青山市人民政府", "PartyGovBody"), ("青山融合科技有限公司", "Enterprise")],
        [("东方重工集团", "FUNDS", "青山融合科技有限公司"),
         ("青山市人民政府", "ESTABLISHED", "青山融合科技有限公司"),
         ("东川省工信厅", "LEADS", "军民融合成果展")],
        [("东川省工信厅", "ESTABLISHED", "青山融合科技有限公司")],
        id="gongtong-chuzi",
    ),
    pytest.param(  # a fund's investment and support are FUNDS
        "青山军民融合产业投资基金对东方精密仪器有限公司投资2亿元，并重点支持南湖光电有限公司。",
        [("青山军民融合产业投资基金", "Fund"), ("东方精密仪器有限公司", "Enterprise"),
         ("南湖光电有限公司", "Enterprise")],
        [("青山军民融合产业投资基金", "FUNDS", "东方精密仪器有限公司"),
         ("青山军民融合产业投资基金", "FUNDS", "南湖光电有限公司")],
        [("青山军民融合产业投资基金", "SUPPORTS", "南湖光电有限公司")],
        id="fund-invests-and-supports",
    ),
    pytest.param(  # an amount invested in the project named earlier in the sentence
        "我们将全力推进“东湖智造”工程，东方重工集团投资3亿元参与建设。",
        [("“东湖智造”工程", "Project"), ("东方重工集团", "Enterprise")],
        [("东方重工集团", "FUNDS", "“东湖智造”工程")],
        [],
        id="investment-in-a-project-named-before",
    ),
    pytest.param(  # issuing a policy is no relation (annotation calls; rel5: the rule was right 0 of 2)
        "近日，《中共青山省委 青山省人民政府关于推进军民融合深度发展的实施意见》印发。",
        [("中共青山省委", "PartyGovBody"), ("青山省人民政府", "PartyGovBody"),
         ("《中共青山省委 青山省人民政府关于推进军民融合深度发展的实施意见》", "Policy")],
        [],
        [("中共青山省委", "LEADS", "《中共青山省委 青山省人民政府关于推进军民融合深度发展的实施意见》"),
         ("青山省人民政府", "LEADS", "《中共青山省委 青山省人民政府关于推进军民融合深度发展的实施意见》")],
        id="policy-issuers-no-relation",
    ),
    pytest.param(  # 中共 + short place form
        "中共东川县委书记刘志远出席。东川经济稳步发展。",
        [("中共东川县委", "PartyGovBody"), ("东川县", "Location", ["东川"]), ("刘志远", "Person")],
        [("中共东川县委", "LOCATED_IN", "东川县"), ("刘志远", "HOLDS_POSITION", "中共东川县委")],
        [],
        id="zhonggong-place-prefix",
    ),
    pytest.param(  # a notice: numbered item, 由A牵头，会同B、C负责实施Y
        "一、由青山市发展和改革委员会牵头，会同青山军分区、青山市财政局负责实施“军民融合产业倍增”专项行动。",
        [("青山市发展和改革委员会", "PartyGovBody"), ("青山军分区", "MilitaryUnit"),
         ("青山市财政局", "PartyGovBody"), ("“军民融合产业倍增”专项行动", "Project")],
        [("青山市发展和改革委员会", "LEADS", "“军民融合产业倍增”专项行动"),
         ("青山市发展和改革委员会", "COORDINATES_WITH", "青山军分区"),
         ("青山军分区", "IMPLEMENTS", "“军民融合产业倍增”专项行动")],
        [("青山军分区", "LEADS", "“军民融合产业倍增”专项行动"),
         ("青山市财政局", "LEADS", "“军民融合产业倍增”专项行动")],
        id="notice-led-ahead",
    ),
    pytest.param(  # a notice item: the subject after "三、" acts, with its partner after 与…联合
        "三、青山市科技局要积极争取与南湖大学联合创建国家军民融合创新示范区。",
        [("青山市科技局", "PartyGovBody"), ("南湖大学", "ResearchInstitute"),
         ("国家军民融合创新示范区", "Policy")],
        [("青山市科技局", "IMPLEMENTS", "国家军民融合创新示范区"),
         ("南湖大学", "IMPLEMENTS", "国家军民融合创新示范区")],
        [],
        id="numbered-item-joint-partner",
    ),
    pytest.param(  # support stated from the supported side
        "东方重工集团在青山市政府的支持下建成青山航空产业园。东湖区得到南湖研究院的大力支持。青山市财政局给予东湖区资金支持。",
        [("东方重工集团", "Enterprise"), ("青山市政府", "PartyGovBody"),
         ("青山航空产业园", "IndustrialPark"),
         ("东湖区", "Location"), ("南湖研究院", "ResearchInstitute"), ("青山市财政局", "PartyGovBody")],
        [("青山市政府", "SUPPORTS", "东方重工集团"), ("南湖研究院", "SUPPORTS", "东湖区"),
         ("青山市财政局", "SUPPORTS", "东湖区"), ("东方重工集团", "ESTABLISHED", "青山航空产业园")],
        [("东方重工集团", "SUPPORTS", "青山航空产业园"), ("东湖区", "SUPPORTS", "南湖研究院")],
        id="support-not-backwards",
    ),
    pytest.param(  # a speaker's stock call has no actor
        "青山军分区司令员赵东升指出，要支持国防和军队改革。青山市委书记李明远强调要支持国防和军队改革。",
        [("赵东升", "Person"), ("青山军分区", "MilitaryUnit"), ("国防和军队改革", "Policy"),
         ("李明远", "Person"),
         ("青山市委", "PartyGovBody")],
        [("赵东升", "HOLDS_POSITION", "青山军分区")],
        [("赵东升", "SUPPORTS", "国防和军队改革"), ("李明远", "SUPPORTS", "国防和军队改革"),
         ("青山军分区", "SUPPORTS", "国防和军队改革")],
        id="stock-call-no-actor",
    ),
    pytest.param(  # an unrecognised firm opens the clause: the previous subject is not its actor
        "青山市工信局负责推进青山航空产业园建设，东方某集团出资设立青山产业基金，重点支持东方精密仪器有限公司。",
        [("青山市工信局", "PartyGovBody"), ("青山航空产业园", "IndustrialPark"), ("青山产业基金", "Fund"),
         ("东方精密仪器有限公司", "Enterprise")],
        [("青山市工信局", "LEADS", "青山航空产业园")],
        [("青山市工信局", "ESTABLISHED", "青山产业基金"),
         ("青山市工信局", "SUPPORTS", "东方精密仪器有限公司")],
        id="unrecognised-actor-not-carried",
    ),
    pytest.param(  # name-internal PART_OF (GUIDELINES): a committee of a party body; its X办 office
        "青山省委军民融合发展委员会召开会议，青山省委军民融合办汇报了工作。",
        [("青山省委", "PartyGovBody"), ("青山省委军民融合发展委员会", "PartyGovBody"),
         ("青山省委军民融合办", "PartyGovBody")],
        [("青山省委军民融合发展委员会", "PART_OF", "青山省委"),
         ("青山省委军民融合办", "PART_OF", "青山省委军民融合发展委员会")],
        [("青山省委军民融合办", "PART_OF", "青山省委")],
        id="name-internal-part-of",
    ),
]


@pytest.mark.parametrize(("text", "entities", "expected", "forbidden"), UNSEEN)
def test_constructions_met_on_unseen_text(text, entities, expected, forbidden):
    triples, _, _ = run(text, entities)
    for t in expected:
        assert t in triples, t
    for t in forbidden:
        assert t not in triples, t


def test_speech_title_line_and_byline_attend_the_meeting():
    text = "在青山市军民融合发展大会上的讲话\n青山市委书记 李明远\n同志们：\n今天我们召开这次大会。"
    triples, rels, _ = run(
        text, [("青山市军民融合发展大会", "Event"), ("李明远", "Person"), ("青山市委", "PartyGovBody")]
    )
    assert ("李明远", "PARTICIPATES_IN", "青山市军民融合发展大会") in triples
    assert next(r for r in rels if r.head == "李明远" and r.type == "PARTICIPATES_IN").modality == "reported"


def test_attendance_is_reported_although_the_speaker_urges():
    _, rels, _ = run(
        "在青山市国防动员工作会议上，市长张建国强调要加强军地协同。",
        [("青山市国防动员工作会议", "Event"), ("张建国", "Person")],
    )
    assert [r.modality for r in rels if r.type == "PARTICIPATES_IN"] == ["reported"]


def test_plan_of_the_actor_is_not_a_directive():
    _, rels, _ = run(
        "青山市委将争取与西川市联合创建国家军民融合创新示范区。",
        [("青山市委", "PartyGovBody"), ("西川市", "Location"), ("国家军民融合创新示范区", "Policy")],
    )
    imp = [r for r in rels if r.type == "IMPLEMENTS" and r.head == "青山市委"]
    assert imp and imp[0].modality == "plan"


def test_problems_attach_to_the_body_the_clause_is_about():
    _, _, problems = run(
        "青山军民融合产业基金成立两年，至今尚未运作。军地之间信息不对称，青山军分区对地方企业底数不清。"
        "东方重工集团在技术转化方面存在资金短缺问题。我们要着力解决东湖产业园推进慢的问题。",
        [("青山军民融合产业基金", "Fund"), ("青山军分区", "MilitaryUnit"), ("东方重工集团", "Enterprise"),
         ("东湖产业园", "IndustrialPark")],
    )
    assert {"青山军民融合产业基金", "青山军分区", "东方重工集团"} <= set(problems)
    assert "东湖产业园" not in problems  # an order to fix it is not a statement of the problem


def test_one_signature_table_for_ingest_and_graph(tmp_path):
    import graph.model as model
    from ingest.components import relation_base

    assert relation_base.SIGNATURES is model.SIGNATURES
    assert relation_base.ORG_TYPES is model.ORG_TYPES
    assert "Fund" in model.SIGNATURES["FUNDS"][1] and "Person" not in model.SIGNATURES["LEADS"][1]
    bad = tmp_path / "sig.json"
    bad.write_text('{"groups": {}, "signatures": {"LEADS": {"head": ["Body"], "tail": []}}}',
                   encoding="utf-8")
    with pytest.raises(ValueError, match="not entity types"):
        model._load_signatures(bad)
