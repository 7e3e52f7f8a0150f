"""The one resolver: of overlapping candidates, the longest wins (then priority, confidence)."""

from __future__ import annotations

from ingest.components.candidate import Cand


def resolve_overlaps(cands: list[Cand]) -> list[Cand]:
    """Keep the longest candidates; a shorter one survives only where it overlaps nothing kept.

    Nested names therefore count only where they also stand alone (青山市 inside 青山市委 is no
    separate mention), and among candidates of one span the higher priority (a more specific
    rule), then the higher confidence, wins.
    """
    order = sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, -c.confidence, c.start))
    taken = bytearray(max((c.end for c in cands), default=0) + 1)
    ones = memoryview(b"\x01" * len(taken))
    kept = []
    for c in order:
        if taken.find(1, c.start, c.end) >= 0:  # any character taken (searched in C, no slice)
            continue
        if c.end > c.start:
            taken[c.start:c.end] = ones[:c.end - c.start]
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept
