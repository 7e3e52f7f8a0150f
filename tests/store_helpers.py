"""Curated documents loaded the way an analyst loads them (`mcfgraph ingest --annotations`), and the
graph an embedded store yields, for the tests of the curated-problem round trip."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from typer.testing import CliRunner

from cli import app
from graph.embedded import EmbeddedStore


def graph_of_db(db: Path) -> nx.MultiDiGraph:
    """The networkx graph of an embedded store file (closed again after reading)."""
    with EmbeddedStore(db) as store:
        return store.to_networkx()


def ingested_annotations(path: Path, db: Path) -> nx.MultiDiGraph:
    """`mcfgraph ingest --annotations path --db db` (it must succeed), then the store's graph."""
    res = CliRunner().invoke(app, ["ingest", "--annotations", str(path), "--db", str(db)])
    assert res.exit_code == 0, res.output
    return graph_of_db(db)
