"""ent58 (issue 10 §3): a park written with 园区 and with 园 is one park (青山甲乙产业园区 /
青山甲乙产业园): abbreviations.tsv's 园区 -> 园 row, for comparing one document's forms. Invented names."""

from __future__ import annotations

from ingest.components.grouping import _compare_form


def test_park_and_park_zone_compare_alike():
    # READ u52, u79, u90
    assert _compare_form("白沙甲乙产业园区") == _compare_form("白沙甲乙产业园")
    assert _compare_form("白沙甲乙产业园区") != _compare_form("白沙甲乙产业基地")
