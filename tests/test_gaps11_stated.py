"""Stated problems on unseen text (issue 9 §3, gaps11): cue gaps the judge found on held-out
batches (a negated ideal 并未成为…, 不完备, 分布不均, 不统一, 缺编, 难以完成, 下滑, bare 目前没有,
亟待+verb, a problem named before 存在 …的问题也…存在), each still negated when it is the object
of a remedy. Invented names and texts only."""

from __future__ import annotations

import pytest

from ingest.components.modality import is_problem

STATED = [
    "青山市与东川市之间目前并未成为真正的创新共同体。",
    "东方重工集团的质量管理体系不完备。",
    "青山市科技人才分布不均。",
    "青山市各部门数据标准不统一。",
    "青山区人武部缺编严重。",
    "青山县征兵任务难以完成。",
    "东方重工集团利润连续两年下滑。",
    "青山市目前没有专门的军民融合园区。",
    "青山市配套政策亟待完善。",
    "信息孤岛的问题在青山市也不同程度存在。",
]

NOT_STATED = [
    "目前并未发现问题。",  # a negated ideal needs a verb of becoming or forming
    "要防止利润下滑。",  # the object of a remedy
    "青山市要统一数据标准。",
    "青山市存在的问题要逐项整改。",  # a topic, as before
]


@pytest.mark.parametrize("sentence", STATED)
def test_cue_gaps_state_a_problem(sentence):
    assert is_problem(sentence)


@pytest.mark.parametrize("sentence", NOT_STATED)
def test_remedies_and_topics_stay_unstated(sentence):
    assert not is_problem(sentence)
