"""What each entity generator and filter accounts for: switch one off, count correct and wrong entities.

    python bench/ablation.py [--out docs/ablation.md]

For every annotated set available (the seeds and dev gold in ../shared/gold, and the fresh batches
corpus/annotated/u*.jsonl when present) the entity component runs once with everything on, then
once with each generator (ingest/components/recognizer.py: GENERATORS), each post filter
(POST_FILTERS) and each head-word filter (ingest/data/head_filters.tsv) switched off. Entities are
matched to gold as ../shared/eval/score.py does (typed). For a generator, "correct" and "wrong" are
the correct and the wrong entities that disappear without it: what it contributes. For a filter,
they are the correct and wrong entities that appear without it, i.e. what it rejects: a filter that
rejects wrong entities earns its place, one that rejects only correct ones does not.

The fresh batches are held out: this script only COUNTS on them (no text is printed), so that a
rule that only ever helps on the documents it was written from shows up as zeros there.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.gold_eval import SHARED, load_score  # noqa: E402


def annotated_sets() -> dict[str, list[dict]]:
    """{set name: gold documents} for seeds, dev and each fresh batch found."""
    sets: dict[str, list[dict]] = {}
    for name in ("seeds", "dev"):
        path = SHARED / "gold" / f"{name}.jsonl"
        if path.exists():
            sets[name] = _read(path)
    for path in sorted((ROOT / "corpus" / "annotated").glob("u*.jsonl")):
        sets[path.stem] = _read(path)
    return sets


def _read(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def switches() -> list[tuple[str, str]]:
    """(kind, name) of everything that can be switched off, in pipeline order."""
    from ingest.components import head_filters
    from ingest.components.recognizer import EVENT_STAGE, FINAL_STAGE, POST_FILTERS, STAGES

    out = [("generator", n) for names in STAGES for n in names]
    out += [("post filter", n) for n in POST_FILTERS]
    out += [("generator", n) for n in FINAL_STAGE + EVENT_STAGE]
    out += [("head filter", n) for n, _, _ in head_filters.table()]
    return out


def counts(nlp, docs: list[dict], score) -> tuple[int, int]:
    """(correct, wrong) typed entities over `docs`."""
    from graph.model import Document
    from ingest.extract import extract

    correct = wrong = 0
    for g in docs:
        pred = extract(Document(id=g["id"], source="ablation", text=g["text"]), nlp).to_json()["entities"]
        matched = len(score.match_entities(g["entities"], pred, True))
        correct += matched
        wrong += len(pred) - matched
    return correct, wrong


def run() -> tuple[dict[str, int], dict[str, tuple[int, int]], list[tuple[str, str, dict]]]:
    from ingest.pipeline import build_nlp

    score = load_score()
    sets = annotated_sets()
    nlp = build_nlp(with_relations=False)
    rec = nlp.get_pipe("mcf_entities").rec
    gold_n = {k: sum(len(d["entities"]) for d in v) for k, v in sets.items()}
    base = {k: counts(nlp, v, score) for k, v in sets.items()}
    rows = []
    for kind, name in switches():
        rec.disabled = frozenset({name})
        cells = {}
        for k, docs in sets.items():
            try:
                c, w = counts(nlp, docs, score)
            except Exception as exc:  # a rule others rely on (e.g. an empty body) may not be optional
                cells[k] = f"error: {type(exc).__name__}"
                continue
            bc, bw = base[k]
            # generator: what disappears without it; filter: what appears without it
            cells[k] = (bc - c, bw - w) if kind == "generator" else (c - bc, w - bw)
        rows.append((kind, name, cells))
    rec.disabled = frozenset()
    return gold_n, base, rows


def markdown(gold_n, base, rows) -> str:
    sets = list(gold_n)
    lines = [
        "| switched off | kind | " + " | ".join(sets) + " |",
        "| --- | --- | " + " | ".join("---" for _ in sets) + " |",
        "| (nothing: correct / wrong / gold) | | "
        + " | ".join(f"{base[k][0]} / {base[k][1]} / {gold_n[k]}" for k in sets) + " |",
    ]
    for kind, name, cells in rows:
        out = []
        for k in sets:
            v = cells.get(k)
            out.append(v if isinstance(v, str) else ("·" if v == (0, 0) else f"{v[0]:+d} / {v[1]:+d}"))
        lines.append(f"| {name} | {kind} | " + " | ".join(out) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="", help="also write the markdown table to this file")
    a = ap.parse_args()
    t0 = time.perf_counter()
    gold_n, base, rows = run()
    table = markdown(gold_n, base, rows)
    print(table)
    print(f"({time.perf_counter() - t0:.0f} s)")
    if a.out:
        Path(a.out).write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
