"""gen1: bench/firstpass_rules.py judges each prediction the way ../shared/eval/score.py scores."""

from __future__ import annotations

from bench.firstpass_rules import Tally, judge_doc, label_of, net, session_of
from bench.gold_eval import load_score

GOLD = {
    "entities": [{"name": "青山市", "type": "Location"}, {"name": "东方重工集团", "type": "Enterprise"},
                 {"name": "青山市国防动员办公室", "type": "PartyGovBody", "aliases": ["青山市国动办"]}],
    "relations": [{"head": "东方重工集团", "type": "LOCATED_IN", "tail": "青山市"},
                  {"head": "青山市国防动员办公室", "type": "COORDINATES_WITH", "tail": "东方重工集团"}],
}
PRED = {
    "entities": [{"name": "青山市", "type": "Location", "source": "gazetteer:cpca"},
                 {"name": "东方重工集团", "type": "PartyGovBody", "source": "rule:head:集团"},
                 {"name": "青山市国动办", "type": "PartyGovBody", "source": "rule:head:办"},
                 {"name": "甲乙丙工程", "type": "Project", "source": "rule:head:工程"}],
    "relations": [{"head": "东方重工集团", "type": "LOCATED_IN", "tail": "青山市",
                   "source": "rel:located:at"},
                  {"head": "东方重工集团", "type": "COORDINATES_WITH", "tail": "青山市国动办",
                   "source": "rel:coord:合作"},
                  {"head": "甲乙丙工程", "type": "LOCATED_IN", "tail": "青山市",
                   "source": "rel:located:prefix"}],
}


def test_judge_typed_entities_and_relations() -> None:
    ents, rels = judge_doc(load_score(), GOLD, PRED)
    assert [ok for _, ok in ents] == [True, False, True, False]  # wrong type = FP; alias form = TP
    # relations match on untyped entity pairs; symmetric COORDINATES_WITH either order
    assert [ok for _, ok in rels] == [True, True, False]


def test_family_and_session() -> None:
    assert label_of({"source": "rule:head:工程"}, True) == "rule:head"
    assert label_of({"source": "rule:head:工程"}, False) == "rule:head:工程"
    assert session_of("u93") == "u92-u96" and session_of("u53") == "u53-u58"


def test_net_effect_sign() -> None:
    t = Tally()
    for ok in [True] * 8 + [False] * 2:
        t.add("good", ok, "u1")
    for ok in [True] + [False] * 4:
        t.add("bad", ok, "u2")
    t.n_gold = 12
    assert net(t, "good") > 0 > net(t, "bad")
