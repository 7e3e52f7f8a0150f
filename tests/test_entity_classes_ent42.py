"""Entity classes from the ent42 round (issue 10): what the rules had not met in the freshest READ
batches. Each class right in at least three READ batches; every text here is invented."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_name_after_an_everyday_noun_of_persons():
    # a martyr, a militiaman, a sentry, a post's head, a team member: the noun stands where a title does
    found = ents("白石山国防民兵哨所哨长赵永刚带领哨员开展巡逻。")
    assert found["赵永刚"][0] == "Person"
    found = ents("东林镇民兵钱晓梅作为代表发言。")
    assert found["钱晓梅"][0] == "Person"
    found = ents("志愿者来到墓前祭奠,烈士孙茂林的亲属也一同前来。")
    assert found["孙茂林"][0] == "Person"
    found = ents("刚到单位报到的队员韩晴,是第一次随队巡边。")
    assert found["韩晴"][0] == "Person"


def test_an_everyday_noun_of_persons_before_no_name():
    # the noun opens a unit, a site or a phrase far more often than a name: the words after it stay
    found = ents("青山县组建民兵应急排,开展烈士荣光宣传,队员向边民讲解政策。")
    assert not any(t == "Person" for t, _a in found.values())


def test_a_named_campaign_of_study_and_education_is_a_project():
    # 学习教育 / 主题教育 closing a named campaign (its topic or a quoted motto before the head)
    found = ents("青山县人武部深入开展党史学习教育,组织官兵参观展馆。")
    assert found["党史学习教育"][0] == "Project"
    found = ents("东林区扎实开展“青山同心、东川共进”主题教育,取得实效。")
    assert found["“青山同心、东川共进”主题教育"][0] == "Project"
    # the bare head or a head qualified by an adjective names no campaign
    found = ents("结合主题教育,全面学习条例;在重大主题教育中发挥作用,确保学习教育跟踪问效。")
    assert not any(t == "Project" for t, _a in found.values())


def test_a_law_named_without_book_title_marks_is_told_by_its_provisions():
    # what follows 法 says a law is named: its provisions, an article, a requirement, its first year
    found = ents("该院根据湿地生态保护法有关规定,依法向青山县林业局发出检察建议。")
    assert found["湿地生态保护法"][0] == "Policy"
    found = ents("“海岛开发保障法自2001年实施以来,成效明显。”东川代表说。")
    assert found["海岛开发保障法"][0] == "Policy"
    found = ents("各县均按照渔港设施管理法的要求,建立了联席会议制度。")
    assert found["渔港设施管理法"][0] == "Policy"
    # a deictic or an everyday word ending in 法 is no law; nor is a law with no such words after it
    found = ents("为落实本法规定的责任,按照工作方法规定的步骤推进,坚持依法规定办事。")
    assert not any(t == "Policy" for t, _a in found.values())


def test_a_year_before_a_bare_head_is_no_part_of_a_body():
    # the year dates the clause; the head alone (人武部, 军分区, 公司) is what the text names
    for text in ("自1998年人武部移交地方后,青山县的民兵工作一度滞后。",
                 "2022年军分区党管武装工作综述\n青山军分区认真落实党管武装制度。",
                 "东方光电有限公司始建于1970年。2004年公司整体搬迁至青山。"):
        found = ents(text)
        assert not any(n[:4].isdigit() and n[4] == "年" for n in found), found


def test_a_kind_of_government_is_no_body():
    # 法治政府, 数字政府: an aim of reform; the government of a place keeps its name
    found = ents("青山市人民防空办公室2023年度法治政府建设情况报告\n青山市人民政府深入推进法治政府建设。")
    assert found["青山市人民政府"][0] == "PartyGovBody"
    assert not any(n.endswith("法治政府") for n in found), found
    found = ents("加快智慧东川和数字政府建设,打造服务型政府。")
    assert not any(n.endswith("政府") for n in found), found


def test_a_preposition_or_verb_before_a_level_word_is_no_part_of_the_body():
    # 由, 经, 报 glued before 省/市/县/国家 govern the body that follows
    found = ents("该产业园于2013年经国家工信部批准设立。")
    assert "国家工信部" in found and "经国家工信部" not in found, found
    found = ents("通知由省人防办、省财政厅、省住建厅联合印发。")
    assert "省人防办" in found and "由省人防办" not in found, found
    found = ents("方案论证完成后,待报省政府批准后发布实施。")
    assert "报省政府" not in found, found


def test_more_titles_a_city_holds_are_policies():
    # 重点城市, 先进城市, 创新型城市 close a title conferred on a city (GUIDELINES "Designation or place")
    found = ents("青山市获“全国人民防空先进城市”称号。")
    assert found["“全国人民防空先进城市”"][0] == "Policy"
    found = ents("青山市被列为国家人民防空重点城市。")
    assert found["国家人民防空重点城市"][0] == "Policy"
    found = ents("东川市获评“中国最具活力创新型城市”。")
    assert found["“中国最具活力创新型城市”"][0] == "Policy"


def test_a_service_name_that_straddles_words_is_no_unit():
    # 南海|军事, 航空|军品, 大陆|军事, 汇总|后: the characters of 海军, 空军, 陆军, 总后 end other words
    found = ents("青山港在维护国家海洋权益和南海军事斗争准备中所处的地位十分重要。")
    assert "海军" not in found and not any(t == "MilitaryUnit" for t, _a in found.values()), found
    found = ents("东方重工发展非航空军品产业,请各单位汇总后于6月上报。")
    assert not any(t == "MilitaryUnit" for t, _a in found.values()), found
    # the service named as a word stays
    found = ents("东部战区海军某部与青山市签订共建协议,青山市与海军共建。")
    assert "海军" in found, found
