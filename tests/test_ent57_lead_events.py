"""ent57 (issue 10): a mobilisation meeting named 动员部署会 is opened by its drive's verb like a 动员大会
(event_words.tsv lead_head). Invented text."""

from __future__ import annotations

from tests.entity_helpers import ents


def test_a_drives_mobilisation_and_deployment_meeting_keeps_its_verb_and_scope():
    found = ents("日前,青山市召开全市创建全国文明城市工作动员部署会。")
    assert found.get("全市创建全国文明城市工作动员部署会", ("",))[0] == "Event"
    # a deployment meeting of no drive stays as the head rule finds it
    assert "全市征兵工作动员部署会" in ents("青山市召开全市征兵工作动员部署会。")
