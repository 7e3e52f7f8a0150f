"""Entity classes of round ent16 (issue 10), read off the READ batches (u53–u58 the freshest);
invented names only. Each test fails without its class.
"""

from __future__ import annotations

from graph.model import Document
from ingest.extract import extract, get_nlp


def ents(text: str) -> dict[str, tuple[str, list[str]]]:
    ex = extract(Document(id="t", source="t", text=text), get_nlp(with_relations=False))
    return {e.name: (e.type, e.aliases) for e in ex.entities}


def persons(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Person"}


def test_bylines_opened_by_a_bullet_with_spaced_names_and_bars():
    # gen_bylines: ■/□ open a byline line (glued to the first name too), ¦ separates labels and
    # names, 编审 is a byline word, and a two-character name set in three widths (甲 乙) is one name
    found = persons("青山市推进军民融合纪实\n■梁立具 陈立锋 本报特约记者 周 仁\n青山市地处要冲。\n"
                    "□ 东川日报全媒体记者  马 艳\n正文。\n来源 ¦ 青山网 东川日报  作者 ¦ 郑立甲 柳立乙\n\n"
                    "编辑 ¦ 何  也  编审 ¦ 柯立丙  终审 ¦ 张  勇")
    assert {"梁立具", "陈立锋", "周 仁", "马 艳", "郑立甲", "柳立乙", "何  也", "柯立丙", "张  勇"} <= found
    assert not found & {"编审", "终审", "来源"}
