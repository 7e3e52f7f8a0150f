"""Classes of the ent36 round (issue 10; Event precision on first-met text): ceremonies named only by
what they sign, start or unveil are no Events (class A); the year a body's sitting is held in is a form
of its name, never the name (class B). Each class right in at least three READ batches and wrong in
none. All names are invented.
"""

from __future__ import annotations

from tests.entity_helpers import ents

EV = "Event"


# --- class A: a ceremony named only by what it signs, starts or unveils (READ u9, u40, u52, u56, u74) ---


def test_a_ceremony_named_by_the_cooperation_it_signs_is_no_event():
    found = ents("日前,东方重工研究所与青山大学战略合作签约仪式在东川举行。"
                 "10月20日,青山学院与东方星空公司校企合作签约挂牌仪式举行。")
    assert not [n for n, (t, _) in found.items() if t == EV], found


def test_two_acts_joined_by_ji_make_no_event():
    found = ents("青山大学和东方研究所材料研究中心共建协议签订暨中心揭牌仪式在东川举行。"
                 "东川市青山航空产业园暨白沙小镇项目签约仪式举行。"
                 "青山无人机产业基地1号厂房启用暨东方航空公司东川分公司揭牌仪式举行。")
    assert not [n for n, (t, _) in found.items() if t == EV], found


def test_a_named_meeting_or_fair_before_ji_keeps_the_ceremony():
    found = ents("2024青山航空产业发展恳谈会暨重大项目签约仪式在东川举行。"
                 "东川军民融合交流会暨战略合作协议签约仪式隆重举行。"
                 "第九届青博会东川市重点产业推介暨签约仪式举行。")
    events = {n for n, (t, _) in found.items() if t == EV}
    assert "2024青山航空产业发展恳谈会暨重大项目签约仪式" in events, events
    assert "东川军民融合交流会暨战略合作协议签约仪式" in events, events
    assert "第九届青博会东川市重点产业推介暨签约仪式" in events, events


# --- class B: the year a sitting is held in is a form of its name, not the name (READ u18, u32, u50) ---


def test_the_year_a_sitting_is_held_in_is_a_form_of_it():
    found = ents("3月5日,东川市召开2019年全市国防教育委员会全体会议。会议由甲某主持。"
                 "全市国防教育委员会全体会议强调,要抓好国防教育。")
    name = "全市国防教育委员会全体会议"
    assert found.get(name, ("",))[0] == EV, found
    assert "2019年全市国防教育委员会全体会议" in found[name][1], found


def test_only_the_latest_years_sitting_joins_the_event():
    # last year's sitting heard of in this year's is another sitting, not a form of this one
    found = ents("青山省委常委会议军会议召开,听取2023年省委常委会议军会议精神落实情况及2024年议军会议需要"
                 "研究解决的问题。")
    forms = {f for n, (t, a) in found.items() if t == EV for f in [n, *a]}
    assert "2024年议军会议" in forms, found
    assert "2023年省委常委会议军会议" not in forms, found


def test_a_work_conferences_year_is_its_date_no_form():
    # 2015年全省…工作会议 (the u5 call): the year dates a work conference, no form of its name
    found = ents("东川省于2015年全省征兵工作会议上部署任务。")
    assert found.get("全省征兵工作会议") == (EV, []), found
