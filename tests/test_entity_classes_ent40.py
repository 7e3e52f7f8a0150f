"""Classes of the ent40 round (issue 10): projects the head rules had no head for. Tested on
invented text (青山市, 东方重工集团, 甲乙丙)."""

from __future__ import annotations

from tests.entity_helpers import ents

# --- class (a): a whole name in quotes ending in 平台/系统/信息网 is a named system, a Project (READ u14,
# u52, u67, u71) ---


def test_a_quoted_system_is_a_project():
    found = ents("青山市借助“全国甲乙丙公共服务平台”,健全对接机制。")
    assert found.get("全国甲乙丙公共服务平台", ("",))[0] == "Project", found
    found = ents("东川军分区自主研发“东川动员甲乙指挥管理系统”,直通基层武装部。")
    assert found.get("东川动员甲乙指挥管理系统", ("",))[0] == "Project", found
    found = ents("其中,“全军甲乙丙装备采购信息网”累计发布信息5000余条。")
    assert found.get("全军甲乙丙装备采购信息网", ("",))[0] == "Project", found


def test_a_slogans_and_credits_are_no_system():
    assert not any(t == "Project" for t, *_ in ents("青山市将共建“一张网”、共筑“一平台”。").values())
    found = ents("转载时须注明来源“青山产业经济信息网”。")
    assert "青山产业经济信息网" not in found, found
    found = ents("东川构建以“甲乙创新-丙丁化平台”为特征的产业集群。")
    assert "甲乙创新-丙丁化平台" not in found, found


def _relations(text: str) -> set[tuple[str, str, str]]:
    from graph.model import Document
    from ingest.extract import extract, get_nlp

    ex = extract(Document(id="t", source="t", text=text), get_nlp(with_relations=True))
    return {(r.head, r.type, r.tail) for r in ex.relations}


def test_a_a_system_used_as_a_means_is_not_what_is_supported():
    rels = _relations("借助“青山市军民融合公共服务平台”,青山市健全产业对接机制,"
                      "并在财政、土地等方面予以配套支持。")
    assert not any(t == "SUPPORTS" and o == "青山市军民融合公共服务平台" for _, t, o in rels), rels
