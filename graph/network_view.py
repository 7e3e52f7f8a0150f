"""An interactive network view for self-contained HTML reports (vis-network, inlined, no CDN).

An analyst exploring a report wants to move, filter and click, and a report has to open offline,
so the view inlines the vis-network library that the PyPI package `pyvis` ships (read from its
package data, never fetched), with the graph as JSON beside it. Nodes are coloured by entity type
(legend), edges are labelled with their relation type; clicking a node or an edge shows the
evidence sentences with their document and modality; checkboxes filter by side and type, a select
by jurisdiction, and a search box finds a name (Chinese or English).

Positions are computed here, not by the browser's physics: jurisdictions are laid out as separate
clusters (each a spring layout of its own nodes, clusters on a grid), so one place's actors stay
together, and the same graph always draws the same picture.

>>> import networkx as nx
>>> G = nx.MultiDiGraph(documents={})
>>> G.add_node("a", name="甲办", gloss="A Office", type="PartyGovBody", side="civilian", jurisdiction="J")
>>> G.add_node("b", name="乙军分区", gloss="B MSD", type="MilitaryUnit", side="military", jurisdiction="J")
>>> _ = G.add_edge("a", "b", key="COORDINATES_WITH", type="COORDINATES_WITH", evidence=[])
>>> data = network_data(G, ["a", "b"])
>>> [n["id"] for n in data["nodes"]], [e["label"] for e in data["edges"]]
(['a', 'b'], ['COORDINATES_WITH'])
"""

from __future__ import annotations

import html
import importlib.util
import json
import math
from functools import lru_cache
from pathlib import Path

import networkx as nx

from graph.gloss import quoted, simplified

# One clearly distinct colour per entity type (Okabe–Ito and Tableau hues, told apart in print too).
TYPE_COLOURS = {
    "PartyGovBody": "#0072B2", "MilitaryUnit": "#D55E00", "Enterprise": "#009E73",
    "ResearchInstitute": "#CC79A7", "Association": "#E69F00", "IndustrialPark": "#56B4E9",
    "Fund": "#F0E442", "Policy": "#7F7F7F", "Project": "#8C564B", "Person": "#BCBD22",
    "Location": "#17BECF", "Event": "#9467BD",
}
MAX_EVIDENCE = 5
CLUSTER_RADIUS = 110.0
CLUSTER_GAP = 120.0


def _with_english(j: str) -> str:
    """龙岩市 -> '龙岩市 Longyan City' for the jurisdiction select (a reader who reads Chinese slowly)."""
    from graph.analysis.filters import jurisdiction_english
    from graph.gloss import gloss

    if j.startswith("(") or not jurisdiction_english(j):
        return j
    return f"{j} {gloss(j, 'Location')}"


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    """The vis-network library shipped inside the `pyvis` package (newest version it bundles)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the interactive view needs the `pyvis` package (it ships vis-network)")
    lib = Path(next(iter(spec.submodule_search_locations))) / "lib"
    versions = sorted(lib.glob("vis-*/vis-network.min.js"),
                      key=lambda p: tuple(int(x) for x in p.parent.name[4:].split(".") if x.isdigit()))
    if not versions:
        raise RuntimeError(f"no vis-network.min.js under {lib}")
    return versions[-1].read_text(encoding="utf-8")


def _evidence(ev: list[dict], documents: dict) -> list[dict]:
    out = []
    for e in ev[:MAX_EVIDENCE]:
        doc = documents.get(e.get("document", ""), {})
        out.append({"sentence": quoted(e.get("sentence", "")), "document": e.get("document", ""),
                    "title": doc.get("title", ""), "date": doc.get("date", ""),
                    "modality": e.get("modality", ""),
                    # a quote in traditional script: its simplified rendering shown under it (ux5)
                    "simplified": simplified(e.get("sentence", ""))})
    return out


def cluster_layout(G: nx.MultiDiGraph, nodes: list[str], seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions with one cluster per jurisdiction: a spring layout inside each (radius growing
    with its size), clusters packed in rows, largest first, so one place's actors stay together
    and labels of different places never pile on each other."""
    groups: dict[str, list[str]] = {}
    for n in nodes:
        groups.setdefault(G.nodes[n].get("jurisdiction") or "(national / none)", []).append(n)
    order = sorted(groups, key=lambda j: (-len(groups[j]), j))
    radius = {j: CLUSTER_RADIUS * (1.0 + math.sqrt(len(groups[j]))) for j in order}
    row_width = 2.6 * math.sqrt(sum((2 * r) ** 2 for r in radius.values()))
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for j in order:
        r = radius[j]
        if x and x + 2 * r > row_width:
            x, y, row_height = 0.0, y + row_height + CLUSTER_GAP, 0.0
        cx, cy = x + r, y + r
        members = sorted(groups[j])
        if len(members) == 1:
            inner = {members[0]: (0.0, 0.0)}
        else:
            inner = nx.spring_layout(nx.Graph(G.subgraph(members)), seed=seed,
                                     k=2.0 / math.sqrt(len(members)))
        for n, (px, py) in inner.items():
            pos[n] = (round(cx + float(px) * r, 1), round(cy + float(py) * r, 1))
        x += 2 * r + CLUSTER_GAP
        row_height = max(row_height, 2 * r)
    return pos


