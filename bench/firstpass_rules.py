"""Per-rule precision on text the rule had never met (first pass) beside the same rule on READ text today.

    python bench/firstpass_rules.py                      # batches u53 on (default), markdown to stdout
    python bench/firstpass_rules.py --from u72 --out docs/FIRSTPASS_RULES.md
    python bench/firstpass_rules.py --sessions u87-u91 u92-u96 --no-today

corpus/annotated/firstpass/ keeps, per batch, the extractor's output made before any rule writer read
the batch (`uNN.<commit>.pred.jsonl`); every entity and relation carries its `source` label. Scored
against the batch's gold the way ../shared/eval/score.py scores (typed entity match: a shared surface
form and the same type, greedy one-to-one in prediction order; relation: both endpoints matched onto
gold entities and the same type, either order for COORDINATES_WITH), each prediction is right (TP) or
wrong (FP), and that is counted per `source` label and per family (the label up to its last ':').

Which file per batch: a batch may have several first-pass files (the pass was rerun at later commits
before the batch was read). The one from the LATEST commit (by commit time in this repository's
history) is used: the code closest to today's that still had not seen the batch.

Beside it, the same label's TP/FP on today's code over the same batches (READ), and the memorisation
gap = READ precision - first-pass precision. Net effect of a label = the F1 the pooled first pass
would lose without it (count level: 2T/(N+G) - 2(T-t)/(N-n+G); removing an entity also removes the
relations on it, which is not counted here).
CHECK sets (u13, u15) and held-out batches (bench/read_sets.py: FIRST_HELD on) are never read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.gold_eval import load_score  # noqa: E402
from bench.read_sets import CHECK, FIRST_HELD, GROUPS, is_read  # noqa: E402,F401

FIRSTPASS = ROOT / "corpus" / "annotated" / "firstpass"
# Sessions: the batches annotated together (the pooled groups of bench/read_sets.py).
SESSIONS = [(a, b) for _, a, b in GROUPS]
ENT_F1, REL_F1 = 0.80, 0.65  # typed F1 on unseen text: a prediction adds to F1 only if p > F1/2


def session_of(batch: str) -> str:
    n = int(batch[1:])
    for a, b in SESSIONS:
        if a <= n <= b:
            return f"u{a}-u{b}"
    return "?"


def _commit_time(commit: str) -> int:
    cmd = ["git", "show", "-s", "--format=%ct", commit]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    return int(out.stdout.strip() or 0)


def latest_files() -> dict[str, Path]:
    """Batch -> its first-pass file from the latest commit (READ batches only)."""
    by_batch: dict[str, list[Path]] = defaultdict(list)
    for f in FIRSTPASS.glob("u*.pred.jsonl"):
        batch = f.name.split(".")[0]
        if is_read(batch):
            by_batch[batch].append(f)
    times: dict[str, int] = {}
    out = {}
    for batch, files in by_batch.items():
        for f in files:
            c = f.name.split(".")[1]
            if c not in times:
                times[c] = _commit_time(c)
        out[batch] = max(files, key=lambda f: (times[f.name.split(".")[1]], f.name))
    return out


def read_jsonl(path: Path) -> dict[str, dict]:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {d["id"]: d for d in docs}


def judge_doc(score, g: dict, p: dict) -> tuple[list[tuple[dict, bool]], list[tuple[dict, bool]]]:
    """Each predicted entity and relation with whether it is right, as score.py decides."""
    gents, pents = g.get("entities", []), p.get("entities", [])
    typed = score.match_entities(gents, pents, True)
    ents = [(e, i in typed) for i, e in enumerate(pents)]
    m = score.match_entities(gents, pents, False)
    left = []
    for r in g.get("relations", []):
        h, t = score.resolve(r["head"], gents), score.resolve(r["tail"], gents)
        if h is not None and t is not None:
            left.append((h, r["type"], t))
    rels = []
    for r in p.get("relations", []):
        h, t = score.resolve(r.get("head", ""), pents), score.resolve(r.get("tail", ""), pents)
        h, t, ty = m.get(h) if h is not None else None, m.get(t) if t is not None else None, r.get("type")
        ok = False
        if h is not None and t is not None:
            for j, (gh, gty, gt) in enumerate(left):
                if ty == gty and ((h, t) == (gh, gt) or ((h, t) == (gt, gh) and gty in score.SYMMETRIC)):
                    left.pop(j)
                    ok = True
                    break
        rels.append((r, ok))
    return ents, rels


@dataclass
class Tally:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    batches: dict = field(default_factory=lambda: defaultdict(set))
    n_pred: int = 0
    n_tp: int = 0
    n_gold: int = 0

    def add(self, label: str, ok: bool, batch: str) -> None:
        (self.tp if ok else self.fp)[label] += 1
        self.batches[label].add(batch)
        self.n_pred += 1
        self.n_tp += ok


def tally(score, batches: dict[str, tuple[dict, dict]], family: bool | str) -> tuple[Tally, Tally]:
    """Entity and relation tallies over {batch: (gold docs, predicted docs)}."""
    te, tr = Tally(), Tally()
    for batch, (gold, pred) in batches.items():
        for gid, g in gold.items():
            ents, rels = judge_doc(score, g, pred.get(gid, {}))
            te.n_gold += len(g.get("entities", []))
            tr.n_gold += len(g.get("relations", []))
            for obj, ok in ents:
                te.add(label_of(obj, family), ok, batch)
            for obj, ok in rels:
                tr.add(label_of(obj, family), ok, batch)
    return te, tr


def label_of(obj: dict, family: bool | str) -> str:
    """The label; its family (up to the last ':'); or, family == "ending", a head rule's label by the
    last two characters of its head word (rule:head:签约仪式, rule:head:揭牌仪式 -> rule:head:*仪式), so
    that heads of one kind add up across labels (other labels stay as they are)."""
    s = str(obj.get("source") or "?")
    if family == "ending":
        parts = s.split(":")
        return f"rule:head:*{parts[2][-2:]}" if s.startswith("rule:head:") and len(parts) > 2 else s
    return s.rsplit(":", 1)[0] if family and ":" in s else s


def net(t: Tally, label: str) -> float:
    """F1 points the pool loses without this label's predictions (count level)."""
    tp, n = t.tp[label], t.tp[label] + t.fp[label]
    f = 2 * t.n_tp / (t.n_pred + t.n_gold)
    g = 2 * (t.n_tp - tp) / (t.n_pred - n + t.n_gold)
    return f - g


