"""Administrative codes of the places of the gazetteer (from the `cpca` division table), to tell
whether one place lies inside another: 东川省 + 青山市 + 白水区 written back to back are one compound
place when each lies inside the one before it (its code extends the previous one's province or city
prefix), whichever of full or short forms are written (东川青山, 青山白水区)."""

from __future__ import annotations

from functools import lru_cache

from ingest.components.lexicon import _short, division_rows, lexicon


@lru_cache(maxsize=1)
def _codes() -> dict[str, frozenset[str]]:
    """full administrative name -> its codes (a name can belong to several places)."""
    out: dict[str, set[str]] = {}
    for code, name in division_rows():
        if name:
            out.setdefault(name, set()).add(code)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _province_codes() -> dict[str, frozenset[str]]:
    """province short form -> the province's codes. The short-form table gives a few province short
    forms to a smaller place of that name (河北 -> 天津's 河北区, 吉林 -> 吉林市), yet written before
    a place of the province (河北保定, 吉林长春) the short form is the province."""
    return {_short(name): codes_ for name, codes_ in _codes().items()
            if _short(name) and any(c[2:] == "0000000000" for c in codes_)}


def codes(w: str) -> frozenset[str]:
    """Codes of a full or short place name (empty for anything else); a province's short form has
    the province's codes too."""
    table = _codes()
    return table.get(w) or table.get(lexicon().places_short.get(w, ""), frozenset()) \
        | _province_codes().get(w, frozenset())


@lru_cache(maxsize=4096)
def inside(outer: str, inner: str) -> bool:
    """Does place `inner` lie directly or indirectly inside place `outer` (province > city > county)?"""
    for oc in codes(outer):
        prefix = oc[:2] if oc[2:] == "0000000000" else oc[:4] if oc[4:] == "00000000" else ""
        if prefix and any(ic != oc and ic.startswith(prefix) for ic in codes(inner)):
            return True
    return False
