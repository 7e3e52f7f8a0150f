"""Where a stated problem is lost: each listed local problem sentence the report does not quote,
with the first stage of the pipeline that lost it.

    python bench/stated_misses.py FILE ... [--texts FILE ...] [--json]

The files are holder lists as `bench/stated_eval.py --holders` reads them (a gold file whose
documents say "problems_annotated" is one). stated_eval counts the local sentences a reported
`stalled` finding quotes; this tool says, for each one it does not, why (gaps29), so a round can
aim at a class of misses instead of reading them one by one:

- "not detected": no sentence overlapping it holds a problem clause (modality.problem_clauses):
  the cue words or patterns miss the wording (a rhetorical question, 不作为, 没法解决 …);
- "holder not extracted": a clause is found, no entity is given the problem, and no entity of the
  machine graph is the holder (`extracted`: a town named only inside a title, 杨凌 …);
- "no holder": a clause is found and the holder is extracted, but the problem is given to nobody
  (the clause names no body or place and the document names no place it speaks for:
  relations._about found no holder);
- "held back": a finding quotes it but is held back (history, not the body's, …);
- "dropped": an entity is given the problem but no finding quotes it (the report's own rules: a
  problem told solved later, a sentence that does not name its entity …); "wrong holder" when the
  entity given it is not one of the holder's forms.
Only the listed sentences are read, and only READ sets belong in it (CHECK and held-out sets are
scored, never opened: give none of them).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from findings_eval import gold_sets  # noqa: E402
from stated_eval import holder_level, load_holders, machine_findings  # noqa: E402

STAGES = ("not detected", "holder not extracted", "no holder", "held back", "dropped", "wrong holder")


def _fold(x: str) -> str:
    from ingest.normalise import strip_pinyin_glosses
    from ingest.textfold import view_fold

    return view_fold(strip_pinyin_glosses(x))


def _same(a: str, forms: list[str]) -> bool:
    """Whether entity name `a` is one of the holder's forms (folded, either contains the other):
    the match stated_eval's holder accuracy uses."""
    fa = _fold(a)
    return any(f and fa and (f in fa or fa in f) for f in map(_fold, forms))


def stage(row: dict, text: str, G, outcome: str) -> tuple[str, list[str]]:
    """(stage, entities given a problem in the row's sentences) of one listed sentence the report
    does not quote; `outcome` is stated_eval's ("held back …" or "not found")."""
    from ingest.components.modality import problem_clauses
    from ingest.components.sentences import sentence_spans

    if outcome.startswith("held back"):
        return "held back", []
    spans = [(a, b) for a, b in sentence_spans(text) if a < row["end"] and row["start"] < b]
    holders = sorted({d.get("name", "") for _n, d in G.nodes(data=True)
                      for p in d.get("problems") or ()
                      if p.get("document") == row["document"]
                      and any(p.get("start", -1) < b and a < p.get("end", -1) for a, b in spans)})
    if holders:
        return ("dropped" if any(_same(h, row["holder_forms"]) for h in holders) else "wrong holder"), holders
    if not any(problem_clauses(text[a:b]) for a, b in spans):
        return "not detected", []
    if not extracted(G, row["holder_forms"]):
        return "holder not extracted", []
    return "no holder", []


def extracted(G, forms: list[str]) -> bool:
    """Whether the machine graph has an entity that is the holder: a name or alias that is one of
    its forms or ends with one, or that one of them ends with (青山县金厂镇 and 金厂镇, 人武部 and
    县人武部); not one that only holds a form inside it (关于金厂镇道路建设的提案 is no town)."""
    want = [f for f in map(_fold, forms) if f]
    names = [d.get("name", "") for _n, d in G.nodes(data=True)]
    names += [x for _n, d in G.nodes(data=True) for x in d.get("aliases") or ()]
    return any(n.endswith(f) or f.endswith(n) for n in map(_fold, names) if n for f in want)


def batch(name: str, rows: list[dict], path: Path) -> list[dict]:
    """The misses of one batch, each with its stage."""
    texts = {json.loads(x)["id"]: json.loads(x)["text"]
             for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}
    graph: list = []
    with tempfile.TemporaryDirectory(prefix=f"misses-{name}-") as tmp:
        _docs, found, other = machine_findings(path, Path(tmp), graph)
    G = graph[0]
    scored = holder_level(rows, G, found, other)["rows"]
    out = []
    for row, (_doc, _start, scope, _holder, outcome, _right, _sent) in zip(rows, scored, strict=True):
        if scope != "local" or outcome.startswith("reported"):
            continue
        st, holders = stage(row, texts[row["document"]], G, outcome)
        out.append({"set": name, "document": row["document"], "start": row["start"], "holder": row["holder"],
                    "stage": st, "given_to": holders, "sentence": row["sentence"][:70]})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("holders", nargs="+", type=Path, help="holder lists or problem-annotated gold files")
    ap.add_argument("--texts", action="append", type=Path, help="a documents file (gold format) for a set")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    files = dict(gold_sets()) | {p.stem: p for p in args.texts or ()}
    misses = []
    for name, rows in sorted(load_holders(args.holders).items()):
        if name not in files:
            print(f"{name}: no documents file for this set (give it with --texts FILE)", file=sys.stderr)
            continue
        misses += batch(name, rows, files[name])
    if args.json:
        print(json.dumps(misses, ensure_ascii=False, indent=1))
        return 0
    for m in misses:
        given = f" (given to {'/'.join(m['given_to'])})" if m["given_to"] else ""
        print(f"{m['document']}@{m['start']} [{m['stage']}] {m['holder'][:30]}{given}\n    {m['sentence']}")
    by = Counter(m["stage"] for m in misses)
    sets = {s: sorted({m["set"] for m in misses if m["stage"] == s}) for s in STAGES}
    print("\nstage                  misses  batches")
    for s in STAGES:
        print(f"{s:22} {by[s]:6}  {len(sets[s]):2} {' '.join(sets[s])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
