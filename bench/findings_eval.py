"""Finding quality as a number: the machine graph's gap findings against the gold graph's.

    python bench/findings_eval.py [--set NAME ...] [--json] [--out FILE] [--pairs 50] [--seed 0]
                                  [--judge-all]

For every gold-annotated set available (../shared/gold/seeds.jsonl and dev.jsonl, and every
corpus/annotated/*.jsonl committed in the repo), two graphs are built from the same texts by the
same resolve + store + analysis code, each in an embedded store in a temporary folder:
- gold graph: the set's annotations through `ingest --annotations` (ingest/annotations.py);
- machine graph: the texts written out as <id>.txt (same ids and sha256) and ingested plainly.
`gaps` runs on both (its reported findings; those held back or without enough coverage are not
asserted as gaps and are not compared); a machine finding is right when the gold graph gives a
finding with the same key (FINDING KEYS below); per kind and overall, precision = matched /
machine findings and recall = matched / gold findings (micro-averaged; "pooled" adds the counts
of several sets).
Also: overlap of the top-10 betweenness centrality and of the top-10 brokers (shared keys / 10),
and path agreement on sampled entity pairs (seeded, among entities one document names together;
a pair agrees when both graphs give the same hop count, or neither connects it within 6 hops).
Agreement is not usefulness: machine findings judged by hand against the texts (bench/judgements/
*.jsonl: real | artefact | not useful, with the deciding sentence) are counted by key, and the
share that holds up (real / judged) is reported beside the agreement.

Finding keys (set by graph/analysis/gaps on every finding, finding["key"]):
  mandate_without_action|<head node key>|<RELATION>|<tail node key>
  stalled|<node key>  (a relationship stated as a problem: stalled|<head>|<RELATION>|<tail>)
  orphan|<node key>
  single_broker|<broker node key>
  disconnected_sides|<jurisdiction>
  peer_gap|<jurisdiction>|<institution kind>
A body's party group is keyed as the body (gaps19, stalled findings only): stalled|青山市民政局党组
and stalled|青山市民政局 are one key. The guidelines make a 党组 named after its body a part of it
(name-internal PART_OF: 局党组 -> 局); a 巡察 or audit that reports "the bureau's party group" failed
its duties reports the bureau's problem, and the gaps rules give a problem stated of 某局党组 to the
body when the 党组 is not extracted on its own. Without this the yardstick counted the one problem as
a miss and a false positive at once (READ u57-01). Only the suffix 党组 after a name: a 党委 or 党支部
is a body of its own (a township's 党委 is not its government), and a bare 党组 stays as it is.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED_GOLD = ROOT.parent / "shared" / "gold"
ANNOTATED = ROOT / "corpus" / "annotated"
JUDGEMENTS = ROOT / "bench" / "judgements"
VERDICTS = ("real", "artefact", "not useful")
KINDS = ("mandate_without_action", "stalled", "single_broker", "disconnected_sides", "orphan", "peer_gap")
TOP = 10


def gold_sets(shared: Path = SHARED_GOLD, annotated: Path = ANNOTATED) -> list[tuple[str, Path]]:
    """(name, file) of every gold set present: seeds, dev, then the repo's annotated batches."""
    sets = [(f.stem, f) for f in (shared / "seeds.jsonl", shared / "dev.jsonl") if f.is_file()]
    if annotated.is_dir():
        sets += [(f.stem, f) for f in sorted(annotated.glob("*.jsonl"))]
    return sets


def finding_key(f: dict) -> str:
    """The finding's stable key, as graph/analysis/gaps sets it (see FINDING KEYS above)."""
    return f["key"]


# ---------------------------------------------------------------------------------------------
# building the two graphs
# ---------------------------------------------------------------------------------------------


