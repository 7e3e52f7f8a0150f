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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_rows import run  # noqa: E402

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


def main() -> None:
    run(HAND, REASONS, "Ninth session (calls5): decisions (ac)–(ag)", first_held=87)


if __name__ == "__main__":
    main()
