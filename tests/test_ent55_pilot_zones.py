"""ent55 (issue 10 §3): a 试验区 named for the policy it pilots (reform, a first trial, free trade,
development) is a designation a place holds, a Policy (GUIDELINES "Designation or place"); one named
for its industry stays a park. Right in READ u42, u79, u99, u101, wrong in none. Names invented."""

from __future__ import annotations

from tests.entity_helpers import ents


def _typed(text: str) -> dict[str, str]:
    return {n: t for n, (t, _) in ents(text).items()}


def test_a_zone_named_for_the_policy_it_pilots_is_a_policy():
    assert _typed("白水市获批建设白水市智能制造先行试验区。").get("白水市智能制造先行试验区") == "Policy"
    assert _typed("推进青山市绿色发展试验区建设。").get("青山市绿色发展试验区") == "Policy"
    found = _typed("青石省被列为全国“三化”综合配套改革试验区,")
    assert found.get("全国“三化”综合配套改革试验区") == "Policy"


def test_a_zone_named_for_its_industry_stays_a_park():
    assert _typed("白水循环经济试验区内企业增至30家。").get("白水循环经济试验区") == "IndustrialPark"
