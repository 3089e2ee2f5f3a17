"""The HTML view in a real browser: Debian's Chromium driven by Playwright for Python.

Every request that is not for a file:// URL is aborted and counted as a failure, JavaScript
console errors and dialogs fail the test, and a screenshot of each view is kept in
test-artifacts/ (git-ignored). Skips, saying why, without /usr/bin/chromium or Playwright.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.model import Edge, Entity, Evidence
from graph.subgraph import whole_graph
from tests.test_viz_html import HOSTILE, RELATIONS, TYPES, _graph
from viz import render_html

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
sync_api = pytest.importorskip("playwright.sync_api", reason="needs Playwright for Python (pip install -e '.[test]')")


class View:
    """One opened page and everything it did that a view must not do."""

    def __init__(self, page) -> None:
        self.page = page
        self.external: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.route("**/*", self._route)
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self._dialog)

    def _route(self, route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def counts(self) -> tuple[int, int]:
        return tuple(self.js("() => [kgView.nodes.length, kgView.edges.length]"))

    def details_heading(self) -> str:
        return self.page.inner_text("#details h2")

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"))

    def assert_clean(self) -> None:
        assert self.external == [], "requests left the page"
        assert self.errors == [], "console errors"
        assert self.dialogs == [], "dialogs fired"


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_view(browser):
    """open_view(file, fragment="") -> View, once the network has drawn its first frame."""
    pages = []

    def open_(path: Path, fragment: str = "") -> View:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        pages.append(page)
        view = View(page)
        page.goto(path.as_uri() + fragment)
        page.wait_for_function("() => document.documentElement.dataset.firstDraw", timeout=60_000)
        return view

    yield open_
    for page in pages:
        page.close()


def _write(tmp_path: Path, name: str, html: str) -> Path:
    target = tmp_path / name
    target.write_text(html, encoding="utf-8")
    return target


def _screen_point(view: View, kind: str, item_id: str) -> tuple[float, float]:
    """Where a node (its centre) or an edge (its middle, on the curve) is on the screen."""
    return view.js(
        """([kind, id]) => {
          const net = kgView.network;
          const p = kind === "node" ? net.getPosition(id) : net.body.edges[id].edgeType.getPoint(0.5);
          const dom = net.canvasToDOM(p);
          const box = document.querySelector("#graph canvas").getBoundingClientRect();
          return [box.left + dom.x, box.top + dom.y];
        }""",
        [kind, item_id],
    )


def _hover_and_click(view: View, kind: str, item_id: str, title: str) -> None:
    """Hover: the tooltip shows the title as text. Click: the item is selected."""
    x, y = _screen_point(view, kind, item_id)
    view.page.mouse.move(x, y)
    view.page.wait_for_function(
        """(title) => { const tip = document.querySelector("div.vis-tooltip");
                       return tip && tip.style.visibility === "visible" && tip.innerText === title; }""",
        arg=title,
    )
    markup = view.js("() => [...document.querySelectorAll('div.vis-tooltip *')].map(e => e.tagName)")
    assert set(markup) <= {"BR"}  # the title's line breaks, nothing else
    view.page.mouse.click(x, y)
    selected = view.js("() => kgView.network.getSelection()")
    assert selected["nodes" if kind == "node" else "edges"] == [item_id]


def test_seed_view(cli, seed_kg, tmp_path: Path, open_view) -> None:
    """`kg viz` of the seed graph: every entity and relationship drawn, nothing fetched."""
    target = tmp_path / "seed.html"
    assert cli("viz", "--out", str(target)).exit_code == 0
    view = open_view(target)
    expected = whole_graph(seed_kg)
    assert view.counts() == (len(expected.entities), len(expected.edges))
    assert view.page.inner_text(".counts") == f"{len(expected.entities)} entities · {len(expected.edges)} relationships"
    view.screenshot("seed-view")
    view.assert_clean()


def test_search_finds_any_alias_and_focuses(cli, tmp_path: Path, open_view) -> None:
    """Typing an alias lists the person; Enter selects them, centres them and opens their card."""
    target = tmp_path / "seed.html"
    cli("viz", "--out", str(target))
    view = open_view(target)
    view.page.fill("#search", "vp harris")
    assert view.page.inner_text("#matches li:first-child") == "Kamala Harris — VP Harris"
    view.page.press("#search", "Enter")
    assert view.js("() => kgView.network.getSelectedNodes()") == ["kamala-harris"]
    assert view.details_heading() == "Kamala Harris"
    centre = view.js("() => kgView.network.getViewPosition()")
    at = view.js("() => kgView.network.getPosition('kamala-harris')")
    assert abs(centre["x"] - at["x"]) < 1 and abs(centre["y"] - at["y"]) < 1

    view.page.fill("#search", "BASS")
    view.page.click("#matches button")
    assert view.details_heading() == "Karen Bass"
    view.page.fill("#search", "no such name at all")
    assert view.js("() => document.getElementById('matches').children.length") == 0
    view.screenshot("search")
    view.assert_clean()


def test_search_ignores_accents_and_case(tmp_path: Path, open_view) -> None:
    """'renee' finds Renée by her label, 'MME DUPONT' by her alias."""
    entities, edges = _graph()
    entities.append(Entity("renee-dupont", "urn:t:renee", "Renée Dupont", "Politician", ("Mme Dupont",)))
    edges.append(Edge("renee-dupont", "endorsed", "karen-bass", (Evidence("S", "s", "q"),)))
    view = open_view(_write(tmp_path, "accents.html", render_html(entities, edges, RELATIONS, TYPES)))
    for query in ("renee", "MME DUPONT", "dupont"):
        view.page.fill("#search", query)
        view.page.press("#search", "Enter")
        assert view.details_heading() == "Renée Dupont", query
    view.assert_clean()


def test_relation_checkboxes_hide_and_show(cli, seed_kg, tmp_path: Path, open_view) -> None:
    """Unticking a relation hides exactly its edges; ticking it again shows them (member_of
    edges start hidden: issue 13)."""
    target = tmp_path / "seed.html"
    cli("viz", "--out", str(target))
    view = open_view(target)
    endorsed = sum(e.relation == "endorsed" for e in whole_graph(seed_kg).edges)
    member_of = sum(e.relation == "member_of" for e in whole_graph(seed_kg).edges)
    box = view.page.locator("label", has_text="endorsed").locator("input")
    hidden = "() => kgView.edges.get({ filter: (e) => e.hidden }).length"
    assert view.js(hidden) == member_of > 0
    box.uncheck()
    assert view.js(hidden) == endorsed + member_of and endorsed > 0
    view.screenshot("endorsed-hidden")
    box.check()
    assert view.js(hidden) == member_of
    view.assert_clean()


def test_hostile_text_hover_and_click_everything(tmp_path: Path, open_view) -> None:
    """Markup and script in every string: hovering and clicking every node and edge fires no
    dialog, requests nothing and shows the text as text."""
    entities, edges = _graph(HOSTILE)
    html = render_html(entities, edges, RELATIONS, TYPES, title=HOSTILE)
    view = open_view(_write(tmp_path, "hostile.html", html))
    data = json.loads(view.js("() => document.getElementById('kg-data').textContent"))
    assert view.counts() == (len(data["nodes"]), len(data["edges"])) == (5, 5)
    assert view.page.inner_text("h1") == HOSTILE

    for node in data["nodes"]:
        _hover_and_click(view, "node", node["id"], node["title"])
        assert view.details_heading() == node["label"]
    for edge in data["edges"]:
        _hover_and_click(view, "edge", edge["id"], edge["title"])
        assert view.details_heading() == edge["relation"]
        assert HOSTILE in view.page.inner_text("#details")
    view.page.fill("#search", "<img")
    view.page.press("#search", "Enter")

    # Injected markup never became elements; the only links are the http(s) sources.
    assert view.js("() => document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert view.js("() => document.querySelectorAll('script').length") == 3
    view.screenshot("hostile")
    view.assert_clean()

    # #node= and #edge= open the page on an item, and follow later changes of the fragment.
    linked = open_view(tmp_path / "hostile.html", "#node=joe-biden")
    links = linked.js("() => [...document.querySelectorAll('#details a')].map((a) => a.getAttribute('href'))")
    assert sorted(links) == ["http://example.org/b", "https://example.org/a"]
    linked.js("() => { location.hash = 'node=elon-musk'; }")
    linked.page.wait_for_function("() => document.querySelector('#details h2').textContent.startsWith('Elon')")
    assert "Musk backed Caruso." in linked.page.inner_text("#details")
    assert linked.js("() => document.querySelectorAll('#details a').length") == 0  # its URL is javascript:
    linked.js("() => { location.hash = 'edge=e0'; }")
    linked.page.wait_for_function("() => kgView.network.getSelectedEdges()[0] === 'e0'")
    linked.assert_clean()


def test_path_view(cli, tmp_path: Path, open_view) -> None:
    """`kg path --html`: the three hops drawn bold, the path's neighbours pale."""
    target = tmp_path / "path.html"
    result = cli("path", "musk", "biden", "--html", str(target))
    assert result.exit_code == 0, result.output
    view = open_view(target)
    bold = view.js("() => kgView.edges.get({ filter: (e) => e.width === 6 }).map((e) => [e.from, e.to])")
    assert sorted(bold) == [["elon-musk", "rick-caruso"], ["joe-biden", "karen-bass"], ["karen-bass", "rick-caruso"]]
    pale = view.js("() => kgView.edges.get({ filter: (e) => e.color.opacity < 1 && e.width !== 6 }).length")
    assert pale == view.counts()[1] - 3
    view.screenshot("path-view")
    view.assert_clean()


def test_large_view_draws(tmp_path: Path, open_view) -> None:
    """A 2,000-node synthetic view draws every node and edge, cleanly (timings: benchmarks/views.py)."""
    from benchmarks.views import synthetic

    entities, edges, relations, types = synthetic(2000)
    view = open_view(_write(tmp_path, "large.html", render_html(entities, edges, relations, types)))
    assert view.counts() == (2000, len(edges))
    view.screenshot("large-view")
    view.assert_clean()


def test_the_harness_catches_what_it_should(tmp_path: Path, open_view) -> None:
    """A page that alerts, fetches from outside and logs an error is caught on all three counts."""
    bad = ("<!DOCTYPE html><html><body><img src='https://example.org/x.png'>"
           "<script>alert(1); console.error('boom');"
           "document.documentElement.dataset.firstDraw = '1';</script></body></html>")
    view = open_view(_write(tmp_path, "bad.html", bad))
    view.page.wait_for_timeout(200)
    assert view.dialogs == ["alert: 1"]
    assert view.external == ["https://example.org/x.png"]
    assert "boom" in view.errors  # (with the aborted image's "Failed to load resource")
    with pytest.raises(AssertionError):
        view.assert_clean()
