"""Small graphs with known right answers, built the way the stores build them.

Every graph goes through graph.store.graph_from_contributions from NodeRecord / EdgeRecord lists,
so the analysis tests exercise the exact shape both stores yield. Evidence sentences are real
sentences of samples/*.txt where one fits; side and gloss come from graph.side / graph.gloss as
the resolver sets them. The other analysis test modules import the builders from here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import networkx as nx

from graph.gloss import gloss
from graph.model import Document, DocumentGraph, Evidence, NodeRecord
from graph.model import EdgeRecord as Edge
from graph.side import side_of
from graph.store import graph_from_contributions

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DOC_DATES = {"s000": "2022-01", "s001": "2019-01-17", "s003": "2022-05"}
DOC_JUR = {"s000": "XX〔s000〕", "s001": "龙岩市", "s003": "**〔s003〕"}


def sentence(doc: str, needle: str) -> tuple[str, int, int, int]:
    """(sentence, index, start, end) of the first sentence of samples/<doc>.txt containing needle."""
    text = (SAMPLES / f"{doc}.txt").read_text(encoding="utf-8")
    idx = 0
    for m in re.finditer(r"[^。！？\n]+[。！？]?", text):
        s = m.group().strip()
        if not s:
            continue
        if needle in m.group():
            return s, idx, m.start(), m.end()
        idx += 1
    raise ValueError(f"{needle!r} not in {doc}")


def ev(doc: str, needle: str, modality: str = "stated") -> Evidence:
    s, i, a, b = sentence(doc, needle) if (SAMPLES / f"{doc}.txt").exists() and not doc.startswith("h") \
        else (needle, 0, 0, len(needle))
    return Evidence(document=doc, sentence=s, sentence_index=i, start=a, end=b, modality=modality)


def node(key: str, etype: str, jurisdiction: str = "", name: str | None = None, aliases=(),
         problems=()) -> NodeRecord:
    name = name or key
    return NodeRecord(key=key, type=etype, name=name, aliases=list(aliases), jurisdiction=jurisdiction,
                      side=side_of(name, etype), gloss=gloss(name, etype), problems=list(problems),
                      source="test")


LAST_BUILD: dict = {}


def _mentioned(doc: str, i: int, rec: NodeRecord) -> NodeRecord:
    """Every ingested node has the sentences that mention it (graph.resolve.mention_sentences);
    a test node without any gets one sentence of its own (index 1000 + i: never shared)."""
    if rec.sentences:
        return rec
    s = f"{rec.name}。"
    return replace(rec, sentences=[Evidence(doc, s, 1000 + i, 0, len(s), "stated")])


def build(docs: dict[str, dict], nodes: list[tuple[str, NodeRecord]],
          edges: list[tuple[str, Edge]]) -> nx.MultiDiGraph:
    metas = [{"id": d, "source": f"{d}.txt", "sha256": f"sha-{d}", "title": m.get("title", ""),
              "date": m.get("date", ""), "jurisdiction": m.get("jurisdiction", ""), "genre": "",
              "speaker": "", "issuer": "", "doc_number": ""} for d, m in docs.items()]
    nodes = [(d, _mentioned(d, i, r)) for i, (d, r) in enumerate(nodes)]
    LAST_BUILD.update(docs=docs, nodes=nodes, edges=edges)
    return graph_from_contributions(metas, nodes, edges)


def document_graphs(builder) -> list[DocumentGraph]:
    """The same facts as `builder()` builds, as the per-document units a store writes."""
    builder()
    docs, nodes, edges = LAST_BUILD["docs"], LAST_BUILD["nodes"], LAST_BUILD["edges"]
    out = []
    for d, m in docs.items():
        text = ""
        if (SAMPLES / f"{d}.txt").exists():
            text = (SAMPLES / f"{d}.txt").read_text(encoding="utf-8")
        doc = Document(id=d, source=f"{d}.txt", text=text, sha256=f"sha-{d}", date=m.get("date", ""),
                       jurisdiction=m.get("jurisdiction", ""), title=m.get("title", ""))
        out.append(DocumentGraph(document=doc, nodes=[r for i, r in nodes if i == d],
                                 edges=[e for i, e in edges if i == d]))
    return out


def edge(doc: str, head: str, rtype: str, tail: str, needle: str,
         modality: str = "stated") -> tuple[str, Edge]:
    return doc, Edge(head=head, type=rtype, tail=tail, evidence=ev(doc, needle, modality), source="test")


def star() -> nx.MultiDiGraph:
    """One joint office tied to two military and two civilian actors: it is the only broker."""
    d = "h1"
    hub = "龙岩市委军民融合办"
    leaves = [("龙岩军分区", "MilitaryUnit"), ("龙岩市人武部", "MilitaryUnit"),
              ("龙岩市发改委", "PartyGovBody"), ("龙岩市工信局", "PartyGovBody")]
    nodes = [(d, node(hub, "PartyGovBody", "龙岩市"))] + [(d, node(k, t, "龙岩市")) for k, t in leaves]
    edges = [edge(d, hub, "COORDINATES_WITH", k, f"{hub}与{k}对接", "reported") for k, _ in leaves]
    return build({d: {"date": "2019-03-01", "jurisdiction": "龙岩市"}}, nodes, edges)


def two_components() -> nx.MultiDiGraph:
    """Military pair and civilian pair of one city, never connected; plus a tie-less fund."""
    d = "h2"
    nodes = [(d, node(k, t, "西安市")) for k, t in [
        ("西安警备区", "MilitaryUnit"), ("西安市人武部", "MilitaryUnit"),
        ("西安市发改委", "PartyGovBody"), ("西安高新区", "IndustrialPark"),
        ("西安军民融合产业基金", "Fund")]]
    edges = [edge(d, "西安警备区", "LEADS", "西安市人武部", "西安警备区领导西安市人武部"),
             edge(d, "西安市发改委", "SUPPORTS", "西安高新区", "西安市发改委支持西安高新区")]
    return build({d: {"date": "2020", "jurisdiction": "西安市"}}, nodes, edges)


def directive(follow_up: bool) -> nx.MultiDiGraph:
    """s000's directive 市委军民融合办、XX军分区要…合作; with follow_up, a later reported cooperation."""
    j = DOC_JUR["s000"]
    office, district = "XX市委军民融合办", "XX军分区"
    nodes = [("s000", node(office, "PartyGovBody", j, name="市委军民融合办")),
             ("s000", node(district, "MilitaryUnit", j, name="XX军分区"))]
    edges = [edge("s000", office, "COORDINATES_WITH", district, "市委军民融合办、XX军分区要以需求为导向",
                  "directive")]
    docs = {"s000": {"date": DOC_DATES["s000"], "jurisdiction": j}}
    if follow_up:
        nodes += [("h3", node(office, "PartyGovBody", j, name="市委军民融合办")),
                  ("h3", node(district, "MilitaryUnit", j, name="XX军分区"))]
        edges.append(edge("h3", district, "COORDINATES_WITH", office,
                          "XX军分区与市委军民融合办联合召开需求对接会", "reported"))
        docs["h3"] = {"date": "2022-09", "jurisdiction": j}
    return build(docs, nodes, edges)


