"""Entity duplicates on the READ batches: one gold body output as two or more predicted entities.

    python bench/duplicates_eval.py [--sets u77,u78,...] [--list FILE]

A duplicate is a gold entity (name and aliases) two or more predicted entities of its type each
share a form with (…工业园 beside …工业园区, …集团 beside …集团有限公司): the scorer matches the gold
entity to one of them, so the other is a false positive and the relations it carries count as a
miss and a wrong relation (issue 10 §3). Prints the count per batch and in all; --list writes each
duplicate (batch, document, type, gold name, the predicted names) for reading: it holds names of
the scored texts and is for the developer's eyes, never for committing. Only READ batches are run
by default (seeds, dev and the READ batches of bench/read_sets.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ablation import annotated_sets  # noqa: E402
from bench.gold_eval import load_score  # noqa: E402
from bench.read_sets import read_batches  # noqa: E402

CHECK = ("u13", "u15")


def read_sets() -> list[str]:
    """seeds, dev and the READ batches (bench/read_sets.py: CHECK and held-out batches left out)."""
    return ["seeds", "dev"] + read_batches()


def duplicates_of(gold: list[dict], pred: list[dict], score) -> list[tuple[dict, list[dict]]]:
    """(gold entity, its predicted entities) for each gold entity two or more predictions of its
    type share a form with."""
    pforms = [score.forms(p) for p in pred]
    out = []
    for ge in gold:
        gf = score.forms(ge)
        hits = [pred[i] for i, pf in enumerate(pforms) if pred[i]["type"] == ge["type"] and gf & pf]
        if len(hits) > 1:
            out.append((ge, hits))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(read_sets()))
    ap.add_argument("--list", default="", help="write every duplicate, one a line, to this file")
    a = ap.parse_args()
    from graph.model import Document
    from ingest.extract import extract
    from ingest.pipeline import build_nlp

    score = load_score()
    nlp = build_nlp(with_relations=False)
    sets = annotated_sets()
    rows: list[str] = []
    total = 0
    counts: list[str] = []
    for name in [s for s in a.sets.split(",") if s and s not in CHECK]:
        n = 0
        for g in sets.get(name, []):
            pred = extract(Document(id=g["id"], source="dups", text=g["text"]), nlp).to_json()["entities"]
            for ge, hits in duplicates_of(g["entities"], pred, score):
                n += 1
                rows.append(f"{name}\t{g['id']}\t{ge['type']}\t{ge['name']}\t"
                            + " | ".join(p["name"] for p in hits))
        total += n
        counts.append(f"{name} {n}")
    print(", ".join(counts))
    print(f"duplicates in all: {total}")
    if a.list:
        Path(a.list).write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
