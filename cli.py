"""mcfgraph: the command line. Thin by design: parse options, pick the store, call one function, render."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from graph.store import DEFAULT_DB, GraphStore, StoreError, open_store
from workflows.render import Table

app = typer.Typer(
    help="Knowledge graph of actors, policies and projects from Chinese military-civil fusion "
    "(军民融合) documents. Embedded store by default; --neo4j for the Neo4j server.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
neo4j_app = typer.Typer(help="Install and run the project's own Neo4j 5.26 server (loopback only).",
                        no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")

out = Console()
err = Console(stderr=True, soft_wrap=True)  # one error line per file, never wrapped

DbOpt = Annotated[Path | None, typer.Option("--db", help="Embedded store file (env MCFGRAPH_DB).",
                                            show_default=DEFAULT_DB)]
Neo4jOpt = Annotated[bool, typer.Option("--neo4j", help="Use the Neo4j server that `mcfgraph neo4j "
                                        "start` runs (or NEO4J_URI).")]
Neo4jUriOpt = Annotated[str | None, typer.Option("--neo4j-uri", help="Bolt URI of another Neo4j "
                                                 "server (NEO4J_USER / NEO4J_PASSWORD from env).")]


def store_from(db: Path | None, neo4j: bool, neo4j_uri: str | None = None) -> GraphStore:
    """Open the selected store or exit with the reason (no traceback for a user's mistake)."""
    try:
        return open_store(db, neo4j_uri or neo4j)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


def decisions_path(db: Path | None) -> Path:
    """Analyst merge decisions live beside the store so both store kinds honour them."""
    env = os.environ.get("MCFGRAPH_DECISIONS")
    if env:
        return Path(env)
    base = Path(db or os.environ.get("MCFGRAPH_DB") or DEFAULT_DB)
    return base.with_name(base.stem + ".decisions.json")


# ---------------------------------------------------------------------------------------------
# extraction and ingest
# ---------------------------------------------------------------------------------------------


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt .md .html .docx .pdf).")],
    format: Annotated[str, typer.Option("--format", "-f", help="table | jsonl")] = "table",
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes.")] = 1,
) -> None:
    """Extract entities and relations without storing them.

    Example: mcfgraph extract samples/ --format jsonl > pred.jsonl
    """
    from ingest.extract import extract_many
    from ingest.load import LoadError, iter_documents

    if format not in ("table", "jsonl"):
        err.print(f"[red]error:[/red] unknown format {format!r} (table | jsonl)")
        raise typer.Exit(2)
    failures = 0
    done = 0

    def documents():
        nonlocal failures
        for item in iter_documents(paths):
            if isinstance(item, LoadError):
                failures += 1
                err.print(f"error: {item}", markup=False, highlight=False)
            else:
                yield item

    for ex in extract_many(documents(), n_process=jobs):
        done += 1
        if format == "jsonl":
            sys.stdout.write(json.dumps(ex.to_json(), ensure_ascii=False) + "\n")
        else:
            render_extraction(ex)
    err.print(f"{done + failures} files: {done} extracted, {failures} failed", highlight=False)
    if failures:
        raise typer.Exit(1)


