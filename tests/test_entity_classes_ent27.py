"""Entity classes from the ent27 round (issue 10): firms and bodies cut or over-extended in running
text, each class right in at least three READ batches. Every text here is invented; each test also
says what must still be left out."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_role_noun_or_the_owner_place_before_a_name_is_no_part_of_it():
    # the body's role in the clause (编制单位, 建设主体), the park it belongs to (园区) or a verb of
    # having (区域内有) glued before a firm's or an institute's name is cut off
    found = ents("会上,规划编制单位青山宇航研究院汇报了规划编制情况。")
    assert found["青山宇航研究院"][0] == "ResearchInstitute" and "单位青山宇航研究院" not in found
    found = ents("白沙工业园的建设主体东方重工精密机械有限公司已完成投资。")
    assert found["东方重工精密机械有限公司"][0] == "Enterprise"
    found = ents("近日,东川核技术产业园传来喜讯,园区青山同源科技有限公司的新产品下线。")
    assert found["青山同源科技有限公司"][0] == "Enterprise"
    found = ents("从地理位置来看,区域内有青钢集团公司等大型企业。")
    assert found["青钢集团公司"][0] == "Enterprise"
    # the words inside a firm's name stay (a park word or 主体 not opening the name, or opening it
    # without a role's verb)
    found = ents("青山白沙园区开发有限公司成立。东方主体结构工程有限公司中标。")
    assert "青山白沙园区开发有限公司" in found and "东方主体结构工程有限公司" in found
