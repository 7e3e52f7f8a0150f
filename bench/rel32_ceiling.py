"""Diagnostic for rel32 (read after the leave-group-out scoring; no setting was chosen from it):
of the gold relations the rules miss, how many a same-sentence pair classifier over the
pipeline's own entities can reach at all — both entities found (score.py's form match), admitted
by the signature table as the pipeline types them, named in one sentence.

    PYTHONPATH=$PWD .venv/bin/python bench/rel32_ceiling.py --pred /work/rel32/pred [--groups u92-u96,...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import rel32_lbo as lbo  # noqa: E402

from ingest.components.learned_relations import candidates  # noqa: E402


def counts(pred_dir: Path, group: str, score) -> tuple[int, int, int]:
    """(gold relations the rules miss, of them reachable as a same-sentence candidate pair, of
    them with an entity the pipeline did not find)."""
    missed = reach = lost = 0
    for b in lbo.group(group):
        preds = {r["id"]: r for r in lbo._lines(pred_dir / f"{b}.pred.jsonl")}
        for d in lbo.gold_of(b):
            rec = preds[d["id"]]
            forms = {e["name"]: score.forms(e) for e in d["entities"]}

            def found(name: str, rec: dict = rec, forms: dict = forms) -> set[str]:
                f = forms.get(name, set())
                return {e["name"] for e in rec["entities"] if score.forms(e) & f}

            got = {(r["head"], r["type"], r["tail"]) for r in rec["relations"]}
            pairs = {(c.head.name, c.tail.name) for c in
                     candidates(d["text"], [tuple(s) for s in rec["sentences"]], lbo.mentions_of(rec))}
            for g in d["relations"]:
                sym = g["type"] == "COORDINATES_WITH"
                hs, ts = found(g["head"]), found(g["tail"])
                if any((h, g["type"], t) in got or sym and (t, g["type"], h) in got for h in hs for t in ts):
                    continue
                missed += 1
                lost += not hs or not ts
                reach += any((h, t) in pairs or sym and (t, h) in pairs for h in hs for t in ts)
    return missed, reach, lost


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--groups", default="u92-u96,u87-u91,u82-u86,u77-u81")
    a = ap.parse_args()
    score = lbo._scorer()
    for g in a.groups.split(","):
        missed, reach, lost = counts(Path(a.pred), g, score)
        print(f"{g}: gold relations the rules miss {missed}, reachable as a same-sentence pair {reach}, "
              f"an entity not found {lost}")


if __name__ == "__main__":
    main()
