"""Speed round 7: changes that must leave behaviour as it was (output identity is checked by
bench/output_identity.py on the annotated texts; these are the invariants behind it)."""

from __future__ import annotations

import gc

import jieba
import pytest

from ingest.components import segment
from ingest.components.trie_regex import WordMatcher

PIECES = ["东方重工集团青山市军民融合发展委员会办公室", "加快建设东川省航空产业园A区一期项目", "任县长",
          "甲乙丙", "2024年青山市委", "ab12青山cd", "x", "中华人民共和国国务院", "研究生命起源"]


def test_route_is_jiebas_route():
    """segment._route is jieba's get_DAG + calc, the same floats and the same ties."""
    jieba.dt.check_initialized()
    for p in PIECES:
        route: dict[int, tuple[float, int]] = {}
        jieba.dt.calc(p, jieba.dt.get_DAG(p), route)
        mine = segment._route(p)
        assert [mine[k] for k in range(len(p) + 1)] == [route[k] for k in range(len(p) + 1)], p


@pytest.mark.parametrize("hmm", [False, True])
def test_fused_words_are_jiebas(hmm):
    for p in PIECES:
        assert segment.lcut(p, HMM=hmm) == jieba.lcut(p, HMM=hmm), (p, hmm)


@pytest.mark.parametrize("backend", ["", "rs", "pyac", "re"])
def test_empty_word_list_matches_nothing(backend):
    wm = WordMatcher([], backend=backend)
    assert list(wm.finditer("青山市东方县")) == []
    assert wm.longest_at_each_start("青山市东方县") == []


def test_pipeline_is_frozen_and_collector_on():
    """get_nlp builds with the collector paused, turns it back on, and freezes the tables."""
    from ingest.extract import get_nlp

    get_nlp(False)
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
