"""ux3: an analyst asks who links the military and the civilian side of one province or city.

Found on unseen text (u67-03: 市委书记、鄂尔多斯军分区党委第一书记李理): `brokers -j 鄂尔多斯` left
out every person (a person has no jurisdiction of their own), so the dual-hatted party secretary who
is the link between the city's two sides was missing, and `brokers -j 内蒙古` held only the region's
own bodies, none of its cities'. Invented bodies and people in real places (the places come from
China's administrative table).
"""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

import cli_analysis
from graph.embedded import EmbeddedStore
from tests.test_analysis_graphs import build, document_graphs, edge, node

runner = CliRunner()
D = "ux3a"
CITY, REGION = "赤峰市", "内蒙古自治区"


def invented() -> object:
    nodes = [(D, node("赤峰市委", "PartyGovBody", CITY, name="市委")),
             (D, node("赤峰军分区", "MilitaryUnit", CITY)),
             (D, node("林西县人武部", "MilitaryUnit", "林西县")),
             (D, node("林西县青松农机有限公司", "Enterprise", "林西县")),
             (D, node("自治区国动办", "PartyGovBody", REGION)),
             (D, node("包青山", "Person")),
             (D, node("石远航", "Person"))]
    edges = [edge(D, "包青山", "HOLDS_POSITION", "赤峰市委", "市委书记、赤峰军分区党委第一书记包青山"),
             edge(D, "包青山", "HOLDS_POSITION", "赤峰军分区", "市委书记、赤峰军分区党委第一书记包青山"),
             edge(D, "林西县人武部", "SUPPORTS", "林西县青松农机有限公司", "林西县人武部支持青松农机"),
             edge(D, "石远航", "HOLDS_POSITION", "自治区国动办", "自治区国动办主任石远航")]
    return build({D: {"date": "2024-08-01", "jurisdiction": CITY}}, nodes, edges)


@pytest.fixture(scope="module")
def app():
    a = typer.Typer()
    cli_analysis.register(a)
    return a


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("ux3") / "g.db"
    store = EmbeddedStore(path)
    for dg in document_graphs(invented):
        store.write_document(dg)
    store.close()
    return str(path)


def run(app, *args):
    return runner.invoke(app, list(args), env={"COLUMNS": "80"})


def test_brokers_of_a_city_keep_the_person_who_holds_posts_on_both_sides(app, db):
    r = run(app, "brokers", "-j", "赤峰", "--db", db, "--json")
    assert r.exit_code == 0, r.output
    names = {row["name"] for row in json.loads(r.stdout)["rows"]}
    assert "包青山" in names  # 市委书记 and 军分区党委第一书记: the link between the two sides
    assert "石远航" not in names  # a person tied only to a body of another jurisdiction stays out
    text = run(app, "brokers", "-j", "赤峰", "--db", db)
    assert "包青山" in text.output


def test_a_province_includes_the_places_inside_it_and_says_so(app, db):
    r = run(app, "centrality", "-j", "内蒙古", "--db", db, "--json", "--top", "0")
    assert r.exit_code == 0, r.output
    keys = {row["key"] for row in json.loads(r.stdout)["rows"]}
    assert {"自治区国动办", "赤峰军分区", "林西县人武部", "林西县青松农机有限公司"} <= keys
    note = run(app, "centrality", "-j", "内蒙古", "--db", db).output
    assert "includes the places inside it" in note and "赤峰市" in note and "林西县" in note
    # a county is not widened, and a city keeps to itself and its counties
    city = {row["key"] for row in json.loads(run(app, "centrality", "-j", "赤峰", "--db", db, "--json",
                                                 "--top", "0").stdout)["rows"]}
    assert "林西县人武部" in city and "自治区国动办" not in city


def test_a_type_filter_without_person_keeps_people_out(app, db):
    r = run(app, "centrality", "-j", "赤峰", "-t", "MilitaryUnit", "--db", db, "--json", "--top", "0")
    keys = {row["key"] for row in json.loads(r.stdout)["rows"]}
    assert "包青山" not in keys and "赤峰军分区" in keys


def test_no_cut_point_is_said_in_words_not_an_empty_table(app, db):
    r = run(app, "brokers", "-j", "林西", "--db", db)
    assert "Cut points: none" in r.output  # was an empty table with headers only


def test_show_gives_a_person_no_jurisdiction_rather_than_national(app, db):
    r = run(app, "show", "包青山", "--db", db)
    assert r.exit_code == 0, r.output
    row = next(line for line in r.output.splitlines() if "jurisdiction" in line)
    assert "national" not in row and "—" in row
    body = next(line for line in run(app, "show", "自治区国动办", "--db", db).output.splitlines()
                if "jurisdiction" in line)
    assert "内蒙古自治区" in body


def test_gaps_take_in_the_places_inside_a_province_too(app, db):
    r = run(app, "gaps", "-j", "内蒙古", "--db", db)
    assert "includes the places inside it" in r.output and "赤峰市" in r.output
