"""How two entities are connected: the best path, every best path, or k diverse paths.

A path explains a connection when it is a chain of statements between people. By default the
search follows only relations between people (their range is a person in the ontology:
endorsed, rival_of, advised); the relations that tie a person to a group many people share (a
party: member_of, party_switch; an election: candidate_in) are followed only when no chain
between people exists within `max_hops`, and such a hop pair reads "both are members of ..."
(`shared_groups`). Hubs cost more than specific ties: a path costs one per hop plus, for each
entity it passes through, the logarithm of how many relationships of the searched relations it
has (counted by the store, up to 300), so a chain through two people of a few ties each beats
a shorter one through a person with hundreds. `fewest_hops` is the plain search: every relation, each hop costs one.

The graph is never loaded whole. A bidirectional Dijkstra search grows from both ends through
`KnowledgeGraph.links_of`, one bound query per step for a whole band of entities (every
entity whose cost is within one of the cheapest: no hop costs less than one, so their costs are
final). An entity's weight is learnt from its links when it is expanded; where the two searches
meet, from a capped count (`KnowledgeGraph.degrees`), so a hub between them is weighed, not read
whole. The search stops once the two have met and nothing cheaper can be left: every best path
lies in the part explored. For k > 1 it goes on a little (`_K_SLACK`) and networkx ranks simple
paths there, each path after the first paying extra for every intermediate entity an earlier
one went through, so the k paths take different routes rather than k variants through one hub.
The same code runs on the embedded store and a remote SPARQL endpoint.

As of a date, the search follows only the asserted statements in force then (graph.asof), and
each hop's evidence is limited to those statements.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from . import ontology, sparql
from .asof import in_force
from .errors import InvalidArgument, NoPath
from .knowledge_graph import KnowledgeGraph
from .model import Evidence, Relation

__all__ = ["Hop", "Path", "SharedGroup", "between_people", "find_paths", "shared_groups"]

_K_SLACK = 4.0  # for k > 1: how much costlier than the best path the explored part reaches
_K_CANDIDATES = 20  # for k > 1: paths looked at for each one chosen
_DEGREE_CAP = 300  # relationships past which an entity is a hub, however many more (a cheap count: 300 rows)
_EPSILON = 1e-9  # costs closer than this are equal (they are sums of logarithms)

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
    cost: float | None = None  # hops plus the log-degree of each entity passed through; None: fewest hops


@dataclass(frozen=True)
class SharedGroup:
    """Two consecutive hops into a group and out of it: hops[index].source and
    hops[index + 1].target are both `relation` the group (e.g. both members of a party)."""

    index: int
    relation: Relation
    group: str  # IRI


@cache
def _people_relation_iris() -> frozenset[str]:
    return frozenset(row["relation"].value for row in sparql.select(ontology.ontology_store(), "person_relation_types"))


def between_people(relations: Sequence[Relation] | None = None) -> tuple[Relation, ...]:
    """Those of `relations` (None: all) whose range is a person in the ontology: the ties
    between people, as opposed to a person's ties to a party or an election."""
    return tuple(r for r in (relations or ontology.relations()) if r.iri in _people_relation_iris())


def shared_groups(path: Path) -> list[SharedGroup]:
    """Where the path goes from a person to a group and on to another person by the same
    relation (A member_of P, B member_of P): what a reader takes in as one fact."""
    people = _people_relation_iris()
    return [
        SharedGroup(i, a.relation, a.target)
        for i, (a, b) in enumerate(zip(path.hops, path.hops[1:]))
        if a.relation == b.relation and a.relation.iri not in people
        and a.direction == "forward" and b.direction == "backward"
    ]


