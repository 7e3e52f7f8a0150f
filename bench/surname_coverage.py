"""Would CC-CEDICT's family names beyond the surname table find missed persons? (ent46, issue 10)

    PYTHONPATH=$PWD .venv/bin/python bench/surname_coverage.py [--list]

ingest/data/surnames.txt holds the hand list and the RARE CC-CEDICT family names
(scripts/build_surnames.py); CC-CEDICT's other "surname X" characters (和, 新, 能, 微 …: frequent
words, or stop characters of the name rules) are left out. This counts, over every READ set
(seeds, dev and the READ batches, never the CHECK ones), per set:

- missed: gold persons no predicted person matches whose surname (first character of the folded
  name) is such a character;
- for two ways of admitting them, the persons the pipeline then adds that gold has (right) and
  that it has not (wrong), and the predicted persons it loses:
  `wide` puts them in the table; `cued` admits them only where the name rules already have a cue
  (a title or post before the name, an item of a list of names: the `titled` and `in_list`
  arguments of NameContext._plausible_name and _name_at).

The two ways are simulated by swapping the lexicon's `surnames1` set for the run (a bench-only
patch; the pipeline is not changed). A class is worth a rule only if right in >= 3 READ sets and
wrong in none (the rule protocol). `--list` prints the names: scored text, never for committing.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ablation import CHECK, annotated_sets  # noqa: E402
from bench.gold_eval import load_score  # noqa: E402


def cedict_only_surnames() -> frozenset[str]:
    """One-character CC-CEDICT family names (capitalised reading, a 'surname …' sense) not in the table."""
    from graph.cedict import entries
    from ingest.components.lexicon import lexicon

    known = lexicon().surnames1
    return frozenset(c for c, readings in entries().items() if len(c) == 1 and c not in known and any(
        py[:1].isupper() and any(s.startswith("surname ") for s in senses) for py, senses in readings))


def _gated(fn: Callable, lx: object, widened: frozenset[str]) -> Callable:
    """fn with the widened surname set in force only when a title or a name list is the cue."""
    @functools.wraps(fn)
    def run(self: object, *a: object, **k: object) -> object:
        if not (k.get("titled") or k.get("in_list")):
            return fn(self, *a, **k)
        narrow = lx.surnames1  # type: ignore[attr-defined]
        object.__setattr__(lx, "surnames1", widened)
        try:
            return fn(self, *a, **k)
        finally:
            object.__setattr__(lx, "surnames1", narrow)
    return run


def persons(sets: dict[str, list[dict]], score) -> dict[str, list[tuple[str, str, list[set[str]]]]]:
    """{set: [(doc id, text, predicted person form sets)]} with the pipeline as it stands now."""
    from graph.model import Document
    from ingest.extract import extract, get_nlp

    nlp = get_nlp()
    out: dict[str, list] = {}
    for name, docs in sets.items():
        out[name] = []
        for d in docs:
            pred = extract(Document(id=d["id"], source="", text=d["text"]), nlp).to_json()["entities"]
            out[name].append((d["id"], d["text"], [score.forms(e) for e in pred if e["type"] == "Person"]))
    return out


def compare(sets: dict[str, list[dict]], base: dict, other: dict, score) -> dict[str, dict[str, list[str]]]:
    """Per set: right and wrong persons `other` adds over `base`, and the persons it loses."""
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for name, docs in sets.items():
        for d, (did, _t, bp), (_d, _t2, op) in zip(docs, base[name], other[name], strict=True):
            gold = set().union(*(score.forms(e) for e in d["entities"] if e["type"] == "Person"))
            bforms = set().union(*bp) if bp else set()
            oforms = set().union(*op) if op else set()
            for p in op:
                if not p & bforms:
                    found[name]["right" if p & gold else "wrong"].append(f"{did} {min(p)}")
            for p in bp:
                if not p & oforms:
                    found[name]["lost"].append(f"{did} {min(p)}")
    return found



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", action="store_true", help="print the names (scored text)")
    a = ap.parse_args()
    from ingest.components.lexicon import lexicon
    from ingest.components.name_context import NameContext
    from ingest.textfold import fold

    score = load_score()
    sets = {k: v for k, v in annotated_sets().items() if k not in CHECK}
    extra = cedict_only_surnames()
    lx = lexicon()
    print(f"CC-CEDICT family names not in the table: {len(extra)}")
    base = persons(sets, score)
    missed = defaultdict(list)
    for name, docs in sets.items():
        for d, (did, _t, bp) in zip(docs, base[name], strict=True):
            pforms = set().union(*bp) if bp else set()
            for e in d["entities"]:
                if e["type"] == "Person" and not score.forms(e) & pforms and fold(e["name"])[:1] in extra:
                    missed[name].append(f"{did} {e['name']}")
    print(f"missed gold persons with such a surname: {sum(map(len, missed.values()))} in {len(missed)} sets")
    if a.list:
        print("  " + "; ".join(x for v in missed.values() for x in v))
    narrow = lx.surnames1
    object.__setattr__(lx, "surnames1", narrow | extra)
    wide = persons(sets, score)
    object.__setattr__(lx, "surnames1", narrow)
    originals = {f: getattr(NameContext, f) for f in ("_plausible_name", "_name_at")}
    for f, fn in originals.items():
        setattr(NameContext, f, _gated(fn, lx, narrow | extra))
    cued = persons(sets, score)
    for f, fn in originals.items():
        setattr(NameContext, f, fn)
    for label, other in (("wide", wide), ("cued", cued)):
        found = compare(sets, base, other, score)
        for kind in ("right", "wrong", "lost"):
            where = {n: v[kind] for n, v in found.items() if v[kind]}
            print(f"{label:5} {kind:5} {sum(map(len, where.values())):3} in {len(where):2} sets: "
                  + " ".join(sorted(where, key=lambda s: (len(s), s))))
            if a.list and where:
                print("  " + "; ".join(x for v in where.values() for x in v))


if __name__ == "__main__":
    main()
