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
