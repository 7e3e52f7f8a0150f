"""The one resolver: of overlapping candidates, the longest wins (then priority, confidence)."""

from __future__ import annotations

from operator import attrgetter

from ingest.components.candidate import Cand

_START, _END = attrgetter("start"), attrgetter("end")
_PRIORITY, _CONFIDENCE = attrgetter("priority"), attrgetter("confidence")


def _minus_length(c: Cand) -> int:
    return c.start - c.end


def resolve_overlaps(cands: list[Cand]) -> list[Cand]:
    """Keep the longest candidates; a shorter one survives only where it overlaps nothing kept.

    Nested names therefore count only where they also stand alone (青山市 inside 青山市委 is no
    separate mention), and among candidates of one span the higher priority (a more specific
    rule), then the higher confidence, wins.
    """
    # the order of the key (-(end - start), -priority, -confidence, start), as four stable sorts
    # from the last key to the first (a reverse sort is stable too), each by a C attribute getter
    # but the first: the same order, ties included, without a key tuple built and compared per
    # candidate (speed19)
    order = sorted(cands, key=_START)
    order.sort(key=_CONFIDENCE, reverse=True)
    order.sort(key=_PRIORITY, reverse=True)
    order.sort(key=_minus_length)
    taken = bytearray(max(map(_END, cands), default=0) + 1)
    ones = memoryview(b"\x01" * len(taken))
    kept = []
    for c in order:
        if taken.find(1, c.start, c.end) >= 0:  # any character taken (searched in C, no slice)
            continue
        if c.end > c.start:
            taken[c.start:c.end] = ones[:c.end - c.start]
        kept.append(c)
    kept.sort(key=_START)
    return kept


def overlay(chosen: list[Cand], titles: list[Cand]) -> list[Cand]:
    """Add `titles` over what is chosen without taking the names inside them.

    A document's title (the proposal a reply answers: 关于支持青山市东方产业园发展的提案) is one
    Policy, and the park or place named inside it is still an entity of its own, as the annotated
    batches mark it (the nested-name rule counts that name where it also stands alone; here the
    inner mention also keeps the name's fullest form and its place prefix). So a title is kept
    beside the candidates wholly inside it; it gives way only to a candidate that already covers
    it or crosses its edge (a longer name the resolver chose there first). In doc.ents, which
    the relation rules read, the title (the longest) stands for its stretch: the annotators draw
    no relation from a proposal's title, nor from the names only nested in it.
    """
    kept = [c for c in resolve_overlaps(titles)
            if not any(k.start < c.end and c.start < k.end and not (c.start <= k.start and k.end <= c.end)
                       for k in chosen)
            and not any(k.start == c.start and k.end == c.end for k in chosen)]
    return sorted(chosen + kept, key=lambda c: c.start) if kept else chosen
