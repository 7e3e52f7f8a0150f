"""ent56 (issue 10 §3): Event classes chosen from what the first pass missed on text it had not met.
A Party committee's military-affairs sitting named by the committee alone (省委议军会, 市委议軍會, 县委
议军会暨…) is an Event, as 省委议军会议 is under the head 会议 (first-pass misses in u61, u78, u82, u96).
A bare 党委 before it (召开党委议军会、军政座谈会等: a kind of meeting) still names none. Every text here
is invented."""

from __future__ import annotations

from tests.entity_helpers import ents


def _events(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Event"}


def test_a_committees_sitting_named_by_the_committee_alone_is_an_event():
    assert "省委议军会" in _events("会议传达了中央军委训练会议和省委议军会精神,听取了青山县工作汇报。")
    assert "市委议军会" in _events("在东川市召开的市委议军会上,列席会议的同志踊跃发言。")


def test_a_joined_sitting_is_one_event():
    found = _events("4月25日下午,县委议军会暨全县武装工作会议召开,县委书记甲某出席。")
    assert "县委议军会暨全县武装工作会议" in found


def test_a_bare_party_committee_sitting_of_a_kind_is_no_event():
    found = _events("结合召开党委议军会、军政座谈会、双拥工作领导小组会议等,研究解决实际问题。")
    assert "党委议军会" not in found
