"""The candidate mention every generator proposes, and the character helpers they share."""

from __future__ import annotations

import re
from dataclasses import dataclass

CJK = r"\u4e00-\u9fff"


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


# `ALL_CJK(s) is not None` is `all(is_cjk(c) for c in s)` (True for ""), one C call instead of a
# generator step and a call per character (speed19)
ALL_CJK = re.compile("[" + CJK + "]*").fullmatch


@dataclass(slots=True)
class Cand:
    """One candidate mention (offsets in the document text)."""

    start: int
    end: int
    type: str
    source: str
    confidence: float
    priority: int = 0  # higher wins among candidates with the same span
    key: str = ""  # grouping key override (persons: 习近平同志 -> 习近平)


# the last coverage made: (n, a copy of the candidate list, the bytes). The generators of one
# stage (persons, person_layouts, bylines) and stages that found nothing new ask for the coverage
# of the same chosen list, so it is built once and copied (callers write into their copy)
_LAST: list = [-1, [], b""]


def coverage(n: int, cands: list[Cand]) -> bytearray:
    """1 at each character some candidate covers (for "is this stretch taken?")."""
    # (a list equal to the last one, element by element, covers the same characters: Cand
    # compares by its fields, and the same objects compare equal without a call; no code moves a
    # Cand's start or end in place)
    if n == _LAST[0] and cands == _LAST[1]:
        return bytearray(_LAST[2])
    cov = bytearray(n + 1)
    ones = memoryview(b"\x01" * (n + 1))  # slices of one buffer: no bytes object per candidate
    for c in cands:
        if c.end > c.start:
            cov[c.start:c.end] = ones[:c.end - c.start]
    _LAST[:] = [n, list(cands), bytes(cov)]
    return cov
