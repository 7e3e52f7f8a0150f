"""Entity classes from the ent25 round (issue 10; bodies feed issue 9's gap holders): bodies and places
the pipeline missed on the READ batches u65–u71 and before, each class right in at least three READ
batches. Every text here is invented; each test also says what must still be left out."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_veterans_service_bodies_have_their_heads():
    # a street's or village's veterans' service station, a district's retired-cadre sanatorium (军休所,
    # 军休中心, 军队离退休干部休养所): one body each when a place or level names it
    found = ents("调研组走访了区军休所、市军休中心、白沙县军队离退休干部休养所和东林街道青松社区退役军人服务站。")
    for name in ("区军休所", "市军休中心", "白沙县军队离退休干部休养所", "东林街道青松社区退役军人服务站"):
        assert found[name][0] == "PartyGovBody", name
    # a kind of station (村级, a count of them) is no body
    found = ents("全县18个街道退役军人服务站、640个村级退役军人服务站已进入实体化运行。")
    assert not any(n.endswith("退役军人服务站") for n in found)