def prec(tp: int, fp: int) -> str:
    return f"{tp / (tp + fp):.2f}" if tp + fp else "–"


def table(first: Tally, today: Tally | None, line: float, top: int) -> list[str]:
    """Markdown rows sorted by first-pass net effect (most harmful first)."""
    head = ("| label | 1st TP | 1st FP | 1st P | batches (sessions) | net F1 | READ TP | READ FP | READ P "
            "| gap | below line |")
    rows = [head, "|" + "---|" * 11]
    labels = sorted(set(first.tp) | set(first.fp), key=lambda lab: net(first, lab))
    for lab in labels[:top] if top else labels:
        tp, fp = first.tp[lab], first.fp[lab]
        bs = first.batches[lab]
        ss = {session_of(b) for b in bs}
        p1 = tp / (tp + fp)
        rtp = today.tp[lab] if today else 0
        rfp = today.fp[lab] if today else 0
        gap = f"{rtp / (rtp + rfp) - p1:+.2f}" if rtp + rfp else "–"
        flag = "**yes**" if p1 < line and tp + fp >= 10 and len(bs) >= 3 and len(ss) >= 2 else ""
        read = f"{rtp} | {rfp} | {prec(rtp, rfp)}" if today else "– | – | –"
        rows.append(f"| `{lab}` | {tp} | {fp} | {p1:.2f} | {len(bs)} ({len(ss)}) "
                    f"| {net(first, lab) * 100:+.2f} | {read} | {gap} | {flag} |")
    return rows


def today_preds(gold: dict[str, dict], cache: Path | None) -> dict[str, dict]:
    from bench.gold_eval import predict

    if cache and cache.exists():
        return read_jsonl(cache)
    pred = predict(gold)
    if cache:
        with open(cache, "w", encoding="utf-8") as f:
            for gid, p in pred.items():
                f.write(json.dumps(dict(p, id=gid), ensure_ascii=False) + "\n")
    return pred


def selected(files: dict[str, Path], start: int, sessions: list[str]) -> list[str]:
    out = [b for b in files if int(b[1:]) >= start]
    if sessions:
        out = [b for b in out if session_of(b) in sessions]
    return sorted(out, key=lambda b: int(b[1:]))


