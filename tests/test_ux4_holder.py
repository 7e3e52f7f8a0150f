"""ux4: an analyst checks a stated finding from the report alone, in under a minute.

Found on the stated-tier READ batches (u36 … u73) ingested as plain texts: 16 of 28 stated findings
quoted problem sentences that do not name the body the finding gives the problem to (“以前，该县武装
工作…的现象” under 甘肃省徽县, “但公司本身尚未满足…” under a Beijing firm, “我市目前没有…” under 长沙市, a
damaged cemetery under the bureau a recommendation went to later, a survey's problems under each of
the four counties it visited), and nothing in the terminal, the Markdown or the HTML said why that
body, nor quoted the sentence that names it. A stated finding now says why (`holder`: the rule that
gave it the problem, in words) and quotes that sentence; which findings are reported is unchanged.
Invented names and texts only.
"""

from __future__ import annotations

from rich.console import Console

from graph.analysis.gaps import gaps
from graph.gap_report import render_html, render_md
from graph.gloss import holder_line
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind
from workflows.render import finding_block

COUNTY = ("青山县激发党管武装工作内动力\n"
          "前不久，青山县人武部联合地方相关部门对所属乡镇武装工作进行考评。"
          "以前，该县武装工作主要靠军事机关唱“独角戏”，存在“领导一换，工作重来”“靠关系办事”的现象。")
FIRM = ("民企参军仍有门槛\n"
        "面临类似窘境的还有东方重工有限公司。"
        "他们向部队提供训练系统，产品很受欢迎，但公司本身尚未满足“参军”条件，只能通过合作方式提供服务。")
SURVEY = ("州双拥办调研督导双拥创建工作\n"
          "8月16日至21日，州双拥办调研组到东川县、西岭县2县调研指导双拥模范城（县）创建工作。"
          "针对调研中发现普遍存在的工作合力不强、氛围营造不浓厚、双拥活动不经常、资料台账收集困难等问题，调研组提出了要求。")


def _stalled(G) -> dict:
    return {f["entities"][0]["name"]: f for f in of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")}


def _text(block) -> str:
    console = Console(width=80, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(block)
    return console.export_text()


def test_a_back_reference_is_explained_with_the_sentence_that_names_the_county(tmp_path):
    G = graph_of(tmp_path, COUNTY, [("青山县", "Location"), ("青山县人武部", "MilitaryUnit")])
    f = _stalled(G)["青山县"]
    assert "该县" in f["holder"]["why"] and "refers back" in f["holder"]["why"]
    assert f["holder"]["evidence"][0]["sentence"].startswith("青山县激发党管武装工作内动力")
    out = _text(finding_block(1, f))
    assert "holder 青山县: 该县 in the problem sentence refers back to it; named in:" in out
    assert "◦ “青山县激发党管武装工作内动力" in out


def test_a_firm_named_before_gongsi_benshen_is_quoted(tmp_path):
    f = _stalled(graph_of(tmp_path, FIRM, [("东方重工有限公司", "Enterprise")]))["东方重工有限公司"]
    assert f["holder"]["why"].startswith("公司本身 in the problem sentence")
    assert f["holder"]["evidence"][0]["sentence"] == "面临类似窘境的还有东方重工有限公司。"


def test_each_county_a_survey_visits_quotes_the_visit(tmp_path):
    found = _stalled(graph_of(tmp_path, SURVEY, [("东川县", "Location"), ("西岭县", "Location"),
                                                  ("州双拥办", "PartyGovBody")]))
    for county in ("东川县", "西岭县"):
        h = found[county]["holder"]
        assert h["why"].startswith("a place the check or survey goes to")
        assert "到东川县、西岭县2县调研指导" in h["evidence"][0]["sentence"]


def test_a_problem_sentence_that_names_its_holder_needs_no_explanation(tmp_path):
    text = "东方重工有限公司情况通报\n东方重工有限公司军品配套项目推进缓慢，资金缺口较大。"
    f = _stalled(graph_of(tmp_path, text, [("东方重工有限公司", "Enterprise")]))["东方重工有限公司"]
    assert "holder" not in f and holder_line(f) == ""
    assert "holder" not in _text(finding_block(1, f))


def test_the_reports_quote_the_holder_sentence_after_the_evidence(tmp_path):
    G = graph_of(tmp_path, COUNTY, [("青山县", "Location"), ("青山县人武部", "MilitaryUnit")])
    res = gaps(G, coverage_thresholds=JUDGE_ALL)
    md = "\n".join(render_md(res, []))
    at = md.index("_holder 青山县: 该县 in the problem sentence refers back to it; named in:_")
    assert md.index("以前，该县武装工作") < at < md.index("> “青山县激发党管武装工作内动力”")
    html = "".join(render_html(res, []))
    assert '<p class="holder">holder 青山县: 该县' in html
    assert '<blockquote class="holder">“青山县激发党管武装工作内动力”' in html


def test_a_body_named_without_its_place_quotes_the_sentence_naming_both():
    """[思南县] 县退役军人事务局 (u44-01): the problem sentence names the bureau but not its county; the
    sentence of the 巡察 names both (the store files the bureau under the county, so its jurisdiction
    reads 青山县 while its name says only 县)."""
    import networkx as nx

    from graph.analysis.gaps.stalled import holder_basis

    check = "近日，青山县委第六轮巡察组正在对县退役军人事务局开展为期2个月的巡察。"
    problem = "经自查，县退役军人事务局未及时停发抚恤补助资金。"
    G = nx.MultiDiGraph(documents={"q1": {"date": "2021-05-08", "jurisdiction": "青山县"}})
    sent = [{"document": "q1", "sentence": check, "sentence_index": 1, "modality": "reported"},
            {"document": "q1", "sentence": problem, "sentence_index": 2, "modality": "problem"}]
    G.add_node("青山县退役军人局", name="县退役军人事务局", type="PartyGovBody", jurisdiction="青山县",
               aliases=[], sentences=sent, problems=[sent[1]])
    basis = holder_basis(G, "青山县退役军人局", sent[1])
    assert basis["why"] == "its place is 青山县" and basis["quote_as"] == "named with it in"
    assert basis["evidence"] == [{**sent[0], "date": "2021-05-08"}]
    assert holder_line({"entities": [{"name": "县退役军人事务局"}], "holder": basis}) == \
        "holder 县退役军人事务局: its place is 青山县; named with it in:"
    # a name that holds its place, or a problem sentence that names the place, needs nothing more
    G.nodes["青山县退役军人局"]["name"] = "青山县退役军人事务局"
    named = {**sent[1], "sentence": "青山县退役军人事务局未及时停发资金。"}
    assert holder_basis(G, "青山县退役军人局", named) is None


def test_each_county_of_a_survey_quotes_its_problem_in_the_report(tmp_path):
    """The reports quote a sentence once; the four counties a survey visited (u61-07) showed their
    shared problem sentence under the first only, the others "Also quoted above" and no problem."""
    G = graph_of(tmp_path, SURVEY, [("东川县", "Location"), ("西岭县", "Location"),
                                    ("州双拥办", "PartyGovBody")])
    md = "\n".join(render_md(gaps(G, coverage_thresholds=JUDGE_ALL), []))
    assert md.count("> “针对调研中发现普遍存在的工作合力不强") == 2
    assert md.count("到东川县、西岭县2县调研指导") == 2  # each county's holder sentence too
