"""Tests for viz.html: the self-contained HTML network view."""

from __future__ import annotations

import importlib.util
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markupsafe import escape

from graph.model import Edge, Entity, EntityType, Evidence, Relation
from viz import render_html

HOSTILE = "</script><script>alert(1)</script><img src=x onerror=alert(1)> \"q\" 'q' \\ href=x"

RELATIONS = [
    Relation("endorsed", "urn:t:endorsed", "endorsed", "", False, "#2ca02c", False),
    Relation("rival_of", "urn:t:rival_of", "rival of", "", True, "#d62728", True),
    Relation("advised", "urn:t:advised", "advised", "", False, "#ff7f0e", False),
]
TYPES = [
    EntityType("Politician", "urn:t:Politician", "Politician", "#1f77b4"),
    EntityType("Celebrity", "urn:t:Celebrity", "Celebrity", "#e377c2"),
]


def _graph(text: str = "") -> tuple[list[Entity], list[Edge]]:
    """Five people and their edges; ``text`` is appended to every user-visible string."""

    def person(slug: str, label: str, kind: str = "Politician") -> Entity:
        return Entity(slug, f"urn:t:{slug}", label + text, kind, (label.split()[-1] + text,),
                      description=text or None)

    def ev(quote: str, url: str | None = None, status: str = "asserted") -> Evidence:
        return Evidence("LA Times" + text, "src-1", quote + text, "2022-05-12", url, status)

    entities = [
        person("joe-biden", "Joe Biden"),
        person("kamala-harris", "Kamala Harris"),
        person("karen-bass", "Karen Bass"),
        person("rick-caruso", "Rick Caruso"),
        person("elon-musk", "Elon Musk", "Celebrity"),
    ]
    edges = [
        Edge("joe-biden", "endorsed", "karen-bass",
             (ev("Biden endorsed Bass.", "https://example.org/a"), ev("Again.", "http://example.org/b"))),
        Edge("kamala-harris", "endorsed", "karen-bass", (ev("Harris endorsed Bass."),)),
        Edge("karen-bass", "rival_of", "rick-caruso", (ev("Bass faced Caruso."),)),
        Edge("rick-caruso", "rival_of", "karen-bass", (ev("Caruso faced Bass."),)),
        Edge("elon-musk", "endorsed", "rick-caruso", (ev("Musk backed Caruso.", "javascript:alert(1)"),)),
        Edge("joe-biden", "advised", "kamala-harris", (ev("Said to advise.", status="disputed"),)),
    ]
    return entities, edges


