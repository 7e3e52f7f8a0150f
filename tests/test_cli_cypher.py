"""`mcfgraph cypher` and `mcfgraph neo4j import` on the real test server."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cli import app
from cli_cypher import parse_params
from graph import neo4j_server
from graph.cypher import find_saved, saved_queries
from graph.export import export
from graph.neo4j_store import init_schema

runner = CliRunner()


def test_params_and_saved_names_without_a_server():
    assert parse_params(["a=龙岩市委", "n=3", "l=[1,2]", "t=true"]) == {"a": "龙岩市委", "n": 3, "l": [1, 2],
                                                                      "t": True}
    with pytest.raises(ValueError):
        parse_params(["no-equals"])
    assert find_saved("brokers")[0].startswith("Brokers:")
    assert find_saved("path")[0].startswith("Path:")
    assert find_saved("gaps: orphans")[0].startswith("Gaps: orphans")
    with pytest.raises(ValueError, match="several"):
        find_saved("gaps")
    with pytest.raises(ValueError, match="no saved query"):
        find_saved("nothing like this")


@pytest.mark.neo4j
def test_cypher_reads_as_json_table_and_saved(samples_neo4j):
    r = runner.invoke(app, ["cypher", "MATCH (n:Entity {key: $k}) RETURN n.name AS name, n.gloss AS gloss",
                            "--param", "k=龙岩市委", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout) == [{"name": "龙岩市委", "gloss": samples_neo4j._read(
        "g", "MATCH (n:Entity {key: '龙岩市委'}) RETURN n.gloss AS g")[0]["g"]}]
    for name in saved_queries():
        r = runner.invoke(app, ["cypher", "--saved", name, "--json"])
        assert r.exit_code == 0, (name, r.output)
        json.loads(r.stdout)
    r = runner.invoke(app, ["cypher", "--saved", "path", "--json"])
    rows = json.loads(r.stdout)
    assert rows and rows[0]["hops"] == 2 and rows[0]["p"]["relationships"][0]["ev_sentences"]
    r = runner.invoke(app, ["cypher", "--saved", "path", "--param", "b=龙岩市委", "--json"])
    rows = json.loads(r.stdout)  # an override replaces the example value
    ends = {rows[0]["p"]["nodes"][0]["key"], rows[0]["p"]["nodes"][-1]["key"]}
    assert ends == {"张丽华", "龙岩市委"}
    r = runner.invoke(app, ["cypher", "--saved", "brokers"])
    assert r.exit_code == 0 and "Brokers:" in r.stdout and "joint" in r.stdout  # a table


@pytest.mark.neo4j
def test_cypher_refuses_writes_without_write(samples_neo4j):
    query = "MATCH (n:Entity {key: '龙岩市委'}) SET n.flag = 1 RETURN n.key"
    r = runner.invoke(app, ["cypher", query])
    assert r.exit_code == 1 and "--write" in r.output
    assert samples_neo4j._read("f", "MATCH (n:Entity {key: '龙岩市委'}) RETURN n.flag AS f")[0]["f"] is None
    r = runner.invoke(app, ["cypher", query, "--write"])
    assert r.exit_code == 0, r.output
    assert samples_neo4j._read("f", "MATCH (n:Entity {key: '龙岩市委'}) RETURN n.flag AS f")[0]["f"] == 1
    r = runner.invoke(app, ["cypher", "MATCH (n RETURN n"])
    assert r.exit_code == 1 and "SyntaxError" in r.output


@pytest.mark.neo4j
def test_neo4j_import_loads_a_csv_export_into_the_test_server(samples_neo4j, neo4j_home, tmp_path):
    """Community has one user database: stop the test server, import into its `neo4j` database,
    start, query, then empty it again and leave the server running with its schema."""
    G = samples_neo4j.to_networkx()
    folder = tmp_path / "csv"
    export(G, "csv", folder)
    assert "mcfgraph neo4j import" in (folder / "IMPORT.txt").read_text(encoding="utf-8")
    r = runner.invoke(app, ["neo4j", "import", str(folder), "--overwrite"])
    assert r.exit_code == 1 and "running" in r.output  # neo4j-admin needs the server stopped
    neo4j_server.stop(neo4j_home)
    try:
        r = runner.invoke(app, ["neo4j", "import", str(folder)])
        assert r.exit_code == 1 and "--overwrite" in r.output  # nothing replaced silently
        r = runner.invoke(app, ["neo4j", "import", str(folder), "--overwrite"])
        assert r.exit_code == 0, r.output
    finally:
        neo4j_server.start(neo4j_home)
    try:
        r = runner.invoke(app, ["cypher", "MATCH (n:Entity) RETURN count(n) AS n", "--json"])
        assert json.loads(r.stdout) == [{"n": G.number_of_nodes()}]
        r = runner.invoke(app, ["cypher", "MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n", "--json"])
        assert json.loads(r.stdout) == [{"n": G.number_of_edges()}]
        r = runner.invoke(app, ["cypher", "MATCH (n:Entity {key: '龙岩市委'}) RETURN n.caption AS c",
                                "--json"])
        assert json.loads(r.stdout)[0]["c"].startswith("龙岩市委 ")
        r = runner.invoke(app, ["cypher", "--saved", "path", "--json"])
        assert json.loads(r.stdout)[0]["hops"] == 2
    finally:
        samples_neo4j.clear()
        with samples_neo4j._session() as s:
            s.run("MATCH (m:McfgraphModel) DELETE m").consume()
        init_schema(samples_neo4j)


@pytest.mark.neo4j
def test_cypher_missing_parameter_says_how_to_give_it(samples_neo4j):
    r = runner.invoke(app, ["cypher", "MATCH (n:Entity {key: $k}) RETURN n.name"])
    assert r.exit_code == 1 and "Expected parameter(s): k" in r.output and "--param NAME=VALUE" in r.output
