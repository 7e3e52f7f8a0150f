"""Check the problem statements an annotator gave in a gold batch (corpus/annotated/<b>.jsonl).

    python bench/gold_problems_check.py corpus/annotated/u36.jsonl [...]

A document that says "problems_annotated": true has its problem list taken as the whole truth by
`ingest --annotations` (ingest/annotations.py), so a wrong offset or a stray key would silently
change the gold graph's "stalled" findings. Checked here, per problem: the sentence is exactly
text[start:end], "solved" is true or false, and no entity lists the same span twice. Prints per
batch: documents flagged, problem spans, spans given to an entity, entity-problem pairs.
Exit 1 on any error (each named by document and entity).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def check(path: Path) -> tuple[dict, list[str]]:
    """(counts, errors) for one batch file."""
    counts = {"documents": 0, "flagged": 0, "spans": 0, "pairs": 0}
    errors: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        doc, text = d.get("id", f"line {n}"), d["text"]
        counts["documents"] += 1
        counts["flagged"] += d.get("problems_annotated") is True
        spans = set()
        for e in d.get("entities") or []:
            seen = set()
            for p in e.get("problems") or []:
                where = f"{path.name} {doc} {e['name']}"
                start, end = p.get("start"), p.get("end")
                if not isinstance(start, int) or not isinstance(end, int):
                    errors.append(f"{where}: start/end missing")
                    continue
                if text[start:end] != p.get("sentence"):
                    errors.append(f"{where}: {str(p.get('sentence'))[:30]!r} is not at [{start}, {end})")
                if not isinstance(p.get("solved"), bool):
                    errors.append(f"{where}: solved must be true or false")
                if (start, end) in seen:
                    errors.append(f"{where}: [{start}, {end}) listed twice")
                seen.add((start, end))
                spans.add((start, end))
                counts["pairs"] += 1
        counts["spans"] += len(spans)
    return counts, errors


def main(argv: list[str]) -> int:
    bad = 0
    for arg in argv:
        counts, errors = check(Path(arg))
        print(Path(arg).stem, counts)
        for err in errors:
            print("  ERROR", err)
        bad += len(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
