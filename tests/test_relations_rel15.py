"""rel15: bench/rule_precision.py sorts each predicted relation of a rule (invented texts)."""

from bench.gold_eval import load_score
from bench.rule_precision import is_read, judge


def _ent(name: str, typ: str) -> dict:
    return {"name": name, "type": typ, "aliases": []}


def test_judge_sorts_right_wrong_pair_and_wrong_endpoint() -> None:
    gold = {
        "entities": [_ent("东方重工集团", "Enterprise"), _ent("青山市", "Location"),
                     _ent("青山市委", "PartyGovBody")],
        "relations": [{"head": "东方重工集团", "type": "LOCATED_IN", "tail": "青山市"},
                      {"head": "青山市委", "type": "COORDINATES_WITH", "tail": "东方重工集团"}],
    }
    pred = {
        "entities": gold["entities"] + [_ent("甲乙丙公司", "Enterprise")],
        "relations": [
            {"head": "东方重工集团", "type": "LOCATED_IN", "tail": "青山市", "source": "rel:located:prefix"},
            # symmetric type, other direction: still right
            {"head": "东方重工集团", "type": "COORDINATES_WITH", "tail": "青山市委",
             "source": "rel:coord:签约"},
            {"head": "青山市委", "type": "LOCATED_IN", "tail": "东方重工集团", "source": "rel:located:at"},
            {"head": "甲乙丙公司", "type": "LOCATED_IN", "tail": "青山市", "source": "rel:located:prefix"},
        ],
    }
    kinds = [k for k, _ in judge(load_score(), gold, pred)]
    assert kinds == ["ok", "ok", "pair", "endpoint"]


def test_check_and_held_out_sets_are_not_read() -> None:
    assert is_read("u12") and is_read("u64")
    assert not is_read("u13") and not is_read("u15") and not is_read("u65") and not is_read("u70")
