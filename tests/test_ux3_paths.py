"""ux3: a path that only passes through a place both ends are located in is said to be one.

Found on unseen text: `mcfgraph path 鄂尔多斯军分区 内蒙古一机集团` went …大会 -LOCATED_IN-> 北京市
<-LOCATED_IN- 北京航天长征化学工程股份有限公司 …, printed like any tie: two bodies in one city read
as connected. The step is now marked as a shared place, with --no-places named. Invented bodies.
"""

from __future__ import annotations

import typer
from typer.testing import CliRunner

import cli_analysis
from graph.embedded import EmbeddedStore
from tests.test_analysis_graphs import build, document_graphs, edge, node

D = "ux3p"


def invented():
    nodes = [(D, node("青松军分区", "MilitaryUnit", "赤峰市")), (D, node("赤峰市", "Location", "赤峰市")),
             (D, node("青松农机有限公司", "Enterprise", "赤峰市"))]
    edges = [edge(D, "青松军分区", "LOCATED_IN", "赤峰市", "青松军分区驻赤峰市"),
             edge(D, "青松农机有限公司", "LOCATED_IN", "赤峰市", "青松农机有限公司位于赤峰市")]
    return build({D: {"date": "2024", "jurisdiction": "赤峰市"}}, nodes, edges)


def test_a_step_through_a_shared_place_is_marked(tmp_path):
    store = EmbeddedStore(tmp_path / "g.db")
    for dg in document_graphs(invented):
        store.write_document(dg)
    store.close()
    app = typer.Typer()
    cli_analysis.register(app)
    r = CliRunner().invoke(app, ["path", "青松军分区", "青松农机有限公司", "--db", str(tmp_path / "g.db")],
                           env={"COLUMNS": "80"})
    assert r.exit_code == 0, r.output
    assert "a shared place" in r.output and "--no-places" in r.output
    r = CliRunner().invoke(app, ["path", "青松军分区", "青松农机有限公司", "--no-places",
                                 "--db", str(tmp_path / "g.db")], env={"COLUMNS": "80"})
    assert r.exit_code == 1  # no tie between them but the city
