"""Replay of the judged held-out findings: does the current code still report them?

    python bench/judged_replay.py [--file NAME ...] [--json] [--out FILE] [--list]

Judges have ruled on machine findings of held-out batches (bench/judgements/fresh_*.jsonl: one
line per finding, {"set", "key", "verdict": real | artefact | not useful, "reason"}), each on the
code of its day. This script builds the machine graph of each judged batch the way
bench/findings_eval.py does (`build_graphs`: the batch's texts written as <id>.txt and ingested
plainly), runs `gaps` with the default coverage gate and looks the judged key up:

- reported: a reported finding has the key (the report still makes it);
- held back: a hold-back rule withholds it (`held_back`, with its reason);
- no coverage: listed under "not enough coverage to tell" (`undetermined`);
- gone: no finding of any status has the key (the rules or the extraction changed; a key may
  also have changed its form: "renamed?" lists reported keys of the same kind naming the node).

Per judgement file and pooled (each (set, key) once: a "final" judgement over a "start" one, else
the later file), counts per verdict and status. Why (issue 9): of the judged artefacts, how many
does the report still make; of the judged real findings, how many does it still keep. That number
is what a hold-back check must move (artefacts down, real kept).

CHECK batches (u13, u15) are left out: their texts and predictions are not opened.
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

import findings_eval as fe  # noqa: E402

CHECK = {"u13", "u15"}
STATUSES = ("reported", "held back", "no coverage", "gone")


def load(folder: Path = fe.JUDGEMENTS, only: list[str] | None = None) -> list[dict]:
    """Every finding judgement of fresh_*.jsonl (file name in "file"), CHECK batches left out."""
    rows = []
    for f in sorted(folder.glob("fresh_*.jsonl")):
        if only and f.stem not in only and f.name not in only:
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            j = json.loads(line) if line.strip() else {}
            if "key" in j and j["set"] not in CHECK:
                rows.append({**j, "file": f.stem})
    return rows


def unique(rows: list[dict]) -> list[dict]:
    """One judgement per (set, key): a "final" file's over a "start" file's, else the later file."""
    best: dict[tuple[str, str], dict] = {}
    for r in rows:
        k = (r["set"], r["key"])
        old = best.get(k)
        if old is None or ("final" in r["file"]) >= ("final" in old["file"]):
            best[k] = r
    return list(best.values())


def batch_findings(name: str) -> dict:
    """gaps on the machine graph of one annotated batch (built as findings_eval builds it)."""
    from graph.analysis.gaps import gaps

    gold_file = fe.ANNOTATED / f"{name}.jsonl"
    with tempfile.TemporaryDirectory(prefix=f"replay-{name}-") as tmp:
        _gold, machine, _notes = fe.build_graphs(gold_file, Path(tmp))
    return gaps(machine)


def status(key: str, r: dict) -> tuple[str, str]:
    """(status, detail) of a judged key in one gaps result (see the module docstring)."""
    if key in {f["key"] for f in r["findings"]}:
        return STATUSES[0], ""
    for f in r["held_back"]:
        if f["key"] == key:
            return STATUSES[1], (f.get("held_back") or {}).get("reason", "")[:120]
    if key in {f["key"] for f in r["undetermined"]}:
        return STATUSES[2], ""
    near = [f"{how}: {f['key']}" for how, lst in (("reported", r["findings"]), ("held back", r["held_back"]),
                                                   ("no coverage", r["undetermined"]))
            for f in lst if _same_node(key, f["key"])]
    return STATUSES[3], ("renamed? " + ", ".join(near)) if near else ""


def _same_node(a: str, b: str) -> bool:
    """Two keys of one kind whose first nodes contain one another (3+ characters): 定西市安定区
    退役军人局 and 安定区退役军人局 may be one body whose name changed form with the rules."""
    ka, _, ra = a.partition("|")
    kb, _, rb = b.partition("|")
    na, nb = (r.split("|")[0].split("〔")[0] for r in (ra, rb))
    return ka == kb and min(len(na), len(nb)) >= 3 and (na in nb or nb in na)


def replay(rows: list[dict]) -> list[dict]:
    """Each judgement with its status on the current code (one gaps run per batch)."""
    results: dict[str, dict] = {}
    out = []
    for r in rows:
        if r["set"] not in results:
            results[r["set"]] = batch_findings(r["set"])
        st, detail = status(r["key"], results[r["set"]])
        out.append({"file": r["file"], "set": r["set"], "key": r["key"], "verdict": r["verdict"],
                    "status": st, "detail": detail, "reason": r.get("reason", "")})
    return out


def table(cases: list[dict]) -> list[str]:
    """Counts per verdict x status, one row per verdict."""
    c = Counter((x["verdict"], x["status"]) for x in cases)
    lines = [f"  {'verdict':11} {'judged':>6} " + " ".join(f"{s:>11}" for s in STATUSES)]
    for v in fe.VERDICTS:
        n = sum(c[(v, s)] for s in STATUSES)
        if n:
            lines.append(f"  {v:11} {n:6} " + " ".join(f"{c[(v, s)]:11}" for s in STATUSES))
    return lines


def render(cases: list[dict], pooled_cases: list[dict], listing: bool) -> str:
    lines = []
    for file in sorted({x["file"] for x in cases}):
        lines.append(f"== {file}")
        lines += table([x for x in cases if x["file"] == file])
    lines.append(f"== pooled, each (set, key) once: {len(pooled_cases)} judged findings")
    lines += table(pooled_cases)
    if listing:
        for x in sorted(pooled_cases, key=lambda x: (x["verdict"], x["status"], x["set"])):
            lines.append(f"{x['verdict']:10} {x['status']:11} {x['set']:4} {x['key']}  {x['detail']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--file", action="append", dest="files", help="only this judgement file (stem)")
    ap.add_argument("--json", action="store_true", help="print every case as JSON")
    ap.add_argument("--out", type=Path, help="also write the cases as JSON here")
    ap.add_argument("--list", action="store_true", help="list every pooled case under the tables")
    args = ap.parse_args(argv)
    rows = load(only=args.files)
    cases = replay(rows)
    by_key = {(x["set"], x["key"], x["file"]): x for x in cases}
    pooled_cases = [by_key[(r["set"], r["key"], r["file"])] for r in unique(rows)]
    report = {"cases": cases, "pooled": pooled_cases}
    text = json.dumps(report, ensure_ascii=False, indent=1)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text if args.json else render(cases, pooled_cases, args.list))
    return 0


if __name__ == "__main__":
    sys.exit(main())
