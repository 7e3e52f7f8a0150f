"""Analyses an analyst runs on the knowledge graph: plain functions of a networkx graph.

Every function takes the `nx.MultiDiGraph` that either store yields (`store.to_networkx()`, shape
documented in `graph.store.graph_from_contributions`) plus parameters, and returns plain dicts and
lists (JSON-ready), so the CLI, reports, tests and scripts share one implementation and nothing
here knows which store the graph came from.

Modules:
- filters: restrict a graph by entity type, jurisdiction and document date; projections.
- lookup: fuzzy entity lookup over names, aliases and English glosses.
- paths: shortest and all-shortest paths with per-hop evidence.
- centrality: degree, betweenness (exact or sampled with a stated error), pagerank, eigenvector.
- brokers: Burt's constraint and effective size, Gould-Fernandez brokerage between sides,
  cut points that separate military from civilian actors.
- gaps: the coordination-gap report (ranked, typed, scored findings with evidence).
"""
