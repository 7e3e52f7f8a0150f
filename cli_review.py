"""`mcfgraph review`: hand the machine's reading to a person to correct, in a real annotation tool.

`review export DOC... --format label-studio --out DIR` writes DIR/tasks.json (one Label Studio
task per document, the extraction preloaded as predictions) and DIR/config.xml (the labelling
config). DOC is a file or folder of texts (extracted here) or an `extract --format jsonl` file.
The corrected work comes back with `mcfgraph ingest --annotations <Label Studio JSON export>`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

err = Console(stderr=True, soft_wrap=True)

review_app = typer.Typer(help="Correct the machine's output in an annotation tool (Label Studio).",
                         no_args_is_help=True)

FORMATS = ("label-studio",)


def _jsonl_records(path: Path) -> Iterator[tuple[dict, str] | str]:
    """(record, text) for each line of an `extract --format jsonl` file, or an error line.

    The extract output does not repeat the text; it is read again from the record's `source`.
    """
    from ingest.load import LoadError, load_document

    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record.get("text")
                if not isinstance(text, str):
                    text = load_document(record["source"]).text
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
                yield f"{path}:{n}: not an extract record ({type(exc).__name__}: {exc})"
                continue
            except LoadError as exc:
                yield f"{path}:{n}: cannot read the document's text ({exc})"
                continue
            yield record, text


def _extracted(paths: list[Path], jobs: int) -> Iterator[tuple[dict, str] | str]:
    """(record, text) for each document of files/folders, extracting them now."""
    from ingest.extract import extract_many
    from ingest.load import LoadError, iter_documents

    errors: list[str] = []

    def documents():
        for item in iter_documents(paths):
            if isinstance(item, LoadError):
                errors.append(str(item))
            else:
                yield item

    for ex in extract_many(documents(), n_process=jobs):
        yield from errors
        errors.clear()
        yield ex.to_json(), ex.document.text
    yield from errors


def _records(paths: list[Path], jobs: int) -> Iterator[tuple[dict, str] | str]:
    texts = [p for p in paths if not (p.is_file() and p.suffix == ".jsonl")]
    for p in paths:
        if p.is_file() and p.suffix == ".jsonl":
            yield from _jsonl_records(p)
    if texts:
        yield from _extracted(texts, jobs)


@review_app.command("export")
def export(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of texts, or `extract --format "
                                                "jsonl` files.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for tasks.json and config.xml.")],
    format: Annotated[str, typer.Option("--format", "-f", help="label-studio")] = "label-studio",
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Extraction worker processes.")] = 1,
) -> None:
    """Write the machine's extraction as pre-annotated tasks for a person to correct.

    Example: mcfgraph review export samples/ --format label-studio --out review/
    """
    from importlib.metadata import PackageNotFoundError, version

    from ingest.labelstudio import LabelStudioError, labelling_config, task_from_record

    if format not in FORMATS:
        err.print(f"[red]error:[/red] unknown format {format!r} ({' | '.join(FORMATS)})")
        raise typer.Exit(2)
    try:
        model = f"mcfgraph {version('mcfgraph')}"
    except PackageNotFoundError:
        model = "mcfgraph"
    tasks, failures, dropped = [], 0, 0
    for item in _records(paths, jobs):
        if isinstance(item, str):
            failures += 1
            err.print(f"error: {item}", markup=False, highlight=False)
            continue
        try:
            task, lost = task_from_record(*item, model_version=model)
        except LabelStudioError as exc:
            failures += 1
            err.print(f"error: {exc}", markup=False, highlight=False)
            continue
        for rel in lost:
            err.print(f"note: {item[0]['id']}: relation {rel} has no span to draw it between; left out",
                      markup=False, highlight=False)
        dropped += len(lost)
        tasks.append(task)
    out.mkdir(parents=True, exist_ok=True)
    (out / "tasks.json").write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "config.xml").write_text(labelling_config(), encoding="utf-8")
    err.print(f"{len(tasks)} tasks ({sum(len(t['predictions'][0]['result']) for t in tasks)} predicted "
              f"regions and relations, {dropped} relations left out), {failures} failed -> "
              f"{out / 'tasks.json'}, {out / 'config.xml'}", markup=False, highlight=False)
    if failures:
        raise typer.Exit(1)
