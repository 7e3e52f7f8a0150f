"""Apply the fifth session's decisions (k)–(q) on annotation calls the READ gold disagreed on (issue 10).

    python3 scripts/apply_calls3_2026_12_07.py --call k [--dry-run]

The decisions and their counts are in corpus/annotated/README.md ("Decisions on calls the batches
disagreed on (2026-12-07)", rows (k)–(q)); the counts come from scripts/calls_survey.py. Only READ
batches are changed (u1–u12, u14, u16–u64): the CHECK batches u13/u15 are neither read nor written,
held-out batches are not in the checkout. Mechanical decisions are one rule each; the others are hand
changes listed in HAND (made after reading each sentence). Each run appends its changes to
corpus/annotated/CORRECTIONS-2026-12-07.md (document, old, new, reason); a second run of the same call
changes nothing and writes nothing. One call a run, so that each decision is its own commit.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANN = ROOT / "corpus" / "annotated"
OUT = ANN / "CORRECTIONS-2026-12-07.md"
NOT_READ = {"u13", "u15"}
SENT = re.compile(r"[^。！？!?\n]+[。！？!?]?")
XI_CORE = re.compile(r"(以|在)(习近平|習近平)(同志)?(为|為)(核心|总书记|總書記)的(党中央|黨中央)")
DANGGUAN = ("党管武装", "黨管武裝")
ZONE_PARTY = re.compile(r"(党工委|黨工委)$")

REASONS = {
    "k": (
        "decision (k): a garrison or military organ that 支持/支援地方(经济)建设 SUPPORTS the place the same"
        " sentence names on its own (为X发展作出贡献, 助力X); none when the place is named only inside the"
        " unit's name (驻X部队) or as 地方 (dev d12)"
    ),
    "l": (
        "decision (l): co-founders of one founding clause (由A、B和C共同/联合/合作成立…) COORDINATE_WITH each"
        " other, pairwise (dev d11; majority)"
    ),
    "m": (
        "decision (m): 以习近平同志为核心的党中央 gives 习近平 HOLDS_POSITION 党中央"
        " (seeds s000, s003; dev d01)"
    ),
    "n": (
        "decision (n): bodies that jointly issue a document with 联合/会同 (A、B联合印发/下发/出台)"
        " COORDINATE_WITH each other, pairwise; a bare A、B印发 gives none (guidelines' cue 联合; majority)"
    ),
    "o": (
        "decision (o): an Event held 在京/在汉 (a one-character place form) gets LOCATED_IN that place;"
        " the form is the place's alias, or a Location named as written when the full name is no entity"
        " (guidelines' Event venue; u19-09, u47-06)"
    ),
    "p": (
        "decision (p): a bare 党管武装 (党管武装工作, …责任) is a Policy, the named system"
        " (an alias of 党管武装制度 where that is named; seeds s003, guidelines' named systems)"
    ),
    "q": (
        "decision (q): a zone's 党工委 gets no PART_OF / LOCATED_IN to its zone, as the zone's 管委会"
        " (decision (d), dev d07, d11: a zone is no organisation parent for name-internal PART_OF)"
    ),
}

# Hand changes in READ batches: (doc, call, kind, payload). Entities before relations.
HAND = [
    ("u12-04", "k", "rel", ("驻陕部队", "SUPPORTS", "陕西", "希望驻陕部队一如既往支持")),
    ("u19-06", "k", "rel", ("驻浔部队", "SUPPORTS", "九江市", "积极支援地方建设")),
    ("u19-07", "k", "rel", ("重庆警备区", "SUPPORTS", "重庆", "积极支持和参与地方经济社会发展")),
    ("u41-02", "l", "rel", ("中光学集团股份有限公司", "COORDINATES_WITH", "南阳投资集团", "共同发起")),
    ("u41-02", "l", "rel", ("中光学集团股份有限公司", "COORDINATES_WITH", "上海霖鼎光学", "共同发起")),
    ("u41-02", "l", "rel", ("南阳投资集团", "COORDINATES_WITH", "上海霖鼎光学", "共同发起")),
    (
        "u60-07",
        "n",
        "rel",
        ("青海省退役軍人事務廳", "COORDINATES_WITH", "青海省軍區(qū)政治工作局", "聯合下發"),
    ),
    (
        "u60-07",
        "n",
        "rel",
        ("青海省退役軍人事務廳", "COORDINATES_WITH", "青海省雙擁工作領導小組辦公室", "聯合下發"),
    ),
    (
        "u60-07",
        "n",
        "rel",
        ("青海省軍區(qū)政治工作局", "COORDINATES_WITH", "青海省雙擁工作領導小組辦公室", "聯合下發"),
    ),
    ("u11-07", "o", "entity", {"name": "京", "type": "Location", "aliases": []}),
    ("u11-07", "o", "rel", ("郑洛新国家自主创新示范区开放合作北京推介会", "LOCATED_IN", "京", "在京召开")),
]


# the sentence and entity helpers of the first calls script (same folder: on sys.path when run as a script)
from apply_calls_2026_12_07 import ent_of, fmt_rel, forms, sentence_with, sentences  # noqa: E402,F401
from apply_calls_2026_12_07 import has_rel as _has_rel  # noqa: E402


def has_rel(doc: dict, h: str, t: str, typ: str) -> bool:
    """A relation of the document, either way round for COORDINATES_WITH (a symmetric type)."""
    return _has_rel(doc, h, t, typ, symmetric=typ == "COORDINATES_WITH")


Log = list[tuple[str, str, str, str]]


def apply_hand(doc: dict, call: str, log: Log) -> None:
    names = {e["name"] for e in doc["entities"]}
    for did, c, kind, payload in HAND:
        if did != doc["id"] or c != call:
            continue
        if kind == "entity":
            if ent_of(doc, payload["name"]) is None:
                assert payload["name"] in doc["text"], payload
                doc["entities"].append(dict(payload))
                names.add(payload["name"])
                log.append((did, "(none)", f"entity {payload['name']} ({payload['type']})", REASONS[call]))
            continue
        h, typ, t, frag = payload
        assert h in names and t in names, (did, h, t)
        if not has_rel(doc, h, t, typ):
            r = {"head": h, "type": typ, "tail": t, "evidence": sentence_with(doc["text"], frag)}
            doc["relations"].append(r)
            log.append((did, "(none)", fmt_rel(r), REASONS[call]))


def call_m(doc: dict, log: Log) -> None:
    """以习近平同志为核心的党中央: 习近平 HOLDS_POSITION 党中央 once in the document (both entities)."""
    s = next((s for s in sentences(doc["text"]) if XI_CORE.search(s)), None)
    if s is None:
        return
    xi = next(
        (e for e in doc["entities"] if e["type"] == "Person" and any("近平" in f for f in forms(e))), None
    )
    cc = next((e for e in doc["entities"] if any(f in ("党中央", "黨中央") for f in forms(e))), None)
    if xi is None or cc is None or has_rel(doc, xi["name"], cc["name"], "HOLDS_POSITION"):
        return
    r = {"head": xi["name"], "type": "HOLDS_POSITION", "tail": cc["name"], "evidence": s}
    doc["relations"].append(r)
    log.append((doc["id"], "(none)", fmt_rel(r), REASONS["m"]))


def _bare_dangguan(doc: dict) -> str | None:
    """The written form of a 党管武装 mention that no longer entity form holds, if any."""
    longer = [
        f for e in doc["entities"] for f in forms(e) if any(w in f for w in DANGGUAN) and f not in DANGGUAN
    ]
    for w in DANGGUAN:
        held = sum(doc["text"].count(f) * f.count(w) for f in longer)
        if doc["text"].count(w) > held:
            return w
    return None


def call_p(doc: dict, log: Log) -> None:
    """A bare 党管武装: a Policy; an alias of the document's 党管武装制度 where that is named."""
    w = _bare_dangguan(doc)
    if w is None or any(ent_of(doc, f) for f in DANGGUAN):
        return
    system = next((e for e in doc["entities"] if e["name"] in (w + "制度", w + "製度")), None)
    if system is not None:
        system["aliases"].append(w)
        log.append((doc["id"], f"{system['name']} aliases", f"+{w}", REASONS["p"]))
        return
    doc["entities"].append({"name": w, "type": "Policy", "aliases": []})
    log.append((doc["id"], "(none)", f"entity {w} (Policy)", REASONS["p"]))


