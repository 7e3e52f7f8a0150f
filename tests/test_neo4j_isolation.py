"""The test suite never touches the analyst's Neo4j server: its own home, ports and credentials."""

import json
import os
import subprocess
import sys

import pytest

from graph.neo4j_server import default_home, read_credentials
from tests.conftest import TEST_HOME, USER_HOME


def test_tests_run_against_their_own_server_home():
    assert default_home() == TEST_HOME
    assert TEST_HOME != USER_HOME
    assert os.environ["MCFGRAPH_NEO4J_HOME"] == str(TEST_HOME)
    assert "NEO4J_URI" not in os.environ


def test_a_cli_subprocess_of_a_test_sees_the_test_home():
    out = subprocess.run([sys.executable, "-c", "from graph.neo4j_server import default_home; "
                          "print(default_home())"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(TEST_HOME)


@pytest.mark.neo4j
def test_the_store_fixture_is_connected_to_the_test_server(neo4j_store):
    creds = read_credentials(TEST_HOME)
    assert neo4j_store.uri == creds["uri"]
    user = read_credentials(USER_HOME)
    if user is not None:  # an analyst's server installed beside the checkout: never the same one
        assert json.dumps(user, sort_keys=True) != json.dumps(creds, sort_keys=True)
        assert user["uri"] != creds["uri"]
