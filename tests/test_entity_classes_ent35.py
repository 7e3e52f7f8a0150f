"""Park, fund and project name classes from the ent35 round (issues 10 and 9): badly bounded or
generic names that became false orphan findings ("park with no enterprise"), each class right in
at least three READ batches. Every name and text here is invented; each test also says what must
still be found."""

from __future__ import annotations

from tests.entity_helpers import ents


def _typed(text: str, typ: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == typ}


def test_a_level_word_and_nothing_specific_names_a_rank_of_park_or_firm_not_one():
    # a level and words naming no place, body or field of one's own: a rank many parks or firms
    # hold, in a negation, after a count and 的, or as what a firm is granted
    assert not _typed("我市目前没有国家级军民融合工业区,带动能力不足。", "IndustrialPark")
    assert not _typed("将做大做强20个产业聚集、主业突出的省级军民结合产业园区。", "IndustrialPark")
    assert not _typed("將做大做強20個產業聚集、主業突出的省級軍民結合產業園區。", "IndustrialPark")
    assert not _typed("东方机械等获批国家级绿色工厂。", "Enterprise")
    # the one a founding verb sets up is named by its clause; a place after the level names a site;
    # a title head after a level is a designation the type rules decide
    found = _typed("省委军民融合办批复同意青山县设立省级军民融合产业基地。", "IndustrialPark")
    assert "省级军民融合产业基地" in found
    assert "国家级青山经济技术开发区" in _typed("东方公司落户国家级青山经济技术开发区。", "IndustrialPark")
    assert "省级军民融合示范区" in _typed("青山市积极创建省级军民融合示范区。", "Policy")


def test_a_demonstrative_an_article_before_a_quote_or_a_closing_superlative_describes_one():
    # 这座 before a town, 一座 before a quoted town, a superlative closing the body before 基金:
    # one thing described, no park or fund named
    assert not _typed("陶瓷给这座江南小镇带来了辉煌历史。", "IndustrialPark")
    assert not _typed("在荒山中奇迹般地崛起了一座“企业小镇”。", "IndustrialPark")
    assert not _typed("关注 | 东方航天最大基金成立,首期认缴25亿元。", "Fund")
    # the same names with nothing describing them stay
    assert "企业小镇" in _typed("东方“企业小镇”开园。", "IndustrialPark")
    assert "航天产业基金" in _typed("青山市设立航天产业基金。", "Fund")


def test_a_verb_that_wins_sets_up_expects_or_harms_a_project_makes_a_clause_not_its_name():
    # 中标, 新设, 预计, 危害, 专攻 inside the stretch before 项目/工程: a clause about a project
    assert not _typed("星网公司中标某型军用无人机项目,中标金额7307万元。", "Project")
    assert not _typed("预计2030年底主体工程完工。", "Project")
    assert not _typed("严禁危害人民防空工程。", "Project")
    assert not _typed("东方所从内蒙古南下至青山县专攻高能项目。", "Project")
    # the subject the clause had swallowed is found again
    found = ents("青山职业技术学院新设低空工程专业。")
    assert found.get("青山职业技术学院", ("", []))[0] == "ResearchInstitute"
    assert "青山职业技术学院新设低空工程" not in found
    # a project named with a place and a park stays
    assert "东方集团青山航空产业园项目" in _typed("东方集团青山航空产业园项目开工。", "Project")


def test_a_fund_named_by_its_financial_form_alone_is_a_kind_of_fund():
    # 股权投资, 创业投资, 引导, 母, 国资 …: a kind of fund, also when quoted or joined by +
    assert not _typed("东方工业股份有限公司关于参与设立股权投资基金暨关联交易的公告", "Fund")
    assert not _typed("公司参与设立创业投资基金(有限合伙)。", "Fund")
    assert not _typed("发挥“引导基金+国资母基金”引领作用。", "Fund")
    # a place, a field or a brand left over names the fund
    assert "青山产业投资基金" in _typed("青山产业投资基金成立。", "Fund")
    assert "军民融合产业基金" in _typed("设立军民融合产业基金。", "Fund")
