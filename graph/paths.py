"""How two entities are connected: shortest, all shortest and k shortest paths.

The asserted relationships are projected onto an undirected networkx graph whose edges remember
each relationship's real direction, so a hop can be walked either way and still be reported
the way the source said it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from .errors import InvalidArgument, NoPath
from .knowledge_graph import KnowledgeGraph
from .model import Evidence, Relation

__all__ = ["Hop", "Path", "find_paths"]


@dataclass(frozen=True)
class Hop:
    source: str  # entity IRI the hop starts from (in path order)
    target: str
    relation: Relation
    direction: str  # "forward": source -relation-> target as stated; "backward": the reverse
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Path:
    hops: tuple[Hop, ...]


def find_paths(
    kg: KnowledgeGraph,
    source: str,
    target: str,
    *,
    max_hops: int = 6,
    relations: Sequence[Relation] | None = None,
    all_shortest: bool = False,
    k: int = 1,
) -> list[Path]:
    """Paths from entity `source` to entity `target` (IRIs), shortest first.

    With `all_shortest`, every shortest path (one per choice of relation on each hop);
    with k > 1, the k shortest simple paths. Raises NoPath when none has at most `max_hops` hops.
    """
    import networkx as nx

    if max_hops < 1:
        raise InvalidArgument(f"--max-hops must be at least 1, not {max_hops}")
    if k < 1:
        raise InvalidArgument(f"-k must be at least 1, not {k}")
    if source == target:
        raise InvalidArgument(f"{kg.label(source)} and {kg.label(target)} are the same entity")

    graph = nx.Graph()
    for s, relation, o in kg.relationships(relations):
        if not graph.has_edge(s, o):
            graph.add_edge(s, o, links=[])
        graph[s][o]["links"].append((s, relation, o))

    def no_path() -> NoPath:
        return NoPath(kg.label(source), kg.label(target), max_hops)

    if source not in graph or target not in graph:
        raise no_path()
    try:
        if all_shortest:
            node_paths = list(nx.all_shortest_paths(graph, source, target))
        else:
            node_paths = list(itertools.islice(nx.shortest_simple_paths(graph, source, target), k))
    except nx.NetworkXNoPath:
        raise no_path() from None
    node_paths = [p for p in node_paths if len(p) - 1 <= max_hops]
    if not node_paths:
        raise no_path()

    paths: list[Path] = []
    for nodes in sorted(node_paths, key=lambda p: (len(p), [kg.label(n) for n in p])):
        choices = [_hops(kg, graph[a][b]["links"], a, b) for a, b in zip(nodes, nodes[1:])]
        combos = itertools.product(*choices) if all_shortest else [tuple(c[0] for c in choices)]
        paths.extend(Path(tuple(combo)) for combo in combos)
    return paths


def _hops(kg: KnowledgeGraph, links: list, a: str, b: str) -> list[Hop]:
    """Every way to step from a to b, stated direction first, then by relation name."""
    hops = [
        Hop(a, b, relation, "forward" if s == a or relation.symmetric else "backward", kg.evidence(s, relation, o))
        for s, relation, o in links
    ]
    return sorted(hops, key=lambda h: (h.direction != "forward", h.relation.name))


