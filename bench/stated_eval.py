"""Stated problems, measured: the gaps report's strongest tier against a hand list of sentences.

    python bench/stated_eval.py [--set NAME ...] [--list FILE] [--show] [--json]
    python bench/stated_eval.py --holders [FILE ...] [--texts FILE ...] [--show] [--json]

Issue 9 §3: "problem statements must be found on unseen text too". The list
(bench/judgements/gaps9_stated_dev.jsonl) holds, for READ sets, every sentence with problem
vocabulary (a wide net: CANDIDATE below) or that the detector takes, each judged by hand:
"stated" (the text states a current problem of something local) or "not" (an order to fix one, a
topic of discussion, a problem told as solved or as history, a generic national one, a word in
another sense …), with the reason. For every set the texts are ingested plainly (embedded store,
temporary folder) and `gaps` is run; then, per set:
- sentence level (the modality rule alone): detector = `problem_clauses` finds a problem clause;
  recall = listed stated sentences it takes / listed stated sentences; precision = listed stated
  sentences it takes / listed sentences it takes;
- finding level (what an analyst sees): a listed stated sentence is found when it is evidence of a
  reported `stalled` finding (shown, or counted in it beyond the five quotes shown:
  details.stated_in); a finding is right when its quoted (first) sentence is listed stated,
  wrong when listed "not", unjudged when not listed (printed with --show: judge and add it).
Sets without a list (the CHECK sets u13/u15, held-out batches) get the counts only.

--holders (gaps12): the annotators' own problem sentences, each with the holder the judge named
(bench/judgements/stated_holders_u36_u37_u42.jsonl: document, start, end, sentence, scope, holder,
holder_forms). scope "local": a body or place of the text holds it, so a reported stalled finding
should quote it; "national", "generic", "person": no local body holds it (gaps10: stays unreported);
"history": the text reports it remedied (held back is right); "none": the judge reads no problem
stated. Per batch: recall = local sentences quoted by a reported stalled finding (shown or counted in
details.stated_in; matched on overlapping offsets in the same document) / local sentences; holder
accuracy = those whose finding's entity carries one of holder_forms (folded, either contains the
other) / those found; wrongly reported = non-local sentences a reported finding quotes; status right
(gaps27) = of the local and history sentences a finding quotes, reported or held back as history
(its title says "(history"), those told open when local and solved when history (a local one only
held back as history is told solved; held back as not the body's, it is told neither). Any batch
with such a list can be scored: its set is looked up among the gold sets (findings_eval.gold_sets)
or given as a documents file (--texts FILE, gold format, named by its stem). A gold file whose
documents say "problems_annotated" (entities with their "problems": sentence, start, end, solved)
is such a list itself: `--holders corpus/annotated/u42.jsonl` (the holder is the entity, solved ones
count as history; sentences with no holder are not in it, so "not local" stays empty).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from findings_eval import gold_sets  # noqa: E402

LIST = ROOT / "bench" / "judgements" / "gaps9_stated_dev.jsonl"
HOLDERS = ROOT / "bench" / "judgements" / "stated_holders_u36_u37_u42.jsonl"
# the wide net the list was drawn with (problem vocabulary, far wider than the detector's cues)
CANDIDATE = re.compile(
    "问题|不足|短板|尚未|没有|仍然|不够|不高|不强|滞后|薄弱|缺乏|缺少|难[以度题]|[资贷准入转化落地融招用]难|瓶颈|"
    "制约|困难|障碍|不畅|不完善|不健全|矛盾|差距|隐患|缓慢|较慢|不到位|短缺|壁垒|有待|亟待|不对称|不清|困境|脱节|"
    "不明确|不理想|欠缺|落后|不平衡|不充分|偏低|偏弱|偏小|较低|较弱|较小|不明显|未能|不愿|不敢|梗阻|堵点|痛点|"
    "分散|单一|不紧密|不适应|流失|弱化|淡化|不大"
)


def load_list(path: Path = LIST) -> dict[tuple[str, int], dict]:
    """{(document, sentence index): verdict line} of the hand list."""
    out = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                j = json.loads(line)
                out[(j["document"], j["sentence_index"])] = j
    return out


def machine_findings(gold_file: Path, workdir: Path, graph: list | None = None
                     ) -> tuple[list[dict], list[dict], list[dict]]:
    """(documents, reported stalled findings, held-back or uncovered stalled findings) of the
    set's texts ingested plainly (the machine graph appended to `graph` when given)."""
    from graph.analysis.gaps import gaps
    from graph.embedded import EmbeddedStore
    from workflows.ingest import ingest_paths

    docs = [json.loads(x) for x in gold_file.read_text(encoding="utf-8").splitlines() if x.strip()]
    texts = workdir / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    for d in docs:
        (texts / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
    store = EmbeddedStore(workdir / "machine.db")
    try:
        ingest_paths([texts], store)
        G = store.to_networkx()
    finally:
        store.close()
    if graph is not None:
        graph.append(G)
    r = gaps(G, kinds=["stalled"])
    other = [f for key in ("held_back", "undetermined") for f in r.get(key, ()) if f["kind"] == "stalled"]
    return docs, [f for f in r["findings"] if f["kind"] == "stalled"], other


def sentence_level(docs: list[dict], listed: dict) -> dict:
    """The modality rule alone on the listed sentences of these documents."""
    from ingest.components.modality import problem_clauses

    ids = {d["id"] for d in docs}
    rows = [j for (doc, _i), j in listed.items() if doc in ids]
    took = [j for j in rows if problem_clauses(j["sentence"])]
    stated = [j for j in rows if j["verdict"] == "stated"]
    right = [j for j in took if j["verdict"] == "stated"]
    return {"listed": len(rows), "stated": len(stated), "taken": len(took), "right": len(right),
            "missed": [j["sentence"][:80] for j in stated if j not in took],
            "wrong": [j["sentence"][:80] for j in took if j["verdict"] != "stated"]}


def finding_level(findings: list[dict], docs: list[dict], listed: dict) -> dict:
    """Listed stated sentences found as evidence of reported findings, and each finding's verdict
    by its quoted sentence."""
    ids = {d["id"] for d in docs}
    stated = {k for k, j in listed.items() if k[0] in ids and j["verdict"] == "stated"}
    evidence = {(e.get("document"), e.get("sentence_index")) for f in findings for e in f["evidence"]}
    evidence |= {tuple(x) for f in findings for x in f["details"].get("stated_in", ())}  # beyond the 5 shown
    verdicts = []
    for f in findings:
        first = f["evidence"][0] if f["evidence"] else {}
        j = listed.get((first.get("document"), first.get("sentence_index")))
        verdicts.append((j["verdict"] if j else "unjudged", f["title"], first.get("sentence", "")[:100]))
    return {"findings": len(findings), "right": sum(v == "stated" for v, *_ in verdicts),
            "wrong": sum(v == "not" for v, *_ in verdicts),
            "unjudged": sum(v == "unjudged" for v, *_ in verdicts),
            "stated_found": len(stated & evidence), "stated": len(stated), "verdicts": verdicts,
            "not_found": [listed[k]["sentence"][:80] for k in sorted(stated - evidence)]}


def load_holders(paths: list[Path]) -> dict[str, list[dict]]:
    """{set: listed sentences} of the holder lists (see --holders above). A gold file (documents
    with "text" and "entities") is read as a list too: the problems of its documents marked
    "problems_annotated" (an annotator listed every problem statement with its holder), each a
    local sentence held by its entity (its name and aliases the holder forms), or "history" when
    marked solved; the set is the file's stem."""
    out: dict[str, list[dict]] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                j = json.loads(line)
                if "entities" in j and "text" in j:
                    out.setdefault(path.stem, []).extend(gold_problem_rows(j))
                else:
                    out.setdefault(j["set"], []).append(j)
    return out


def gold_problem_rows(doc: dict) -> list[dict]:
    """The holder-list rows of one gold document whose problems an annotator listed."""
    if doc.get("problems_annotated") is not True:
        return []
    return [{"document": doc["id"], "start": p["start"], "end": p["end"], "sentence": p.get("sentence", ""),
             "scope": "history" if p.get("solved") else "local", "holder": e["name"],
             "holder_forms": [e["name"], *e.get("aliases", ())]}
            for e in doc.get("entities", ()) for p in e.get("problems") or ()]


def _spans(G, findings: list[dict]) -> list[tuple[str, int, int, str]]:
    """(document, start, end, entity name) of every problem sentence each finding counts: the
    evidence shown and, beyond it (details.stated_in), the entity's problem sentences of the same
    indexes."""
    out = []
    for f in findings:
        name = f["entities"][0].get("name", "") if f.get("entities") else ""
        out += [(e.get("document"), e.get("start", -1), e.get("end", -1), name) for e in f["evidence"]]
        node = f["key"].split("|", 1)[1]  # stalled|<node key> (a relationship's key is no node)
        want = {tuple(x) for x in f["details"].get("stated_in", ())}
        if node in G:
            out += [(p["document"], p.get("start", -1), p.get("end", -1), name)
                    for p in G.nodes[node].get("problems") or ()
                    if (p["document"], p.get("sentence_index")) in want]
    return out


def holder_level(rows: list[dict], G, found: list[dict], held: list[dict]) -> dict:
    """One batch against its holder list: recall and holder accuracy on the local sentences,
    non-local sentences wrongly reported, and each sentence's outcome."""
    from ingest.normalise import strip_pinyin_glosses
    from ingest.textfold import view_fold

    def fold(x: str) -> str:  # 縣退役軍人事務(wù)局 is 县退役军人事务局 (gaps27: the gloss hid u44's holders)
        return view_fold(strip_pinyin_glosses(x))

    rep, back = _spans(G, found), _spans(G, held)
    solved = _spans(G, [f for f in held if "(history" in f.get("title", "")])  # told solved or past

    def hits(j: dict, spans) -> list[str]:
        return [n for d, s, e, n in spans if d == j["document"] and s < j["end"] and j["start"] < e]

    out = {"local": 0, "found": 0, "right_holder": 0, "held": 0, "not_local": 0, "wrongly_reported": 0,
           "status": 0, "status_right": 0, "rows": []}
    for j in rows:
        names, kept = hits(j, rep), hits(j, back)
        forms = [fold(x) for x in j.get("holder_forms", ())]
        right = [n for n in names if any(f in fold(n) or fold(n) in f for f in forms if f and n)]
        local = j["scope"] == "local"
        out["local" if local else "not_local"] += 1
        if local:
            out["found"] += bool(names)
            out["right_holder"] += bool(right)
            out["held"] += bool(kept) and not names
        else:
            out["wrongly_reported"] += bool(names)
        # status (gaps27): a sentence reported is told open, one held back as history told solved;
        # right when open is local and solved is history in the gold
        if j["scope"] in ("local", "history") and (names or hits(j, solved)):
            out["status"] += 1
            out["status_right"] += bool(names) == local
        outcome = ("reported " + "/".join(sorted(set(names))) if names
                   else "held back " + "/".join(sorted(set(kept))) if kept else "not found")
        out["rows"].append((j["document"], j["start"], j["scope"], j["holder"][:40], outcome,
                            bool(right), j["sentence"][:60]))
    return out


def holders_main(args) -> int:
    """--holders: score every batch the lists name (see the module docstring)."""
    lists = load_holders(args.holders or [HOLDERS])
    files = dict(gold_sets()) | {p.stem: p for p in args.texts or ()}
    report = {}
    for name, rows in sorted(lists.items()):
        if args.sets and name not in args.sets:
            continue
        if name not in files:
            print(f"{name}: no documents file for this set (give it with --texts FILE)", file=sys.stderr)
            continue
        graph: list = []
        with tempfile.TemporaryDirectory(prefix=f"holders-{name}-") as tmp:
            _docs, found, other = machine_findings(files[name], Path(tmp), graph)
        report[name] = holder_level(rows, graph[0], found, other)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    tot = dict.fromkeys(("local", "found", "right_holder", "held", "not_local", "wrongly_reported", "status",
                         "status_right"), 0)
    print("set     | local: n found right-holder held | recall holder-acc | not local: n reported "
          "| status right")
    for name, r in report.items():
        for k in tot:
            tot[k] += r[k]
        _holder_line(name, r)
        if args.show:
            for doc, start, scope, holder, outcome, right, sent in r["rows"]:
                mark = "+" if right else " "
                print(f"   {mark} {doc}@{start} [{scope}] {holder} -> {outcome}\n        {sent}")
    _holder_line("total", tot)
    return 0


def _holder_line(name: str, r: dict) -> None:
    rec = f"{r['found'] / r['local']:.2f}" if r["local"] else "  — "
    acc = f"{r['right_holder'] / r['found']:.2f}" if r["found"] else "  — "
    print(f"{name:7} | {r['local']:3} {r['found']:3} {r['right_holder']:3} {r['held']:3} | "
          f"{rec}   {acc}        | {r['not_local']:3} {r['wrongly_reported']:3}          | "
          f"{r['status_right']:3}/{r['status']:<3}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", dest="sets")
    ap.add_argument("--list", type=Path, default=LIST)
    ap.add_argument("--show", action="store_true", help="print every finding with its verdict")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--holders", nargs="*", type=Path,
                    help="score the annotators' problem sentences with their holders (default list: "
                    "bench/judgements/stated_holders_u36_u37_u42.jsonl)")
    ap.add_argument("--texts", action="append", type=Path,
                    help="a documents file (gold format) for a set a holder list names")
    args = ap.parse_args(argv)
    if args.holders is not None:
        return holders_main(args)
    listed = load_list(args.list)
    report = {}
    for name, path in gold_sets():
        if args.sets and name not in args.sets:
            continue
        with tempfile.TemporaryDirectory(prefix=f"stated-{name}-") as tmp:
            docs, found, other = machine_findings(path, Path(tmp))
        report[name] = {"sentences": sentence_level(docs, listed),
                        "findings": finding_level(found, docs, listed),
                        "held_or_uncovered": [f["title"] for f in other]}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    tot = {"stated": 0, "taken": 0, "right": 0, "f": 0, "fr": 0, "fw": 0, "fu": 0, "sf": 0}
    print("set     | sentences: stated/taken/right  R    P   "
          "| findings: n right wrong unjudged | stated found")
    for name, r in report.items():
        s, f = r["sentences"], r["findings"]
        for k, v in (("stated", s["stated"]), ("taken", s["taken"]), ("right", s["right"]),
                     ("f", f["findings"]), ("fr", f["right"]), ("fw", f["wrong"]), ("fu", f["unjudged"]),
                     ("sf", f["stated_found"])):
            tot[k] += v
        rr = f"{s['right'] / s['stated']:.2f}" if s["stated"] else "  — "
        pp = f"{s['right'] / s['taken']:.2f}" if s["taken"] else "  — "
        print(f"{name:7} | {s['stated']:3}/{s['taken']:3}/{s['right']:3}  {rr} {pp} | "
              f"{f['findings']:3} {f['right']:3} "
              f"{f['wrong']:3} {f['unjudged']:3} | {f['stated_found']}/{f['stated']}")
        if args.show:
            for v, title, q in f["verdicts"]:
                print(f"    [{v}] {title}\n        {q}")
            for t in r["held_or_uncovered"]:
                print(f"    (held/uncovered) {t}")
            for t in f["not_found"]:
                print(f"    (stated, no finding) {t}")
    print(f"total   | {tot['stated']}/{tot['taken']}/{tot['right']} | findings {tot['f']} right {tot['fr']} "
          f"wrong {tot['fw']} unjudged {tot['fu']} | stated sentences found {tot['sf']}/{tot['stated']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
