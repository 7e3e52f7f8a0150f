"""One thing, two machine entities: the gold entities whose forms (name and aliases) are shared by
two or more predicted entities of its type (a full form and a short form output apart), and the
reverse, predicted entities whose forms span two gold entities (two things merged).

    python bench/split_entities.py [--sets u65,u66,...] [--type Event] [--list FILE]

Prints per set how many gold entities are split and how many predicted entities merge two gold
ones, and "near" cases: an unmatched prediction sharing four characters with a gold entity
another prediction matched (a short form gold does not list, or a second thing). --list writes
each case (set, document, gold name, the predicted names) for reading. The listing holds text of
the scored documents: it is for the developer's eyes, never for committing (CHECK sets are never
to be passed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ablation import annotated_sets  # noqa: E402
from bench.gold_eval import load_score  # noqa: E402

CHECK = {"u13", "u15"}


def cases(gold: list[dict], pred: list[dict], score, typ: str) -> tuple[list[tuple], list[tuple]]:
    """(splits, merges, nears) of one document, for entities of type `typ` ('' for every type)."""
    gf = [score.forms(g) for g in gold]
    pf = [score.forms(p) for p in pred]
    splits, merges, nears = [], [], []
    for gi, ge in enumerate(gold):
        if typ and ge["type"] != typ:
            continue
        hits = [pred[pi]["name"] for pi in range(len(pred))
                if pred[pi]["type"] == ge["type"] and gf[gi] & pf[pi]]
        if len(hits) > 1:
            splits.append((ge["name"], hits))
    for pi, pe in enumerate(pred):
        if typ and pe["type"] != typ:
            continue
        hits = [gold[gi]["name"] for gi in range(len(gold))
                if gold[gi]["type"] == pe["type"] and gf[gi] & pf[pi]]
        if len(hits) > 1:
            merges.append((pe["name"], hits))
    matched = score.match_entities(gold, pred, True)
    for pi, pe in enumerate(pred):
        if pi in matched or (typ and pe["type"] != typ):
            continue
        near = [gold[gi]["name"] + " = " + pred[pj]["name"] for pj, gi in matched.items()
                if gold[gi]["type"] == pe["type"] and _near(pf[pi], gf[gi] | pf[pj])]
        if near:
            nears.append((pe["name"], near))
    return splits, merges, nears


def _near(a: set[str], b: set[str], n: int = 4) -> bool:
    """Some form of `a` and some form of `b` share a run of `n` characters."""
    return any(x[i:i + n] in y for x in a for y in b for i in range(len(x) - n + 1))


def main() -> None:
    from graph.model import Document
    from ingest.extract import extract
    from ingest.pipeline import build_nlp

    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(f"u{i}" for i in range(65, 72)))
    ap.add_argument("--type", default="Event")
    ap.add_argument("--list", default="")
    a = ap.parse_args()
    names = [s for s in a.sets.split(",") if s and s not in CHECK]
    score = load_score()
    nlp = build_nlp(with_relations=False)
    sets = annotated_sets()
    lines = []
    for name in names:
        n_split = n_merge = n_near = 0
        for g in sets.get(name, []):
            pred = extract(Document(id=g["id"], source="split", text=g["text"]), nlp).to_json()["entities"]
            splits, merges, nears = cases(g["entities"], pred, score, a.type)
            n_split += len(splits)
            n_merge += len(merges)
            lines += [f"{name}\t{g['id']}\tsplit\t{gn}\t{' | '.join(ps)}" for gn, ps in splits]
            lines += [f"{name}\t{g['id']}\tnear\t{pn}\t{' | '.join(gs)}" for pn, gs in nears]
            n_near += len(nears)
            lines += [f"{name}\t{g['id']}\tmerge\t{pn}\t{' | '.join(gs)}" for pn, gs in merges]
        print(f"{name:6} split {n_split:3}  merge {n_merge:3}  near {n_near:3}")
    if a.list:
        Path(a.list).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
