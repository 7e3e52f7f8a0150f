"""gaps22 (issue 9): what an analyst reads in a finding (the ux3 trial's gap-report items), each on
invented text:

1. a stalled finding's headline names WHO has WHAT stalled: the problem clauses of its first
   sentence, not the sentence the first evidence line quotes in full;
2. a held-back finding's title and its reason agree (a fee reported collected is "history: reported
   done in the same document", not "history, not a current problem" over another reason);
3. a single broker's evidence is about the broker itself, not a sentence that names it only as the
   start of its organ's name (青山市委军民融合办到东川区督查 is the office's sentence);
4. "[national]" and "[jurisdiction unknown]" are explained where a finding shown is headed by one.

Invented names and texts only."""

from __future__ import annotations

import networkx as nx

from graph.analysis.gaps import gaps
from graph.gap_report import render_html, render_md
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind

# --- 1. the headline names the stalled item ------------------------------------------------------

LONG = ("一是青山市军民融合产业园建设进度缓慢，园区道路和供水设施配套尚在规划之中，"
        "入驻企业少，东方重工集团的配套项目尚未开工建设。")
UNITS = [("青山市", "Location"), ("青山市军民融合产业园", "IndustrialPark"), ("东方重工集团", "Enterprise")]


def test_the_headline_quotes_the_problem_clauses_not_the_sentence(tmp_path):
    G = graph_of(tmp_path, "青山市军民融合工作情况\n" + LONG, UNITS)
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    park = [f for f in found if f["entities"][0]["name"] == "青山市军民融合产业园"]
    assert park, [f["title"] for f in found]
    title = park[0]["title"]
    assert "建设进度缓慢" in title and "尚未开工建设" in title  # what is stalled …
    assert LONG[:-1] not in title  # … not the whole first evidence sentence again
    assert park[0]["evidence"][0]["sentence"].strip() == LONG  # which the evidence quotes in full


def test_a_short_sentence_is_its_own_clause():
    from graph.analysis.gaps.stalled import _what

    assert _what("东川镇政府工作落实不到位。") == "东川镇政府工作落实不到位。"  # the clause is the sentence
    assert _what("这是一句没有问题词的句子。") == "这是一句没有问题词的句子。"  # no clause: the sentence
    long = ("经查，辖区内东方置业有限公司开发建设的青山花园项目、西岭置业有限公司开发建设的西岭家园项目和"
            "北川置业有限公司开发建设的北川新城项目均存在未依法足额缴纳人防易地建设费的情况。")
    quoted = _what(long)  # one clause longer than the title's room: its end, where the problem is said
    assert quoted.startswith("…") and quoted.endswith("均存在未依法足额缴纳人防易地建设费的情况")


def test_a_stalled_relation_names_its_type_between_the_two_ends():
    from graph.analysis.gaps.stalled import _edge_stalled

    G = nx.MultiDiGraph()
    for n, t in (("东方重工集团", "Enterprise"), ("青山市军民融合产业园", "IndustrialPark")):
        G.add_node(n, name=n, type=t, jurisdiction="青山市", side="civilian")
    e = {"document": "q1", "sentence_index": 1, "modality": "problem",
         "sentence": "东方重工集团与青山市军民融合产业园的合作项目推进缓慢，至今尚未落地。"}
    G.add_edge("东方重工集团", "青山市军民融合产业园", key="COORDINATES_WITH", type="COORDINATES_WITH",
               modalities=["problem"], evidence=[e])
    G.graph["documents"] = {"q1": {"date": "2021-05-08"}}
    [f] = _edge_stalled(G, _Index(), lambda: {"q1": {}})
    assert "] 东方重工集团 —COORDINATES_WITH→ 青山市军民融合产业园: " in f["title"]
    assert "推进缓慢" in f["title"] and "至今尚未落地" in f["title"]


class _Index:  # JurisdictionDates stand-in: no later document about the pair
    def latest(self, *_a, **_k) -> str:
        return ""

    def __getattr__(self, _name):
        return lambda *a, **k: ""


# --- 2. a held-back title agrees with its reason --------------------------------------------------

UNPAID = ("青山区检察院在专项监督中发现，辖区内东方置业有限公司开发建设的青山花园项目存在未依法足额缴纳"
          "人防易地建设费的情况。")
FIRMS = [("青山区检察院", "PartyGovBody"), ("东方置业有限公司", "Enterprise"),
         ("东川市住房和城乡建设局", "PartyGovBody")]


