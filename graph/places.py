"""China's administrative divisions (from the `cpca` package's adcode table and the divisions renamed
since, ingest/data/divisions_renamed.tsv), for resolution.

Resolution needs three facts about a place name: its full name (龙岩 → 龙岩市), its level, and the
province and city above it (so that "省委" in a Longyan speech becomes 福建省委). The adcode
hierarchy gives all three without a hand-made list.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ingest.components.lexicon import division_rows, division_short

SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
            "地区", "省", "市", "县", "区", "盟", "旗")
LEVEL_RANK = {"province": 0, "city": 1, "county": 2}
# an autonomous division's everyday name: its short form (without the nations) and this level word
AUTONOMOUS_LEVEL_WORDS = (("自治县", "县"), ("自治旗", "旗"), ("自治州", "州"))


@dataclass(frozen=True)
class Place:
    name: str  # full name, e.g. 龙岩市
    short: str  # e.g. 龙岩
    level: str  # province | city | county
    province: str  # full name of the province ("" for a province itself)
    city: str  # full name of the city ("" above city level)


def short_form(name: str) -> str:
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


def everyday_forms(name: str) -> tuple[str, ...]:
    """The form a text names an autonomous division by (青山彝族自治县 as 青山县, 东川土家族苗族自治州 as
    东川州): the gazetteer's short form without the nations (lexicon.division_short; `short_form`
    keeps them: 青山彝族) with the level word, so a body 青山县人武部 is of it. The bare short form is
    no form here: it is often a word or a brand as well (a group named 青山集团 is no county's)."""
    for suffix, word in AUTONOMOUS_LEVEL_WORDS:
        if name.endswith(suffix):
            short = division_short(name)
            return (short + word,) if len(short) >= 2 else ()
    return ()


@lru_cache(maxsize=1)
def _places() -> tuple[Place, ...]:
    rows: dict[str, str] = {code[:6]: name for code, name in division_rows()}
    out = []
    for code, name in rows.items():
        if code.endswith("0000"):
            level, province, city = "province", "", ""
        elif code.endswith("00"):
            level, province, city = "city", rows.get(code[:2] + "0000", ""), ""
        else:
            level = "county"
            province = rows.get(code[:2] + "0000", "")
            city = rows.get(code[:4] + "00", "")
        out.append(Place(name, short_form(name), level, province, city))
    return tuple(out)


@lru_cache(maxsize=1)
def _table() -> dict[str, Place]:
    by_name: dict[str, Place] = {}
    for place in _places():
        for form in {place.name, place.short, *everyday_forms(place.name)}:
            old = by_name.get(form)
            if old is None or LEVEL_RANK[place.level] < LEVEL_RANK[old.level]:
                by_name[form] = place
    return by_name


@lru_cache(maxsize=1)
def _every_place_by_form() -> dict[str, tuple[Place, ...]]:
    """Every place a form may denote, the gazetteer's short form without the nations too (甘南 for
    甘南藏族自治州 as well as the county 甘南县): read only after the place that holds one of them."""
    out: dict[str, list[Place]] = {}
    for place in _places():
        for form in {place.name, place.short, division_short(place.name), *everyday_forms(place.name)}:
            if len(form) >= 2:
                out.setdefault(form, []).append(place)
    return {k: tuple(v) for k, v in out.items()}


def lookup(name: str) -> Place | None:
    """The place a full or short name denotes (the higher level when a short name is shared)."""
    return _table().get(name)


def leading_place_inside(name: str, outer: Place) -> tuple[Place, str] | None:
    """The longest place inside `outer` that `name` starts with (a level below it), and the surface
    text it used: in 东川省青山军分区 the 青山 of 东川省, though the table's own 青山 is another
    province's."""
    every = _every_place_by_form()
    for n in range(min(len(name), 12), 1, -1):
        for place in every.get(name[:n], ()):
            if place.level != outer.level and outer.name in (place.province, place.city):
                return place, name[:n]
    return None


def leading_place(name: str) -> tuple[Place, str] | None:
    """The longest known place that `name` starts with, and the surface text it used."""
    table = _table()
    for n in range(min(len(name), 12), 1, -1):
        place = table.get(name[:n])
        if place is not None:
            return place, name[:n]
    return None
