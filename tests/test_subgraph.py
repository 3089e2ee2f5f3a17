"""Tests for graph.subgraph: the part of the graph a view draws."""

from __future__ import annotations

from collections import defaultdict

import pytest

from graph.asof import edges_as_of, parse_as_of
from graph.errors import InvalidArgument, ViewTooLarge
from graph.knowledge_graph import KnowledgeGraph
from graph.model import Edge
from graph.ontology import relation
from graph.paths import between_people, find_paths
from graph.subgraph import MAX_VIEW_NODES, neighbourhood, path_context, whole_graph

from . import servers

ENT = "urn:kg:entity:"


def _adjacency(edges: list[Edge]) -> dict[str, set[str]]:
    adjacent: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        if e.subject != e.object:
            adjacent[e.subject].add(e.object)
            adjacent[e.object].add(e.subject)
    return adjacent


def _ball(edges: list[Edge], centre: str, hops: int) -> set[str]:
    """Entity ids within `hops` of `centre`, by brute force over every edge, never going on from
    a party or an election (the object of a relation to a group) other than the centre."""
    adjacent, seen, frontier = _adjacency(edges), {centre}, {centre}
    people = {r.name for r in between_people()}
    groups = {e.object for e in edges if e.relation not in people} - {centre}
    for _ in range(hops):
        frontier = {o for n in frontier - groups for o in adjacent[n]} - seen
        seen |= frontier
    return seen


def _ids(view) -> set[str]:
    return {e.id for e in view.entities}


def test_whole_graph_is_every_linked_entity(seed_kg: KnowledgeGraph) -> None:
    """The whole view holds every relationship (any status) and exactly the entities in them."""
    edges = seed_kg.edges(asserted_only=False)
    view = whole_graph(seed_kg)
    assert list(view.edges) == edges
    assert _ids(view) == {e.subject for e in edges} | {e.object for e in edges}
    assert seed_kg.linked_entity_count() == len(view.entities)
    endorsed = (relation("endorsed"),)
    assert seed_kg.linked_entity_count(endorsed) == len(whole_graph(seed_kg, relations=endorsed).entities)


def test_whole_graph_refused_past_the_limit(seed_kg: KnowledgeGraph) -> None:
    """More entities than the limit: ViewTooLarge, which suggests a focused view."""
    with pytest.raises(ViewTooLarge, match="--around NAME") as raised:
        whole_graph(seed_kg, max_nodes=10)
    assert raised.value.count == seed_kg.linked_entity_count() and raised.value.limit == 10
    with pytest.raises(ViewTooLarge):
        whole_graph(seed_kg, max_nodes=10, as_of="2030")
    assert MAX_VIEW_NODES == 5000


@pytest.mark.parametrize("centre", ["karen-bass", "elon-musk", "gavin-newsom"])
@pytest.mark.parametrize("hops", [1, 2, 3])
def test_neighbourhood_is_the_ball_around_the_centre(seed_kg: KnowledgeGraph, centre: str, hops: int) -> None:
    """Without a cap: the entities within `hops` links (not through a party or an election)
    and every relationship among them."""
    edges = seed_kg.edges(asserted_only=False)
    ball = _ball(edges, centre, hops)
    view = neighbourhood(seed_kg, [ENT + centre], hops=hops, max_nodes=MAX_VIEW_NODES)
    assert _ids(view) == ball
    assert list(view.edges) == [e for e in edges if e.subject in ball and e.object in ball]
    assert view.focus == {centre} and view.omitted == 0 and not view.context_faded


def test_neighbourhood_relations_and_as_of(seed_kg: KnowledgeGraph) -> None:
    """--relations and --as-of limit both the links followed and the relationships drawn."""
    endorsed = (relation("endorsed"),)
    edges = seed_kg.edges(endorsed, asserted_only=False)
    view = neighbourhood(seed_kg, [ENT + "karen-bass"], hops=2, relations=endorsed)
    assert _ids(view) == _ball(edges, "karen-bass", 2)
    assert {e.relation for e in view.edges} == {"endorsed"}

    dated = edges_as_of(seed_kg.edges(asserted_only=False), "2013")
    view = neighbourhood(seed_kg, [ENT + "karen-bass"], hops=2, as_of="2013")
    assert _ids(view) == _ball(dated, "karen-bass", 2)
    assert all(ev.date is not None and ev.date <= "2013" for e in view.edges for ev in e.evidence)
    kept = neighbourhood(seed_kg, [ENT + "karen-bass"], hops=2, as_of=parse_as_of("2013", include_undated=True))
    assert any(ev.date is None for e in kept.edges for ev in e.evidence)  # undated ones on request