def render_extraction(ex) -> None:
    from graph.gloss import gloss

    doc = ex.document
    meta = ", ".join(f"{k}: {v}" for k, v in (("jurisdiction", doc.jurisdiction), ("date", doc.date),
                                               ("genre", doc.genre)) if v)
    table = Table(title=f"{doc.id} — {doc.title or doc.source}  ({meta})", title_justify="left")
    for col in ("entity", "type", "aliases", "source"):
        table.add_column(col)
    for e in ex.entities:
        g = gloss(e.name, e.type)
        table.add_row(e.name + (f"\n[dim]{g}[/dim]" if g and g != e.name else ""), e.type,
                      "、".join(e.aliases), f"{e.source} {e.confidence:.2f}")
    out.print(table)
    rel = Table(show_header=True)
    for col in ("head", "relation", "tail", "modality", "evidence"):
        rel.add_column(col, ratio=2 if col == "evidence" else None)
    for r in ex.relations:  # the whole sentence: it is what the relation rests on
        rel.add_row(r.head, r.type, r.tail, r.modality, r.evidence.sentence)
    out.print(rel)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to ingest.")],
    db: DbOpt = None,
    neo4j: Neo4jOpt = False,
    neo4j_uri: Neo4jUriOpt = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Extraction worker processes.")] = 1,
    annotations: Annotated[bool, typer.Option(
        "--annotations", help="PATHS are annotation files (gold JSONL, or `extract --format jsonl` "
        "output corrected by hand, or a Label Studio JSON export): store their facts as curated "
        "documents.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Extract and write again even an unchanged "
                                        "file (after an upgrade: new rules and English glosses), and "
                                        "replace a stored document even when another file stored it "
                                        "under the same id, or when it was stored from annotations "
                                        "(curated).")] = False,
    gaps: Annotated[bool, typer.Option("--gaps", help="On Neo4j: then refresh the gap findings "
                                       "written for Neo4j Browser, as `mcfgraph gaps --neo4j` does "
                                       "(the whole report; dismissals, kept beside the store, stay "
                                       "dismissed). Without it an ingest that changes the graph "
                                       "says when the written findings are out of date.")] = False,
) -> None:
    """Extract and store documents; unchanged files are skipped, changed ones replaced.

    A document's id is its file name without suffix, or its path inside a folder given
    (corpus/2019/report.txt ingested as `corpus/` is `2019/report`). Two files claiming one id
    are an error, never a silent replace. A document stored with --annotations is curated: a
    later ingest of its text keeps it (and says so) unless --force.

    Example: mcfgraph ingest samples/ && mcfgraph summary
    Example: mcfgraph ingest --annotations corrected.jsonl
    """
    from graph.resolve import Decisions

    store = store_from(db, neo4j, neo4j_uri)
    decisions = Decisions.load(decisions_path(db))
    try:
        if annotations:
            from workflows.ingest import ingest_annotations

            summary = ingest_annotations(paths, store, decisions, on_outcome=_log_outcome)
        else:
            summary = run_with_progress(paths, store, decisions, jobs, force)
        if store.kind == "neo4j":
            _findings_after_write(store, db, gaps)
        elif gaps:
            err.print("note: --gaps writes the gap findings for Neo4j Browser: it needs --neo4j (on "
                      "the embedded store `mcfgraph gaps` always reads the graph as it is)", highlight=False)
    finally:
        store.close()
    for o in summary.outcomes:
        if o.status == "curated":
            err.print(o.error, markup=False, highlight=False)
        elif o.note and err.is_terminal:  # a progress bar printed no line per file
            err.print(f"note: {o.path}: {o.note}", markup=False, highlight=False)
    for o in summary.failed:
        err.print(f"error: {o.error}", markup=False, highlight=False)
    err.print(summary.line(), highlight=False)
    if not annotations:
        _note_unread_documents(paths)
    if summary.failed:
        raise typer.Exit(1)


def _findings_after_write(store, db, refresh: bool) -> None:
    """After an ingest or a forget on Neo4j (ux6): the (:Finding) nodes `gaps --neo4j` wrote are the
    report of the graph it saw. With --gaps they are written again from the graph as it is now (the
    dismissals beside the store kept); otherwise, once the documents or the facts their ingest
    stored differ from what that run saw (a re-ingest with --force that stored other facts
    included), a note says how to refresh them. Never a failure of the ingest itself."""
    from graph.store import StoreError

    try:
        state = store.gap_run_state()
        if refresh:
            from cli_analysis import filtered, load_dismissals
            from graph.analysis.gaps import gaps as run_gaps

            res = run_gaps(filtered(store.to_networkx()), dismissed=load_dismissals(db).dismissed)
            n = store.write_findings(res, "")
            err.print(f"wrote {n} finding(s) to Neo4j (`mcfgraph gaps --neo4j`), replacing the last run's"
                      + (f" ({state['command']}, {state['at']})" if state else ""), highlight=False)
        elif state and not state["current"]:
            err.print(f"note: the gap findings in the graph ({state['command']}, {state['at']}) are out of "
                      "date now: refresh them with `mcfgraph gaps --neo4j` (or ingest with --gaps); "
                      "dismissed findings stay dismissed", highlight=False)
    except StoreError as exc:
        err.print(f"warning: the gap findings were not checked or refreshed: {exc}", markup=False,
                  highlight=False)


