"""Entity classes from the ent45 round (issue 10: policies, projects and events on text the rules
have not met). Every text here is invented (青山市, 东川县); each class was right in at least three
READ batches and wrong in none, and each test also says what must stay unfound."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_the_partys_nationwide_study_campaigns_are_projects_without_a_head_word():
    # class A: a nationwide campaign of the party is named by its own words, no 活动/工程 after it
    found = ents("青山市委结合党史学习教育，开展走访慰问活动。")
    assert found["党史学习教育"] == ("Project", [])
    found = ents("东川县人武部积极开展党纪学习教育，确保学习教育取得实效。")
    assert found["党纪学习教育"] == ("Project", [])
    assert "学习教育" not in found  # the campaign named again by its kind: no second entity
    found = ents("此项工作是党的群众路线教育实践活动的一项具体内容。")
    assert found["党的群众路线教育实践活动"][0] == "Project"
    found = ents("围绕“两学一做”，青山市委组织专题学习。")
    assert found["两学一做"][0] == "Project"
    # a slogan of the same texts is no campaign
    found = ents("我们要不忘初心、牢记使命，推动青山市高质量发展。")
    assert not any(t == "Project" for t, _ in found.values())


def test_a_national_law_named_bare_by_its_short_name_is_a_policy():
    # class B: the defence laws by their short names, without 《》 around them
    found = ents("张某说，现行国防教育法与青山市的实际不相适应。")
    assert found["国防教育法"] == ("Policy", [])
    found = ents("青山县检察院根据英雄烈士保护法有关规定，依法提起公益诉讼。")
    assert found["英雄烈士保护法"][0] == "Policy"
    # with the state's name before it, the law's full name (a title broken after 《 too: since ent55 the
    # wrapped title is one Policy with its marks, as the gold writes a quoted title)
    found = ents("各单位要认真贯彻落实《\n中华人民共和国军事设施保护法》，维护东川县军事设施安全。")
    laws = [n for n, (t, _) in found.items() if t == "Policy" and "军事设施保护法" in n]
    assert [n.strip("《》").replace("\n", "").strip("《》") for n in laws] == ["中华人民共和国军事设施保护法"]
    # the laws of a field, no one law
    for text in ("检查督促国防法规的贯彻执行。", "防空警报试鸣是贯彻人民防空法律法规的需要。",
                 "加强青山市国防动员法制建设。"):
        assert not any(t == "Policy" for t, _ in ents(text).values()), text
