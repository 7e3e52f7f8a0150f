"""A problem clause whose subject is a deictic to a thing (该陵园, 该项目) is that thing's problem: when
the clause names no body and no place, its holder is unconfirmed (held back), not the document's place
(lead, after ent20's merge: READ u57-07's cemetery went to its city once a wrongly typed base was gone;
problem_cues.json "deictic_thing"). Invented names and texts only."""

from __future__ import annotations

from ingest.components.modality import deictic_thing
from tests.test_gaps17_recall import _stalled
from tests.test_gaps_problem_statements import graph_of

ENTS = [("青山市", "Location"), ("青山市检察院", "PartyGovBody"), ("东岭镇政府", "PartyGovBody")]
TEXT = ("青山市开展烈士纪念设施保护专项监督\n"
        "青山市检察院近日向东岭镇政府送达检察建议。青山市共有烈士纪念设施30处。"
        "东岭烈士陵园是青山市重要的纪念场所。"
        "近年来，{subject}纪念设施年久失修，出现碑面损坏、台阶松动等问题。")


def test_deictic_to_a_thing_is_no_jurisdiction_deictic():
    assert deictic_thing("近年来，该烈士陵园纪念设施年久失修")
    assert not deictic_thing("该县民兵训练基地建设滞后")
    assert not deictic_thing("全市纪念设施年久失修")


def test_a_thing_named_by_a_deictic_does_not_hand_its_problem_to_the_city(tmp_path):
    assert "青山市" not in _stalled(graph_of(tmp_path, TEXT.format(subject="该烈士陵园"), ENTS))
    # a jurisdiction deictic (全市) still speaks for the city, as before
    other = tmp_path / "b"
    other.mkdir()
    assert "青山市" in _stalled(graph_of(other, TEXT.format(subject="全市烈士"), ENTS))
