"""What each entity generator and filter accounts for: switch one off, count correct and wrong entities.

    python bench/ablation.py [--out docs/ablation.md] [--sets seeds,dev,u1,...]

For every annotated set (the seeds and dev gold in ../shared/gold, and corpus/annotated/u*.jsonl)
the entity component runs once with everything on, then once with each generator
(ingest/components/recognizer.py: STAGES, POST_FILTERS, FINAL_STAGE, EVENT_STAGE) and each
head-word filter (ingest/data/head_filters.tsv) switched off. Entities are matched to gold as
../shared/eval/score.py does (typed). For a generator, "correct" and "wrong" are the correct and
the wrong entities that disappear without it: what it contributes. For a filter, they are the
correct and wrong entities that appear without it, i.e. what it rejects: a filter that rejects
wrong entities earns its place, one that rejects only correct ones does not.

Counts are pooled per group (gold = seeds+dev, then the READ batches in the groups of
/work/tools/pools.py); the CHECK batches u13 and u15 are one column of counts only (no text, no
entity is printed). "batches" is in how many READ sets (seeds, dev and each READ u-batch) the
switch changes the entities at all: a rule that changes something in one batch only is a rule
written from that batch that has not (yet) met its construction again.

Fast: the run with everything on records, per document, which generators proposed a candidate,
which post filters dropped one and which head filter was the first to reject a head candidate.
A switch can only change a document where it fired (the pipeline is deterministic per document),
so each switch re-runs only those documents.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.gold_eval import SHARED, load_score  # noqa: E402
from bench.read_sets import GROUPS as READ_GROUPS  # noqa: E402

CHECK = ("u13", "u15")
GROUPS: tuple[tuple[str, int, int], ...] = (
    ("u1-u26", 1, 26), ("u27-u43", 27, 43), ("u44-u58", 44, 58), ("u59-u71", 59, 71), ("u72-u81", 72, 81),
    *((name, a, b) for name, a, b in reversed(READ_GROUPS) if a >= 82))
FIRED: set[str] = set()  # the switches that fired on the document being extracted


def group_of(name: str) -> str:
    """The pooled column a set is counted in ("" for a batch outside every group: held out)."""
    if name in ("seeds", "dev"):
        return "gold"
    if name in CHECK:
        return "CHECK u13+u15"
    n = int(name[1:])
    return next((g for g, a, b in GROUPS if a <= n <= b), "")


def columns() -> list[str]:
    return ["gold", *(g for g, _, _ in GROUPS), "CHECK u13+u15"]


def annotated_sets(only: set[str] | None = None) -> dict[str, list[dict]]:
    """{set name: gold documents} for seeds, dev and each batch of a group (never a held-out one)."""
    sets: dict[str, list[dict]] = {}
    for name in ("seeds", "dev"):
        path = SHARED / "gold" / f"{name}.jsonl"
        if path.exists():
            sets[name] = _read(path)
    for path in sorted((ROOT / "corpus" / "annotated").glob("u*.jsonl"), key=lambda p: int(p.stem[1:])):
        if group_of(path.stem):
            sets[path.stem] = _read(path)
    return {k: v for k, v in sets.items() if only is None or k in only}


def _read(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def switches() -> list[tuple[str, str]]:
    """(kind, name) of everything that can be switched off, in pipeline order."""
    from ingest.components import head_filters
    from ingest.components.recognizer import EVENT_STAGE, FINAL_STAGE, OVERLAY_STAGE, POST_FILTERS, STAGES

    out = [("generator", n) for names in STAGES for n in names]
    out += [("post filter", n) for n in POST_FILTERS]
    out += [("generator", n) for n in FINAL_STAGE + EVENT_STAGE + OVERLAY_STAGE]
    out += [("head filter", n) for n, _, _ in head_filters.table()]
    return out


def instrument() -> None:
    """Wrap the recogniser's generators, post filters and head filters so that each records in
    FIRED when it does anything on the current document."""
    from ingest.components import gen_title_bodies, head_filters, recognizer

    run = recognizer.Recognizer.run

    def run_(self: Any, name: str, t: str, chosen: list) -> list:
        found = run(self, name, t, chosen)
        if found:
            FIRED.add(name)
        return found

    recognizer.Recognizer.run = run_  # type: ignore[method-assign]
    titled = gen_title_bodies.title_bodies

    def title_bodies_(ctx: Any, t: str, chosen: list, nested: list) -> list:
        n = len(nested)
        found = titled(ctx, t, chosen, nested)
        if found or len(nested) > n:
            FIRED.add("title_bodies")
        return found

    gen_title_bodies.title_bodies = title_bodies_

    def post(name: str, fn: Callable) -> Callable:
        def post_(t: str, chosen: list) -> list:
            kept = fn(t, chosen)
            if kept != chosen:
                FIRED.add(name)
            return kept
        return post_

    for name, fn in list(recognizer._POST.items()):
        recognizer._POST[name] = post(name, fn)
    rejected = head_filters.rejected

    def rejected_(ctx: Any, h: Any, phase: str) -> str:
        name = rejected(ctx, h, phase)
        if name:
            FIRED.add(name)
        return name

    head_filters.rejected = rejected_


def extract_doc(nlp: Any, g: dict) -> list[dict]:
    from graph.model import Document
    from ingest.extract import extract

    doc = Document(id=g["id"], source=g.get("source", ""), text=g["text"])
    return extract(doc, nlp).to_json()["entities"]


def tally(score: Any, g: dict, pred: list[dict]) -> tuple[int, int]:
    """(correct, wrong) typed entities of one document."""
    matched = len(score.match_entities(g["entities"], pred, True))
    return matched, len(pred) - matched


def _key(pred: list[dict]) -> str:
    return json.dumps(pred, ensure_ascii=False, sort_keys=True)


def run(only: set[str] | None = None) -> dict[str, Any]:
    """Everything on, then each switch off on the documents where it fired."""
    from ingest.pipeline import build_nlp

    score = load_score()
    sets = annotated_sets(only)
    instrument()
    nlp = build_nlp(with_relations=False)
    rec = nlp.get_pipe("mcf_entities").rec
    docs = [(k, g) for k, v in sets.items() for g in v]
    base: dict[int, tuple[int, int, str]] = {}
    fired: dict[int, set[str]] = {}
    for i, (_, g) in enumerate(docs):
        FIRED.clear()
        pred = extract_doc(nlp, g)
        fired[i] = set(FIRED)
        base[i] = (*tally(score, g, pred), _key(pred))
    gold_n = {k: sum(len(g["entities"]) for g in v) for k, v in sets.items()}
    rows = []
    for kind, name in switches():
        rec.disabled = frozenset({name})
        cells: dict[str, list[int]] = {}
        changed: set[str] = set()
        errors: set[str] = set()
        n_fired = 0
        for i, (k, g) in enumerate(docs):
            if name not in fired[i]:
                continue
            n_fired += 1
            try:
                pred = extract_doc(nlp, g)
            except Exception as exc:  # noqa: BLE001 - reported in the table, not fatal
                errors.add(f"error: {type(exc).__name__}")
                continue
            c, w = tally(score, g, pred)
            bc, bw, bkey = base[i]
            d = (bc - c, bw - w) if kind == "generator" else (c - bc, w - bw)
            cell = cells.setdefault(k, [0, 0])
            cell[0] += d[0]
            cell[1] += d[1]
            if _key(pred) != bkey:
                changed.add(k)
        rows.append({"kind": kind, "name": name, "cells": cells, "changed": changed, "errors": errors,
                     "fired": n_fired})
    rec.disabled = frozenset()
    base_sets = {k: [0, 0] for k in sets}
    for i, (k, _) in enumerate(docs):
        base_sets[k][0] += base[i][0]
        base_sets[k][1] += base[i][1]
    return {"gold_n": gold_n, "base": base_sets, "rows": rows, "n_docs": len(docs)}


def pooled(per_set: dict[str, Any]) -> dict[str, list[int]]:
    """Per-set [a, b] pairs summed into the columns (and "READ": every READ set)."""
    out: dict[str, list[int]] = {}
    for k, v in per_set.items():
        a, b = (v, 0) if isinstance(v, int) else v
        for col in (group_of(k), "READ" if k not in CHECK else ""):
            if col:
                cell = out.setdefault(col, [0, 0])
                cell[0] += a
                cell[1] += b
    return out


def verdict(row: dict) -> str:
    """'net-wrong' (a generator that brings more wrong than correct entities on READ, a filter
    that rejects more correct than wrong), 'one batch' (changes one READ set only), or ""."""
    c, w = pooled(row["cells"]).get("READ", [0, 0])
    read_changed = [k for k in row["changed"] if k not in CHECK]
    flags = []
    if row["kind"] == "generator" and w > c or row["kind"] != "generator" and c > w:
        flags.append("net-wrong")
    if len(read_changed) == 1:
        flags.append(f"one batch ({read_changed[0]})")
    return ", ".join(flags)


def markdown(res: dict[str, Any]) -> str:
    cols = columns()
    base = pooled(res["base"])
    gold_n = pooled(res["gold_n"])
    lines = [
        "| switched off | kind | " + " | ".join(cols) + " | READ | batches | flag |",
        "| --- | --- | " + " | ".join("---" for _ in cols) + " | --- | --- | --- |",
        "| (nothing: correct / wrong / gold) | | "
        + " | ".join(f"{base[k][0]} / {base[k][1]} / {gold_n[k][0]}" if k in base else "" for k in cols)
        + f" | {base['READ'][0]} / {base['READ'][1]} / {gold_n['READ'][0]} | | |",
    ]
    for row in res["rows"]:
        p = pooled(row["cells"])
        out = [("·" if p.get(k, [0, 0]) == [0, 0] else f"{p[k][0]:+d} / {p[k][1]:+d}")
               for k in [*cols, "READ"]]
        n = len([k for k in row["changed"] if k not in CHECK])
        flag = ", ".join(sorted(row["errors"])) or verdict(row)
        lines.append(f"| {row['name']} | {row['kind']} | " + " | ".join(out) + f" | {n or '·'} | {flag} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="", help="also write the markdown table to this file")
    ap.add_argument("--json", default="", help="also write the raw per-set counts to this file")
    ap.add_argument("--sets", default="", help="comma list of sets (default: all READ and CHECK)")
    a = ap.parse_args()
    t0 = time.perf_counter()
    res = run(set(a.sets.split(",")) if a.sets else None)
    table = markdown(res)
    print(table)
    print(f"({res['n_docs']} documents, {len(res['rows'])} switches, {time.perf_counter() - t0:.0f} s)")
    if a.out:
        Path(a.out).write_text(table, encoding="utf-8")
    if a.json:
        rows = [{**r, "changed": sorted(r["changed"]), "errors": sorted(r["errors"])} for r in res["rows"]]
        raw = json.dumps({**res, "rows": rows}, ensure_ascii=False, indent=1)
        Path(a.json).write_text(raw, encoding="utf-8")


if __name__ == "__main__":
    main()
