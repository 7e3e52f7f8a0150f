"""Project and Event errors of the first pass (text the rules had not met), grouped by construction (ent56).

    PYTHONPATH=$PWD .venv/bin/python bench/firstpass_pe_classes.py [--from 53] [--to 101] [--list]

For each READ batch in range, its first-pass file from the latest commit (bench/firstpass_rules.py) is
matched to gold as ../shared/eval/score.py matches (typed, greedy one to one): every gold Project/Event
left unmatched (FN) and every predicted Project/Event left unmatched (FP) is put in the first construction
class whose pattern its name holds (CLASSES, in order). A class is a candidate for a rule round when
it recurs in >= 4 batches of >= 3 sessions (evidence that new text meets it again). --list prints the
errors themselves (READ batches only: u13, u15 and the held-out batches are never read).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bench.firstpass_rules as fr  # noqa: E402
from bench.gold_eval import load_score  # noqa: E402

# (type, class, pattern on the name): the first that matches takes the error
CLASSES = [
    ("Event", "议军会: a committee's military-affairs sitting", r"议军|議軍"),
    ("Event", "exercise: drill, joint training, military exercise", r"演练|演練|演习|演習|联合训练"),
    ("Event", "exercise: air-raid alarm test", r"警报试|警報試"),
    ("Event", "joined name X暨Y (cut or merged)", r"暨"),
    ("Event", "term / ordinal sitting (N届…N次会议, 董事会第N次)", r"届|屆|第[一二三四五六七八九十]+次"),
    ("Event", "scope word cut (全州/全省/全区…会议)", r"^全[省市县区州]|^[州省]"),
    ("Event", "quoted title + meeting or activity word", r"“|「"),
    ("Event", "commemorative day (…日)", r"日$|纪念日"),
    ("Event", "other meeting, forum, ceremony names",
     r"会议|會議|大会|大會|会$|會$|论坛|論壇|峰会|仪式|儀式"),
    ("Project", "campaign named without a head (脱贫攻坚, 学习教育, 国防教育, 三线)",
     r"脱贫攻坚|脫貧攻堅|学习教育|主题教育|主題教育|国防教育|國防教育|三线|巡视"),
    ("Project", "phase 一期/二期", r"[一二三四五六七八九]期"),
    ("Project", "quoted “X”活动 / campaign", r"“|「"),
    ("Project", "real-estate / civil-defence works (小区, 地块, 嘉园, 民防工程)",
     r"小区|小區|地块|地塊|嘉園|嘉园|花园|富贵|青云台|民防工程|风情园|風情園"),
    ("Project", "专项行动 / 攻坚行动 / 十项行动", r"行动|行動"),
    ("Project", "national S&T programme (重大专项, 973计划)", r"专项|專項|计划$"),
    ("Project", "centre / platform / system as a project", r"中心|平台|平臺|系统|系統"),
    ("Project", "other …项目 / …工程 (boundary cut or generic)", r"项目|項目|工程"),
]


def errors(lo: int, hi: int) -> list[dict]:
    """Every first-pass Project/Event FN and FP of READ batches lo..hi."""
    fr.FIRST_HELD = hi + 1
    score = load_score()
    out = []
    for batch, f in sorted(fr.latest_files().items(), key=lambda x: int(x[0][1:])):
        if not lo <= int(batch[1:]) <= hi:
            continue
        gold = fr.read_jsonl(ROOT / "corpus" / "annotated" / f"{batch}.jsonl")
        pred = fr.read_jsonl(f)
        for gid, g in gold.items():
            gents, pents = g.get("entities", []), pred.get(gid, {}).get("entities", [])
            typed = score.match_entities(gents, pents, True)
            hit = set(typed.values())
            for kind, ents, ok in (("FP", pents, typed), ("FN", gents, hit)):
                for i, e in enumerate(ents):
                    if e.get("type") in ("Project", "Event") and i not in ok:
                        out.append({"kind": kind, "batch": batch, "doc": gid, "type": e["type"],
                                    "name": e.get("name", ""), "source": e.get("source", "")})
    return out


def session_of(batch: str) -> str:
    n = int(batch[1:])
    return "u97-u101" if n >= 97 else fr.session_of(batch)


def class_of(err: dict) -> str:
    for typ, name, rx in CLASSES:
        if typ == err["type"] and re.search(rx, err["name"]):
            return name
    return "other"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="lo", type=int, default=53)
    ap.add_argument("--to", dest="hi", type=int, default=101)
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    rows: dict = defaultdict(lambda: {"FN": 0, "FP": 0, "b": set(), "s": set()})
    for err in errors(a.lo, a.hi):
        key = (err["type"], class_of(err))
        r = rows[key]
        r[err["kind"]] += 1
        r["b"].add(err["batch"])
        r["s"].add(session_of(err["batch"]))
        if a.list:
            print(err["kind"], err["doc"], err["type"], key[1], "|", err["name"], err["source"])
    print("| type | class | first-pass FN | first-pass FP | batches | sessions | recurs (>= 4 b, >= 3 s) |")
    print("|---|---|---|---|---|---|---|")
    for (typ, cls), r in sorted(rows.items(), key=lambda kv: (kv[0][0], -len(kv[1]["b"]))):
        bs = sorted(r["b"], key=lambda b: int(b[1:]))
        rec = "yes" if len(bs) >= 4 and len(r["s"]) >= 3 else "no"
        print(f"| {typ} | {cls} | {r['FN']} | {r['FP']} | {len(bs)}: {', '.join(bs)} | {len(r['s'])} "
              f"| {rec} |")


if __name__ == "__main__":
    main()
