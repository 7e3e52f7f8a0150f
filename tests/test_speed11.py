"""Speed round 11: what a first pass pays that a repeated pass does not (docs/BENCHMARKS.md, twelfth
pass): the young generation's threshold raised once the pipeline is built, and the head filters'
per-head tables computed from the class's filters. Output identity is checked by
bench/output_identity.py; these are the invariants behind it."""

from __future__ import annotations

import gc
import itertools

from ingest.components import head_filters as H
from ingest.components.name_rules import ORG_TYPES


def test_young_threshold_raised_after_build_never_lowered():
    from ingest import extract as ex

    ex.get_nlp(False)
    t0, t1, t2 = gc.get_threshold()
    assert t0 >= ex.YOUNG_GC_THRESHOLD
    assert gc.isenabled()
    old = gc.get_threshold()
    try:  # a caller's larger threshold stays, and so do the older generations' thresholds
        gc.set_threshold(10 * ex.YOUNG_GC_THRESHOLD, 7, 9)
        ex.get_nlp.cache_clear()
        ex.get_nlp(False)
        assert gc.get_threshold() == (10 * ex.YOUNG_GC_THRESHOLD, 7, 9)
        gc.set_threshold(700, 7, 9)
        ex.get_nlp.cache_clear()
        ex.get_nlp(False)
        assert gc.get_threshold() == (ex.YOUNG_GC_THRESHOLD, 7, 9)
    finally:
        gc.set_threshold(*old)


def _active_by_table(phase, cls, off, typ, head):
    """The table walk `_active` did before (every row tested for every new head)."""
    return tuple((name, H.FILTERS[name]) for name, ph, classes in H.table()
                 if ph == phase and (classes is None or cls in classes) and name not in off
                 and (name not in H.ONLY_FOR or H.ONLY_FOR[name](typ, head)))


def test_active_filters_same_as_table_walk():
    classes = sorted({c for _n, _p, cs in H.table() if cs for c in cs}) + ["other"]
    types = [*ORG_TYPES, "Event", "Policy", "IndustrialPark", "Place", ""]
    heads = ["规划", "党委", "基地", "新区", "战略", "之都", "会议", "签约仪式", "签字仪式", "开工仪式",
             "学校", "大学", "中心", "委员会", ""] + sorted(H.SCHOOL_HEADS)[:5]
    offs = [frozenset(), frozenset({H.table()[0][0], "kind_of_plan"})]
    for phase, cls, off, typ, head in itertools.product(("pre", "post"), classes, offs, types, heads):
        assert H._active(phase, cls, off, typ, head) == _active_by_table(phase, cls, off, typ, head)


def test_place_openings_gate_loses_no_place_prefix():
    """Every place or region name of two characters or more opens with a pair in the gate, so a
    name whose first pair is not there has no place prefix (what split_place's loop would find)."""
    from ingest.components.grouping import _place_openings
    from ingest.components.lexicon import lexicon

    lx = lexicon()
    gate = _place_openings()
    for names in (lx.places_full, lx.places_short, lx.regions):
        assert all(p[:2] in gate for p in names if len(p) >= 2)
    from ingest.components.grouping import split_place
    for s in ("福建省委", "省委", "国家国防科工局", "全省国防动员", "某某研究所", "中国航发",
              "东方县人民政府"):
        p, _rest = split_place(s)
        assert p == "" or s.startswith(p)
