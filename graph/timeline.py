"""An entity's card as of a date (kg show --as-of), in the order things happened.

Only the statements in force that day are kept (graph.asof.in_force): those dated later are
left out, and so are periods that had ended before it (a member_of whose end_date is earlier),
so the card shows party membership at that date and the endorsements made by then.
"""

from __future__ import annotations

from .asof import edges_as_of
from .knowledge_graph import KnowledgeGraph
from .model import Edge, Entity

__all__ = ["card_as_of"]


def card_as_of(kg: KnowledgeGraph, iri: str, as_of: str) -> tuple[Entity, list[Edge]]:
    entity, edges = kg.card(iri)
    kept = edges_as_of(edges, as_of)
    kept.sort(key=lambda e: (min((ev.date or "9999") for ev in e.evidence), e.relation, e.object))
    return entity, kept
