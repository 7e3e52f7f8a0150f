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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_rows import run  # noqa: E402

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


def main() -> None:
    run(HAND, REASONS, "Seventh session (calls4): decisions (r)–(z)", first_held=77)


if __name__ == "__main__":
    main()
