"""Count how each annotated batch (and seeds/dev) decides the annotation calls of issue 10.

    python3 scripts/calls_survey.py [--examples]

Held-out figures should measure the extractor, not the annotator of a batch. For each call this
finds the construction in the text (a regular expression over sentences) and checks what the gold
says there, then prints one line a call with the count of "yes" and "no" decisions per batch.
CHECK batches (u13, u15) and held-out batches are never read: only the READ batches of the
rule-round protocol (u1–u12, u14, u16–u35) and ../shared/gold are.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "gold"
NOT_READ = {"u13", "u15"}
SENT = re.compile(r"[^。！？!?\n]+[。！？!?]?")

MEET = re.compile(r"会见|會見|会谈|會談|會晤|会晤")
THANK = re.compile(r"(感谢|感謝|谢意|謝意).{0,60}支持|支持.{0,40}(感谢|感謝|谢意|謝意)")
PAST = re.compile(
    r"曾任|原任|历任|歷任|时任|時任|履新前|前任|"
    r"原[^\s,，。、;；:：“”《》()（）]{0,14}?(局长|局長|部长|部長|处长|處長|主任|书记|書記|政委|"
    r"司令员|司令員|市长|市長|省长|省長|主席|委员|委員|院长|院長|厂长|廠長)"
)
SIGN = re.compile(r"签约|簽約|签署|簽署|签订|簽訂|签下|簽下")
GENERIC_FORCE = re.compile(r"武警部队|武警部隊|驻地部队|駐地部隊|驻军部队|駐軍部隊")
FORMER_NAME = re.compile(r"原名|原称|原稱|前身|更名|改名|曾用名|曾名|改称|改稱|原为|原為")
ZONE_BOARD = re.compile(r"(管委会|管委會|管理委员会|管理委員會)$")
GUIDELINE = re.compile(r"[^\s,，。、;；:：“”《》()（）和与及]{0,6}(军事战略方针|軍事戰略方針)")


def batches(include_gold: bool = True) -> dict[str, list[dict]]:
    """Batch name -> documents, READ sets only (seeds, dev, annotated batches but u13/u15)."""
    out: dict[str, list[dict]] = {}
    if include_gold:
        for name in ("seeds", "dev"):
            out[name] = [
                json.loads(x) for x in (SHARED / f"{name}.jsonl").read_text("utf-8").splitlines() if x.strip()
            ]
    files = sorted((ROOT / "corpus" / "annotated").glob("u*.jsonl"), key=lambda p: int(p.stem[1:]))
    for f in files:
        if f.stem in NOT_READ:
            continue
        out[f.stem] = [json.loads(x) for x in f.read_text("utf-8").splitlines() if x.strip()]
    return out


def sentences(text: str) -> list[str]:
    return [m.group().strip() for m in SENT.finditer(text) if m.group().strip()]


def overlaps(sent: str, evidence: str) -> bool:
    """Evidence is a sentence or clause: it overlaps when one holds the other or they share 12 chars."""
    ev = evidence.strip()
    if not ev:
        return False
    if ev in sent or sent in ev:
        return True
    core = sent[: min(len(sent), 24)]
    return len(core) >= 12 and core[:12] in ev


def forms(ent: dict) -> list[str]:
    return [ent["name"], *ent.get("aliases", [])]


def mentioned(doc: dict, sent: str, types: set[str] | None = None) -> list[dict]:
    return [
        e
        for e in doc["entities"]
        if (types is None or e["type"] in types) and any(f and f in sent for f in forms(e))
    ]


ORG = {"PartyGovBody", "MilitaryUnit", "Enterprise", "ResearchInstitute", "Association", "Location", "Person"}


def rels_in(doc: dict, sent: str, rtype: str) -> list[dict]:
    return [r for r in doc["relations"] if r["type"] == rtype and overlaps(sent, r["evidence"])]


def call_meet(doc: dict):
    """会见/会谈 between two named actors: COORDINATES_WITH between them in that sentence, or nothing."""
    for s in sentences(doc["text"]):
        if MEET.search(s) and len(mentioned(doc, s, ORG)) >= 2:
            has = rels_in(doc, s, "COORDINATES_WITH")
            cue = bool(re.search(r"交流|合作|对接|對接|協同|协同", s))
            yield ("yes" if has else "no") + ("+cue" if cue else "-cue"), s


def call_thanks(doc: dict):
    """Thanks for support: SUPPORTS from the thanked body to the thanker's side, or nothing."""
    for s in sentences(doc["text"]):
        if THANK.search(s) and len(mentioned(doc, s, ORG)) >= 1:
            yield ("yes" if rels_in(doc, s, "SUPPORTS") else "no"), s


