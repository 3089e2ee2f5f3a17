"""Views that open legible (issue 13, point 4, and the view polish): at the first draw the labels
of the focus and its direct ties are at least 10 px high on screen and none is cut by the canvas
edge; isolated parts sit beside the main drawing; a whole graph too big to read is refused; the
tooltip is short; the panel counts and orders like kg show; long text wraps in the panel."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from graph.model import Edge, Entity, Evidence
from tests.test_viz_html import RELATIONS, TYPES, _data, _graph, _parse, _view_script
from viz import render_html
from viz.layout import layout

try:  # the browser fixtures; without Playwright only the browser tests skip
    from tests.test_viz_browser import CHROMIUM, browser, open_view  # noqa: F401 (pytest fixtures)
except pytest.skip.Exception:
    CHROMIUM = None

needs_browser = pytest.mark.skipif(CHROMIUM is None or not CHROMIUM.exists(), reason="needs Chromium and Playwright")

MIN_LABEL_PX = 10

# Every visible node's label on screen at the first draw: its height in px and its box in the
# canvas (vis-network's own bounding box of the dot and label, turned into screen pixels).
LABELS = """() => {
  const net = kgView.network, canvas = document.querySelector("#graph canvas");
  const scale = net.getScale();
  return kgView.nodes.get({ filter: (n) => !n.hidden }).map((n) => {
    const box = net.getBoundingBox(n.id);
    const a = net.canvasToDOM({ x: box.left, y: box.top }), b = net.canvasToDOM({ x: box.right, y: box.bottom });
    const size = (n.font && n.font.size) || 16;
    return { id: n.id, px: size * scale, inside: a.x >= 0 && a.y >= 0 && b.x <= canvas.clientWidth && b.y <= canvas.clientHeight };
  });
}"""


def _labels(view) -> dict[str, dict]:
    return {row["id"]: row for row in view.js(LABELS)}


def _assert_legible(view, ids) -> None:
    labels = _labels(view)
    small = {i: round(labels[i]["px"], 1) for i in ids if labels[i]["px"] < MIN_LABEL_PX}
    cut = [i for i in ids if not labels[i]["inside"]]
    assert not small, f"labels under {MIN_LABEL_PX} px: {small}"
    assert not cut, f"labels cut by the canvas edge: {cut}"


def _star_of_stars(ties: int = 15, leaves: int = 12) -> tuple[list[Entity], list[Edge]]:
    """A focus with `ties` direct ties, each with `leaves` more: ~200 entities."""
    ev = (Evidence("S", "s", "q", "2022-01-01"),)
    people = [Entity("focus", "urn:t:focus", "The Focus Person", "Politician")]
    edges = []
    for t in range(ties):
        tie = f"tie-{t:02d}"
        people.append(Entity(tie, f"urn:t:{tie}", f"Direct Tie Number {t}", "Politician"))
        edges.append(Edge(tie, "endorsed", "focus", ev))
        for leaf in range(leaves):
            other = f"leaf-{t:02d}-{leaf:02d}"
            people.append(Entity(other, f"urn:t:{other}", f"Leaf {t}-{leaf}", "Celebrity"))
            edges.append(Edge(other, "endorsed", tie, ev))
    return people, edges


def _write(tmp_path: Path, name: str, html: str) -> Path:
    target = tmp_path / name
    target.write_text(html, encoding="utf-8")
    return target


# --- layout -------------------------------------------------------------------------------------


@pytest.mark.parametrize("main_size", [30, 260])  # Kamada-Kawai and Fruchterman-Reingold
def test_isolated_parts_packed_beside_the_main_one(main_size: int) -> None:
    """Two isolated nodes add a row beside the main part instead of stretching the drawing."""
    main = [f"n{i:03d}" for i in range(main_size)]
    links = [(main[i], main[(i * 7 + 3) % i]) for i in range(1, main_size)]
    alone = layout(main, links)
    both = layout([*main, "lone-a", "lone-b"], links)

    def extent(pos, ids):
        xs, ys = [pos[i][0] for i in ids], [pos[i][1] for i in ids]
        return max(xs) - min(xs), max(ys) - min(ys)

    width, height = extent(alone, main)
    all_width, all_height = extent(both, [*main, "lone-a", "lone-b"])
    assert extent(both, main) == (width, height)  # the main part is drawn as it was alone
    assert all_width <= width + 1 and all_height <= height + 200


# --- the page -----------------------------------------------------------------------------------


def test_tooltips_are_short() -> None:
    """A node's tooltip is its name and type; an edge's its relation and how many statements,
    not the quotes (those are in the side panel)."""
    entities, edges = _graph()
    data = _data(_parse(render_html(entities, edges, RELATIONS, TYPES)))
    titles = {n["id"]: n["title"] for n in data["nodes"]}
    assert titles["elon-musk"] == "Elon Musk\nCelebrity"
    biden = next(e for e in data["edges"] if (e["from"], e["to"]) == ("joe-biden", "karen-bass"))
    assert biden["title"] == "Joe Biden — endorsed → Karen Bass\n2 statements (1 source, 1 independent outlet): click to read them"
    quotes = {ev.quote for e in edges for ev in e.evidence}
    assert not any(q in e["title"] for e in data["edges"] for q in quotes)


def test_panel_lists_relationships_in_kg_show_order(seed_kg) -> None:
    """Each node's panel lists its relationships in kg show's order (graph.timeline: by date,
    undated last): the page carries that order and the script does not sort."""
    from graph.namespaces import entity_iri, local_name
    from graph.ontology import relations
    from graph.subgraph import whole_graph
    from viz import view_page

    page = _parse(view_page(seed_kg, whole_graph(seed_kg)))
    data = _data(page)
    by_id = {e["id"]: e for e in data["edges"]}
    (bass,) = [n for n in data["nodes"] if n["id"] == "karen-bass"]
    listed = [(by_id[i]["relation"], {by_id[i]["from"], by_id[i]["to"]}) for i in bass["edges"]]
    _, card = seed_kg.card(entity_iri("karen-bass"))
    label = {r.name: r.label for r in relations()}
    assert listed == [(label[e.relation], {local_name(e.subject), local_name(e.object)}) for e in card]
    show_node = _view_script(page).split("function showNode")[1].split("function showEdge")[0]
    assert "sort(" not in show_node


def test_whole_graph_past_300_is_refused(cli, tmp_path: Path) -> None:
    """kg viz of a whole graph over 300 entities exits 8 saying to try --around NAME; 300 draws."""
    root = tmp_path / "big"
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "n.txt").write_text("Someone endorsed someone.\n")
    (root / "sources.csv").write_text("id,outlet,title,date,url,file\nn,Times,Note,2023-01-02,,n.txt\n")

    def write(pairs: int) -> None:
        people = [f"p{i:03d}" for i in range(2 * pairs)]
        (root / "entities.csv").write_text("id,label,type,aliases,wikidata,description\n"
                                           + "".join(f"{p},Person {p},Politician,,,\n" for p in people))
        (root / "statements.csv").write_text(
            "subject,relation,object,from_party,date,end_date,election,source,quote,status,method,confidence\n"
            + "".join(f"{people[2 * i]},endorsed,{people[2 * i + 1]},,2023,,,n,endorsed,asserted,curated,1\n"
                      for i in range(pairs)))

    write(151)
    target = tmp_path / "all.html"
    result = cli("viz", "--data", str(root), "--out", str(target))
    assert result.exit_code == 8 and not target.exists()
    assert "302 entities" in result.stderr and "--around NAME" in result.stderr
    write(150)
    assert cli("viz", "--data", str(root), "--out", str(target)).exit_code == 0


# --- in the browser -----------------------------------------------------------------------------


@needs_browser
def test_seed_view_opens_legible(cli, tmp_path: Path, open_view) -> None:
    """The whole seed graph: every label at least 10 px and inside the canvas (the seed view cut
    "ed States presidential election" at the edge)."""
    target = tmp_path / "seed.html"
    assert cli("viz", "--out", str(target)).exit_code == 0
    view = open_view(target)
    _assert_legible(view, list(_labels(view)))
    view.assert_clean()


@needs_browser
def test_focus_and_ties_legible_in_a_big_view(tmp_path: Path, open_view) -> None:
    """~200 entities around a focus: the focus and its 15 direct ties are readable and on screen."""
    entities, edges = _star_of_stars()
    html = render_html(entities, edges, RELATIONS, TYPES, focus={"focus"})
    view = open_view(_write(tmp_path, "star.html", html))
    _assert_legible(view, ["focus", *(f"tie-{t:02d}" for t in range(15))])
    view.assert_clean()


@needs_browser
def test_path_view_legible(cli, tmp_path: Path, open_view) -> None:
    """kg path --html: the path's people readable and on screen at the first draw."""
    target = tmp_path / "path.html"
    assert cli("path", "musk", "biden", "--html", str(target)).exit_code == 0
    view = open_view(target)
    on_path = view.js("() => [...new Set(kgView.edges.get({ filter: (e) => e.width === 6 }).flatMap((e) => [e.from, e.to]))]")
    assert len(on_path) >= 3
    _assert_legible(view, on_path)
    view.assert_clean()


