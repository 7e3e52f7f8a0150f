"""The gap part of a report: one picture per jurisdiction and the findings as readable blocks.

Picture: the jurisdiction's military actors on the left, civilian ones on the right, joint bodies,
people and events between them; ties reported or stated drawn solid, ties only ordered dashed;
the actors a finding is about ringed in orange and an unanswered directive drawn as an orange
dashed line. Drawn offline with matplotlib (Agg), like graph/report.py's network picture.

Blocks: one finding a block (title, then what it rests on, then its quotes below), grouped by
kind, strongest tier first; a sentence is quoted once in the whole report (later findings point
back to it); held-back, not-enough-coverage and dismissed findings each get their own section.
"""

from __future__ import annotations

import html
import io

import networkx as nx

from graph.analysis.gaps.common import KINDS, place_note
from graph.analysis.gaps.sides import sided_actors, tie_graph
from graph.gloss import (
    SIMPLIFIED_LABEL,
    finding_title,
    holder_line,
    place_label,
    problem_line,
    quoted,
    simplified,
)

MAX_PICTURES = 6
MAX_PICTURE_NODES = 36
MAX_QUOTES = 4
HIGHLIGHT = "#e67e22"
SECTIONS = [
    ("stalled", "Stated problems (the text states the gap)"),
    ("mandate_without_action", "Directives and plans without follow-up"),
    ("disconnected_sides", "Disconnected sides"),
    ("single_broker", "Single-broker dependence"),
    ("orphan", "Orphans"),
    ("peer_gap", "Missing institutions (peer comparison)"),
]


def _jurisdictions(res: dict) -> list[str]:
    """Jurisdictions with findings, most findings first (national ones have no local picture)."""
    count: dict[str, int] = {}
    for f in res["findings"]:
        if f["jurisdiction"]:
            count[f["jurisdiction"]] = count.get(f["jurisdiction"], 0) + 1
    return sorted(count, key=lambda j: (-count[j], j))[:MAX_PICTURES]


def picture_nodes(
    G: nx.MultiDiGraph, j: str, actors: dict[str, set[str]], adj: dict[str, set[str]]
) -> list[str]:
    """J's sided actors, plus the people, events and bodies that tie two of them together."""
    own = set(actors["military"]) | set(actors["civilian"])
    between = {}
    for n in own:
        for m in adj.get(n, ()):
            if m not in own:
                between.setdefault(m, set()).add(n)
    links = sorted((m for m, s in between.items() if len(s) >= 2), key=lambda m: (-len(between[m]), m))
    nodes = sorted(own) + links
    return nodes[:MAX_PICTURE_NODES]


def _layout(G: nx.MultiDiGraph, nodes: list[str], edges: list[tuple[str, str]]) -> dict:
    H = nx.Graph()
    H.add_nodes_from(nodes)
    H.add_edges_from(edges)
    pos = (
        nx.spring_layout(H, seed=7, k=1.4 / max(len(nodes), 1) ** 0.5)
        if len(nodes) > 1
        else {n: (0.0, 0.0) for n in nodes}
    )
    shift = {"military": -1.3, "civilian": 1.3}
    return {
        n: (float(x) * 0.6 + shift.get(G.nodes[n].get("side"), 0.0), float(y)) for n, (x, y) in pos.items()
    }


def _ties(G: nx.MultiDiGraph, nodes: list[str]) -> tuple[list, list]:
    """(acted ties, ordered-only ties) among `nodes`, as node pairs."""
    keep = set(nodes)
    acted, ordered = set(), set()
    for u, v, d in G.edges(data=True):
        if u == v or u not in keep or v not in keep or d.get("type") == "LOCATED_IN":
            continue
        pair = (min(u, v), max(u, v))
        if {"reported", "stated"} & set(d.get("modalities") or ()):
            acted.add(pair)
        elif {"directive", "plan"} & set(d.get("modalities") or ()):
            ordered.add(pair)
    return sorted(acted), sorted(ordered - acted)


