"""ent59 (issue 10): a named campaign of inspection or rectification (专项活动, 专项监督活动,
专项治理, 专项整治(活动)) is a Project when a quote or a topic of six characters or more names it;
a short topic names the kind of campaign. A quote right before the head, or a quote after a
clause, starts the name. Invented texts."""

from __future__ import annotations

from tests.entity_helpers import ents


def _projects(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Project"}


def test_a_long_topic_names_a_campaign():  # READ u108, u112
    assert "青山电网系统违规收费问题专项治理" in _projects("东方检察院推进青山电网系统违规收费问题专项治理。")
    assert "东川退役人员优抚权益保障专项活动" in _projects("东方检察院开展东川退役人员优抚权益保障专项活动。")
    assert "银河市场收费乱象专项整治活动" in _projects("东方市开展了银河市场收费乱象专项整治活动。")


def test_a_quote_names_a_campaign_and_starts_it():  # READ u73, u102
    assert "“甲乙丙丁”公益检察监督工作专项活动" in _projects("东方院开展“甲乙丙丁”公益检察监督工作专项活动")
    assert "“五乱”突出问题专项整治" in _projects("会议研究了系统“五乱”突出问题专项整治情况。")


def test_a_topic_with_a_conjunction_is_one_campaign():  # READ u112
    text = "东方检察院在开展甲乙地位和权益保障公益诉讼专项监督活动中发现问题。"
    assert "甲乙地位和权益保障公益诉讼专项监督活动" in _projects(text)


def test_a_short_topic_names_no_campaign():  # READ u66, u73, u108
    assert not _projects("东方检察院开展公益诉讼专项活动,成效明显。")
    assert not _projects("党组研究讨论了腐败问题专项治理工作。")
