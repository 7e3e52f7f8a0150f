"""Terminal rendering shared by the commands: tables that never cut a name or a sentence, and the
gap findings as blocks an analyst can read in an 80-column terminal or a file piped to `less`.

rich's default for a column that does not fit is an ellipsis: at 80 columns (a pipe, a laptop
terminal) `show` cut every evidence sentence to eight characters and entity names to five
(“龙岩市委军 …”), and the six-column gap table left two characters a line for the sentence a finding
rests on. Here every column folds instead, and a finding is a block: its header, its text, and each
evidence sentence in full on its own lines.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table as _RichTable
from rich.text import Text

from graph.analysis.gaps.common import PLACE_NOTE, place_note
from graph.gloss import (
    MASKED,
    SIMPLIFIED_LABEL,
    finding_title,
    holder_line,
    in_english,
    problem_line,
    quoted,
    simplified,
)

JURISDICTION_NOTE = ("(place masked in the source, s000): an anonymised place (the document writes XX "
                     "or **); NAME〔doc〕 (XX〔s000〕军分区, 市委〔w06〕): a body in such a place or a local "
                     "body whose place the document does not say; both kept apart per document: two "
                     "documents' XX or 市委 need not be the same")


SHORT_COLUMNS = {"type", "side", "id", "#", "score", "degree", "modality", "relation", "tier", "count"}


class Table(_RichTable):
    """rich's Table with columns that fold (wrap inside a word) instead of ending in '…'."""

    def add_column(self, header="", *args, **kw) -> None:
        kw.setdefault("overflow", "fold")
        if header in SHORT_COLUMNS:  # one token each: 'MilitaryUnit', not 'MilitaryUni' / 't'
            kw.setdefault("no_wrap", True)
        super().add_column(header, *args, **kw)


TIERS_NOTE = ("tiers, strongest first: stated = a document states the problem; directive = a body is told "
              "to act (or plans to) and no later document reports it acting; structural = inferred from "
              "what the documents do not say (no channel between the sides, one broker, a park without "
              "firms): a lead to check, not a conclusion. Modalities after a quote say how the sentence "
              "puts it (stated, reported, directive, plan, problem).")


def national(etype: str) -> str:
    """What an empty jurisdiction means in a table: a body of the country ('national'); a person
    has no jurisdiction of their own (张丽华 was listed as 'national')."""
    return "" if etype == "Person" else "national"


def table(title: str | None = None, columns: tuple[str, ...] | list[str] = (), **kw) -> Table:
    """A rich Table whose columns wrap (fold) instead of ending in '…'."""
    t = Table(title=title, **kw)
    for col in columns:
        add_column(t, col)
    return t


def add_column(t: _RichTable, header: str, **kw) -> None:
    kw.setdefault("overflow", "fold")
    t.add_column(header, **kw)


def mentions_placeholder(*texts: str) -> bool:
    return any(("〔" in (s or "") and "〕" in (s or "")) or MASKED in (s or "") for s in texts)


def evidence_line(e: dict) -> Text:
    """“sentence” (document, modality): the whole sentence, never shortened; a sentence in
    traditional script gets its simplified rendering on the next line (the quote stays as written,
    so it can be found in the source)."""
    t = Text("“" + quoted(e.get("sentence") or "") + "”")
    meta = ", ".join(x for x in (e.get("document", ""), e.get("date", ""), e.get("modality", "")) if x)
    if meta:
        t.append(f" ({meta})", style="dim")
    if simple := simplified(e.get("sentence") or ""):  # a quote in traditional script (ux5)
        # the label after the quote: before it, rich put the label alone on a line (a quote is one
        # long word to its wrapping)
        t.append(f"\n“{simple}” ({SIMPLIFIED_LABEL.rstrip(': ')})", style="dim")
    return t


