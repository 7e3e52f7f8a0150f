"""The coordination-gap report: where fusion is ordered but not done, stalled, fragile or missing.

Findings are tiered by how they are known and listed strongest first (then by score):

- stated: the text itself states the problem (stalled: 尚未实质性运作, 推进慢 …), quoted as stated
  ("the document states …"), of the bodies its clause names, else of the place the document
  speaks for (not a national or world matter: gaps9),
  "still open as of <date>" unless a later document reports action on it;
- directive: a directive (or the actor's own plan) with no reported action dated on or after it
  (mandate_without_action; "is told to" only for an order, "plans to" for the actor's own plan);
- structural: inferred from an absence (disconnected_sides, single_broker, orphan, peer_gap). These
  need coverage: only for a jurisdiction with enough documents and facts (thresholds in
  graph/data/gap_rules.json); otherwise they are listed under `undetermined` as "not enough
  coverage to tell", not as gaps.

Every absence claim says what was searched (`searched`) and shows the closest evidence (sentences
naming the parties, each with its modality and date). A finding whose parties are named together
in a sentence reporting joint work, though no relation was typed, is held back (`held_back`, with
that sentence) rather than reported. Each finding carries its jurisdiction (in the title too) and
its dates; evidence is never empty.

Every finding has a stable `key` (the same finding gets the same key on any graph, so findings of
two graphs, e.g. the machine's and the gold annotations', can be matched) and an `id`, a short hash
of the key that `mcfgraph gaps --dismiss ID` takes:

- mandate_without_action: "mandate_without_action|<head node key>|<RELATION>|<tail node key>"
- stalled: "stalled|<node key>" (a relationship stated as a problem:
  "stalled|<head node key>|<RELATION>|<tail node key>")
- orphan: "orphan|<node key>"
- single_broker: "single_broker|<broker node key>"
- disconnected_sides: "disconnected_sides|<jurisdiction>"
- peer_gap: "peer_gap|<jurisdiction>|<institution kind>"

Dismissed findings (graph.analysis.gaps.dismissals, matched on the key) leave the list and are
returned under `dismissed`.

Modules: common (finding shape, dates, evidence), coverage (roll-up, coverage), mandates, stalled,
sides (tie graph, disconnected sides, single broker), orphans, peers, dismissals.

>>> import networkx as nx
>>> G = nx.MultiDiGraph(documents={"d": {"id": "d"}})
>>> G.add_node("办", type="PartyGovBody", side="joint", name="办", jurisdiction="J", problems=[])
>>> G.add_node("区", type="MilitaryUnit", side="military", name="区", jurisdiction="J", problems=[])
>>> ev = {"document": "d", "sentence": "办要会同区推进", "start": 0, "end": 7, "modality": "directive"}
>>> _ = G.add_edge("办", "区", key="COORDINATES_WITH", type="COORDINATES_WITH", evidence=[ev],
...                modalities=["directive"])
>>> r = gaps(G)  # one document: no later report of 办 anywhere, a follow-up could not be seen
>>> [f["kind"] for f in r["findings"]], [f["coverage"]["gate"] for f in r["undetermined"]]
([], ['mandate_min_reports'])
>>> [f["kind"] for f in gaps(G, coverage_thresholds={"mandate_min_reports": 0})["findings"]]
['mandate_without_action']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import networkx as nx
import numpy as np

from graph.analysis.filters import check_type, filter_graph, jurisdiction_matches
from graph.analysis.gaps.common import KINDS, TIERS, finding_id
from graph.analysis.gaps.considered import considered
from graph.analysis.gaps.coverage import coverage, thresholds
from graph.analysis.gaps.mandates import ACTION_MODALITIES, MANDATE_RELATIONS, mandates_without_action
from graph.analysis.gaps.orphans import orphans
from graph.analysis.gaps.peers import institution_kinds, kinds_of, peer_gaps, peer_table
from graph.analysis.gaps.same_body import merged, note
from graph.analysis.gaps.sides import disconnected_sides, single_brokers, tie_graphs
from graph.analysis.gaps.stalled import stalled

__all__ = [
    "ACTION_MODALITIES",
    "KINDS",
    "MANDATE_RELATIONS",
    "TIERS",
    "find_gaps",
    "finding_id",
    "gaps",
    "institution_kinds",
    "kinds_of",
    "reached_by_jurisdiction",
]


def reached_by_jurisdiction(
    adj: Mapping[str, Iterable[str]], sources: dict[str, set[str]], max_hops: int
) -> dict[str, np.ndarray]:
    """For each jurisdiction J: a boolean array over `list(adj)` marking nodes within max_hops of
    one of J's sources. All jurisdictions at once: bitsets of 64 jurisdictions per uint64 word,
    spread max_hops times along a CSR adjacency with numpy (no per-jurisdiction BFS)."""
    nodes = list(adj)
    idx = {n: i for i, n in enumerate(nodes)}
    n = len(nodes)
    deg = np.fromiter((len(adj[v]) for v in nodes), dtype=np.int64, count=n)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(deg, out=indptr[1:])
    indices = np.fromiter((idx[m] for v in nodes for m in adj[v]), dtype=np.int64, count=int(indptr[-1]))
    has = deg > 0
    starts = indptr[:-1][has]
    js = sorted(sources)
    out: dict[str, np.ndarray] = {}
    for c0 in range(0, len(js), 64):
        chunk = js[c0 : c0 + 64]
        lab = np.zeros(n, dtype=np.uint64)
        for bit, j in enumerate(chunk):
            ids = [idx[s] for s in sources[j] if s in idx]
            lab[ids] |= np.uint64(1) << np.uint64(bit)
        for _ in range(max_hops):
            if len(indices) == 0:
                break
            spread = np.zeros(n, dtype=np.uint64)
            spread[has] = np.bitwise_or.reduceat(lab[indices], starts)
            lab = lab | spread
        for bit, j in enumerate(chunk):
            out[j] = (lab >> np.uint64(bit)) & np.uint64(1) == 1
    return out


def _merge(findings: list[dict]) -> list[dict]:
    """One finding per key, and per (kind, jurisdiction, title): identical findings merged."""
    out: dict[tuple, dict] = {}
    by_key: dict[str, dict] = {}
    for f in findings:
        ident = (f["kind"], f["jurisdiction"], f["title"])
        g = out.get(ident) or by_key.get(f["key"])
        if g is None:
            out[ident] = by_key[f["key"]] = f
            continue
        seen = {(e.get("document"), e.get("sentence_index")) for e in g["evidence"]}
        g["evidence"] += [
            e for e in f["evidence"] if (e.get("document"), e.get("sentence_index")) not in seen
        ]
        g["entities"] += [e for e in f["entities"] if e["key"] not in {x["key"] for x in g["entities"]}]
        g["score"] = max(g["score"], f["score"])
        g.setdefault("merged", []).append(f["key"])
    return list(out.values())


def _gate(f: dict, cov: dict, th: dict) -> str:
    """The coverage threshold the finding fails ("" when it is covered): a finding listed as "not
    enough coverage to tell" names the gate that kept it out, so its coverage entry can say
    `enough: false` even where its jurisdiction as a whole is covered (an orphan named once in a
    well-covered city: the item, not the city, lacks coverage)."""
    judge_all = not th["min_documents"] and not th["min_facts"]
    if f["kind"] == "mandate_without_action" and not f["jurisdiction"] and not judge_all:
        return "jurisdiction"  # national actor, national item: local documents cannot show it done or undone
    if f["kind"] == "mandate_without_action" and (
        f["details"].get("actions_elsewhere", 0) < th.get("mandate_min_reports", 0)
    ):  # no later report of the addressee anywhere: a follow-up could not have been seen (gaps6)
        return "mandate_min_reports"
    if f["tier"] != "structural":
        return ""
    c = cov.get(f["jurisdiction"], {})
    if f["kind"] == "single_broker":  # one document cannot show that someone is the only link, and a
        # national body tying meetings of unrelated articles together is no jurisdiction's broker
        if not f["jurisdiction"] or len(f["details"].get("documents", ())) < th["broker_min_documents"]:
            return "broker_min_documents"
        return "" if judge_all or c.get("enough", False) else "min_documents/min_facts"
    if f["kind"] == "peer_gap" and c.get("documents", 0) < th["peer_min_documents"]:
        return "peer_min_documents"  # one article about a place cannot show it has no such body
    if judge_all:
        return ""
    if f["kind"] == "orphan" and f["details"].get("sentences", 0) < th.get("orphan_min_sentences", 0):
        return "orphan_min_sentences"  # named once (a list of achievements, a ranking): tenants unsaid
    if f["kind"] == "disconnected_sides":
        d = f["details"]
        for gate, low in (
            # one article naming both sides is about them meeting or being listed together
            ("sides_min_documents", c.get("documents", 0) < th.get("sides_min_documents", 0)),
            ("sides_min_tied_share", d.get("tied_share", 1.0) < th.get("sides_min_tied_share", 0)),
            ("sides_min_sentences",
             min(d.get("side_sentences", {}).values(), default=99) < th.get("sides_min_sentences", 0)),
            ("sides_min_shared_documents",
             d.get("shared_documents", 99) < th.get("sides_min_shared_documents", 0)),
        ):
            if low:
                return gate
    return "" if c.get("enough", False) else "min_documents/min_facts"


def _covered(f: dict, cov: dict, th: dict) -> bool:
    return not _gate(f, cov, th)


def _coverage_entry(f: dict, cov: dict, th: dict) -> dict:
    """The finding's own coverage entry: its jurisdiction's counts, `enough` as the finding's gates
    decided (so a finding under "not enough coverage" never shows `enough: true`), the gate that
    failed, and whether the jurisdiction as a whole is covered."""
    c = cov.get(f["jurisdiction"], {"documents": 0, "facts": 0, "enough": False})
    gate = _gate(f, cov, th)
    return {**c, "enough": not gate, "gate": gate, "jurisdiction_enough": bool(c.get("enough", False))}


def _uncovered_note(f: dict, c: dict, th: dict) -> str:
    """Why a finding is listed as "not enough coverage to tell" rather than as a gap."""
    if f["kind"] == "single_broker" and c.get("gate", "broker_min_documents") == "broker_min_documents":
        n = len(f["details"].get("documents", ()))
        if n >= th["broker_min_documents"]:  # enough documents: the gate was the missing jurisdiction
            return (
                f"not enough coverage to tell (its ties come from {n} documents, but it has no "
                "jurisdiction: a national body is no jurisdiction's broker)"
            )
        where = "" if f["jurisdiction"] else "; a national body is no jurisdiction's broker"
        return (
            f"not enough coverage to tell (its ties come from {n} document(s), a single broker needs "
            f"{th['broker_min_documents']}{where})"
        )
    if f["kind"] == "mandate_without_action" and c.get("gate") == "mandate_min_reports":
        who = f["entities"][0]["name"] if f["entities"] else "the addressee"
        since = f["dates"].get("directive")
        return (
            f"not enough coverage to tell (no other document{' dated on/after ' + since if since else ''} "
            f"reports anything {who} did: a follow-up could not have been seen)"
        )
    if not f["jurisdiction"] and f["tier"] != "structural":
        return (
            "not enough coverage to tell: no party has a jurisdiction (a national order, which the "
            "corpus's local documents cannot show done or undone)"
        )
    said = f["details"].get("sentences")
    if f["kind"] == "orphan" and said is not None and said < th.get("orphan_min_sentences", 0):
        return (
            f"not enough coverage to tell (named in {said} sentence(s); an item the corpus names in fewer "
            f"than {th['orphan_min_sentences']} says nothing of its tenants, funding or leaders either way)"
        )
    if f["kind"] == "disconnected_sides":
        per_side = f["details"].get("side_sentences") or {}
        shared = f["details"].get("shared_documents")
        if per_side and min(per_side.values()) < th.get("sides_min_sentences", 0):
            thin = ", ".join(f"{k} side named in {v} sentence(s)" for k, v in per_side.items())
            return f"not enough coverage to tell ({thin}; each side needs {th['sides_min_sentences']})"
        if shared is not None and shared < th.get("sides_min_shared_documents", 0):
            return (
                "not enough coverage to tell (no document names actors of both sides: the sides come "
                "from unrelated articles)"
            )
    tied = f["details"].get("tied_share")
    share = f", {tied:.0%} of its sided actors with any typed relation" if tied is not None else ""
    return (
        f"not enough coverage to tell ({c['documents']} document(s), {c['facts']} fact(s) "
        f"about {f['jurisdiction'] or 'it'}{share})"
    )


def _keep(f: dict, want_types: set[str], want_j: list[str]) -> bool:
    if want_types and not any(e["type"] in want_types for e in f["entities"]):
        return False
    if want_j and not (
        jurisdiction_matches(f["jurisdiction"], want_j)
        or any(jurisdiction_matches(e["jurisdiction"], want_j) for e in f["entities"])
    ):
        return False
    return True


def _run(G: nx.MultiDiGraph, wanted: set[str], max_hops, min_broker_share, min_peer_share, table):
    findings: list[dict] = []
    held: list[dict] = []
    if "mandate_without_action" in wanted:
        f, h = mandates_without_action(G)
        findings += f
        held += h
    if "stalled" in wanted:
        f, h = stalled(G)
        findings += f
        held += h
    structural, same = _structural(G, wanted, max_hops, min_broker_share)
    findings += [f for f in structural if "held_back" not in f]
    held += [f for f in structural if "held_back" in f]
    if "peer_gap" in wanted:
        peers = peer_gaps(G, table, min_peer_share)
        findings += [f for f in peers if "held_back" not in f]
        held += [f for f in peers if "held_back" in f]
    return _merge(findings), held


def _structural(G: nx.MultiDiGraph, wanted: set[str], max_hops, min_broker_share) -> tuple[list[dict], dict]:
    """Single brokers, disconnected sides and orphans, found on the graph with each body's nodes
    merged (graph/analysis/gaps/same_body.py: a body split over several nodes would be searched in
    part); a finding on a merged node says so."""
    Gs, same = merged(G)
    if Gs is not G:
        Gs.graph["_tie_graphs"] = {}
        tie_graphs(Gs, (ACTION_MODALITIES, (*ACTION_MODALITIES, "plan")))
    out: list[dict] = []
    if "single_broker" in wanted:
        out += single_brokers(Gs, min_broker_share)
    if "disconnected_sides" in wanted:
        f, h = disconnected_sides(Gs, max_hops)
        out += f + h
    if "orphan" in wanted:
        f, h = orphans(Gs)
        out += f + h
    for f in out:
        note(f, same)
    if Gs is not G:
        Gs.graph.pop("_tie_graphs", None)
    return out, same


def gaps(
    G: nx.MultiDiGraph,
    kinds: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
    jurisdictions: Iterable[str] | None = None,
    max_hops: int | None = None,
    min_broker_share: float = 0.25,
    min_peer_share: float = 2 / 3,
    top: int | None = None,
    as_of: str | None = None,
    dismissed: Mapping[str, dict] | None = None,
    coverage_thresholds: Mapping[str, int] | None = None,
) -> dict:
    """All findings, tier first (stated, directive, structural), then score, then key.

    `types` / `jurisdictions` keep findings that involve such an entity / lie in such a
    jurisdiction (the analysis itself sees the whole graph, so channels through other places
    still count). `as_of` evaluates the corpus as it stood on that date (documents dated after
    it, and undated ones, left out). `dismissed` maps finding keys to analysts' verdicts.
    `max_hops` limits a channel between the sides to that many ties (default: any length).
    `coverage_thresholds` replaces gap_rules.json's (min_documents, min_facts, broker_min_documents,
    peer_min_documents, sides_min_documents, sides_min_tied_share; min_documents and min_facts
    both 0: judge every jurisdiction)."""
    wanted = set(kinds or KINDS)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown gap kind(s) {sorted(unknown)}; one of {', '.join(KINDS)}")
    want_types = {check_type(t) for t in types or []}
    want_j = [j for j in jurisdictions or [] if j]
    if as_of:
        G = filter_graph(G, until=as_of)  # a copy: the caller's graph is not touched
        G.graph["as_of"] = as_of
    table = peer_table(G)
    th = thresholds(dict(coverage_thresholds or {}))
    cov = coverage(G, th)
    G.graph["_tie_graphs"] = {}
    tie_graphs(G, (ACTION_MODALITIES, (*ACTION_MODALITIES, "plan")))  # both variants, one pass
    try:
        found, held = _run(G, wanted, max_hops, min_broker_share, min_peer_share, table)
    finally:
        G.graph.pop("_tie_graphs", None)  # a cache for this run only: the caller's graph may change
    dismissed = dismissed or {}
    findings, undetermined, gone = [], [], []
    for f in found:
        if not _keep(f, want_types, want_j):
            continue
        if f["key"] in dismissed:
            gone.append({**f, "dismissal": dismissed[f["key"]]})
        elif not f["evidence"]:  # nothing an analyst could check it against
            f["note"] = "no sentence to show (a store written before nodes kept their sentences: re-ingest)"
            undetermined.append(f)
        else:
            f["coverage"] = _coverage_entry(f, cov, th)
            if f["coverage"]["enough"]:
                findings.append(f)
            else:
                f["note"] = _uncovered_note(f, f["coverage"], th)
                undetermined.append(f)
    order = list(KINDS)
    findings.sort(key=lambda f: (TIERS.index(f["tier"]), -f["score"], order.index(f["kind"]), f["key"]))
    for i, f in enumerate(findings, 1):
        f["rank"] = i
    counts = {k: sum(1 for f in findings if f["kind"] == k) for k in KINDS}
    full_table = table
    if want_j:
        mine = [r for r in table["rows"] if jurisdiction_matches(r["jurisdiction"], want_j)]
        table = {**table, "rows": mine or table["rows"]}
    held = [f for f in held if _keep(f, want_types, want_j)]
    shown = findings[:top] if top else findings
    lists = {"findings": shown, "held_back": held, "undetermined": undetermined, "dismissed": gone}
    return {
        "findings": shown,
        "counts": counts,
        "peer_table": table,
        "held_back": held,
        "undetermined": undetermined,
        "dismissed": gone,
        "coverage": {j: cov[j] for j in sorted(cov)},
        # what each kind's rules looked at and dropped, and why (ux7): the silence qualified
        "considered": considered(G, lists, full_table, wanted, want_types, want_j, min_peer_share),
        "params": {
            "max_hops": max_hops,
            "min_broker_share": min_broker_share,
            "min_peer_share": min_peer_share,
            "kinds": sorted(wanted),
            "as_of": as_of or "",
            "coverage": th,
        },
    }


def find_gaps(G: nx.MultiDiGraph, **kwargs) -> list[dict]:
    """The ranked findings only (each with kind, tier, score, title/summary, entities, evidence)."""
    return gaps(G, **kwargs)["findings"]
