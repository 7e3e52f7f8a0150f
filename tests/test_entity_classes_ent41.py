"""Entity classes from the ent41 round (issue 10): persons and titles of proposals and replies. Each
class right in at least three READ batches; every text here is invented."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_the_salutation_of_a_reply_names_the_members_it_answers():
    # a reply to a proposal opens with a line of the members (委员) or deputies (代表) it answers
    found = ents("青山县发展改革局关于第12号提案的答复\n周明远、吴秀芬、马金顺委员:\n你们提出的提案收悉。")
    for nm in ("周明远", "吴秀芬", "马金顺"):
        assert found[nm][0] == "Person"
    found = ents("东林区住建局答复\n郭翠屏代表:\n您提出的建议收悉,现答复如下。")
    assert found["郭翠屏"][0] == "Person"
    found = ents("答复函\n阿布都·热合曼、孙德旺委员:\n您提出的提案收悉。")
    assert found["孙德旺"][0] == "Person" and found["阿布都·热合曼"][0] == "Person"
    # a line that addresses no one by name is left out
    found = ents("各位代表:\n现在我作政府工作报告。")
    assert "各位" not in found


def test_the_title_of_a_reply_to_a_numbered_proposal_is_one_policy():
    # issuer, meeting and number all stand inside the title; the meeting is no Event of its own here
    found = ents("青山县民政局关于青山县十届人大一次会议第12号建议的答复\n周明远代表:\n您提出的建议收悉。")
    assert found["青山县民政局关于青山县十届人大一次会议第12号建议的答复"][0] == "Policy"
    assert "青山县十届人大一次会议" not in found
    found = ents("对县十届政协一次会议 第 140 号提案的答复\n夏明远委员:\n您提出的提案收悉。")
    assert found["对县十届政协一次会议 第 140 号提案的答复"][0] == "Policy"
    found = ents("文件名称:关于东林市政协第五次会议第4114号(经济类24号)提案答复的函\n文件编号:")
    assert found["关于东林市政协第五次会议第4114号(经济类24号)提案答复的函"][0] == "Policy"
    # a sentence that mentions a reply is no title line
    found = ents("会议听取了对县十届政协一次会议第140号提案的答复情况,并作出部署。")
    assert not any(n.endswith("答复") for n in found)
