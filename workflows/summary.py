"""The findings the main job prints: what the graph holds, who is central, where gaps are."""

from __future__ import annotations

from collections import Counter

import networkx as nx
from rich.console import Console

from workflows.render import Table


def summarise(g: nx.MultiDiGraph, top: int = 10) -> dict:
    """Counts by type and side, the most central actors and the strongest coordination gaps."""
    from graph.analysis.centrality import centrality
    from graph.analysis.gaps import find_gaps

    by_type = Counter(d.get("type", "") for _, d in g.nodes(data=True))
    by_side = Counter(d.get("side", "") for _, d in g.nodes(data=True))
    by_rel = Counter(d.get("type", "") for _, _, d in g.edges(data=True))
    actors = centrality(g, measure="betweenness", top=top,
                        types=["PartyGovBody", "MilitaryUnit", "Enterprise", "ResearchInstitute",
                               "Association", "IndustrialPark", "Fund", "Person"])
    gaps = find_gaps(g)[:top]
    return {
        "documents": len(g.graph.get("documents", {})),
        "nodes": g.number_of_nodes(),
        "relationships": g.number_of_edges(),
        "evidence": sum(len(d.get("evidence", [])) for _, _, d in g.edges(data=True)),
        "by_type": dict(sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))),
        "by_side": dict(sorted(by_side.items(), key=lambda kv: (-kv[1], kv[0]))),
        "by_relation": dict(sorted(by_rel.items(), key=lambda kv: (-kv[1], kv[0]))),
        "central_actors": actors,
        "gaps": gaps,
    }


def render_summary(result: dict, console: Console) -> None:
    console.print(f"[bold]{result['documents']} documents, {result['nodes']} entities, "
                  f"{result['relationships']} relationships ({result['evidence']} evidence sentences)"
                  "[/bold]")
    t = Table(title="Entities by type")
    t.add_column("type")
    t.add_column("count", justify="right")
    for k, v in result["by_type"].items():
        t.add_row(k, str(v))
    s = Table(title="Relationships by type")
    s.add_column("relation")
    s.add_column("count", justify="right")
    for k, v in result["by_relation"].items():
        s.add_row(k, str(v))
    console.print(t, s)
    c = Table(title="Most central actors (betweenness)")
    for col in ("entity", "gloss", "jurisdiction", "type", "side", "score"):
        c.add_column(col)
    for a in result["central_actors"]:
        c.add_row(a["name"], a.get("gloss", ""), a.get("jurisdiction") or "(national)", a["type"],
                  a.get("side", ""), f"{a['score']:.3f}")
    console.print(c)
    gt = Table(title="Top coordination gaps (mcfgraph gaps for all)")
    for col in ("kind", "score", "finding"):
        gt.add_column(col)
    for gap in result["gaps"]:
        gt.add_row(gap["kind"], f"{gap['score']:.2f}", gap["summary"])
    console.print(gt)
