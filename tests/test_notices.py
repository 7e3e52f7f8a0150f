"""Notice-genre layout (通知, 实施意见, 会议通知): what must and must not be found.

All texts are invented (青山市, 西山县 …). Each test is one construction of notice layout read by
ingest/components/gen_notice.py (entities) and relation_rules_notices.py (relations).
"""

from __future__ import annotations

import pytest

from graph.model import Document
from ingest.extract import extract, get_nlp


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def _run(nlp, text: str):
    ex = extract(Document(id="n", source="n.txt", text=text, jurisdiction=""), nlp)
    ents = {e.name: e.type for e in ex.entities}
    rels = {(r.head, r.type, r.tail) for r in ex.relations}
    return ents, rels, ex


MEETING = """关于召开青山市军民融合发展推进会的通知

各区县人民政府，市直各有关单位：
经市政府同意，定于2023年5月10日召开青山市军民融合发展推进会。现将有关事项通知如下：
一、会议地点
青山市高新技术产业开发区
二、参会人员
市发展和改革委员会、青山军分区、市政府各部门分管负责同志。
三、会议议程
1.青山市国防动员办公室通报全市军民融合工作情况；
2.南山电子集团作交流发言。
联系人：青山市国防动员办公室综合处 王小明，电话：0571-12345678

青山市人民政府办公室
2023年5月6日
"""


def test_meeting_notice_layout(nlp):
    ents, rels, _ = _run(nlp, MEETING)
    ev = "青山市军民融合发展推进会"
    assert ents.get(ev) == "Event"
    assert ents.get("王小明") == "Person"
    assert ("青山市人民政府办公室", "PARTICIPATES_IN", ev) in rels  # the sign-off convenes it
    assert (ev, "LOCATED_IN", "青山市高新技术产业开发区") in rels  # the venue heading
    assert ("市发展和改革委员会", "PARTICIPATES_IN", ev) in rels
    assert ("青山军分区", "PARTICIPATES_IN", ev) in rels
    assert ("青山市国防动员办公室", "PARTICIPATES_IN", ev) in rels  # an agenda item's speaker
    assert ("王小明", "HOLDS_POSITION", "青山市国防动员办公室综合处") in rels
    # "市政府各部门" is a class of bodies, not the government taking part
    assert not any(h in ("市政府", "青山市人民政府") and t == ev for h, _r, t in rels)
    # the title names a meeting, not a plan
    assert not any(typ == "Policy" and "召开" in name for name, typ in ents.items())


def test_meeting_named_in_title_leaves_out_the_year(nlp):
    ents, _, _ = _run(nlp, "关于举办2024年青山市国防教育培训班的通知\n各有关单位：\n定于6月举办。\n")
    assert ents.get("青山市国防教育培训班") == "Event"
    assert not any("关于举办" in n for n in ents)


def test_colon_fields_and_same_line_signoff(nlp):
    text = ("关于召开西山县双拥工作座谈会的通知\n东山镇人民政府：\n"
            "会议地点：西山县高新技术产业开发区创新大厦\n参会单位：西山县人武部、东山镇人民政府。\n"
            "联系人及电话：西山县退役军人事务局 刘芳芳 0571-1234567\n\n"
            "西山县人民政府办公室          2024年3月2日印发\n")
    ents, rels, _ = _run(nlp, text)
    ev = "西山县双拥工作座谈会"
    assert ents.get(ev) == "Event" and ents.get("刘芳芳") == "Person"
    assert ("西山县人民政府办公室", "PARTICIPATES_IN", ev) in rels
    assert (ev, "LOCATED_IN", "西山县高新技术产业开发区") in rels
    assert ("西山县人武部", "PARTICIPATES_IN", ev) in rels
    assert ("刘芳芳", "HOLDS_POSITION", "西山县退役军人事务局") in rels


def test_contact_line_without_a_person_name_adds_no_person(nlp):
    ents, rels, _ = _run(nlp, "联系人：青山市国防动员办公室综合处，电话：0571-12345678\n")
    assert not [n for n, t in ents.items() if t == "Person"]
    assert not any(r == "HOLDS_POSITION" for _h, r, _t in rels)


PLAN = """青山市人民政府关于加快军民融合产业发展的实施意见

各区县人民政府，市政府各部门：
一、主要任务
（一）建设青山军民融合产业园。由市发展和改革委员会牵头，市财政局、市自然资源局配合，组织编制《青山军民融合产业园总体规划》。
（二）设立青山市军民融合产业投资基金。市财政局负责，青山投资集团有限公司配合。
二、保障措施
各区县人民政府、市政府各部门要认真贯彻落实《青山市军民融合发展规划》。
"""


