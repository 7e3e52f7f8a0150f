"""Benchmark: centrality, gaps and brokers on synthetic graphs of 10k, 100k and 1M relationships.

Each (size, phase) runs in its own process so that peak memory (ru_maxrss) belongs to that phase
alone: the process builds the graph (same shape as graph.store.graph_from_contributions: node
attributes, evidence dicts, modalities), records its resident size, runs the phase and records
time and peak. `--compare` also times plain-networkx equivalents side by side (betweenness k-sampling,
pagerank, eigenvector, articulation points) where they finish in reasonable time.

Usage:
  .venv/bin/python bench/bench_analysis.py           # all sizes, writes docs/BENCHMARKS_analysis.md
  .venv/bin/python bench/bench_analysis.py --sizes 10k --compare
  .venv/bin/python bench/bench_analysis.py --sizes 100k --phases accuracy   # sampled vs exact
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import networkx as nx  # noqa: E402

SIZES = {"10k": (1_000, 10_000), "100k": (10_000, 100_000), "1M": (100_000, 1_000_000)}
TYPES = [("PartyGovBody", 0.22), ("MilitaryUnit", 0.10), ("Enterprise", 0.25), ("ResearchInstitute", 0.06),
         ("Association", 0.04), ("IndustrialPark", 0.04), ("Fund", 0.02), ("Policy", 0.08), ("Project", 0.07),
         ("Person", 0.06), ("Location", 0.03), ("Event", 0.03)]
SIDE = {"MilitaryUnit": "military", "PartyGovBody": "civilian", "Enterprise": "civilian",
        "ResearchInstitute": "civilian", "Association": "civilian", "IndustrialPark": "civilian",
        "Fund": "civilian"}
NAMES = {"PartyGovBody": "市发改委", "MilitaryUnit": "军分区", "Enterprise": "重工有限公司",
         "ResearchInstitute": "研究所", "Association": "促进会", "IndustrialPark": "军民融合产业园",
         "Fund": "产业发展基金", "Policy": "规划", "Project": "专项行动", "Person": "张", "Location": "市",
         "Event": "座谈会"}
RELS = ["LEADS", "SUPPORTS", "COORDINATES_WITH", "PART_OF", "IMPLEMENTS", "ESTABLISHED", "FUNDS",
        "PARTICIPATES_IN", "HOLDS_POSITION", "LOCATED_IN"]
MODALITIES = [("stated", 0.6), ("reported", 0.2), ("directive", 0.15), ("problem", 0.05)]
SENTENCES = [s for s in (ROOT / "samples" / "s000.txt").read_text(encoding="utf-8").split("。") if s.strip()]


def synthetic(n_nodes: int, n_edges: int, seed: int = 0) -> nx.MultiDiGraph:
    """A graph of the analysis shape: jurisdictions of ~500 entities, 85% of ties local, hubs
    by preferential choice, every edge with one evidence dict, 1% of entities with a problem."""
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    n_docs = max(10, n_edges // 50)
    G.graph["documents"] = {f"d{i:06d}": {"id": f"d{i:06d}", "date": f"{2015 + i % 8}-{1 + i % 12:02d}",
                                          "jurisdiction": f"J{i % 200:03d}", "title": "", "source": ""}
                            for i in range(n_docs)}
    types = rnd.choices([t for t, _ in TYPES], weights=[w for _, w in TYPES], k=n_nodes)
    n_jur = max(2, n_nodes // 500)
    jur = [f"J{rnd.randrange(n_jur):03d}" if rnd.random() < 0.95 else "" for _ in range(n_nodes)]
    by_jur: dict[str, list[int]] = {}
    for i in range(n_nodes):
        key = f"{jur[i]}{NAMES[types[i]]}{i}"
        problems = []
        if rnd.random() < 0.01:
            problems = [{"document": "d000000", "sentence": SENTENCES[i % len(SENTENCES)],
                         "sentence_index": 0, "start": 0, "end": 10, "modality": "problem"}]
        G.add_node(key, type=types[i], name=key, aliases=[], jurisdiction=jur[i],
                   side=SIDE.get(types[i], "neutral"), gloss="", confidence=1.0,
                   documents=[f"d{i % n_docs:06d}"], mentions=1, problems=problems)
        by_jur.setdefault(jur[i], []).append(i)
    keys = list(G.nodes)
    weights = [rnd.paretovariate(1.5) for _ in range(n_nodes)]  # hubs
    mods = [m for m, _ in MODALITIES]
    mw = [w for _, w in MODALITIES]
    made = 0
    local_pick = {j: (idx, [weights[i] for i in idx]) for j, idx in by_jur.items()}
    heads = rnd.choices(range(n_nodes), weights=weights, k=n_edges * 2)
    hi = 0
    while made < n_edges:
        u = heads[hi % len(heads)]
        hi += 1
        if rnd.random() < 0.85:
            idx, w = local_pick[jur[u]]
            v = rnd.choices(idx, weights=w)[0]
        else:
            v = heads[(hi * 7919) % len(heads)]
        if u == v:
            continue
        rel = rnd.choice(RELS)
        a, b = keys[u], keys[v]
        if G.has_edge(a, b, key=rel):
            continue
        m = rnd.choices(mods, weights=mw)[0]
        ev = [{"document": f"d{made % n_docs:06d}", "sentence": SENTENCES[made % len(SENTENCES)],
               "sentence_index": made % 50, "start": made % 1000, "end": made % 1000 + 40, "modality": m,
               "source": "bench", "confidence": 1.0}]
        G.add_edge(a, b, key=rel, type=rel, evidence=ev, modalities=[m])
        made += 1
    return G


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_phase(size: str, phase: str) -> dict:
    n, m = SIZES[size]
    t0 = time.perf_counter()
    G = synthetic(n, m)
    build = time.perf_counter() - t0
    base = rss_mb()
    out: dict = {"size": size, "phase": phase, "nodes": n, "relationships": G.number_of_edges(),
                 "build_s": round(build, 2), "graph_rss_mb": round(base, 1)}
    t0 = time.perf_counter()
    if phase == "centrality":
        from graph.analysis.centrality import centrality_table

        detail = {}
        for measure in ("degree", "betweenness", "pagerank", "eigenvector"):
            t1 = time.perf_counter()
            res = centrality_table(G, measure, top=10)
            detail[measure] = {"s": round(time.perf_counter() - t1, 2),
                               "info": {k: v for k, v in res["info"].items() if k != "error_meaning"},
                               "top_score": res["rows"][0]["score"] if res["rows"] else None}
        out["detail"] = detail
    elif phase == "gaps":
        from graph.analysis.gaps import gaps

        res = gaps(G)
        out["detail"] = {"findings": len(res["findings"]), "counts": res["counts"]}
    elif phase == "brokers":
        from graph.analysis.brokers import brokers

        res = brokers(G, top=0)
        out["detail"] = {"bridging actors": len(res["rows"]), "cut points": len(res["cut_points"]),
                         "channel ties": res["ties"]}
    elif phase == "compare":
        out["detail"] = compare(G)
    elif phase == "accuracy":
        out["detail"] = accuracy(G)
    out["seconds"] = round(time.perf_counter() - t0, 2)
    out["peak_rss_mb"] = round(peak_mb(), 1)
    return out


def compare(G: nx.MultiDiGraph) -> dict:
    """Our implementation vs plain networkx on the same projected graph (same k, same sources)."""
    from graph.analysis.brokers import side_cut_points
    from graph.analysis.centrality import betweenness_scores, eigenvector_scores, have_igraph, pagerank_scores
    from graph.analysis.filters import channel_graph, directed_ties

    H = channel_graph(G)
    out: dict = {}
    k = 50 if H.number_of_edges() > 200_000 else 200
    for backend in (["igraph"] if have_igraph() else []) + ["python"]:
        t = time.perf_counter()
        betweenness_scores(H, k=k, backend=backend)
        out[f"betweenness k={k} ({backend})"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    nx.betweenness_centrality(H, k=k, seed=0)
    out[f"betweenness k={k} (networkx)"] = round(time.perf_counter() - t, 2)
    D = directed_ties(G.subgraph(H.nodes))
    t = time.perf_counter()
    pagerank_scores(D)
    out["pagerank (numpy)"] = round(time.perf_counter() - t, 2)
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    t = time.perf_counter()
    _pagerank_python(D, tol=1e-10)
    out["pagerank (networkx pure Python; nx.pagerank needs scipy)"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    eigenvector_scores(H)
    out["eigenvector (numpy)"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    nx.eigenvector_centrality(H, max_iter=1000, tol=1e-8)
    out["eigenvector (networkx)"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    side_cut_points(G, H)
    out["side cut points (ours, one DFS with side counts)"] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    list(nx.articulation_points(H))
    out["articulation points only (networkx)"] = round(time.perf_counter() - t, 2)
    if have_igraph():
        import igraph as ig

        idx = {n: i for i, n in enumerate(H.nodes)}
        t = time.perf_counter()
        g = ig.Graph(n=len(idx), edges=[(idx[u], idx[v]) for u, v in H.edges()])
        g.articulation_points()
        out["articulation points only (igraph, incl. conversion)"] = round(time.perf_counter() - t, 2)
    return out


def accuracy(G: nx.MultiDiGraph) -> dict:
    """Sampled betweenness (the default k) against exact betweenness on the same graph."""
    import numpy as np

    from graph.analysis.centrality import betweenness_array, ties

    T = ties(G)
    t = time.perf_counter()
    exact, _ = betweenness_array(T, k=T.n)
    t_exact = time.perf_counter() - t
    t = time.perf_counter()
    est, info = betweenness_array(T)
    t_est = time.perf_counter() - t
    err = np.abs(est - exact)
    top_exact = set(np.argsort(-exact)[:10].tolist())
    top_est = set(np.argsort(-est)[:10].tolist())
    return {"exact s": round(t_exact, 2), "sampled s": round(t_est, 2), "k": info.get("k"),
            "stated error (1 s.e.)": f"{info.get('error', 0):.2e}", "max abs error": f"{err.max():.2e}",
            "nodes beyond 2x stated": int((err > 2 * info.get("error", 0)).sum()),
            "top exact score": f"{exact.max():.2e}", "top-10 overlap": len(top_exact & top_est)}


def render(results: list[dict], machine: str) -> str:
    lines = ["# Analysis benchmarks", "",
             "Generated by `bench/bench_analysis.py` (synthetic graphs of the analysis shape: node",
             "attributes, one evidence dict per relationship, 85% of ties inside a jurisdiction of ~500",
             "entities, heavy-tailed hubs). Each row is a separate process: `graph RSS` is the process",
             "after building the graph, `peak RSS` the maximum during the phase (graph included).", "",
             f"Machine: {machine}", "",
             "| relationships | nodes | phase | seconds | graph RSS (MB) | peak RSS (MB) | details |",
             "|---|---|---|---|---|---|---|"]
    for r in results:
        if "error" in r:
            lines.append(f"| {r['size']} | | {r['phase']} | failed | | | {r['error'][:200]} |")
            continue
        d = r.get("detail", {})
        if r["phase"] == "centrality":
            det = "; ".join(f"{m} {v['s']} s ({v['info'].get('method')}"
                            + (f", k={v['info']['k']}, ±{v['info']['error']:.1e} vs top score "
                               f"{v['top_score']:.1e}" if v['info'].get('method') == "sampled" else "")
                            + ")" for m, v in d.items())
        elif r["phase"] == "gaps":
            det = f"{d['findings']} findings: " + ", ".join(f"{k} {v}" for k, v in d["counts"].items())
        elif r["phase"] in ("accuracy", "brokers"):
            det = "; ".join(f"{k}: {v}" for k, v in d.items())
        else:
            det = "; ".join(f"{k}: {v} s" for k, v in d.items())
        lines.append(f"| {r['relationships']:,} | {r['nodes']:,} | {r['phase']} | {r['seconds']} | "
                     f"{r['graph_rss_mb']} | {r['peak_rss_mb']} | {det} |")
    lines += ["", "Limits asked for: at 100k nodes / 1M relationships, centrality and gaps each under 60 s",
              "and 4 GB. Betweenness is exact while V·E fits the budget and k-sampled beyond (error stated",
              "as the largest standard error over nodes, from batch means); igraph is used for it when",
              "installed. Pagerank and eigenvector are numpy power iterations.", ""]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10k,100k,1M")
    ap.add_argument("--phases", default="centrality,gaps,brokers")
    ap.add_argument("--compare", action="store_true", help="also time plain-networkx equivalents")
    ap.add_argument("--out", default=str(ROOT / "docs" / "BENCHMARKS_analysis.md"))
    ap.add_argument("--one", nargs=2, metavar=("SIZE", "PHASE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_phase(*args.one), ensure_ascii=False))
        return
    phases = args.phases.split(",") + (["compare"] if args.compare else [])
    results = []
    for size in args.sizes.split(","):
        for phase in phases:
            p = subprocess.run([sys.executable, __file__, "--one", size, phase], capture_output=True,
                               text=True, timeout=3600, check=False)
            if p.returncode != 0:
                results.append({"size": size, "phase": phase, "error": p.stderr.strip().splitlines()[-1]
                                if p.stderr.strip() else f"exit {p.returncode}"})
            else:
                results.append(json.loads(p.stdout.strip().splitlines()[-1]))
            print(json.dumps(results[-1], ensure_ascii=False), flush=True)
    try:
        import igraph

        ig = f"igraph {igraph.__version__}"
    except ImportError:
        ig = "no igraph"
    machine = (f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python "
               f"{platform.python_version()}, networkx {nx.__version__}, {ig}")
    Path(args.out).write_text(render(results, machine), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
