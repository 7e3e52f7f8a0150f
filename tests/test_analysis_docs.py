"""The small examples in the analysis docstrings are tests too (networkx style)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["graph.side", "graph.gloss", "graph.export", "graph.analysis.filters", "graph.analysis.lookup",
           "graph.analysis.paths", "graph.analysis.centrality", "graph.analysis.brokers",
           "graph.analysis.gaps"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    mod = importlib.import_module(name)
    res = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert res.attempted > 0, f"{name} has no examples"
    assert res.failed == 0
