"""HOLDS_POSITION of the rel34 round (issue 10 §3: relations missed although both endpoints were found):
an autonomous prefecture's governor is named by the bare head title 州长 ("州委副书记、州长甲某"), as a
city's mayor by 市长: the title is a post in the document's 州政府 (relation_cues.json government_heads:
州长). Kept because it was right in READ u39, u46 and u93 and wrong in none. With it, a prefecture
government that sends its representatives to the meeting ("州政府、某军分区有关负责同志出席") still
attends, though the governor's title now names it (relation_cues.json attending_reps; rule_attend
skipped every body some person's title names: the one such fact it would have lost, READ u46, is kept).
Names are invented.
"""

from __future__ import annotations

from tests.test_relations import triples

G, EV, P = "PartyGovBody", "Event", "Person"


def test_the_governor_title_names_the_prefecture_government():
    ents = [("座谈会", EV), ("州委", G), ("青山州政府", G, ["州政府"]), ("甲某", P), ("乙某", P)]
    text = ("青山州召开座谈会。州委副书记、州长甲某，州委副书记乙某出席座谈会。"
            "青山州政府各部门负责人参加座谈。")
    t = triples(text, ents)
    assert ("甲某", "HOLDS_POSITION", "青山州政府") in t
    assert ("乙某", "HOLDS_POSITION", "青山州政府") not in t


def test_a_government_sending_representatives_attends_though_a_title_names_it():
    ents = [("州委议军会议", EV), ("州委", G), ("青山州政府", G, ["州政府"]),
            ("青山军分区", "MilitaryUnit"), ("甲某", P)]
    text = ("1月9日，青山州召开州委议军会议。"
            "州委副书记、州长甲某，州委常委，州政府、青山军分区有关负责同志出席会议。")
    t = triples(text, ents)
    assert ("甲某", "HOLDS_POSITION", "青山州政府") in t
    assert ("青山州政府", "PARTICIPATES_IN", "州委议军会议") in t
    assert ("青山军分区", "PARTICIPATES_IN", "州委议军会议") in t