class _Search:
    """A bidirectional Dijkstra search and the part of the graph it explored.

    A path's cost is its hops plus, for each entity in its middle, c = log of how many
    relationships the entity has in the relations searched (up to _DEGREE_CAP; c is 0 for the
    two ends, and always 0 unweighted). Each side labels an entity with the cost of arriving
    there (`cost`); leaving it costs c more. c is learnt when the entity is expanded (from its
    links) or, for an entity both sides have reached, from a capped count (`degrees`): the hub
    where two searches meet is weighed, not read whole.
    """

    def __init__(
        self, kg: KnowledgeGraph, ends: tuple[str, str], relations: Sequence[Relation],
        as_of: object | None, max_hops: int, weighted: bool, min_outlets: int = 1,
    ) -> None:
        self.kg, self.ends, self.relations, self.as_of = kg, ends, tuple(relations), as_of
        self.min_outlets = min_outlets
        self.max_hops, self.weighted = max_hops, weighted
        self.links: dict[frozenset[str], set[Link]] = defaultdict(set)
        self.adjacent: dict[str, set[str]] = defaultdict(set)
        self.c: dict[str, float] = dict.fromkeys(ends, 0.0)
        self.cost: tuple[dict[str, tuple[float, int]], ...] = ({ends[0]: (0.0, 0)}, {ends[1]: (0.0, 0)})
        # (key, hops, entity, charged, arriving cost): key is the arriving cost, or that + c once charged
        self.queue: tuple[list[tuple[float, int, str, bool, float]], ...] = (
            [(0.0, 0, ends[0], False, 0.0)], [(0.0, 0, ends[1], False, 0.0)])
        self.expanded: tuple[set[str], set[str]] = (set(), set())
        self.best: float | None = None

    def node_cost(self, node: str) -> float:
        """c of an entity (infinite while unknown: such an entity is on no path found)."""
        if not self.weighted:
            return 0.0
        return self.c.get(node, math.inf)

    def hop_cost(self, a: str, b: str) -> float:
        return 1.0 + (self.node_cost(a) + self.node_cost(b)) / 2

    def _learn(self, counts: dict[str, int]) -> None:
        for node, count in counts.items():
            self.c.setdefault(node, math.log(max(1, min(count, _DEGREE_CAP))) if self.weighted else 0.0)
            self._meet(node)

    def _meet(self, node: str) -> None:
        """A path through `node`, when both sides have reached it and its c is known."""
        if node in self.cost[0] and node in self.cost[1] and node in self.c:
            (forward, hops_f), (backward, hops_b) = self.cost[0][node], self.cost[1][node]
            total = forward + backward + (0.0 if node in self.ends else self.c[node])
            if hops_f + hops_b <= self.max_hops and (self.best is None or total < self.best):
                self.best = total

    def _fresh(self, side: int, entry: tuple[float, int, str, bool, float]) -> bool:
        _, hops, node, _, arriving = entry
        return node not in self.expanded[side] and self.cost[side].get(node) == (arriving, hops)

    def _top(self, side: int) -> float:
        queue = self.queue[side]
        while queue and not self._fresh(side, queue[0]):
            heapq.heappop(queue)  # stale: expanded already, or reached more cheaply since
        return queue[0][0] if queue else math.inf

    def explore(self, slack: float) -> float | None:
        """Search until the best cost is known and nothing within `slack` of it is unexplored."""
        while True:
            tops = (self._top(0), self._top(1))
            if self.best is not None and tops[0] + tops[1] >= self.best + slack:
                return self.best
            open_sides = [side for side in (0, 1) if tops[side] < math.inf]
            if not open_sides:
                return self.best
            # The cheaper side first; on a tie the side with fewer entities waiting.
            side = min(open_sides, key=lambda s: (tops[s], len(self.queue[s]), s))
            self._step(side, tops[side])

    def _step(self, side: int, top: float) -> None:
        """Take every entity of one side whose cost is final (within one of the cheapest: no hop
        costs less): expand those whose c is paid, charge c to the others."""
        queue, band = self.queue[side], []
        while queue and queue[0][0] < top + 1.0 - _EPSILON:
            entry = heapq.heappop(queue)
            if self._fresh(side, entry):
                band.append(entry)
        theirs = self.cost[1 - side]
        weigh = sorted({entry[2] for entry in band if not entry[3] and entry[2] not in self.c and entry[2] in theirs})
        if self.weighted and weigh:
            self._learn(self.kg.degrees(weigh, self.relations, self.as_of, cap=_DEGREE_CAP))
        expand = set()
        for key, hops, node, charged, arriving in band:
            if charged or not self.weighted or self.c.get(node, 0.0) == 0.0:  # nothing (or nothing known) to charge
                expand.add(node)
            else:  # c known: leaving costs it, in its turn
                heapq.heappush(queue, (arriving + self.c[node], hops, node, True, arriving))
        self._expand(side, sorted(expand))

    def _expand(self, side: int, band: list[str]) -> None:
        mine, theirs = self.cost[side], self.cost[1 - side]
        band = [node for node in band if mine[node][1] < self.max_hops]
        self.expanded[side].update(band)
        if not band:
            return
        links = self.kg.links_of(band, self.relations, self.as_of, min_outlets=self.min_outlets)
        self._learn({node: count for node, count in Counter(link.node for link in links).items() if node not in self.c})
        for node, relation, other, forward in links:
            s, o = (node, other) if forward else (other, node)
            if relation.symmetric and s > o:
                s, o = o, s
            self.links[frozenset((s, o))].add((s, relation, o))
            self.adjacent[node].add(other)
            self.adjacent[other].add(node)
            cost, hops = mine[node]
            cost, hops = cost + self.c[node] + 1.0, hops + 1
            if other not in self.expanded[side] and (other not in mine or (cost, hops) < mine[other]):
                mine[other] = (cost, hops)
                heapq.heappush(self.queue[side], (cost, hops, other, False, cost))
                if other in theirs:
                    self._meet(other)

    # --- paths in the explored part ---------------------------------------------------------

    def _distances(self, start: str) -> dict[str, float]:
        """Cost from `start` to every explored entity, over the explored links."""
        cost, queue = {start: 0.0}, [(0.0, start)]
        while queue:
            d, node = heapq.heappop(queue)
            if d > cost[node]:
                continue
            for other in sorted(self.adjacent[node]):
                candidate = d + self.hop_cost(node, other)
                if candidate < cost.get(other, math.inf) - _EPSILON:
                    cost[other] = candidate
                    heapq.heappush(queue, (candidate, other))
        return cost

    def best_paths(self) -> list[list[str]]:
        """The paths of the least cost with at most max_hops hops, in a stable order: a search
        in the explored part bounded by the cost the exploration found."""
        source, target = self.ends
        to_target = self._distances(target)  # a lower bound of what is left from each entity
        limit = (self.best or 0.0) + 1e-6
        found: list[tuple[float, list[str]]] = []

        def onward(path: list[str], spent: float) -> None:
            node = path[-1]
            if node == target:
                found.append((spent, path))
                return
            if len(path) > self.max_hops:
                return
            for other in sorted(self.adjacent[node]):
                step = spent + self.hop_cost(node, other)
                if other not in path and step + to_target.get(other, math.inf) <= limit:
                    onward(path + [other], step)

        onward([source], 0.0)
        if not found:
            return []
        least = min(cost for cost, _ in found)
        return [path for cost, path in sorted(found, key=lambda cp: (cp[0], cp[1])) if cost < least + 1e-6]

    def diverse_paths(self, k: int, earlier: Sequence[list[str]] = ()) -> list[list[str]]:
        """Up to k simple paths not among `earlier`, best first, each paying again for every
        intermediate entity a path before it (or in `earlier`) passed through: 3 plus its own
        cost per use. A party or an election goes into one path only: another path through it
        is a variant, not a route of its own."""
        import networkx as nx

        graph = nx.Graph()  # edges added in sorted order: ties between paths break the same way everywhere
        known = [(a, b) for a, others in self.adjacent.items() for b in others if a < b]
        graph.add_edges_from(sorted((a, b) for a, b in known if self.hop_cost(a, b) < math.inf))
        people = _people_relation_iris()
        groups = {o for links in self.links.values() for _, relation, o in links if relation.iri not in people}
        used: dict[str, int] = defaultdict(int)
        for path in earlier:
            for node in path[1:-1]:
                used[node] += 1

        def weight(a: str, b: str, _: object) -> float:
            reuse = sum(used[n] * (3.0 + self.node_cost(n)) for n in (a, b)) / 2
            return self.hop_cost(a, b) + reuse

        chosen: list[list[str]] = []
        while len(chosen) < k:
            ranked = itertools.islice(nx.shortest_simple_paths(graph, *self.ends, weight=weight), _K_CANDIDATES)
            path = next((p for p in ranked if len(p) - 1 <= self.max_hops and p not in chosen and p not in earlier
                         and not groups & {n for n in p[1:-1] if used[n]}), None)
            if path is None:
                break
            chosen.append(path)
            for node in path[1:-1]:
                used[node] += 1
        return chosen

    def path_cost(self, nodes: Sequence[str]) -> float:
        return sum(self.hop_cost(a, b) for a, b in zip(nodes, nodes[1:]))


