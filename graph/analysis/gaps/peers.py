"""Peer comparison: kinds of institution (graph/data/institution_kinds.json) present in other
jurisdictions of the corpus but absent in this one; the full jurisdiction × kind table too."""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

import networkx as nx

from graph import places
from graph.analysis.filters import node_summary
from graph.analysis.gaps.common import dated, finding, first_sentences, folded
from graph.analysis.gaps.coverage import jurisdictions_of

MIN_PEERS_HAVING = 2  # one other place having a kind of body is no norm to fall short of
KINDS_FILE = Path(__file__).resolve().parents[2] / "data" / "institution_kinds.json"


@lru_cache(maxsize=4)
def institution_kinds(path: str | None = None) -> list[dict]:
    """The kinds compared across jurisdictions; MCFGRAPH_KINDS names an override file."""
    p = Path(path or os.environ.get("MCFGRAPH_KINDS") or KINDS_FILE)
    with open(p, encoding="utf-8") as fh:
        return json.load(fh)["kinds"]


def kinds_of(attrs: dict, kinds: list[dict] | None = None) -> list[str]:
    """Which institution kinds an entity is (by type, side and name patterns)."""
    out = []
    name = attrs.get("name", "") + " " + " ".join(attrs.get("aliases", []))
    for k in kinds if kinds is not None else institution_kinds():
        if k.get("types") and attrs.get("type") not in k["types"]:
            continue
        if k.get("sides") and attrs.get("side") not in k["sides"]:
            continue
        if k.get("patterns") and not any(p in name for p in k["patterns"]):
            continue
        out.append(k["kind"])
    return out


def peer_table(G: nx.MultiDiGraph, min_entities: int = 3) -> dict:
    """Jurisdictions × institution kinds (entity counts), for jurisdictions with enough entities."""
    kinds = institution_kinds()
    counts: dict[str, dict[str, int]] = {}
    size: dict[str, int] = {}
    for _n, a in G.nodes(data=True):
        j = a.get("jurisdiction", "")
        if not j:
            continue
        size[j] = size.get(j, 0) + 1
        row = counts.setdefault(j, {})
        for k in kinds_of(a, kinds):
            row[k] = row.get(k, 0) + 1
    js = sorted(j for j in counts if size[j] >= min_entities)
    return {
        "kinds": [{"kind": k["kind"], "label": k["label"]} for k in kinds],
        "rows": [
            {
                "jurisdiction": j,
                "entities": size[j],
                "counts": {k["kind"]: counts[j].get(k["kind"], 0) for k in kinds},
            }
            for j in js
        ],
    }


def level(j: str) -> str:
    """province | city | county of a jurisdiction; a placeholder (XX〔s000〕) or unknown name counts
    as a city, the level most documents speak for."""
    p = places.lookup(j)
    return p.level if p is not None else "city"


def sentences_by_jurisdiction(G: nx.MultiDiGraph) -> dict[str, list[dict]]:
    """jurisdiction -> the sentences (any entity's mention sentences, once each) of the documents
    that name an entity of it (cities rolled up into a provincial document's province)."""
    docs: dict[str, set[str]] = {}
    by_doc: dict[str, dict[tuple, dict]] = {}
    for n, a in G.nodes(data=True):
        for j in jurisdictions_of(G, n):
            docs.setdefault(j, set()).update(a.get("documents", ()))
        for e in a.get("sentences") or ():
            by_doc.setdefault(e["document"], {}).setdefault((e.get("sentence_index"), e["sentence"]), e)
    return {j: [e for d in sorted(ds) for e in by_doc.get(d, {}).values()] for j, ds in docs.items()}


def named_untyped(sentences: list[dict], kind: dict) -> list[dict]:
    """Sentences naming what may be a body of this kind (its name patterns, or the kind's "cues" in
    institution_kinds.json: 产业园, 开发区, 基金 …) though extraction typed none in the jurisdiction:
    on unseen text extraction misses or retypes many such names, and the peer gap would read that
    miss as an absence."""
    cues = kind.get("cues") or kind.get("patterns") or ()
    return [e for e in sentences if any(c in folded(e.get("sentence", "")) for c in cues)]


def peer_gaps(G: nx.MultiDiGraph, table: dict, min_share: float = 2 / 3) -> list[dict]:
    """Kinds absent in a jurisdiction but present in at least `min_share` of the other ones of the
    same level (a province is compared with provinces, a city with cities: a province's documents
    rarely name a city's park, so a comparison across levels finds absences of nothing). A gap is
    marked held_back when a sentence of the jurisdiction's documents names what may be one of the
    kind (`named_untyped`)."""
    rows = table["rows"]
    out = []
    labels = {k["kind"]: k["label"] for k in table["kinds"]}
    spec = {k["kind"]: k for k in institution_kinds()}
    said = sentences_by_jurisdiction(G) if rows else {}
    for r in rows:
        j = r["jurisdiction"]
        others = [o for o in rows if o["jurisdiction"] != j and level(o["jurisdiction"]) == level(j)]
        if not others:
            continue
        mine = [n for n, a in G.nodes(data=True) if a.get("jurisdiction") == j]
        for kind, label in labels.items():
            if r["counts"][kind]:
                continue
            having = [o["jurisdiction"] for o in others if o["counts"][kind]]
            share = len(having) / len(others)
            if len(having) < MIN_PEERS_HAVING or share < min_share:
                continue
            title = (
                f"no {label} in the corpus, while {len(having)} of {len(others)} other {level(j)}-level "
                f"jurisdictions have one"
            )
            ex = [
                n for n, a in G.nodes(data=True) if a.get("jurisdiction") in having and kind in kinds_of(a)
            ][:3]
            out.append(
                finding(
                    "peer_gap",
                    0.25 + 0.3 * share,
                    title,
                    [node_summary(G, n) for n in ex],
                    first_sentences(G, ex) + first_sentences(G, mine[:2]),
                    j,
                    key_parts=[j, kind],
                    searched=f"the {r['entities']} entities of {j} for a {label}",
                    missing_kind=kind,
                    present_in=having,
                    share=round(share, 4),
                )
            )
            maybe = named_untyped(said.get(j, []), spec.get(kind, {}))
            if maybe:
                out[-1]["held_back"] = {
                    "reason": f"a sentence of its documents names what may be a {label}, though extraction "
                    "typed none there",
                    "evidence": [dated(G, e) for e in maybe[:3]],
                }
    return out
