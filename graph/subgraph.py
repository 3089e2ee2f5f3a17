"""Which part of the graph a view shows: all of it, a neighbourhood, or paths in their context.

A neighbourhood is never read from the whole graph: it grows from its centre one hop at a time
through `KnowledgeGraph.links_of` (one bound query per hop for the whole frontier), then one
query fetches the relationships among the entities kept and one their cards. A party or an
election is reached (a person's party is part of their neighbourhood) but never grown from,
unless it is the centre: it does not pull in its hundreds of members.

When more entities are within reach than a view may hold, it keeps what is most relevant to
the centre: first the centre's own ties to people (whoever endorsed it, it endorsed, advised it
or it advised, its rivals: the most relationships with the centre first, then the best connected
in the whole graph, as many as fit; the rest are counted in `omitted_ties`), then the entities with the highest personalised PageRank
(igraph; restarts at the centre) over the ties between people among those reached plus the
centre's own links. A hop further is taken only when the centre's ties leave room, and from at
most `max_nodes` entities of the frontier (the highest ranked).

Views draw claims of any status (disputed and negated ones faded) and, with `as_of`, only what
was in force on that date (see graph.asof).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import ontology
from .asof import edges_as_of
from .errors import InvalidArgument, ViewTooLarge
from .knowledge_graph import KnowledgeGraph, Link
from .model import Edge, Entity, Relation
from .namespaces import local_name
from .paths import Path, between_people

__all__ = ["DEFAULT_AROUND_NODES", "MAX_VIEW_NODES", "Subgraph", "whole_graph", "neighbourhood", "path_context"]

MAX_VIEW_NODES = 5000  # past this a node-link view is a hairball that no one can read or click
# A neighbourhood a person can read at once: about 60 labelled nodes fit a 1200x900 page with
# labels of 10 px or more, and hold a candidate's endorsers, rivals, party and race (Karen Bass
# on the seed corpus plus the seven datasets: 31 direct ties and groups), with room for the
# endorsers of the rivals (Rick Caruso's).
DEFAULT_AROUND_NODES = 60

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
    omitted_ties: int = 0  # of those, the centres' own ties to people (there were more than max_nodes)


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
    max_nodes: int = DEFAULT_AROUND_NODES,
    relations: Sequence[Relation] | None = None,
    as_of: object | None = None,
) -> Subgraph:
    """The entities within `hops` links of any of `centres` (IRIs) and the relationships among
    them; when there are more than `max_nodes`, the most relevant (see the module), always with
    the centres and as many of their own ties to people as fit."""
    if hops < 1:
        raise InvalidArgument(f"--hops must be at least 1, not {hops}")
    if not 1 <= max_nodes <= MAX_VIEW_NODES:
        raise InvalidArgument(f"--max-nodes must be between 1 and {MAX_VIEW_NODES}, not {max_nodes}")
    if len(set(centres)) > max_nodes:
        raise InvalidArgument(f"{len(set(centres))} entities to centre on, more than --max-nodes {max_nodes}")
    reach = _Reach(kg, sorted(set(centres)), relations or ontology.relations(), as_of, max_nodes)
    reach.grow(hops)
    kept, omitted_ties = reach.most_relevant()
    edges = kg.edges_among(sorted(kept), relations)
    if as_of is not None:
        edges = edges_as_of(edges, as_of)
    return Subgraph(
        entities=tuple(kg.entities_among(sorted(kept))),
        edges=tuple(edges),
        focus=frozenset(local_name(c) for c in centres),
        omitted=len(reach.distance) - len(kept),
        omitted_ties=omitted_ties,
    )


def path_context(
    kg: KnowledgeGraph,
    paths: Sequence[Path],
    *,
    max_nodes: int = DEFAULT_AROUND_NODES,
    relations: Sequence[Relation] | None = None,
    as_of: object | None = None,
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
        omitted_ties=around.omitted_ties,
    )


def _check_size(count: int, max_nodes: int) -> None:
    if count > max_nodes:
        raise ViewTooLarge(count, max_nodes)


class _Reach:
    """What is within reach of the centres, grown hop by hop, and how relevant each entity is."""

    def __init__(
        self, kg: KnowledgeGraph, centres: list[str], relations: Sequence[Relation], as_of: object | None, max_nodes: int
    ) -> None:
        self.kg, self.centres, self.relations, self.as_of, self.max_nodes = kg, centres, relations, as_of, max_nodes
        self.people = {r.iri for r in between_people(relations)}
        self.distance = dict.fromkeys(centres, 0)
        self.ties: Counter[str] = Counter()  # the centres' ties to people: how many relationships each
        self.groups: set[str] = set()  # parties and elections (objects of a relation to a group): never grown from
        self.pairs: set[tuple[str, str]] = set()  # what PageRank walks: ties between people, and the centres' links

    def grow(self, hops: int) -> None:
        frontier = self.centres
        for level in range(1, hops + 1):
            links = self.kg.links_of(frontier, self.relations, self.as_of, asserted_only=False)
            found = [link.other for link in self._take(links, level)]
            if len(self.centres) + len(self.ties) >= self.max_nodes:
                return  # the centres' own ties fill the view: no room for anyone further
            frontier = sorted({n for n in found if n not in self.groups})
            if len(frontier) > self.max_nodes:  # grow from the most relevant only
                rank = self._pagerank()
                frontier = sorted(sorted(frontier, key=lambda n: (-rank.get(n, 0.0), n))[: self.max_nodes])

    def _take(self, links: list[Link], level: int) -> Iterable[Link]:
        """Record `links`; yield those to an entity seen for the first time."""
        centres = set(self.centres)
        for link in links:
            between = link.relation.iri in self.people
            if not between and link.forward:
                self.groups.add(link.other)
            if between or link.node in centres:
                self.pairs.add((min(link.node, link.other), max(link.node, link.other)))
            if between and link.node in centres and link.other not in centres:
                self.ties[link.other] += 1
            if link.other not in self.distance:
                self.distance[link.other] = level
                yield link

    def _pagerank(self) -> dict[str, float]:
        """Personalised PageRank (restarting at the centres) over the pairs recorded."""
        import igraph

        nodes = sorted({n for pair in self.pairs for n in pair} | set(self.centres))
        index = {node: i for i, node in enumerate(nodes)}
        graph = igraph.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in sorted(self.pairs)])
        centres = [index[c] for c in self.centres]
        scores = graph.personalized_pagerank(directed=False, damping=0.85, reset_vertices=centres)
        return dict(zip(nodes, scores))

    def most_relevant(self) -> tuple[set[str], int]:
        """The entities kept, and how many of the centres' ties to people did not fit."""
        if len(self.distance) <= self.max_nodes:
            return set(self.distance), 0
        # Grown one hop only, every tie walks back to the centre alone: PageRank would tell nothing.
        rank = self._pagerank() if max(self.distance.values()) > 1 else {}
        kept = set(self.centres)
        room = self.max_nodes - len(kept)
        # When the ties do not all fit, the best connected people go first (not the first by name)
        known = self.kg.link_counts(self.ties) if len(self.ties) > room else {}
        ties = sorted(self.ties, key=lambda n: (-self.ties[n], -rank.get(n, 0.0), -known.get(n, 0), n))
        kept.update(ties[:room])
        rest = sorted(set(self.distance) - kept, key=lambda n: (-rank.get(n, 0.0), self.distance[n], n))
        kept.update(rest[: self.max_nodes - len(kept)])
        return kept, max(0, len(ties) - room)


def _path_edge_keys(paths: Sequence[Path]) -> Iterable[EdgeKey]:
    """Each hop as the relationship it follows: stated direction, symmetric ones sorted."""
    for path in paths:
        for hop in path.hops:
            subject, obj = (hop.source, hop.target) if hop.direction == "forward" else (hop.target, hop.source)
            subject, obj = local_name(subject), local_name(obj)
            if hop.relation.symmetric and obj < subject:
                subject, obj = obj, subject
            yield (subject, hop.relation.name, obj)