def call_q(doc: dict, log: Log) -> None:
    """Drop PART_OF / LOCATED_IN from a zone's 党工委 to the zone (IndustrialPark its name begins with)."""
    parks = {e["name"]: e for e in doc["entities"] if e["type"] == "IndustrialPark"}
    keep = []
    for r in doc["relations"]:
        zone = parks.get(r["tail"])
        stem = ZONE_PARTY.sub("", r["head"]) if ZONE_PARTY.search(r["head"]) else ""
        if (
            r["type"] in {"PART_OF", "LOCATED_IN"}
            and zone
            and stem
            and any(stem.endswith(f) for f in forms(zone))
        ):
            log.append((doc["id"], fmt_rel(r), "(removed)", REASONS["q"]))
            continue
        keep.append(r)
    doc["relations"] = keep


MECHANICAL: dict[str, Callable[[dict, Log], None]] = {"m": call_m, "p": call_p, "q": call_q}


def read_batches() -> list[Path]:
    paths = [p for p in ANN.glob("u*.jsonl") if p.stem not in NOT_READ and int(p.stem[1:]) <= 64]
    return sorted(paths, key=lambda p: int(p.stem[1:]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--call", required=True, choices=sorted(REASONS))
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    log: Log = []
    for path in read_batches():
        docs = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
        start = len(log)
        for d in docs:
            if a.call in MECHANICAL:
                MECHANICAL[a.call](d, log)
            apply_hand(d, a.call, log)
        for row in log[start:]:
            print(" | ".join(row[:3]))
        if not a.dry_run and len(log) > start:
            path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    if not a.dry_run and log:
        write_log(a.call, log)


def write_log(call: str, log: Log) -> None:
    head = "## Fifth session (calls3): decisions (k)–(q)"
    text = OUT.read_text("utf-8").rstrip("\n")
    if head not in text:
        text += (
            f"\n\n{head}\n\nMade by `scripts/apply_calls3_2026_12_07.py --call <k…q>` (READ batches only;"
            " u13/u15 neither read nor written). Decisions and counts: README.md, rows (k)–(q).\n\n"
            "| document | old | new | reason |\n| --- | --- | --- | --- |"
        )
    for row in log:
        text += "\n| " + " | ".join(c.replace("|", "\\|") for c in row) + " |"
    OUT.write_text(text + "\n", "utf-8")


if __name__ == "__main__":
    main()
