"""bench/read_sets.py is the one place that says which batches are READ, CHECK or held out."""

import doctest

import bench.read_sets as rs
from bench import ablation, duplicates_eval, firstpass_rules, gloss_debris, gold_names_lbo, rule_precision
from scripts import build_gold_gazetteer, train_spans


def test_doctest():
    assert doctest.testmod(rs).failed == 0


def test_held_out_and_check_never_read():
    held = f"u{rs.FIRST_HELD}"
    assert not rs.is_read(held) and held not in rs.read_batches() and held not in rs.development_batches()
    assert all(not rs.is_read(c) and c not in rs.read_batches() for c in rs.CHECK)
    assert set(rs.CHECK) <= set(rs.development_batches())


def test_every_bench_reads_the_one_list():
    last = f"u{rs.FIRST_HELD - 1}"
    assert gloss_debris.READ == rs.read_batches()
    assert duplicates_eval.read_sets() == ["seeds", "dev"] + rs.read_batches()
    assert train_spans.TRAIN_BATCHES[-1] == last and rule_precision.FIRST_HELD == rs.FIRST_HELD
    assert build_gold_gazetteer.CHECK_BATCHES == rs.CHECK
    assert firstpass_rules.FIRST_HELD == rs.FIRST_HELD and not firstpass_rules.is_read(f"u{rs.FIRST_HELD}")
    assert ablation.GROUPS[-1][2] == rs.GROUPS[0][2] == rs.FIRST_HELD - 1
    assert set(gold_names_lbo.READ_GROUPS) == {"gold"} | {g[0] for g in rs.GROUPS}


def test_groups_cover_the_read_batches_once():
    grouped = [b for _, a, z in rs.GROUPS for b in rs.group_batches(a, z)]
    assert sorted(grouped) == sorted(rs.read_batches())
