"""The analysis commands of `mcfgraph`: show, path, centrality, brokers, gaps, report, export.

cli.py calls `register(app)`. Each command opens the store the user picked (embedded file by
default, Neo4j with --neo4j / --neo4j-uri / NEO4J_URI) through graph.store.open_store, reads the
whole graph as networkx, applies the common filters (--type, --jurisdiction, --since, --until),
calls one function of graph.analysis / graph.report / graph.export, and renders a rich table or,
with --json, one JSON document on stdout. Entity names are looked up fuzzily (Chinese name,
alias, key or English gloss); an ambiguous name prints the candidates and exits with status 3.
Exit status: 0 ok, 1 nothing found (no path, no finding, an empty table), 2 store or usage error
(no store, an unknown --type or --jurisdiction), 3 not found: an entity name (or an ambiguous one), a
finding id or a document id the store does not hold (NOT_FOUND, the same for `forget`).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from graph.finding_nodes import run_filters
from graph.gloss import SIMPLIFIED_LABEL, place_label, quoted, simplified
from workflows.render import Table, placed

out = Console()
err = Console(stderr=True)
NOT_FOUND = 3  # exit status when a name or id given does not exist in the store (README: Exit status)

DbOpt = Annotated[Path | None, typer.Option("--db", help="Embedded store file (env MCFGRAPH_DB; default "
                                            "./mcfgraph.db).")]
Neo4jOpt = Annotated[bool, typer.Option("--neo4j", help="Use the Neo4j server that `mcfgraph neo4j start` "
                                        "runs (or NEO4J_URI).")]
Neo4jUriOpt = Annotated[str | None, typer.Option("--neo4j-uri", help="Bolt URI of a Neo4j server "
                                                 "(NEO4J_USER / NEO4J_PASSWORD from env).")]
TypeOpt = Annotated[list[str] | None, typer.Option("--type", "-t", help="Entity type(s) to keep, e.g. "
                                                   "MilitaryUnit (repeatable).")]
JurOpt = Annotated[list[str] | None, typer.Option("--jurisdiction", "-j", help="Jurisdiction(s), e.g. 龙岩 "
                                                  "(matches 龙岩市), XX, national (repeatable).")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="Only evidence from documents dated on/after "
                                              "this (YYYY, YYYY-MM or YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Only evidence from documents dated on/before "
                                              "this.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="One JSON document on stdout (for scripts).")]


# ---------------------------------------------------------------------------------------------
# shared plumbing
# ---------------------------------------------------------------------------------------------


def require_store(db: Path | None, neo4j: bool, neo4j_uri: str | None) -> None:
    """A reading command on an embedded store file that does not exist exits 2 saying so: it used to
    create an empty ./mcfgraph.db wherever the analyst stood and print empty tables."""
    import os

    from graph.store import DEFAULT_DB

    if neo4j or neo4j_uri or os.environ.get("NEO4J_URI"):
        return
    path = Path(db or os.environ.get("MCFGRAPH_DB") or DEFAULT_DB)
    if not path.exists():
        err.print(f"[red]error:[/red] no store at {path}: ingest documents first (mcfgraph ingest FOLDER), "
                  "or point --db / MCFGRAPH_DB at your store", highlight=False)
        raise typer.Exit(2)


def note_if_empty(G, db: Path | None) -> None:
    if not G.graph.get("documents") and G.number_of_nodes() == 0:
        err.print("note: the store holds no documents yet (mcfgraph ingest FOLDER)", highlight=False)


def load_graph(db: Path | None, neo4j: bool, neo4j_uri: str | None):
    """The whole graph from the chosen store; exits 2 with the reason if the store fails."""
    from graph.store import StoreError, open_store

    require_store(db, neo4j, neo4j_uri)
    try:
        store = open_store(db, neo4j_uri or neo4j)
    except (StoreError, OSError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    try:
        G = store.to_networkx()
        note_if_empty(G, db)
        return G
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    finally:
        store.close()


def check_jurisdictions(G, jurisdictions) -> None:
    """Each --jurisdiction value must name a jurisdiction of the store, else exit 2 listing them: a
    value that matched nothing printed empty tables, as if the place had no actors."""
    from graph.analysis.filters import jurisdiction_english, jurisdiction_matches
    from graph.gloss import gloss

    known = sorted({a.get("jurisdiction") or "" for _, a in G.nodes(data=True)})
    for w in [j for j in jurisdictions or [] if j]:
        if not any(jurisdiction_matches(j, [w]) for j in known):
            named = [f"{j} ({gloss(j, 'Location')})" if jurisdiction_english(j) else j
                     for j in known if j]
            err.print(f"[red]error:[/red] --jurisdiction {w!r} matches no jurisdiction in the store; "
                      f"there are: {', '.join(named) or 'none'}, and national", highlight=False)
            raise typer.Exit(2)


def places_within(G, jurisdictions) -> list[str]:
    """The store's jurisdictions that lie inside a province or city asked for (-j 内蒙古 also means
    鄂尔多斯市 and its 乌审旗: an analyst asking about one province means its cities too; the store
    files each body under its own city). Places come from China's administrative table."""
    from graph.analysis.filters import jurisdiction_matches
    from graph.places import lookup

    wanted = [j for j in jurisdictions or [] if j]
    known = sorted({a.get("jurisdiction") or "" for _, a in G.nodes(data=True)} - {""})
    asked = {j for j in known if jurisdiction_matches(j, wanted)}
    outer = {p.name for p in (lookup(j) for j in asked if "〔" not in j) if p and p.level != "county"}
    inside = []
    for j in known:
        p = lookup(j) if j not in asked and "〔" not in j else None
        if p and (p.province in outer or p.city in outer):
            inside.append(j)
    return inside


