"""`mcfgraph cypher` and `mcfgraph neo4j import`: the Neo4j graph from the terminal.

Graph questions an analyst asks in Neo4j Browser run here too, on the same server (the one
`mcfgraph neo4j start` runs, or --neo4j-uri): ad-hoc Cypher, or a saved Browser query by name with
its example parameters. Queries run in a read transaction unless --write is given, so a query that
would change the graph is refused by the server itself, not by guessing from its text. The Cypher
lives in neo4j/browser/saved_queries.cypher (read through graph.cypher), never here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from workflows.render import Table

out = Console()
err = Console(stderr=True, soft_wrap=True)


def parse_params(pairs: list[str]) -> dict:
    """k=v pairs; a value that reads as JSON (numbers, lists, true/null) is that value, else a string."""
    params: dict = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.isidentifier():
            raise ValueError(f"--param {pair!r}: expected name=value")
        try:
            params[key] = json.loads(value)
        except json.JSONDecodeError:
            params[key] = value
    return params


def plain(value):
    """A driver value as JSON-ready data: nodes and relationships as their properties plus identity."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, "start": value.start_node.get("key") or value.start_node.get("id"),
                "end": value.end_node.get("key") or value.end_node.get("id"),
                **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes],
                "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def _cell(value) -> str:
    """A short rendering for a table cell (a node by its name, a relationship by its type)."""
    v = plain(value)
    if isinstance(v, dict) and "labels" in v:
        return v.get("name") or v.get("key") or v.get("id") or json.dumps(v, ensure_ascii=False)[:60]
    if isinstance(v, dict) and "type" in v and "start" in v:
        return f"{v['start']} -[{v['type']}]-> {v['end']}"
    if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
        return "\n".join(_cell(x) for x in value)
    if isinstance(v, str):
        return v
    return json.dumps(v, ensure_ascii=False, default=str)


def _is_graph(value) -> bool:
    """Whether a value is (a list of) nodes, relationships or paths: what Browser draws."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, list):
        return bool(value) and all(_is_graph(v) for v in value)
    return isinstance(value, Node | Relationship | Path)


def run_cypher(query: str, params: dict, write: bool,
               neo4j_uri: str | None) -> tuple[list[str], list[list], list[str]]:
    """(columns, rows, server warnings) of one query, in a read transaction unless `write`.

    Warnings (a misspelt label, an unknown property) come back as one line each instead of the
    driver's log records, so a typo that returns nothing says why.
    """
    import logging

    from neo4j import GraphDatabase

    from graph.neo4j_store import connection_settings

    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)
    st = connection_settings(neo4j_uri)
    with GraphDatabase.driver(st["uri"], auth=(st["user"], st["password"]),
                              notifications_min_severity="WARNING") as driver:
        driver.verify_connectivity()
        with driver.session(database=st["database"]) as session:
            def work(tx):
                result = tx.run(query, **params)
                keys, rows = list(result.keys()), [list(r.values()) for r in result]
                notes = result.consume().notifications or []
                return keys, rows, [f"{n.get('title', '')} {n.get('description', '')}".strip() for n in notes]

            return session.execute_write(work) if write else session.execute_read(work)


def _resolve_query(query: str | None, saved: str | None,
                   param: list[str]) -> tuple[str | None, str, dict]:
    """(table title, query, parameters) from a query or a saved query's name; --param wins over a
    saved query's defaults. A ValueError says what to give when the two are mixed or both missing."""
    from graph.cypher import find_saved

    params = parse_params(param)
    if saved:
        if query:
            raise ValueError("give a query or --saved NAME, not both")
        title, q = find_saved(saved)
        return title, q["query"], {**q["params"], **params}
    if not query:
        raise ValueError("give a Cypher query, --saved NAME or --list")
    return None, query, params


def _client_error_text(exc, write: bool) -> str:
    """The server's refusal in the words an analyst can act on: a write in read mode asks for
    --write, a missing parameter shows the --param form."""
    code, message = exc.code or "", exc.message or ""
    if not write and ("AccessMode" in code or "read access mode" in message):
        return ("error: this query writes to the graph and runs read-only; add --write to run it "
                f"({exc.message})")
    if "ParameterMissing" in code:
        return f"error: {exc.message}; give each with --param NAME=VALUE (-p k=龙岩市委)"
    return f"error: {exc.code}: {exc.message}"


def _print_rows(columns: list[str], rows: list[list], title: str | None, as_json: bool) -> None:
    """Rows as JSON objects, or as a table without the graph columns (nodes, relationships,
    paths), which Browser and --json show; a pure drawing query keeps them."""
    if as_json:
        data = [dict(zip(columns, (plain(v) for v in row), strict=True)) for row in rows]
        out.print_json(json.dumps(data, ensure_ascii=False, default=str))
        return
    shown = [i for i, c in enumerate(columns) if not any(_is_graph(row[i]) for row in rows)]
    if not shown:  # a pure drawing query (a, r, b): show it compactly
        shown = list(range(len(columns)))
    if len(shown) * 16 > out.width:  # seven columns at 80 broke English inside words
        _print_records(columns, rows, shown, title)
    else:
        table = Table(title=title, title_justify="left", show_lines=True)
        for i in shown:
            table.add_column(columns[i], overflow="fold")
        for row in rows:
            table.add_row(*(_cell(row[i]) for i in shown))
        out.print(table)
    hidden = [c for i, c in enumerate(columns) if i not in shown]
    err.print(f"{len(rows)} rows" + (f" (graph columns {', '.join(hidden)} in --json and Browser)"
                                     if hidden else ""), highlight=False)


