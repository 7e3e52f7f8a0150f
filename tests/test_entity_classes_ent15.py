"""Person classes of round ent15 (issue 10): what Baidu LAC found and the rules missed on u44–u52 and
the other READ batches, taken as rules; invented names only.

Each test fails without its class: a list of names closed by 等 and a noun of persons
(ingest/data/person_list_nouns.txt: 同学, 常委, 革命家, with a few words before the noun, 和 before
the last item, and a first item that ends with a title stepped over).
"""

from __future__ import annotations

from graph.model import Document
from ingest.extract import extract, get_nlp


def persons(text: str) -> set[str]:
    ex = extract(Document(id="t", source="t", text=text), get_nlp(with_relations=False))
    return {e.name for e in ex.entities if e.type == "Person"}


def test_names_closed_by_deng_and_a_noun_of_students():
    found = persons("青山大学退役军人协会的赵云飞、钱海鸥、孙立波和李明远等同学讲述了军营故事。")
    assert {"赵云飞", "钱海鸥", "孙立波", "李明远"} <= found


def test_names_closed_by_deng_and_a_noun_of_historical_figures():
    found = persons("东川县也是周远山、吴海涛、郑光明等老一辈革命家的故乡。")
    assert {"周远山", "吴海涛", "郑光明"} <= found


def test_a_first_item_with_its_title_is_stepped_over():
    found = persons("王建国主任及冯建华副主任、刘德明、陈志远等市委常委参观了展览。")
    assert {"刘德明", "陈志远"} <= found


def test_bodies_before_a_noun_of_persons_are_no_names():
    # the items must be plausible names: bodies closed by 等…代表 stay bodies
    found = persons("东方重工集团、青山精工等企业代表参加了座谈。")
    assert not found & {"东方重工集团", "青山精工"}