def test_task_items_lead_and_assist(nlp):
    _, rels, _ = _run(nlp, PLAN)
    assert ("市发展和改革委员会", "LEADS", "青山军民融合产业园") in rels
    assert ("市发展和改革委员会", "LEADS", "《青山军民融合产业园总体规划》") in rels
    assert ("市财政局", "LEADS", "青山市军民融合产业投资基金") in rels
    pairs = {frozenset((h, t)) for h, r, t in rels if r == "COORDINATES_WITH"}
    assert frozenset(("市发展和改革委员会", "市财政局")) in pairs
    assert frozenset(("市财政局", "青山投资集团有限公司")) in pairs
    # the assisting units lead nothing
    assert not any(h in ("市自然资源局", "青山投资集团有限公司") and r == "LEADS" for h, r, _t in rels)


def test_class_of_addressees_implements_nothing(nlp):
    _, rels, _ = _run(nlp, PLAN)
    assert not any(r == "IMPLEMENTS" and t == "《青山市军民融合发展规划》" for _h, r, t in rels)


RELEASE = """关于印发《西山县军民融合工作要点》的通知

东山镇人民政府、南山镇人民政府，县直各有关单位：
现将《西山县军民融合工作要点》印发给你们，请结合实际认真抓好落实。

西山县军民融合发展委员会办公室
2024年3月2日
"""


def test_release_notice_issuer_and_addressees(nlp):
    _, rels, ex = _run(nlp, RELEASE)
    plan = "《西山县军民融合工作要点》"
    assert ("西山县军民融合发展委员会办公室", "LEADS", plan) in rels
    assert ("东山镇人民政府", "IMPLEMENTS", plan) in rels
    assert ("南山镇人民政府", "IMPLEMENTS", plan) in rels
    told = [r for r in ex.relations if r.type == "IMPLEMENTS"]
    assert all(r.evidence.sentence.startswith("现将") for r in told)  # evidence: the sentence that tells them


def test_addressees_not_told_to_implement_are_no_implementers(nlp):
    text = RELEASE.replace("请结合实际认真抓好落实", "请认真阅读")
    _, rels, _ = _run(nlp, text)
    assert not any(r == "IMPLEMENTS" for _h, r, _t in rels)


def test_report_with_venue_line_but_no_meeting_title_gets_no_venue(nlp):
    """Without a meeting in the title, a 地点 line may belong to a visit: no venue is guessed."""
    text = ("青山市召开青山市军民融合发展推进会。\n二、活动安排\n地点：青山市高新技术产业开发区\n"
            "参会人员：市发展和改革委员会有关同志。\n")
    _, _, ex = _run(nlp, text)
    assert not [r for r in ex.relations if r.source.startswith("rel:notice")]


def test_meeting_facts_are_plans_and_agenda_speakers_take_part(nlp):
    _, rels, ex = _run(nlp, MEETING)
    ev = "青山市军民融合发展推进会"
    assert ("南山电子集团", "PARTICIPATES_IN", ev) in rels
    notice = [r for r in ex.relations if r.source.startswith("rel:notice") and r.tail == ev]
    assert notice and all(r.evidence.modality == "plan" for r in notice)  # the meeting is to come
    contact = next(r for r in ex.relations if r.type == "HOLDS_POSITION")
    assert contact.evidence.modality == "stated"


def test_inline_lead_labels_and_header_on_the_line_above(nlp):
    text = ("青山市军民融合发展三年行动方案\n"
            "（一）实施青山军民融合产业园提升工程。\n"
            "（牵头单位：市工业和信息化局；配合单位：市财政局、市科学技术局）\n"
            "（二）加强人才培养。市教育局负责。\n")
    _, rels, ex = _run(nlp, text)
    led = {(h, t) for h, r, t in rels if r == "LEADS"}
    assert ("市工业和信息化局", "青山军民融合产业园提升工程") in led
    pairs = {frozenset((h, t)) for h, r, t in rels if r == "COORDINATES_WITH"}
    assert frozenset(("市工业和信息化局", "市财政局")) in pairs
    assert frozenset(("市工业和信息化局", "市科学技术局")) in pairs
    assert not any(h == "市教育局" for h, _t in led)  # its item names no plan or project
    assert all(r.evidence.modality == "directive" for r in ex.relations if r.source == "rel:notice:lead")


def test_release_title_with_its_issuer(nlp):
    text = ("青山市人民政府办公室关于印发《青山市国防动员工作要点》的通知\n"
            "各区县人民政府：\n现将《青山市国防动员工作要点》印发给你们，请认真贯彻执行。\n")
    _, rels, _ = _run(nlp, text)
    assert ("青山市人民政府办公室", "LEADS", "《青山市国防动员工作要点》") in rels
    # the addressees are a class (各区县人民政府): nobody named implements it
    assert not any(r == "IMPLEMENTS" for _h, r, _t in rels)


