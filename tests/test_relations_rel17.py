"""Reference-back classes of the rel17 round (issue 10 §3; feeds issue 9): what a deictic word refers
back to, recorded as a mention of that item (the gap rules count the sentences naming an item).
Each class was right in three or more READ batches and wrong in none. Names are invented.
"""

from __future__ import annotations

import pytest

from graph.model import Document
from ingest.extract import extract, get_nlp


@pytest.fixture(scope="module")
def nlp():
    return get_nlp(with_relations=False)


def _mentions(nlp, text: str) -> dict[str, list[tuple[int, str]]]:
    ex = extract(Document(id="t", source="t", text=text), nlp)
    return {e.name: [(m.start, m.text) for m in e.mentions] for e in ex.entities}


# --- 本办法 / 本规划: the text being read, not the policy it cites (u2, u8, u20, u35, u43, u58, u63) -----

def test_ben_banfa_is_not_the_policy_the_text_cites(nlp):
    """ "根据《东山省国防动员办法》…，制定本办法": 本办法 is this document, whose headline names no
    entity; the cited 办法 gets no mention from it."""
    text = ("青山市国防动员实施细则\n第一条 根据《东山省国防动员办法》等法规有关条款，"
            "结合本市实际，制定本办法。第二条 本办法适用于本市行政区域。")
    found = _mentions(nlp, text)
    cited = next(v for k, v in found.items() if "东山省国防动员办法" in k)
    assert all(t != "办法" for _s, t in cited)


def test_ben_guihua_is_the_plan_the_headline_names(nlp):
    """ "青山市…规划\\n…根据甲规划，制定本规划": the plan of the headline, not the one cited."""
    text = ("青山市军民融合产业发展规划\n根据《东山省军民融合发展规划》，结合我市实际，特制定本规划。")
    found = _mentions(nlp, text)
    own = next(v for k, v in found.items() if k.startswith("青山市军民融合产业发展规划"))
    cited = next(v for k, v in found.items() if "东山省军民融合发展规划" in k)
    assert any(t == "规划" for _s, t in own)
    assert all(t != "规划" for _s, t in cited)


# --- 该项目 / 该基金: the project or fund named last (dev d10, u30, u56, u64) -------------------------------

def test_gai_xiangmu_is_a_mention_of_the_project_named_last(nlp):
    text = "调研组参观了青山县东山乡精密轴承加工项目。该项目总投资3亿元，年产轴承500万套。"
    found = _mentions(nlp, text)
    project = found["青山县东山乡精密轴承加工项目"]
    assert [t for _s, t in project] == ["青山县东山乡精密轴承加工项目", "项目"]


def test_gai_xiangmu_bu_is_the_project_office_no_mention(nlp):
    text = "调研组参观了青山县东山乡精密轴承加工项目。该项目部负责人介绍了进展。"
    found = _mentions(nlp, text)
    assert [t for _s, t in found["青山县东山乡精密轴承加工项目"]] == ["青山县东山乡精密轴承加工项目"]


def test_gai_jijin_is_the_fund_named_last_not_the_first(nlp):
    """ "甲基金…与…共同设立乙基金，该基金是…": the fund just founded, not the founder fund named
    first in the document (u30)."""
    text = ("青山市设立青山产业引导基金。\n青山产业引导基金与东方重工集团共同设立东山航空产业基金，"
            "该基金首期规模10亿元。")
    found = _mentions(nlp, text)
    aviation = next(v for k, v in found.items() if k.endswith("东山航空产业基金"))
    guide = next(v for k, v in found.items() if k.endswith("青山产业引导基金"))
    assert any(t == "基金" for _s, t in aviation)
    assert all(t != "基金" for _s, t in guide)
