"""The graph explorer page (kg.render.write_html): offline, deterministic, safe, usable.

Browser tests run in real Chromium (Debian /usr/bin/chromium driven by playwright). They are
skipped with a reason when the browser or playwright is missing, unless KG_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef

sys.path.insert(0, str(Path(__file__).parent))
import graph_factory as gf  # noqa: E402

from kg.render import write_html  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
ENTITY_CLASSES = ("Person", "Country", "Organization", "Place", "Event", "Agreement", "Initiative")
RELATIONS = ("meets", "leaderOf", "supports", "opposes", "cooperatesWith", "memberOf", "chairs",
             "attends", "hosts", "signs", "visits", "locatedIn", "alignsWith")
SYMMETRIC = {"meets", "cooperatesWith", "alignsWith"}


def expected_counts(g: Graph) -> tuple[int, int]:
    """Nodes and edges the explorer must draw, computed independently from the RDF model."""
    nodes = {s for c in ENTITY_CLASSES + ("Meeting",) for s in g.subjects(RDF.type, gf.CR[c])}
    edges = set()
    for rel in RELATIONS:
        for s, o in g.subject_objects(gf.CR[rel]):
            if s in nodes and o in nodes and s != o:
                edges.add((min(s, o), rel, max(s, o)) if rel in SYMMETRIC else (s, rel, o))
    meetings = set(g.subjects(RDF.type, gf.CR.Meeting))
    for rel in ("participant", "location"):
        for s, o in g.subject_objects(gf.CR[rel]):
            if s in meetings and o in nodes:
                edges.add((s, rel, o))
    return len(nodes), len(edges)


@pytest.fixture(scope="module")
def sample_html(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("explorer") / "graph.html"
    write_html(gf.sample_graph(), path, title="Test <graph>")
    return path


# ------------------------------------------------------------------ plain (no browser)

def test_no_remote_resources(sample_html: Path) -> None:
    text = sample_html.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", text, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", text, re.I)
    assert not re.search(r"<script[^>]*\bsrc\s*=", text, re.I)
    assert not re.search(r"<link\b", text, re.I)
    assert not re.search(r"@import", text, re.I)
    assert "Content-Security-Policy" in text


def test_untrusted_text_only_as_escaped_json(sample_html: Path) -> None:
    text = sample_html.read_text(encoding="utf-8")
    assert gf.XSS_IMG not in text and gf.XSS_SCRIPT not in text
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in text
    assert "Test &lt;graph&gt;" in text            # the page title is HTML-escaped
    # the data block is the only application/json script and closes where it should
    start = text.index('<script type="application/json" id="kg-data">')
    end = text.index("</script>", start)
    assert "<" not in text[start + len('<script type="application/json" id="kg-data">'):end]


def test_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    write_html(gf.sample_graph(), a)
    # same graph built again (fresh objects, different insertion history)
    g = Graph()
    for t in sorted(gf.sample_graph(), reverse=True):
        g.add(t)
    write_html(g, b)
    assert a.read_bytes() == b.read_bytes()
    write_html(gf.sample_graph(), a)   # overwrite in place, atomically
    assert a.read_bytes() == b.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_invalid_qid_is_dropped() -> None:
    from kg.render import build_explorer_data
    data = build_explorer_data(gf.sample_graph())
    by_iri = {n["iri"]: n for n in data["nodes"]}
    assert by_iri[str(gf.ID["entity/new/organization/xss"])]["qid"] is None
    assert by_iri[str(gf.ID["entity/xi-jinping"])]["qid"] == "Q15031"


# ------------------------------------------------------------------ browser

def _browser_or_skip():
    reason = None
    try:
        from playwright.sync_api import sync_playwright  # noqa: F401
    except ImportError:
        reason = "python playwright is not installed"
    if reason is None and not os.path.exists(CHROMIUM):
        reason = f"Chromium not found at {CHROMIUM}"
    if reason:
        if os.environ.get("KG_REQUIRE_BROWSER") == "1":
            pytest.fail(f"KG_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)


class Page:
    """A page opened from file:// with every non-file request blocked and counted."""

    def __init__(self, pw, html: Path):
        self.browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        self.page = self.browser.new_page(viewport={"width": 1400, "height": 900})
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.navigations: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("dialog", self._dialog)
        self.page.on("framenavigated", lambda f: self.navigations.append(f.url))
        self.page.on("popup", lambda p: self.navigations.append("popup:" + p.url))
        self.url = html.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_function("window.explorer && window.explorer.ready === true", timeout=30000)

    def _route(self, route):
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def close(self):
        self.browser.close()


