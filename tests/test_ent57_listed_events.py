"""Entity classes from the ent57 round (issue 10): an event's name that lists its topics with 、 before
the shared head. Every text here is invented; each test also says what must still be left out."""

from __future__ import annotations

from tests.entity_helpers import ents


def _events(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Event"}


def test_an_event_named_by_listed_topics_keeps_every_topic():
    # the head rule stopped at the list comma and kept the last topic only (READ u23, u76, u91, u110)
    assert "东川省国防科技产品、技术、资本合作推进大会" in _events(
        "省军区组织的2019年东川省国防科技产品、技术、资本合作推进大会隆重召开。")
    assert "青山—白水商业航天、智能装备产业合作恳谈会" in _events(
        "举办青山—白水商业航天、智能装备产业合作恳谈会,签署合作协议。")
    assert "全省拥军优属、拥政爱民工作经验交流会" in _events(
        "全省拥军优属、拥政爱民工作经验交流会在青山召开。")


def test_listed_names_activities_and_scopes_stay_apart():
    # conjuncts of names (座谈会、…), activities (飞行演示、…), scopes (全国、全省…) are no topics
    found = _events("举行无人机飞行演示、青山航空产业合作大会。")
    assert not any("演示" in n for n in found)
    found = _events("必须全面贯彻执行全国、全省征兵工作会议精神。")
    assert not any(n.startswith("全国、") for n in found)
    found = _events("学习十九届二中、三中、四中全会精神,召开座谈会、青山市科技合作交流会。")
    assert not any("、" in n for n in found)
