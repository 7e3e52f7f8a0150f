"""Entity classes from the ent7 round (issue 10): Project and IndustrialPark constructions that recur
across annotated batches (each class seen in at least three READ batches, CHECK not lower). Every text
here is invented; each test also says what must be found still."""

from __future__ import annotations

from graph.model import Document
from ingest.extract import extract, get_nlp


def ents(text: str) -> dict[str, tuple[str, list[str]]]:
    ex = extract(Document(id="t", source="t", text=text), get_nlp(with_relations=False))
    return {e.name: (e.type, e.aliases) for e in ex.entities}


def _projects(text: str) -> set[str]:
    return {n for n, (t, _) in ents(text).items() if t == "Project"}


def test_projects_of_a_kind_are_no_project():
    # a field or quality word, a verb whose object the projects are, or a count before 项目
    assert _projects("青山市重大科研项目进展顺利。") == set()
    assert _projects("东川省优质特色项目陆续签约。") == set()
    found = ents("青山市财政局填报项目清单。")
    assert not any(t == "Project" for t, _ in found.values())
    assert found["青山市财政局"][0] == "PartyGovBody"  # the body before the verb is still found
    assert _projects("东方研究院协同创新中心两大项目落地青山市。") == set()
    assert _projects("“丝路青山”沿线特色项目集中开工。") == set()  # the words after a quote decide


def test_named_projects_stay():
    assert _projects("东方重工集团精密制造项目开工。") == {"东方重工集团精密制造项目"}
    assert _projects("“东方一号”项目开工。") == {"“东方一号”项目"}  # a quoted name before the head
