"""ent59 (issue 10): a verb of promoting right before a discussion's name (加强…座谈会, 深入推进…研讨会)
opens the discussion's topic and is part of its name; before a work meeting (推动全国…工作会议精神) it is
the clause's verb. Invented texts."""

from __future__ import annotations

from tests.entity_helpers import ents


def _events(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Event"}


def test_a_promoting_verb_opens_a_discussion():  # READ u18, u112 (u2: 促进…研讨会)
    assert "深入推进东川振兴座谈会" in _events("青山省召开深入推进东川振兴座谈会。")
    assert "加强军地公益诉讼检察工作座谈会" in _events("东川市召开加强军地公益诉讼检察工作座谈会。")


def test_a_verb_before_a_work_meeting_stays_out():  # READ u66
    assert "全国退役军人工作会议" in _events("会议传达了推动全国退役军人工作会议精神。")
