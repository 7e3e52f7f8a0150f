"""Relationship reports to share: Markdown or one self-contained HTML file, with a network picture.

A report has to travel (mail, shared drive, an offline laptop), so the HTML has no external
resource at all: styles are inline and the picture is a PNG drawn offline with matplotlib (Agg) and
embedded as base64. Chinese names are drawn with a CJK font when the machine has one (e.g. Debian's
fonts-wqy-microhei or fonts-noto-cjk); without one the picture uses the English glosses, because
tofu boxes help nobody. Every table shows the gloss beside the Chinese name, and every claim comes
with its evidence sentence and document.

Reports contain no timestamps, so the same graph gives the same report.
"""

from __future__ import annotations

import base64
import contextlib
import html
import io
import warnings
from collections import Counter
from functools import lru_cache
from pathlib import Path

import networkx as nx

from graph import gap_report, network_view
from graph.analysis.brokers import brokers
from graph.analysis.centrality import centrality_table
from graph.analysis.filters import best_evidence
from graph.analysis.gaps import gaps
from graph.analysis.lookup import describe
from graph.gloss import SIMPLIFIED_LABEL, place_label, quoted, simplified

SIDE_COLOURS = {"military": "#c0392b", "civilian": "#2471a3", "joint": "#8e44ad", "neutral": "#95a5a6"}
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans SC", "Source Han Sans SC",
             "WenQuanYi Micro Hei",
             "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN", "AR PL UKai CN", "SimHei",
             "Microsoft YaHei", "PingFang SC")
MAX_PICTURE_NODES = 60
MAX_QUOTES = 3
GAPS_PLACEHOLDER = "\0gaps"


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The name of an installed font that has Chinese glyphs, or None."""
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    for n in CJK_FONTS:
        if n in names:
            return n
    for f in font_manager.fontManager.ttflist:  # fonts added after matplotlib built its cache
        if any(s in f.name for s in ("CJK", "WenQuanYi", "Han Sans", "Hei")):
            return f.name
    for path in ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                 "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                 "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"):
        if Path(path).exists():
            font_manager.fontManager.addfont(path)
            return font_manager.FontProperties(fname=path).get_name()
    return None


NO_CJK_FONT_NOTE = ("note: no Chinese font installed (e.g. Debian's fonts-noto-cjk or fonts-wqy-microhei): "
                    "the PNG pictures label nodes with their English glosses and show Chinese in titles as "
                    "boxes; the HTML's interactive view and the tables are not affected")


@contextlib.contextmanager
def quiet_missing_glyphs():
    """matplotlib warns once per missing glyph (dozens of 'Glyph 40857 missing from font(s) DejaVu Sans'
    lines for one report on a machine without a CJK font); the CLI says it once instead
    (NO_CJK_FONT_NOTE)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font")
        yield


def picture_nodes(G: nx.MultiDiGraph, center: str | None = None, radius: int = 1,
                  limit: int = MAX_PICTURE_NODES) -> list[str]:
    """The nodes to draw: the ego network of `center` (by hops, undirected), or the best-connected
    nodes of the graph; at most `limit`, keeping the closest / best-connected."""
    U = G.to_undirected(as_view=True)
    if center is not None:
        dist = ego_distances(G, center, radius)
        order = sorted(dist, key=lambda n: (dist[n], -U.degree(n), n))
    else:
        order = sorted(G.nodes, key=lambda n: (-U.degree(n), n))
    return order[:limit]


def ego_distances(G: nx.MultiDiGraph, center: str, radius: int) -> dict[str, int]:
    """Hops from `center` (undirected) up to `radius`, never going on through a place: a place is
    where a body is, not a tie, and 内蒙古一机集团's report at radius 2 went through 内蒙古自治区 to
    every body of the region and their documents (12 of 56, eleven unrelated)."""
    U = G.to_undirected(as_view=True)
    dist, frontier = {center: 0}, [center]
    for d in range(1, radius + 1):
        nxt = []
        for u in frontier:
            if u != center and G.nodes[u].get("type") == "Location":
                continue
            for v in U.neighbors(u):
                if v not in dist:
                    dist[v] = d
                    nxt.append(v)
        frontier = nxt
    return dist