def finding_block(i: int | str, f: dict, max_evidence: int = 3) -> Group:
    """One gap finding: '#1  c5460eb9e7  stated · Stalled item', its text, the reason it is held back
    or dismissed, then its evidence sentences in full (the first `max_evidence`; the rest counted)."""
    head = Text.assemble((f"#{i}  ", "bold"), (f.get("id", ""), "bold cyan"), "  ",
                         (f.get("tier", ""), "bold"), " · ", f.get("label") or f.get("kind", ""))
    parts: list = [head, Padding(Text(finding_title(f)), (0, 0, 0, 4))]
    if f.get("tier") == "stated":  # the holder and the problem's words in English (ux4)
        for line in (in_english(f), problem_line(f)):
            if line:
                parts.append(Padding(Text(line, style="dim"), (0, 0, 0, 4)))
    hb = f.get("held_back") or {}
    extra = f.get("note") or hb.get("reason") or (f.get("dismissal") or {}).get("reason")
    if extra:
        label = "held back: " if hb.get("reason") and extra == hb.get("reason") else ""
        parts.append(Padding(Text(label + extra, style="italic"), (0, 0, 0, 4)))
    ev = list({(e.get("document"), e.get("sentence")): e
               for e in hb.get("evidence") or f.get("evidence") or []}.values())  # each sentence once
    if ev[:max_evidence]:
        grid = _RichTable.grid(padding=(0, 1))
        grid.add_column(width=1)
        grid.add_column(overflow="fold")
        for e in ev[:max_evidence]:
            grid.add_row("▸", evidence_line(e))
        parts.append(Padding(grid, (0, 0, 0, 4)))
    if len(ev) > max_evidence:
        parts.append(Padding(Text(f"(+{len(ev) - max_evidence} more evidence sentence(s): "
                                  f"mcfgraph gaps --json)", style="dim"), (0, 0, 0, 4)))
    if holder := holder_line(f):  # why the body holds a problem its sentence does not name (ux4)
        parts.append(Padding(Text(holder, style="italic"), (0, 0, 0, 4)))
        grid = _RichTable.grid(padding=(0, 1))
        grid.add_column(width=1)
        grid.add_column(overflow="fold")
        for e in f["holder"].get("evidence") or ():
            grid.add_row("◦", evidence_line({**e, "modality": ""}))  # it names the body: no modality
        parts.append(Padding(grid, (0, 0, 0, 4)))
    return Group(*parts)


def shared_place(key: str, before: dict, after: dict, nodes: dict) -> bool:
    """Whether a path's step through `key` is only two bodies LOCATED_IN one place (北京市): a path
    X -LOCATED_IN-> 北京市 <-LOCATED_IN- Y read as a tie between X and Y."""
    return ((nodes.get(key) or {}).get("type") == "Location"
            and all(h.get("type") == "LOCATED_IN" and h.get("tail") == key for h in (before, after)))


def placed(name: str, jurisdiction: str) -> str:
    """A name with its place when the name does not say it (ux7): 丹东市委's display name is the 市委
    its document writes, and "no path between 丹东军分区 and 市委" left the analyst asking which."""
    if not jurisdiction or not name:
        return name
    from graph.analysis.gaps.coverage import short_jurisdiction
    from graph.gloss import place_label

    short = short_jurisdiction(jurisdiction) or jurisdiction
    return name if short in name or jurisdiction in name else f"{name} [{place_label(jurisdiction)}]"


def print_path(console: Console, title: str, start: str, hops: list[dict], nodes: dict) -> None:
    """A path as a chain read from its start: each entity (name, gloss), then the tie to the next
    with its direction as stated and its evidence sentence in full. Five table columns at 80 left the
    sentence twelve characters a line."""
    def entity(key: str) -> Text:
        n = nodes.get(key) or {}
        t = Text(placed(n.get("name") or key, n.get("jurisdiction", "")), style="bold")
        if n.get("gloss") and n.get("gloss") != n.get("name"):
            t.append(f"  {n['gloss']}", style="dim")
        return t

    console.print(Text(title, style="bold underline"))
    here = start
    console.print(entity(here))
    for i, h in enumerate(hops):
        forward = h["head"] == here
        nxt = h["tail"] if forward else h["head"]
        if i and shared_place(here, hops[i - 1], h, nodes):
            console.print(Padding(Text(f"(a shared place: both sides are only located in "
                                       f"{nodes[here].get('name')}, not tied through it; --no-places "
                                       "keeps to actors)", style="yellow"), (0, 0, 0, 2)))
        grid = _RichTable.grid(padding=(0, 1))
        grid.add_column(width=1)
        grid.add_column(overflow="fold")
        rel = f"{h['type']} →" if forward else f"← {h['type']}"
        grid.add_row("│", Text(rel, style="cyan"))
        if h.get("evidence"):
            grid.add_row("│", evidence_line(h["evidence"]))
        console.print(Padding(grid, (0, 0, 0, 2)))
        console.print(entity(nxt))
        here = nxt
    console.print()


def print_findings(console: Console, title: str, findings: list[dict], note: str = "") -> None:
    """A titled list of finding blocks, a blank line between them; '(none)' when empty."""
    console.print(Text(title, style="bold underline"))
    if not findings:
        console.print(Text("  (none)", style="dim"))
    for i, f in enumerate(findings, 1):
        console.print(finding_block(f.get("rank", i), f))
        console.print()
    if note:
        console.print(Text(note, style="dim"))


__all__ = ["JURISDICTION_NOTE", "PLACE_NOTE", "TIERS_NOTE", "Table", "add_column", "escape", "evidence_line",
           "finding_block", "mentions_placeholder", "national", "place_note", "print_findings", "print_path",
           "shared_place", "table"]
