"""The findings the main job prints: what the graph holds, who is central, where gaps are."""

from __future__ import annotations

from collections import Counter

import networkx as nx
from rich.console import Console

from graph.gloss import finding_title, place_label
from workflows.render import JURISDICTION_NOTE, Table, mentions_placeholder, national


def summarise(g: nx.MultiDiGraph, top: int = 10, dismissed: dict | None = None) -> dict:
    """Counts by type and side, the most central actors and the strongest coordination gaps
    (leaving out those an analyst dismissed with `mcfgraph gaps --dismiss`: `dismissed` maps keys)."""
    from graph.analysis.centrality import centrality
    from graph.analysis.gaps import find_gaps

    by_type = Counter(d.get("type", "") for _, d in g.nodes(data=True))
    by_side = Counter(d.get("side", "") for _, d in g.nodes(data=True))
    by_rel = Counter(d.get("type", "") for _, _, d in g.edges(data=True))
    actors = centrality(g, measure="betweenness", top=top,
                        types=["PartyGovBody", "MilitaryUnit", "Enterprise", "ResearchInstitute",
                               "Association", "IndustrialPark", "Fund", "Person"])
    found = find_gaps(g)
    gaps = [f for f in found if f.get("key") not in (dismissed or {})][:top]
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
        "gaps_dismissed": sum(1 for f in found if f.get("key") in (dismissed or {})),
    }


LOW_BETWEENNESS = 0.01  # below it on every actor, the table ranks noise: say so


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
    c.add_column("entity (type, side, jurisdiction)", ratio=1)
    c.add_column("score", justify="right")
    for a in result["central_actors"]:
        gloss = a.get("gloss", "")
        jur = place_label(a.get("jurisdiction") or "") or national(a["type"])
        where = ", ".join(x for x in (a["type"], a.get("side", ""), jur) if x)
        c.add_row(a["name"] + (f"\n[dim]{gloss}[/dim]" if gloss and gloss != a["name"] else "")
                  + f"\n[dim]({where})[/dim]", f"{a['score']:.3f}")
    console.print(c)
    if result["central_actors"] and max(a["score"] for a in result["central_actors"]) < LOW_BETWEENNESS:
        console.print("  scores near 0: the documents tell separate stories, and few paths between actors "
                      "run through any one of them (mcfgraph brokers -j PLACE asks one place)",
                      style="dim", highlight=False, markup=False)
    dismissed = result.get("gaps_dismissed", 0)
    gt = Table(title="Top coordination gaps")
    for col in ("#", "id", "tier · kind", "finding"):
        gt.add_column(col)
    for i, gap in enumerate(result["gaps"], 1):
        gt.add_row(str(i), gap.get("id", ""), f"{gap.get('tier', '')} · {gap.get('label') or gap['kind']}",
                   finding_title({**gap, "title": gap["summary"]}))
    console.print(gt)
    # left-aligned lines, not a centred caption that broke the command at 80 columns
    console.print("  each with its evidence sentences: mcfgraph gaps\n"
                  "  to set one aside: mcfgraph gaps --dismiss ID --reason TEXT"
                  + (f"\n  {dismissed} dismissed left out" if dismissed else ""),
                  style="dim", highlight=False, markup=False, soft_wrap=True)
    texts = [a.get("jurisdiction") or "" for a in result["central_actors"]]
    texts += [g["summary"] for g in result["gaps"]]
    if mentions_placeholder(*texts):
        console.print(JURISDICTION_NOTE, style="dim", highlight=False, markup=False)