class _Page(HTMLParser):
    """Collects tags, attributes and the text of script/style elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self.legend: dict[str, list[str]] = {}
        self._open: list[str] = []
        self._list: str | None = None
        self._in_item = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "ul":
            self._list = dict(attrs).get("id")
        if tag == "li" and self._list:
            self.legend.setdefault(self._list, []).append("")
            self._in_item = True
        if tag in ("script", "style"):
            self._open.append(tag)
            if tag == "script":
                self.scripts.append((dict(attrs), ""))
            else:
                self.styles.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "ul":
            self._list = None
        if tag == "li":
            self._in_item = False
        if tag in ("script", "style"):
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open == ["script"]:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        elif self._open == ["style"]:
            self.styles[-1] += data
        elif self._list and self._in_item:
            self.legend[self._list][-1] += data


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def _data(page: _Page) -> dict:
    (text,) = [t for a, t in page.scripts if a.get("type") == "application/json"]
    return json.loads(text)


def _view_script(page: _Page) -> str:
    return page.scripts[-1][1]


def test_no_external_resources() -> None:
    """No script, style, font or image is loaded from the network; CSP allows inline only."""
    entities, edges = _graph()
    page = _parse(render_html(entities, edges, RELATIONS, TYPES))
    for tag, attrs in page.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed"), tag
        assert "src" not in attrs, (tag, attrs)
    for css in page.styles:
        assert "@import" not in css
        assert all(url.startswith(("data:", '"data:', "'data:"))
                   for url in re.findall(r"url\(\s*([^)]*)", css))
    (csp,) = [a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp and "http" not in csp


def test_vis_network_inlined() -> None:
    """The vis-network build shipped in pyvis is inlined verbatim."""
    spec = importlib.util.find_spec("pyvis")
    assert spec and spec.origin
    js = (Path(spec.origin).parent / "templates/lib/vis-9.1.2/vis-network.min.js").read_text("utf-8")
    entities, edges = _graph()
    page = _parse(render_html(entities, edges, RELATIONS, TYPES))
    assert any(text == js for _, text in page.scripts)


def test_legend_lists_the_relations_and_types_in_the_view() -> None:
    """The legend lists the relations and entity types given that the view holds, in their
    order, each relation with its number of edges and a checkbox (data-rel: its index) to hide them."""
    entities, edges = _graph()
    page = _parse(render_html(entities, edges, RELATIONS, TYPES))
    assert page.legend["legend-relations"] == [
        "endorsed → 3", "rival of 1", "advised → 1", "faded: no asserted statement"]
    assert page.legend["legend-types"] == [t.label for t in TYPES]
    boxes = [a for t, a in page.tags if t == "input" and a.get("type") == "checkbox"]
    assert [b["data-rel"] for b in boxes] == ["0", "1", "2"] and all("checked" in b for b in boxes)
    assert [e["rel"] for e in _data(page)["edges"]] == [1 if e["relation"] == "rival of" else
                                                        2 if e["relation"] == "advised" else 0
                                                        for e in _data(page)["edges"]]

    # Issue 13: nothing the view does not hold (the seed view listed types it did not draw).
    extra = Relation("fooed", "urn:t:fooed", "fooed the bar", "", False, "#123456", True)
    page = _parse(render_html(entities[:2], [Edge("joe-biden", "fooed", "kamala-harris", (Evidence("S", "s", "q"),))],
                              [RELATIONS[0], extra], TYPES))
    assert page.legend["legend-relations"] == ["fooed the bar → 1"]
    assert page.legend["legend-types"] == ["Politician"]


def test_search_box_and_page_hooks() -> None:
    """A search box; the page code searches labels, aliases and ids, marks its first frame."""
    entities, edges = _graph()
    page = _parse(render_html(entities, edges, RELATIONS, TYPES))
    (search,) = [a for t, a in page.tags if t == "input" and a.get("id") == "search"]
    assert search["type"] == "search"
    script = _view_script(page)
    assert "[n.label, ...n.aliases, n.id]" in script
    assert "dataset.firstDraw" in script and "window.kgView" in script


def test_focus_and_faded_context() -> None:
    """Focused entities and edges are emphasized; with context_faded the rest is pale."""
    entities, edges = _graph()
    focus = {"elon-musk", "rick-caruso", "karen-bass"}
    # The rival_of key is given in the "wrong" order: symmetric keys are normalized.
    focus_edges = {("elon-musk", "endorsed", "rick-caruso"), ("rick-caruso", "rival_of", "karen-bass")}
    html = render_html(entities, edges, RELATIONS, TYPES, focus=focus, focus_edges=focus_edges, context_faded=True)
    page = _parse(html)
    data = _data(page)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert {i for i, n in nodes.items() if n["focus"]} == focus
    assert {i for i, n in nodes.items() if n["context"]} == {"joe-biden", "kamala-harris"}
    assert nodes["karen-bass"]["color"] == "#1f77b4" and nodes["joe-biden"]["color"] == "#c7ddec"
    bold = {(e["from"], e["to"]) for e in data["edges"] if e["focus"]}
    assert bold == {("elon-musk", "rick-caruso"), ("karen-bass", "rick-caruso")}
    assert all(e["width"] == 6 for e in data["edges"] if e["focus"])
    assert all(e["context"] != e["focus"] for e in data["edges"])
    assert "bold: the path; pale: its neighbours" in page.legend["legend-relations"]

    plain = _data(_parse(render_html(entities, edges, RELATIONS, TYPES, focus={"karen-bass"})))
    assert [n["id"] for n in plain["nodes"] if n["focus"]] == ["karen-bass"]
    assert not any(n["context"] for n in plain["nodes"]) and not any(e["context"] for e in plain["edges"])


def test_as_of_and_undated() -> None:
    """as_of is noted in the heading; undated statements say "undated" in the panel."""
    entities, edges = _graph()
    edges.append(Edge("rick-caruso", "advised", "elon-musk", (Evidence("Blog", "src-2", "Advice."),)))
    html = render_html(entities, edges, RELATIONS, TYPES, as_of="2022-08")
    assert "as of 2022-08 · undated statements kept, marked “undated”" in html
    data = _data(_parse(html))
    (advice,) = [e for e in data["edges"] if e["from"] == "rick-caruso" and e["relation"] == "advised"]
    assert advice["evidence"][0]["date"] is None
    assert '(ev.date || "undated")' in _view_script(_parse(html))
    assert "as of" not in render_html(entities, edges, RELATIONS, TYPES)


def test_hub_size_is_capped() -> None:
    """A hub's radius grows with its degree up to a cap, so it does not cover the view."""
    hub = Entity("hub", "urn:t:hub", "Hub", "Politician")
    others = [Entity(f"p{i}", f"urn:t:p{i}", f"P{i}", "Politician") for i in range(400)]
    edges = [Edge(p.id, "endorsed", "hub") for p in others]
    data = _data(_parse(render_html([hub, *others], edges, RELATIONS, TYPES)))
    sizes = {n["id"]: n["size"] for n in data["nodes"]}
    assert sizes["hub"] == 60 and sizes["p0"] == 16


