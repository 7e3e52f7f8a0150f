"""Document metadata against a hand-checked yardstick (meta1): title, date, jurisdiction.

    python bench/metadata_eval.py                    # figures per field
    python bench/metadata_eval.py --errors           # and every value that is not right

bench/judgements/meta1_gold.jsonl holds, per READ text (u44–u71, seeds, dev), the values a reader
of the text accepts for each field: a list, "" among them when no value is also right (no headline
stored, a date without its year). Dates are the publication's or the event's, only with the year the
page gives; jurisdictions are full names (兴安盟, 鄂尔多斯市, 新疆维吾尔自治区), XX / ** for an
anonymised text, "" for a national one. Titles are compared without white space.

Each value is one of: right, rightly none (no value, and none is right), wrong (a value not
accepted), missing (no value where one is wanted). A jurisdiction that names the right place cut or
unfolded (兴安, 鄂爾多斯) is counted wrong and also listed as "form". A wrong value costs more than a
missing one: an analyst trusts what is shown.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.gold_eval import SHARED  # noqa: E402
from ingest.metadata import extract_metadata  # noqa: E402

GOLD = ROOT / "bench" / "judgements" / "meta1_gold.jsonl"
FIELDS = ("title", "date", "jurisdiction")
KINDS = ("right", "rightly none", "wrong", "missing")


def texts() -> dict[str, str]:
    out: dict[str, str] = {}
    paths = [SHARED / "gold" / n for n in ("seeds.jsonl", "dev.jsonl")]
    paths += sorted((ROOT / "corpus" / "annotated").glob("u*.jsonl"))
    for p in paths:
        if p.exists():
            for line in p.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                out[rec["id"]] = rec["text"]
    return out


def _key(field: str, value: str) -> str:
    return re.sub(r"\s+", "", value) if field == "title" else value.strip()


def judge(field: str, value: str, accepted: list[str]) -> str:
    acc = {_key(field, a) for a in accepted}
    v = _key(field, value)
    if not v:
        return "rightly none" if "" in acc else "missing"
    return "right" if v in acc else "wrong"


def same_place(value: str, accepted: list[str]) -> bool:
    """Whether a jurisdiction not accepted as written names an accepted place (cut or unfolded)."""
    from graph import places
    from ingest.textfold import fold

    p = places.lookup(fold(value))
    return p is not None and p.name in accepted


def evaluate(gold: list[dict], docs: dict[str, str]) -> tuple[dict[str, Counter], list[str]]:
    counts = {f: Counter() for f in FIELDS}
    errors: list[str] = []
    for g in gold:
        meta = extract_metadata(docs[g["id"]])
        for f in FIELDS:
            kind = judge(f, meta.get(f, ""), g[f])
            counts[f][kind] += 1
            if kind == "wrong" and f == "jurisdiction" and same_place(meta[f], g[f]):
                counts[f]["form"] += 1
            if kind not in ("right", "rightly none"):
                errors.append(f"{g['id']:7} {f:12} {kind:8} {meta.get(f, '')!r}  want {g[f]}")
    return counts, errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list every value that is not right")
    args = ap.parse_args()
    gold = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    counts, errors = evaluate(gold, texts())
    print(f"{len(gold)} documents ({GOLD.relative_to(ROOT)})")
    print(f"{'field':13}" + "".join(f"{k:>14}" for k in KINDS) + f"{'trusted':>10}")
    for f in FIELDS:
        c = counts[f]
        extra = f"  (wrong: {c['form']} right place, cut or unfolded)" if f == "jurisdiction" else ""
        trusted = (c["right"] + c["rightly none"]) / max(1, len(gold))
        print(f"{f:13}" + "".join(f"{c[k]:>14}" for k in KINDS) + f"{trusted:>10.0%}" + extra)
    if args.errors:
        print("\n".join(["", *errors]))


if __name__ == "__main__":
    main()
