"""ux3: an analyst types a firm's English name the store does not hold.

Found on unseen text: `mcfgraph show "China South Industries"` printed the entity 中国 (gloss
"China") as if it were the answer: the only candidate was a name making up a small part of what was
typed. Such a partial match is now a "not found" with the candidate listed (exit 3). Invented names.
"""

from __future__ import annotations

import networkx as nx
import pytest

from graph.analysis.lookup import NotFound, resolve


def graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("中国", name="中国", type="Location", jurisdiction="", gloss="China")
    G.add_node("青松重工集团公司", name="青松重工集团公司", aliases=["青松重工"], type="Enterprise",
               jurisdiction="", gloss="Qingsong Heavy Industry Group Company")
    G.add_node("赤峰市委", name="市委", type="PartyGovBody", jurisdiction="赤峰市",
               gloss="Chifeng Municipal Party Committee")
    return G


def test_a_name_that_is_a_small_part_of_the_query_is_not_taken_for_it():
    with pytest.raises(NotFound) as exc:
        resolve(graph(), "China Dongfang Instruments Group")
    assert [c.key for c in exc.value.candidates] == ["中国"]  # listed, not chosen
    with pytest.raises(NotFound):
        resolve(graph(), "赤峰市委书记包青山同志")


def test_fuller_forms_of_a_name_still_resolve():
    G = graph()
    assert resolve(G, "青松重工集团公司党委") == "青松重工集团公司"  # the name is most of the query
    assert resolve(G, "Qingsong Heavy Industry") == "青松重工集团公司"
    assert resolve(G, "China") == "中国"


def test_show_exits_3_and_lists_the_candidate(tmp_path):
    import typer
    from typer.testing import CliRunner

    import cli_analysis
    from graph.embedded import EmbeddedStore
    from tests.test_analysis_graphs import build, document_graphs, node

    def invented():
        return build({"ux3b": {"date": "2024", "jurisdiction": ""}},
                     [("ux3b", node("中国", "Location")),
                      ("ux3b", node("青松重工集团公司", "Enterprise"))], [])

    store = EmbeddedStore(tmp_path / "g.db")
    for dg in document_graphs(invented):
        store.write_document(dg)
    store.close()
    app = typer.Typer()
    cli_analysis.register(app)
    r = CliRunner().invoke(app, ["show", "China Dongfang Instruments Group", "--db", str(tmp_path / "g.db")],
                           env={"COLUMNS": "80"})
    assert r.exit_code == 3, r.output
    assert "no entity is named" in r.output and "中国" in r.output


def test_candidates_read_at_80_columns(tmp_path):
    import typer
    from typer.testing import CliRunner

    import cli_analysis
    from graph.embedded import EmbeddedStore
    from tests.test_analysis_graphs import build, document_graphs, node

    def invented():
        return build({"ux3c": {"date": "2024", "jurisdiction": "赤峰市"}},
                     [("ux3c", node("赤峰青松重工集团有限公司", "Enterprise", "赤峰市")),
                      ("ux3c", node("赤峰青松化工机械有限公司", "Enterprise", "赤峰市"))], [])

    store = EmbeddedStore(tmp_path / "g.db")
    for dg in document_graphs(invented):
        store.write_document(dg)
    store.close()
    app = typer.Typer()
    cli_analysis.register(app)
    r = CliRunner().invoke(app, ["show", "Qingsong", "--db", str(tmp_path / "g.db")], env={"COLUMNS": "80"})
    assert r.exit_code == 3, r.output
    assert "gloss:contains" in r.output  # the match kind on one line, not 'gloss:con' / 'tains'
    assert "jurisdicti " not in r.output  # nor a header broken in two
