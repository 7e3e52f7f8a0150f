"""Regions named by their cities' initials (东川 + 青山 + 白水 -> 东青白): not places of the gazetteer,
yet what a zone title such as 东青白国家自主创新示范区 is conferred on, like a named region.

A word of two or three characters is such a region when each character belongs to the short name of
a different prefecture-level city of one province (from the `cpca` package's division table, the
same source as the place gazetteer). A site's name (a town, a park: 中关村) fails the test because
its characters do not spell cities of one province.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from ingest.components.lexicon import _short


@lru_cache(maxsize=1)
def _city_chars() -> dict[str, frozenset[tuple[str, str]]]:
    """character -> {(province code, city short name)} for every prefecture-level city."""
    import cpca

    path = Path(cpca.__file__).resolve().parent / "resources" / "adcodes.csv"
    out: dict[str, set[tuple[str, str]]] = {}
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code, name = row["adcode"], row["name"]
            if code[4:] != "00000000" or code[2:] == "0000000000" or not name:
                continue  # provinces and counties
            short = _short(name) or name
            for ch in set(short):
                out.setdefault(ch, set()).add((code[:2], short))
    return {ch: frozenset(v) for ch, v in out.items()}


@lru_cache(maxsize=4096)
def initials_region(w: str) -> bool:
    """Is w (2-3 characters) a region named by the initials of cities of one province?"""
    if not 2 <= len(w) <= 3:
        return False
    chars = _city_chars()
    options = [chars.get(ch, frozenset()) for ch in w]
    if not all(options):
        return False
    provinces = set.intersection(*({p for p, _ in o} for o in options))
    for prov in provinces:
        cities = [{c for p, c in o if p == prov} for o in options]
        if _distinct(cities):
            return True
    return False


def _distinct(choices: list[set[str]], used: frozenset[str] = frozenset()) -> bool:
    """Can each position take a different city (a small matching, at most three positions)?"""
    if not choices:
        return True
    return any(_distinct(choices[1:], used | {c}) for c in choices[0] if c not in used)
