# ruff: noqa: E501
"""Apply the ninth session's decisions (ac)–(ag) on annotation calls the READ gold disagreed on (issues 9, 10).

    python3 scripts/apply_calls5_2026_12_07.py --call ac [--dry-run]

The decisions, their counts and reasons are in corpus/annotated/README.md ("Decisions on calls the batches
disagreed on (ninth session)"). Only READ batches are changed (u1–u12, u14, u16–u86): the CHECK batches
u13/u15 are neither read nor written, held-out batches (u87+) are not in the checkout and never written. Every
change is a hand row in HAND (made after reading each sentence). Each run appends its changes to
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
FIRST_HELD = 87
SENT = re.compile(r"[^。！？!?\n]+[。！？!?]?")

REASONS = {
    "ac": (
        "decision (ac): a military unit's party committee that acts, leads, decides or is represented on its own"
        " (在X党委领导下, X党委的决定, 代表X党委) is a MilitaryUnit X党委 with PART_OF the unit; a post in it"
        " (X党委第一书记, also given by 任/增补…为) is held in the unit and makes no committee entity (decision (i);"
        " 30 committee entities in 21 documents are MilitaryUnit, none PartyGovBody; appointments: unit only in"
        " u7-04, u10-05, u24-02, u50-04, u82-03, u82-07, the committee in u44-07 and u22-07's full 委员会 name)"
    ),
    "ae": (
        "decision (ae): a university's departments, offices, centres, schools and faculties (…处, …部, …中心, …学院,"
        " …系, 学部, 研究生院) are ResearchInstitute, as the university; its 党委, the 党委's departments"
        " (组织部, 宣传部, 党委办公室) and leading groups are PartyGovBody; its 武装部 a MilitaryUnit (guidelines:"
        " PartyGovBody is a Party committee's or government's department; dev d05/d09: a unit of an organisation"
        " takes the organisation's type)"
    ),
    "af": (
        "decision (af): a place named as a conjunct before a shared head (A、B、C等市县融媒体中心, A、B县退役军人事务局)"
        " is a Location: the conjunct is a complete name as written (guidelines \"Coordinated names\"; dev d03"
        " 易县、涞水…等地; u3-03 遵义市, u55-05 青冈县); the last conjunct's place stays nested in its name"
    ),
    "ag": (
        "decision (ag): a named multi-province region (长三角, 粤港澳大湾区, 京津冀) mentioned as a place is a"
        " Location (dev d03/d10 京津冀, d06 粤港澳大湾区); inside a name, or used as a strategy, it stays the Policy's"
    ),
}

# (doc, op, args): ops add_ent(name, type), drop_ent(name), retype(name, type), add_alias(name, alias),
# add_rel(head, type, tail, evidence-key), drop_rel(head, type, tail)
HAND: dict[str, list[tuple]] = {
    "ac": [
        ("u7-04", "add_ent", "市军分区党委", "MilitaryUnit"),
        ("u7-04", "add_alias", "市军分区党委", "军分区党委"),
        ("u7-04", "add_rel", "市军分区党委", "PART_OF", "安阳军分区", "温伟代表市军分区党委"),
        ("u44-07", "drop_ent", "鞍山军分区党委"),
    ],
    "ae": [
        ("u41-04", "retype", "校学生处", "ResearchInstitute"),
        ("u67-07", "retype", "主校區學工處", "ResearchInstitute"),
        ("u67-07", "retype", "就業指導中心", "ResearchInstitute"),
        ("u72-07", "retype", "保卫工作部", "ResearchInstitute"),
        ("u76-06", "retype", "国内合作处", "ResearchInstitute"),
        ("u76-06", "retype", "技术转移中心", "ResearchInstitute"),
        ("u84-03", "retype", "宣传部", "PartyGovBody"),
    ],
    "af": [
        ("u81-07", "add_ent", "防城港市", "Location"),
        ("u81-07", "add_ent", "崇左市", "Location"),
        ("u81-07", "add_ent", "百色市", "Location"),
        ("u81-07", "add_ent", "东兴市", "Location"),
        ("u81-07", "add_ent", "防城区", "Location"),
        ("u81-07", "add_ent", "凭祥市", "Location"),
        ("u81-07", "add_ent", "龙州县", "Location"),
        ("u81-07", "add_ent", "宁明县", "Location"),
        ("u81-07", "add_ent", "靖西市", "Location"),
        ("u81-07", "add_ent", "那坡县", "Location"),
        ("u73-01", "add_ent", "天峻縣", "Location"),
        ("u81-03", "add_ent", "江州区", "Location"),
    ],
    "ag": [
        ("u28-08", "add_ent", "长三角", "Location"),
        ("u28-08", "add_ent", "粤港澳大湾区", "Location"),
        ("u51-04", "add_ent", "粤港澳大湾区", "Location"),
        ("u52-08", "add_ent", "长三角", "Location"),
        ("u74-04", "add_ent", "長三角", "Location"),
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--call", required=True, choices=sorted(HAND))
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    rows = HAND[a.call]
    batches = sorted({r[0].split("-")[0] for r in rows}, key=lambda b: int(b[1:]))
    log = []
    for b in batches:
        assert b not in NOT_READ and int(b[1:]) < FIRST_HELD, b
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
        head = "\n## Ninth session (calls5): decisions (ac)–(ag)\n\n| document | before | after | reason |\n| --- | --- | --- | --- |\n"
        cur = OUT.read_text("utf-8")
        add = "" if "## Ninth session (calls5)" in cur else head
        add += "".join(f"| {d} | {o} | {n} | {REASONS[a.call]} |\n" for d, o, n in log)
        OUT.write_text(cur.rstrip("\n") + "\n" + add, "utf-8")


if __name__ == "__main__":
    main()
