"""Entity error analysis: every miss and false positive on the annotated sets, by type and cause.

    python bench/entity_errors.py [--sets seeds,dev,u1,...] [--list FILE] [--json FILE]

Runs the entity component (no relations) on each set (seeds and dev gold, and the annotated batches
corpus/annotated/u*.jsonl that are no longer held out: pass --sets to choose) and classifies each
typed error the way ../shared/eval/score.py counts it:

misses (a gold entity no predicted entity matches with its type)
  type      a predicted entity shares a form but has another type
  boundary  a predicted form overlaps a gold form (one contains the other) without being equal
  no_head   nothing overlaps, and the gold name ends in no head word of ingest/data/heads.tsv
  missed    nothing overlaps, the name has a head word: a filter or the name body rejected it
false positives (a predicted entity no gold entity matches with its type)
  type      it shares a form with a gold entity of another type
  alias     its forms belong to a gold entity that another prediction already matched (a short
            and a full form output as two entities)
  boundary  one of its forms contains or is contained in a gold form
  generic   none of these: a description, a class or a word taken as a name

The counts (printed as a table) say which classes to work on; --list writes every error with its
document and (for false positives) the rule that proposed it, for reading. The listing holds text of
the scored documents: it is for the developer's eyes, never for committing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ablation import annotated_sets  # noqa: E402
from bench.gold_eval import load_score  # noqa: E402


def head_words() -> list[str]:
    """Head words of heads.tsv, longest first."""
    path = ROOT / "ingest" / "data" / "heads.tsv"
    heads = [ln.split("\t")[0] for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return sorted(set(heads), key=len, reverse=True)


def _view_name(name: str) -> str:
    """The name as the rules read it (no pinyin gloss, simplified script): a mirror's
    青山財(cái)經(jīng)大學(xué) ends in the head 大学 (ent53: such misses were counted no_head)."""
    from ingest.textfold import strip_pinyin, view_fold

    return view_fold(strip_pinyin(name))


def _overlaps(a: set[str], b: set[str]) -> bool:
    return any(x != y and len(x) > 1 and len(y) > 1 and (x in y or y in x) for x in a for y in b)


def classify_doc(gold: list[dict], pred: list[dict], score, heads: list[str]) -> list[dict]:
    """One record per typed error of one document: kind (miss/fp), type, cause, name, rule."""
    typed = score.match_entities(gold, pred, True)
    untyped = score.match_entities(gold, pred, False)
    gforms = [score.forms(g) for g in gold]
    pforms = [score.forms(p) for p in pred]
    out = []
    for gi, ge in enumerate(gold):
        if gi in typed.values():
            continue
        if any(gforms[gi] & pf for pf in pforms):
            cause = "type"
        elif any(_overlaps(gforms[gi], pf) for pf in pforms):
            cause = "boundary"
        elif ge["type"] in ("Person", "Location") or not _view_name(ge["name"]).endswith(tuple(heads)):
            cause = "no_head"
        else:
            cause = "missed"
        other = [pred[pi]["name"] + "/" + pred[pi]["type"] for pi, v in untyped.items() if v == gi]
        out.append({"kind": "miss", "type": ge["type"], "cause": cause, "name": ge["name"],
                    "aliases": ge.get("aliases") or [], "other": other})
    for pi, pe in enumerate(pred):
        if pi in typed:
            continue
        hit = [gi for gi in range(len(gold)) if pforms[pi] & gforms[gi]]
        if hit and all(gi in typed.values() for gi in hit) and any(
                gold[gi]["type"] == pe["type"] for gi in hit):
            cause = "alias"
        elif hit:
            cause = "type"
        elif any(_overlaps(pforms[pi], gf) for gf in gforms):
            cause = "boundary"
        else:
            cause = "generic"
        out.append({"kind": "fp", "type": pe["type"], "cause": cause, "name": pe["name"],
                    "aliases": pe.get("aliases") or [], "rule": pe.get("source", "")})
    return out


def run(set_names: list[str], f1s: dict[str, tuple[int, int, int]] | None = None,
        disabled: frozenset[str] = frozenset()) -> dict[str, list[dict]]:
    """{set: its errors}; `f1s` (when given) gets (correct, predicted, gold) per set."""
    from graph.model import Document
    from ingest.extract import extract
    from ingest.pipeline import build_nlp

    score = load_score()
    heads = head_words()
    nlp = build_nlp(with_relations=False)
    nlp.get_pipe("mcf_entities").rec.disabled = disabled  # generators and filters switched off
    sets = annotated_sets()
    result: dict[str, list[dict]] = {}
    for name in set_names:
        errs = []
        tp = n_pred = n_gold = 0
        for g in sets.get(name, []):
            pred = extract(Document(id=g["id"], source="errors", text=g["text"]), nlp).to_json()["entities"]
            tp += len(score.match_entities(g["entities"], pred, True))
            n_pred += len(pred)
            n_gold += len(g["entities"])
            for e in classify_doc(g["entities"], pred, score, heads):
                e["doc"] = g["id"]
                e["set"] = name
                errs.append(e)
        result[name] = errs
        if f1s is not None:
            f1s[name] = (tp, n_pred, n_gold)
    return result


def table(result: dict[str, list[dict]]) -> str:
    """Markdown: rows (kind, type, cause), a column a set, then the total."""
    keys = Counter((e["kind"], e["type"], e["cause"]) for errs in result.values() for e in errs)
    names = list(result)
    lines = ["| error | type | cause | " + " | ".join(names) + " | all |",
             "| --- | --- | --- | " + " | ".join("---" for _ in names) + " | --- |"]
    for (kind, typ, cause), n in sorted(keys.items(), key=lambda kv: (kv[0][0], -kv[1])):
        cells = [str(sum(1 for e in result[s] if (e["kind"], e["type"], e["cause"]) == (kind, typ, cause)))
                 for s in names]
        lines.append(f"| {kind} | {typ} | {cause} | " + " | ".join(cells) + f" | {n} |")
    return "\n".join(lines)


def pos_bound(result: dict[str, list[dict]]) -> str:
    """What a jieba-POS candidate generator (dictionary words tagged nt = organisation, nz = other
    proper noun) could add at most: the missed gold entities one of whose forms is such a word, and
    how many nt/nz tokens of the same texts are no gold form at all (what filters would face)."""
    import jieba.posseg as pseg

    from ingest.components.lexicon import lexicon

    jw = lexicon().jieba_words
    sets = annotated_sets()
    could = [e for errs in result.values() for e in errs if e["kind"] == "miss"
             and any((jw.get(f) or (0, ""))[1] in ("nt", "nz") for f in [e["name"], *e["aliases"]])]
    tokens = noise = 0
    for name in result:
        for g in sets.get(name, []):
            forms = {f for e in g["entities"] for f in [e["name"], *(e.get("aliases") or [])]}
            for w, flag in pseg.lcut(g["text"], HMM=False):
                if flag in ("nt", "nz") and len(w) >= 2:
                    tokens += 1
                    noise += w not in forms
    return (f"jieba POS bound: {len(could)} missed gold entities are nt/nz dictionary words; "
            f"{tokens} nt/nz tokens in the texts, {noise} of them no gold form")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="seeds,dev,u1,u2,u3,u4,u5,u6")
    ap.add_argument("--list", default="", help="write every error, one a line, to this file")
    ap.add_argument("--json", default="", help="write the errors as JSON to this file")
    ap.add_argument("--disable", default="", help="generators/filters to switch off, comma-separated")
    ap.add_argument("--pos", action="store_true", help="bound a jieba-POS (nt/nz) candidate generator")
    a = ap.parse_args()
    f1s: dict[str, tuple[int, int, int]] = {}
    result = run([s for s in a.sets.split(",") if s], f1s, frozenset(x for x in a.disable.split(",") if x))
    print(table(result))
    print()
    for name, (tp, n_pred, n_gold) in f1s.items():
        p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
        print(f"{name:6} entities typed P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} "
              f"(tp {tp}, pred {n_pred}, gold {n_gold})")
    by_cause = Counter((e["kind"], e["cause"]) for errs in result.values() for e in errs)
    print("\n" + ", ".join(f"{k} {c}: {n}" for (k, c), n in sorted(by_cause.items())))
    if a.pos:
        print(pos_bound(result))
    if a.list:
        with open(a.list, "w", encoding="utf-8") as fh:
            for errs in result.values():
                for e in errs:
                    extra = e.get("rule") or " ".join(e.get("other") or [])
                    fh.write(f"{e['set']}\t{e['doc']}\t{e['kind']}\t{e['cause']}\t{e['type']}\t"
                             f"{e['name']}\t{'|'.join(e['aliases'])}\t{extra}\n")
    if a.json:
        Path(a.json).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
