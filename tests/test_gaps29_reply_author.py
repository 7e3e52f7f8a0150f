"""The body that writes a reply or report holds the problems its own text states without naming
another holder (issue 9, gaps29; class from the stated-tier READ batches u42, u49 and u78):
- a heading names the author (青山县交通运输局关于…委员提案的答复函; 人武部部长关于…的调研报告, the
  post left out) and the clauses after it are its own; a notice's heading (…关于…的通知) names an
  issuer who states its addressees' problems, not its own, and so does a check's report (关于检查…的报告);
- a reply's signature (the line of body names before the closing date, after 现答复如下) names its
  authors, and the clauses between the two are theirs; the petitioner's proposal before it is not;
- only as a last resort: a clause that names a body, a place or a deictic keeps it;
- the 该 of 应该 is no deictic to a thing (应该保障道路畅通 is no 该项目…).
Curated entities through `ingest --annotations`, then `gaps`. Invented names and texts only."""

from __future__ import annotations

from graph.analysis.gaps import gaps
from ingest.components.modality import authored_spans, deictic_thing, writes
from tests.test_gaps_problem_statements import JUDGE_ALL, graph_of, of_kind

REPLY = ("第5号 关于东川镇至红石岭道路建设的提案\n"
         "内容:东川镇至红石岭的公路目前还是砂子路,家庭轿车都难以通行。\n"
         "办理情况:\n"
         "青山县交通运输局关于政协青山县第十届\n一次会议第5号委员提案的答复函\n"
         "甲乙丙委员:\n"
         "你们提出的提案已交我们研究办理,现答复如下:\n"
         "改善道路通行条件是我们的责任,应该保障道路畅通,但我局目前没有这方面的项目,我们将积极争取立项。\n")

SIGNED = ("关于甲乙丙人员免费乘车的建议\n"
          "议案内容:外地已出台乘车优惠政策,建议尽快出台。\n"
          "您好,您提出的建议收悉,现答复如下:\n"
          "我们已与公交公司对接。由于目前上级还未出台相对应政策,还不能落实甲乙丙人员免费乘车的优待政策。\n"
          "特此函复\n\n"
          "青山县民政局 青山县交通运输局\n\n"
          "2023年8月16日\n")

REPORT = ("人武部部长关于基层武装工作的调研报告\n"
          "近年来,尽管县人武部现役干部锐减,但各项工作呈现良好势头。\n"
          "二、存在问题\n"
          "(一)专武干部队伍建设质量不高。一是专武干部缺编严重。\n")

NOTICE = ("青山县交通运输局关于做好农村公路建设工作的通知\n"
          "各乡镇:\n"
          "当前,部分乡镇农村公路建设推进缓慢。\n")


def _stalled(G) -> dict[str, list[str]]:
    found = of_kind(gaps(G, coverage_thresholds=JUDGE_ALL), "stalled")
    return {e["name"]: [p["sentence"] for p in f["evidence"]] for f in found for e in f["entities"]}


def test_a_reply_heading_names_its_author_and_where_it_speaks():
    (s, e, lo, hi), = authored_spans(REPLY)
    assert REPLY[s:e] == "青山县交通运输局" and lo == s and hi == len(REPLY)
    assert REPLY.index("难以通行") < lo < REPLY.index("我局目前没有")


def test_a_report_heading_leaves_out_the_post_and_a_notice_names_no_author():
    (s, e, _lo, _hi), = authored_spans(REPORT)
    assert REPORT[s:e] == "人武部"
    assert authored_spans(NOTICE) == []
    check = "青山市人大常委会关于检查《人民防空法》贯彻执行情况的报告\n部分单位人防工程建设推进缓慢。"
    assert authored_spans(check) == []  # an inspector's findings are the inspected bodies'


def test_a_signature_closes_a_reply_only():
    (s, e, lo, hi), = authored_spans(SIGNED)
    assert SIGNED[s:e] == "青山县民政局 青山县交通运输局"
    assert lo == SIGNED.index("现答复如下") + len("现答复如下") and hi == s
    unsigned = SIGNED.replace("现答复如下", "情况如下").replace("特此函复", "")
    assert authored_spans(unsigned) == []


def test_the_report_reads_the_author_off_one_sentence():
    assert writes(["青山县交通运输局"], heading="青山县交通运输局关于政协青山县第十届")
    assert writes(["青山县人武部"], heading="人武部部长关于基层武装工作的调研报告")
    assert not writes(["青山县人武部"], heading="东川县民政局关于基层工作的报告")
    assert writes(["青山县民政局"], signature="青山县民政局 青山县交通运输局")
    assert not writes(["青山县民政局"], signature="青山县民政局认真研究了提案")


def test_the_should_of_yinggai_is_no_deictic():
    assert not deictic_thing("应该保障道路畅通,但我局目前没有这方面的项目")
    assert deictic_thing("该项目进展缓慢")


def test_the_replying_bureau_holds_the_problem_of_its_reply_not_of_the_proposal(tmp_path):
    G = graph_of(tmp_path, REPLY, [("青山县交通运输局", "PartyGovBody")])
    found = _stalled(G)
    assert list(found) == ["青山县交通运输局"]
    assert all("我局目前没有" in s for s in found["青山县交通运输局"])


def test_both_signatories_hold_the_problem_of_their_reply(tmp_path):
    G = graph_of(tmp_path, SIGNED, [("青山县民政局", "PartyGovBody"), ("青山县交通运输局", "PartyGovBody")])
    found = _stalled(G)
    assert sorted(found) == ["青山县交通运输局", "青山县民政局"]
    assert all("还不能落实" in s for v in found.values() for s in v)


def test_the_body_whose_head_writes_the_report_holds_its_listed_problems(tmp_path):
    G = graph_of(tmp_path, REPORT, [("县人武部", "MilitaryUnit")])
    found = _stalled(G)
    assert any("缺编严重" in s for s in found["县人武部"])


def test_a_notice_issuer_takes_no_problem_of_its_addressees(tmp_path):
    G = graph_of(tmp_path, NOTICE, [("青山县交通运输局", "PartyGovBody")])
    assert _stalled(G) == {}