def draw_jurisdiction(G: nx.MultiDiGraph, j: str, nodes: list[str], findings: list[dict]) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from graph.report import SIDE_COLOURS, cjk_font

    font = cjk_font()
    acted, ordered = _ties(G, nodes)
    pos = _layout(G, nodes, acted + ordered)
    flagged = {e["key"] for f in findings for e in f["entities"]}
    unanswered = {
        (min(r["head"], r["tail"]), max(r["head"], r["tail"]))
        for f in findings
        if f["kind"] == "mandate_without_action"
        for r in f["details"].get("relations", ())
    }
    fig, ax = plt.subplots(figsize=(10, 6.5), dpi=100)
    for u, v in acted:
        ax.plot(*zip(pos[u], pos[v], strict=True), color="#999999", lw=1.3, zorder=1)
    for u, v in ordered:
        hot = (u, v) in unanswered
        ax.plot(
            *zip(pos[u], pos[v], strict=True),
            color=HIGHLIGHT if hot else "#bbbbbb",
            lw=2.2 if hot else 1,
            ls="--",
            zorder=1,
        )
    props = {"family": font} if font else {}
    for n in nodes:
        a = G.nodes[n]
        x, y = pos[n]
        ax.scatter(
            [x],
            [y],
            s=360,
            color=SIDE_COLOURS.get(a.get("side", "neutral"), "#95a5a6"),
            edgecolors=HIGHLIGHT if n in flagged else "white",
            linewidths=3.5 if n in flagged else 1.5,
            zorder=3,
        )
        label = a.get("name", n) if font else (a.get("gloss") or n)
        ax.text(x, y - 0.08, label, fontsize=8, ha="center", va="top", zorder=4, **props)
    for side, colour in SIDE_COLOURS.items():
        ax.scatter([], [], color=colour, label=side, s=70)
    ax.plot([], [], color="#999999", label="tie reported/stated")
    ax.plot([], [], color=HIGHLIGHT, ls="--", label="ordered, no action since")
    ax.scatter([], [], s=70, color="white", edgecolors=HIGHLIGHT, linewidths=3, label="in a finding")
    ax.legend(loc="lower center", ncol=4, frameon=False, fontsize=8, bbox_to_anchor=(0.5, -0.08))
    ax.set_title(f"{place_label(j)}: military (left) and civilian (right) actors", fontsize=11, **props)
    ax.set_axis_off()
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


def gap_pictures(G: nx.MultiDiGraph, res: dict) -> list[tuple[str, bytes]]:
    """(jurisdiction, PNG) for the jurisdictions with most findings."""
    actors = sided_actors(G)
    adj = tie_graph(G)
    directed = {n: set(G._succ[n]) | set(G._pred[n]) for n in G}
    out = []
    for j in _jurisdictions(res):
        if j not in actors:
            continue
        merged = {n: adj.get(n, set()) | directed.get(n, set()) for n in set(adj) | set(directed)}
        nodes = picture_nodes(G, j, actors[j], merged)
        extra = [
            e["key"]
            for f in res["findings"]
            if f["jurisdiction"] == j
            for e in f["entities"]
            if e["key"] in G and e["key"] not in nodes
        ]
        nodes = (nodes + sorted(set(extra)))[:MAX_PICTURE_NODES]
        if nodes:
            out.append(
                (j, draw_jurisdiction(G, j, nodes, [f for f in res["findings"] if f["jurisdiction"] == j]))
            )
    return out


# ---------------------------------------------------------------------------------------------
# blocks
# ---------------------------------------------------------------------------------------------


def _cite(e: dict) -> str:
    bits = [e.get("document", ""), e.get("date", ""), e.get("modality", "")]
    return ", ".join(b for b in bits if b)


def _quote(e: dict, cite: str) -> dict:
    """A quote as the reports show it: the sentence as written (so it can be found in the source),
    and, when it is in traditional script, its simplified rendering (ux5)."""
    return {"text": quoted(e.get("sentence", "")), "simplified": simplified(e.get("sentence", "")),
            "cite": cite}


