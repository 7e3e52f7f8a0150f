"""gaps39 (issue 9 §3, holder wrong): a body named before a verb of looking into something and 发现,
with every problem clause after that 发现, finds the problem and does not hold it (graph/data/
holdback_cues.json owner finder_frame; READ u108-07, agreeing with u37-08, u73-08, u83-07, u102-06).
Not the body looked into (对…调查发现), not a self-inspection (自查发现), not 发现的 (the problems found,
a relative clause). Invented names and texts only."""

from __future__ import annotations

import networkx as nx
import pytest

from graph.analysis.gaps import gaps
from graph.analysis.gaps.owner import finder_frame
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, names, of_kind

BODIES = [("青山州发改委", "PartyGovBody"), ("东川县人防办", "PartyGovBody"), ("青山区", "Location")]


def test_the_investigating_body_is_the_finder_not_the_holder(tmp_path):
    text = ("景区门票优待\n接到投诉后,青山州发改委立即对此事展开调查,发现青山景区经营企业在实际执行中"
            "未对军人实行免票,违反了自治区发改委规定。")
    res = gaps(graph_of(tmp_path, text, BODIES), coverage_thresholds=JUDGE_ALL)
    assert "青山州发改委" not in names(of_kind(res, "stalled"))
    held = [f for f in of_kind(res, "stalled", "held_back") if "青山州发改委" in names([f])]
    assert held and "finds, inspects or sanctions" in held[0]["held_back"]["reason"]


def _node(name: str) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node(name, name=name, aliases=[], type="PartyGovBody")
    return G


@pytest.mark.parametrize("sentence", [
    "青山州发改委立即对此事展开调查,发现青山景区经营企业未对军人实行免票,违反了自治区发改委规定。",
    "青山州发改委在履行监督职责中发现,部分景区军人优待政策落实不到位。",
])
def test_finder_frame(sentence):
    assert finder_frame(_node("青山州发改委"), "青山州发改委", {"sentence": sentence})


@pytest.mark.parametrize("sentence", [
    # the body looked into holds what is found
    "青山州检察院对青山州发改委开展调查发现,其未依法履行监督职责,违反了自治区有关规定。",
    # a self-inspection finds the body's own problem
    "青山州发改委自查发现,本单位未及时停发补助资金。",
    # the problems found in an inspection: 发现的, a relative clause
    "下一步,青山州发改委将紧盯督查中发现的突出问题和薄弱环节,不断完善工作机制。",
    # what is found is the body's own units (所属/下属): its own shortfall (gaps10, gaps27)
    "前期,青山州发改委调查发现,所属单位还存在业务工作不规范等问题。",
])
def test_no_finder_frame(sentence):
    assert not finder_frame(_node("青山州发改委"), "青山州发改委", {"sentence": sentence})
