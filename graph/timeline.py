"""An entity's story: its relationships in the order things happened (kg show), and its card
as of a date (kg show --as-of).

As of a date, only the statements in force that day are kept (graph.asof.in_force): those dated later are
left out, and so are periods that had ended before it (a member_of whose end_date is earlier),
so the card shows party membership at that date and the endorsements made by then.
"""

from __future__ import annotations

from .asof import edges_as_of
from .knowledge_graph import KnowledgeGraph
from .model import Edge, Entity

__all__ = ["in_order", "card_as_of"]


def in_order(edges: list[Edge]) -> list[Edge]:
    """The edges by the earliest date of their evidence (undated ones last), then by relation."""
    return sorted(edges, key=lambda e: (min((ev.date or "9999") for ev in e.evidence), e.relation, e.object))


def card_as_of(kg: KnowledgeGraph, iri: str, as_of: str) -> tuple[Entity, list[Edge]]:
    entity, edges = kg.card(iri)
    return entity, in_order(edges_as_of(edges, as_of))
