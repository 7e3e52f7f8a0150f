"""Stated problems on unseen text (issue 9 §3, gaps11): cue gaps the judge found on held-out
batches (a negated ideal 并未成为…, 不完备, 分布不均, 不统一, 缺编, 难以完成, 下滑, bare 目前没有,
亟待+verb, a problem named before 存在 …的问题也…存在; on READ seeds: a duty
weakened 淡化了/弱化了…责任, 但也有问题), each still negated when it is the object
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
    "有的部门认为融合只是办公室的事，淡化了班子成员的责任。",  # a duty weakened (verb + 了)
    "有的把这项工作看作军方的事，弱化了相关部门的职责。",
    "青山市有基础有优势，但也有问题有挑战。",
]

NOT_STATED = [
    "目前并未发现问题。",  # a negated ideal needs a verb of becoming or forming
    "要防止利润下滑。",  # the object of a remedy
    "青山市要统一数据标准。",
    "青山市存在的问题要逐项整改。",  # a topic, as before
    "青山市积极发展海水淡化等海洋产业。",  # desalination, not a weakening
    "社会上国防观念淡化、忧患意识弱化。",  # a generic state, no duty weakened by anyone
]


@pytest.mark.parametrize("sentence", STATED)
def test_cue_gaps_state_a_problem(sentence):
    assert is_problem(sentence)


@pytest.mark.parametrize("sentence", NOT_STATED)
def test_remedies_and_topics_stay_unstated(sentence):
    assert not is_problem(sentence)
