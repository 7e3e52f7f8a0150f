"""Entity classes of round ent19 (issue 10), read off the READ batches (u59–u64 the freshest);
invented names only. Each test fails without its class.
"""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_name_between_a_body_and_any_post_of_the_title_list():
    # name_rules.NAME_AFTER_BODY: the posts of titles.tsv (副区长, 副校长, 厂长 …), not a short hand
    # list; the name may be followed by a verb of the sentence (亲临, 致开幕词, 就); a department may
    # open the list item itself (、教务处乙某处长); a body's organ (党工委) is no name
    found = ents("东川市水利局王文秋副局长、区政府陈锁松副区长、区人武部李建斌部长等观摩演练。"
                 "东方重工装备有限公司张克明厂长亲临现场。青山大学赵晓云校长、冯晓华副校长、教务处崔明凯处长、"
                 "对外合作与联络处谭建某处长出席。青山市科学院钱七松院士就此作报告。"
                 "签约中,青山经济产业园区党工委书记、管委会主任周晓斌出席。")
    for name in ("陈锁松", "张克明", "冯晓华", "崔明凯", "谭建某", "钱七松"):
        assert found.get(name, ("",))[0] == "Person", name
    assert "党工委" not in found