def _print_records(columns: list[str], rows: list[list], shown: list[int], title: str | None) -> None:
    """Rows too many columns wide for the terminal, one block each: a column name, then its value,
    as `psql -x` does (the saved brokers query's seven columns gave its names nine characters at 80:
    'High-leve / l Forum')."""
    from rich.rule import Rule
    from rich.table import Table as Grid

    if title:
        out.print(title, style="bold", highlight=False)
    width = max(len(columns[i]) for i in shown)
    for n, row in enumerate(rows, 1):
        out.print(Rule(f"row {n}", align="left", style="dim"))
        grid = Grid.grid(padding=(0, 1))
        grid.add_column(style="dim", no_wrap=True, width=min(width, 28))
        grid.add_column(overflow="fold", ratio=1)
        for i in shown:
            grid.add_row(columns[i], _cell(row[i]))
        out.print(grid)


def register(app: typer.Typer, neo4j_app: typer.Typer) -> None:
    """Add `cypher` to the main app and `import` to `mcfgraph neo4j`."""

    @app.command("cypher")
    def cypher(
        query: Annotated[str | None, typer.Argument(help="Cypher to run (or --saved NAME).")] = None,
        param: Annotated[list[str], typer.Option("--param", "-p", help="name=value (repeatable); "
                                                 "JSON values are typed.")] = [],  # noqa: B006
        saved: Annotated[str | None, typer.Option("--saved", "-s", help="Run a saved Browser query "
                                                  "by name (e.g. brokers, path, 'gaps: orphans').")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Rows as JSON objects.")] = False,
        write: Annotated[bool, typer.Option("--write", help="Allow the query to change the graph.")] = False,
        list_saved: Annotated[bool, typer.Option("--list", help="List the saved queries.")] = False,
        neo4j_uri: Annotated[str | None, typer.Option(
            "--neo4j-uri", help="Bolt URI of another server (NEO4J_USER / NEO4J_PASSWORD).")] = None,
    ) -> None:
        """Run Cypher on the Neo4j store (read-only unless --write); a table, or JSON with --json.

        Example: mcfgraph cypher 'MATCH (n:Entity {side: $s}) RETURN n.name, n.gloss' -p s=military
        Example: mcfgraph cypher --saved brokers --json
        """
        from neo4j.exceptions import ClientError, DriverError, Neo4jError

        from graph.cypher import saved_queries
        from graph.store import StoreError

        if list_saved:
            for name, q in saved_queries().items():
                out.print(name + "".join(f"  --param {k}={v}" for k, v in q["params"].items()),
                          markup=False, highlight=False)
            return
        try:
            title, query, params = _resolve_query(query, saved, param)
            columns, rows, warnings = run_cypher(query, params, write, neo4j_uri)
        except (ValueError, StoreError) as exc:
            err.print(f"error: {exc}", markup=False, highlight=False)
            raise typer.Exit(2) from exc
        except ClientError as exc:
            err.print(_client_error_text(exc, write), markup=False, highlight=False)
            raise typer.Exit(1) from exc
        except (DriverError, Neo4jError) as exc:
            err.print(f"error: {exc}", markup=False, highlight=False)
            raise typer.Exit(1) from exc
        for w in warnings:
            err.print(f"warning: {w}", markup=False, highlight=False)
        _print_rows(columns, rows, title, as_json)

    @neo4j_app.command("import")
    def neo4j_import(
        folder: Annotated[Path, typer.Argument(help="A `mcfgraph export --format csv` folder.")],
        database: Annotated[str, typer.Option("--database", help="Database to import into.")] = "neo4j",
        overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace the database if it exists "
                                                "(what it holds is lost).")] = False,
        home: Annotated[Path | None, typer.Option("--home", help="Server folder (env "
                                                  "MCFGRAPH_NEO4J_HOME).")] = None,
    ) -> None:
        """Import a CSV export with neo4j-admin (server stopped; Community has one user database).

        Example: mcfgraph neo4j stop && mcfgraph neo4j import mcfgraph-csv/ --overwrite
        """
        from graph import neo4j_server

        try:
            report = neo4j_server.import_csv(folder, database, overwrite, home)
        except neo4j_server.Neo4jServerError as exc:
            err.print(f"error: neo4j import: {exc}", markup=False, highlight=False)
            raise typer.Exit(1) from exc
        tail = [line for line in report.splitlines() if line.strip()][-6:]
        out.print("\n".join(tail), markup=False, highlight=False)
        out.print(f"imported {folder} into database {database!r}; start the server "
                  "(`mcfgraph neo4j start`) and apply the schema (`mcfgraph neo4j init`)",
                  markup=False, highlight=False)