def _block(f: dict, seen: dict[str, str]) -> dict:
    """One finding: title, what it rests on, its quotes (each sentence once in the report)."""
    ref = f.get("rank") or f["id"]
    meta = [f"id {f['id']}", f"{f['tier']}", f"score {f['score']:.2f}"]
    dates = {k: v for k, v in (f.get("dates") or {}).items() if v and k != "status"}
    if dates:
        meta.append(", ".join(f"{k} {v}" for k, v in dates.items()))
    names = [f"{x['name']} = {x['gloss']}" for x in f.get("entities") or []
             if x.get("gloss") and x.get("name") and x["gloss"] != x["name"]]
    notes = [
        finding_title({**f, "title": x})  # a masked place in "searched: …" reads as such too
        for x in (
            names and "in English: " + "; ".join(dict.fromkeys(names)),
            problem_line(f),  # a stated finding's problem words in English (ux4)
            f.get("searched") and f"searched: {f['searched']}",
            f.get("note"),
            (f.get("held_back") or {}).get("reason"),
            (f.get("dismissal") or {}).get("reason") and f"dismissed: {f['dismissal']['reason']}",
        )
        if x
    ]
    quotes, again = [], []
    evidence = ((f.get("held_back") or {}).get("evidence") or []) + f["evidence"]
    for i, e in enumerate(evidence):
        ident = e.get("sentence", "")  # the same words twice (two documents) are quoted once
        # ... except the problem sentence a stated finding's headline quotes: four counties a survey
        # visited showed it under the first only, the other three "Also quoted above" and no problem (ux4)
        headline = i == 0 and f.get("tier") == "stated" and seen.get(ident) != f"#{ref}"
        if ident in seen and not headline:
            if seen[ident] not in again and seen[ident] != f"#{ref}":  # not "quoted above" by itself
                again.append(seen[ident])
            continue
        seen.setdefault(ident, f"#{ref}")
        if len(quotes) < MAX_QUOTES:
            quotes.append(_quote(e, _cite(e)))
    return {
        "ref": ref,
        "title": finding_title(f),  # a masked-place holder reads as such, not as a name
        "meta": " · ".join(meta),
        "notes": notes,
        "quotes": quotes,
        "again": again,
        # why the body holds a problem whose sentence does not name it, and the sentence that does (ux4)
        "holder": holder_line(f),
        "holder_quotes": [_quote(e, _cite({**e, "modality": ""}))
                          for e in (f.get("holder") or {}).get("evidence") or ()],
    }


def gap_blocks(res: dict) -> list[dict]:
    """[{"heading", "blocks"}]: findings grouped by kind, then held back, undetermined, dismissed."""
    seen: dict[str, str] = {}
    out = []
    for kind, heading in SECTIONS:
        fs = [f for f in res["findings"] if f["kind"] == kind]
        if fs:
            out.append({"heading": heading, "blocks": [_block(f, seen) for f in fs]})
    for name, heading in (
        ("held_back", "Held back (each with its reason and the deciding sentences)"),
        ("undetermined", "Not enough coverage to tell"),
        ("dismissed", "Dismissed by an analyst"),
    ):
        if res.get(name):
            out.append({"heading": heading, "blocks": [_block(f, seen) for f in res[name]]})
    return out


def counts_line(res: dict) -> str:
    c = ", ".join(f"{KINDS[k]}: {v}" for k, v in res["counts"].items() if v) or "no findings"
    return (
        f"{c}; held back {len(res['held_back'])}, not enough coverage {len(res['undetermined'])}, "
        f"dismissed {len(res['dismissed'])}"
    )


def _numbered(b: dict) -> str:
    """'3. title' for a ranked finding; a held-back or undetermined one has no rank, and its id (in the
    line below) is no number to head it with ('d4557359b3. title')."""
    return f"{b['ref']}. {b['title']}" if isinstance(b["ref"], int) or str(b["ref"]).isdigit() else b["title"]


PICTURES_HEADING = "Pictures by jurisdiction"