def find_paths(
    kg: KnowledgeGraph,
    source: str,
    target: str,
    *,
    max_hops: int = 6,
    relations: Sequence[Relation] | None = None,
    all_shortest: bool = False,
    k: int = 1,
    as_of: object | None = None,
    fewest_hops: bool = False,
    min_outlets: int = 1,
) -> list[Path]:
    """Paths from entity `source` to entity `target` (IRIs), best first (see the module).

    By default chains between people, through a party or election only when there is none;
    with `fewest_hops`, the paths of fewest hops over every relation. With `all_shortest`,
    every best path (one per choice of relation on each hop); with k > 1, k diverse simple
    paths; with `as_of` (from graph.asof.parse_as_of), only through what was in force then;
    with `min_outlets`, only along relationships backed by at least that many independent
    outlets (graph.corroboration). Raises NoPath when none has at most `max_hops` hops.
    """
    if max_hops < 1:
        raise InvalidArgument(f"--max-hops must be at least 1, not {max_hops}")
    if k < 1:
        raise InvalidArgument(f"-k must be at least 1, not {k}")
    if min_outlets < 1:
        raise InvalidArgument(f"--min-outlets must be at least 1, not {min_outlets}")
    if source == target:
        raise InvalidArgument(f"{kg.label(source)} and {kg.label(target)} are the same entity")

    wanted = tuple(relations or ontology.relations())
    tiers = [(wanted, False)] if fewest_hops else [(between_people(wanted), True), (wanted, True), (wanted, False)]
    found: list[tuple[_Search, list[str]]] = []
    tried = set()
    for tier, weighted in tiers:
        if not tier or (tier, weighted) in tried or (found and not weighted):
            continue
        tried.add((tier, weighted))
        search = _Search(kg, (source, target), tier, as_of, max_hops, weighted, min_outlets)
        if search.explore(_K_SLACK if k > 1 else (_EPSILON if all_shortest else 0.0)) is None:
            continue
        if k > 1:  # chains between people first, then (if fewer than k) through groups
            earlier = [nodes for _, nodes in found]
            found += [(search, nodes) for nodes in search.diverse_paths(k - len(found), earlier)]
        else:
            best = search.best_paths()
            found += [(search, nodes) for nodes in (best if all_shortest else best[:1])]
        if len(found) >= k:
            break
    if not found:
        raise NoPath(kg.label(source), kg.label(target), max_hops)

    paths: list[Path] = []
    for search, nodes in found:
        cost = search.path_cost(nodes) if search.weighted else None
        choices = [_hops(kg, search.links[frozenset((a, b))], a, b, as_of) for a, b in zip(nodes, nodes[1:])]
        combos = itertools.product(*choices) if all_shortest else [tuple(c[0] for c in choices)]
        paths.extend(Path(tuple(combo), cost) for combo in combos)
    return paths


def _hops(kg: KnowledgeGraph, links: set[Link], a: str, b: str, as_of: object | None) -> list[Hop]:
    """Every way to step from a to b, stated direction first, then by relation name."""
    hops = []
    for s, relation, o in links:
        evidence = kg.evidence(s, relation, o)
        if as_of is not None:
            evidence = tuple(ev for ev in evidence if in_force(ev.date, ev.end_date, as_of))
        hops.append(Hop(a, b, relation, "forward" if s == a or relation.symmetric else "backward", evidence))
    return sorted(hops, key=lambda h: (h.direction != "forward", h.relation.name))
