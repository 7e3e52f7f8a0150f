"""One body, one entity (ent43, issue 10 §3): a group firm's or a unit's short and full forms are
one entity, not two. Every name here is invented; each test also says what must stay apart (two
bodies are never merged: a park and its 管委会, a firm and another firm)."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_group_firm_named_without_its_parent_groups_name_is_that_firm():
    # the parent group's name (the opening of a group of groups.tsv, 中国 before it or not) left out
    found = ents("航天科工红星机械集团有限公司召开大会。会上，红星机械集团与东川市签订协议。")
    assert found["航天科工红星机械集团有限公司"][1] == ["红星机械集团"]
    found = ents("中国航天红星集团公司与东川市签约。红星集团将在东川市建设基地。")
    assert found["中国航天红星集团公司"][1] == ["红星集团"]
    # a firm with a place in its name is cut at the parent's name only, not at the place
    found = ents("航天科工青山飞机工业集团有限责任公司召开大会。青山飞机工业集团有限责任公司董事长讲话。")
    assert found["航天科工青山飞机工业集团有限责任公司"][1] == ["青山飞机工业集团有限责任公司"]
    # a head that is no parent group's name (another firm, a place) leaves the two apart
    found = ents("东方重工红星集团公司与东川市签约。红星集团将在东川市建设基地。")
    assert "红星集团" in found


def test_a_unit_named_by_the_last_unit_of_a_chain_is_that_unit():
    # the chain's last unit past a unit word (总队, 支队, 军区), its first words in front or not
    found = ents("武警东川总队青山支队红星中队组织训练。武警红星中队官兵参加。")
    assert found["武警东川总队青山支队红星中队"][1] == ["武警红星中队"]
    found = ents("中国人民武装警察部队东川总队青山支队红星中队组织训练。红星中队官兵参加。")
    assert found["中国人民武装警察部队东川总队青山支队红星中队"][1] == ["红星中队"]
    found = ents("东川军区青山军分区召开会议。东川青山军分区司令员讲话。")
    assert found["东川军区青山军分区"][1] == ["东川青山军分区"]
    # two units of the name under two 支队: the bare name is left alone
    found = ents("武警东川总队青山支队红星中队和东川支队红星中队组织训练。红星中队官兵参加。")
    assert "红星中队" in found
