"""Measure the HTML views on synthetic graphs: Python render time and first draw in Chromium.

    python benchmarks/views.py                    # 2,000 and 5,000 nodes (~1 min)
    python benchmarks/views.py --sizes 500,2000 --repeat 5
    python benchmarks/views.py --pyvis            # also stock pyvis at 2,000 nodes (minutes)

For each size, a seeded synthetic graph (preferential attachment: a few hubs, many people with
one or two links; ~2 edges per node over every relation and entity type of the ontology, each
edge with a dated quote) is built as graph.model objects and rendered by viz.render_html.

- render: median wall time of render_html (layout, JSON and template) in this process;
- first draw: headless Debian Chromium driven by Playwright opens the file (a fresh page each
  time) and the page's own mark `data-first-draw` is read: milliseconds from navigation start
  to vis-network's first `afterDrawing` (parsing the page and its data, building the network,
  drawing every node and edge once); median of --repeat loads;
- external requests (every non-file request is aborted and counted) and console errors, over
  all loads of each view.
With --pyvis, the same graph goes through pyvis's stock settings (physics on, vis-network
inlined so it can load offline), and the time to its first drawn frame is measured once,
capped at --pyvis-timeout seconds.

Needs `pip install playwright` (never `playwright install`: Debian's chromium is used).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VIEWPORT = {"width": 1400, "height": 900}

# Before the page's scripts run: mark pyvis's first drawn frame the way our page marks its own.
_PYVIS_MARK = """
Object.defineProperty(window, "network", {
  configurable: true,
  get() { return this.__kgNetwork; },
  set(value) {
    this.__kgNetwork = value;
    value.once("afterDrawing", () => {
      document.documentElement.dataset.firstDraw = String(Math.round(performance.now()));
    });
  },
});
"""


def synthetic(nodes: int, seed: int = 7):
    """(entities, edges, relations, entity types) of a seeded graph with `nodes` entities."""
    sys.path.insert(0, str(ROOT))
    from graph.model import Edge, Entity, Evidence
    from graph.ontology import entity_types, relations

    rng = random.Random(seed)
    rels, types = relations(), entity_types()
    entities = [
        Entity(f"p{i:05d}", f"urn:kg:entity:p{i:05d}", f"Person {i}", types[i % len(types)].name,
               (f"P{i}", f"Alias {i}"))
        for i in range(nodes)
    ]
    ends: list[int] = [0]  # every edge end once: picking from it favours busy nodes
    pairs = set()
    for i in range(1, nodes):
        for _ in range(1 if rng.random() < 0.6 else 3):
            j = rng.choice(ends) if rng.random() < 0.7 else rng.randrange(i)
            if j != i and (i, j) not in pairs:
                pairs.add((i, j))
                ends += [i, j]
    edges = []
    for n, (i, j) in enumerate(sorted(pairs)):
        day = f"2022-{1 + n % 12:02d}-{1 + n % 28:02d}"
        evidence = Evidence(f"Daily {n % 40}", f"src-{n % 40}", f"Person {i} and Person {j}, quote {n}.",
                            day, f"https://example.org/{n % 40}")
        edges.append(Edge(entities[i].id, rels[n % len(rels)].name, entities[j].id, (evidence,)))
    return entities, edges, rels, types


def render_times(graph, repeat: int) -> tuple[float, str]:
    """Median seconds of render_html on `graph`, and the page."""
    from viz import render_html

    times, html = [], ""
    for _ in range(repeat):
        start = time.perf_counter()
        html = render_html(*graph, title="synthetic")
        times.append(time.perf_counter() - start)
    return statistics.median(times), html


class Browser:
    """One headless Chromium; counts external requests and console errors over every load."""

    def __init__(self, playwright) -> None:
        self.browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        self.external: list[str] = []
        self.errors: list[str] = []

    def first_draw(self, page_file: Path, *, init_script: str | None = None, timeout: float = 60) -> float:
        """Milliseconds from navigation to the page's first drawn frame (its data-first-draw)."""
        page = self.browser.new_page(viewport=VIEWPORT)
        try:
            page.route("**/*", self._route)
            page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
            page.on("pageerror", lambda e: self.errors.append(str(e)))
            if init_script:
                page.add_init_script(init_script)
            page.goto(page_file.as_uri(), wait_until="commit", timeout=timeout * 1000)
            page.wait_for_function("() => document.documentElement.dataset.firstDraw", timeout=timeout * 1000)
            return float(page.evaluate("() => Number(document.documentElement.dataset.firstDraw)"))
        finally:
            page.close()

    def seen(self) -> tuple[int, int]:
        return len(self.external), len(self.errors)

    def since(self, seen: tuple[int, int]) -> tuple[int, int]:
        """External requests and console errors since `seen`."""
        return len(self.external) - seen[0], len(self.errors) - seen[1]

    def _route(self, route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()

    def close(self) -> None:
        self.browser.close()


def stock_pyvis(graph, target: Path) -> None:
    """The graph through pyvis with its default settings, vis-network inlined (works offline)."""
    from pyvis.network import Network

    entities, edges, _, _ = graph
    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line")
    for e in entities:
        net.add_node(e.id, label=e.label, title=e.label)
    for e in edges:
        net.add_edge(e.subject, e.object, title=e.relation)
    target.write_text(net.generate_html(), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000,5000", help="node counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pyvis", action="store_true", help="also time stock pyvis at the first size")
    parser.add_argument("--pyvis-timeout", type=float, default=300)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from playwright.sync_api import sync_playwright

    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = Browser(playwright)
        try:
            for size in sizes:
                graph = synthetic(size)
                render, html = render_times(graph, args.repeat)
                page_file = Path(tmp) / f"view-{size}.html"
                page_file.write_text(html, encoding="utf-8")
                seen = browser.seen()
                draws = [browser.first_draw(page_file) for _ in range(args.repeat)]
                rows.append((f"kg viz {size:,} nodes, {len(graph[1]):,} edges", render,
                             statistics.median(draws) / 1000, len(html) / 1e6, *browser.since(seen)))
                print(*_row(rows[-1]), sep="  ", flush=True)
            if args.pyvis:
                graph = synthetic(sizes[0])
                page_file = Path(tmp) / "pyvis.html"
                start = time.perf_counter()
                stock_pyvis(graph, page_file)
                render = time.perf_counter() - start
                seen = browser.seen()
                try:
                    draw = browser.first_draw(page_file, init_script=_PYVIS_MARK, timeout=args.pyvis_timeout) / 1000
                except Exception:  # noqa: BLE001  (a timeout: report it as such)
                    draw = float("inf")
                rows.append((f"stock pyvis {sizes[0]:,} nodes", render, draw, page_file.stat().st_size / 1e6,
                             *browser.since(seen)))
                print(*_row(rows[-1]), sep="  ", flush=True)
        finally:
            browser.close()
    print()
    print(f"{'view':<36} {'render s':>9} {'first draw s':>13} {'page MB':>8} {'external':>9} {'errors':>7}")
    for row in rows:
        print(f"{row[0]:<36} {row[1]:>9.2f} {row[2]:>13.2f} {row[3]:>8.1f} {row[4]:>9} {row[5]:>7}")
    for item in sorted(set(browser.external))[:5] + sorted(set(browser.errors))[:5]:
        print("  ", item)


def _row(row: tuple) -> list[str]:
    return [row[0], f"render {row[1]:.2f} s", f"first draw {row[2]:.2f} s", f"{row[3]:.1f} MB",
            f"{row[4]} external requests", f"{row[5]} console errors"]


if __name__ == "__main__":
    main()
