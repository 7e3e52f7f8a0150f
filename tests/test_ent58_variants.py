"""ent58 (issue 10 §3): two writings of one name that differ by a typographic variant only (the
conjunction 与/和, 〈〉 or <> around a title in a title, 第 before a number in digits) are one entity.
Invented names."""

from __future__ import annotations

from ingest.components.grouping import _compare_form


def test_conjunction_variants_compare_alike():
    # READ u66 (与/和 in a bureau's name)
    assert _compare_form("青山市甲乙与丙丁局") == _compare_form("青山市甲乙和丙丁局")


def test_angle_bracket_variants_compare_alike():
    # READ u83 (a law's title inside a measure's title)
    assert _compare_form("《东川省实施〈甲乙法〉办法》") == _compare_form("《东川省实施<甲乙法>办法》")


def test_ordinal_before_digits_compares_alike():
    # READ u98 (a factory by its number)
    assert _compare_form("东方重工第4321工厂") == _compare_form("东方重工4321工厂")
    assert _compare_form("第二届甲乙论坛") != _compare_form("二届甲乙论坛")  # (digits only)