def corpus() -> nx.MultiDiGraph:
    """Facts from the three sample documents (hand-annotated), across three jurisdictions."""
    j0, j1, j3 = DOC_JUR["s000"], DOC_JUR["s001"], DOC_JUR["s003"]
    fund_problem = ev("s000", "军民融合产业发展基金尚未实质性运作", "problem")
    park_problem = ev("s000", "军民融合产业园已经规划了两年", "problem")
    nodes = [
        ("s000", node("XX市委军民融合办", "PartyGovBody", j0, name="市委军民融合办")),
        ("s000", node("XX军分区", "MilitaryUnit", j0)),
        ("s000", node("XX市委军民融合发展委员会", "PartyGovBody", j0, name="市委军民融合发展委员会")),
        ("s000", node("XX军民融合产业发展基金", "Fund", j0, name="军民融合产业发展基金",
                      problems=[fund_problem])),
        ("s000", node("XX军民融合产业园", "IndustrialPark", j0, name="军民融合产业园",
                      problems=[park_problem])),
        ("s000", node("XX省军区", "MilitaryUnit", j0, name="省军区")),
        ("s000", node("国家军民融合创新示范区", "Policy", "")),
        ("s000", node("XX", "Location", j0)),
        ("s001", node("龙岩市委军民融合办", "PartyGovBody", j1, aliases=["市委军民融合办"])),
        ("s001", node("张丽华", "Person", "")),
        ("s001", node("龙岩市委", "PartyGovBody", j1)),
        ("s001", node("龙岩市", "Location", j1)),
        ("s001", node("福建省委军民融合办", "PartyGovBody", "福建省")),
        ("s001", node("龙岩市融合发展促进会", "Association", j1)),
        ("s001", node("军民融合产业发展专项行动", "Project", j1)),
        ("s001", node("龙岩军分区", "MilitaryUnit", j1)),
        ("s001", node("龙岩市军民融合发展领导小组", "PartyGovBody", j1)),
        ("s001", node("龙岩市军民融合发展领导小组第四次会议", "Event", j1)),
        ("s003", node("**军分区", "MilitaryUnit", j3, name="军分区")),
        ("s003", node("**市委组织部", "PartyGovBody", j3, name="市委组织部")),
        ("s003", node("**市发改委", "PartyGovBody", j3, name="市发改委")),
        ("s003", node("**军民融合产业园", "IndustrialPark", j3, name="军民融合产业园")),
        ("s003", node("**军民融合产业投资基金", "Fund", j3, name="军民融合产业投资基金")),
    ]
    edges = [
        edge("s000", "XX市委军民融合办", "COORDINATES_WITH", "XX军分区",
             "市委军民融合办、XX军分区要以需求为导向",
             "directive"),
        edge("s000", "XX市委军民融合办", "LEADS", "XX市委军民融合发展委员会",
             "并牵头抓好落实", "directive"),
        edge("s000", "XX省军区", "SUPPORTS", "国家军民融合创新示范区",
             "省委、省军区都在支持和推动XX申报", "reported"),
        edge("s000", "XX军民融合产业园", "LOCATED_IN", "XX", "军民融合产业园等正在规划建设"),
        edge("s001", "张丽华", "HOLDS_POSITION", "龙岩市委军民融合办", "龙岩市委军民融合办主任张丽华日前"),
        edge("s001", "福建省委军民融合办", "SUPPORTS", "龙岩市",
             "在福建省委军民融合办的大力支持和悉心指导下",
             "reported"),
        edge("s001", "龙岩市委军民融合办", "LOCATED_IN", "龙岩市", "龙岩市委军民融合办主任张丽华日前"),
        edge("s001", "龙岩市委", "IMPLEMENTS", "军民融合产业发展专项行动", "实施“军民融合产业发展专项行动”",
             "directive"),
        edge("s001", "龙岩市委", "LEADS", "龙岩市融合发展促进会",
             "发挥“龙岩市融合发展促进会”作用", "reported"),
        edge("s001", "龙岩市军民融合发展领导小组", "PARTICIPATES_IN", "龙岩市军民融合发展领导小组第四次会议",
             "图为龙岩市军民融合发展领导小组第四次会议召开", "reported"),
        edge("s001", "龙岩军分区", "COORDINATES_WITH", "龙岩市委",
             "纳入市委市政府军分区重要议事日程", "reported"),
        edge("s003", "**市委组织部", "COORDINATES_WITH", "**军分区",
             "组织部门要会同军事机关联合行动", "directive"),
        edge("s003", "**市发改委", "SUPPORTS", "**军分区", "市委组织部、市发改委、市交通局等部门要大力支持",
             "directive"),
        edge("s003", "**市委组织部", "SUPPORTS", "**军分区",
             "市委组织部、市发改委、市交通局等部门要大力支持",
             "directive"),
    ]
    docs = {d: {"date": DOC_DATES[d], "jurisdiction": DOC_JUR[d]} for d in ("s000", "s001", "s003")}
    return build(docs, nodes, edges)


# ---------------------------------------------------------------------------------------------
# the builders themselves: the shape the analyses rely on
# ---------------------------------------------------------------------------------------------


def test_builders_yield_store_shape():
    G = corpus()
    assert isinstance(G, nx.MultiDiGraph)
    a = G.nodes["XX军分区"]
    assert a["side"] == "military" and a["gloss"] == "XX Military Sub-district"
    assert G.nodes["XX市委军民融合办"]["side"] == "joint"
    assert G.nodes["XX军民融合产业发展基金"]["problems"][0]["modality"] == "problem"
    d = G.get_edge_data("XX市委军民融合办", "XX军分区", key="COORDINATES_WITH")
    assert d["modalities"] == ["directive"]
    assert d["evidence"][0]["sentence"].startswith("市委军民融合办、XX军分区要以需求为导向")
    assert set(G.graph["documents"]) == {"s000", "s001", "s003"}


def test_real_sentences_have_real_offsets():
    text = (SAMPLES / "s001.txt").read_text(encoding="utf-8")
    s, _i, a, b = sentence("s001", "龙岩市委军民融合办主任张丽华日前")
    assert s in text[a:b]