@needs_browser
def test_panel_counts_like_kg_show(cli, seed_kg, tmp_path: Path, open_view) -> None:
    """The panel counts relationships (a symmetric pair once) and statements as kg show does."""
    from graph.namespaces import entity_iri

    target = tmp_path / "seed.html"
    cli("viz", "--out", str(target))
    view = open_view(target, "#node=karen-bass")
    _, card = seed_kg.card(entity_iri("karen-bass"))
    statements = sum(len(e.evidence) for e in card)
    assert view.page.inner_text("#details h3") == f"{len(card)} relationships · {statements} statements"
    view.assert_clean()


@needs_browser
def test_long_text_wraps_in_the_panel(tmp_path: Path, open_view) -> None:
    """A source named by a long URL wraps inside the panel instead of overflowing it."""
    long = "https://example.org/" + "a-very-long-path-segment/" * 12 + "?utm=" + "x" * 80
    entities = [Entity("a", "urn:t:a", "A", "Politician"), Entity("b", "urn:t:b", "B", "Politician")]
    edges = [Edge("a", "endorsed", "b", (Evidence(long, "s", "q " + "y" * 120, "2022", long),))]
    view = open_view(_write(tmp_path, "long.html", render_html(entities, edges, RELATIONS, TYPES)), "#node=a")
    assert view.js("() => { const d = document.querySelector('aside'); return d.scrollWidth <= d.clientWidth; }")
    assert math.isclose(view.js("() => document.querySelector('aside').getBoundingClientRect().width"), 380, abs_tol=40)
    view.assert_clean()
