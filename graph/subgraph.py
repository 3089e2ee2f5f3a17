"""Which part of the graph a view shows: all of it, a neighbourhood, or paths in their context.

A neighbourhood is never read from the whole graph. A breadth-first search asks the store for
the statements of a whole frontier at once (one SPARQL query per hop, the frontier bound as
VALUES), then one query fetches the relationships among the entities kept and one their cards.
When more entities are within reach than a view may hold, the view grows from its centre,
always adding the reachable entity with the most links inside the neighbourhood (ties: the
nearer, then by id), so the most central are kept and the view stays connected.

Views draw claims of any status (disputed and negated ones faded) and, with `as_of`, only what
was in force on that date (see graph.asof).
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from . import ontology, sparql
from .asof import edges_as_of, in_force
from .errors import InvalidArgument, ViewTooLarge
from .knowledge_graph import KnowledgeGraph
from .model import Edge, Entity, Relation
from .namespaces import local_name
from .paths import Path

__all__ = ["MAX_VIEW_NODES", "Subgraph", "whole_graph", "neighbourhood", "path_context"]

MAX_VIEW_NODES = 5000  # past this a node-link view is a hairball that no one can read or click

EdgeKey = tuple[str, str, str]  # (subject id, relation name, object id), as in Edge


@dataclass(frozen=True)
class Subgraph:
    """The entities and relationships a view draws, and what it puts in front."""

    entities: tuple[Entity, ...]
    edges: tuple[Edge, ...]
    focus: frozenset[str] = frozenset()  # entity ids drawn emphasized (a centre, a path)
    focus_edges: frozenset[EdgeKey] = frozenset()  # relationships drawn emphasized
    context_faded: bool = False  # everything outside the focus drawn faded (path views)
    omitted: int = 0  # entities within reach left out to stay within max_nodes


def whole_graph(
    kg: KnowledgeGraph,
    *,
    relations: Sequence[Relation] | None = None,
    as_of: str | None = None,
    max_nodes: int | None = None,
) -> Subgraph:
    """Every entity in a relationship of `relations` (all when None) and those relationships.

    Raises ViewTooLarge when that is more than `max_nodes` (default MAX_VIEW_NODES) entities:
    counted by the store first, so an oversized graph is refused before it is read.
    """
    max_nodes = MAX_VIEW_NODES if max_nodes is None else max_nodes
    if as_of is None:
        _check_size(kg.linked_entity_count(relations), max_nodes)
    edges = kg.edges(relations, asserted_only=False)
    if as_of is not None:
        edges = edges_as_of(edges, as_of)
    linked = {e.subject for e in edges} | {e.object for e in edges}
    _check_size(len(linked), max_nodes)
    entities = tuple(e for e in kg.entities() if e.id in linked)
    return Subgraph(entities, tuple(edges))


def neighbourhood(
    kg: KnowledgeGraph,
    centres: Sequence[str],
    *,
    hops: int = 2,
    max_nodes: int = 200,
    relations: Sequence[Relation] | None = None,
    as_of: str | None = None,
) -> Subgraph:
    """The entities within `hops` links of any of `centres` (IRIs) and the relationships among
    them; when there are more than `max_nodes`, the most central, always with the centres."""
    if hops < 1:
        raise InvalidArgument(f"--hops must be at least 1, not {hops}")
    if not 1 <= max_nodes <= MAX_VIEW_NODES:
        raise InvalidArgument(f"--max-nodes must be between 1 and {MAX_VIEW_NODES}, not {max_nodes}")
    if len(set(centres)) > max_nodes:
        raise InvalidArgument(f"{len(set(centres))} entities to centre on, more than --max-nodes {max_nodes}")
    distance, adjacent = _reach(kg, centres, hops, max_nodes, relations or ontology.relations(), as_of)
    kept = _most_central(centres, distance, adjacent, max_nodes)
    edges = kg.edges_among(sorted(kept), relations)
    if as_of is not None:
        edges = edges_as_of(edges, as_of)
    return Subgraph(
        entities=tuple(kg.entities_among(sorted(kept))),
        edges=tuple(edges),
        focus=frozenset(local_name(c) for c in centres),
        omitted=len(distance) - len(kept),
    )


def path_context(
    kg: KnowledgeGraph,
    paths: Sequence[Path],
    *,
    max_nodes: int = 200,
    relations: Sequence[Relation] | None = None,
    as_of: str | None = None,
) -> Subgraph:
    """The paths' entities and relationships in front, their direct neighbours (the most
    central, up to `max_nodes` entities in all) faded behind."""
    on_path = sorted({iri for path in paths for hop in path.hops for iri in (hop.source, hop.target)})
    around = neighbourhood(
        kg, on_path, hops=1, max_nodes=max(max_nodes, len(on_path)), relations=relations, as_of=as_of
    )
    return Subgraph(
        entities=around.entities,
        edges=around.edges,
        focus=around.focus,
        focus_edges=frozenset(_path_edge_keys(paths)),
        context_faded=True,
        omitted=around.omitted,
    )


def _check_size(count: int, max_nodes: int) -> None:
    if count > max_nodes:
        raise ViewTooLarge(count, max_nodes)


def _reach(
    kg: KnowledgeGraph,
    centres: Sequence[str],
    hops: int,
    max_nodes: int,
    relations: Iterable[Relation],
    as_of: str | None,
) -> tuple[dict[str, int], dict[str, set[str]]]:
    """Hops from the centres to every entity within reach, and the links among them. The links
    among the farthest entities are fetched only when some must be left out (to rank them)."""
    wanted = {r.iri for r in relations}
    distance = dict.fromkeys(centres, 0)
    adjacent: dict[str, set[str]] = defaultdict(set)
    frontier = sorted(set(centres))
    for level in range(1, hops + 1):
        found = set()
        for node, other in _links(kg, frontier, wanted, as_of):
            adjacent[node].add(other)
            adjacent[other].add(node)
            if other not in distance:
                distance[other] = level
                found.add(other)
        frontier = sorted(found)
    if len(distance) > max_nodes:
        for node, other in _links(kg, frontier, wanted, as_of):
            if other in distance:
                adjacent[node].add(other)
                adjacent[other].add(node)
    return distance, adjacent


def _links(kg: KnowledgeGraph, frontier: list[str], wanted: set[str], as_of: str | None) -> Iterable[tuple[str, str]]:
    """(frontier entity, entity at the other end) of each statement of the wanted relations."""
    if not frontier:
        return
    terms = (ox.NamedNode(node) for node in frontier)
    for row in sparql.select_values(kg.store, "statement_neighbours", "node", terms):
        if row["relation"].value not in wanted:
            continue
        if as_of is not None and not in_force(sparql.value(row, "date"), sparql.value(row, "end"), as_of):
            continue
        node, other = row["node"].value, row["other"].value
        if node != other:
            yield node, other


def _most_central(
    centres: Sequence[str], distance: dict[str, int], adjacent: dict[str, set[str]], max_nodes: int
) -> set[str]:
    """All of `distance` if it fits; else grown from the centres, best-linked first."""
    if len(distance) <= max_nodes:
        return set(distance)
    kept = set(centres)

    def rank(node: str) -> tuple[int, int, str]:
        return (-len(adjacent[node]), distance[node], node)

    candidates = [rank(n) for n in {n for c in kept for n in adjacent[c]} - kept]
    heapq.heapify(candidates)
    while candidates and len(kept) < max_nodes:
        *_, node = heapq.heappop(candidates)
        if node in kept:
            continue
        kept.add(node)
        for other in adjacent[node]:
            if other not in kept:
                heapq.heappush(candidates, rank(other))
    return kept


def _path_edge_keys(paths: Sequence[Path]) -> Iterable[EdgeKey]:
    """Each hop as the relationship it follows: stated direction, symmetric ones sorted."""
    for path in paths:
        for hop in path.hops:
            subject, obj = (hop.source, hop.target) if hop.direction == "forward" else (hop.target, hop.source)
            subject, obj = local_name(subject), local_name(obj)
            if hop.relation.symmetric and obj < subject:
                subject, obj = obj, subject
            yield (subject, hop.relation.name, obj)