def people_tied(G, jurisdictions) -> set[str]:
    """People tied to a body of the jurisdictions asked for. A person has no jurisdiction of their
    own, so a jurisdiction filter dropped every one of them, and with them the dual-hatted leader
    (市委书记、军分区党委第一书记) who is the very link between the two sides of a city."""
    from graph.analysis.filters import jurisdiction_matches

    inside = {n for n, j in G.nodes(data="jurisdiction") if j and jurisdiction_matches(j, jurisdictions)}
    people = set()
    for u, v in G.edges():
        for a, b in ((u, v), (v, u)):
            if b in inside and G.nodes[a].get("type") == "Person":
                people.add(a)
    return people


def filtered(G, types=None, jurisdictions=None, since=None, until=None, keep=()):
    from graph.analysis.filters import filter_graph

    check_jurisdictions(G, jurisdictions)
    jurisdictions = [j for j in jurisdictions or [] if j]
    if jurisdictions:
        inside = places_within(G, jurisdictions)
        if inside:
            err.print(f"note: --jurisdiction {', '.join(jurisdictions)} includes the places inside it: "
                      f"{', '.join(inside)}", highlight=False)
        asked, jurisdictions = jurisdictions, jurisdictions + inside
        if not types or "person" in {t.lower() for t in types}:
            keep = set(keep) | people_tied(G, jurisdictions)
    try:
        H = filter_graph(G, types=types, jurisdictions=jurisdictions, since=since, until=until, keep=keep)
        if jurisdictions and "filters" in H.graph:  # a report states what was asked, and what it took in
            H.graph["filters"] = {**H.graph["filters"], "jurisdictions": asked, "within": inside}
        return H
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc


def _check_date(value: str, flag: str) -> None:
    from graph.analysis.filters import check_date

    try:
        check_date(value, flag)
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc


def check_types(types: list[str] | None) -> list[str]:
    from graph.analysis.filters import check_type

    try:
        return [check_type(t) for t in types or []]
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc


def emit_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1, default=_json_default) + "\n")


def _json_default(o):
    if isinstance(o, set | frozenset):
        return sorted(o)
    return str(o)


def find_entity(G, name: str, as_json: bool) -> str:
    """The node key for `name`, or exit 3 after listing candidates."""
    from graph.analysis.lookup import Ambiguous, LookupFailed, resolve

    try:
        return resolve(G, name)
    except LookupFailed as exc:
        kind = "ambiguous" if isinstance(exc, Ambiguous) else "not_found"
        if as_json:
            emit_json({"error": kind, "query": name, "message": str(exc),
                       "candidates": [c.to_dict() for c in exc.candidates]})
        else:
            err.print(f"[red]{exc}[/red]", highlight=False)
            if exc.candidates:
                # four columns at 80: the name only where it is not the key, the match unbroken
                # ('gloss:con' / 'tains' and a 'jurisdicti' / 'on' header read as two words)
                t = Table(title="Candidates (use the key or a fuller name)")
                t.add_column("key (name)", ratio=2)
                t.add_column("gloss", ratio=2)
                t.add_column("type, jurisdiction", ratio=2)
                t.add_column("match", no_wrap=True)
                for c in exc.candidates:
                    t.add_row(c.key + (f"\n({c.name})" if c.name != c.key else ""), c.gloss,
                              ", ".join(x for x in (c.type, place_label(c.jurisdiction)) if x),
                              f"{c.matched} {c.score:.2f}")
                err.print(t)
        raise typer.Exit(NOT_FOUND) from exc


def _national(etype: str) -> str:
    from workflows.render import national

    return national(etype)


def label(name: str, gloss: str) -> str:
    return f"{name}\n[dim]{gloss}[/dim]" if gloss and gloss != name else name


