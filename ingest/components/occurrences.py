"""Where a literal string occurs in a text.

`re.finditer(re.escape(name), text)` compiles a new pattern for every name a document brings, and
those one-off patterns push the rules' own patterns out of `re`'s 512-entry cache, so the rules
were recompiled over and over (measured: a few per cent of extraction time). A find loop has no
cache to pollute.

>>> list(spans("龙岩市委与龙岩市政府", "龙岩"))
[(0, 2), (5, 7)]
"""

from __future__ import annotations

from collections.abc import Iterator


def spans(text: str, literal: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-overlapping occurrence, left to right, as re.finditer would give."""
    if not literal:
        return
    n = len(literal)
    i = text.find(literal)
    while i >= 0:
        yield i, i + n
        i = text.find(literal, i + n)