def gated(pred: dict[str, dict], table: dict) -> dict[str, dict]:
    """The predictions minus the entities a source gate rejects, and the relations on them."""
    out = {}
    for gid, p in pred.items():
        drop = {e["name"] for e in p.get("entities", [])
                if e.get("source") in table and not table[e["source"]].keeps(e["name"])}
        ents = [e for e in p.get("entities", []) if e["name"] not in drop]
        rels = [r for r in p.get("relations", []) if r.get("head") not in drop and r.get("tail") not in drop]
        out[gid] = dict(p, entities=ents, relations=rels)
    return out


def gate_effect(score, batches: dict[str, tuple[dict, dict]], table: dict) -> list[str]:
    """Pooled typed F1 of the first pass with and without the gates (ingest/data/source_gates.tsv),
    per session and overall: what the gates would have done on text the rules had not met."""
    by_session: dict[str, list[str]] = defaultdict(list)
    for b in batches:
        by_session[session_of(b)].append(b)
    rows = ["| batches | entities F1 before | after | Δ | relations F1 before | after | Δ |",
            "|" + "---|" * 7]
    order = sorted(by_session.items(), key=lambda kv: -int(kv[0].split("-")[0][1:]))
    for name, bs in order + [("all", list(batches))]:
        gold = {k: v for b in bs for k, v in batches[b][0].items()}
        pred = {k: v for b in bs for k, v in batches[b][1].items()}
        r0, r1 = score.score(gold, pred), score.score(gold, gated(pred, table))
        e0, e1 = r0["entities_typed"]["f1"], r1["entities_typed"]["f1"]
        l0, l1 = r0["relations_typed"]["f1"], r1["relations_typed"]["f1"]
        rows.append(f"| {name} | {e0:.4f} | {e1:.4f} | {e1 - e0:+.4f} "
                    f"| {l0:.4f} | {l1:.4f} | {l1 - l0:+.4f} |")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="start", default="u53", help="first batch (default u53)")
    ap.add_argument("--sessions", nargs="*", default=[], help="restrict to these sessions, e.g. u87-u91")
    ap.add_argument("--no-today", action="store_true", help="skip today's code on the READ batches")
    ap.add_argument("--cache", default="", help="jsonl file to keep/reuse today's predictions")
    ap.add_argument("--top", type=int, default=0, help="rows per table (0: all)")
    ap.add_argument("--out", default="", help="write the tables here (markdown)")
    a = ap.parse_args()
    score = load_score()
    files = latest_files()
    names = selected(files, int(a.start.lstrip("u")), a.sessions)
    first_in, today_in = {}, {}
    all_gold: dict[str, dict] = {}
    for b in names:
        gold = read_jsonl(ROOT / "corpus" / "annotated" / f"{b}.jsonl")
        first_in[b] = (gold, read_jsonl(files[b]))
        all_gold.update(gold)
    if not a.no_today:
        pred = today_preds(all_gold, Path(a.cache) if a.cache else None)
        for b in names:
            gold = first_in[b][0]
            today_in[b] = (gold, {k: pred[k] for k in gold})
    out = [f"Batches ({len(names)}): " + ", ".join(f"{b} ({files[b].name.split('.')[1]})" for b in names), ""]
    for family in (False, True, "ending"):
        fe, fr = tally(score, first_in, family)
        te, tr = tally(score, today_in, family) if today_in else (None, None)
        kind = {False: "labels", True: "families", "ending": "head endings"}[family]
        for what, f, t, line in (("Entities", fe, te, ENT_F1 / 2), ("Relations", fr, tr, REL_F1 / 2)):
            if family == "ending" and what == "Relations":
                continue
            p, r = f.n_tp / max(f.n_pred, 1), f.n_tp / max(f.n_gold, 1)
            out += [f"### {what}: {kind} (first pass P {p:.3f} R {r:.3f}; line p < {line:.3f})", ""]
            out += table(f, t, line, a.top) + [""]
    from ingest.components.source_gates import gates

    out += ["### The source gates (ingest/data/source_gates.tsv) replayed on the first pass", ""]
    out += gate_effect(score, first_in, gates()) + [""]
    text = "\n".join(out)
    if a.out:
        Path(a.out).write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
