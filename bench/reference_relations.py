"""Gold relations of READ sets whose evidence names an endpoint only by a reference back (rel17).

    python bench/relation_errors.py gold u1 u2 … u71 > /tmp/errs.txt     # (READ sets only)
    python bench/reference_relations.py /tmp/errs.txt --out bench/judgements/rel17_reference_relations.jsonl

A gold relation is listed when one of its endpoints (name or alias) is not written in its evidence
sentence and the sentence holds a reference form: 该X (not a jurisdiction: 该县), 本X, 其, 双方/三方/…,
a meeting's kind word (会议, 大会, 会上 …: only when the endpoint left out is an Event), 驻X部队. Each
line says which forms, which endpoint is left out and what the machine does with the relation
(found, or missed with relation_errors' cause: cue = both endpoints found, no relation;
endpoint = an endpoint is no machine entity). The lines have no "key": findings_eval skips them.
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
from ingest.textfold import fold  # noqa: E402

CHECK = {"u13", "u15"}  # score-only sets: never listed
FORMS = [
    ("该X", re.compile(r"该(?![县市省区州镇乡村])[\u4e00-\u9fff]{1,3}")),
    ("本X", re.compile(r"本(?:公司|集团|院|所|校|基地|园区|项目|办法|规划|方案|意见|会|届|次)")),
    ("其", re.compile(r"其(?!中|他|它|实|余|次|后|间|一|二|三)")),
    ("N方", re.compile(r"[双三四五各]方")),
    ("会议/大会", re.compile(r"(?:会议|大会|论坛|峰会|开幕式|闭幕会|会上|座谈会上)")),
    ("驻X部队", re.compile(r"驻[\u4e00-\u9fff]{1,2}?(?:各|某)?(?:部队|解放军|军警部队|官兵)")),
]
MISS = re.compile(r"\s+MISS\s+(\S+)\s+(.*?) -> (.*?) \[(.*?)\]")


def read_status(errors: Path) -> dict[tuple[str, str, str, str], str]:
    """(document, head, type, tail) -> 'missed:<cause>' from a relation_errors.py listing."""
    out: dict[tuple[str, str, str, str], str] = {}
    doc = ""
    for line in errors.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            doc = line[3:].strip()
        elif m := MISS.match(line):
            out[(doc, m.group(2), m.group(1), m.group(3))] = "missed:" + m.group(4).split(":")[0]
    return out


def read_sets() -> list[Path]:
    annotated = sorted((ROOT / "corpus" / "annotated").glob("u*.jsonl"),
                       key=lambda p: int(p.stem[1:]) if p.stem[1:].isdigit() else 0)
    gold = [SHARED / "gold" / n for n in ("seeds.jsonl", "dev.jsonl")]
    return gold + [p for p in annotated if p.stem not in CHECK]


def listed(doc: dict, status: dict) -> list[dict]:
    """The doc's gold relations that refer to an endpoint by a reference form."""
    forms_of = {e["name"]: [e["name"], *e.get("aliases", [])] for e in doc["entities"]}
    events = {e["name"] for e in doc["entities"] if e["type"] == "Event"}
    out = []
    for r in doc["relations"]:
        ev = fold(r.get("evidence", ""))
        absent = [side for side in ("head", "tail")
                  if not any(fold(n) in ev for n in forms_of.get(r[side], [r[side]]))]
        forms = [k for k, p in FORMS if p.search(ev)] if absent else []
        if forms == ["会议/大会"] and not any(r[s] in events for s in absent):
            forms = []  # a meeting word stands in only for a meeting left out
        if forms:
            st = status.get((doc["id"], r["head"], r["type"], r["tail"]), "found")
            out.append(dict(set=doc["id"].split("-")[0] if "-" in doc["id"] else "gold",
                            document=doc["id"], head=r["head"], type=r["type"], tail=r["tail"],
                            absent=absent, forms=forms, machine=st, evidence=r.get("evidence", "")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("errors", type=Path, help="bench/relation_errors.py output for the READ sets")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    status = read_status(args.errors)
    rows = [row for f in read_sets() for line in f.read_text(encoding="utf-8").splitlines()
            if line.strip() for row in listed(json.loads(line), status)]
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} relations", dict(Counter(r["machine"] for r in rows)))
    for name, _p in FORMS:
        sel = [r for r in rows if name in r["forms"]]
        print(f"  {name:8} {len(sel):4}", dict(Counter(r["machine"] for r in sel).most_common()))
    late = [r for r in rows if r["set"] in {f"u{i}" for i in range(65, 72)}]
    print(f"  u65-u71  {len(late):4}", dict(Counter(r["machine"] for r in late).most_common()))


if __name__ == "__main__":
    main()
