"""Round ent52 (issue 10): border-management police named as government bodies (decision (ad));
invented names only. Fails without heads.tsv's 边境管理支队/边境派出所 rows."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_border_police_station_is_a_government_body_and_its_chain_short_form_an_alias():
    found = ents("栏目组赶赴青山边境管理支队东岭边境派出所拍摄。东岭边境派出所辖区边境线狭长。"
                 "白水边境派出所创新驻村模式。")
    assert found["青山边境管理支队东岭边境派出所"] == ("PartyGovBody", ["东岭边境派出所"])
    assert found["白水边境派出所"][0] == "PartyGovBody"
