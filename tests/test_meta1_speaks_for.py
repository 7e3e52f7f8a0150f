"""meta1: a document's jurisdiction is now a place's full name (青山市); a place the document
names by its short form (青山, 青山东区) is still the place it speaks for (gaps9's stated problems)."""

import networkx as nx

from graph.analysis.gaps.stalled import _speaks_for


def test_short_form_place_is_the_documents_full_name_jurisdiction() -> None:
    G = nx.MultiDiGraph()
    G.graph["documents"] = {"d": {"jurisdiction": "青山市"}, "e": {"jurisdiction": "东川市"}}
    assert _speaks_for(G, "d", ["青山"])
    assert _speaks_for(G, "d", ["青山东区"])
    assert _speaks_for(G, "d", ["青山市"])
    assert not _speaks_for(G, "e", ["青山"])


def test_autonomous_prefecture_named_by_its_short_form() -> None:
    G = nx.MultiDiGraph()
    G.graph["documents"] = {"d": {"jurisdiction": "延边朝鲜族自治州"}}
    assert _speaks_for(G, "d", ["延边州"])
