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


# level characters written after a short form (东川省, 青山州): the same place
_LEVEL_AFTER_SHORT = "省市州县区旗盟"


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Every full and short form of a division (and the provinces' short forms)."""
    lx = lexicon()
    return frozenset(lx.places_full) | frozenset(lx.places_short) | frozenset(_province_codes())


def _coded(part: str) -> str:
    """The form of `part` that has codes: itself, or a short form without the level character
    written after it (青山州 -> 青山)."""
    if codes(part) or len(part) < 3 or part[-1] not in _LEVEL_AFTER_SHORT:
        return part
    return part[:-1]


@lru_cache(maxsize=4096)
def chain_parts(w: str) -> tuple[str, ...]:
    """The places of a compound place written as a chain, each inside the one before, full or short
    forms, with or without their level words (东川青山白水区 -> 东川, 青山, 白水区; 东川省青山州 ->
    东川省, 青山州); () when `w` is no such chain of two or more places."""
    words = _place_words()

    def split(i: int, prev: str) -> tuple[str, ...] | None:
        if i == len(w):
            return ()
        for n in range(min(len(w) - i, 10), 1, -1):
            part = w[i:i + n]
            key = _coded(part)
            if key not in words or prev and not inside(prev, key):
                continue
            rest = split(i + n, key)
            if rest is not None:
                return (part, *rest)
        return None

    parts = split(0, "")
    return parts if parts and len(parts) >= 2 else ()


@lru_cache(maxsize=1)
def _lengths_by_first() -> dict[str, tuple[int, ...]]:
    """First character -> the lengths of the place words starting with it (and one more, for a
    level character written after a short form), longest first."""
    out: dict[str, set[int]] = {}
    for x in _place_words():
        out.setdefault(x[0], set()).update((len(x), len(x) + 1))
    return {c: tuple(sorted(ns, reverse=True)) for c, ns in out.items()}


def places_at(w: str, i: int) -> list[str]:
    """The places of the division table written at w[i] (full or short forms, a short form with its
    level character too), longest first."""
    words = _place_words()
    return [w[i:i + n] for n in _lengths_by_first().get(w[i:i + 1], ())
            if i + n <= len(w) and _coded(w[i:i + n]) in words]


def lies_inside(outer: str, inner: str) -> bool:
    """`inside` for forms written with a level character after a short form (青山州, 白水区)."""
    return inside(_coded(outer), _coded(inner))
