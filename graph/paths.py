"""How two entities are connected: shortest, all shortest and k shortest paths.

The graph is never loaded whole. A bidirectional breadth-first search asks the store for the
neighbours of a whole frontier at once (one SPARQL query per level, the frontier bound as
VALUES), always expanding the smaller side, until the two searches meet. Every shortest path
lies in the part explored, so all shortest paths are read off that small subgraph; for k > 1
the search goes two levels further and networkx (Yen's algorithm) ranks the simple paths there.
The same code runs on the embedded store and on a remote SPARQL endpoint.

As of a date, the search follows the asserted statements in force that day instead of the
direct triples (see graph.asof), and each hop's evidence is limited to those statements.
"""

from __future__ import annotations

import itertools
from collections import defaultdict, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from . import ontology, sparql
from .asof import in_force
from .errors import InvalidArgument, NoPath
from .knowledge_graph import KnowledgeGraph
from .model import Evidence, Relation

__all__ = ["Hop", "Path", "find_paths"]

_K_EXTRA_HOPS = 2  # how far past the shortest length the search explores for k > 1

Link = tuple[str, Relation, str]  # (subject IRI, relation, object IRI) as stated


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


class _Search:
    """The explored part of the graph: links between node pairs and BFS distances from each end."""

    def __init__(
        self, kg: KnowledgeGraph, ends: tuple[str, str], relations: Sequence[Relation], as_of: str | None
    ) -> None:
        self.kg = kg
        self.wanted = {r.iri: r for r in relations}
        self.as_of = as_of
        self.queries = ("neighbours_out", "neighbours_in") if as_of is None else ("dated_neighbours_out", "dated_neighbours_in")
        self.links: dict[frozenset[str], set[Link]] = defaultdict(set)
        self.adjacent: dict[str, set[str]] = defaultdict(set)
        self.distance = ({ends[0]: 0}, {ends[1]: 0})
        self.frontier = ([ends[0]], [ends[1]])
        self.radius = [0, 0]

    def expand(self, side: int) -> None:
        """Fetch the neighbours of one side's frontier: two queries for the whole level."""
        distance, found = self.distance[side], []
        for outgoing, query in zip((True, False), self.queries):
            terms = (ox.NamedNode(node) for node in self.frontier[side])
            for row in sparql.select_values(self.kg.store, query, "node", terms):
                relation = self.wanted.get(row["relation"].value)
                if relation is None:
                    continue
                if self.as_of and not in_force(sparql.value(row, "date"), sparql.value(row, "end"), self.as_of):
                    continue
                node = row["node"].value
                s, o = (node, row["object"].value) if outgoing else (row["subject"].value, node)
                other = o if node == s else s
                if relation.symmetric and s > o:
                    s, o = o, s
                self.links[frozenset((s, o))].add((s, relation, o))
                self.adjacent[node].add(other)
                self.adjacent[other].add(node)
                if other not in distance:
                    distance[other] = distance[node] + 1
                    found.append(other)
        self.frontier[side][:] = sorted(found)
        self.radius[side] += 1

    def shortest_length(self) -> int | None:
        """Length of the shortest path, once the two searches have met."""
        small, large = sorted(self.distance, key=len)
        meets = [d + large[node] for node, d in small.items() if node in large]
        return min(meets) if meets else None

    def explore(self, max_hops: int, extra: int) -> int | None:
        """Expand until the shortest length is known (and `extra` levels beyond), or give up."""
        best = None
        while True:
            best = self.shortest_length()
            reach = max_hops if best is None else min(max_hops, best + extra)
            if (best is not None and extra == 0) or sum(self.radius) >= reach:
                return best
            open_sides = [side for side in (0, 1) if self.frontier[side]]
            if not open_sides:
                return best
            # The smaller frontier first; on a tie the side that has gone less far.
            self.expand(min(open_sides, key=lambda side: (len(self.frontier[side]), self.radius[side])))


def find_paths(
    kg: KnowledgeGraph,
    source: str,
    target: str,
    *,
    max_hops: int = 6,
    relations: Sequence[Relation] | None = None,
    all_shortest: bool = False,
    k: int = 1,
    as_of: str | None = None,
) -> list[Path]:
    """Paths from entity `source` to entity `target` (IRIs), shortest first.

    With `all_shortest`, every shortest path (one per choice of relation on each hop);
    with k > 1, the k shortest simple paths of at most shortest + 2 hops; with `as_of`
    (a date checked by graph.asof.parse_as_of), only through what was in force that day.
    Raises NoPath when none has at most `max_hops` hops.
    """
    if max_hops < 1:
        raise InvalidArgument(f"--max-hops must be at least 1, not {max_hops}")
    if k < 1:
        raise InvalidArgument(f"-k must be at least 1, not {k}")
    if source == target:
        raise InvalidArgument(f"{kg.label(source)} and {kg.label(target)} are the same entity")

    search = _Search(kg, (source, target), relations or ontology.relations(), as_of)
    best = search.explore(max_hops, _K_EXTRA_HOPS if k > 1 else 0)
    if best is None or best > max_hops:
        raise NoPath(kg.label(source), kg.label(target), max_hops)

    if k > 1:
        node_paths = _k_shortest(search.adjacent, source, target, k, max_hops)
    else:
        shortest = _all_shortest(search.adjacent, source, target)
        node_paths = list(shortest if all_shortest else itertools.islice(shortest, 1))

    paths: list[Path] = []
    for nodes in node_paths:
        choices = [_hops(kg, search.links[frozenset((a, b))], a, b, as_of) for a, b in zip(nodes, nodes[1:])]
        combos = itertools.product(*choices) if all_shortest else [tuple(c[0] for c in choices)]
        paths.extend(Path(tuple(combo)) for combo in combos)
    return paths


def _all_shortest(adjacent: dict[str, set[str]], source: str, target: str) -> Iterator[list[str]]:
    """Every shortest path in the explored subgraph, lazily, in a stable order."""
    distance = {source: 0}
    queue = deque([source])
    while queue:
        node = queue.popleft()
        for other in adjacent[node]:
            if other not in distance:
                distance[other] = distance[node] + 1
                queue.append(other)

    def back(node: str) -> Iterator[list[str]]:
        if node == source:
            yield [source]
            return
        for step in sorted(p for p in adjacent[node] if distance.get(p) == distance[node] - 1):
            for path in back(step):
                yield path + [node]

    return back(target)


def _k_shortest(adjacent: dict[str, set[str]], source: str, target: str, k: int, max_hops: int) -> list[list[str]]:
    import networkx as nx

    graph = nx.Graph()  # edges added in sorted order: ties between paths break the same way everywhere
    graph.add_edges_from(sorted((a, b) for a, others in adjacent.items() for b in others if a < b))
    ranked = itertools.islice(nx.shortest_simple_paths(graph, source, target), k)
    return [path for path in ranked if len(path) - 1 <= max_hops]


def _hops(kg: KnowledgeGraph, links: set[Link], a: str, b: str, as_of: str | None) -> list[Hop]:
    """Every way to step from a to b, stated direction first, then by relation name."""
    hops = []
    for s, relation, o in links:
        evidence = kg.evidence(s, relation, o)
        if as_of:
            evidence = tuple(ev for ev in evidence if in_force(ev.date, ev.end_date, as_of))
        hops.append(Hop(a, b, relation, "forward" if s == a or relation.symmetric else "backward", evidence))
    return sorted(hops, key=lambda h: (h.direction != "forward", h.relation.name))
