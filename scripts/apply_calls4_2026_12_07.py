# ruff: noqa: E501
"""Apply the seventh session's decisions (r)–(z) on annotation calls the READ gold disagreed on (issues 9, 10).

    python3 scripts/apply_calls4_2026_12_07.py --call r [--dry-run]

The decisions, their counts and reasons are in corpus/annotated/README.md ("Decisions on calls the batches
disagreed on (seventh session)"). Only READ batches are changed (u1–u12, u14, u16–u76): the CHECK batches
u13/u15 are neither read nor written, held-out batches (u77+) are not in the checkout. Every change is a hand
row in HAND (made after reading each sentence). Each run appends its changes to
corpus/annotated/CORRECTIONS-2026-12-07.md (document, old, new, reason); a second run of the same call changes
nothing and writes nothing. One call a run, so that each decision is its own commit.
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

REASONS = {
    "r": "decision (r): a bare 乡村振兴 is the named strategy (乡村振兴战略), a Policy, as 中部地区崛起 in the guidelines' list",
    "s": (
        "decision (s): a bare 军民融合式发展 is the field's development mode (a 战略思想 in the texts), no entity,"
        " as bare 军民融合发展 in every seed and dev text; majority 11 texts : 4"
    ),
    "t": "decision (t): a named reform (国防和军队改革, 国防动员体制改革, 民兵调整改革) is a Policy (seeds s003 深化国防和军队改革)",
    "u": "decision (u): 国家 before a strategy's name is a modifier, not part of the name (dev d05 国家军民融合战略 → 军民融合战略)",
    "v": (
        "decision (v): where quotes or an ordinal separate the level word from 双拥模范城 (全国“双拥模范城”, 七创双拥模范城,"
        " 全国第四次双拥模范城评审), the Policy is 双拥模范城 (seeds s003 全国“双拥模范城八连冠” → 双拥模范城)"
    ),
    "w": (
        "decision (w): a fair's stated venue hall (…会展中心) is an IndustrialPark and the fair LOCATED_IN it, the hall"
        " LOCATED_IN its prefix place (u11-04, u14-07, u38-07, u75-02, u75-06; majority 5 batches : 1)"
    ),
    "x": "decision (x): 中国共产党 (the party as a body) is a PartyGovBody (guidelines: one specific body; majority 4 : 1)",
    "y": "decision (y): 新中国 is a Location (seeds s001 新中国成立70周年)",
    "z": (
        "decision (z): a quoted campaign followed by 活动 is named with it (“X”活动), the bare X an alias where it stands"
        " without 活动 (seeds s001 “军民融合+智能制造”专项行动 keeps its kind word; the fullest form the document uses)"
    ),
}

# (doc, op, args): ops add_ent(name, type), drop_ent(name), rename(old, new), add_rel(head, type, tail, evidence-key)
HAND: dict[str, list[tuple]] = {
    "r": [
        ("u29-04", "add_ent", "乡村振兴", "Policy"),
        ("u45-01", "add_ent", "乡村振兴", "Policy"),
        ("u55-03", "add_ent", "乡村振兴", "Policy"),
        ("u64-04", "add_ent", "乡村振兴", "Policy"),
        ("u65-01", "add_ent", "鄉村振興", "Policy"),
    ],
    "s": [
        ("u12-02", "drop_ent", "军民融合式发展"),
        ("u19-01", "drop_ent", "军民融合式发展"),
        ("u19-07", "drop_ent", "军民融合式发展"),
        ("u39-05", "drop_ent", "军民融合式发展"),
    ],
    "t": [
        ("u12-06", "add_ent", "民兵调整改革", "Policy"),
        ("u32-08", "add_ent", "民兵调整改革", "Policy"),
        ("u61-03", "add_ent", "民兵调整改革", "Policy"),
        ("u72-05", "add_ent", "国防动员体制改革", "Policy"),
        ("u72-06", "add_ent", "国防动员体制改革", "Policy"),
        ("u12-04", "add_ent", "国防和军队改革", "Policy"),
        ("u19-08", "add_ent", "国防和军队改革", "Policy"),
        ("u39-04", "add_ent", "国防和军队改革", "Policy"),
        ("u42-04", "add_ent", "国防和军队改革", "Policy"),
        ("u43-07", "add_ent", "国防和军队改革", "Policy"),
    ],
    "u": [
        ("u10-01", "rename", "国家央地合作战略", "央地合作战略"),
        ("u11-09", "rename", "国家军民融合战略", "军民融合战略"),
        ("u11-09", "rename", "国家军民融合深度发展战略", "军民融合深度发展战略"),
        ("u16-05", "rename", "国家军民融合发展战略", "军民融合发展战略"),
        ("u20-01", "rename", "国家军民融合发展战略", "军民融合发展战略"),
        ("u20-04", "rename", "国家军民融合发展战略", "军民融合发展战略"),
        ("u20-06", "rename", "国家军民融合发展战略", "军民融合发展战略"),
        ("u35-02", "rename", "国家军民融合发展战略", "军民融合发展战略"),
        ("u35-03", "rename", "国家军民融合发展战略", "军民融合发展战略"),
        ("u38-01", "rename", "国家临近空间发展战略", "临近空间发展战略"),
        ("u45-06", "rename", "国家深海战略", "深海战略"),
        ("u48-01", "rename", "国家军民融合发展战略", "军民融合发展战略"),
    ],
    "v": [
        ("u76-02", "rename", "全国“双拥模范城”", "双拥模范城"),
        ("u31-02", "rename", "七创双拥模范城", "双拥模范城"),
        ("u76-04", "add_ent", "双拥模范城", "Policy"),
    ],
    "w": [
        ("u47-02", "add_ent", "鄭州國際會展中心", "IndustrialPark"),
        ("u47-02", "add_rel", "第四屆軍政采購產品展示交流會暨2012中國(國際)電子信息產品博覽會", "LOCATED_IN",
         "鄭州國際會展中心", "在鄭州國際會展中心舉行"),
        ("u47-02", "add_rel", "鄭州國際會展中心", "LOCATED_IN", "鄭州", "=鄭州國際會展中心"),
    ],
    "x": [
        ("u34-06", "add_ent", "中國共產黨", "PartyGovBody"),
    ],
    "y": [
        ("u19-06", "add_ent", "新中国", "Location"),
        ("u29-02", "add_ent", "新中国", "Location"),
        ("u49-02", "add_ent", "新中国", "Location"),
        ("u50-02", "add_ent", "新中国", "Location"),
        ("u53-03", "add_ent", "新中国", "Location"),
        ("u69-03", "add_ent", "新中国", "Location"),
        ("u25-01", "add_ent", "新中國", "Location"),
        ("u34-02", "add_ent", "新中國", "Location"),
        ("u40-05", "add_ent", "新中國", "Location"),
    ],
    "z": [
        ("u18-08", "rename", "文化六进", "“文化六进”活动"),
        ("u19-01", "rename", "双拥在基层", "“双拥在基层”活动"),
        ("u19-01", "rename", "六联建", "“六联建”活动"),
        ("u29-05", "rename", "双拥共建", "“双拥共建”活动"),
        ("u29-08", "rename", "双拥在基层", "“双拥在基层”活动"),
        ("u45-06", "rename", "新闻媒体看国动", "“新闻媒体看国动”活动"),
        ("u55-07", "rename", "区少年军校", "“区少年军校”活动"),
        ("u72-08", "rename", "我为部队办实事", "“我为部队办实事”活动"),
        ("u72-08", "rename", "关爱革命功臣、关爱烈军属", "“关爱革命功臣、关爱烈军属”活动"),
    ],
}


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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--call", required=True, choices=sorted(HAND))
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    rows = HAND[a.call]
    batches = sorted({r[0].split("-")[0] for r in rows}, key=lambda b: int(b[1:]))
    log = []
    for b in batches:
        assert b not in NOT_READ and int(b[1:]) < 77, b
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
            (ANN / f"{b}.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    for x in log:
        print(" | ".join(x))
    if log and not a.dry_run:
        head = "\n## Seventh session (calls4): decisions (r)–(z)\n\n| document | before | after | reason |\n| --- | --- | --- | --- |\n"
        cur = OUT.read_text("utf-8")
        add = "" if "## Seventh session (calls4)" in cur else head
        add += "".join(f"| {d} | {o} | {n} | {REASONS[a.call]} |\n" for d, o, n in log)
        OUT.write_text(cur.rstrip("\n") + "\n" + add, "utf-8")


if __name__ == "__main__":
    main()
