"""The engine of the gold-call scripts (scripts/apply_calls4_…, apply_calls5_…, apply_calls6_…).

Each script holds its decisions' hand rows and reasons as data and calls `run`; this module applies a
row to a document (add, drop, rename or retype an entity, add an alias, add or drop a relation with its
evidence sentence) and logs each change to corpus/annotated/CORRECTIONS-2026-12-07.md. A row that is
already applied changes nothing, so a second run of a call writes nothing. Only READ batches are
written: the CHECK batches u13/u15 and held-out batches are refused.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANN = ROOT / "corpus" / "annotated"
OUT = ANN / "CORRECTIONS-2026-12-07.md"
NOT_READ = {"u13", "u15"}
SENT = re.compile(r"[^。！？!?\n]+[。！？!?]?")


def load(batch: str) -> list[dict]:
    return [json.loads(x) for x in (ANN / f"{batch}.jsonl").read_text("utf-8").splitlines() if x.strip()]


def surfaces(doc: dict) -> dict[str, dict]:
    out = {}
    for e in doc["entities"]:
        out[e["name"]] = e
        for a in e.get("aliases", []):
            out[a] = e
    return out


def sentence_with(text: str, key: str) -> str:
    for s in SENT.findall(text):
        if key in s:
            return s.strip()
    raise SystemExit(f"no sentence with {key!r}")


def apply(doc: dict, row: tuple) -> tuple[str, str] | None:
    op, args = row[1], row[2:]
    text, ents, rels = doc["text"], doc["entities"], doc["relations"]
    surf = surfaces(doc)
    if op == "add_ent":
        name, typ = args
        assert name in text, (doc["id"], name)
        if name in surf:
            return None
        ents.append({"name": name, "type": typ, "aliases": []})
        return "(none)", f"entity {name} ({typ})"
    if op == "drop_ent":
        (name,) = args
        if name not in surf:
            return None
        e = surf[name]
        assert e["name"] == name
        gone = [r for r in rels if name in (r["head"], r["tail"])]
        doc["entities"] = [x for x in ents if x is not e]
        doc["relations"] = [r for r in rels if r not in gone]
        old = f"entity {name} ({e['type']})" + "".join(f"; {r['head']} {r['type']} {r['tail']}" for r in gone)
        return old, "(removed" + (f", with {len(gone)} relation{'s' * (len(gone) > 1)})" if gone else ")")
    if op == "rename":
        old, new = args
        if old not in surf or surf[old]["name"] != old:
            return None
        assert new in text, (doc["id"], new)
        e = surf[old]
        assert new not in surf or surf[new] is e, (doc["id"], new, "is another entity")
        e["name"] = new
        aliases = [a for a in e.get("aliases", []) if a != new]
        # a shorter old form stays an alias only where it stands in the text outside the new name; a longer
        # old form (国家…战略, 全国“…”) holds the new name with a modifier and is no surface form of its own
        if old in new and text.count(old) > text.count(new):
            aliases.append(old)
        e["aliases"] = aliases
        n = 0
        for r in rels:
            for k in ("head", "tail"):
                if r[k] == old:
                    r[k] = new
                    n += 1
        return f"entity {old}", f"entity {new}" + (f" (aliases {', '.join(aliases)})" if aliases else "") + (
            f"; {n} relation end{'s' * (n > 1)} renamed" if n else "")
    if op == "retype":
        name, typ = args
        e = surf[name]
        assert e["name"] == name, (doc["id"], name)
        if e["type"] == typ:
            return None
        old = e["type"]
        e["type"] = typ
        return f"entity {name} ({old})", f"entity {name} ({typ})"
    if op == "add_alias":
        name, alias = args
        e = surf[name]
        assert alias in text and (alias not in surf or surf[alias] is e), (doc["id"], alias)
        if alias in e.get("aliases", []):
            return None
        e.setdefault("aliases", []).append(alias)
        return f"entity {name}", f"entity {name} (aliases {', '.join(e['aliases'])})"
    if op == "drop_rel":
        head, typ, tail = args
        gone = [r for r in rels if (r["head"], r["type"], r["tail"]) == (head, typ, tail)]
        if not gone:
            return None
        doc["relations"] = [r for r in rels if r not in gone]
        return f"{head} {typ} {tail}", "(removed)"
    if op == "add_rel":
        head, typ, tail, key = args
        assert head in surf and tail in surf, (doc["id"], head, tail)
        ev = key[1:] if key.startswith("=") else sentence_with(text, key)
        assert ev in text
        if any(r["head"] == head and r["type"] == typ and r["tail"] == tail for r in rels):
            return None
        rels.append({"head": head, "type": typ, "tail": tail, "evidence": ev})
        return "(none)", f"{head} {typ} {tail}"
    raise SystemExit(f"unknown op {op}")


def run(hand: dict[str, list[tuple]], reasons: dict[str, str], heading: str, first_held: int) -> None:
    """Apply one call's hand rows (`--call X [--dry-run]` on the command line) to the READ batches
    they name and append the changes under `heading` to CORRECTIONS-2026-12-07.md. `first_held`: the
    first batch number still held out when the rows were written (never written here)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--call", required=True, choices=sorted(hand))
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    rows = hand[a.call]
    batches = sorted({r[0].split("-")[0] for r in rows}, key=lambda b: int(b[1:]))
    log = []
    for b in batches:
        assert b not in NOT_READ and int(b[1:]) < first_held, b
        docs = load(b)
        by_id = {d["id"]: d for d in docs}
        changed = False
        for row in rows:
            if row[0].split("-")[0] != b:
                continue
            res = apply(by_id[row[0]], row)
            if res:
                log.append((row[0], *res))
                changed = True
        if changed and not a.dry_run:
            lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
            (ANN / f"{b}.jsonl").write_text(lines, "utf-8")
    for x in log:
        print(" | ".join(x))
    if log and not a.dry_run:
        head = f"\n## {heading}\n\n| document | before | after | reason |\n| --- | --- | --- | --- |\n"
        cur = OUT.read_text("utf-8")
        add = "" if f"## {heading.split(':')[0]}" in cur else head
        add += "".join(f"| {d} | {o} | {n} | {reasons[a.call]} |\n" for d, o, n in log)
        OUT.write_text(cur.rstrip("\n") + "\n" + add, "utf-8")