def test_deterministic() -> None:
    """The same graph gives the same bytes, whatever the order of entities, edges and evidence."""
    entities, edges = _graph()
    first = render_html(entities, edges, RELATIONS, TYPES, title="t")
    shuffled = [Edge(e.subject, e.relation, e.object, e.evidence[::-1]) for e in reversed(edges)]
    assert render_html(entities[::-1], shuffled, RELATIONS, TYPES, title="t") == first
    assert render_html(entities, edges, RELATIONS, TYPES, title="t") == first


def test_hostile_text_stays_text() -> None:
    """Markup in labels, aliases, quotes, sources and title never reaches the page as markup."""
    entities, edges = _graph(HOSTILE)
    html = render_html(entities, edges, RELATIONS, TYPES, title=HOSTILE)
    benign_entities, benign_edges = _graph()
    benign = render_html(benign_entities, benign_edges, RELATIONS, TYPES, title="kg")

    # Same elements and attributes as a harmless graph: nothing was injected.
    page = _parse(html)
    assert [t for t, _ in page.tags] == [t for t, _ in _parse(benign).tags]
    assert html.lower().count("</script") == benign.lower().count("</script") == 3
    assert "<img" not in html.lower()
    assert f"<title>{escape(HOSTILE)}</title>" in html and f"<h1>{escape(HOSTILE)}</h1>" in html

    # The text itself survives intact, as data.
    data = _data(page)
    assert {n["label"] for n in data["nodes"]} == {e.label for e in entities}
    assert all(n["aliases"][0].endswith(HOSTILE) for n in data["nodes"])
    quotes = {ev["quote"] for e in data["edges"] for ev in e["evidence"]}
    assert quotes == {ev.quote for e in edges for ev in e.evidence}
    assert all(ev["source"] == "LA Times" + HOSTILE for e in data["edges"] for ev in e["evidence"])


def test_only_http_urls_become_links() -> None:
    """A javascript: source URL is carried as data but the page code links only http(s) URLs."""
    entities, edges = _graph()
    page = _parse(render_html(entities, edges, RELATIONS, TYPES))
    urls = {ev["url"] for e in _data(page)["edges"] for ev in e["evidence"]}
    assert "javascript:alert(1)" in urls
    script = _view_script(page)
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert script.count(".href") == 1
    guard = script.index("if (!isWebUrl(ev.url))")
    assert guard < script.index(".href = ev.url")
    assert "/^https?:\\/\\//i.test(url)" in script


def test_edges_and_nodes() -> None:
    """Symmetric edges merge both directions without arrows; nodes grow with degree."""
    entities, edges = _graph()
    data = _data(_parse(render_html(entities, edges, RELATIONS, TYPES)))
    rivals = [e for e in data["edges"] if e["relation"] == "rival of"]
    assert len(rivals) == 1 and rivals[0]["symmetric"] and len(rivals[0]["evidence"]) == 2
    endorsed = [e for e in data["edges"] if e["relation"] == "endorsed"]
    assert all(not e["symmetric"] and e["color"] == "#2ca02c" for e in endorsed)
    assert [e["faded"] for e in data["edges"] if e["relation"] == "advised"] == [True]
    size = {n["id"]: n["size"] for n in data["nodes"]}
    assert size["karen-bass"] > size["joe-biden"] > size["elon-musk"]
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])


def test_unknown_entity_or_relation_is_an_error() -> None:
    """An edge naming an entity or relation that was not passed in raises ValueError."""
    entities, _ = _graph()
    with pytest.raises(ValueError, match="nobody"):
        render_html(entities, [Edge("joe-biden", "endorsed", "nobody")], RELATIONS, TYPES)
    with pytest.raises(ValueError, match="hated"):
        render_html(entities, [Edge("joe-biden", "hated", "karen-bass")], RELATIONS, TYPES)
