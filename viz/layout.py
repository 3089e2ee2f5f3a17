"""Node positions for a view, computed in Python so the browser draws at once (physics off).

Both layouts come from igraph. Up to 200 nodes, Kamada-Kawai run to convergence, which spaces
a few dozen nodes evenly (0.7 s for 200 nodes and 3,900 edges, where networkx's took 2.8 s);
above, Fruchterman-Reingold (its grid variant past 1,000 nodes): about 0.3 s for 2,000 nodes
and 0.5 s for 5,000 here, where networkx's spring layout took 11 s and 41 s. igraph's random
numbers come from a seeded generator and the result is rounded to whole pixels, so the same
graph always gets the same positions.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence

__all__ = ["layout"]

KAMADA_KAWAI_MAX_NODES = 200  # above this, Kamada-Kawai's all-pairs distances get slow
_SEED = 42
_SPACING = 110  # pixels per sqrt(node): the half-width of the drawing is _SPACING * sqrt(n)
_LABEL_PAD = 6  # pixels kept between two nodes' boxes (dot and label) in small views
_SPREAD_ROUNDS = 50


def layout(
    node_ids: Sequence[str],
    links: Iterable[tuple[str, str]],
    boxes: Mapping[str, tuple[float, float]] | None = None,
) -> dict[str, tuple[int, int]]:
    """Positions in pixels, centred on 0, for the nodes `node_ids` joined by `links`. In small
    views, nodes whose `boxes` (half width and half height of the dot with its label) would
    overlap are then pushed apart.

    >>> layout(["a", "b"], [("a", "b")])
    {'a': (-156, 0), 'b': (156, 0)}
    """
    nodes = sorted(set(node_ids))
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted({(min(index[a], index[b]), max(index[a], index[b])) for a, b in links if a != b})
    import igraph

    graph = igraph.Graph(n=len(nodes), edges=pairs)
    # igraph draws its random numbers from a module-level generator: a seeded one for this call.
    igraph.set_random_number_generator(random.Random(_SEED))
    try:
        if len(nodes) <= KAMADA_KAWAI_MAX_NODES:
            # Run to convergence, with stiffer springs than the default: fewer crowded nodes.
            coords = graph.layout_kamada_kawai(maxiter=1000 * len(nodes), epsilon=0, kkconst=len(nodes) ** 2).coords
        else:
            coords = graph.layout_fruchterman_reingold().coords
    finally:
        igraph.set_random_number_generator(random)
    pixels = _to_pixels([(float(x), float(y)) for x, y in coords], _SPACING * math.sqrt(len(nodes)))
    if boxes and len(nodes) <= KAMADA_KAWAI_MAX_NODES:
        pixels = _make_room_for_labels(pixels, [boxes.get(node, (0.0, 0.0)) for node in nodes])
    return dict(zip(nodes, pixels))


def _make_room_for_labels(pixels: list[tuple[int, int]], boxes: list[tuple[float, float]]) -> list[tuple[int, int]]:
    """Push apart nodes whose boxes (half width, half height: the dot and its label) overlap,
    each pair along the axis where they overlap least. A few rounds; whole pixels after."""
    import numpy as np

    points = np.array(pixels, dtype=float)
    half = np.array(boxes, dtype=float) + _LABEL_PAD / 2
    reach = half[:, None, :] + half[None, :, :]
    for _ in range(_SPREAD_ROUNDS):
        diff = points[:, None, :] - points[None, :, :]
        overlap = reach - np.abs(diff)
        clash = (overlap > 0).all(axis=2)
        np.fill_diagonal(clash, False)
        if not clash.any():
            break
        axis = np.argmin(overlap, axis=2)  # 0: push across, 1: push down
        sign = np.where(np.take_along_axis(diff, axis[..., None], 2)[..., 0] >= 0, 1.0, -1.0)
        step = np.where(clash, np.take_along_axis(overlap, axis[..., None], 2)[..., 0] / 2, 0.0) * sign
        move = np.zeros_like(points)
        for ax in (0, 1):
            move[:, ax] = np.where(axis == ax, step, 0.0).sum(axis=1) / 2
        points += move
    return [(round(float(x)), round(float(y))) for x, y in points]


def _to_pixels(coords: list[tuple[float, float]], half_width: float) -> list[tuple[int, int]]:
    """Centre the drawing on 0 and stretch its wider side to ±`half_width`, whole pixels."""
    xs, ys = [x for x, _ in coords], [y for _, y in coords]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    extent = max(max(xs) - min(xs), max(ys) - min(ys)) / 2 or 1.0
    factor = half_width / extent
    return [(round((x - cx) * factor), round((y - cy) * factor)) for x, y in coords]
