"""Relation classes of the rel12 round (issue 10 §3: relations on unseen text, u59–u64 opened), each kept
because it fired correctly in three or more READ batches and cost nothing on the CHECK sets and
seeds+dev. `triples` (tests/test_relations.py) runs the relation rules on given entities. Names are
invented.
"""

from __future__ import annotations

from tests.test_relations import triples

G, RI, EN, IP, F = "PartyGovBody", "ResearchInstitute", "Enterprise", "IndustrialPark", "Fund"


# --- subsidiaries named by 旗下 / 下属 / 子公司 (u27, u47, u52; u62 on its gold entities) -----------------

def test_subsidiary_in_a_clause_that_is_only_the_parent():
    ents = [("东方重工集团", EN), ("青山市国资委", G), ("东方机电集团", EN)]
    t = triples("东方重工集团是青山市国资委骨干二级子企业,东方机电集团全资子公司。", ents)
    assert ("东方重工集团", "PART_OF", "青山市国资委") in t
    assert ("东方重工集团", "PART_OF", "东方机电集团") in t


def test_subordinate_unit_after_now_is():
    ents = [("东方空气动力研究院", RI), ("东方航天集团公司", EN)]
    t = triples("东方空气动力研究院创建于1956年,是我国第一个试验基地,现为东方航天集团公司下属大型科研"
                "生产联合体,主营业务为无人机。", ents)
    assert ("东方空气动力研究院", "PART_OF", "东方航天集团公司") in t


def test_qixia_between_parent_and_unit():
    ents = [("青山投控集团", EN), ("青山科技", EN), ("东方资本", EN), ("东方发展基金", F)]
    t = triples("青山投控集团旗下青山科技联合东方资本等单位共同设立东方发展基金。", ents)
    assert ("青山科技", "PART_OF", "青山投控集团") in t
    assert ("东方资本", "PART_OF", "青山投控集团") not in t


def test_own_subsidiary_of_the_announcing_firm():
    ents = [("东方复材", EN), ("青山拓展", EN)]
    t = triples("4月4日,东方复材发布公告,收到全资子公司青山拓展与客户签订的两个合同。", ents)
    assert ("青山拓展", "PART_OF", "东方复材") in t


def test_own_subsidiary_of_the_investing_group_not_of_the_park():
    ents = [("东山产业园", IP), ("东方装备集团公司", EN), ("东方光电科技有限公司", EN)]
    t = triples("东山产业园由东方装备集团公司投资,以旗下东方光电科技有限公司为平台,拟投资20亿元。", ents)
    assert ("东方光电科技有限公司", "PART_OF", "东方装备集团公司") in t
    assert ("东方光电科技有限公司", "PART_OF", "东山产业园") not in t


def test_a_place_is_no_parent_and_a_fronted_apposition_is_not_read():
    ents = [("青山市", "Location"), ("东方精工", EN), ("西山重工", EN)]
    t = triples("东方精工位于青山市,青山市下属企业。", ents)
    assert not any(r == "PART_OF" for _h, r, _t in t)
    t = triples("作为西山重工下属企业,东方精工积极参与配套。", ents)
    assert ("西山重工", "PART_OF", "东方精工") not in t


# --- bodies reporting at the meeting the sentence names (u17, u27, u59) --------------------------------

E = "Event"


def test_reporting_bodies_after_the_clause_that_holds_the_meeting():
    ents = [("青山市国防动员委员会", G), ("第一次全体会议", E), ("人民武装动员办公室", G),
            ("经济动员办公室", G)]
    t = triples("1996年10月,青山市国防动员委员会召开成立后的第一次全体会议,人民武装动员办公室、经济动员"
                "办公室负责人分别作汇报。", ents)
    for name in ("人民武装动员办公室", "经济动员办公室"):
        assert (name, "PARTICIPATES_IN", "第一次全体会议") in t


def test_representatives_at_the_meeting_named_in_the_opener():
    ents = [("青山市产业发展调度会", E, ["调度会"]), ("青山市经信委", G), ("青山市产业联盟", "Association"),
            ("东方钢铁", EN), ("西山机械", EN)]
    t = triples("青山市产业发展调度会召开。调度会上,青山市经信委负责人和青山市产业联盟盟长作了汇报,东方钢铁、"
                "西山机械等与会单位相关负责人进行了发言。", ents)
    for name in ("青山市经信委", "青山市产业联盟", "东方钢铁", "西山机械"):
        assert (name, "PARTICIPATES_IN", "青山市产业发展调度会") in t


