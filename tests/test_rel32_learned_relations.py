"""rel32: the learned relation pair classifier, on invented text (青山市, 东方重工集团, 甲乙丙)."""

from __future__ import annotations

import numpy as np
import pytest

from ingest.components.learned_relations import (
    LABELS,
    RelConfig,
    RelMention,
    admitted,
    candidates,
    decide,
    to_relation,
)

TEXT = "青山市委书记张甲出席东方重工集团成立大会。会议在青山市举行。"


def _mentions() -> list[RelMention]:
    spans = [("青山市委", "PartyGovBody"), ("张甲", "Person"), ("东方重工集团成立大会", "Event"),
             ("东方重工集团", "Enterprise")]
    out = []
    for name, typ in spans:
        i = TEXT.find(name)
        out.append(RelMention(i, i + len(name), name, typ))
    j = TEXT.find("青山市举行")
    out.append(RelMention(j, j + 3, "青山市", "Location"))
    return out


SENTS = [(0, TEXT.find("。") + 1), (TEXT.find("。") + 1, len(TEXT))]


def test_pair_is_marked_and_names_masked() -> None:
    cands = list(candidates(TEXT, SENTS, _mentions()))
    pair = next(c for c in cands if c.head.name == "张甲" and c.tail.name == "东方重工集团成立大会")
    assert pair.sentence == 0
    assert "⟦Person⟧" in pair.tokens and "⟪Event⟫" in pair.tokens
    assert "⟨PartyGovBody⟩" in pair.tokens  # the other mention, masked by its type
    assert "张" not in pair.tokens and "H=Person" in pair.tokens and "T=Event" in pair.tokens
    assert pair.tokens.index("出") > pair.tokens.index("⟦Person⟧")
    # a name inside a name is no pair; a pair the signature table admits nothing for is none
    assert not any({c.head.name, c.tail.name} == {"东方重工集团", "东方重工集团成立大会"} for c in cands)
    assert not admitted("Person", "Person") or ("COORDINATES_WITH" in admitted("Person", "Person"))
    assert all(admitted(c.head.type, c.tail.type) for c in cands)
    # one sentence at a time: the place of the second sentence pairs with nothing of the first
    assert not any(c.tail.name == "青山市" and c.head.name == "张甲" for c in cands)


def _toy_pairs():
    yes = ("H=Person", "T=Event", "O=HT", "D1", "<s>", "⟦Person⟧", "出", "席", "⟪Event⟫", "</s>")
    no = ("H=Person", "T=Event", "O=HT", "D1", "<s>", "⟦Person⟧", "批", "评", "⟪Event⟫", "</s>")
    return [(yes, {"PARTICIPATES_IN"})] * 20 + [(no, set())] * 20, yes, no


def test_training_is_deterministic_and_scores_a_marked_pair() -> None:
    pytest.importorskip("spacy")
    from ingest.learned_rel_training import RelSettings, predict, train

    pairs, yes, no = _toy_pairs()
    s = RelSettings(seed=3, epochs=3, batch_size=8)
    a, b = train(pairs, s, log=lambda _m: None), train(pairs, s, log=lambda _m: None)
    pa, pb = predict(a, [yes, no]), predict(b, [yes, no])
    assert np.array_equal(pa, pb)
    col = list(a.get_pipe("textcat_multilabel").labels).index("PARTICIPATES_IN")
    assert pa[0][col] > pa[1][col]
    assert a.meta["mcf_training"]["seed"] == 3


def test_add_mode_leaves_rule_relations_alone() -> None:
    cands = list(candidates(TEXT, SENTS, _mentions()))
    labels = list(LABELS)
    scores = np.full((len(cands), len(labels)), 0.99)
    rules = [{"head": "张甲", "type": "HOLDS_POSITION", "tail": "青山市委", "sentence_index": 0}]
    added, vetoed = decide(cands, scores, labels, rules, RelConfig(["add"], 0.7))
    assert not vetoed
    assert added
    assert not any({a.candidate.head.name, a.candidate.tail.name} == {"张甲", "青山市委"} for a in added)
    assert all(a.type in admitted(a.candidate.head.type, a.candidate.tail.type) for a in added)
    low = np.full((len(cands), len(labels)), 0.01)
    added, vetoed = decide(cands, low, labels, rules, RelConfig(["add"], 0.7))
    assert not added and not vetoed
    # veto (a separate mode) drops a rule relation the model reads as unrelated in its sentence
    _added, vetoed = decide(cands, low, labels, rules, RelConfig(["veto"], 0.7, 0.05))
    assert vetoed == {0}


def test_added_relation_carries_its_provenance() -> None:
    cands = list(candidates(TEXT, SENTS, _mentions()))
    labels = list(LABELS)
    scores = np.zeros((len(cands), len(labels)))
    i = next(k for k, c in enumerate(cands)
             if c.head.name == "张甲" and c.tail.name == "东方重工集团成立大会")
    scores[i][labels.index("PARTICIPATES_IN")] = 0.8
    (added,), _ = decide(cands, scores, labels, [], RelConfig(["add"], 0.7))
    rel = to_relation(added, TEXT, SENTS, "d1")
    assert (rel.head, rel.type, rel.tail) == ("张甲", "PARTICIPATES_IN", "东方重工集团成立大会")
    assert rel.source == "learned:rel" and rel.confidence == pytest.approx(0.8)
    assert rel.evidence.sentence_index == 0 and rel.modality
