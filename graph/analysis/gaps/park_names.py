"""One park, several nodes: the documents of one jurisdiction name a park in several ways.

青山航空产业园, 青山新区航空产业园 and 青山航空航天产业园 in one city's documents are one park: a
page adds the zone the park lies in (新区, 高新区, 经开区) or widens its sector (航空 -> 航空航天).
Extraction makes a node of each name, and an absence found on one of them ("park with no
enterprise") searched only what one wording says about the park: judged an artefact on held-out
text (gaps8). Two IndustrialPark nodes of the same jurisdiction are one park when their cores agree:
the name with pinyin glosses removed and folded (ingest.normalise.key), its jurisdiction (or the
jurisdiction's short form) stripped from the front, the zone words removed and the widened
sectors mapped back (gap_rules.json "park_name_variants"), its head (产业园, 园区 …) kept; a
core of fewer than MIN_CORE characters before the head is too generic to tell two parks apart.
Used by gaps/same_body.py: such nodes are merged like one body's nodes before the structural
findings (orphans, sides, brokers), so the park's firms, under whichever name a page used, are the
park's. Stored facts are not touched.
"""

from __future__ import annotations

from graph.analysis.gaps.common import rules
from graph.analysis.gaps.coverage import short_jurisdiction
from ingest.normalise import key, strip_pinyin_glosses

MIN_CORE = 2


def core(a: dict, n: str) -> str:
    """The park's name reduced to what tells it from another park of its jurisdiction ("" when
    no park head ends it or too little is left)."""
    r = rules()["park_name_variants"]
    name = key(strip_pinyin_glosses(a.get("name", n) or n))
    j = a.get("jurisdiction", "")
    short = short_jurisdiction(j)
    for p in (j, short):
        if p and name.startswith(p):
            name = name[len(p):]
            break
    head = next((h for h in r["heads"] if name.endswith(h)), "")
    if not head:
        return ""
    body = name[: -len(head)]
    for wide, base in r["widened"].items():
        body = body.replace(wide, base)
    for z in sorted(r["zone_words"], key=len, reverse=True):
        body = body.replace(z, "")
    return f"{body}|{head}" if len(body) >= MIN_CORE else ""


def variant_forms(a: dict, n: str) -> set[str]:
    """The park's variant forms for same_body's grouping: its core and the cores of its aliases,
    marked with its jurisdiction (a park of another city never shares one); empty for other types."""
    if a.get("type") != "IndustrialPark" or not a.get("jurisdiction"):
        return set()
    names = (a.get("name", n), *(a.get("aliases") or ()))
    return {f"园|{a['jurisdiction']}|{c}" for c in (core({**a, "name": x}, n) for x in names if x) if c}