def ev_text(e: dict | None, width: int = 0) -> str:
    if not e:
        return ""
    s = quoted(e.get("sentence", ""))
    if width and len(s) > width:
        s = s[: width - 1] + "…"
    out = f"“{s}” [dim]({e.get('document', '')}, {e.get('modality', '')})[/dim]"
    if simple := simplified(e.get("sentence", "")):  # a quote in traditional script (ux5)
        if width and len(simple) > width:
            simple = simple[: width - 1] + "…"
        out += f"\n[dim]{SIMPLIFIED_LABEL}“{escape(simple)}”[/dim]"
    return out


# ---------------------------------------------------------------------------------------------
# commands
# ---------------------------------------------------------------------------------------------


def show(
    name: Annotated[str, typer.Argument(help="Entity name (Chinese, alias, key or English gloss).")],
    db: DbOpt = None, neo4j: Neo4jOpt = False, neo4j_uri: Neo4jUriOpt = None,
    types: TypeOpt = None, jurisdictions: JurOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """One entity: type, aliases, jurisdiction, side, gloss, documents, relationships with evidence.

    --type limits the relationships shown to neighbours of those types.

    Example: mcfgraph show 龙岩市委军民融合办 ; mcfgraph show "XX军分区" --type PartyGovBody --json
    """
    from graph.analysis.lookup import describe

    G = filtered(load_graph(db, neo4j, neo4j_uri), None, jurisdictions, since, until)
    key = find_entity(G, name, as_json)
    info = describe(G, key, check_types(types) or None)
    if as_json:
        emit_json(info)
        return
    heading = placed(info["name"], info.get("jurisdiction", ""))
    t = Table(title=f"{heading}  {info['gloss']}", show_header=False)
    t.add_column("field", style="bold")
    t.add_column("value")
    for f in ("key", "type", "side", "jurisdiction", "gloss"):
        if f == "jurisdiction":  # a person has none of their own: 李理 read '(national)'
            t.add_row(f, place_label(str(info[f])) or ("—" if info["type"] == "Person" else "(national)"))
        else:
            t.add_row(f, str(info[f]))
    t.add_row("aliases", "、".join(info["aliases"]) or "—")
    t.add_row("documents", "\n".join(f"{d.get('id')}  {d.get('date', '')}  {d.get('title', '')}"
                                     for d in info["documents"]))
    for p in info["problems"]:
        t.add_row("[red]problem[/red]", ev_text(p))
    out.print(t)
    if not info["relationships"]:
        out.print("Relationships: none" + (" with entities of the types asked" if types else ""),
                  highlight=False)
        return
    r = Table(title=f"Relationships ({len(info['relationships'])})")
    r.add_column("relation")
    r.add_column("other entity (type, side)", max_width=34)
    r.add_column("evidence", ratio=1)
    for rel in info["relationships"]:
        o = rel["other"]
        arrow = f"→ {rel['type']}" if rel["direction"] == "out" else f"← {rel['type']}"
        r.add_row(arrow, label(o["name"], o["gloss"]) + f"\n[dim]({o['type']}, {o['side']})[/dim]",
                  "\n".join(ev_text(e) for e in rel["evidence"][:3]))
    out.print(r)


def path(
    source: Annotated[str, typer.Argument(help="From entity (name, alias, key or gloss).")],
    target: Annotated[str, typer.Argument(help="To entity.")],
    max_hops: Annotated[int, typer.Option("--max-hops", help="Longest path considered.")] = 6,
    via: Annotated[list[str] | None, typer.Option("--via", help="Entity type the path must pass through "
                                                  "(e.g. Project), or relation type to travel on "
                                                  "(e.g. COORDINATES_WITH); repeatable.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="At most this many all-shortest paths.")] = 20,
    places: Annotated[bool, typer.Option("--places/--no-places", help="Let paths pass through places "
                                         "(Location entities); --no-places keeps to actors.")] = True,
    db: DbOpt = None, neo4j: Neo4jOpt = False, neo4j_uri: Neo4jUriOpt = None,
    types: TypeOpt = None, jurisdictions: JurOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Shortest and all-shortest paths between two entities, each hop with relation and evidence.

    Direction is ignored for finding paths; each hop shows the relationship as stated.
    --type/--jurisdiction limit the entities paths may pass through (the endpoints always stay).

    Example: mcfgraph path 龙岩市委军民融合办 龙岩军分区 --max-hops 4 --via Event
    """
    from graph.analysis.paths import find_paths

    G0 = load_graph(db, neo4j, neo4j_uri)
    a = find_entity(G0, source, as_json)
    b = find_entity(G0, target, as_json)
    if not places and not types:
        from graph.model import ENTITY_TYPES

        types = [t for t in ENTITY_TYPES if t != "Location"]
    elif not places:
        types = [t for t in types if t.lower() != "location"]
    G = filtered(G0, types, jurisdictions, since, until, keep=(a, b))
    if a not in G or b not in G:
        err.print("an endpoint has no evidence in the chosen date range")
        raise typer.Exit(1)
    try:
        res = find_paths(G, a, b, max_hops=max_hops, via=via, limit=limit)
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    if as_json:
        emit_json(res)
        if res["length"] is None:
            raise typer.Exit(1)
        return
    if res["length"] is None:
        src, tgt = res["source"], res["target"]
        out.print(f"no path between {placed(src['name'], src.get('jurisdiction', ''))} and "
                  f"{placed(tgt['name'], tgt.get('jurisdiction', ''))} within "
                  f"{max_hops} hops" + (f" via {', '.join(via)}" if via else ""))
        raise typer.Exit(1)
    out.print(f"[bold]{res['count']} shortest path(s) of {res['length']} hop(s)[/bold]"
              + (" (truncated)" if res["truncated"] else ""))
    from workflows.render import print_path

    for i, hops in enumerate(res["all_shortest"], 1):
        title = f"path {i}" + (" (shortest)" if i == 1 else "")
        print_path(out, title, res["source"]["key"], hops, res["nodes"])


def centrality(
    measure: Annotated[str, typer.Option("--measure", "-m", help="degree | betweenness | pagerank | "
                                         "eigenvector")] = "degree",
    top: Annotated[int, typer.Option("--top", "-n", help="Rows to show (0 = all).")] = 20,
    k: Annotated[int | None, typer.Option("--k", help="Betweenness: sample this many source nodes "
                                          "(default: exact when affordable).")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Sampling seed.")] = 0,
    db: DbOpt = None, neo4j: Neo4jOpt = False, neo4j_uri: Neo4jUriOpt = None,
    types: TypeOpt = None, jurisdictions: JurOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Most central entities by degree, betweenness, pagerank or eigenvector centrality.

    --type limits the rows shown (the measure is computed on the whole filtered graph).
    Sampled betweenness states its error.

    Example: mcfgraph centrality --measure betweenness --type MilitaryUnit --top 10
    """
    from graph.analysis.centrality import MEASURES, centrality_table

    if measure not in MEASURES:
        err.print(f"[red]error:[/red] --measure must be one of {', '.join(MEASURES)}")
        raise typer.Exit(2)
    G = filtered(load_graph(db, neo4j, neo4j_uri), None, jurisdictions, since, until)
    res = centrality_table(G, measure, check_types(types), top, k=k, seed=seed)
    if as_json:
        emit_json(res)
        return
    info = res["info"]
    note = f"{info.get('method')}"
    if info.get("method") == "sampled":
        note += f", k={info['k']} sources, ±{info['error']:.5f} (1 standard error)"
    t = Table(title=f"{measure} centrality ({note}; {res['nodes']} entities, {res['ties']} ties)")
    t.add_column("#", justify="right")
    t.add_column("entity (type, side, jurisdiction)", ratio=1)
    t.add_column("degree", justify="right")
    t.add_column("score", justify="right")
    for r in res["rows"]:
        jur = place_label(r["jurisdiction"]) or _national(r["type"])
        where = ", ".join(x for x in (r["type"], r["side"], jur) if x)
        t.add_row(str(r["rank"]), label(r["name"], r["gloss"]) + f"\n[dim]({where})[/dim]",
                  str(r["degree"]), f"{r['score']:.5f}")
    out.print(t)
    if not res["rows"]:
        raise typer.Exit(1)


def brokers(
    top: Annotated[int, typer.Option("--top", "-n", help="Rows to show (0 = all).")] = 20,
    db: DbOpt = None, neo4j: Neo4jOpt = False, neo4j_uri: Neo4jUriOpt = None,
    types: TypeOpt = None, jurisdictions: JurOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Who bridges the military and civilian sides (constraint, brokerage roles, cut points).

    Burt's constraint and effective size; Gould–Fernandez brokerage roles with sides as groups
    (gatekeeper, representative, liaison carry ties across sides); cut points whose removal
    disconnects military from civilian actors, with the number of pairs cut.

    Example: mcfgraph brokers --jurisdiction 龙岩 --top 10
    """
    from graph.analysis.brokers import brokers as run

    G = filtered(load_graph(db, neo4j, neo4j_uri), None, jurisdictions, since, until)
    res = run(G, top=top, types=check_types(types))
    if as_json:
        emit_json(res)
        return
    sides = ", ".join(f"{k} {v}" for k, v in res["sides"].items())
    t = Table(title=f"Brokers between sides ({res['nodes']} entities: {sides})",
              caption="ties m/c/j: ties to military / civilian / joint actors; roles: Gould–Fernandez "
                      "brokerage counts: coordinator (between two of its own side), consultant (between "
                      "two of another side), gatekeeper and representative (between its side and "
                      "another), liaison (between two other sides); the last three carry ties across "
                      "sides; "
                      "constraint: Burt's (low = brokers more); pairs cut: military–civilian pairs left "
                      "unconnected without it")
    t.add_column("entity (type, side, jurisdiction)", min_width=16, ratio=3)
    t.add_column("ties\nm/c/j", justify="right")
    t.add_column("roles", ratio=2)
    for col in ("constraint", "eff.\nsize", "pairs\ncut"):
        t.add_column(col, justify="right")
    for r in res["rows"]:
        ro = r["roles"]
        roles = ", ".join(f"{k} {ro[k]}" for k in ("gatekeeper", "representative", "liaison", "consultant",
                                                    "coordinator") if ro.get(k)) or "—"
        where = ", ".join(x for x in (r["type"], r["side"], place_label(r.get("jurisdiction") or "")) if x)
        t.add_row(label(r["name"], r["gloss"]) + f"\n[dim]({where})[/dim]",
                  f"{r['ties']['military']}/{r['ties']['civilian']}/{r['ties']['joint']}", roles,
                  "—" if r["constraint"] is None else f"{r['constraint']:.3f}", f"{r['effective_size']:.2f}",
                  str(r["pairs_separated"]))
    out.print(t)
    if not res["cut_points"]:
        out.print("Cut points: none (no single entity's removal leaves a military–civilian pair with no "
                  "connection)", highlight=False)
    else:
        c = Table(title="Cut points: removing one leaves military–civilian pairs with no connection")
        for col in ("entity", "type", "side", "pairs cut", "of pairs", "share"):
            c.add_column(col)
        for r in res["cut_points"]:
            c.add_row(label(r["name"], r["gloss"]), r["type"], r["side"], str(r["pairs_separated"]),
                      str(r["pairs_total"]), f"{r['share']:.0%}")
        out.print(c)
    if not res["rows"] and not res["cut_points"]:
        raise typer.Exit(1)


def dismissals_path(db: Path | None) -> Path:
    """Analysts' verdicts on gap findings live beside the store, like the resolve decisions
    (<db>.decisions.json): <db>.dismissed.json, or MCFGRAPH_DISMISSALS."""
    import os

    from graph.store import DEFAULT_DB

    env = os.environ.get("MCFGRAPH_DISMISSALS")
    if env:
        return Path(env)
    base = Path(db or os.environ.get("MCFGRAPH_DB") or DEFAULT_DB)
    return base.with_name(base.stem + ".dismissed.json")


def load_dismissals(db: Path | None):
    from graph.analysis.gaps.dismissals import Dismissals, DismissError

    try:
        return Dismissals.load(dismissals_path(db))
    except DismissError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc


def _dismiss(res: dict, ident: str, reason: str | None, store, as_json: bool) -> None:
    """Store an analyst's verdict on the finding with this id (or key); exit 3 if there is none."""
    from graph.analysis.gaps.dismissals import DismissError

    pool = res["findings"] + res["held_back"] + res["undetermined"] + res["dismissed"]
    f = next((x for x in pool if ident in (x["id"], x["key"])), None)
    if f is None:
        err.print(f"[red]no finding with id {ident!r}[/red] (ids are in `mcfgraph gaps` and its --json)",
                  highlight=False)
        raise typer.Exit(NOT_FOUND)
    try:
        verdict = store.dismiss(f, reason or "")
        store.save()
    except (DismissError, OSError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    if as_json:
        emit_json({"dismissed": f["key"], **verdict})
    else:
        out.print(f"dismissed {f['id']}: {f['title']}\n  reason: {verdict['reason']}\n  kept in {store.path}")


def _neo4j_findings(neo4j, write):
    """Run `write(store)` on the Neo4j store; a failure is a warning (the report stands), None."""
    from graph.store import StoreError, open_store

    try:
        store = open_store(None, neo4j or True)
    except (StoreError, OSError) as exc:
        err.print(f"[yellow]warning:[/yellow] the findings were not written to Neo4j: {exc}", highlight=False)
        return None
    try:
        return write(store)
    except StoreError as exc:
        err.print(f"[yellow]warning:[/yellow] the findings were not written to Neo4j: {exc}", highlight=False)
        return None
    finally:
        store.close()


def _print_findings(title: str, findings: list[dict], note: str = "") -> None:
    from workflows.render import print_findings

    print_findings(out, title, findings, note)


def gaps(
    kind: Annotated[list[str] | None, typer.Option("--kind", "-k", help="Only these kinds: "
                                                   "mandate_without_action, stalled, single_broker, "
                                                   "disconnected_sides, orphan, peer_gap.")] = None,
    top: Annotated[int, typer.Option("--top", "-n", help="Findings to show (0 = all).")] = 0,
    max_hops: Annotated[int, typer.Option("--max-hops", help="Disconnected sides: a channel between the "
                                          "sides may have at most this many ties (0 = any length).")] = 0,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Evaluate the corpus as it stood on this "
                                              "date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    dismiss: Annotated[str | None, typer.Option("--dismiss", help="Dismiss the finding with this id "
                                                "(needs --reason); kept beside the store.")] = None,
    reason: Annotated[str | None, typer.Option("--reason", help="Why the finding is dismissed.")] = None,
    dismissed: Annotated[bool, typer.Option("--dismissed", help="List the dismissed findings "
                                            "instead.")] = False,
    db: DbOpt = None, neo4j: Neo4jOpt = False, neo4j_uri: Neo4jUriOpt = None,
    types: TypeOpt = None, jurisdictions: JurOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    as_json: JsonOpt = False,
    read_texts: Annotated[bool, typer.Option("--reading/--no-reading", help="Re-read each document's file "
                                             "to say how much of it extraction did not read (about 30 ms a "
                                             "document; --no-reading leaves it out).")] = True,
    no_write: Annotated[bool, typer.Option("--no-write", help="On Neo4j: leave the graph as it is (by "
                                           "default the findings are written as (:Finding) nodes for the "
                                           "Browser's saved queries, replacing the last run's).")] = False,
) -> None:
    """The coordination-gap report: tiered, ranked findings, each with its evidence.

    Tiers, strongest first: stated (the text states the problem), directive (an order or plan with
    no reported action since), structural (inferred from an absence: disconnected sides, single
    broker, orphans, peer comparison; only where the corpus covers the jurisdiction well enough,
    else listed as "not enough coverage to tell"). Findings held back (the parties are named
    together in a sentence reporting joint work) are listed separately. --as-of evaluates the
    corpus as it stood on a date. --dismiss ID --reason TEXT stores an analyst's verdict beside the
    store (it survives re-ingest); --dismissed lists those findings. On Neo4j (--neo4j) the findings
    reported, held back and undetermined are also written to the graph as (:Finding) nodes (status,
    holder basis, English, quotes with document and offsets), replacing the last run's and never
    touching the extracted facts: the Browser's saved queries "Gaps: findings …" read them.

    Example: mcfgraph gaps --jurisdiction 龙岩 --as-of 2020 ;
    mcfgraph gaps --dismiss 3f2a9c01bd --reason "the tie is stated in d3"
    """
    from graph.analysis.gaps import gaps as run

    if as_of:
        _check_date(as_of, "--as-of")
    if dismiss and not (reason or "").strip():
        err.print("[red]error:[/red] --dismiss needs --reason TEXT", highlight=False)
        raise typer.Exit(2)
    store = load_dismissals(db)
    G = filtered(load_graph(db, neo4j, neo4j_uri), None, None, since, until)
    check_jurisdictions(G, jurisdictions)
    jurisdictions = [j for j in jurisdictions or [] if j]
    inside = places_within(G, jurisdictions) if jurisdictions else []
    if inside:  # as every other command: a province or city takes in the places inside it
        err.print(f"note: --jurisdiction {', '.join(jurisdictions)} includes the places inside it: "
                  f"{', '.join(inside)}", highlight=False)
    try:
        res = run(G, kinds=kind, types=check_types(types), jurisdictions=(jurisdictions + inside) or None,
                  max_hops=max_hops or None, top=top or None, as_of=as_of, dismissed=store.dismissed)
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    if read_texts and not dismiss and not dismissed:  # how much of each text was read (ux7)
        from graph.analysis.gaps.reading import reading, reading_totals

        res["reading"] = reading(G, res, db, documents=_report_documents(G, jurisdictions + inside))
        res["reading_totals"] = reading_totals(res["reading"])
    on_neo4j = bool(neo4j or neo4j_uri or os.environ.get("NEO4J_URI")) and not no_write
    if dismiss:
        _dismiss(res, dismiss, reason, store, as_json)
        if on_neo4j:
            _neo4j_findings(neo4j_uri or neo4j, lambda s: s.mark_dismissed(dismiss, reason or ""))
        return
    if on_neo4j and not dismissed:
        filters = run_filters({"kind": kind, "top": top, "max_hops": max_hops, "as_of": as_of, "type": types,
                               "jurisdiction": jurisdictions, "since": since, "until": until})
        n = _neo4j_findings(neo4j_uri or neo4j, lambda s: s.write_findings(res, filters))
        if n is not None:
            err.print(f"wrote {n} finding(s) to Neo4j as (:Finding) nodes, replacing the last run's; "
                      "Browser: saved queries \"Gaps: findings …\" (neo4j/browser/saved_queries.cypher)",
                      highlight=False)
    if dismissed:
        res = {**res, "findings": res["dismissed"]}
    if as_json:
        emit_json(res)
        if dismissed and not res["findings"]:
            raise typer.Exit(1)
        return
    if dismissed:
        _print_findings(f"Dismissed findings ({len(res['findings'])})", res["findings"])
        if not res["findings"]:
            raise typer.Exit(1)
        return
    _print_gap_report(res, as_of)
    if not res["findings"]:
        raise typer.Exit(1)


def _report_documents(G, jurisdictions: list[str]) -> list[str] | None:
    """The documents the reading account covers: all, or with --jurisdiction those naming an entity
    of it (or whose own place it is)."""
    if not jurisdictions:
        return None
    from graph.analysis.filters import jurisdiction_matches

    docs = {d for _n, a in G.nodes(data=True)
            if jurisdiction_matches(a.get("jurisdiction", ""), jurisdictions) for d in a.get("documents", ())}
    docs |= {d for d, m in G.graph.get("documents", {}).items()
             if m.get("jurisdiction") and jurisdiction_matches(m["jurisdiction"], jurisdictions)}
    return sorted(docs)


def _silence_note(res: dict) -> str:
    """What the report could not have seen, in one sentence under its counts (ux7): on unseen text
    the report says little, and its silence is no evidence of coordination."""
    t = res.get("reading_totals")
    if not t or not t["read"]:
        return ""
    p, o = t["problem"], t["order"]
    return (f". Not read by extraction (so never a finding): {p['not_read']} of {p['sentences']} problem "
            f"sentence(s) (and {t['problem_word_only']} more with a problem word not read as a problem), "
            f"{o['not_read']} of {o['sentences']} order/plan sentence(s), "
            f"{t['name_like_no_entity']} name-like string(s); a quiet report is no evidence of "
            "coordination (\"Reading coverage per document\" below)")


def _print_considered(res: dict) -> None:
    """What each kind's rules looked at and dropped, then how much of each document was read."""
    from rich.padding import Padding
    from rich.text import Text

    from graph.analysis.gaps.considered import account_lines
    from graph.analysis.gaps.reading import reading_line, totals_line, unread_problems

    acc = res.get("considered") or {}
    if acc:
        out.print("\nConsidered and dropped (why a candidate is not a finding; every item in --json)",
                  style="bold", highlight=False, markup=False)
        for a in acc.values():
            for line in account_lines(a):
                pad = 4 if line.startswith("  ") else 0  # an item's lines under its kind, wrapped indented
                out.print(Padding(Text(line.strip()), (0, 0, 0, pad)), highlight=False)
    rows = res.get("reading")
    if rows is None:
        return
    out.print("\nReading coverage per document (what extraction did not read: a document the report is "
              "silent on may be one it did not read)", style="bold", highlight=False, markup=False)
    out.print(totals_line(res["reading_totals"]), highlight=False, markup=False)
    for r in rows:
        out.print(Padding(Text(reading_line(r)), (0, 0, 0, 4)), highlight=False)
        for q in unread_problems(r):
            out.print(Padding(Text(q), (0, 0, 0, 8)), highlight=False)


def _print_gap_report(res: dict, as_of: str | None) -> None:
    """The gap report as text: reported findings, then the held-back and undetermined ones with
    their reasons, the notes an analyst needs to read them, and the peer-comparison table."""
    counts = ", ".join(f"{k} {v}" for k, v in res["counts"].items() if v)
    _print_findings(f"Coordination gaps ({counts or 'none'})" + (f" as of {as_of}" if as_of else ""),
                    res["findings"],
                    f"{len(res['held_back'])} held back, {len(res['undetermined'])} not enough "
                    f"coverage to tell (both listed below), {len(res['dismissed'])} dismissed "
                    "(--dismissed lists them); everything in --json" + _silence_note(res))
    if res["held_back"]:
        _print_findings("Held back (each with its reason and the deciding sentences)", res["held_back"])
    if res["undetermined"]:
        _print_findings("Not enough coverage to tell", res["undetermined"])
    _print_considered(res)
    from workflows.render import JURISDICTION_NOTE, TIERS_NOTE, mentions_placeholder, place_note

    shown = res["findings"] + res["held_back"] + res["undetermined"]
    if shown:
        out.print(TIERS_NOTE, style="dim", highlight=False, markup=False)
    if note := place_note(*[f["title"] for f in shown]):
        out.print(note, style="dim", highlight=False, markup=False)
    if mentions_placeholder(*[f["title"] for f in shown]):
        out.print(JURISDICTION_NOTE, style="dim", highlight=False, markup=False)
    pt = res["peer_table"]
    if pt["rows"]:
        kinds = [k for k in pt["kinds"] if any(r["counts"][k["kind"]] for r in pt["rows"])]
        # numbered columns with a legend: eight institution names as headers took 8 lines at 80 columns
        # and pushed the table past the terminal's edge
        from rich.columns import Columns

        p = Table(title="Institutions by jurisdiction (peer comparison)")
        p.add_column("jurisdiction", min_width=12)
        for i, _ in enumerate(kinds, 1):
            p.add_column(str(i), justify="right")
        for r in pt["rows"]:
            p.add_row(place_label(r["jurisdiction"]), *[str(r["counts"][k["kind"]]) for k in kinds])
        out.print(p)
        out.print(Columns([f"{i}: {k['label']}" for i, k in enumerate(kinds, 1)], padding=(0, 3)),
                  style="dim", highlight=False)


def report(
    name: Annotated[str | None, typer.Argument(help="Entity for an ego-network report (omit with "
                                               "--gaps or --all).")] = None,
    gaps_: Annotated[bool, typer.Option("--gaps", help="The coordination-gap report.")] = False,
    all_: Annotated[bool, typer.Option("--all", help="Whole graph: summary, centrality, brokers, gaps, "
                                       "picture.")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="md | html")] = "md",
    out_file: Annotated[Path | None, typer.Option("--out", "-o", help="Write here (md: the PNG goes "
                                                  "beside it); default stdout.")] = None,
    radius: Annotated[int | None, typer.Option(
        "--radius", help="Ego network: hops around the entity (default 1, or 2 when 1 hop is thin).")] = None,
    top: Annotated[int, typer.Option("--top", help="Rows in centrality and broker tables.")] = 10,
    db: DbOpt = None, neo4j: Neo4jOpt = False, neo4j_uri: Neo4jUriOpt = None,
    types: TypeOpt = None, jurisdictions: JurOpt = None, since: SinceOpt = None, until: UntilOpt = None,
) -> None:
    """A relationship report to share (md or self-contained html, with a network picture).

    Summary, tables, evidence quotes and a picture of the (ego-)network drawn offline; the HTML
    is one file with the picture embedded, so it opens without any network.

    Example: mcfgraph report 龙岩市委军民融合办 --format html --out longyan.html ; mcfgraph report --gaps
    """
    from graph.report import report as run

    if fmt not in ("md", "html"):
        err.print("[red]error:[/red] --format must be md or html")
        raise typer.Exit(2)
    G0 = load_graph(db, neo4j, neo4j_uri)
    key = find_entity(G0, name, False) if name else None
    G = filtered(G0, types, jurisdictions, since, until, keep=(key,) if key else ())
    # md on stdout: no base64 wall; --out writes the PNGs beside the file
    try:
        text = run(G, key, include_gaps=gaps_, include_all=all_, fmt=fmt, out=out_file, radius=radius,
                   top=top, md_pictures=False, dismissed=load_dismissals(db).dismissed, db=db)
    except OSError as exc:
        err.print(f"[red]error:[/red] cannot write {out_file}: {exc.strerror or exc}", highlight=False)
        raise typer.Exit(2) from exc
    if (fmt == "html" or out_file is not None):
        from graph.report import NO_CJK_FONT_NOTE, cjk_font

        if cjk_font() is None:
            err.print(NO_CJK_FONT_NOTE, highlight=False, markup=False)
    if out_file is None:
        sys.stdout.write(text)
    else:
        err.print(f"wrote {out_file}", highlight=False)


def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="json (canonical) | graphml | gexf | csv")]
    = "json",
    out_path: Annotated[Path | None, typer.Option("--out", "-o", help="File (csv: folder, default "
                                                  "./mcfgraph-csv); default stdout.")] = None,
    db: DbOpt = None, neo4j: Neo4jOpt = False, neo4j_uri: Neo4jUriOpt = None,
    types: TypeOpt = None, jurisdictions: JurOpt = None, since: SinceOpt = None, until: UntilOpt = None,
) -> None:
    """Export the graph: canonical JSON, GraphML, GEXF, or CSV for neo4j-admin import.

    The JSON is sorted and free of run-dependent values: equal graphs give byte-identical files.

    Example: mcfgraph export --format json --out graph.json ; mcfgraph export -f csv -o import/
    """
    from graph.export import FORMATS
    from graph.export import export as run

    if fmt not in FORMATS:
        err.print(f"[red]error:[/red] --format must be one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    G = filtered(load_graph(db, neo4j, neo4j_uri), types, jurisdictions, since, until)
    try:
        res = run(G, fmt, out_path)
    except OSError as exc:
        err.print(f"[red]error:[/red] cannot write {exc.filename or out_path}: {exc.strerror or exc}",
                  highlight=False)
        raise typer.Exit(2) from exc
    if isinstance(res, str):
        sys.stdout.write(res)
    else:
        for p in res:
            err.print(f"wrote {p}", highlight=False)


COMMANDS = {"show": show, "path": path, "centrality": centrality, "brokers": brokers, "gaps": gaps,
            "report": report, "export": export}


def register(app: typer.Typer) -> None:
    """Add the analysis commands to the main `mcfgraph` app."""
    for name, fn in COMMANDS.items():
        app.command(name)(fn)
    # an analyst's word for show (typer suggested `centrality` for `mcfgraph entity NAME`)
    app.command("entity", hidden=True)(show)
