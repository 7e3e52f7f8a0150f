"""Generator `title_bodies`: bodies named inside a title (市政府党组书记, 统战部部长)."""

from __future__ import annotations

from ingest.components.candidate import Cand
from ingest.components.name_context import NameContext
from ingest.components.name_rules import (
    BARE_MIL_DEPT,
    BARE_PARTY_DEPT,
    BARE_ZONE_BODY,
    BODY_HEAD_TITLE,
    ORG_TYPES,
    PARTY_GROUP_TITLE,
)

# 国资委党委书记, 东山大学党委书记: the annotated batches name the body itself (国资委, 东山大学), not
# its Party group or committee, as the entity the person holds a post in (4 of 4 such titles in
# u1-u6, none the other way). The group stays proposable: set True to name X党组/X党委 instead.
PARTY_GROUPS_AS_ENTITIES = False


def title_bodies(ctx: NameContext, t: str, chosen: list[Cand], nested: list[Cand]) -> list[Cand]:
    """Bodies named inside a title: 市政府党组书记 (the Party group of a body found just before),
    统战部部长 in a list of titles (the jurisdiction's one Party department of that name).
    When the person also heads the body itself (X党组书记、局长), the body goes to `nested`."""
    out = []
    if "党" in t and PARTY_GROUPS_AS_ENTITIES:
        for c in chosen:
            if c.type in ORG_TYPES and (m := PARTY_GROUP_TITLE.match(t, c.end)):
                out.append(Cand(c.start, c.end + 2, "PartyGovBody", "rule:party_group", 0.7, 2))
                if BODY_HEAD_TITLE.match(t, m.end()):
                    nested.append(c)
    if "部长" in t:
        for m in BARE_PARTY_DEPT.finditer(t):
            out.append(Cand(m.start(1), m.end(1), "PartyGovBody", "rule:party_dept", 0.6, 1))
    if "部" in t:  # 参谋长甲、政治部主任乙: the unit's department, when a post follows it
        for m in BARE_MIL_DEPT.finditer(t):
            if ctx.title_re.match(t, m.end(1)):
                out.append(Cand(m.start(1), m.end(1), "MilitaryUnit", "rule:mil_dept", 0.6, 1))
    if "管委会" in t or "党工委" in t:
        for m in BARE_ZONE_BODY.finditer(t):
            out.append(Cand(m.start(1), m.end(1), "PartyGovBody", "rule:party_dept", 0.6, 1))
    return out
