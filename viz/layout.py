"""Node positions for a view, computed in Python so the browser draws at once (physics off).

Both layouts come from igraph. Up to 200 nodes, Kamada-Kawai run to convergence, which spaces
a few dozen nodes evenly (0.7 s for 200 nodes and 3,900 edges, where networkx's took 2.8 s);
above, Fruchterman-Reingold (its grid variant past 1,000 nodes): about 0.3 s for 2,000 nodes
and 0.5 s for 5,000 here, where networkx's spring layout took 11 s and 41 s. igraph's random
numbers come from a seeded generator and the result is rounded to whole pixels, so the same
graph always gets the same positions.

Each connected part is laid out on its own and the parts are then packed in rows, biggest
first, so a few isolated nodes sit beside the main drawing instead of stretching it (the view
opens fitted to the whole drawing: two far-off nodes would squash everything into a corner).
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
_PART_GAP = 80  # pixels between two packed parts


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
    half = [(boxes or {}).get(node, (0.0, 0.0)) for node in nodes]
    parts = sorted(graph.connected_components(), key=lambda part: (-len(part), part[0]))
    placed = [_component(graph.subgraph(part), [half[i] for i in part], boxes is not None) for part in parts]
    offsets = _pack([_extent(points, [half[i] for i in part]) for part, points in zip(parts, placed)])
    positions: dict[str, tuple[int, int]] = {}
    for part, points, (dx, dy) in zip(parts, placed, offsets):
        for i, (x, y) in zip(part, points):
            positions[nodes[i]] = (x + dx, y + dy)
    return dict(sorted(positions.items()))


def _component(graph, boxes: list[tuple[float, float]], make_room: bool) -> list[tuple[int, int]]:
    """Positions of one connected part (igraph's numbering), centred on 0, ±_SPACING·√n wide."""
    import igraph

    n = graph.vcount()
    if n == 1:
        return [(0, 0)]
    # igraph draws its random numbers from a module-level generator: a seeded one for this call.
    igraph.set_random_number_generator(random.Random(_SEED))
    try:
        if n <= KAMADA_KAWAI_MAX_NODES:
            # Run to convergence, with stiffer springs than the default: fewer crowded nodes.
            coords = graph.layout_kamada_kawai(maxiter=1000 * n, epsilon=0, kkconst=n**2).coords
        else:
            coords = graph.layout_fruchterman_reingold().coords
    finally:
        igraph.set_random_number_generator(random)
    pixels = _to_pixels([(float(x), float(y)) for x, y in coords], _SPACING * math.sqrt(n))
    if make_room and n <= KAMADA_KAWAI_MAX_NODES:
        pixels = _make_room_for_labels(pixels, boxes)
    return pixels


def _extent(points: list[tuple[int, int]], boxes: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """The box (left, top, right, bottom) around a part's dots and labels."""
    return (
        min(x - w for (x, _), (w, _) in zip(points, boxes)),
        min(y - h for (_, y), (_, h) in zip(points, boxes)),
        max(x + w for (x, _), (w, _) in zip(points, boxes)),
        max(y + h for (_, y), (_, h) in zip(points, boxes)),
    )


def _pack(extents: list[tuple[float, float, float, float]]) -> list[tuple[int, int]]:
    """Offsets placing the parts' boxes in rows, left to right, the biggest first; a row is as
    wide as the biggest part, or 1.2 times the square root of the parts' area if more."""
    if len(extents) == 1:
        return [(0, 0)]
    sizes = [(right - left + _PART_GAP, bottom - top + _PART_GAP) for left, top, right, bottom in extents]
    row_width = max(sizes[0][0], math.sqrt(sum(w * h for w, h in sizes)) * 1.2)
    offsets, x, y, row_height = [], 0.0, 0.0, 0.0
    for (left, top, _, _), (w, h) in zip(extents, sizes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        offsets.append((x - left, y - top))
        x, row_height = x + w, max(row_height, h)
    # Centre the packed drawing on 0.
    cx = (min(dx + e[0] for (dx, _), e in zip(offsets, extents)) + max(dx + e[2] for (dx, _), e in zip(offsets, extents))) / 2
    cy = (min(dy + e[1] for (_, dy), e in zip(offsets, extents)) + max(dy + e[3] for (_, dy), e in zip(offsets, extents))) / 2
    return [(round(dx - cx), round(dy - cy)) for dx, dy in offsets]


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
