"""gaps31 (issue 9): a military actor and a joint military-civilian body of the jurisdiction (双拥办,
国动办, 国动委: side "joint") named together in a sentence reporting action are a channel between
the sides, though no relation was typed.

The held-out judge of u85 found a city "with no channel between the sides" whose text reports the
sub-district commander telling of the campaign the city's 双拥办 launched, with tens of thousands of
soldiers and civilians taking part. The weak-tie hold-back read only military x civilian actors, and
a joint body is neither. READ batches where such a sentence names the two (co-hosts, joint issuing,
a 议军会 with the 国动委, a joint command): dev, u14, u20, u21, u29, u31, u32, u5, u58, u67, u72,
u75, u85. Invented names and texts only."""

from __future__ import annotations

import networkx as nx

from graph.analysis.gaps.sides import disconnected_sides

J = "青山市"


def _ev(sentence: str, i: int, modality: str = "reported", doc: str = "d1") -> dict:
    return {"document": doc, "sentence": sentence, "sentence_index": i, "start": 0, "end": len(sentence),
            "modality": modality}


def _graph(joint_sentence: str, modality: str = "reported") -> nx.MultiDiGraph:
    """Two sides of 青山市, each tied within itself in one document (extraction read both sides
    there), and a joint body named with the sub-district in `joint_sentence`."""
    G = nx.MultiDiGraph(documents={"d1": {"id": "d1", "date": "2024-05-01"}})
    s_mil = "青山军分区与东川县人武部召开联席会议。"
    s_civ = "青山市教育局与青山市民政局联合开展国防教育。"
    nodes = [("青山军分区", "MilitaryUnit", "military", [_ev(s_mil, 0), _ev(joint_sentence, 2, modality)]),
             ("东川县人武部", "MilitaryUnit", "military", [_ev(s_mil, 0)]),
             ("青山市教育局", "PartyGovBody", "civilian", [_ev(s_civ, 1)]),
             ("青山市民政局", "PartyGovBody", "civilian", [_ev(s_civ, 1)]),
             ("青山市双拥办", "PartyGovBody", "joint", [_ev(joint_sentence, 2, modality)])]
    for name, typ, side, sentences in nodes:
        G.add_node(name, name=name, type=typ, side=side, jurisdiction=J, sentences=sentences,
                   documents=["d1"], aliases=[], problems=[])
    for h, t, s in (("青山军分区", "东川县人武部", s_mil), ("青山市教育局", "青山市民政局", s_civ)):
        G.add_edge(h, t, key="COORDINATES_WITH", type="COORDINATES_WITH", evidence=[_ev(s, 0)],
                   modalities=["reported"])
    return G


CAMPAIGN = "青山军分区司令员王甲介绍,在青山市双拥办发起的寻亲活动中,3万余军民积极参与。"


def test_a_joint_body_named_with_the_military_side_in_an_action_sentence_holds_the_sides_back():
    G = _graph(CAMPAIGN)
    out, held = disconnected_sides(G)
    assert not out
    assert held and "named together" in held[0]["held_back"]["reason"]
    assert held[0]["held_back"]["evidence"][0]["sentence"] == CAMPAIGN


def test_joint_actors_are_the_jurisdictions_joint_bodies():
    from graph.analysis.gaps.sides import joint_actors

    assert joint_actors(_graph(CAMPAIGN), J) == {"青山市双拥办"}
    assert joint_actors(_graph(CAMPAIGN), "东川县") == set()


def test_a_joint_body_named_in_an_order_only_is_no_channel():
    G = _graph("青山军分区要会同青山市双拥办加强协作。", modality="directive")
    out, _held = disconnected_sides(G)
    assert [f["key"] for f in out] == [f"disconnected_sides|{J}"]
