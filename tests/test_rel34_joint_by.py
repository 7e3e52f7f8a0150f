"""COORDINATES_WITH of the rel34 round (issue 10 §3: relations missed although both endpoints were found),
argument choice in a 由 list: "本次展会由A、B、C和D共同举办", "X是由A、B共同推动建设的…": the two to four
bodies named after 由 and acting jointly (共同/联合 right after their list) work together, whatever the
act (hosting, investing, building, founding; relation_cues.json joint_by_adverbs, relation_rules_actions.
_coord_joint_by). Kept because its pairs are right in READ u31, u62, u68, u74, u75 and u101 (new facts
in u68 and u75; the others were already given by the co-founder rule) and wrong in none. Each item needs
a list word before it: two names run together ("某部队博士后科研工作站") are one name the entity step cut
(READ u113). A longer list is a roll-call and gives nothing. Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

G, E, R, EV = "PartyGovBody", "Enterprise", "ResearchInstitute", "Event"


def _pair(t: set, a: str, b: str) -> bool:
    return (a, "COORDINATES_WITH", b) in t or (b, "COORDINATES_WITH", a) in t


def test_co_hosts_named_after_the_by_word_work_together():
    ents = [("青山交易会", EV), ("东方部", G), ("西方部", G), ("青山科学院", R), ("青山市人民政府", G)]
    text = "本次展会由东方部、西方部、青山科学院和青山市人民政府共同举办。青山交易会为期4天。"
    t = triples(text, ents)
    for a, b in (("东方部", "西方部"), ("东方部", "青山市人民政府"), ("青山科学院", "青山市人民政府")):
        assert _pair(t, a, b)


def test_co_promoters_of_a_project_work_together():
    ents = [("青山光电基地", "IndustrialPark"), ("东山省政府", G), ("东方重工集团公司", E)]
    text = "青山光电基地是由东山省政府、东方重工集团公司共同推动建设的省部合作项目。"
    assert _pair(triples(text, ents), "东山省政府", "东方重工集团公司")


def test_names_run_together_and_long_lists_give_nothing():
    ents = [("东方某部队", "MilitaryUnit"), ("博士后工作站", R), ("青山科技公司", E)]
    text = "由东方某部队博士后工作站和青山科技公司共同建设的“信息技术”项目进展顺利。"
    t = triples(text, ents)
    assert not _pair(t, "东方某部队", "博士后工作站")
    ents = [(f"青山{c}局", G) for c in "甲乙丙丁戊"]
    text = "活动由青山甲局、青山乙局、青山丙局、青山丁局和青山戊局联合举办。"
    assert not _pair(triples(text, ents), "青山甲局", "青山乙局")
