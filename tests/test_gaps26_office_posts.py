"""A party or government body is no single broker for the bodies its officials also head (gaps26:
READ u32, u39, u58, a city party committee "the only link" between the military sub-district and the
people's congress whose chair is its secretary).

Party and government bodies share officials by design (the mayor is the party committee's deputy
secretary, the secretary chairs the people's congress): a part the broker reaches only through
people holding a post in it hangs on its offices, not on work it does with the other side, and is
left out of the pairs it keeps apart (sides.office_posts_only). A body of another type (an
industry alliance whose secretary-general is its own staff) keeps the finding, and so does a
party committee whose civilian side is tied to it by work, not by a post.

Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from tests.test_analysis_gaps_findings import JUDGE_ALL, keys
from tests.test_analysis_graphs import build, edge, node

J = "青山市"
D = "k1"


def _graph(broker: str, btype: str, by_post: bool, acts: bool = False):
    """`broker` co-hosts a meeting with the sub-district; the people's congress and the discipline
    commission reach it through its secretary's and a standing member's posts (by_post), or
    through work with it (a joint inspection); `acts`: its standing member works with the
    discipline commission (对接) instead of holding a post there."""
    nodes = [(D, node(broker, btype, J)), (D, node("青山军分区", "MilitaryUnit", J)),
             (D, node("青山市人大常委会", "PartyGovBody", J)), (D, node("青山市纪委", "PartyGovBody", J)),
             (D, node("王甲", "Person", J)), (D, node("李乙", "Person", J))]
    co = "COORDINATES_WITH"
    ties = [edge(D, broker, co, "青山军分区", f"{broker}、青山军分区联合召开议军会议", "reported")]
    if by_post:
        ties += [edge(D, "王甲", "HOLDS_POSITION", broker, f"{broker}书记、市人大常委会主任王甲讲话"),
                 edge(D, "王甲", "HOLDS_POSITION", "青山市人大常委会", "市人大常委会主任王甲"),
                 edge(D, "李乙", "HOLDS_POSITION", broker, f"{broker}常委李乙主持")]
        ties.append(edge(D, "李乙", co, "青山市纪委", "李乙与青山市纪委对接", "reported") if acts
                    else edge(D, "李乙", "HOLDS_POSITION", "青山市纪委", "市纪委书记李乙"))
    else:
        ties += [edge(D, broker, co, "青山市人大常委会", f"{broker}与青山市人大常委会联合督查", "reported"),
                 edge(D, broker, co, "青山市纪委", f"{broker}与青山市纪委开展联合督查", "reported")]
    return build({D: {"date": "2025-12-18", "jurisdiction": J}}, nodes, ties)


def _brokers(*args, **kw) -> dict:
    return gaps(_graph(*args, **kw), kinds=["single_broker"], coverage_thresholds=JUDGE_ALL)


def test_a_party_committee_linking_bodies_only_through_its_officials_posts_is_held_back():
    res = _brokers("青山市委", "PartyGovBody", True)
    assert "single_broker|青山市委" not in keys(res)
    held = [f for f in res["held_back"] if f["key"] == "single_broker|青山市委"]
    assert held and "officials' other posts" in held[0]["held_back"]["reason"]
    assert any("王甲" in e["sentence"] for e in held[0]["held_back"]["evidence"])


def test_a_party_committee_tied_to_those_bodies_by_work_stays_a_broker():
    res = _brokers("青山市委", "PartyGovBody", False)
    assert "single_broker|青山市委" in keys(res)


def test_an_alliance_whose_staff_hold_its_posts_stays_a_broker():
    res = _brokers("青山产业联盟", "Association", True)
    assert "single_broker|青山产业联盟" in keys(res)


def test_an_official_who_works_with_another_body_is_a_tie_of_work():
    # 李乙 works with the discipline commission (对接): its part is the committee's work, kept
    res = _brokers("青山市委", "PartyGovBody", True, acts=True)
    assert "single_broker|青山市委" in keys(res)