def draw_png(G: nx.MultiDiGraph, nodes: list[str], center: str | None = None, title: str = "",
             use_gloss: bool | None = None) -> bytes:
    """A PNG of the subgraph on `nodes`, coloured by side, labelled by name (or gloss without CJK font)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    font = cjk_font()
    if use_gloss is None:
        use_gloss = font is None
    H = nx.Graph()
    H.add_nodes_from(nodes)
    rels: dict[tuple[str, str], set[str]] = {}
    S = G.subgraph(nodes)
    for u, v, k, d in S.edges(keys=True, data=True):
        if u == v:
            continue
        H.add_edge(u, v)
        rels.setdefault((u, v) if (u, v) in H.edges and u <= v else (min(u, v), max(u, v)), set()).add(
            d.get("type", k))
    pos = nx.spring_layout(H, seed=7, k=1.6 / max(len(nodes), 1) ** 0.5) if len(nodes) > 1 \
        else {n: (0.0, 0.0) for n in nodes}
    fig, ax = plt.subplots(figsize=(11, 8), dpi=100)
    props = {"family": font} if font and not use_gloss else {}
    for (u, v), ts in rels.items():
        (x1, y1), (x2, y2) = pos[u], pos[v]
        ax.plot([x1, x2], [y1, y2], color="#bbbbbb", lw=1.2, zorder=1)
        if len(nodes) <= 25:
            ax.text((x1 + x2) / 2, (y1 + y2) / 2, "/".join(sorted(ts)), fontsize=6, color="#666666",
                    ha="center", va="center", zorder=2)
    for n in nodes:
        a = G.nodes[n]
        x, y = pos[n]
        size = 900 if n == center else 380
        ax.scatter([x], [y], s=size, color=SIDE_COLOURS.get(a.get("side", "neutral"), "#95a5a6"),
                   edgecolors="black" if n == center else "white", linewidths=2, zorder=3)
        gl = a.get("gloss") or ""
        if len(gl) > 38:
            gl = gl[:36] + "…"
        if use_gloss:
            label = gl or n
        else:  # Chinese name, and the gloss beneath it while the picture is small enough to read
            label = a.get("name", n) + (f"\n{gl}" if gl and len(nodes) <= 25 else "")
        ax.text(x, y - 0.07, label, fontsize=8, ha="center", va="top", zorder=4, **props)
    for side, colour in SIDE_COLOURS.items():
        ax.scatter([], [], color=colour, label=side, s=80)
    ax.legend(loc="upper right", frameon=False, fontsize=8)
    if title:
        ax.set_title(title, fontsize=11, **props)
    ax.set_axis_off()
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# assembling the report (one dict, rendered as md or html)
# ---------------------------------------------------------------------------------------------


def _label(name: str, gloss: str) -> str:
    return f"{name} ({gloss})" if gloss and gloss != name else name


def build_report(G: nx.MultiDiGraph, key: str | None = None, include_gaps: bool = False,
                 include_all: bool = False, radius: int | None = None, top: int = 10,
                 dismissed: dict | None = None, db: str | Path | None | bool = None) -> dict:
    """The report's content. key: an entity report (ego network); include_gaps: the gap report;
    include_all: summary + centrality + brokers + gaps + picture of the best-connected nodes.
    dismissed: analysts' verdicts (finding key -> verdict), shown in their own section. db: the
    store's path, where the gap report's reading account looks for the documents' files beside the
    working folder (False: no reading account)."""
    docs = G.graph.get("documents", {})
    rep: dict = {
        "title": "mcfgraph relationship report",
        "summary": {
            "documents": len(docs), "entities": G.number_of_nodes(), "relationships": G.number_of_edges(),
            "evidence": sum(len(d.get("evidence", [])) for _, _, d in G.edges(data=True)),
            "by_type": dict(Counter(a.get("type", "") for _, a in G.nodes(data=True)).most_common()),
            "by_side": dict(Counter(a.get("side", "") for _, a in G.nodes(data=True)).most_common()),
        },
        "documents": [docs[d] for d in sorted(docs)],
        "sections": [],
        "filters": G.graph.get("filters", {}),
    }
    if key is not None:
        info = describe(G, key)
        rep["title"] = f"Relationship report: {_label(info['name'], info['gloss'])}"
        rep["ego"] = True
        radius = ego_radius(G, key, radius)
        nodes = picture_nodes(G, key, radius)
        rep["sections"].append({"kind": "entity", "entity": info, "picture_nodes": nodes,
                                "picture_center": key, "radius": radius})
        if not include_all and not include_gaps:  # the documents this report draws on, not the corpus
            # the center's documents and those of the ties drawn: a place's documents are every
            # document naming it
            drawn = set(nodes)
            cited = set(G.nodes[key].get("documents", [])) | {
                e.get("document") for u, v, d in G.edges(data=True) if u in drawn and v in drawn
                for e in d.get("evidence", [])}
            rep["documents"] = [docs[d] for d in sorted(docs) if d in cited]
            rep["documents_note"] = (f"the {len(rep['documents'])} of {len(docs)} documents this report "
                                     "draws on")
    if include_all:
        rep["title"] = "mcfgraph relationship report: whole graph" if key is None else rep["title"]
        rep["sections"].append({"kind": "centrality", "table": centrality_table(G, "betweenness", top=top)})
        rep["sections"].append({"kind": "brokers", "table": brokers(G, top=top)})
        if key is None:
            rep["sections"].append({"kind": "network", "picture_nodes": picture_nodes(G, None),
                                    "picture_center": None})
    if include_gaps or include_all:
        if key is None and not include_all:
            rep["title"] = "mcfgraph coordination-gap report"
        res = gaps(G, top=None, dismissed=dismissed)
        if db is not False:  # how much of each text was read (ux7): the files re-read, nothing stored
            from graph.analysis.gaps.reading import reading, reading_totals

            res["reading"] = reading(G, res, db)
            res["reading_totals"] = reading_totals(res["reading"])
        rep["sections"].append({"kind": "gaps", "gaps": res})
    return rep


THIN_EGO = 8  # an ego network with fewer nodes than this at radius 1 is drawn at radius 2


def ego_radius(G: nx.MultiDiGraph, key: str, radius: int | None) -> int:
    """The radius asked for, or (None) 1, widened to 2 when the 1-hop network is thin: a report on a
    body the documents are about should show what they connect it to, not three nodes."""
    if radius is not None:
        return radius
    U = G.to_undirected(as_view=True)
    near = nx.single_source_shortest_path_length(U, key, cutoff=1)
    return 2 if len(near) < THIN_EGO else 1


def jurisdiction_groups(G: nx.MultiDiGraph, nodes: list[str], most: int = 6,
                        per_group: int = 15) -> list[tuple[str, list[str]]]:
    """The whole-graph picture as small multiples: the `most` jurisdictions with most nodes, each
    with its `per_group` best-connected nodes, so labels of different places never pile up."""
    U = G.to_undirected(as_view=True)
    groups: dict[str, list[str]] = {}
    for n in nodes:
        groups.setdefault(G.nodes[n].get("jurisdiction") or "(national)", []).append(n)
    order = sorted(groups, key=lambda j: (-len(groups[j]), j))[:most]
    return [(j, sorted(groups[j], key=lambda n: (-U.degree(n), n))[:per_group]) for j in order]


def _pictures(G: nx.MultiDiGraph, rep: dict) -> list[bytes]:
    out = []
    for s in rep["sections"]:
        if s["kind"] == "network" and s["picture_nodes"]:
            out += [draw_png(G, members, None, f"{place_label(j)} — best-connected actors")
                    for j, members in jurisdiction_groups(G, s["picture_nodes"])]
            continue
        if "picture_nodes" in s and s["picture_nodes"]:
            title = ""
            if s.get("picture_center"):
                a = G.nodes[s["picture_center"]]
                title = f"{a.get('name')} — {s.get('radius', 1)}-hop network"
            out.append(draw_png(G, s["picture_nodes"], s.get("picture_center"), title))
    return out


def _ev_text(e: dict | None) -> str:
    if not e:
        return ""
    text = f"“{quoted(e.get('sentence', ''))}” [{e.get('document', '')}, {e.get('modality', '')}]"
    if simple := simplified(e.get("sentence", "")):  # a quote in traditional script (ux5)
        text += f" ({SIMPLIFIED_LABEL}“{simple}”)"
    return text


def _tables(rep: dict, top: int = 10) -> list[tuple[str, list[str], list[list[str]], str]]:
    """(heading, header, rows, note) for every table in the report, shared by md and html."""
    T = []
    s = rep["summary"]
    if not rep.get("ego"):  # an ego report is about one body, not the corpus
        T.append(("Summary", ["what", "count"],
                  [["documents", str(s["documents"])], ["entities", str(s["entities"])],
                   ["relationships", str(s["relationships"])], ["evidence sentences", str(s["evidence"])]]
                  + [[f"entities: {k}", str(v)] for k, v in s["by_type"].items()]
                  + [[f"side: {k}", str(v)] for k, v in s["by_side"].items()], ""))
    for sec in rep["sections"]:
        if sec["kind"] == "entity":
            e = sec["entity"]
            T.append((f"Entity: {_label(e['name'], e['gloss'])}", ["field", "value"], [
                ["key", e["key"]], ["type", e["type"]], ["side", e["side"]],
                ["jurisdiction", place_label(e["jurisdiction"]) or "(national)"], ["gloss", e["gloss"]],
                ["aliases", "、".join(e["aliases"]) or "—"],
                ["documents", ", ".join(f"{d.get('id')} {d.get('title', '')} {d.get('date', '')}".strip()
                                        for d in e["documents"])],
            ], ""))
            rows = []
            for r in e["relationships"]:
                o = r["other"]
                arrow = f"→ {r['type']} →" if r["direction"] == "out" else f"← {r['type']} ←"
                evs = sorted(r["evidence"], key=lambda x: x.get("modality") != "reported")[:MAX_QUOTES]
                rows.append([arrow, _label(o["name"], o["gloss"]), o["type"], o["side"],
                             "/".join(r["modalities"]),
                             " ".join(_ev_text(x) for x in evs)])
            T.append(("Relationships, with evidence", ["relation", "other entity", "type", "side", "modality",
                                                       "evidence"], rows, ""))
            if e["problems"]:
                T.append(("Problems stated", ["evidence"], [[_ev_text(p)] for p in e["problems"]], ""))
        elif sec["kind"] == "centrality":
            t = sec["table"]
            info = t["info"]
            note = f"method: {info.get('method')}"
            if info.get("method") == "sampled":
                note += f", k={info['k']}, error ±{info['error']:.4f} (1 s.e.)"
            T.append(("Most central (betweenness)", ["#", "entity", "type", "side", "score"],
                      [[str(r["rank"]), _label(r["name"], r["gloss"]), r["type"], r["side"],
                        f"{r['score']:.4f}"]
                       for r in t["rows"]], note))
        elif sec["kind"] == "brokers":
            t = sec["table"]
            T.append(("Brokers between military and civilian sides",
                      ["entity", "side", "ties m/c/j", "constraint", "eff. size", "cross-side roles",
                       "pairs cut if removed"],
                      [[_label(r["name"], r["gloss"]), r["side"],
                        f"{r['ties']['military']}/{r['ties']['civilian']}/{r['ties']['joint']}",
                        "—" if r["constraint"] is None else f"{r['constraint']:.3f}",
                        f"{r['effective_size']:.2f}",
                        str(r["cross_side"]), str(r["pairs_separated"])] for r in t["rows"]],
                      "cross-side roles = Gould–Fernandez gatekeeper + representative + liaison triads"))
        elif sec["kind"] == "gaps":
            g = sec["gaps"]
            T.append((GAPS_PLACEHOLDER, [], [], ""))  # findings as blocks (graph/gap_report.py)
            pt = g["peer_table"]
            if pt["rows"]:
                kinds = [k for k in pt["kinds"] if any(r["counts"][k["kind"]] for r in pt["rows"])]
                T.append(("Institutions by jurisdiction (peer comparison)",
                          ["jurisdiction"] + [k["label"] for k in kinds],
                          [[place_label(r["jurisdiction"])] + [str(r["counts"][k["kind"]]) for k in kinds]
                           for r in pt["rows"]],
                          ""))
    if rep["documents"]:
        T.append(("Documents", ["id", "title", "date", "jurisdiction", "genre"],
                  [[d.get("id", ""), d.get("title", "") or "(untitled)", d.get("date", ""),
                    place_label(d.get("jurisdiction", "")), d.get("genre", "")] for d in rep["documents"]],
                  rep.get("documents_note", "")))
    return T


def _md_cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _gaps_section(rep: dict) -> dict | None:
    return next((s["gaps"] for s in rep["sections"] if s["kind"] == "gaps"), None)


def filters_line(f: dict) -> str:
    """'Filters: jurisdiction 龙岩 · types MilitaryUnit, PartyGovBody · documents dated 2019-01 to
    2020' in words (it read "types=all, jurisdictions=['Longyan'], dates=…–…", a Python list)."""
    within = f" with the places inside it ({', '.join(f['within'])})" if f.get("within") else ""
    parts = [f"jurisdiction {', '.join(f['jurisdictions'])}{within}" if f.get("jurisdictions")
             else "all jurisdictions",
             f"types {', '.join(f['types'])}" if f.get("types") else "all types"]
    since, until = f.get("since"), f.get("until")
    if since or until:
        parts.append("documents dated " + (f"{since} to {until}" if since and until
                                           else f"on or after {since}" if since else f"on or before {until}"))
    else:
        parts.append("all dates")
    return "Filters: " + " · ".join(parts)


