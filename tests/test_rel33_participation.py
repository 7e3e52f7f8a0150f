"""PARTICIPATES_IN of the rel33 round (issue 10 §3: relations missed although both endpoints were
found), meeting-scoped participation: "甲、乙、丙等代表先后发言" in the report of a meeting gives each
listed person a part in the meeting reported (relation_cues.json speech_performed: 先后发言, 相继发言).
Kept because it was right in READ u19, u45 and u65 and wrong in none (a bare 发言 was dropped: wrong in
u18, u81, where the speech is heard, or is no act at the meeting). Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

EV = "Event"


def test_delegates_who_speak_in_turn_take_part_in_the_session():
    ents = [("青山市十五届人大三次会议", EV), ("甲某", "Person"), ("乙某", "Person"), ("丙某", "Person")]
    text = ("1月10日，青山市十五届人大三次会议解放军代表团举行全体会议。"
            "审议中，甲某、乙某、丙某等代表先后发言，一致赞同政府工作报告。")
    t = triples(text, ents)
    for name in ("甲某", "乙某", "丙某"):
        assert (name, "PARTICIPATES_IN", "青山市十五届人大三次会议") in t


def test_speaking_in_turn_without_an_opener():
    ents = [("东山省六届人大一次会议", EV), ("丁某", "Person"), ("戊某", "Person")]
    text = "东山省六届人大一次会议今天开幕。丁某、戊某等代表相继发言，对政府工作报告给予充分肯定。"
    t = triples(text, ents)
    assert ("丁某", "PARTICIPATES_IN", "东山省六届人大一次会议") in t
    assert ("戊某", "PARTICIPATES_IN", "东山省六届人大一次会议") in t
