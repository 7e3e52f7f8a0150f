"""Shared fixtures: the real Neo4j server the test command started (no mocks of Neo4j).

The server is started outside pytest (`python -m graph.neo4j_server install && ... start`, or
`mcfgraph neo4j start`); these fixtures only connect to it. When it cannot be reached, Neo4j tests
fail under CI=true (CI promised a server) and are skipped with the reason everywhere else.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.neo4j_server import default_home


def _unreachable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Neo4j unreachable under CI=true: {reason}")
    pytest.skip(f"Neo4j unreachable: {reason} (start it with `mcfgraph neo4j start`)")


@pytest.fixture(scope="session")
def neo4j_home() -> Path:
    """The server home the default connection settings read (MCFGRAPH_NEO4J_HOME or .neo4j/)."""
    return default_home()


@pytest.fixture(scope="session")
def _neo4j_connection():
    from graph.neo4j_store import Neo4jStore, connection_settings, init_schema
    from graph.store import StoreError

    try:
        settings = connection_settings(os.environ.get("NEO4J_URI") or None)
        store = Neo4jStore(**settings)
    except StoreError as exc:
        _unreachable(str(exc))
    try:
        init_schema(store)
        yield store
    finally:
        store.close()


@pytest.fixture
def neo4j_store(_neo4j_connection):
    """A Neo4jStore on an empty database (cleared before each test; one connection per session)."""
    _neo4j_connection.clear()
    return _neo4j_connection