# document formats a folder may hold that ingest reads nothing from (images, stylesheets and the like
# are skipped without a word: a saved web page's folder is full of them)
UNREAD_DOCUMENTS = {".doc": "save as .docx", ".wps": "save as .docx", ".rtf": "save as .docx",
                    ".odt": "save as .docx", ".mht": "save as .html", ".mhtml": "save as .html",
                    ".xls": "", ".xlsx": "", ".ppt": "", ".pptx": "", ".epub": "", ".caj": "export as .pdf"}


def _note_unread_documents(paths) -> None:
    """One line naming the documents inside the folders given that were skipped for their format:
    an analyst's folder of .doc/.wps files used to ingest as '0 files' with no reason."""
    skipped: dict[str, list[str]] = {}
    for p in map(Path, paths):
        if not p.is_dir():
            continue
        for f in sorted(p.rglob("*")):
            if f.is_file() and not f.name.startswith(".") and f.suffix.lower() in UNREAD_DOCUMENTS:
                skipped.setdefault(f.suffix.lower(), []).append(str(f))
    for suffix, files in sorted(skipped.items()):
        hint = UNREAD_DOCUMENTS[suffix]
        shown = ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
        err.print(f"skipped {len(files)} {suffix} file(s), a format ingest does not read"
                  + (f" ({hint})" if hint else "") + f": {shown}", markup=False, highlight=False)


def _count_files(paths) -> int | None:
    """How many files a batch holds (a listing, no reading), for the progress bar's total."""
    from ingest.load import LoadError, iter_paths

    try:
        return sum(1 for _ in iter_paths(paths))
    except (LoadError, OSError):
        return None


def _log_outcome(o) -> None:
    """One plain line per written or skipped document (failures are listed at the end)."""
    if o.status == "unchanged":  # nothing was read into the store: no counts to give
        err.print(f"unchanged: {o.path} (stored as {o.doc_id}; same text as before, skipped)",
                  markup=False, highlight=False)
    elif o.status not in ("failed", "curated"):
        ident = f"as {o.doc_id}, " if o.doc_id else ""
        note = f"; note: {o.note}" if getattr(o, "note", "") else ""
        err.print(f"{o.status}: {o.path} ({ident}{_n(o.entities, 'entity', 'entities')}, "
                  f"{_n(o.relations, 'relation', 'relations')}){note}",
                  markup=False, highlight=False)


def _n(k: int, one: str, many: str) -> str:
    """'1 relation', '5 relations' (the ingest lines read '1 relations')."""
    return f"{k} {one if k == 1 else many}"


def run_with_progress(paths, store, decisions, jobs, force=False):
    """A progress bar on a terminal; plain log lines when output is a pipe or a file."""
    from workflows.ingest import ingest_paths

    totals = {"entities": 0, "relations": 0, "docs": 0}
    if not err.is_terminal:
        return ingest_paths(paths, store, decisions, n_process=jobs, on_outcome=_log_outcome,
                            force=force)
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[stats]}"),
                  TimeElapsedColumn(), console=err, transient=False) as progress:
        task = progress.add_task("ingesting", total=_count_files(paths), stats="")
        import time

        start = time.perf_counter()

        def tick(o):
            totals["docs"] += 1
            totals["entities"] += o.entities
            totals["relations"] += o.relations
            rate = totals["docs"] / max(time.perf_counter() - start, 1e-6)
            progress.update(task, advance=1, stats=(
                f"{totals['docs']} docs, {totals['entities']} entities, {totals['relations']} relations,"
                f" {rate:.1f} docs/s"))
        return ingest_paths(paths, store, decisions, n_process=jobs, on_outcome=tick, force=force)


