"""Entity recall and precision on glossed texts against unglossed ones, per READ batch.

    python bench/glossed_eval.py [--sets u87,u88,...] [--list FILE]

Some crawled mirrors print a pinyin gloss after characters (召開(kāi)會(huì)議); the rules read a view
without them (`ingest.textfold.text_view`). This splits each batch's documents into glossed (at
least one `textfold.PINYIN` match) and unglossed, and prints typed entity P/R/F1 of each half, so
a gap the glosses open shows as a column, not as a guess. It also counts the errors of glossed
documents whose name is written with a gloss inside it (gold names keep the text as written:
召開(kāi)會(huì)議's names carry their glosses), and how many gold names of glossed documents carry one
and how many of those are missed.

The last column is the test of the cause: every glossed or traditional-script document is also
extracted from its own text without glosses in simplified script (strip_pinyin + view_fold, the
gold names folded the same way), and the typed matches of the two runs compared. A miss or false
positive that the glosses or the script cause is one that the folded text does not make (a rule
reading the raw text, a boundary inside a gloss, a head split by one); the column counts them
(raw-only errors / folded-only errors), so "0 / 0" says the batch's errors would be the same on a
clean simplified page. --list writes the glossed documents' errors (entity_errors.classify_doc rows), for the
developer's eyes only (it holds scored text: never commit it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ablation import CHECK, annotated_sets  # noqa: E402
from bench.entity_errors import classify_doc, head_words  # noqa: E402
from bench.gold_eval import load_score  # noqa: E402


def glossed(text: str) -> bool:
    """Whether the text has at least one pinyin gloss the view drops."""
    from ingest.textfold import PINYIN

    return "(" in text and PINYIN.search(text) is not None


def gloss_inside(name: str) -> bool:
    """Whether `name` is written with a pinyin gloss inside it (gold names keep the text as written)."""
    from ingest.textfold import PINYIN

    return "(" in name and PINYIN.search(name) is not None


def _folded(e: dict) -> dict:
    from ingest.textfold import strip_pinyin, view_fold

    return dict(e, name=view_fold(strip_pinyin(e["name"])),
                aliases=[view_fold(strip_pinyin(a)) for a in e.get("aliases") or []])


def invariance(g: dict, pred: list[dict], nlp, score) -> tuple[int, int]:
    """(errors of the raw text's run that the folded text's run does not make, the reverse),
    counted as typed gold matches lost plus predictions unmatched, names compared folded."""
    from graph.model import Document
    from ingest.extract import extract
    from ingest.textfold import strip_pinyin, view_fold

    text = view_fold(strip_pinyin(g["text"]))
    clean = extract(Document(id=g["id"], source="glossed", text=text), nlp).to_json()["entities"]
    gold = [_folded(e) for e in g["entities"]]
    raw = [_folded(e) for e in pred]
    out = []
    for a, b in ((raw, clean), (clean, raw)):
        ma, mb = score.match_entities(gold, a, True), score.match_entities(gold, b, True)
        hits_a = {gold[i]["name"] + gold[i]["type"] for i in ma.values()}
        hits_b = {gold[i]["name"] + gold[i]["type"] for i in mb.values()}
        fp_a = {e["name"] + e["type"] for i, e in enumerate(a) if i not in ma}
        fp_b = {e["name"] + e["type"] for i, e in enumerate(b) if i not in mb}
        out.append(len(hits_b - hits_a) + len(fp_a - fp_b))
    return out[0], out[1]


def _prf(tp: int, n_pred: int, n_gold: int) -> str:
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return f"{p:.3f} / {r:.3f} / {2 * p * r / max(p + r, 1e-9):.3f}"


def run(set_names: list[str]) -> tuple[list[str], list[dict]]:
    """(table lines, error rows of glossed documents)."""
    from graph.model import Document
    from ingest.extract import extract
    from ingest.pipeline import build_nlp
    from ingest.textfold import view_fold

    score = load_score()
    heads = head_words()
    nlp = build_nlp(with_relations=False)
    sets = annotated_sets(set(set_names))
    lines = ["| batch | glossed docs | glossed P / R / F1 | unglossed docs | unglossed P / R / F1 "
             "| glossed errors with a gloss inside the name "
             "| gold names with a gloss: n / missed | errors raw-only / folded-only |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    rows: list[dict] = []
    total = {True: [0, 0, 0, 0], False: [0, 0, 0, 0]}
    total_inside = 0
    total_g = [0, 0]
    total_inv = [0, 0]
    for name in set_names:
        acc = {True: [0, 0, 0, 0], False: [0, 0, 0, 0]}  # docs, tp, pred, gold
        inside = gnames = gmiss = 0
        inv = [0, 0]
        for g in sets.get(name, []):
            pred = extract(Document(id=g["id"], source="glossed", text=g["text"]), nlp).to_json()["entities"]
            key = glossed(g["text"])
            if key or view_fold(g["text"]) != g["text"]:
                inv = [x + y for x, y in zip(inv, invariance(g, pred, nlp, score), strict=True)]
            a = acc[key]
            a[0] += 1
            a[1] += len(score.match_entities(g["entities"], pred, True))
            a[2] += len(pred)
            a[3] += len(g["entities"])
            if key:
                gnames += sum(gloss_inside(e["name"]) for e in g["entities"])
                for e in classify_doc(g["entities"], pred, score, heads):
                    e.update(doc=g["id"], set=name,
                             inside=any(gloss_inside(f) for f in [e["name"], *e["aliases"]]))
                    inside += e["inside"]
                    gmiss += e["inside"] and e["kind"] == "miss"
                    rows.append(e)
        for k in (True, False):
            total[k] = [x + y for x, y in zip(total[k], acc[k], strict=True)]
        total_inside += inside
        total_g[0] += gnames
        total_g[1] += gmiss
        total_inv = [x + y for x, y in zip(total_inv, inv, strict=True)]
        if acc[True][0] or inv != [0, 0]:
            lines.append(f"| {name} | {acc[True][0]} | {_prf(*acc[True][1:])} | {acc[False][0]} | "
                         f"{_prf(*acc[False][1:])} | {inside} | {gnames} / {gmiss} | {inv[0]} / {inv[1]} |")
    lines.append(f"| all | {total[True][0]} | {_prf(*total[True][1:])} | {total[False][0]} | "
                 f"{_prf(*total[False][1:])} | {total_inside} | {total_g[0]} / {total_g[1]} | "
                 f"{total_inv[0]} / {total_inv[1]} |")
    return lines, rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="")
    ap.add_argument("--list", default="")
    a = ap.parse_args()
    names = [s for s in a.sets.split(",") if s] or [s for s in annotated_sets() if s not in CHECK]
    lines, rows = run(names)
    print("\n".join(lines))
    if a.list:
        with open(a.list, "w", encoding="utf-8") as fh:
            for e in rows:
                extra = e.get("rule") or " ".join(e.get("other") or [])
                fh.write(f"{e['set']}\t{e['doc']}\t{e['kind']}\t{e['cause']}\t{e['type']}\t"
                         f"{'GLOSS-INSIDE' if e['inside'] else ''}\t{e['name']}\t"
                         f"{'|'.join(e['aliases'])}\t{extra}\n")


if __name__ == "__main__":
    main()
