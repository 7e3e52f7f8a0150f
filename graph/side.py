"""Which side of military-civil fusion an entity stands on: military, civilian, joint or neutral.

Analysis asks "who bridges the military and civilian sides", so every node needs a side. The
entity type decides most cases (a MilitaryUnit is military, a PartyGovBody civilian), but names
decide the interesting ones: 军民融合办 and 国防动员委员会 are joint bodies although typed
PartyGovBody, and 中船重工 is a military-industrial group although typed Enterprise. The rules
live in graph/data/sides.json so an analyst can read and change them without touching code; a
file named by MCFGRAPH_SIDES overrides them (same shape; its patterns are tried first).

>>> side_of("龙岩市委军民融合办", "PartyGovBody")
'joint'
>>> side_of("XX军分区", "MilitaryUnit")
'military'
>>> side_of("中船重工", "Enterprise")
'military'
>>> side_of("市发改委", "PartyGovBody")
'civilian'
>>> side_of("龙岩", "Location")
'neutral'
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from graph.model import SIDES
from ingest.normalise import fold

DATA = Path(__file__).with_name("data") / "sides.json"
ENV = "MCFGRAPH_SIDES"


@dataclass(frozen=True)
class SideRules:
    """Compiled rules: ordered (pattern, side, types-or-None), type defaults, excluded types."""

    patterns: tuple[tuple[str, str, frozenset[str] | None], ...]
    types: dict[str, str]
    exclude: frozenset[str]


def _load(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _patterns(data: dict) -> list[tuple[str, str, frozenset[str] | None]]:
    out = []
    for p in data.get("patterns", []):
        side = p["side"]
        if side not in SIDES:
            raise ValueError(f"unknown side {side!r} for pattern {p['pattern']!r}")
        types = frozenset(p["types"]) if p.get("types") else None
        out.append((p["pattern"], side, types))
    return out


@lru_cache(maxsize=8)
def load_rules(override: str | None = None) -> SideRules:
    """The built-in rules, with the override file (if any) layered on top."""
    base = _load(DATA)
    patterns = _patterns(base)
    types = {k: v for k, v in base.get("types", {}).items() if not k.startswith("_")}
    exclude = set(base.get("pattern_types", {}).get("exclude", []))
    if override:
        extra = _load(Path(override))
        patterns = _patterns(extra) + ([] if extra.get("replace") else patterns)
        types.update({k: v for k, v in extra.get("types", {}).items() if not k.startswith("_")})
        if "pattern_types" in extra:
            exclude = set(extra["pattern_types"].get("exclude", []))
    for t, s in types.items():
        if s not in SIDES:
            raise ValueError(f"unknown side {s!r} for type {t!r}")
    return SideRules(tuple(patterns), types, frozenset(exclude))


def rules() -> SideRules:
    return load_rules(os.environ.get(ENV) or None)


def side_of(name: str, type: str) -> str:  # noqa: A002 - the model calls it `type`
    """military | civilian | joint | neutral for an entity of this name and type.

    Joint patterns win over the MilitaryUnit type (a 国防动员委员会 typed MilitaryUnit is still a
    joint body); otherwise a MilitaryUnit is military; otherwise the first matching name pattern;
    otherwise the type's default (unknown types: neutral).
    """
    r = rules()
    name = fold(name)  # 軍分區 and ＸＸ軍分區 match the simplified patterns
    if type not in r.exclude:
        for pattern, side, types in r.patterns:
            if pattern in name and (types is None or type in types):
                if type == "MilitaryUnit" and side != "joint":
                    break
                return side
    return r.types.get(type, "neutral")
