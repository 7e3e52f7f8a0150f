"""Reports: content (tables, evidence, glosses), determinism, self-containment, and a real browser render."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from graph.report import build_report, cjk_font, draw_png, jurisdiction_groups, picture_nodes, report
from tests.test_analysis_graphs import corpus, star

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class Collector(HTMLParser):
    """Tags and attributes of a page, to check what it references."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_entity_report_md_has_tables_evidence_and_glosses():
    G = corpus()
    md = report(G, "龙岩市委", fmt="md", radius=1)
    assert md.startswith("# Relationship report: 龙岩市委 (Longyan Municipal Party Committee)")
    assert "## Relationships, with evidence" in md
    assert "龙岩军分区 (Longyan Military Sub-district)" in md
    assert "纳入市委市政府军分区重要议事日程" in md  # the evidence quote
    assert "![network picture 1](data:image/png;base64," in md
    assert md == report(G, "龙岩市委", fmt="md", radius=1)  # deterministic (no timestamps)


def test_gap_report_lists_ranked_findings_and_peer_table():
    md = report(corpus(), include_gaps=True, fmt="md")
    assert "# mcfgraph coordination-gap report" in md
    assert "## Coordination gaps" in md and "### Stated problems" in md
    # the samples' orders: no later document reports their addressees, so they are listed as not
    # enough coverage to tell, with the reason, rather than as directives without follow-up (gaps6)
    assert "### Directives and plans without follow-up" not in md
    assert "### Not enough coverage to tell" in md and "could not have been seen" in md
    assert "## Institutions by jurisdiction (peer comparison)" in md
    assert "尚未实质性运作" in md
    assert "network picture" not in md  # no ego/whole-graph picture: one picture per jurisdiction instead
    assert "![gap picture " in md


def test_md_with_out_writes_png_beside_it(tmp_path):
    out = tmp_path / "r" / "star.md"
    report(star(), "龙岩市委军民融合办", fmt="md", out=out)
    png = tmp_path / "r" / "star-1.png"
    assert png.read_bytes().startswith(PNG_MAGIC)
    assert "](star-1.png)" in out.read_text(encoding="utf-8")


VIS_NETWORK_STRINGS = {
    "http://almende.com", "http://opensource.org/licenses/MIT", "http://www.apache.org/licenses/LICENSE-2.0",
    "http://www.w3.org/2000/svg", "https://github.com/uuidjs/uuid#getrandomvalues-not-supported",
    "https://github.com/visjs", "https://github.com/zloirock/core-js",
    "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE", "https://visjs.github.io/vis-network/"}


def test_html_is_self_contained(tmp_path):
    html = report(corpus(), include_all=True, fmt="html")
    p = Collector()
    p.feed(html)
    for tag, attrs in p.tags:
        for a in ("src", "href"):
            if a in attrs:
                assert attrs[a].startswith("data:"), (tag, attrs[a][:60])
    # no URL outside the inline scripts; inside them only the inlined vis-network's licence,
    # namespace and help strings (nothing it fetches: the Chromium test below blocks all requests)
    outside = re.sub(r"<script>.*?</script>", "", html, flags=re.S)
    assert not re.search(r"https?://", outside)
    inside = set(re.findall(r"https?://[^\s\"'<>)]*", html))
    assert inside <= VIS_NETWORK_STRINGS, inside - VIS_NETWORK_STRINGS
    imgs = [a for t, a in p.tags if t == "img"]
    assert imgs and all(i["src"].startswith("data:image/png;base64,") for i in imgs)
    G = corpus()  # the whole-graph picture: one per jurisdiction (graph.report.jurisdiction_groups)
    assert len([i for i in imgs if "gap-picture" not in i["class"]]) == len(jurisdiction_groups(G, list(G)))
    assert sum(1 for t, _ in p.tags if t == "table") >= 5
    assert "Brokers between military and civilian sides" in html and "Most central (betweenness)" in html


def test_picture_is_the_ego_network():
    G = star()
    assert set(picture_nodes(G, "龙岩军分区", radius=1)) == {"龙岩军分区", "龙岩市委军民融合办"}
    assert len(picture_nodes(G, "龙岩军分区", radius=2)) == 5
    png = draw_png(G, picture_nodes(G, "龙岩市委军民融合办"), "龙岩市委军民融合办")
    assert png.startswith(PNG_MAGIC) and len(png) > 5000
    assert draw_png(G, list(G), None, use_gloss=True).startswith(PNG_MAGIC)


def test_report_sections():
    rep = build_report(corpus(), key="龙岩市委", include_gaps=True)
    assert [s["kind"] for s in rep["sections"]] == ["entity", "gaps"]
    rep = build_report(corpus(), include_all=True)
    assert [s["kind"] for s in rep["sections"]] == ["centrality", "brokers", "network", "gaps"]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def run_chromium(args: list[str], tmp_path) -> subprocess.CompletedProcess:
    exe = chromium()
    base = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000",
            "--hide-scrollbars"]
    return subprocess.run(base + args, capture_output=True, timeout=120, check=False)


@pytest.mark.skipif(chromium() is None and os.environ.get("CI") != "true",
                    reason="needs Debian's chromium package (apt-get install -y chromium)")
def test_html_renders_in_headless_chromium(tmp_path):
    """Opened offline in a real browser: the picture decodes and the tables are there."""
    assert chromium() is not None, "CI must install chromium (apt-get install -y chromium)"
    page = tmp_path / "report.html"
    report(corpus(), "龙岩市委", include_gaps=True, fmt="html", out=page)
    dom = run_chromium(["--dump-dom", page.as_uri()], tmp_path).stdout.decode("utf-8", "replace")
    pictures = dom.count('class="network')
    assert pictures >= 2 and f'data-pictures-rendered="{pictures}"' in dom  # set once each PNG decoded
    assert 'data-rendered="1"' in dom
    assert dom.count("<table") >= 4
    assert "Relationships, with evidence" in dom and "Coordination gaps" in dom
    shot = tmp_path / "shot.png"
    run_chromium([f"--screenshot={shot}", "--window-size=1200,1400", page.as_uri()], tmp_path)
    assert shot.exists()
    import matplotlib.image as mpimg
    import numpy as np

    img = mpimg.imread(shot)[:, :, :3]
    # the side colours of the picture appear in the rendered page (military red, civilian blue)
    red = np.all(np.abs(img - np.array([0xC0, 0x39, 0x2B]) / 255) < 0.06, axis=2).sum()
    blue = np.all(np.abs(img - np.array([0x24, 0x71, 0xA3]) / 255) < 0.06, axis=2).sum()
    assert red > 50 and blue > 50, (red, blue)


def test_cjk_font_detection_is_consistent():
    f = cjk_font()
    assert f is None or isinstance(f, str)
