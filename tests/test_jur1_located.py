"""jur1: an enterprise or institute whose name gives no place is filed under the place the document
states it is in (a LOCATED_IN relation to a known place), not left without one; a national
group's unit (中国…) stays one node with no document's place. Invented bodies on a real city no
scored text names."""

from graph.model import Document, Entity, Evidence, Extraction, Relation
from graph.resolve import resolve

TEXT = "东方精工有限公司位于漯河市。中国甲乙集团第九研究所位于漯河市。"


def _extraction(head: str, etype: str) -> Extraction:
    doc = Document(id="t1", source="t1", text=TEXT, jurisdiction="福建省")
    ev = Evidence("t1", TEXT, 0, 0, len(TEXT))
    return Extraction(document=doc,
                      entities=[Entity(name=head, type=etype), Entity(name="漯河市", type="Location")],
                      relations=[Relation(head, "LOCATED_IN", "漯河市", ev)])


def _jurisdiction(graph, name: str) -> str:
    return next(n.jurisdiction for n in graph.nodes if n.name == name)


def test_enterprise_located_in_a_place_is_filed_there() -> None:
    graph = resolve(_extraction("东方精工有限公司", "Enterprise"))
    assert _jurisdiction(graph, "东方精工有限公司") == "漯河市"


def test_national_groups_unit_takes_no_documents_place() -> None:
    graph = resolve(_extraction("中国甲乙集团第九研究所", "ResearchInstitute"))
    assert _jurisdiction(graph, "中国甲乙集团第九研究所") == ""
