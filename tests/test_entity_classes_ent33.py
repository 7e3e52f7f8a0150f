"""Policy classes from the ent33 round (issue 10): strategies, designations, systems and notice titles
on unseen text, each class right in at least three READ batches and wrong in none. Names of people,
places and bodies are invented, none of them from a scored text (a national strategy of the
gazetteer is named as it is: it is data, not a local actor)."""

from __future__ import annotations

from graph.model import Document
from ingest.extract import extract, get_nlp
from tests.entity_helpers import ents


def _rels(text: str) -> set[tuple[str, str, str]]:
    ex = extract(Document(id="t", source="t", text=text), get_nlp())
    return {(r.head, r.type, r.tail) for r in ex.relations}


def test_the_free_trade_port_is_a_policy():
    # a free trade port a whole province is built into is a designation, a Policy, under both its
    # forms (national_bodies.tsv; READ u69, u74, u75)
    found = ents("东方重工集团将积极响应海南自由贸易港建设的有关要求,在青山市布局产业基地。")
    assert found["海南自由贸易港"][0] == "Policy"
    found = ents("双方将结合海南自贸港政策与东方重工集团的技术优势,共同推动青山市低空经济发展。")
    assert found["海南自贸港"][0] == "Policy"


def test_a_strategy_opening_a_meeting_name_is_not_what_is_carried_out():
    # 贯彻落实<strategy>创一流…大会的要求: the object carried out is the meeting's call, not the strategy
    # opening its name (no IMPLEMENTS to the strategy)
    rels = _rels("下一步,青山市将认真贯彻落实一带一路创一流营商环境动员大会的要求,营造最佳的产业生态。")
    assert not any(r[1] == "IMPLEMENTS" and r[2] == "一带一路" for r in rels)
    # the strategy itself carried out keeps its IMPLEMENTS
    rels = _rels("青山市委坚决贯彻落实一带一路,推动产业发展。")
    assert ("青山市委", "IMPLEMENTS", "一带一路") in rels


def test_a_notice_title_keeps_all_its_joint_issuers():
    # 甲 乙关于…的通告 (issuers apart by a space or 、), however long the issuers run: one Policy, the
    # title as written (READ u39, u60, u72)
    text = ("转发青山市人民政府 青山警备区关于在全市试鸣防空警报的通告\n\n来源:办公室\n"
            "根据有关规定,定于9月20日试鸣防空警报。")
    found = ents(text)
    assert found["青山市人民政府 青山警备区关于在全市试鸣防空警报的通告"][0] == "Policy"
    text = ("青山市退役军人事务局 青山警备区政治工作局 青山市双拥工作领导小组办公室关于做好新年春节期间"
            "拥军优属工作的通知\n来源:拥军优抚处\n新年春节即将来临,各区各部门要做好拥军优属工作。")
    found = ents(text)
    assert any(n.startswith("青山市退役军人事务局 青山警备区政治工作局") and n.endswith("工作的通知")
               and t == "Policy" for n, (t, _) in found.items())


def test_a_spaced_name_field_of_a_disclosure_page_is_the_document():
    # 名  称：…的通知  文  号：… on one line of a disclosure page's field table: the name, whatever
    # bodies and titles stand inside it (READ u35, u46, u58)
    text = ("索 引 号: 000123/2023-01 发布机构:青山镇人民政府 发文日期:2023年07月27日 "
            "名  称:青山镇人民政府关于印发《青山镇庆祝建军节慰问活动方案》的通知 文  号:青政发〔2023〕9号 "
            "时 效 性:有效\n各村(社区):为庆祝建军节,现将方案印发给你们。")
    found = ents(text)
    assert found["青山镇人民政府关于印发《青山镇庆祝建军节慰问活动方案》的通知"][0] == "Policy"
    text = ("发布机构: 东方省人民政府、东方省军区 发文日期: 1994年11月29日\n"
            "名  称: 东方省人民政府、东方省军区关于成立东方省国防动员委员会的通知\n"
            "文  号: 东政发〔1994〕6号\n"
            "为了加强全省国防动员工作的领导,决定成立东方省国防动员委员会。")
    found = ents(text)
    assert found["东方省人民政府、东方省军区关于成立东方省国防动员委员会的通知"][0] == "Policy"


