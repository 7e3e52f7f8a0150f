"""Entity classes of round ent26 (issue 10 §3): one event, one entity. The short and headline forms
of a named event that the pipeline output as a second entity, read off the READ batches with
bench/split_entities.py; invented names only. Each test fails without its class.
"""

from __future__ import annotations

from tests.entity_helpers import ents


def test_the_first_sitting_of_a_joined_event_names_the_joined_event():
    # grouping._joined_part: 甲会 of 甲会暨乙仪式, written again on its own (the headline, a
    # later sentence), is the joined event's short form, with or without its place or scope
    found = ents("青山市航空产业推进大会召开\n"
                 "3月5日,青山市航空产业推进大会暨重点项目签约仪式在青山宾馆举行。"
                 "青山市航空产业推进大会由市政府主办。")
    events = {n: a for n, (t, a) in found.items() if t == "Event"}
    assert list(events) == ["青山市航空产业推进大会暨重点项目签约仪式"]
    assert "青山市航空产业推进大会" in events["青山市航空产业推进大会暨重点项目签约仪式"]
    found = ents("4月9日,东川市委国防动员工作会议暨国防动员委员会全体会议召开。"
                 "东川市委国防动员工作会议要求,各级要抓好落实。")
    events = {n: a for n, (t, a) in found.items() if t == "Event"}
    assert len(events) == 1, events


def test_a_short_form_that_leaves_out_a_filler_word_names_the_same_thing():
    # grouping._lean_tails, event_words.tsv filler (发展, 建设): 第二届青山振兴高层论坛 after 第二届青山
    # 振兴发展高层论坛, 数字东川峰会 after 数字东川建设峰会, a fund's short form likewise
    found = ents("5月8日,第二届青山振兴发展高层论坛在青山市开幕。第二届青山振兴高层论坛由市政府主办。"
                 "数字东川建设峰会于6月举行,数字东川峰会发布了成果。")
    events = {n: a for n, (t, a) in found.items() if t == "Event"}
    assert "第二届青山振兴高层论坛" in events["第二届青山振兴发展高层论坛"]
    assert "数字东川峰会" in events["数字东川建设峰会"]
    assert len(events) == 2, events


def test_a_park_short_form_that_leaves_out_产业_or_示范_is_the_park():
    # the filler words 产业, 示范 (event_words.tsv): 青山光电子基地 after 青山光电子产业基地, 东川区
    # 机电产业基地 after 东川区机电产业示范基地
    found = ents("青山光电子产业基地位于青山市北部。青山光电子基地已入驻企业40家。"
                 "东川区机电产业示范基地建成投用,东川区机电产业基地年产值超百亿元。")
    parks = {n: a for n, (t, a) in found.items() if t == "IndustrialPark"}
    assert "青山光电子基地" in parks["青山光电子产业基地"], parks
    assert "东川区机电产业基地" in parks["东川区机电产业示范基地"], parks