def network_data(G: nx.MultiDiGraph, nodes: list[str]) -> dict:
    """Nodes and edges as the view reads them (ids, labels with gloss, colours, evidence)."""
    keep = [n for n in nodes if n in G]
    keep_set = set(keep)
    docs = G.graph.get("documents", {})
    pos = cluster_layout(G, keep)
    out_nodes = []
    for n in keep:
        a = G.nodes[n]
        name, gloss = a.get("name", n), a.get("gloss", "")
        out_nodes.append({
            "id": n, "label": f"{name}\n{gloss}" if gloss and gloss != name else name,
            "name": name, "gloss": gloss, "type": a.get("type", ""), "side": a.get("side", ""),
            "jurisdiction": a.get("jurisdiction", "") or "(national / none)",
            "color": TYPE_COLOURS.get(a.get("type", ""), "#999999"),
            "x": pos[n][0], "y": pos[n][1],
        })
    out_edges = []
    for u, v, k, d in G.edges(keys=True, data=True):
        if u in keep_set and v in keep_set:
            out_edges.append({"id": f"{u}|{k}|{v}", "from": u, "to": v, "label": d.get("type", k),
                              "evidence": _evidence(d.get("evidence", []), docs)})
    return {"nodes": out_nodes, "edges": out_edges,
            "types": sorted({n["type"] for n in out_nodes}),
            "sides": sorted({n["side"] for n in out_nodes}),
            "jurisdictions": sorted({n["jurisdiction"] for n in out_nodes}),
            "colours": TYPE_COLOURS}


_CSS = """
.mcf-view{display:flex;gap:12px;margin:1em 0;font-size:13px}
.mcf-view .canvas{flex:1;height:640px;border:1px solid #ccc;background:#fff}
.mcf-view .side{width:320px;display:flex;flex-direction:column;gap:8px}
.mcf-view fieldset{border:1px solid #ddd;padding:4px 8px}
.mcf-view .legend span.dot{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:4px}
.mcf-view .evidence{border:1px solid #ddd;padding:6px;min-height:120px;max-height:320px;overflow:auto}
.mcf-view .evidence blockquote{margin:4px 0 8px;padding-left:8px;border-left:3px solid #aaa}
.mcf-view .evidence .simplified{color:#555}
"""