def build_graphs(gold_file: Path, workdir: Path):
    """(gold graph, machine graph, notes) for one set, each from its own embedded store.

    A document whose annotations cannot be ingested (a name that does not occur in its text) is
    left out of the machine graph too (notes["left_out"]): its machine findings would have no
    gold counterpart to be matched against."""
    from graph.embedded import EmbeddedStore
    from workflows.ingest import ingest_annotations, ingest_paths

    docs = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    notes: dict = {"documents": len(docs)}
    graphs = []
    workdir.mkdir(parents=True, exist_ok=True)
    store = EmbeddedStore(workdir / "gold.db")
    try:
        summary = ingest_annotations([gold_file], store)
        notes["gold_failed"] = [o.error for o in summary.failed]
        failed = {o.doc_id for o in summary.failed if o.doc_id}
        graphs.append(store.to_networkx())
    finally:
        store.close()
    texts = workdir / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    for d in docs:
        if d["id"] not in failed:
            (texts / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
    notes["left_out"] = sorted(failed)
    store = EmbeddedStore(workdir / "machine.db")
    try:
        summary = ingest_paths([texts], store)
        notes["machine_failed"] = [o.error for o in summary.failed]
        graphs.append(store.to_networkx())
    finally:
        store.close()
    return graphs[0], graphs[1], notes


# ---------------------------------------------------------------------------------------------
# comparisons
# ---------------------------------------------------------------------------------------------


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


PARTY_GROUP = re.compile(r"(?<=.)党组(?=〔|$)")  # 市民政局党组〔d1〕 -> 市民政局〔d1〕


def gold_aliases(G) -> dict[str, str]:
    """{form: node key} of the gold graph: each gold node's name and aliases that name one node only
    and are no node's own key. A machine node keyed by such a form is that gold node (the scorer
    matches entities through aliases the same way). Why: the machine may key a body by another form
    the gold lists (甲乙藏族自治州 for the gold's 某省甲乙州), and the same finding keyed by the two
    forms would count as one false positive and one miss. A name with a bracketed part also stands
    for the name without it (`unbracketed_forms`: 青山县住建局(人防办) is 青山县住建局)."""
    seen: dict[str, set[str]] = {}
    for key, data in G.nodes(data=True):
        for form in [data.get("name") or "", *(data.get("aliases") or [])]:
            for f in (form, *unbracketed_forms(form)):
                if f:
                    seen.setdefault(f, set()).add(key)
    return {f: next(iter(k)) for f, k in seen.items() if len(k) == 1 and f not in G}


BRACKETED = re.compile(r"[(（][^()（）]{1,20}[)）]")  # 住建局(人防办): one body under two names


def unbracketed_forms(form: str) -> list[str]:
    """The forms of a gold name with a bracketed part that the name outside it also names (gaps32):
    青山县住建局(人防办) is the bureau that is also the civil air defence office, and the machine may key
    it 青山县住建局; for a party group, 青山县住建局(人防办)党组, the body's form without 党组 too, since
    a stalled finding keys a body's party group as the body (FINDING KEYS above). Only the name with
    the part removed: the bracketed word alone (人防办) may name another body. Empty without one."""
    bare = BRACKETED.sub("", form)
    if bare == form or len(bare) < 2:
        return []
    party = PARTY_GROUP.sub("", bare)
    return [bare] if party == bare else [bare, party]


def compared_key(f: dict, aliases: dict[str, str] | None = None) -> str:
    """The key a finding is compared by: its key, with a body's party group keyed as the body in
    stalled findings (市民政局党组 -> 市民政局: FINDING KEYS above) and, given `aliases`
    (`gold_aliases`), a node named by a gold alias keyed by the gold name."""
    key = finding_key(f)
    parts = key.split("|")
    if aliases:
        parts = [aliases.get(p, p) for p in parts]
    if f["kind"] == "stalled":
        parts = [PARTY_GROUP.sub("", p) for p in parts]
    return "|".join(parts)


def compare_findings(gold: list[dict], machine: list[dict], aliases: dict[str, str] | None = None) -> dict:
    """Per kind and overall: gold / machine / matched counts, precision, recall, and the keys that
    differ (false positives: machine only; missed: gold only), compared by `compared_key`; machine
    keys are read through the gold's `aliases`."""
    gk = {k: {compared_key(f) for f in gold if f["kind"] == k} for k in KINDS}
    mk = {k: {compared_key(f, aliases) for f in machine if f["kind"] == k} for k in KINDS}
    out: dict = {"kinds": {}}
    for k in KINDS:
        out["kinds"][k] = counts(len(gk[k]), len(mk[k]), len(gk[k] & mk[k]))
        out["kinds"][k]["false_positives"] = sorted(mk[k] - gk[k])
        out["kinds"][k]["missed"] = sorted(gk[k] - mk[k])
    out["overall"] = counts(*(sum(out["kinds"][k][c] for k in KINDS) for c in ("gold", "machine", "matched")))
    return out


def counts(gold: int, machine: int, matched: int) -> dict:
    return {"gold": gold, "machine": machine, "matched": matched,
            "precision": _ratio(matched, machine), "recall": _ratio(matched, gold)}


def top_overlap(gold_keys: list[str], machine_keys: list[str], n: int = TOP) -> dict:
    shared = sorted(set(gold_keys[:n]) & set(machine_keys[:n]))
    return {"shared": len(shared), "of": n, "overlap": round(len(shared) / n, 4), "keys": shared,
            "gold": gold_keys[:n], "machine": machine_keys[:n]}


def top_betweenness(G) -> list[str]:
    from graph.analysis.centrality import centrality

    return [r["key"] for r in centrality(G, "betweenness", top=TOP)] if G.number_of_nodes() else []


def top_brokers(G) -> list[str]:
    from graph.analysis.brokers import brokers

    return [r["key"] for r in brokers(G, top=TOP)["rows"]] if G.number_of_nodes() else []


def hops(G, u: str, v: str) -> int | None:
    from graph.analysis.paths import find_paths

    if u not in G or v not in G:
        return None
    return find_paths(G, u, v, limit=1)["length"]


def path_agreement(gold, machine, n_pairs: int = 50, seed: int = 0) -> dict:
    """Hop counts of `n_pairs` entity pairs in both graphs; a pair agrees on the same count or when
    neither graph connects it within 6 hops.

    Pairs are drawn (seeded) among entities of the gold graph that one document names together
    (places left out): two entities of unrelated documents are unreachable in both graphs, and
    a sample of such pairs would agree whatever the extractor does.
    """
    from itertools import combinations

    by_doc: dict[str, list[str]] = {}
    for n, a in gold.nodes(data=True):
        if a.get("type") != "Location":
            for d in a.get("documents", ()):
                by_doc.setdefault(d, []).append(n)
    candidates = sorted({(min(a, b), max(a, b)) for ns in by_doc.values()
                         for a, b in combinations(sorted(ns), 2)})
    pairs = random.Random(seed).sample(candidates, min(n_pairs, len(candidates)))
    rows = [(u, v, hops(gold, u, v), hops(machine, u, v)) for u, v in sorted(pairs)]
    agree = sum(1 for *_, g, m in rows if g == m)
    connected = [r for r in rows if r[2] is not None]
    return {"pairs": len(rows), "agree": agree, "agreement": _ratio(agree, len(rows)),
            "gold_connected": len(connected),
            "agree_when_gold_connected": sum(1 for *_, g, m in connected if g == m),
            "disagreements": [{"pair": [u, v], "gold": g, "machine": m} for u, v, g, m in rows if g != m]}


def load_judgements(folder: Path = JUDGEMENTS) -> dict[tuple[str, str], dict]:
    """Hand verdicts on machine findings, {(set, key): judgement}, from folder/*.jsonl: one line
    {"set", "key", "verdict" (real | artefact | not useful), "reason", "deciding": {"document",
    "start", "end", "sentence"}}. A later line for the same finding wins. Lines without a "key"
    are verdicts on sentences, not findings (the stated-problem list bench/stated_eval.py reads:
    gaps9_stated_dev.jsonl): skipped here."""
    out: dict[tuple[str, str], dict] = {}
    for f in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                j = json.loads(line)
                if "key" not in j:
                    continue
                if j.get("verdict") not in VERDICTS:
                    raise ValueError(f"{f}: verdict {j.get('verdict')!r} is not one of {VERDICTS}")
                out[(j["set"], j["key"])] = j
    return out


def judged(name: str, machine: list[dict], judgements: dict[tuple[str, str], dict]) -> dict:
    """How the machine findings of a set were judged by hand (by key), and the share that holds up
    (real / judged); findings nobody judged yet are counted apart."""
    keys = sorted({finding_key(f) for f in machine})
    verdicts = [judgements[(name, k)]["verdict"] for k in keys if (name, k) in judgements]
    out = {v: verdicts.count(v) for v in VERDICTS}
    out.update(judged=len(verdicts), unjudged=len(keys) - len(verdicts),
               holds_up=_ratio(out["real"], len(verdicts)))
    return out


def evaluate_set(name: str, gold_file: Path, n_pairs: int = 50, seed: int = 0,
                 judgements: dict | None = None, judge_all: bool = False) -> dict:
    """One set's report. `judge_all`: every jurisdiction judged (coverage thresholds 0), a
    diagnostic that tells the reasoning of the gap rules apart from the coverage gate."""
    from graph.analysis.gaps import gaps
    from graph.analysis.gaps.coverage import thresholds

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"findings-{name}-") as tmp:
        gold, machine, notes = build_graphs(gold_file, Path(tmp))
    th = dict.fromkeys(thresholds(), 0) if judge_all else None
    machine_findings = gaps(machine, coverage_thresholds=th)["findings"]
    return {
        "set": name, "file": str(gold_file), **notes,
        "nodes": {"gold": gold.number_of_nodes(), "machine": machine.number_of_nodes()},
        "findings": compare_findings(gaps(gold, coverage_thresholds=th)["findings"], machine_findings,
                                     gold_aliases(gold)),
        "judged": judged(name, machine_findings, judgements or {}),
        "betweenness_top10": top_overlap(top_betweenness(gold), top_betweenness(machine)),
        "brokers_top10": top_overlap(top_brokers(gold), top_brokers(machine)),
        "paths": path_agreement(gold, machine, n_pairs, seed),
        "seconds": round(time.perf_counter() - started, 1),
    }


