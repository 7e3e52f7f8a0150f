"""ux3: an entity report on a firm shows the firm's ties, not every body of its region.

Found on unseen text: `mcfgraph report 内蒙古一机集团` (one tie, so drawn at radius 2) went on through
内蒙古自治区, where the firm is LOCATED_IN, to every body of the region, and listed 12 of 56
documents as "documents this report draws on", eleven of them about other bodies. Invented bodies.
"""

from __future__ import annotations

from graph.report import build_report, picture_nodes
from tests.test_analysis_graphs import build, edge, node


def invented():
    nodes = [("ux3r1", node("青松重工集团", "Enterprise", "内蒙古自治区")),
             ("ux3r1", node("青松化工有限公司", "Enterprise", "北京市")),
             ("ux3r1", node("内蒙古自治区", "Location", "内蒙古自治区")),
             ("ux3r2", node("内蒙古自治区", "Location", "内蒙古自治区")),
             ("ux3r2", node("白云军分区", "MilitaryUnit", "内蒙古自治区")),
             ("ux3r3", node("内蒙古自治区", "Location", "内蒙古自治区")),
             ("ux3r3", node("白云农机有限公司", "Enterprise", "内蒙古自治区"))]
    edges = [edge("ux3r1", "青松重工集团", "COORDINATES_WITH", "青松化工有限公司",
                  "青松重工集团与青松化工有限公司签署协议", "reported"),
             edge("ux3r1", "青松重工集团", "LOCATED_IN", "内蒙古自治区", "青松重工集团位于内蒙古自治区"),
             edge("ux3r2", "白云军分区", "LOCATED_IN", "内蒙古自治区", "白云军分区驻内蒙古自治区"),
             edge("ux3r3", "白云农机有限公司", "LOCATED_IN", "内蒙古自治区",
                  "白云农机有限公司位于内蒙古自治区")]
    return build({d: {"date": "2024", "jurisdiction": "内蒙古自治区"} for d in ("ux3r1", "ux3r2", "ux3r3")},
                 nodes, edges)


def test_the_ego_network_does_not_go_on_through_a_place():
    G = invented()
    nodes = picture_nodes(G, "青松重工集团", radius=2)
    assert "青松化工有限公司" in nodes and "内蒙古自治区" in nodes  # its tie and where it is
    assert "白云军分区" not in nodes and "白云农机有限公司" not in nodes  # others of the region


def test_the_report_lists_only_the_documents_of_what_it_draws():
    rep = build_report(invented(), "青松重工集团")
    assert rep["sections"][0]["radius"] == 2  # thin at one hop: widened, as before
    assert [d["id"] for d in rep["documents"]] == ["ux3r1"]


def test_the_gap_report_shows_the_findings_before_the_pictures():
    from graph.report import report
    from tests.test_analysis_graphs import corpus

    for fmt, picture, finding, held in (("md", "![gap picture ", "### Stated problems", "### Not enough"),
                                        ("html", 'class="network gap-picture"', "<h3>Stated problems",
                                         "<h3>Not enough")):
        text = report(corpus(), include_gaps=True, fmt=fmt)
        assert text.index(finding) < text.index(picture) < text.index(held), fmt
        assert "Pictures by jurisdiction" in text
