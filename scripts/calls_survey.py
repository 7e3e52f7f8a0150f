"""Count how each annotated batch (and seeds/dev) decides the annotation calls of issue 10.

    python3 scripts/calls_survey.py [--examples]

Held-out figures should measure the extractor, not the annotator of a batch. For each call this
finds the construction in the text (a regular expression over sentences) and checks what the gold
says there, then prints one line a call with the count of "yes" and "no" decisions per batch.
CHECK batches (u13, u15) and held-out batches are never read: only the READ batches of the
rule-round protocol (u1–u12, u14, u16–u64 in the fifth session) and ../shared/gold are.
Calls a–g are the first survey's; k–q are the fifth session's (calls3).
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


def _zone_ties(doc: dict, body: dict, zone: dict | None) -> tuple[str, str]:
    """(the relation types from a zone's body to its zone, or none / no-zone-entity; what was read)."""
    if zone is None:
        return "no-zone-entity", body["name"]
    kinds = sorted(
        {r["type"] for r in doc["relations"] if r["head"] == body["name"] and r["tail"] == zone["name"]}
    )
    return ("+".join(kinds) if kinds else "none"), f"{body['name']} -> {zone['name']}"


def call_board(doc: dict):
    """A 管委会 of a zone that is an entity: PART_OF / LOCATED_IN that zone, or nothing to it."""
    for e in doc["entities"]:
        if not ZONE_BOARD.search(e["name"]):
            continue
        zone = _zone_of(doc, e)
        yield _zone_ties(doc, e, zone)


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
# --- fifth session (calls3): calls k–q -------------------------------------------------------

GARRISON_HELP = re.compile(
    r"(支持|支援)(和|、)?(参与|參與|投身)?(地方|驻地|駐地)[^,，。;；]{0,8}(建设|建設|发展|發展)"
)
JOINT_CUE = re.compile(r"联合|聯合|合作|携手|攜手|会同|會同")
XI_CORE = re.compile(r"(以|在)(习近平|習近平)(同志)?(为|為)(核心|总书记|總書記)的(党中央|黨中央)")
ISSUE = re.compile(r"印发|印發|下发|下發|出台|发出|發出|制定下发|联合发文|聯合發文|颁布|頒布")
VENUE_ABBR = re.compile(
    r"在(京|沪|滬|津|渝|蓉|穗|榕|汉|漢|筑|築|甬|厦|廈|邕)[^,，。]{0,12}?"
    r"(召开|召開|举行|舉行|举办|舉辦|开幕|開幕|闭幕|閉幕)"
)
DANGGUAN = re.compile(r"党管武装|黨管武裝")
ZONE_PARTY = re.compile(r"(党工委|黨工委)$")


def standalone(doc: dict, sent: str, ent: dict) -> bool:
    """A form of ent occurs in sent outside every longer entity form (not only nested in a name)."""
    longer = [f for e in doc["entities"] if e is not ent for f in forms(e) if f]
    for f in forms(ent):
        if not f:
            continue
        start = sent.find(f)
        while start >= 0:
            end = start + len(f)
            covered = any(
                len(g) > len(f) and any(k <= start and end <= k + len(g) for k in _positions(sent, g))
                for g in longer
                if f in g
            )
            if not covered:
                return True
            start = sent.find(f, start + 1)
    return False


def _positions(sent: str, g: str) -> list[int]:
    out, k = [], sent.find(g)
    while k >= 0:
        out.append(k)
        k = sent.find(g, k + 1)
    return out


def call_garrison_support(doc: dict):
    """k: a military unit 支持/支援地方建设: SUPPORTS to a place, split by whether the sentence names
    the place on its own (为X发展作出贡献, 助力X) or only inside the unit's name (驻X部队) / as 地方."""
    units = [e for e in doc["entities"] if e["type"] == "MilitaryUnit"]
    for s in sentences(doc["text"]):
        if not GARRISON_HELP.search(s):
            continue
        here = [u for u in units if standalone(doc, s, u)]
        if not here:
            continue
        places = [e for e in mentioned(doc, s, {"Location"}) if standalone(doc, s, e)]
        sup = [r for r in rels_in(doc, s, "SUPPORTS") if r["head"] in {u["name"] for u in here}]
        yield ("yes" if sup else "no") + ("+place" if places else "-place"), s


def call_cofounders(doc: dict):
    """l: co-founders of one founding clause (ESTABLISHED heads sharing evidence and tail):
    COORDINATES_WITH between each pair, tagged by the clause's joint word (联合/合作…, 共同, none)."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in doc["relations"]:
        if r["type"] == "ESTABLISHED":
            groups[(r["evidence"], r["tail"])].append(r["head"])
    co = {frozenset((r["head"], r["tail"])) for r in doc["relations"] if r["type"] == "COORDINATES_WITH"}
    for (ev, tail), heads in groups.items():
        if len(heads) < 2:
            continue
        pairs = [frozenset((a, b)) for i, a in enumerate(heads) for b in heads[i + 1 :]]
        n = sum(p in co for p in pairs)
        verdict = "yes" if n == len(pairs) else ("part" if n else "no")
        cue = "cue" if JOINT_CUE.search(ev) else ("共同" if re.search("共同|共建", ev) else "none")
        yield f"{verdict}+{cue}", f"{n}/{len(pairs)} -> {tail}: {ev}"


def call_xi_core(doc: dict):
    """m: 以习近平同志为核心的党中央: 习近平 HOLDS_POSITION 党中央 in the document, or not."""
    if not XI_CORE.search(doc["text"]):
        return
    xi = {e["name"] for e in doc["entities"] if e["type"] == "Person" and any("近平" in f for f in forms(e))}
    cc = {e["name"] for e in doc["entities"] if any(f in ("党中央", "黨中央") for f in forms(e))}
    hp = [
        r for r in doc["relations"] if r["type"] == "HOLDS_POSITION" and r["head"] in xi and r["tail"] in cc
    ]
    yield ("yes" if hp else "no"), XI_CORE.search(doc["text"]).group()


def call_joint_issue(doc: dict):
    """n: two or more named bodies issue one document (A与B联合印发; A、B印发): COORDINATES_WITH or not,
    tagged by 联合/会同 before the verb or none."""
    orgs = ORG - {"Person", "Location"}
    for s in sentences(doc["text"]):
        m = ISSUE.search(s)
        if not m:
            continue
        before = s[: m.start()]
        near = before[-40:]
        issuers = [e for e in mentioned(doc, near, orgs) if standalone(doc, near, e)]
        if len(issuers) < 2:
            continue
        cue = "联合" if JOINT_CUE.search(near[-12:]) else "bare"
        has = rels_in(doc, s, "COORDINATES_WITH")
        yield ("yes" if has else "no") + "+" + cue, s


def call_venue_abbrev(doc: dict):
    """o: an Event held 在京/在汉 (a one-character place form): LOCATED_IN that place, or not."""
    events = [e for e in doc["entities"] if e["type"] == "Event"]
    for s in sentences(doc["text"]):
        m = VENUE_ABBR.search(s)
        if not m or not [e for e in events if any(f in s for f in forms(e))]:
            continue
        abbr = m.group(1)
        locs = {e["name"] for e in doc["entities"] if e["type"] == "Location" and abbr in forms(e)}
        li = [r for r in doc["relations"] if r["type"] == "LOCATED_IN" and r["tail"] in locs]
        yield ("yes" if li else ("no-entity" if not locs else "no")), s


def call_dangguan(doc: dict):
    """p: bare 党管武装 (党管武装工作, 党管武装政治责任): a Policy (name or alias) of the document,
    or none."""
    if not DANGGUAN.search(doc["text"]):
        return
    names = {f: e for e in doc["entities"] for f in forms(e)}
    bare = next((names[f] for f in ("党管武装", "黨管武裝") if f in names), None)
    inside = [f for f in names if DANGGUAN.search(f) and f not in ("党管武装", "黨管武裝")]
    n_bare = len(DANGGUAN.findall(doc["text"])) - sum(doc["text"].count(f) for f in inside)
    if n_bare <= 0 and bare is None:
        return
    yield ("policy" if bare is not None and bare["type"] == "Policy" else "none"), f"{n_bare} bare mentions"


def call_zone_party(doc: dict):
    """q: a zone's 党工委 where the zone is an entity: PART_OF / LOCATED_IN the zone, or nothing."""
    for e in doc["entities"]:
        if not ZONE_PARTY.search(e["name"]):
            continue
        stem = ZONE_PARTY.sub("", e["name"])
        zone = next(
            (
                z
                for z in doc["entities"]
                if z["type"] == "IndustrialPark" and any(f and stem.endswith(f) for f in forms(z))
            ),
            None,
        )
        yield _zone_ties(doc, e, zone)


CALLS = {
    "a_meet": call_meet,
    "b_thanks": call_thanks,
    "c_past_post": call_past,
    "d_zone_board": call_board,
    "e_signing_event": call_signing,
    "f_generic_force": call_generic_force,
    "g_former_name": call_former_name,
    "j_strategic_guideline": call_guideline,
    "k_garrison_support": call_garrison_support,
    "l_cofounders": call_cofounders,
    "m_xi_core": call_xi_core,
    "n_joint_issue": call_joint_issue,
    "o_venue_abbrev": call_venue_abbrev,
    "p_dangguan": call_dangguan,
    "q_zone_party": call_zone_party,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", default="", help="print the sentences of this call")
    ap.add_argument("--calls", default="", help="comma-separated call names (default: all)")
    a = ap.parse_args()
    data = batches()
    wanted = set(filter(None, a.calls.split(",")))
    for cname, fn in CALLS.items():
        if wanted and cname not in wanted:
            continue
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