def render_md(rep: dict, pictures: list[bytes], picture_paths: list[str] | None = None,
              gap_pictures: list[tuple[str, str]] = ()) -> str:
    """Markdown; pictures linked by path when given, otherwise embedded as data URIs.
    gap_pictures: (jurisdiction, src) of the gap section's pictures."""
    lines = [f"# {rep['title']}", ""]
    if rep.get("filters"):
        f = rep["filters"]
        lines += [f"_{filters_line(f)}_", ""]
    for i, png in enumerate(pictures):
        src = picture_paths[i] if picture_paths else "data:image/png;base64," + base64.b64encode(png).decode()
        lines += [f"![network picture {i + 1}]({src})", ""]
    if not pictures and any(s.get("picture_nodes") for s in rep["sections"]):
        lines += ["_(network picture left out here: write the report with --out FILE.md, which puts the "
                  "PNG beside it, or use --format html)_", ""]
    for heading, header, rows, note in _tables(rep):
        if heading == GAPS_PLACEHOLDER:
            lines += gap_report.render_md(_gaps_section(rep), list(gap_pictures))
            continue
        lines += [f"## {heading}", ""]
        if note:
            lines += [f"_{note}_", ""]
        if not rows:
            lines += ["(none)", ""]
            continue
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        lines += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in rows]
        lines.append("")
    lines.append("Glosses are machine renderings (graph/data/glossary.tsv + pinyin); quotes are the source "
                 "sentences as written.")
    return "\n".join(lines) + "\n"


