"""The interactive network view of HTML reports, driven in a real headless Chromium (Playwright with
Debian's chromium): it renders every node, a click shows evidence, filters hide the right nodes."""

from pathlib import Path

import networkx as nx

from graph.network_view import TYPE_COLOURS, cluster_layout, network_data, render_view


def _graph() -> nx.MultiDiGraph:
    doc = {"id": "q1", "title": "青山市军民融合工作会议", "date": "2024-03-01"}
    G = nx.MultiDiGraph(documents={"q1": doc})
    nodes = [("青山市委", "Qingshan Municipal Party Committee", "PartyGovBody", "civilian", "青山市"),
             ("青山军分区", "Qingshan Military Sub-district", "MilitaryUnit", "military", "青山市"),
             ("东方重工", "Dongfang Heavy Industry", "Enterprise", "civilian", "青山市"),
             ("白河市委", "Baihe Municipal Party Committee", "PartyGovBody", "civilian", "白河市"),
             ("白河人武部", "Baihe PAFD", "MilitaryUnit", "military", "白河市")]
    for name, gloss, type_, side, j in nodes:
        G.add_node(name, name=name, gloss=gloss, type=type_, side=side, jurisdiction=j)
    ev = {"document": "q1", "sentence": "青山市委与青山军分区联合召开军民融合工作会议。",
          "modality": "reported", "start": 0, "end": 22}
    G.add_edge("青山市委", "青山军分区", key="COORDINATES_WITH", type="COORDINATES_WITH", evidence=[ev])
    G.add_edge("东方重工", "青山市委", key="PARTICIPATES_IN", type="PARTICIPATES_IN", evidence=[])
    G.add_edge("白河人武部", "白河市委", key="PART_OF", type="PART_OF", evidence=[])
    return G


def test_data_carries_glosses_colours_and_evidence():
    data = network_data(_graph(), list(_graph().nodes))
    assert len(data["nodes"]) == 5 and len(data["edges"]) == 3
    node = next(n for n in data["nodes"] if n["id"] == "青山军分区")
    assert node["label"] == "青山军分区\nQingshan Military Sub-district"
    assert node["color"] == TYPE_COLOURS["MilitaryUnit"]
    edge = next(e for e in data["edges"] if e["label"] == "COORDINATES_WITH")
    assert edge["evidence"][0]["title"] == "青山市军民融合工作会议"
    assert len(set(TYPE_COLOURS.values())) == len(TYPE_COLOURS)


def test_layout_keeps_jurisdictions_apart_and_is_stable():
    G = _graph()
    pos = cluster_layout(G, list(G.nodes))
    assert pos == cluster_layout(G, list(G.nodes))

    def box(j):
        xs = [pos[n][0] for n in G if G.nodes[n]["jurisdiction"] == j]
        return min(xs), max(xs)
    a, b = box("青山市"), box("白河市")
    assert a[1] < b[0] or b[1] < a[0]


def test_the_view_is_self_contained():
    page = render_view(network_data(_graph(), list(_graph().nodes)))
    assert "vis.Network" in page and "http://" not in page.split("<script>")[0]
    assert "cdn" not in page.lower().split("vis.network")[0][-2000:]


def test_view_renders_clicks_and_filters_in_chromium(chromium_browser, tmp_path: Path):
    G = _graph()
    page_file = tmp_path / "view.html"
    page_file.write_text('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
                         + render_view(network_data(G, list(G.nodes))) + "</body></html>", encoding="utf-8")
    page = chromium_browser.new_page(viewport={"width": 1300, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_file.as_uri())
    page.wait_for_selector("#mcf-network[data-rendered='1']", timeout=15000)
    assert page.evaluate("document.getElementById('mcf-network').mcfNetwork.body.data.nodes.length") == 5
    assert page.get_attribute("#mcf-network", "data-visible-nodes") == "5"
    # click the relationship: its evidence sentence and document appear in the panel
    page.evaluate("""() => {
        const root = document.getElementById('mcf-network');
        const pos = root.mcfNetwork.getPositions(['青山市委', '青山军分区']);
        const a = pos['青山市委'], b = pos['青山军分区'];
        const p = root.mcfNetwork.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
        root.dataset.clickX = p.x; root.dataset.clickY = p.y;
    }""")
    box = page.locator("#mcf-network .canvas").bounding_box()
    x = float(page.get_attribute("#mcf-network", "data-click-x"))
    y = float(page.get_attribute("#mcf-network", "data-click-y"))
    page.mouse.click(box["x"] + x, box["y"] + y)
    panel = page.locator("#mcf-network .evidence")
    assert "联合召开军民融合工作会议" in panel.inner_text()
    assert "q1" in panel.inner_text() and "reported" in panel.inner_text()
    # filter: hide the military side -> the two military units disappear
    page.uncheck("#mcf-network input[data-side='military']")
    assert page.get_attribute("#mcf-network", "data-visible-nodes") == "3"
    hidden = page.evaluate("""() => document.getElementById('mcf-network').mcfNetwork.body.data.nodes
        .get({filter: n => n.hidden}).map(n => n.id).sort()""")
    assert hidden == sorted(["青山军分区", "白河人武部"])
    # jurisdiction select narrows further
    page.check("#mcf-network input[data-side='military']")
    page.select_option("#mcf-network select.jurisdiction", "白河市")
    assert page.get_attribute("#mcf-network", "data-visible-nodes") == "2"
    assert not errors