@app.command()
def forget(
    doc_id: Annotated[str, typer.Argument(help="Document id (file stem, or path in the folder ingested).")],
    db: DbOpt = None, neo4j: Neo4jOpt = False, neo4j_uri: Neo4jUriOpt = None,
) -> None:
    """Remove a document and every fact only it supported.

    Exit status 3 when the store holds no document of that id (as for an unknown entity name or
    finding id elsewhere), 2 when there is no store at that path.

    Example: mcfgraph forget s001
    """
    path = Path(db or os.environ.get("MCFGRAPH_DB") or DEFAULT_DB)
    if not (neo4j or neo4j_uri or os.environ.get("NEO4J_URI")) and not path.exists():
        err.print(f"error: no document {doc_id!r}: there is no store at {path} (--db / MCFGRAPH_DB)",
                  markup=False, highlight=False)
        raise typer.Exit(2)  # no store: as for every reading command; creating one here helped no one
    store = store_from(db, neo4j, neo4j_uri)
    try:
        removed = store.forget(doc_id)
        ids = [] if removed else sorted(store.to_networkx().graph.get("documents", {}))
        if removed and store.kind == "neo4j":
            _findings_after_write(store, db, False)
    finally:
        store.close()
    if not removed:
        import difflib

        near = difflib.get_close_matches(doc_id, ids, n=5, cutoff=0.5) or [i for i in ids if doc_id in i][:5]
        hint = (f"; did you mean {', '.join(near)}?" if near else
                f"; it holds {len(ids)} documents (ids are file stems or paths in the folder ingested: "
                "mcfgraph export --format json lists them)")
        err.print(f"error: no document {doc_id!r} in the store{hint}", markup=False, highlight=False)
        from cli_analysis import NOT_FOUND

        raise typer.Exit(NOT_FOUND)
    out.print(f"forgot {doc_id}")


@app.command()
def clear(
    yes: Annotated[bool, typer.Option("--yes", help="Really empty the store.")] = False,
    db: DbOpt = None, neo4j: Neo4jOpt = False, neo4j_uri: Neo4jUriOpt = None,
) -> None:
    """Empty the selected store (refuses without --yes).

    Example: mcfgraph clear --yes --neo4j
    """
    if not yes:
        err.print("refusing to clear the store without --yes")
        raise typer.Exit(1)
    store = store_from(db, neo4j, neo4j_uri)
    try:
        store.clear()
    finally:
        store.close()
    out.print(f"cleared the {store.kind} store")


