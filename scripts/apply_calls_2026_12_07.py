"""Apply the 2026-12-07 decisions on annotation calls the batches disagreed on (issue 10).

    python3 scripts/apply_calls_2026_12_07.py [--dry-run] [--quiet u13,u15]

The decisions are in corpus/annotated/README.md ("Decisions on calls the batches disagreed on
(2026-12-07)"). Mechanical decisions are applied by one rule each to every batch u1–u35 (the CHECK
batches u13/u15 too, without anyone reading them: their changes are written to the corrections
file, not printed); hand changes, which need a reading of the text, are listed in HAND and are
made only in READ batches. Every change goes to corpus/annotated/CORRECTIONS-2026-12-07.md
(document, old, new, reason). Files keep their format (one json.dumps line a document).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANN = ROOT / "corpus" / "annotated"
OUT = ANN / "CORRECTIONS-2026-12-07.md"
SENT = re.compile(r"[^。！？!?\n]+[。！？!?]?")

MEET = re.compile(r"会见|會見|会谈|會談|会晤|會晤")
EXCHANGE = re.compile(r"(双方|雙方)就.{0,60}?(交流|交换|交換|会谈|會談|洽谈|洽談|磋商|探讨|探討)")
SIGN = re.compile(r"签约|簽約|签署|簽署|签订|簽訂|签下|簽下|签字|簽字")
GENERIC_FORCE = {"武警部队", "武警部隊", "驻地部队", "駐地部隊", "驻军部队", "駐軍部隊"}
ZONE_BOARD = re.compile(r"(管委会|管委會|管理委员会|管理委員會)$")
REPORT = re.compile(r"(?<![各级級省市县縣区區])政府工作(报告|報告)")
PAST_TITLE = re.compile(
    r"原(副)?[^\s,，。、;；:：“”《》()（）]{0,6}?(局长|局長|部长|部長|处长|處長|主任|书记|書記|政委|"
    r"司令员|司令員|主席|院长|院長|所长|所長|馆长|館長|厂长|廠長|总编辑|總編輯)"
)

REASONS = {
    "a": (
        "decision (a): 会见/会谈 with 双方就…交流/交换意见/会谈 gives COORDINATES_WITH between the two sides;"
        " 会见 alone gives none"
    ),
    "c": (
        "decision (c): a past post (原…,"
        " 曾任, 历任, 时任) names the body as an entity and gives HOLDS_POSITION, like a present title"
    ),
    "d": (
        "decision (d): a zone's 管委会 gets no PART_OF / LOCATED_IN to its zone (dev d07, d11);"
        " LOCATED_IN a place by prefix only"
    ),
    "e": (
        "decision (e): signers at a named event get COORDINATES_WITH between them,"
        " no PARTICIPATES_IN from the signing (dev d01)"
    ),
    "f": "decision (f): 武警部队 / 驻地部队 / 驻军部队 with no place name are a generic class, not an entity",
    "g": "decision (g): a former name written beside the name (A(原B)) is an alias of A",
    "h": "decision (h): a bare 政府工作报告 (one government's report) is a Policy",
    "i": (
        "decision (i): a military unit's 党委 named in a title (X党委书记) gives the position in the unit,"
        " also where the 党委 is an entity of its own (majority)"
    ),
}

# Hand changes in READ batches: (doc, call, kind, payload). Entities are added before relations.
HAND = [
    ("u14-02", "c", "entity", {"name": "空軍裝備部", "type": "MilitaryUnit", "aliases": []}),
    ("u14-02", "c", "rel", ("張治平", "HOLDS_POSITION", "空軍裝備部", "空軍裝備部原科研部長張治平")),
    ("u30-02", "c", "entity", {"name": "总装备部定型工作办公室", "type": "MilitaryUnit", "aliases": []}),
    (
        "u30-02",
        "c",
        "entity",
        {"name": "总装备部炮兵防空兵装备技术研究所", "type": "ResearchInstitute", "aliases": []},
    ),
    ("u30-02", "c", "entity", {"name": "总参二部科装局", "type": "MilitaryUnit", "aliases": []}),
    (
        "u30-02",
        "c",
        "rel",
        ("高建军", "HOLDS_POSITION", "总装备部定型工作办公室", "总装备部定型工作办公室原主任高建军"),
    ),
    ("u30-02", "c", "rel", ("刁青", "HOLDS_POSITION", "总装备部炮兵防空兵装备技术研究所", "原副所长刁青")),
    ("u30-02", "c", "rel", ("李燕军", "HOLDS_POSITION", "总参二部科装局", "总参二部科装局原处长李燕军")),
    ("u30-08", "c", "entity", {"name": "深圳市貿(mào)工局", "type": "PartyGovBody", "aliases": []}),
    ("u30-08", "c", "rel", ("殷勇", "HOLDS_POSITION", "深圳市貿(mào)工局", "原深圳市貿(mào)工局副局長殷勇")),
    ("u30-08", "c", "rel", ("深圳市貿(mào)工局", "LOCATED_IN", "深圳市", "原深圳市貿(mào)工局副局長殷勇")),
    ("u31-04", "c", "entity", {"name": "國家國防科工局", "type": "PartyGovBody", "aliases": []}),
    ("u31-04", "c", "rel", ("張建華", "HOLDS_POSITION", "國家國防科工局", "國家國防科工局原副局長")),
]


def sentences(text: str) -> list[str]:
    return [m.group().strip() for m in SENT.finditer(text) if m.group().strip()]


def sentence_with(text: str, needle: str) -> str:
    for s in sentences(text):
        if needle in s:
            return s
    raise SystemExit(f"evidence fragment {needle!r} not found")


def forms(e: dict) -> list[str]:
    return [e["name"], *e.get("aliases", [])]


def ent_of(doc: dict, name: str) -> dict | None:
    return next((e for e in doc["entities"] if name in forms(e)), None)


def has_rel(doc: dict, h: str, t: str, typ: str, symmetric: bool = False) -> bool:
    return any(
        r["type"] == typ
        and ((r["head"], r["tail"]) == (h, t) or (symmetric and (r["head"], r["tail"]) == (t, h)))
        for r in doc["relations"]
    )


def fmt_rel(r: dict) -> str:
    return f"{r['head']} {r['type']} {r['tail']}"


class Log:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, doc: str, old: str, new: str, call: str) -> None:
        self.rows.append((doc, old, new, REASONS[call]))


def call_a(doc: dict, log: Log) -> None:
    """Add COORDINATES_WITH between the person before 会见/会谈 and the first person after it."""
    persons = [e for e in doc["entities"] if e["type"] == "Person"]
    for s in sentences(doc["text"]):
        m = MEET.search(s)
        if not m or not EXCHANGE.search(s):
            continue
        before = [p for p in persons if any(0 <= s.find(f) < m.start() for f in forms(p) if f)]
        after = sorted(
            (
                (min(s.find(f, m.end()) for f in forms(p) if f and s.find(f, m.end()) >= 0), p)
                for p in persons
                if any(f and s.find(f, m.end()) >= 0 for f in forms(p))
            ),
            key=lambda x: x[0],
        )
        if not before or not after:
            continue
        other = after[0][1]
        for p in before:
            if p is other or has_rel(doc, p["name"], other["name"], "COORDINATES_WITH", True):
                continue
            r = {"head": p["name"], "type": "COORDINATES_WITH", "tail": other["name"], "evidence": s}
            doc["relations"].append(r)
            log.add(doc["id"], "(none)", fmt_rel(r), "a")


def call_c(doc: dict, log: Log) -> None:
    """ "B原<title>P" with B an entity: HOLDS_POSITION P -> B when missing (a past post is a post)."""
    persons = [e for e in doc["entities"] if e["type"] == "Person"]
    bodies = [
        e for e in doc["entities"] if e["type"] not in {"Person", "Location", "Event", "Policy", "Project"}
    ]
    for s in sentences(doc["text"]):
        for m in PAST_TITLE.finditer(s):
            body = next((b for b in bodies for f in forms(b) if f and s[: m.start()].endswith(f)), None)
            who = next((p for p in persons for f in forms(p) if f and s[m.end() :].startswith(f)), None)
            if body and who and not has_rel(doc, who["name"], body["name"], "HOLDS_POSITION"):
                r = {"head": who["name"], "type": "HOLDS_POSITION", "tail": body["name"], "evidence": s}
                doc["relations"].append(r)
                log.add(doc["id"], "(none)", fmt_rel(r), "c")


def call_d(doc: dict, log: Log) -> None:
    parks = {e["name"] for e in doc["entities"] if e["type"] == "IndustrialPark"}
    keep = []
    for r in doc["relations"]:
        if r["type"] in {"PART_OF", "LOCATED_IN"} and ZONE_BOARD.search(r["head"]) and r["tail"] in parks:
            log.add(doc["id"], fmt_rel(r), "(removed)", "d")
            continue
        keep.append(r)
    doc["relations"] = keep


def call_e(doc: dict, log: Log) -> None:
    events = {e["name"] for e in doc["entities"] if e["type"] == "Event"}
    signers: dict[str, set[str]] = {}
    for r in doc["relations"]:
        if r["type"] == "COORDINATES_WITH" and SIGN.search(r["evidence"]):
            signers.setdefault(r["evidence"], set()).update((r["head"], r["tail"]))
    keep = []
    for r in doc["relations"]:
        if (
            r["type"] == "PARTICIPATES_IN"
            and r["tail"] in events
            and r["head"] in signers.get(r["evidence"], set())
        ):
            log.add(doc["id"], fmt_rel(r), "(removed)", "e")
            continue
        keep.append(r)
    doc["relations"] = keep


def call_f(doc: dict, log: Log) -> None:
    gone = {e["name"] for e in doc["entities"] if e["name"] in GENERIC_FORCE}
    for e in doc["entities"]:
        if e["name"] not in gone and any(a in GENERIC_FORCE for a in e["aliases"]):
            old = list(e["aliases"])
            e["aliases"] = [a for a in e["aliases"] if a not in GENERIC_FORCE]
            log.add(doc["id"], f"{e['name']} aliases {old}", f"aliases {e['aliases']}", "f")
    for name in sorted(gone):
        log.add(doc["id"], f"entity {name}", "(removed)", "f")
    for r in doc["relations"]:
        if r["head"] in gone or r["tail"] in gone:
            log.add(doc["id"], fmt_rel(r), "(removed)", "f")
    doc["entities"] = [e for e in doc["entities"] if e["name"] not in gone]
    doc["relations"] = [r for r in doc["relations"] if r["head"] not in gone and r["tail"] not in gone]


def call_g(doc: dict, log: Log) -> None:
    """A(原B): B becomes an alias of A; a separate entity B is merged into A."""
    for m in re.finditer(r"[(（]原([^)）]{2,24})[)）]", doc["text"]):
        old_name = m.group(1)
        a = next(
            (e for e in doc["entities"] for f in forms(e) if f and doc["text"][: m.start()].endswith(f)), None
        )
        if a is None or old_name in forms(a):
            continue
        b = ent_of(doc, old_name)
        if b is not None:
            doc["entities"].remove(b)
            for r in doc["relations"]:
                for k in ("head", "tail"):
                    if r[k] == b["name"]:
                        r[k] = a["name"]
            extra = [f for f in forms(b) if f not in forms(a)]
            log.add(
                doc["id"], f"entities {a['name']} and {b['name']}", f"{a['name']} with aliases +{extra}", "g"
            )
            a["aliases"] += extra
        else:
            a["aliases"].append(old_name)
            log.add(doc["id"], f"{a['name']} aliases", f"+{old_name}", "g")


def call_h(doc: dict, log: Log) -> None:
    m = REPORT.search(doc["text"])
    if not m or any("政府工作报告" in f or "政府工作報告" in f for e in doc["entities"] for f in forms(e)):
        return
    e = {"name": m.group(), "type": "Policy", "aliases": []}
    doc["entities"].append(e)
    log.add(doc["id"], "(none)", f"entity {e['name']} (Policy)", "h")


PARTY_TITLE = "(?:第一)?(?:副)?(?:书记|書記|常委)"


def call_i(doc: dict, log: Log) -> None:
    """HOLDS_POSITION P -> X党委 from a title "X党委书记P", X党委 a MilitaryUnit PART_OF unit X: tail -> X."""
    types = {e["name"]: e["type"] for e in doc["entities"]}
    unit_of = {
        r["head"]: r["tail"]
        for r in doc["relations"]
        if r["type"] == "PART_OF"
        and types.get(r["head"]) == types.get(r["tail"]) == "MilitaryUnit"
        and re.search("(党委|黨委)$", r["head"])
    }
    keep = []
    for r in doc["relations"]:
        unit = unit_of.get(r["tail"]) if r["type"] == "HOLDS_POSITION" else None
        party = ent_of(doc, r["tail"]) if unit else None
        titled = party and any(re.search(re.escape(f) + PARTY_TITLE, r["evidence"]) for f in forms(party))
        if not titled:
            keep.append(r)
            continue
        if has_rel(doc, r["head"], unit, "HOLDS_POSITION"):
            log.add(doc["id"], fmt_rel(r), "(removed: the unit's position is annotated)", "i")
            continue
        new = dict(r, tail=unit)
        log.add(doc["id"], fmt_rel(r), fmt_rel(new), "i")
        keep.append(new)
    doc["relations"] = keep


def apply_hand(doc: dict, log: Log) -> None:
    for did, call, kind, payload in HAND:
        if did != doc["id"]:
            continue
        if kind == "entity":
            if ent_of(doc, payload["name"]) is None:
                assert payload["name"] in doc["text"], payload
                doc["entities"].append(dict(payload))
                log.add(did, "(none)", f"entity {payload['name']} ({payload['type']})", call)
        else:
            h, typ, t, frag = payload
            if not has_rel(doc, h, t, typ):
                r = {"head": h, "type": typ, "tail": t, "evidence": sentence_with(doc["text"], frag)}
                doc["relations"].append(r)
                log.add(did, "(none)", fmt_rel(r), call)


STEPS = (call_f, call_g, call_d, call_a, call_c, call_h, call_i)  # (e) rejected by the lead: see README


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--quiet", default="u13,u15", help="batches whose changes are counted, not printed")
    a = ap.parse_args()
    quiet = set(a.quiet.split(","))
    log = Log()
    for n in range(1, 36):
        path = ANN / f"u{n}.jsonl"
        docs = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
        start = len(log.rows)
        for d in docs:
            for step in STEPS:
                step(d, log)
            if f"u{n}" not in quiet:
                apply_hand(d, log)
        changed = log.rows[start:]
        if f"u{n}" in quiet:
            print(f"u{n}: {len(changed)} changes (not printed: CHECK batch)")
        else:
            for row in changed:
                print(" | ".join(row[:3]), "|", row[3][:14])
        if not a.dry_run and changed:
            path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    if not a.dry_run and log.rows:  # a second run changes nothing and keeps the list of the first
        write_log(log)


def write_log(log: Log) -> None:
    lines = [
        "# Corrections of 2026-12-07: decisions on calls the batches disagreed on",
        "",
        "Made by `scripts/apply_calls_2026_12_07.py` (mechanical rules on every batch u1–u35, "
        "u13/u15 included "
        "without being read; hand changes in READ batches listed in its HAND table). The decisions and their "
        'counts are in README.md, "Decisions on calls the batches disagreed on (2026-12-07)".',
        "",
        "| document | old | new | reason |",
        "| --- | --- | --- | --- |",
    ]
    for doc, old, new, reason in log.rows:
        cell = [c.replace("|", "\\|") for c in (doc, old, new, reason)]
        lines.append("| " + " | ".join(cell) + " |")
    if OUT.exists():  # a later run (a decision added) appends its rows to the list of the earlier ones
        lines = OUT.read_text("utf-8").rstrip("\n").split("\n") + lines[6:]
    OUT.write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