def test_a_fee_reported_collected_is_held_back_as_reported_done(tmp_path):
    text = ("青山区人防费追缴到位\n" + UNPAID
            + "青山区检察院向东川市住房和城乡建设局发出检察建议，督促其依法追缴。"
            "两个月内，东川市住房和城乡建设局向检察院作出书面回复，证实已追缴人防易地建设费360余万元。")
    res = gaps(graph_of(tmp_path, text, FIRMS), coverage_thresholds=JUDGE_ALL)
    [held] = of_kind(res, "stalled", "held_back")
    assert held["held_back"]["reason"].startswith("reported done")
    assert "(history: reported done in the same document)" in held["title"]
    # the held-back title quotes the problem clause too, not the finder's opening words
    assert "存在未依法足额缴纳人防易地建设费的情况" in held["title"] and "专项监督" not in held["title"]
    assert "not a current problem" not in held["title"]


def test_history_stays_history():
    from graph.analysis.gaps.stalled import held_as

    assert held_as("a past passage (曾一度…): backstory, not a current problem") == "history: a past passage"
    assert held_as("reported solved later in the same document (解决了…): history, not an open problem") \
        == "history: reported solved later in the same document"
    remedied = "reported remedied in the same document (为此…): the reason for work the text reports done"
    assert held_as(remedied) == "history: reported remedied in the same document"


# --- 3. a broker's evidence is about the broker ---------------------------------------------------

def _broker_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for n, t in (("青山市委", "PartyGovBody"), ("青山市委军民融合办", "PartyGovBody"),
                 ("东川警备区", "MilitaryUnit")):
        G.add_node(n, name=n, type=t, sentences=[])
    office = {"document": "q1", "sentence_index": 2, "modality": "stated",
              "sentence": "青山市委军民融合办到东川区督查军民融合工作。"}
    meeting = {"document": "q1", "sentence_index": 1, "modality": "reported",
               "sentence": "青山市委与东川警备区联合召开议军会议。"}
    G.nodes["青山市委军民融合办"]["sentences"] = [office]
    G.nodes["青山市委"]["sentences"] = [meeting]
    G.nodes["东川警备区"]["sentences"] = [meeting]
    G.add_edge("青山市委军民融合办", "青山市委", key="PART_OF", type="PART_OF", evidence=[office])
    G.add_edge("青山市委", "东川警备区", key="COORDINATES_WITH", type="COORDINATES_WITH", evidence=[meeting])
    return G


def test_a_sentence_naming_the_broker_only_inside_its_organs_name_is_no_evidence_of_it():
    from graph.analysis.gaps.sides import broker_evidence

    G = _broker_graph()
    evs = broker_evidence(G, "青山市委", ["东川警备区", "青山市委军民融合办"], {})
    assert [e["sentence"] for e in evs] == ["青山市委与东川警备区联合召开议军会议。"]


def test_a_sentence_naming_the_broker_beside_its_organ_is_evidence_of_it():
    from graph.analysis.gaps.sides import broker_evidence

    G = _broker_graph()
    both = {"document": "q1", "sentence_index": 3, "modality": "reported",
            "sentence": "青山市委听取了青山市委军民融合办的汇报。"}
    G.edges["青山市委军民融合办", "青山市委", "PART_OF"]["evidence"].append(both)
    evs = broker_evidence(G, "青山市委", ["青山市委军民融合办"], {})
    assert [e["sentence"] for e in evs] == [both["sentence"]]


# --- 4. the two place labels are explained --------------------------------------------------------

def _res(title: str) -> dict:
    f = {"id": "0123456789", "key": "stalled|x", "kind": "stalled", "tier": "stated", "score": 0.7,
         "title": title, "entities": [], "evidence": [], "jurisdiction": "", "details": {}}
    return {"findings": [f], "held_back": [], "undetermined": [], "dismissed": [], "counts": {"stalled": 1},
            "peer_table": {"rows": [], "kinds": []}}


def test_the_reports_explain_national_and_unknown_jurisdiction():
    for label in ("[national] 国家某局: …", "[jurisdiction unknown] 李甲: …"):
        md = "\n".join(render_md(_res(label), []))
        assert "[national] = " in md and "[jurisdiction unknown] = " in md
        assert "[national] = " in "".join(render_html(_res(label), []))
    assert "[national] = " not in "\n".join(render_md(_res("[青山市] 青山市: …"), []))


def test_the_gaps_command_explains_them(monkeypatch):
    import cli_analysis

    monkeypatch.setattr(cli_analysis, "_print_findings", lambda *a, **k: None)
    from rich.console import Console

    console = Console(width=200, record=True)
    monkeypatch.setattr(cli_analysis, "out", console)
    cli_analysis._print_gap_report(_res("[national] 国家某局: …"), None)
    text = console.export_text()
    assert "[national] = " in text and "[jurisdiction unknown] = " in text
