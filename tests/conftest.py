"""Shared fixtures: the real Neo4j server the test command started (no mocks of Neo4j).

Tests have their own server instance, never the analyst's: its home is `.neo4j-test/` at the
repository root (or MCFGRAPH_TEST_NEO4J_HOME), with its own ports and credentials, installed,
started and stopped by `scripts/test.sh`. This module points MCFGRAPH_NEO4J_HOME there before any
test runs (so subprocesses inherit it) and drops NEO4J_URI & co, so neither the analyst's
`.neo4j/` server nor a server named in their environment is ever connected to, let alone cleared.

When the test server cannot be reached, Neo4j tests fail under CI=true (CI promised a server) and
are skipped with the reason everywhere else.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.neo4j_server import REPO_ROOT, default_home

USER_HOME = (REPO_ROOT / ".neo4j").resolve()
TEST_HOME = Path(os.environ.get("MCFGRAPH_TEST_NEO4J_HOME") or REPO_ROOT / ".neo4j-test").resolve()
os.environ["MCFGRAPH_NEO4J_HOME"] = str(TEST_HOME)
for _var in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
    os.environ.pop(_var, None)


def _unreachable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Neo4j unreachable under CI=true: {reason}")
    pytest.skip(f"Neo4j unreachable: {reason} (start it with `mcfgraph neo4j start`)")


@pytest.fixture(scope="session")
def neo4j_home() -> Path:
    """The test server's home (never the analyst's `.neo4j/`)."""
    home = default_home()
    assert home == TEST_HOME != USER_HOME, f"tests must not use the server in {home}"
    return home


@pytest.fixture(scope="session")
def _neo4j_connection():
    from graph.neo4j_store import Neo4jStore, connection_settings, init_schema
    from graph.store import StoreError

    try:
        settings = connection_settings(None)
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


@pytest.fixture
def samples_neo4j(neo4j_store):
    """The test server holding the sample corpus (samples/), ingested as `mcfgraph ingest` does."""
    from workflows.ingest import ingest_paths

    summary = ingest_paths([REPO_ROOT / "samples"], neo4j_store)
    assert not summary.failed, [o.error for o in summary.failed]
    return neo4j_store


@pytest.fixture(scope="session")
def chromium_browser():
    """Debian's headless chromium driven by Playwright (no browser download): for anything a person
    looks at. Skipped with the reason where it is missing, a failure under CI=true."""
    import shutil

    exe = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if exe is None or sync_playwright is None:
        reason = "needs Debian's chromium and the playwright package (scripts/test.sh installs both)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        yield browser
        browser.close()
