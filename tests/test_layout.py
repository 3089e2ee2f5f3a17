"""Tests for viz.layout: node positions computed in Python."""

from __future__ import annotations

import doctest
import random
import time

import viz.layout
from viz.layout import KAMADA_KAWAI_MAX_NODES, layout


def _random_graph(n: int, seed: int = 3) -> tuple[list[str], list[tuple[str, str]]]:
    rng = random.Random(seed)
    nodes = [f"n{i:05d}" for i in range(n)]
    links = [(nodes[i], nodes[rng.randrange(i)]) for i in range(1, n)]
    links += [(rng.choice(nodes), rng.choice(nodes)) for _ in range(n // 2)]
    return nodes, links


def test_doctests() -> None:
    """The module's example runs."""
    assert doctest.testmod(viz.layout).failed == 0


def test_every_node_placed_in_whole_pixels_around_zero() -> None:
    """Each node gets integer coordinates; the drawing is centred and spans ±110·√n."""
    for n in (3, KAMADA_KAWAI_MAX_NODES + 50):
        nodes, links = _random_graph(n)
        pos = layout(nodes, links)
        assert sorted(pos) == nodes
        assert all(isinstance(c, int) for xy in pos.values() for c in xy)
        half = round(110 * n ** 0.5)
        extent = max(max(abs(x), abs(y)) for x, y in pos.values())
        assert half - 2 <= extent <= half + 2


def test_deterministic_whatever_the_order() -> None:
    """Same nodes and links, in any order and with duplicates, give the same positions."""
    for n in (12, KAMADA_KAWAI_MAX_NODES + 50):
        nodes, links = _random_graph(n)
        first = layout(nodes, links)
        assert layout(nodes[::-1], links[::-1] + links[:5]) == first
        assert layout(nodes, [(b, a) for a, b in links]) == first


def test_disconnected_parts_and_self_links() -> None:
    """Separate components stay apart instead of collapsing; a self-link is ignored."""
    pos = layout(["a", "b", "c", "d"], [("a", "b"), ("c", "d"), ("d", "d")])
    assert len(set(pos.values())) == 4


def test_large_graph_is_fast() -> None:
    """5,000 nodes lay out in seconds (igraph), not the minute networkx's spring layout takes."""
    nodes, links = _random_graph(5000)
    start = time.perf_counter()
    pos = layout(nodes, links)
    assert time.perf_counter() - start < 10
    assert len(set(pos.values())) > 4900


def test_small_views_make_room_for_labels() -> None:
    """Given each node's box (dot and label), no two boxes overlap in a small view."""
    nodes = [f"n{i}" for i in range(12)]
    links = [("n0", n) for n in nodes[1:]]  # a star: the leaves crowd around the hub
    boxes = {n: (90.0, 30.0) for n in nodes}
    pos = layout(nodes, links, boxes)
    for a in nodes:
        for b in nodes:
            if a < b:
                dx, dy = abs(pos[a][0] - pos[b][0]), abs(pos[a][1] - pos[b][1])
                assert dx >= 180 or dy >= 60, (a, b, pos[a], pos[b])
    assert layout(nodes, links, boxes) == pos
