"""A view (graph.subgraph.Subgraph) as a page, the same for kg viz, kg path --html and kg serve.

What the page draws beyond the subgraph is read here through the KnowledgeGraph, for the view's
entities only: each person's party (graph.memberships, as of the view's date), drawn as the
ring of their dot rather than as member_of edges (those start hidden, behind a checkbox, but
around a party, whose neighbourhood its members are), and
each race of more than two candidates, drawn as its election with candidate_in edges instead of
a rival_of edge between every pair of its candidates (those rivalries stay in each candidate's
panel, in the data and in SPARQL).
"""

from __future__ import annotations

from collections.abc import Sequence

from graph import ontology
from graph.asof import edges_as_of
from graph.knowledge_graph import KnowledgeGraph
from graph.memberships import Race, parties, races
from graph.model import Edge, Entity, Relation
from graph.namespaces import local_name
from graph.sources import quote_windows
from viz.html import render_html

__all__ = ["MAX_READABLE_NODES", "view_page"]

MAX_READABLE_NODES = 300  # a whole-graph view past this is refused: labels could not be read
_RACE_MIN_CANDIDATES = 3  # a race of this many candidates or more is drawn as its election
_HIDDEN_RELATIONS = ("member_of",)  # drawn as each person's ring; edges shown on request


def view_page(
    kg: KnowledgeGraph,
    view,  # graph.subgraph.Subgraph
    relations: Sequence[Relation] | None = None,
    title: str = "kg",
    as_of=None,  # a date as graph.asof takes it, passed on unread
) -> str:
    """The HTML page drawing `view`, limited to `relations` (all when None)."""
    wanted = tuple(relations or ontology.relations())
    entities = {e.id: e for e in view.entities}
    edges = list(view.edges)
    people = [e.iri for e in view.entities]
    party_of = {
        local_name(person): (local_name(party.iri), party.label)
        for person, party in parties(kg, people, as_of).items()
    }
    panel_only, shown_races = _race_rivalries(edges, races(kg, people, as_of))
    if shown_races:
        race_edges = _candidacies(kg, shown_races, entities, as_of)
        edges += race_edges
        missing = sorted({e.object for e in race_edges} - set(entities))
        entities.update((e.id, e) for e in kg.entities_among([r.iri for r in shown_races if local_name(r.iri) in missing]))
        if not any(r.name == "candidate_in" for r in wanted):
            wanted += (ontology.relation("candidate_in"),)
    explicit = {r.name for r in relations or ()}
    if any(entities[f].type == "PoliticalParty" for f in view.focus if f in entities):
        explicit.add("member_of")  # a view around a party is of its members: their edges shown, not only their rings
    notes = []
    if shown_races:
        notes.append(f"{len(shown_races)} race{'s' if len(shown_races) > 1 else ''} of {_RACE_MIN_CANDIDATES}+ "
                     "candidates drawn as the election; each candidate's panel lists the rivalries")
    return render_html(
        list(entities.values()), edges, wanted, ontology.entity_types(), title=title,
        focus=view.focus, focus_edges=view.focus_edges, context_faded=view.context_faded, as_of=as_of,
        parties=party_of, hidden_relations=[name for name in _HIDDEN_RELATIONS if name not in explicit],
        panel_only=panel_only, notes=notes, windows=quote_windows(kg, (ev for e in edges for ev in e.evidence)),
        outlets=kg.source_outlets(ev.source_id for e in edges for ev in e.evidence),
    )


def _race_rivalries(edges: Sequence[Edge], found: Sequence[Race]) -> tuple[set[tuple[str, str, str]], list[Race]]:
    """The rival_of edges that only say two people stood in the same big race (every statement
    names such a race both stood in), and those races."""
    big = [r for r in found if len(r.candidates) >= _RACE_MIN_CANDIDATES]
    panel_only, used = set(), {}
    for edge in edges:
        if edge.relation != "rival_of":
            continue
        shared = {r.label: r for r in big if {edge.subject, edge.object} <= {local_name(c) for c in r.candidates}}
        named = {ev.election for ev in edge.evidence}
        if shared and named <= set(shared):
            panel_only.add((edge.subject, edge.relation, edge.object))
            used.update((label, shared[label]) for label in named)
    return panel_only, sorted(used.values(), key=lambda r: r.iri)


def _candidacies(kg: KnowledgeGraph, shown: Sequence[Race], entities: dict[str, Entity], as_of) -> list[Edge]:
    """The candidate_in edges from the view's people to the races drawn."""
    candidate_in = ontology.relation("candidate_in")
    iris = {e.iri for e in entities.values()} | {r.iri for r in shown}
    elections = {local_name(r.iri) for r in shown}
    found = [e for e in kg.edges_among(sorted(iris), [candidate_in]) if e.object in elections]
    return edges_as_of(found, as_of) if as_of is not None else found
