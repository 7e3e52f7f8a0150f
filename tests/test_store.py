"""graph.store: the derivation rules both stores share, and the NodeSummary that lets a store update
a node from one document's contribution without reading the others'."""

import random

import pytest

from graph.model import Mention, NodeRecord
from graph.store import NodeSummary, merge_node


def _rec(name: str, etype: str = "PartyGovBody", *, aliases=(), jur: str = "龙岩市", side: str = "joint",
         gloss: str = "", confidence: float = 0.9) -> NodeRecord:
    return NodeRecord(key="龙岩市|龙岩市委军民融合办", type=etype, name=name, aliases=list(aliases),
                      jurisdiction=jur, side=side, gloss=gloss,
                      mentions=[Mention(0, 0, len(name), name)], source="test", confidence=confidence)


CONTRIBUTIONS = [
    _rec("龙岩市委军民融合办", gloss="Longyan Municipal Party Committee MCF Office"),
    _rec("市委军民融合办", aliases=["军民融合办"], confidence=0.8),
    _rec("龙岩市委军民融合发展委员会办公室", aliases=["龙岩市委军民融合办"], confidence=0.95,
         gloss="Longyan Municipal Party Committee MCF Development Committee Office"),
    _rec("龙岩市委军民融合办", etype="Association", side="civilian", jur=""),
    _rec("市委军民融合办", confidence=0.7),
]


def test_merge_node_majority_type_fullest_name_and_every_other_form():
    props = merge_node(CONTRIBUTIONS)
    assert props["type"] == "PartyGovBody" and props["side"] == "joint"
    assert props["name"] == "龙岩市委军民融合发展委员会办公室"
    assert props["gloss"] == "Longyan Municipal Party Committee MCF Development Committee Office"
    assert props["aliases"] == ["军民融合办", "市委军民融合办", "龙岩市委军民融合办"]
    assert props["jurisdiction"] == ""  # one document names it without a place: sorts first
    assert props["confidence"] == 0.95


def test_summary_add_then_remove_equals_deriving_from_what_remains():
    rnd = random.Random(3)
    for _ in range(200):
        held = rnd.sample(CONTRIBUTIONS, rnd.randint(1, len(CONTRIBUTIONS)))
        summary = NodeSummary.of(CONTRIBUTIONS)
        for rec in CONTRIBUTIONS:
            if rec not in held:
                summary.remove(rec)
        summary = NodeSummary.from_json(summary.key, summary.to_json())  # as a store keeps it
        assert summary.properties() == merge_node(held)


def test_summary_of_nothing_is_empty_and_refuses_what_it_does_not_hold():
    summary = NodeSummary.of(CONTRIBUTIONS[:1])
    summary.remove(CONTRIBUTIONS[0])
    assert not summary and summary.to_json() == NodeSummary("k").to_json()
    with pytest.raises(ValueError, match="no contribution left"):
        summary.properties()
    with pytest.raises(ValueError, match="does not hold"):
        summary.remove(CONTRIBUTIONS[1])
