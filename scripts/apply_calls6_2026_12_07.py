# ruff: noqa: E501
"""Apply the ninth session's calls6 decisions (ah)–(an) on annotation calls the READ gold disagreed on (issues 9, 10).

    python3 scripts/apply_calls6_2026_12_07.py --call ah [--dry-run]

The decisions, their counts and reasons are in corpus/annotated/README.md ("Decisions on calls the batches
disagreed on (ninth session, calls6)"). Only READ batches are changed (u1–u12, u14, u16–u91): the CHECK batches
u13/u15 are neither read nor written, held-out batches (u92+) are not in the checkout and never written. Every
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
FIRST_HELD = 92
SENT = re.compile(r"[^。！？!?\n]+[。！？!?]?")

REASONS = {
    "ah": (
        "decision (ah): 新时代党的治X方略 (治疆, 治藏, …) is a Policy: a named strategy (方略) at any level, as the"
        " guidelines' \"named strategies\" and row (j)'s 军事战略方针; not a …思想/…观/重要论述 doctrine (u65-01, u77-06 had it;"
        " u7-08, u10-03 did not)"
    ),
    "ai": (
        "decision (ai): a bare 军事日 (军事日, “军事日”活动) is no entity: seeds s003 leave it out in \"议军会议、军事日、现场办公"
        "等制度\" while annotating 议军会议 beside it, and 7 of 10 batch documents agree; the written system 军事日制度 (u27-04)"
        " stays a Policy (a named system, as 军地联席会议制度)"
    ),
    "ak": (
        "decision (ak): named speakers at a named Event (审议中, A、B等代表先后发言; 在会上发言) PARTICIPATES_IN it, the Event"
        " carried from the previous sentence (issue 10 §3: a speaker at E; 9 of 11 batch documents with speakers at an"
        " Event, u19-03 and u65-05 for this very construction)"
    ),
    "al": (
        "decision (al): a unit's party committee whose name begins with a Location entity gets LOCATED_IN it (guidelines"
        " \"Place prefix → LOCATED_IN\": any organisation, MilitaryUnit included; dev/seeds give parts with PART_OF their"
        " prefix LOCATED_IN too, 5 : 0; u19-07, u24-01, u50-04 had it)"
    ),
    "am": (
        "decision (am): a place written with its parent (省+市, 市+区, 区+镇+村) is one Location named as written, the bare"
        " form its alias where it occurs; the parent is an entity only where it stands alone (dev d05 浙江省永康市, d06"
        " 顺德区杏坛镇; 18 batch documents : 7)"
    ),
    "an": (
        "decision (an): 脱贫攻坚 (脫貧攻堅, 脱贫攻坚战) is a Project: the named national campaign (guidelines: Projects are"
        " named campaigns; seeds s003 全民国防教育 Project; row (r)'s 乡村振兴 by the same reading); no relation unless a named"
        " actor carries it out"
    ),
}

# (doc, op, args): ops add_ent(name, type), drop_ent(name), rename(old, new), retype(name, type),
# add_alias(name, alias), add_rel(head, type, tail, evidence-key), drop_rel(head, type, tail)
HAND: dict[str, list[tuple]] = {
    "ah": [
        ("u7-08", "add_ent", "新时代党的治党方略", "Policy"),
        ("u10-03", "add_ent", "新时代党的治疆方略", "Policy"),
    ],
    "ai": [
        ("u19-02", "drop_ent", "军事日"),
        ("u45-08", "drop_ent", "軍事日"),
        ("u85-02", "drop_ent", "军事日"),
    ],
    "ak": [
        ("u45-01", "add_rel", "王志清", "PARTICIPATES_IN", "市十五届人大六次会议", "审议中,王志清"),
        ("u45-01", "add_rel", "何雪冬", "PARTICIPATES_IN", "市十五届人大六次会议", "审议中,王志清"),
        ("u45-01", "add_rel", "薛松", "PARTICIPATES_IN", "市十五届人大六次会议", "审议中,王志清"),
        ("u45-02", "add_rel", "宋振明", "PARTICIPATES_IN", "市十五届人大四次会议", "审议中,宋振明"),
        ("u45-02", "add_rel", "张文军", "PARTICIPATES_IN", "市十五届人大四次会议", "审议中,宋振明"),
        ("u45-02", "add_rel", "吴海峰", "PARTICIPATES_IN", "市十五届人大四次会议", "审议中,宋振明"),
        ("u45-02", "add_rel", "薛松", "PARTICIPATES_IN", "市十五届人大四次会议", "审议中,宋振明"),
        ("u45-02", "add_rel", "夏卫平", "PARTICIPATES_IN", "市十五届人大四次会议", "审议中,宋振明"),
    ],
    "al": [
        ("u46-02", "add_rel", "伊春军分区党委", "LOCATED_IN", "伊春", "伊春军分区党委六届五次"),
        ("u82-07", "add_rel", "西双版纳军分区党委", "LOCATED_IN", "西双版纳", "西双版纳军分区党委第一书记任职大会召开"),
        ("u90-04", "add_rel", "潮州军分区党委", "LOCATED_IN", "潮州", "潮州军分区党委第一书记何晓军"),
        ("u90-09", "add_rel", "惠城区人武部党委", "LOCATED_IN", "惠城区", "惠城区人武部党委围绕"),
    ],
    "am": [
        ("u26-07", "rename", "阿城区", "哈尔滨市阿城区"),
        ("u34-05", "rename", "高石村", "通川区罗江镇高石村"),
        ("u34-05", "drop_ent", "通川区"),
        ("u34-05", "drop_ent", "罗江镇"),
        ("u45-05", "rename", "海州区", "连云港市海州区"),
        ("u45-05", "rename", "海头镇", "连云港市赣榆区海头镇"),
        ("u45-05", "add_alias", "连云港市赣榆区海头镇", "连云港赣榆区海头镇"),
        ("u45-05", "drop_ent", "赣榆区"),
        ("u50-02", "rename", "怀化市", "湖南省怀化市"),
        ("u50-02", "drop_ent", "湖南省"),
        ("u50-06", "rename", "怀化市", "湖南省怀化市"),
        ("u50-06", "add_alias", "湖南省怀化市", "湖南怀化"),
        ("u50-06", "drop_ent", "湖南省"),
        ("u50-07", "rename", "怀化市", "湖南省怀化市"),
        ("u50-07", "drop_ent", "湖南省"),
        ("u52-03", "rename", "荆门市", "湖北省荆门市"),
        ("u58-04", "rename", "德惠市", "吉林省德惠市"),
    ],
    "an": [
        ("u18-09", "add_ent", "脫貧攻堅", "Project"),
        ("u26-05", "add_ent", "脱贫攻坚", "Project"),
        ("u46-02", "add_ent", "脱贫攻坚", "Project"),
        ("u49-07", "add_ent", "脱贫攻坚战", "Project"),
        ("u49-07", "add_alias", "脱贫攻坚战", "脱贫攻坚"),
        ("u60-05", "add_ent", "脫貧攻堅", "Project"),
        ("u67-03", "add_ent", "脱贫攻坚", "Project"),
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
        head = "\n## Ninth session (calls6): decisions (ah)–(an)\n\n| document | before | after | reason |\n| --- | --- | --- | --- |\n"
        cur = OUT.read_text("utf-8")
        add = "" if "## Ninth session (calls6)" in cur else head
        add += "".join(f"| {d} | {o} | {n} | {REASONS[a.call]} |\n" for d, o, n in log)
        OUT.write_text(cur.rstrip("\n") + "\n" + add, "utf-8")


if __name__ == "__main__":
    main()