@pytest.fixture(scope="module")
def browser_page(sample_html: Path):
    _browser_or_skip()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        page = Page(pw, sample_html)
        yield page
        page.close()


def test_no_request_even_without_csp(sample_html: Path, tmp_path: Path) -> None:
    """The CSP blocks remote loads; the page must not even try one without it."""
    _browser_or_skip()
    from playwright.sync_api import sync_playwright
    text = sample_html.read_text(encoding="utf-8")
    stripped = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", text)
    assert stripped != text
    path = tmp_path / "nocsp.html"
    path.write_text(stripped, encoding="utf-8")
    with sync_playwright() as pw:
        page = Page(pw, path)
        try:
            page.js("explorer.handleClick({nodes: [0], edges: []})")
            page.js("explorer.handleClick({nodes: [], edges: [0]})")
            assert page.blocked == [] and page.errors == [] and page.dialogs == []
        finally:
            page.close()


def test_large_graph_labels_and_arrows_on_zoom(tmp_path: Path, monkeypatch) -> None:
    """Large graphs start without node labels and arrowheads (vis would measure every label and
    draw every arrowhead before the first frame); they appear when zoomed in and around the
    selection, and every node, edge, filter and quote is still there."""
    _browser_or_skip()
    from playwright.sync_api import sync_playwright
    import kg.render.explorer as explorer_module
    monkeypatch.setattr(explorer_module, "_DETAIL_ON_ZOOM_NODES", 100)
    g = gf.synthetic_graph(200, edges_per_node=4, seed=3)
    path = tmp_path / "large.html"
    write_html(g, path, title="Large")
    n_nodes, n_edges = expected_counts(g)
    with sync_playwright() as pw:
        p = Page(pw, path)
        try:
            assert p.js("explorer.detailOnZoom") is True
            assert p.js("explorer.drawnCounts()") == {"nodes": n_nodes, "edges": n_edges}
            assert p.js("explorer.data.vis.nodes.every(n => !('label' in n))")
            assert p.js("explorer.data.vis.edges.every(e => !('label' in e) && !('font' in e))")
            arrows_on = """() => { const b = explorer.network.body;
                return b.edgeIndices.filter(id => b.edges[id].options.arrows.to.enabled).length; }"""
            directed = p.js("""explorer.data.edges.filter(e => !e.sym && e.rel !== 'participant'
                               && e.rel !== 'location').length""")
            assert directed > 0
            assert p.js(arrows_on) == 0 and p.js("explorer.overlay.drawn") == 0
            # the fonts shared while adding the edges are what vis itself computes per edge
            assert p.js("""() => { const b = explorer.network.body, s = o => JSON.stringify(o,
                  (k, v) => typeof v === 'function' ? 'fn' : v);
                return b.edgeIndices.every(id => { const e = b.edges[id], was = s(e.labelModule.fontOptions);
                  e.updateLabelModule(); return s(e.labelModule.fontOptions) === was; }); }""")
            # a selected node: its own labels and its directed edges' arrowheads, at any zoom
            p.js("explorer.network.moveTo({scale: 0.1})")
            nid = p.js("explorer.data.edges.find(e => !e.sym && e.rel === 'supports').from")
            p.js("id => { explorer.network.selectNodes([id]); explorer.handleClick({nodes: [id], edges: []}); }", nid)
            p.page.wait_for_function("explorer.overlay.drawn > 0")
            assert 0 < p.js(arrows_on) < directed
            assert p.page.text_content("#details h2") == p.js("id => explorer.labelOf(explorer.data.nodes[id])", nid)
            p.js("explorer.network.selectNodes([]); explorer.handleClick({nodes: [], edges: []})")
            p.page.wait_for_function("explorer.overlay.drawn === 0")
            assert p.js(arrows_on) == 0
            # a real wheel zoom past the threshold: every directed edge gets its arrowhead
            p.js("explorer.network.moveTo({scale: 0.48})")
            box = p.page.locator("#network").bounding_box()
            p.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
            p.page.mouse.wheel(0, -100)
            p.page.wait_for_function("explorer.network.getScale() >= 0.5")
            p.page.wait_for_function("explorer.overlay.drawn > 0")
            assert p.js(arrows_on) == directed
            # filters and quotes as on small graphs
            p.js("explorer.setRelation('supports', false)")
            hidden = p.js("explorer.data.edges.filter(e => e.rel === 'supports').length")
            assert p.js("explorer.drawnCounts().edges") == n_edges - hidden
            p.js("explorer.setRelation('supports', true)")
            eid = p.js("explorer.data.edges.find(e => e.n === 2).id")
            p.js("id => { explorer.network.selectEdges([id]); explorer.handleClick({nodes: [], edges: [id]}); }", eid)
            assert p.page.locator("#details blockquote").count() == 2
            assert p.blocked == [] and p.errors == [] and p.dialogs == []
        finally:
            p.close()