def pooled(results: list[dict]) -> dict:
    """Counts added over sets (micro averages), for the findings, the top-10s and the paths."""
    kinds = {k: counts(*(sum(r["findings"]["kinds"][k][c] for r in results)
                         for c in ("gold", "machine", "matched"))) for k in KINDS}
    overall = counts(*(sum(kinds[k][c] for k in KINDS) for c in ("gold", "machine", "matched")))
    out = {"sets": [r["set"] for r in results], "findings": {"kinds": kinds, "overall": overall}}
    for t in ("betweenness_top10", "brokers_top10"):
        shared, of = sum(r[t]["shared"] for r in results), sum(r[t]["of"] for r in results)
        out[t] = {"shared": shared, "of": of, "overlap": _ratio(shared, of)}
    j = {c: sum(r["judged"][c] for r in results) for c in (*VERDICTS, "judged", "unjudged")}
    out["judged"] = {**j, "holds_up": _ratio(j["real"], j["judged"])}
    p = sum(r["paths"]["pairs"] for r in results)
    a = sum(r["paths"]["agree"] for r in results)
    out["paths"] = {"pairs": p, "agree": a, "agreement": _ratio(a, p)}
    return out


def evaluate(sets: list[tuple[str, Path]], n_pairs: int = 50, seed: int = 0, judge_all: bool = False) -> dict:
    """Every set, pooled seeds + dev (the tested floors), and pooled everything else (fresh)."""
    judgements = load_judgements()
    results = [evaluate_set(name, f, n_pairs, seed, judgements, judge_all) for name, f in sets]
    report = {"sets": results, "pooled": {}}
    groups = {"seeds+dev": [r for r in results if r["set"] in ("seeds", "dev")],
              "annotated": [r for r in results if r["set"] not in ("seeds", "dev")],
              "all": results}
    for g, rs in groups.items():
        if rs:
            report["pooled"][g] = pooled(rs)
    return report