def test_a_system_named_by_its_quote_starts_at_the_quote():
    # …“X”制度: the verb phrase before the quote is no part of the system's name, and of coordinated
    # quotes only the last is a complete name (GUIDELINES "Coordinated names"; READ u67, u72, u76)
    found = ents("青山市建立了军地互提需求、互办实事“双清单”制度,拥军优属工作机制不断完善。")
    assert found["“双清单”制度"][0] == "Policy"
    assert not any(n.endswith("制度") and n != "“双清单”制度" for n in found)
    found = ents("青山驻军实行“三包”“四坚持”制度。")
    assert found["“四坚持”制度"][0] == "Policy"
    assert not any(n.endswith("制度") and n != "“四坚持”制度" for n in found)


def test_a_regulation_named_without_book_marks_by_its_kind():
    # …若干规定, …工作规定, …实施细则, …实施办法 without 《》 name one regulation (READ u43, u54, u72); a
    # kind of measure (具体实施办法) names none
    found = ents("继续抓好东方省拥军优属若干规定的落实。")
    assert found["东方省拥军优属若干规定"][0] == "Policy"
    found = ents("各镇党委书记要落实好基层武装部专职干部工作规定,履行党管武装职责。")
    assert found["基层武装部专职干部工作规定"][0] == "Policy"
    found = ents("青山市国防动员实施办法\n第一章 总 则\n第一条 为加强国防动员工作,制定本办法。")
    assert found["青山市国防动员实施办法"][0] == "Policy"
    found = ents("之后,青山市军地有关部门研究制定具体实施办法。")
    assert not any(n.endswith("实施办法") for n in found)


def test_a_major_or_counted_strategy_names_none():
    # …重大战略, 国家大战略, 两大战略: a kind or a count of strategies, no Policy; a strategy named by its
    # region before 重大战略 is named without it (READ u20, u30, u40, u59, u75)
    found = ents("青山开发区坚决贯彻国家军民融合深度发展和东川经济圈协同发展重大战略。")
    assert not any(n.endswith("战略") for n in found)
    found = ents("科技军民融合是创新驱动和军民融合两大战略的交汇点。")
    assert not any(n.endswith("战略") for n in found)
    found = ents("青山县承载着服务保障国家大战略的历史重任。")
    assert not any(n.endswith("战略") for n in found)
    # a named strategy keeps its head
    found = ents("青山市深入实施工业强市战略。")
    assert found["工业强市战略"][0] == "Policy"


def test_strategy_before_a_noun_it_qualifies_heads_no_name():
    # 战略决策, 战略任务, 战略资源, 战略需求, 战略预置: 战略 qualifies the noun after it, no strategy is
    # named (strategy_modifies.txt; READ u2, u22, u54, u59)
    found = ents("青山市领会了东川发展战略决策和政策部署。")
    assert not any(n.endswith("战略") for n in found)
    found = ents("青山县拥有青山卫星发射中心这一国家级战略资源。")
    assert not any(n.endswith("战略") for n in found)
    found = ents("青山市圆满完成“三步走”第一步战略任务。")
    assert not any(n.endswith("战略") for n in found)
    # the opportunity a strategy brings names the strategy (抢抓…战略机遇)
    found = ents("青山市工商联抢抓军民融合发展战略机遇期,引导民营企业参军。")
    assert found["军民融合发展战略"][0] == "Policy"


def test_a_province_or_city_development_is_no_strategy():
    # 青山振兴, 东川大开发: one province's or city's development in general names no strategy; the
    # strategies are named after a region (READ u18, u72, u76; seeds 中部地区崛起)
    found = ents("学校事业发展与青山振兴发展同向发力。")
    assert not any(n.endswith("振兴") for n in found)
    found = ents("要抓住东川大开发大开放的历史性机遇。")
    assert not any(n.endswith("大开发") for n in found)
    found = ents("青山市积极融入中部地区崛起和东北振兴。")
    assert found["中部地区崛起"][0] == "Policy"
    assert found["东北振兴"][0] == "Policy"