def test_copy_to_line_is_no_participation(nlp):
    text = MEETING.replace("联系人：", "抄送：市委办公室。\n联系人：")
    _, rels, _ = _run(nlp, text)
    assert not any(h == "市委办公室" for h, _r, _t in rels)


def test_title_issuer_convenes_a_meeting_still_to_come(nlp):
    text = "青山市人民政府办公室关于召开青山市国防动员工作推进会的通知\n各有关单位：\n定于6月召开。\n"
    _, _, ex = _run(nlp, text)
    key = ("青山市人民政府办公室", "PARTICIPATES_IN", "青山市国防动员工作推进会")
    r = next(r for r in ex.relations if (r.head, r.type, r.tail) == key)
    assert r.evidence.modality == "plan"  # 关于召开…的通知 announces it; it has not happened


def test_generic_title_meeting_from_the_scheduled_sentence(nlp):
    text = ("会议通知\n各有关单位：\n兹定于2024年4月8日召开青山市国防教育工作座谈会。\n"
            "参会人员：青山市教育局、青山军分区有关负责同志。\n\n青山市国防教育办公室\n2024年4月1日\n")
    _, rels, _ = _run(nlp, text)
    ev = "青山市国防教育工作座谈会"
    assert ("青山市教育局", "PARTICIPATES_IN", ev) in rels
    assert ("青山军分区", "PARTICIPATES_IN", ev) in rels
    assert ("青山市国防教育办公室", "PARTICIPATES_IN", ev) in rels


def test_contact_forms_agenda_speakers_and_bracketed_address(nlp):
    text = ("关于召开青山市军民融合产业发展推进会的通知\n各有关单位：\n"
            "一、会议地点：青山宾馆（青山市东山区人民路18号）\n"
            "二、会议议程\n1.市委常委、常务副市长赵大海讲话；\n2.北山大学介绍成果转化情况。\n"
            "三、联系方式\n联系人：赵六（市发展改革委），联系电话：12345678\n"
            "联系人：市工业和信息化局 周九、吴十\n联系人：钱七 13900000000\n")
    _, rels, _ = _run(nlp, text)
    ev = "青山市军民融合产业发展推进会"
    assert (ev, "LOCATED_IN", "东山区") in rels  # the most specific place of the address
    assert ("赵大海", "PARTICIPATES_IN", ev) in rels
    assert ("北山大学", "PARTICIPATES_IN", ev) in rels
    assert ("赵六", "HOLDS_POSITION", "市发展改革委") in rels
    assert ("周九", "HOLDS_POSITION", "市工业和信息化局") in rels or \
        ("周九", "HOLDS_POSITION", "青山市工业和信息化局") in rels
    assert any(h == "吴十" and r == "HOLDS_POSITION" for h, r, _t in rels)
    assert not any(h == "钱七" for h, _r, _t in rels)  # no office named for this contact


def test_addressee_classes_under_ge_are_no_entities(nlp):
    text = ("关于做好军民融合项目申报工作的通知\n各乡镇人民政府、街道办事处，青山高新区管委会：\n"
            "请认真做好申报。\n\n青山市人民防空办公室\n2023年5月6日\n")
    ents, _, _ = _run(nlp, text)
    assert "街道办事处" not in ents and "乡镇人民政府" not in ents
    assert ents.get("青山高新区管委会") == "PartyGovBody"  # a named addressee stays
    assert ents.get("青山市人民防空办公室") == "PartyGovBody"


def test_joint_signoff_on_one_line_with_a_chinese_date(nlp):
    text = ("关于召开青山市双拥工作推进会的通知\n各有关单位：\n定于5月召开。\n\n"
            "中共青山市委组织部  青山警备区政治工作处\n二〇二三年五月六日\n")
    _, rels, _ = _run(nlp, text)
    ev = "青山市双拥工作推进会"
    assert ("中共青山市委组织部", "PARTICIPATES_IN", ev) in rels
    assert ("青山警备区政治工作处", "PARTICIPATES_IN", ev) in rels


def test_title_meeting_with_a_scope_word_is_one_event_with_the_body_mention(nlp):
    text = "关于召开全市国防动员工作会议的通知\n各有关单位：\n定于5月10日召开全市国防动员工作会议。\n"
    _, _, ex = _run(nlp, text)
    events = [e for e in ex.entities if e.type == "Event"]
    assert len(events) == 1 and "国防动员工作会议" in events[0].name