def _node_id(page: Page, slug: str) -> int:
    iri = str(gf.ID[f"entity/{slug}"])
    return page.js("iri => explorer.data.nodes.find(n => n.iri === iri).id", iri)


def test_loads_offline_and_draws_every_node_and_edge(browser_page: Page) -> None:
    p = browser_page
    n_nodes, n_edges = expected_counts(gf.sample_graph())
    assert (n_nodes, n_edges) == (7, 10)
    counts = p.js("explorer.drawnCounts()")
    assert counts == {"nodes": n_nodes, "edges": n_edges}
    assert p.js("explorer.nodes.length") == n_nodes and p.js("explorer.edges.length") == n_edges
    # every node has a position from the Python layout and physics is off
    assert p.js("explorer.data.vis.nodes.every(n => Number.isInteger(n.x) && Number.isInteger(n.y))")
    assert p.js("explorer.network.physics.physicsEnabled") is False
    assert p.js("explorer.detailOnZoom") is False   # small graphs: vis labels and arrows as ever
    assert p.blocked == [] and p.errors == [] and p.dialogs == []


@pytest.mark.parametrize("query", ["普京", "Путин", "putin", "普丁", "vladimir"])
def test_search_finds_putin_in_any_language(browser_page: Page, query: str) -> None:
    p = browser_page
    putin = _node_id(p, "vladimir-putin")
    assert putin in p.js("q => explorer.search(q)", query)
    assert p.js("q => explorer.search(q)[0]", query) == putin   # the person before the meeting
    p.page.fill("#search", query)
    p.page.wait_for_selector("#search-results:not([hidden]) button.result")
    ids = p.js("[...document.querySelectorAll('#search-results button.result')].map(b => +b.dataset.nodeId)")
    assert putin in ids
    p.page.click(f'#search-results button[data-node-id="{putin}"]')
    assert p.page.text_content("#details h2") == "Vladimir Putin"
    p.page.fill("#search", "")


def test_search_xi_in_traditional_and_russian(browser_page: Page) -> None:
    xi = _node_id(browser_page, "xi-jinping")
    for q in ("習近平", "习近平", "Си Цзиньпин", "tập cận"):
        assert browser_page.js("q => explorer.search(q)", q) == [xi]


def test_relation_filter_hides_those_edges(browser_page: Page) -> None:
    p = browser_page
    n_supports = p.js("explorer.data.edges.filter(e => e.rel === 'supports').length")
    assert n_supports == 2
    before = p.js("explorer.drawnCounts().edges")
    p.page.uncheck('#relation-filter input[data-name="supports"]')
    drawn = p.js("explorer.network.body.edgeIndices.map(id => explorer.edges.get(id).id)")
    assert len(drawn) == before - n_supports
    assert not p.js("ids => ids.some(id => explorer.data.edges[id].rel === 'supports')", drawn)
    p.page.check('#relation-filter input[data-name="supports"]')
    assert p.js("explorer.drawnCounts().edges") == before


def test_type_and_date_filters(browser_page: Page) -> None:
    p = browser_page
    p.js("explorer.setType('Meeting', false)")
    assert p.js("explorer.drawnCounts()") == {"nodes": 6, "edges": 7}
    p.js("explorer.setType('Meeting', true)")
    dates = p.js("explorer.data.dates")
    assert dates == ["2022-02-04", "2023-03-21", "2023-03-22", "2024-01-01"]
    # only 2024: the XSS org's statement (doc dated 2024-01-01) remains, with its two nodes
    p.js("explorer.setDateRange(3, 3, false)")
    c = p.js("explorer.drawnCounts()")
    assert c["edges"] == 1 and c["nodes"] == 2
    p.page.click("#reset")
    assert p.js("explorer.drawnCounts()") == {"nodes": 7, "edges": 10}


def test_click_edge_shows_every_quote(browser_page: Page) -> None:
    p = browser_page
    russia, china = _node_id(p, "russia"), _node_id(p, "china")
    eid = p.js("([a, b]) => explorer.data.edges.find(e => e.from === a && e.to === b && e.rel === 'supports').id",
               [russia, china])
    p.js("id => { explorer.network.selectEdges([id]); explorer.handleClick({nodes: [], edges: [id]}); }", eid)
    text = p.page.text_content("#details")
    assert "Россия решительно поддерживает Китай." in text
    assert "Russia firmly supports China on Taiwan." in text
    assert "Путин и Си Цзиньпин провели переговоры" in text and "2023-03-21" in text
    assert "ru" in text and "ru.supports.pattern" in text
    assert p.page.locator("#details blockquote").count() == 2