def _pictures_at(sections: list[dict]) -> int:
    """Where the pictures go: after the findings reported, before those held back, undetermined or
    dismissed. They came first: on u65-u71, five pictures (4,000 pixels) stood between the counts
    and the first finding an analyst had to act on."""
    reported = {heading for _, heading in SECTIONS}
    return next((i for i, sec in enumerate(sections) if sec["heading"] not in reported), len(sections))


def render_md(res: dict, pictures: list[tuple[str, str]]) -> list[str]:
    """Markdown lines; `pictures` = (jurisdiction, src) already written or embedded."""
    lines = ["## Coordination gaps", "", f"_{counts_line(res)}_", ""]
    sections = gap_blocks(res)
    at = _pictures_at(sections)
    for i, sec in enumerate(sections + [None]):
        if i == at and pictures:
            lines += [f"### {PICTURES_HEADING}", ""]
            for j, src in pictures:
                lines += [f"![gap picture {place_label(j)}]({src})", ""]
        if sec is None:
            break
        lines += [f"### {sec['heading']}", ""]
        for b in sec["blocks"]:
            lines += [f"#### {_numbered(b)}", "", f"_{b['meta']}_", ""]
            lines += [f"- {n}" for n in b["notes"]] + ([""] if b["notes"] else [])
            for q in b["quotes"]:
                lines += [f"> “{q['text']}”  ", *_md_simplified(q), f"> — {q['cite']}", ""]
            if b["again"]:
                lines += [f"Also quoted above: {', '.join(b['again'])}", ""]
            if b["holder"]:
                lines += [f"_{b['holder']}_", ""]
                for q in b["holder_quotes"]:
                    lines += [f"> “{q['text']}”  ", *_md_simplified(q), f"> — {q['cite']}", ""]
    for heading, note, rows in considered_sections(res):
        lines += [f"### {heading}", "", f"_{note}_", ""]
        lines += [("  " if r.startswith("  ") else "") + f"- {r.strip()}" for r in rows] + [""]
    if note := _place_note(res):
        lines += [f"_{note}_", ""]
    return lines


CONSIDERED_HEADING = "Considered and dropped (why a candidate is not a finding)"
READING_HEADING = "Reading coverage per document"
READING_NOTE = ("what extraction did not read: problem sentences and order/plan sentences (the modality "
                "reader's) no entity or relationship was taken from, and name-like strings no entity covers; "
                "a document the report is silent on may be one it did not read")


def considered_sections(res: dict) -> list[tuple[str, str, list[str]]]:
    """[(heading, note, lines)]: each kind's account of what its rules dropped, then the reading
    coverage per document (ux7); empty when the result has neither."""
    from graph.analysis.gaps.considered import account_lines
    from graph.analysis.gaps.reading import reading_line, totals_line, unread_problems

    out = []
    acc = res.get("considered") or {}
    if acc:
        out.append((CONSIDERED_HEADING, "every item with its rule: mcfgraph gaps --json, key \"considered\"",
                    [line for a in acc.values() for line in account_lines(a)]))
    if res.get("reading") is not None:
        out.append((READING_HEADING, READING_NOTE,
                    [totals_line(res["reading_totals"])]
                    + [x for r in res["reading"]
                       for x in (reading_line(r), *("  " + q for q in unread_problems(r)))]))
    return out


def _place_note(res: dict) -> str:
    """What [national] and [jurisdiction unknown] mean, when a finding shown is headed by one."""
    shown = [f for k in ("findings", "held_back", "undetermined", "dismissed") for f in res.get(k, [])]
    return place_note(*[f.get("title", "") for f in shown])