def test_over_max_nodes_keeps_the_centres_ties_first(seed_kg: KnowledgeGraph) -> None:
    """Capped: the centre, then its ties to people (most relationships first), then by relevance; still connected."""
    edges = seed_kg.edges(asserted_only=False)
    ball = _ball(edges, "karen-bass", 1)
    people = {r.name for r in between_people()}
    ties = [e.object if e.subject == "karen-bass" else e.subject for e in edges
            if e.relation in people and "karen-bass" in (e.subject, e.object)]
    best = min(set(ties), key=lambda n: (-ties.count(n), n))
    view = neighbourhood(seed_kg, [ENT + "karen-bass"], hops=1, max_nodes=2)
    assert _ids(view) == {"karen-bass", best} and view.omitted == len(ball) - 2
    assert view.omitted_ties == len(set(ties)) - 1

    view = neighbourhood(seed_kg, [ENT + "karen-bass"], hops=2, max_nodes=7)
    assert len(view.entities) == 7 and "karen-bass" in _ids(view) and set(_ids(view)) <= set(ties) | {"karen-bass"}
    assert view.omitted == len(ball) - 7  # Bass's 8 ties fill the view: no second hop is taken

    view = neighbourhood(seed_kg, [ENT + "karen-bass"], hops=2, max_nodes=15)
    assert len(view.entities) == 15 and set(ties) <= _ids(view) and view.omitted_ties == 0
    assert view.omitted == len(_ball(edges, "karen-bass", 2)) - 15
    assert _ball(list(view.edges), "karen-bass", 7) == _ids(view)  # connected


def test_neighbourhood_sends_only_bound_queries(seed_kg: KnowledgeGraph) -> None:
    """--around never reads the whole graph: every query it sends is bound by VALUES."""
    recording = servers.RecordingStore(seed_kg.store)
    view = neighbourhood(KnowledgeGraph(recording), [ENT + "karen-bass"], hops=2, max_nodes=5)
    assert len(view.entities) == 5
    # Bass's ties fill the view after one hop (asserted links both ways, other claims); how well
    # connected each tie is (to choose among them); then which statements join the kept, their
    # evidence, where their quotes sit, cards.
    assert len(recording.queries) == 8
    recording.queries.clear()
    view = neighbourhood(KnowledgeGraph(recording), [ENT + "karen-bass"], hops=2, max_nodes=20)
    assert len(view.entities) == 20 and len(recording.queries) == 10  # two hops, then as above
    assert all("VALUES" in q for q in recording.queries)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"hops": 0}, "--hops must be at least 1"), ({"max_nodes": 0}, "--max-nodes must be between"),
     ({"max_nodes": MAX_VIEW_NODES + 1}, "--max-nodes must be between")],
)
def test_bad_limits(seed_kg: KnowledgeGraph, kwargs: dict, message: str) -> None:
    """Out-of-range --hops and --max-nodes are InvalidArgument errors naming the value."""
    with pytest.raises(InvalidArgument, match=message):
        neighbourhood(seed_kg, [ENT + "karen-bass"], **kwargs)
    with pytest.raises(InvalidArgument, match="more than --max-nodes 1"):
        neighbourhood(seed_kg, [ENT + "karen-bass", ENT + "joe-biden"], max_nodes=1)


def test_path_context(seed_kg: KnowledgeGraph) -> None:
    """The path's entities and hops in focus, their neighbours around them, faded."""
    paths = find_paths(seed_kg, ENT + "elon-musk", ENT + "joe-biden")
    on_path = {"elon-musk", "rick-caruso", "karen-bass", "joe-biden"}
    assert {h.source[len(ENT):] for h in paths[0].hops} | {"joe-biden"} == on_path
    view = path_context(seed_kg, paths)
    assert view.focus == on_path and view.context_faded
    assert view.focus_edges == {("elon-musk", "endorsed", "rick-caruso"), ("karen-bass", "rival_of", "rick-caruso"),
                                ("joe-biden", "endorsed", "karen-bass")}
    keys = {(e.subject, e.relation, e.object) for e in view.edges}
    assert view.focus_edges <= keys
    edges = seed_kg.edges(asserted_only=False)
    assert _ids(view) == set().union(*(_ball(edges, n, 1) for n in on_path))

    small = path_context(seed_kg, paths, max_nodes=6)
    assert on_path <= _ids(small) and len(small.entities) == 6


def test_entities_and_edges_among(seed_kg: KnowledgeGraph) -> None:
    """The facade's bound lookups agree with the whole-graph ones."""
    some = [ENT + "karen-bass", ENT + "rick-caruso", ENT + "nobody"]
    assert [e.id for e in seed_kg.entities_among(some)] == ["karen-bass", "rick-caruso"]
    among = seed_kg.edges_among(some)
    assert among == [e for e in seed_kg.edges(asserted_only=False)
                     if {e.subject, e.object} <= {"karen-bass", "rick-caruso"}]
    assert {e.relation for e in among} >= {"rival_of"}
    assert seed_kg.entities_among([]) == [] and seed_kg.edges_among([]) == []
