"""Entity classes from the ent4 round (issue 10): constructions that recur across annotated batches
(each class seen in at least three of them). Every text here is invented; each test also says what
must not be found."""

from __future__ import annotations

from graph.model import Document
from ingest.extract import extract, get_nlp


def ents(text: str) -> dict[str, tuple[str, list[str]]]:
    ex = extract(Document(id="t", source="t", text=text), get_nlp(with_relations=False))
    return {e.name: (e.type, e.aliases) for e in ex.entities}


def test_a_park_or_base_named_with_project_is_a_project():
    found = ents("东川经济开发区青石科技园项目集中开工。为确保青石科技园项目尽快建设，区长提出要求。")
    assert found["东川经济开发区青石科技园项目"][0] == "Project"
    assert "青石科技园项目" in found["东川经济开发区青石科技园项目"][1]  # its short form, one entity
    assert "东川经济开发区青石科技园" not in found
    found = ents("加快推进北岭民兵训练基地项目和战备公路建设。")
    assert found["北岭民兵训练基地项目"][0] == "Project"
    found = ents("推进园区项目建设。")  # projects of a kind: no name
    assert not any(t == "Project" for t, _ in found.values())