CSS = """
section.gaps .finding{border-left:4px solid #e67e22;background:#fcfaf7;margin:0 0 1em;padding:0.6em 1em;
max-width:60em}
section.gaps .finding h4{margin:0 0 0.3em;font-size:15px}
section.gaps .meta{color:#666;font-size:12px;margin:0 0 0.4em}
section.gaps ul.notes{margin:0.2em 0 0.5em 1.2em;padding:0;font-size:13px;color:#444}
section.gaps blockquote{margin:0.4em 0 0.6em;padding:0.3em 0.8em;border-left:3px solid #ccc;font-size:14px;
line-height:1.6;background:#fff}
section.gaps blockquote cite{display:block;color:#777;font-size:12px;font-style:normal;margin-top:0.2em}
section.gaps p.holder{margin:0.5em 0 0.2em;font-size:13px;color:#444;font-style:italic}
section.gaps blockquote.holder{border-left-color:#9bb7d4}
section.gaps blockquote .simplified{display:block;color:#555;font-size:13px;margin-top:0.15em}
section.gaps img.gap-picture{max-width:100%;border:1px solid #ddd;margin:0.5em 0}
section.gaps ul.considered,section.gaps ul.reading{margin:0.2em 0 1em 1.2em;padding:0;font-size:13px;
color:#333}
section.gaps ul li.sub{margin-left:1.5em;list-style:circle}
"""


def _md_simplified(q: dict) -> list[str]:
    """The Markdown line under a quote in traditional script: its simplified rendering."""
    return [f"> _{SIMPLIFIED_LABEL}“{q['simplified']}”_  "] if q.get("simplified") else []


def _html_simplified(q: dict) -> str:
    if not q.get("simplified"):
        return ""
    return f'<span class="simplified">{html.escape(SIMPLIFIED_LABEL)}“{html.escape(q["simplified"])}”</span>'


def render_html(res: dict, pictures: list[tuple[str, str]]) -> list[str]:
    e = html.escape
    parts = ['<section class="gaps"><h2>Coordination gaps</h2>', f'<p class="note">{e(counts_line(res))}</p>']
    sections = gap_blocks(res)
    at = _pictures_at(sections)
    for i, sec in enumerate(sections + [None]):
        if i == at and pictures:
            parts.append(f"<h3>{PICTURES_HEADING}</h3>")
            for j, src in pictures:
                parts.append(
                    f'<figure><img class="network gap-picture" alt="gap picture {e(place_label(j))}" '
                    f'src="{src}"><figcaption class="note">{e(place_label(j))}: orange ring = actor in a '
                    "finding; orange dashed = ordered, no action since</figcaption></figure>"
                )
        if sec is None:
            break
        parts.append(f"<h3>{e(sec['heading'])}</h3>")
        for b in sec["blocks"]:
            parts.append(
                f'<div class="finding"><h4>{e(_numbered(b))}</h4>'
                f'<p class="meta">{e(b["meta"])}</p>'
            )
            if b["notes"]:
                parts.append('<ul class="notes">' + "".join(f"<li>{e(n)}</li>" for n in b["notes"]) + "</ul>")
            for q in b["quotes"]:
                parts.append(f"<blockquote>“{e(q['text'])}”{_html_simplified(q)}<cite>{e(q['cite'])}</cite>"
                             "</blockquote>")
            if b["again"]:
                parts.append(f'<p class="meta">Also quoted above: {e(", ".join(b["again"]))}</p>')
            if b["holder"]:
                parts.append(f'<p class="holder">{e(b["holder"])}</p>')
                for q in b["holder_quotes"]:
                    parts.append(f'<blockquote class="holder">“{e(q["text"])}”{_html_simplified(q)}'
                                 f'<cite>{e(q["cite"])}</cite></blockquote>')
            parts.append("</div>")
    for heading, note, rows in considered_sections(res):
        cls = "considered" if heading == CONSIDERED_HEADING else "reading"
        parts.append(f'<h3>{e(heading)}</h3><p class="note">{e(note)}</p><ul class="{cls}">')
        parts += [f'<li class="{"sub" if r.startswith("  ") else "top"}">{e(r.strip())}</li>' for r in rows]
        parts.append("</ul>")
    if note := _place_note(res):
        parts.append(f'<p class="note">{e(note)}</p>')
    parts.append("</section>")
    return parts