def test_real_click_on_node_shows_labels_and_wikidata(browser_page: Page) -> None:
    p = browser_page
    xi = _node_id(p, "xi-jinping")
    p.js("id => explorer.focusNode(id)", xi)
    pos = p.js("""id => { const c = explorer.network.getPositions([id])[id];
                          const d = explorer.network.canvasToDOM(c);
                          const r = document.getElementById('network').getBoundingClientRect();
                          return {x: d.x + r.left, y: d.y + r.top}; }""", xi)
    p.js("explorer.showEdge(0)")   # something else in the panel first
    p.page.mouse.click(pos["x"], pos["y"])
    p.page.wait_for_function("document.querySelector('#details h2').textContent === 'Xi Jinping'")
    text = p.page.text_content("#details")
    for label in ("习近平", "習近平", "Си Цзиньпин", "Tập Cận Bình"):
        assert label in text
    hrefs = p.js("[...document.querySelectorAll('#details a')].map(a => a.getAttribute('href'))")
    assert "https://www.wikidata.org/wiki/Q15031" in hrefs


def test_language_selector(browser_page: Page) -> None:
    p = browser_page
    xi, beijing = _node_id(p, "xi-jinping"), _node_id(p, "beijing")
    p.page.select_option("#lang", "zh-Hant")
    assert p.js("id => explorer.nodes.get(id).label", xi) == "習近平"
    assert p.js("id => explorer.nodes.get(id).label", beijing) == "北京"   # falls back to zh-Hans
    p.page.select_option("#lang", "vi")
    assert p.js("id => explorer.nodes.get(id).label", beijing) == "Beijing"  # falls back to en
    p.page.select_option("#lang", "en")


def test_xss_payloads_render_as_text(browser_page: Page) -> None:
    p = browser_page
    xss = _node_id(p, "new/organization/xss")
    p.js("id => explorer.handleClick({nodes: [id], edges: []})", xss)
    text = p.page.text_content("#details")
    assert gf.XSS_IMG in text and gf.XSS_SCRIPT in text and gf.XSS_JS in text
    assert p.js("document.querySelectorAll('#details img, #details script').length") == 0
    # no link from the invalid QID, no javascript: link
    hrefs = p.js("[...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
    assert all(h.startswith("https://") for h in hrefs), hrefs
    # the edge with the XSS quote and the XSS document (title, javascript: url)
    eid = p.js("id => explorer.data.edges.find(e => e.from === id).id", xss)
    p.js("id => explorer.handleClick({nodes: [], edges: [id]})", eid)
    assert gf.XSS_QUOTE in p.page.text_content("#details blockquote")
    assert p.js("document.querySelectorAll('#details img, #details script').length") == 0
    assert p.js("[...document.querySelectorAll('#details a')].length") == 0
    # search results and tooltips are text too
    p.page.fill("#search", "onerror")
    p.page.wait_for_selector("#search-results:not([hidden]) button.result")
    assert gf.XSS_IMG in p.page.text_content("#search-results")
    assert p.js("document.querySelectorAll('#search-results img').length") == 0
    p.page.fill("#search", "javascript")
    p.page.wait_for_selector("#search-results:not([hidden]) button.result")
    p.page.click("#search-results button.result")
    p.page.fill("#search", "")
    p.page.wait_for_timeout(100)
    assert p.js("typeof explorer.nodes.get(0).title") == "string"
    assert p.dialogs == []
    assert p.navigations == [p.url]
    assert p.page.url == p.url
    assert p.blocked == [] and p.errors == []


def test_tooltip_is_plain_text(browser_page: Page) -> None:
    p = browser_page
    xss = _node_id(p, "new/organization/xss")
    p.js("id => explorer.focusNode(id)", xss)
    pos = p.js("""id => { const c = explorer.network.getPositions([id])[id];
                          const d = explorer.network.canvasToDOM(c);
                          const r = document.getElementById('network').getBoundingClientRect();
                          return {x: d.x + r.left, y: d.y + r.top}; }""", xss)
    p.page.mouse.move(pos["x"] + 1, pos["y"] + 1)
    p.page.mouse.move(pos["x"], pos["y"])
    p.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    tip = p.page.locator("div.vis-tooltip")
    assert gf.XSS_IMG in tip.text_content()
    assert p.js("document.querySelectorAll('div.vis-tooltip *').length") == 0
    assert p.dialogs == [] and p.blocked == [] and p.errors == []