def test_bodies_that_each_present_at_the_meeting():
    ents = [("青山市产业规划评审会", E), ("青山市委军民融合办", G), ("东山县人民政府", G)]
    t = triples("青山市产业规划评审会在东山县召开。会上,青山市委军民融合办和东山县人民政府分别介绍了基本"
                "情况及产业园建设情况。", ents)
    for name in ("青山市委军民融合办", "东山县人民政府"):
        assert (name, "PARTICIPATES_IN", "青山市产业规划评审会") in t


def test_a_cited_meeting_gets_no_reporters():
    ents = [("党的二十大", E), ("青山市民政局", G), ("青山市财政局", G)]
    t = triples("会议传达学习了党的二十大精神,青山市民政局、青山市财政局负责人分别作汇报。", ents)
    assert not any(r == "PARTICIPATES_IN" for _h, r, _t in t)


# --- a post in a military unit's party committee is a post in the unit (u19, u24, u29, u46, u50) -------

MU = "MilitaryUnit"


def test_first_secretary_of_a_units_party_committee_holds_the_post_in_the_unit():
    ents = [("青山市委", G), ("青山军分区", MU), ("青山军分区党委", MU), ("张青山", "Person")]
    t = triples("青山市委书记、青山军分区党委第一书记张青山出席会议并讲话。", ents)
    assert ("张青山", "HOLDS_POSITION", "青山军分区") in t
    assert ("张青山", "HOLDS_POSITION", "青山军分区党委") not in t
    assert ("张青山", "HOLDS_POSITION", "青山市委") in t
    assert ("青山军分区党委", "PART_OF", "青山军分区") in t


def test_a_governments_party_committee_keeps_its_posts():
    ents = [("东山自治区", "Location"), ("东山自治区党委", G), ("李东山", "Person")]
    t = triples("东山自治区党委书记李东山出席会议。", ents)
    assert ("李东山", "HOLDS_POSITION", "东山自治区党委") in t


# --- a mechanism set up (建立…制度/机制) is not carried out (u9, u26, u59, u61) --------------------------

P_ = "Policy"


def test_setting_up_a_mechanism_is_no_implements():
    ents = [("青山市委", G), ("重大事项互相通报制度", P_), ("青山市军民融合项目平台", "Project")]
    t = triples("青山市委建立重大事项互相通报制度。", ents)
    assert ("青山市委", "IMPLEMENTS", "重大事项互相通报制度") not in t
    t = triples("青山市委建立青山市军民融合项目平台。", ents)
    assert ("青山市委", "IMPLEMENTS", "青山市军民融合项目平台") in t


def test_carrying_out_a_mechanism_is_still_implements():
    ents = [("青山市委", G), ("重大事项互相通报制度", P_)]
    t = triples("青山市委认真落实重大事项互相通报制度。", ents)
    assert ("青山市委", "IMPLEMENTS", "重大事项互相通报制度") in t


# --- the county's 人武部 named by its head alone before a post (u29, u44, u60) ----------------------------

def test_bare_renwubu_before_its_party_committee_post():
    ents = [("青山县委", G), ("青山县人武部", MU), ("张青", "Person"), ("李山", "Person")]
    t = triples("青山县委书记、人武部党委第一书记张青主持会议。", ents)
    assert ("张青", "HOLDS_POSITION", "青山县人武部") in t
    assert ("张青", "HOLDS_POSITION", "青山县委") in t
    t = triples("青山县委常委、人武部政委李山出席会议。", ents)
    assert ("李山", "HOLDS_POSITION", "青山县人武部") in t


def test_bare_renwubu_without_a_post_is_no_mention():
    ents = [("青山县委", G), ("青山县人武部", MU), ("张青", "Person")]
    t = triples("青山县委书记张青到人武部调研。", ents)
    assert ("张青", "HOLDS_POSITION", "青山县人武部") not in t


# --- a bare county or district name written with its level word is that place (u33, u37, u42, u57) -----

def test_county_body_named_with_the_level_word_of_a_bare_county_name():
    ents = [("青宁", "Location"), ("青宁县人民武装部", MU), ("青宁县委", G)]
    t = triples("日前,青宁县人民武装部严格按照要求开展工作,青宁县委高度重视,青宁各界积极配合。", ents)
    assert ("青宁县人民武装部", "LOCATED_IN", "青宁") in t
    assert ("青宁县委", "LOCATED_IN", "青宁") in t


def test_a_county_of_a_city_or_a_placeholder_is_no_part_of_the_city():
    ents = [("东山", "Location", ["东山市"]), ("东山县民兵连", MU)]
    t = triples("东山市召开会议,东山县民兵连参加。", ents)
    assert ("东山县民兵连", "LOCATED_IN", "东山") not in t
    ents = [("**", "Location"), ("**县民兵运输连", MU)]
    t = triples("**召开会议,**县民兵运输连参加。", ents)
    assert ("**县民兵运输连", "LOCATED_IN", "**") not in t
