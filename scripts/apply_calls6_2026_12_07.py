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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_rows import run  # noqa: E402

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


def main() -> None:
    run(HAND, REASONS, "Ninth session (calls6): decisions (ah)–(an)", first_held=92)


if __name__ == "__main__":
    main()
