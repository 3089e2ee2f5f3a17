"""An entity's card as of a date (kg show --as-of), reusing graph.asof.

Statements dated after the date are left out (graph.asof.said_by); so are periods that had
ended before it (a member_of whose end_date is earlier): the card shows party membership at
that date and the endorsements made by then, in date order.
"""

from __future__ import annotations

import pyoxigraph as ox

from . import sparql
from .asof import edges_as_of
from .knowledge_graph import KnowledgeGraph
from .model import Edge, Entity
from .namespaces import local_name

__all__ = ["card_as_of"]


def _ended_before(end: str, as_of: str) -> bool:
    """Whether a period ending on `end` was over by `as_of` (both YYYY[-MM[-DD]])."""
    return (end + "-99-99")[:10] < as_of[:10] if len(as_of) == 10 else end[: len(as_of)] < as_of


def card_as_of(kg: KnowledgeGraph, iri: str, as_of: str) -> tuple[Entity, list[Edge]]:
    entity, edges = kg.card(iri)
    ended = {
        (row["subject"].value, local_name(row["relation"].value), row["object"].value,
         local_name(row["source"].value), row["quote"].value)
        for row in sparql.select(kg.store, "ended_statements", entity=ox.NamedNode(iri))
        if _ended_before(row["end"].value, as_of)
    }
    kept = []
    for edge in edges_as_of(edges, as_of):
        evidence = tuple(ev for ev in edge.evidence
                         if (edge.subject, edge.relation, edge.object, ev.source_id, ev.quote) not in ended)
        if evidence:
            kept.append(Edge(edge.subject, edge.relation, edge.object, evidence))
    kept.sort(key=lambda e: (min((ev.date or "9999") for ev in e.evidence), e.relation, e.object))
    return entity, kept
