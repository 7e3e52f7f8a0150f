"""Attendance classes of the rel30 round (issue 10: PARTICIPATES_IN on the freshest READ batches
u87–u91, then the older READ batches), each kept because it was right in three or more READ batches
and wrong in none. `triples` (tests/test_relations.py) runs the relation rules on given entities.
Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

P, M, EV = "Person", "MilitaryUnit", "Event"


# --- a speaker who reports on behalf of a body (u19, u24, u77, u90) ----------------------------------


def test_speaker_reporting_for_a_body_takes_part_in_the_meeting():
    """ "司令员甲代表警备区党委作工作报告": the person speaks at the meeting reported, for a body
    (u77, u90; the same frame read by the attendance rule in u19, u24)."""
    ents = [("青山警备区党委三届四次全体(扩大)会议", EV), ("青山警备区党委", M), ("张文明", P)]
    text = ("青山警备区党委三届四次全体(扩大)会议在青山召开。"
            "警备区党委副书记、司令员张文明代表青山警备区党委作工作报告。")
    t = triples(text, ents)
    assert ("张文明", "PARTICIPATES_IN", "青山警备区党委三届四次全体(扩大)会议") in t
    # the body is represented, it is not listed as an attendee by this frame
    assert ("青山警备区党委", "PARTICIPATES_IN", "青山警备区党委三届四次全体(扩大)会议") not in t


def test_speaker_speaking_for_troops_takes_part():
    """ "甲代表驻青部队讲话": a speech for a body is a speech at the meeting (u24)."""
    ents = [("青山市双拥模范城命名表彰大会", EV), ("驻青部队", M), ("李华", P)]
    text = "青山市双拥模范城命名表彰大会在青山召开。李华代表驻青部队讲话。"
    t = triples(text, ents)
    assert ("李华", "PARTICIPATES_IN", "青山市双拥模范城命名表彰大会") in t


# --- a speech made "在E时" (at a study session, u39, u54, u87) --------------------------------------


def test_speech_made_at_a_study_session_is_taking_part_in_it():
    """ "甲总书记在某次集体学习时的重要讲话": the speaker took part in that session, as with
    "在E上的重要讲话" (u39, u54, u87)."""
    ents = [("青山市委常委会议军会议", EV), ("中央政治局第九次集体学习", EV), ("张文明", P)]
    text = ("青山市委常委会议军会议召开,传达学习张文明总书记在中央政治局第九次集体学习时的重要讲话精神。")
    t = triples(text, ents)
    assert ("张文明", "PARTICIPATES_IN", "中央政治局第九次集体学习") in t


def test_meeting_studied_at_is_not_the_one_attended():
    """ "…在某次集体学习时的重要讲话精神。市长乙出席会议": the session is cited, 会议 is the meeting
    held (u87)."""
    ents = [("青山市委常委会议军会议", EV), ("中央政治局第九次集体学习", EV), ("张文明", P), ("李华", P)]
    text = ("青山市委书记主持召开青山市委常委会议军会议,传达学习张文明总书记在中央政治局第九次集体学习时的"
            "重要讲话精神。市委副书记、市长李华出席会议。")
    t = triples(text, ents)
    assert ("李华", "PARTICIPATES_IN", "青山市委常委会议军会议") in t
    assert ("李华", "PARTICIPATES_IN", "中央政治局第九次集体学习") not in t