def call_past(doc: dict):
    """A past post (曾任, 原…, 时任): HOLDS_POSITION for it, or nothing."""
    persons = [e for e in doc["entities"] if e["type"] == "Person"]
    for s in sentences(doc["text"]):
        for m in PAST.finditer(s):
            tail = s[m.start() : m.start() + 40]
            who = [p for p in persons if any(f in s for f in forms(p))]
            if not who:
                continue
            hp = [r for r in rels_in(doc, s, "HOLDS_POSITION") if any(r["head"] == p["name"] for p in who)]
            bodies = [
                e for e in doc["entities"] if e["type"] != "Person" and any(f in tail for f in forms(e))
            ]
            if not bodies:
                yield "no-body", s
                continue
            hit = [r for r in hp if any(r["tail"] == b["name"] for b in bodies)]
            yield ("yes" if hit else "no"), s


def _zone_of(doc: dict, board: dict) -> dict | None:
    stem = ZONE_BOARD.sub("", board["name"])
    for e in doc["entities"]:
        if e["type"] == "IndustrialPark" and any(
            f and (stem.endswith(f) or f.endswith(stem)) for f in forms(e)
        ):
            return e
    return None


def call_board(doc: dict):
    """A 管委会 of a zone that is an entity: PART_OF / LOCATED_IN that zone, or nothing to it."""
    for e in doc["entities"]:
        if not ZONE_BOARD.search(e["name"]):
            continue
        zone = _zone_of(doc, e)
        if zone is None:
            yield "no-zone-entity", e["name"]
            continue
        kinds = sorted(
            {r["type"] for r in doc["relations"] if r["head"] == e["name"] and r["tail"] == zone["name"]}
        )
        yield ("+".join(kinds) if kinds else "none"), f"{e['name']} -> {zone['name']}"


def call_signing(doc: dict):
    """Signers at a named event (会上/仪式上/期间, or the event named): PARTICIPATES_IN or nothing."""
    events = [e for e in doc["entities"] if e["type"] == "Event"]
    if not events:
        return
    for s in sentences(doc["text"]):
        if not SIGN.search(s):
            continue
        ev = [e for e in events if any(f in s for f in forms(e))]
        anaphor = re.search(r"会上|會上|仪式上|儀式上|现场|現場|期间|期間|活动中|活動中", s)
        if not ev and not anaphor:
            continue
        coord = rels_in(doc, s, "COORDINATES_WITH")
        if not coord:
            continue  # no signing pair annotated in this sentence: not the construction
        signers = {r["head"] for r in coord} | {r["tail"] for r in coord}
        part = [r for r in rels_in(doc, s, "PARTICIPATES_IN") if r["head"] in signers]
        yield ("yes" if part else "no") + ("-named" if ev else "-anaphor"), s


def call_generic_force(doc: dict):
    """武警部队 / 驻地部队 (no place name): an entity or not."""
    names = {f for e in doc["entities"] for f in forms(e)}
    for m in GENERIC_FORCE.finditer(doc["text"]):
        w = m.group()
        # a longer name holding the word (武警部队代表团) decides for that name, not the word
        longer = [f for f in names if w in f and f != w]
        yield ("entity" if w in names else ("inside:" + longer[0] if longer else "none")) + f":{w}", w


def call_former_name(doc: dict):
    """A former name (原名, 前身, 更名): an alias of the entity, or a separate/no entity."""
    for s in sentences(doc["text"]):
        if not FORMER_NAME.search(s):
            continue
        ents = mentioned(doc, s)
        pair = [e for e in ents if sum(1 for f in forms(e) if f in s) >= 2]
        yield ("alias" if pair else f"no-alias({len(ents)} ents)"), s


def call_guideline(doc: dict):
    """The named military strategic guideline (新时代军事战略方针): a Policy or nothing; IMPLEMENTS to it."""
    for s in sentences(doc["text"]):
        for m in GUIDELINE.finditer(s):
            ents = [
                e
                for e in doc["entities"]
                if any(f and f in m.group() and ("方针" in f or "方針" in f) for f in forms(e))
            ]
            if not ents:
                yield "none", s
                continue
            impl = [r for r in rels_in(doc, s, "IMPLEMENTS") if r["tail"] == ents[0]["name"]]
            yield f"{ents[0]['type']}" + ("+IMPLEMENTS" if impl else ""), s


CALLS = {
    "a_meet": call_meet,
    "b_thanks": call_thanks,
    "c_past_post": call_past,
    "d_zone_board": call_board,
    "e_signing_event": call_signing,
    "f_generic_force": call_generic_force,
    "g_former_name": call_former_name,
    "j_strategic_guideline": call_guideline,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", default="", help="print the sentences of this call")
    a = ap.parse_args()
    data = batches()
    for cname, fn in CALLS.items():
        per: dict[str, Counter] = defaultdict(Counter)
        for bname, docs in data.items():
            for d in docs:
                for verdict, s in fn(d):
                    per[bname][verdict] += 1
                    if a.examples == cname:
                        print(f"  {d['id']:7} {verdict:18} {s[:110]}")
        total = Counter()
        for c in per.values():
            total.update(c)
        print(f"== {cname}: total {dict(total)}")
        for bname, c in per.items():
            print(f"   {bname:6} {dict(c)}")


if __name__ == "__main__":
    main()