# ---------------------------------------------------------------------------------------------
# text output
# ---------------------------------------------------------------------------------------------


def _f(x) -> str:
    return "   —" if x is None else f"{x:.2f}"


def render(report: dict) -> str:
    lines = []
    blocks = [(r["set"], r) for r in report["sets"]]
    blocks += [(f"pooled {g}", p) for g, p in report["pooled"].items()]
    for name, r in blocks:
        docs = f", {r['documents']} documents, {r['seconds']} s" if "documents" in r else ""
        lines.append(f"== {name}{docs}")
        lines.append(f"  {'kind':24} {'gold':>5} {'mach':>5} {'match':>5}  {'P':>5} {'R':>5}")
        for k, c in [*r["findings"]["kinds"].items(), ("overall", r["findings"]["overall"])]:
            lines.append(f"  {k:24} {c['gold']:5} {c['machine']:5} {c['matched']:5}  "
                         f"{_f(c['precision']):>5} {_f(c['recall']):>5}")
        lines.append(f"  top-10 betweenness overlap {r['betweenness_top10']['shared']}/"
                     f"{r['betweenness_top10']['of']}, top-10 brokers overlap "
                     f"{r['brokers_top10']['shared']}/{r['brokers_top10']['of']}, paths agree "
                     f"{r['paths']['agree']}/{r['paths']['pairs']}")
        j = r["judged"]
        if j["judged"]:
            lines.append(f"  judged by hand: {j['real']} real, {j['artefact']} artefact, {j['not useful']} "
                         f"not useful of {j['judged']} (holds up {_f(j['holds_up'])}); "
                         f"{j['unjudged']} not judged")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", dest="sets", help="only this set (repeatable)")
    ap.add_argument("--json", action="store_true", help="print the full report as JSON")
    ap.add_argument("--out", type=Path, help="also write the JSON report here")
    ap.add_argument("--pairs", type=int, default=50, help="entity pairs sampled for paths")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--judge-all", action="store_true",
                    help="judge every jurisdiction (coverage thresholds 0): a diagnostic of the rules")
    args = ap.parse_args(argv)
    sets = [s for s in gold_sets() if not args.sets or s[0] in args.sets]
    if not sets:
        print("no gold sets found", file=sys.stderr)
        return 1
    started = time.perf_counter()
    report = evaluate(sets, args.pairs, args.seed, args.judge_all)
    report["seconds"] = round(time.perf_counter() - started, 1)
    text = json.dumps(report, ensure_ascii=False, indent=1)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text if args.json else render(report) + f"\n({report['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
