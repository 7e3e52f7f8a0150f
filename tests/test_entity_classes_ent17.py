"""Entity classes of round ent17 (issue 10): Policy, Project and Event names on unseen text; invented
names only. Each test fails without its class."""

from __future__ import annotations

from graph.model import Document
from ingest.extract import extract, get_nlp


def ents(text: str) -> dict[str, tuple[str, list[str]]]:
    ex = extract(Document(id="t", source="t", text=text), get_nlp(with_relations=False))
    return {e.name: (e.type, e.aliases) for e in ex.entities}


def test_a_strategic_guideline_is_a_policy_with_the_word_that_opens_it():
    # heads.tsv 战略方针 (Policy); policy_openers.txt: 新时代, 积极防御 open the strategy's name
    found = ents("会议强调，要深入贯彻新时代海防战略方针，坚持积极防御边防战略方针，落实新时代青山强边战略。")
    assert found["新时代海防战略方针"][0] == "Policy"
    assert found["积极防御边防战略方针"][0] == "Policy"
    assert found["新时代青山强边战略"][0] == "Policy"