_CSS = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:0.5em 0 1.5em;font-size:13px}
th,td{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f0f0f0} td.ev{color:#444;font-size:12px;max-width:40em}
img.network{max-width:100%;border:1px solid #ddd}
.note{color:#666;font-style:italic}
"""

# Marks each picture that actually decoded, so a headless browser test can see it rendered.
_SCRIPT = """
window.addEventListener('load', function () {
  var n = 0;
  document.querySelectorAll('img.network').forEach(function (img) {
    if (img.complete && img.naturalWidth > 0) { img.setAttribute('data-rendered', '1'); n++; }
  });
  document.documentElement.setAttribute('data-pictures-rendered', String(n));
});
"""


def interactive_views(G: nx.MultiDiGraph, rep: dict) -> list[str]:
    """One interactive network view (graph/network_view.py) per section that draws a network;
    vis-network is inlined once, in the first."""
    views = []
    for s in rep["sections"]:
        if s.get("picture_nodes"):
            data = network_view.network_data(G, s["picture_nodes"])
            views.append(network_view.render_view(data, f"mcf-network-{len(views) + 1}", not views))
    return views


def render_html(rep: dict, pictures: list[bytes], gap_pictures: list[tuple[str, bytes]] = (),
                views: list[str] = ()) -> str:
    """One self-contained HTML page (inline CSS and scripts, PNGs as data URIs, no external
    reference): the interactive network views first, the static pictures for print below them."""
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="zh-Hans"><head><meta charset="utf-8">',
             f"<title>{e(rep['title'])}</title><style>{_CSS}{gap_report.CSS}</style>"
             f"<script>{_SCRIPT}</script></head><body>",
             f"<h1>{e(rep['title'])}</h1>"]
    if rep.get("filters"):  # a shared report says what it was cut to, as the md does
        parts.append(f'<p class="note">{e(filters_line(rep["filters"]))}</p>')
    for view in views:
        parts += ["<h2>Network (interactive)</h2>", '<p class="note">Drag to pan, scroll to zoom; click a '
                  "node or a relationship for its evidence; filter by side, type and jurisdiction.</p>", view]
    for i, png in enumerate(pictures):
        b64 = base64.b64encode(png).decode()
        parts.append(f'<figure><img class="network" alt="network picture {i + 1}" '
                     f'src="data:image/png;base64,{b64}"><figcaption class="note">Colours: '
                     + ", ".join(f'<span style="color:{c}">{s}</span>' for s, c in SIDE_COLOURS.items())
                     + "</figcaption></figure>")
    for heading, header, rows, note in _tables(rep):
        if heading == GAPS_PLACEHOLDER:
            srcs = [(j, "data:image/png;base64," + base64.b64encode(png).decode()) for j, png in gap_pictures]
            parts += gap_report.render_html(_gaps_section(rep), srcs)
            continue
        parts.append(f"<h2>{e(heading)}</h2>")
        if note:
            parts.append(f'<p class="note">{e(note)}</p>')
        if not rows:
            parts.append("<p>(none)</p>")
            continue
        parts.append("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in header)
                     + "</tr></thead><tbody>")
        for r in rows:
            cells = []
            for h, c in zip(header, r, strict=False):
                cls = ' class="ev"' if h == "evidence" else ""
                cells.append(f"<td{cls}>{e(str(c))}</td>")
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</tbody></table>")
    parts.append('<p class="note">Glosses are machine renderings (glossary + pinyin); quotes are the source '
                 "sentences as written.</p></body></html>")
    return "\n".join(parts) + "\n"


def report(G: nx.MultiDiGraph, key: str | None = None, include_gaps: bool = False, include_all: bool = False,
           fmt: str = "md", out: str | Path | None = None, radius: int | None = None, top: int = 10,
           md_pictures: bool = True, dismissed: dict | None = None,
           db: str | Path | None | bool = None) -> str:
    """Build and render a report; writes `out` when given (md: the PNG beside it) and returns the text.

    Markdown without `out` embeds the picture as a data URI, or leaves it out with md_pictures=False
    (what the CLI does when printing to a terminal)."""
    if fmt not in ("md", "html"):
        raise ValueError("format must be md or html")
    if key is None and not include_gaps and not include_all:
        include_all = True
    rep = build_report(G, key, include_gaps, include_all, radius, top, dismissed, db)
    draw = fmt == "html" or out is not None or md_pictures
    g = _gaps_section(rep)
    with quiet_missing_glyphs():
        pictures = _pictures(G, rep) if draw else []
        gap_pngs = gap_report.gap_pictures(G, g) if draw and g is not None else []
    if fmt == "html":
        text = render_html(rep, pictures, gap_pngs, interactive_views(G, rep))
    elif out is not None:
        outp = Path(out)
        paths = []
        for i, png in enumerate(pictures):
            p = outp.with_name(f"{outp.stem}-{i + 1}.png")
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(png)
            paths.append(p.name)
        gap_srcs = []
        for i, (j, png) in enumerate(gap_pngs):
            p = outp.with_name(f"{outp.stem}-gaps-{i + 1}.png")
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(png)
            gap_srcs.append((j, p.name))
        text = render_md(rep, pictures, paths, gap_srcs)
    else:
        text = render_md(rep, pictures, None, [(j, "data:image/png;base64," + base64.b64encode(png).decode())
                                               for j, png in gap_pngs])
    if out is not None:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(text, encoding="utf-8")
    return text


def best_quote(evidence: list[dict]) -> str:
    """The one sentence to quote for a relationship (reported first)."""
    return _ev_text(best_evidence(evidence))
