"""Policy classes from the ent33 round (issue 10): strategies, designations, systems and notice titles
on unseen text, each class right in at least three READ batches and wrong in none. Names of people,
places and bodies are invented, none of them from a scored text (a national strategy of the
gazetteer is named as it is: it is data, not a local actor)."""

from __future__ import annotations

from graph.model import Document
from ingest.extract import extract, get_nlp
from tests.entity_helpers import ents


def _rels(text: str) -> set[tuple[str, str, str]]:
    ex = extract(Document(id="t", source="t", text=text), get_nlp())
    return {(r.head, r.type, r.tail) for r in ex.relations}


def test_the_free_trade_port_is_a_policy():
    # a free trade port a whole province is built into is a designation, a Policy, under both its
    # forms (national_bodies.tsv; READ u69, u74, u75)
    found = ents("东方重工集团将积极响应海南自由贸易港建设的有关要求,在青山市布局产业基地。")
    assert found["海南自由贸易港"][0] == "Policy"
    found = ents("双方将结合海南自贸港政策与东方重工集团的技术优势,共同推动青山市低空经济发展。")
    assert found["海南自贸港"][0] == "Policy"


def test_a_strategy_opening_a_meeting_name_is_not_what_is_carried_out():
    # 贯彻落实<strategy>创一流…大会的要求: the object carried out is the meeting's call, not the strategy
    # opening its name (no IMPLEMENTS to the strategy)
    rels = _rels("下一步,青山市将认真贯彻落实一带一路创一流营商环境动员大会的要求,营造最佳的产业生态。")
    assert not any(r[1] == "IMPLEMENTS" and r[2] == "一带一路" for r in rels)
    # the strategy itself carried out keeps its IMPLEMENTS
    rels = _rels("青山市委坚决贯彻落实一带一路,推动产业发展。")
    assert ("青山市委", "IMPLEMENTS", "一带一路") in rels
