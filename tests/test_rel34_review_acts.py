"""PARTICIPATES_IN of the rel34 round (issue 10 §3: relations missed although both endpoints were found),
meeting-scoped participation: in the report of a work meeting, a person who reviews the work done
(讲评), sums it up and sets the next tasks (总结部署) or sums up the year (总结了…) performs an act at the
meeting, as one who reads out (宣读) or sets tasks (安排部署) does: the person takes part in the meeting
reported (relation_cues.json speech_performed: 讲评, 总结部署, 总结了). Kept because it was right in READ
u77, u100 and u111 and wrong in none (the meeting itself summing up, "会议总结了…", names no person and
gives nothing). Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

EV, P = "Event", "Person"


def test_a_review_by_a_titled_person_is_an_act_at_the_meeting():
    ents = [("青山县征兵工作会议", EV), ("甲某", P)]
    text = "3月5日，青山县召开青山县征兵工作会议。县人武部参谋长甲某讲评全县征兵宣传报名情况。"
    assert ("甲某", "PARTICIPATES_IN", "青山县征兵工作会议") in triples(text, ents)


def test_summing_up_and_setting_tasks_is_an_act_at_the_meeting():
    ents = [("东山区武装工作会议", EV), ("乙某", P), ("丙某", P)]
    text = ("1月8日，东山区召开东山区武装工作会议。"
            "区人武部政委乙某总结部署工作，副区长丙某总结了2025年征兵工作情况。")
    t = triples(text, ents)
    assert ("乙某", "PARTICIPATES_IN", "东山区武装工作会议") in t
    assert ("丙某", "PARTICIPATES_IN", "东山区武装工作会议") in t


def test_the_meeting_summing_up_names_no_participant():
    ents = [("西山市征兵工作会议", EV), ("丁某", P)]
    text = "西山市征兵工作会议召开。会议总结了2025年征兵工作。丁某现任西山市副市长。"
    t = triples(text, ents)
    assert ("丁某", "PARTICIPATES_IN", "西山市征兵工作会议") not in t