_INIT = r"""
(function () {
  var data = JSON.parse(document.getElementById('%(id)s-data').textContent);
  var root = document.getElementById('%(id)s');
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return {id: n.id, label: n.label, x: n.x, y: n.y, color: n.color, shape: 'dot', size: 14,
            font: {size: 26}, title: n.name + ' — ' + n.gloss + ' (' + n.type + ')'};
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, label: e.label, arrows: 'to', font: {size: 10, align: 'middle'},
            color: {color: '#888'}};
  }));
  var byId = {}; data.nodes.forEach(function (n) { byId[n.id] = n; });
  var edgeById = {}; data.edges.forEach(function (e) { edgeById[e.id] = e; });
  var net = new vis.Network(root.querySelector('.canvas'), {nodes: nodes, edges: edges},
                            {physics: false, interaction: {hover: true}, edges: {smooth: false}});
  var panel = root.querySelector('.evidence');
  function esc(s) { var d = document.createElement('div'); d.textContent = s || ''; return d.innerHTML; }
  function quote(e) {
    return '<blockquote data-evidence="1">“' + esc(e.sentence) + '”' +
      (e.simplified ? '<br><span class="simplified">in simplified script: “' + esc(e.simplified) + '”</span>'
                    : '') +
      '<br><small>' + esc(e.document) +
      (e.title ? ' · ' + esc(e.title) : '') + (e.date ? ' · ' + esc(e.date) : '') +
      (e.modality ? ' · ' + esc(e.modality) : '') + '</small></blockquote>';
  }
  function showEdge(id) {
    var e = edgeById[id]; if (!e) return;
    var a = byId[e.from], b = byId[e.to];
    panel.innerHTML = '<b>' + esc(a.name) + ' —' + esc(e.label) + '→ ' + esc(b.name) + '</b><br><small>' +
      esc(a.gloss) + ' → ' + esc(b.gloss) + '</small>' + e.evidence.map(quote).join('');
  }
  function showNode(id) {
    var n = byId[id]; if (!n) return;
    var html = '<b>' + esc(n.name) + '</b><br>' + esc(n.gloss) + '<br><small>' + esc(n.type) + ' · ' +
      esc(n.side) + ' · ' + esc(n.jurisdiction) + '</small>';
    data.edges.forEach(function (e) {
      if (e.from === id || e.to === id) {
        html += '<div><i>' + esc(byId[e.from].name) + ' —' + esc(e.label) + '→ ' + esc(byId[e.to].name) +
                '</i></div>' + e.evidence.slice(0, 2).map(quote).join('');
      }
    });
    panel.innerHTML = html;
  }
  net.on('click', function (p) {
    if (p.nodes.length) showNode(p.nodes[0]); else if (p.edges.length) showEdge(p.edges[0]);
  });
  function applyFilters() {
    var sides = {}, types = {};
    root.querySelectorAll('input[data-side]').forEach(function (c) { sides[c.dataset.side] = c.checked; });
    root.querySelectorAll('input[data-type]').forEach(function (c) { types[c.dataset.type] = c.checked; });
    var j = root.querySelector('select.jurisdiction').value;
    var q = root.querySelector('input.search').value.trim().toLowerCase();
    var visible = 0;
    nodes.update(data.nodes.map(function (n) {
      var show = sides[n.side] !== false && types[n.type] !== false && (!j || n.jurisdiction === j);
      if (show) visible++;
      return {id: n.id, hidden: !show,
              borderWidth: q && (n.name.toLowerCase().indexOf(q) >= 0 ||
                                 n.gloss.toLowerCase().indexOf(q) >= 0) ? 5 : 1};
    }));
    root.setAttribute('data-visible-nodes', String(visible));
  }
  root.querySelectorAll('input,select').forEach(function (el) {
    el.addEventListener(el.tagName === 'SELECT' || el.type === 'checkbox' ? 'change' : 'input', applyFilters);
  });
  root.querySelector('input.search').addEventListener('keydown', function (ev) {
    if (ev.key !== 'Enter') return;
    var q = this.value.trim().toLowerCase();
    var hit = data.nodes.find(function (n) {
      return n.name.toLowerCase().indexOf(q) >= 0 || n.gloss.toLowerCase().indexOf(q) >= 0; });
    if (hit) { net.selectNodes([hit.id]); net.focus(hit.id, {scale: 1.2}); showNode(hit.id); }
  });
  root.mcfNetwork = net; root.mcfShowEdge = showEdge; root.mcfShowNode = showNode;
  applyFilters();
  net.once('afterDrawing', function () { root.setAttribute('data-rendered', '1'); });
  net.fit();
})();
"""


def _checkboxes(attr: str, values: list[str], colours: dict | None = None) -> str:
    out = []
    for v in values:
        dot = f'<span class="dot" style="background:{colours[v]}"></span>' if colours and v in colours else ""
        out.append(f'<label>{dot}<input type="checkbox" data-{attr}="{html.escape(v)}" checked> '
                   f"{html.escape(v or '(none)')}</label><br>")
    return "".join(out)


def render_view(data: dict, element_id: str = "mcf-network", with_library: bool = True) -> str:
    """The view as an HTML fragment: controls, legend, canvas, evidence panel and scripts.

    `with_library=False` when the page already holds vis-network (one copy per page)."""
    e = html.escape
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    options = "".join(f'<option value="{e(j)}">{e(_with_english(j))}</option>' for j in data["jurisdictions"])
    parts = [f"<style>{_CSS}</style>",
             f'<div class="mcf-view" id="{e(element_id)}" data-nodes="{len(data["nodes"])}">',
             '<div class="canvas"></div><div class="side">',
             '<input class="search" type="search" '
             'placeholder="Search a name (中文 or English), Enter to focus">',
             '<fieldset><legend>Side</legend>' + _checkboxes("side", data["sides"]) + "</fieldset>",
             '<fieldset class="legend"><legend>Type</legend>'
             + _checkboxes("type", data["types"], data["colours"]) + "</fieldset>",
             '<label>Jurisdiction <select class="jurisdiction"><option value="">all</option>'
             + options + "</select></label>",
             '<div class="evidence"><small>Click a node or a relationship to read its evidence.'
             "</small></div>",
             "</div></div>",
             f'<script type="application/json" id="{e(element_id)}-data">{payload}</script>']
    if with_library:
        parts.append(f"<script>{vis_network_js()}</script>")
    parts.append(f"<script>{_INIT % {'id': element_id}}</script>")
    return "\n".join(parts)