@app.command()
def summary(
    db: DbOpt = None, neo4j: Neo4jOpt = False, neo4j_uri: Neo4jUriOpt = None,
    top: Annotated[int, typer.Option("--top", help="How many central actors and gaps.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """What the graph holds: counts by type, the most central actors, the top coordination gaps.

    Example: mcfgraph summary --top 5
    """
    from cli_analysis import note_if_empty, require_store
    from workflows.summary import summarise

    require_store(db, neo4j, neo4j_uri)
    store = store_from(db, neo4j, neo4j_uri)
    try:
        g = store.to_networkx()
    finally:
        store.close()
    note_if_empty(g, db)
    result = summarise(g, top=top, dismissed=_dismissed(db))
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
        return
    from workflows.summary import render_summary

    render_summary(result, out)


def _dismissed(db: Path | None) -> dict:
    """The analyst's dismissed gap findings (beside the store), for the summary to leave out."""
    from cli_analysis import load_dismissals

    return load_dismissals(db).dismissed


@app.command()
def run(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders (default: samples/).")]
    = None,
    db: DbOpt = None, neo4j: Neo4jOpt = False, neo4j_uri: Neo4jUriOpt = None,
    top: Annotated[int, typer.Option("--top", help="How many central actors and gaps.")] = 10,
) -> None:
    """The main job: ingest the documents (the bundled sample corpus by default), print the findings.

    Example: mcfgraph run            (ingests samples/ into ./mcfgraph.db and prints the summary)
    """
    from graph.resolve import Decisions
    from workflows.summary import render_summary, summarise

    paths = paths or [Path(__file__).resolve().parent / "samples"]
    store = store_from(db, neo4j, neo4j_uri)
    try:
        result = run_with_progress(paths, store, Decisions.load(decisions_path(db)), 1)
        for o in result.failed:
            err.print(f"error: {o.error}", markup=False, highlight=False)
        err.print(result.line(), highlight=False)
        g = store.to_networkx()
    finally:
        store.close()
    render_summary(summarise(g, top=top, dismissed=_dismissed(db)), out)
    if result.failed:
        raise typer.Exit(1)


@app.command("resolve")
def resolve_cmd(
    review: Annotated[bool, typer.Option("--review", help="List candidate pairs to decide.")] = False,
    merge: Annotated[tuple[str, str] | None, typer.Option("--merge", help="KEY INTO: treat as one.")]
    = None,
    distinct: Annotated[tuple[str, str] | None, typer.Option("--distinct", help="A B: keep apart.")]
    = None,
    db: DbOpt = None, neo4j: Neo4jOpt = False, neo4j_uri: Neo4jUriOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Candidates and decisions as JSON (for "
                                          "scripts).")] = False,
) -> None:
    """Review possible duplicates that were kept apart, and record decisions for later ingests.

    Example: mcfgraph resolve --review ; mcfgraph resolve --merge 中船重工集团 中船重工
    """
    from graph.candidates import candidate_pairs
    from graph.resolve import Decisions

    decisions = Decisions.load(decisions_path(db))
    if merge or distinct:
        if merge:
            decisions.merge[merge[0]] = merge[1]
        if distinct:
            decisions.distinct.append(sorted(distinct))
        decisions.save()
        out.print(f"recorded in {decisions.path}; re-ingest (changed files) or `mcfgraph ingest` "
                  "new files to apply")
        return
    if not review:
        err.print("say --review, --merge A B or --distinct A B")
        raise typer.Exit(2)
    store = store_from(db, neo4j, neo4j_uri)
    try:
        g = store.to_networkx()
    finally:
        store.close()
    pairs = [p for p in candidate_pairs(g) if not decisions.is_distinct(p["a"], p["b"])]
    if as_json:
        sys.stdout.write(json.dumps(pairs, ensure_ascii=False, indent=1) + "\n")
        return
    table = Table(title=f"{len(pairs)} candidate pairs (decide with --merge / --distinct)",
                  caption="mcfgraph resolve --merge A B: A is B (merged into B on the next ingest); "
                          "mcfgraph resolve --distinct A B: keep them apart (not proposed again)")
    for col in ("a", "b", "type", "why", "score"):
        table.add_column(col)

    def named(key: str) -> str:
        a = g.nodes[key] if key in g else {}
        gloss = a.get("gloss") or ""
        docs = ", ".join(sorted(a.get("documents") or [])[:3])
        return key + (f"\n[dim]{gloss}[/dim]" if gloss and gloss != key else "") + (
            f"\n[dim]in {docs}[/dim]" if docs else "")

    for p in pairs:
        table.add_row(named(p["a"]), named(p["b"]), p["type"], p["why"], f"{p['score']:.2f}")
    out.print(table)


# ---------------------------------------------------------------------------------------------
# Neo4j server
# ---------------------------------------------------------------------------------------------

HomeOpt = Annotated[Path | None, typer.Option("--home", help="Server folder (env MCFGRAPH_NEO4J_HOME).")]


def _home(home: Path | None) -> Path:
    from graph.neo4j_server import default_home

    return home or default_home()


def _server_call(action: str, home: Path | None):
    """Run one server action; a server problem is one clear error line, not a traceback."""
    from graph import neo4j_server

    try:
        return getattr(neo4j_server, action)(_home(home))
    except neo4j_server.Neo4jServerError as exc:
        err.print(f"error: neo4j {action}: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from exc


def _print_info(info) -> None:
    if isinstance(info, dict):
        for k, v in info.items():
            out.print(f"{k}: {v}", markup=False, highlight=False)
    else:
        out.print(str(info), markup=False, highlight=False)


@neo4j_app.command("install")
def neo4j_install(home: HomeOpt = None) -> None:
    """Assemble Neo4j 5.26 Community from Maven Central, with a generated password.

    Example: mcfgraph neo4j install && mcfgraph neo4j start
    """
    _print_info(_server_call("install", home))


@neo4j_app.command("start")
def neo4j_start(home: HomeOpt = None) -> None:
    """Start the server on loopback and wait until Bolt answers.

    Example: mcfgraph neo4j start && mcfgraph ingest samples/ --neo4j
    """
    _print_info(_server_call("start", home))


@neo4j_app.command("stop")
def neo4j_stop(home: HomeOpt = None) -> None:
    """Stop the server this project started (never another process).

    Example: mcfgraph neo4j stop
    """
    stopped = _server_call("stop", home)
    out.print("stopped" if stopped else "not running")


@neo4j_app.command("status")
def neo4j_status(home: HomeOpt = None) -> None:
    """Whether the server runs, its PID, Bolt URI and Browser URL (exit 3 when not running).

    Example: mcfgraph neo4j status
    """
    info = _server_call("status", home)
    _print_info(info)
    if not info.get("running"):
        raise typer.Exit(3)


@neo4j_app.command("init")
def neo4j_init(neo4j_uri: Neo4jUriOpt = None) -> None:
    """Apply schema.cypher (constraints, indexes, full-text index); safe to repeat.

    Example: mcfgraph neo4j init
    """
    from graph.neo4j_store import init_schema

    store = store_from(None, True, neo4j_uri)
    try:
        init_schema(store)
    finally:
        store.close()
    out.print("schema applied")


def _quiet_jieba() -> None:
    """jieba logs its dictionary loading at DEBUG to stderr; users need none of it."""
    import jieba

    jieba.setLogLevel(logging.WARNING)


_quiet_jieba()


from cli_analysis import register as _register_analysis  # noqa: E402 (needs `app` defined above)
from cli_cypher import register as _register_cypher  # noqa: E402
from cli_review import review_app  # noqa: E402

_register_analysis(app)
_register_cypher(app, neo4j_app)  # mcfgraph cypher, mcfgraph neo4j import
app.add_typer(review_app, name="review")


def _unwrap(doc: str) -> str:
    """A docstring's paragraphs as single lines (each 'Example:' line kept on its own), so that --help
    wraps them to the terminal: typer keeps the source's line breaks, and at 80 columns every
    100-column source line came out as one full line and a stub ('...or its path inside a folder' /
    'given')."""
    paras = []
    for para in doc.strip().split("\n\n"):
        lines: list[str] = []
        for line in para.splitlines():
            line = line.strip()
            if lines and not line.startswith("Example"):
                lines[-1] += " " + line
            else:
                lines.append(line)
        paras.append("\n\n".join(lines))
    return "\n\n".join(paras)


def _unwrap_help(*apps: typer.Typer) -> None:
    import inspect

    for a in apps:
        for info in a.registered_commands:
            doc = info.help or inspect.getdoc(info.callback) or ""
            if doc:
                info.help = _unwrap(doc)


_unwrap_help(app, neo4j_app, review_app)

if __name__ == "__main__":
    app()
