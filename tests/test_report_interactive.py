"""HTML reports as an analyst opens them: the interactive network view in a real headless Chromium
with every network request blocked (the page must work offline), an ego report that draws what the
documents connect to a thin entity, and whole-graph pictures laid out per jurisdiction."""



from graph.report import build_report, ego_radius, jurisdiction_groups, report
from tests.test_analysis_graphs import corpus, star


def test_thin_ego_network_is_drawn_at_radius_two():
    G = star()
    assert ego_radius(G, "龙岩军分区", None) == 2  # one neighbour at radius 1
    assert ego_radius(G, "龙岩军分区", 1) == 1  # asked for: kept
    rep = build_report(G, key="龙岩军分区")
    assert len(rep["sections"][0]["picture_nodes"]) == 5 and rep["sections"][0]["radius"] == 2


def test_ego_report_leaves_the_corpus_summary_out():
    text = report(corpus(), key="龙岩市委", fmt="md", md_pictures=False)
    assert "## Summary" not in text
    assert "## Summary" in report(corpus(), include_all=True, fmt="md", md_pictures=False)


def test_whole_graph_pictures_are_one_per_jurisdiction():
    G = corpus()
    groups = jurisdiction_groups(G, list(G.nodes))
    js = [j for j, _ in groups]
    assert len(js) == len(set(js)) and all(len(m) <= 15 for _, m in groups)
    assert all(all((G.nodes[n].get("jurisdiction") or "(national)") == j for n in m) for j, m in groups)


def test_report_view_works_offline_in_chromium(chromium_browser, tmp_path):
    G = corpus()
    out = tmp_path / "whole.html"
    report(G, include_all=True, fmt="html", out=out)
    page = chromium_browser.new_page(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []

    def block(route):
        if not route.request.url.startswith(("file:", "data:")):
            requests.append(route.request.url)
            return route.abort()
        return route.continue_()

    page.route("**/*", block)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(out.as_uri())
    page.wait_for_selector("#mcf-network-1[data-rendered='1']", timeout=20000)
    shown = page.evaluate("document.getElementById('mcf-network-1').mcfNetwork.body.data.nodes.length")
    drawn = build_report(G, include_all=True)["sections"][2]["picture_nodes"]
    assert shown == len(drawn)
    node = drawn[0]
    page.evaluate(f"document.getElementById('mcf-network-1').mcfShowNode({node!r})")
    assert G.nodes[node]["name"] in page.locator("#mcf-network-1 .evidence").inner_text()
    page.screenshot(path=str(tmp_path / "whole.png"), full_page=False)
    assert not requests and not errors
