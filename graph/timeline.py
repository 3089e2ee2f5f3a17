"""An entity's story: its relationships in the order things happened (kg show), and its card
as of a date (kg show --as-of). The one order of statements and relationships, used by kg show,
kg serve's pages and the views: by date (a statement's own, else its source's), undated last.

As of a date, only the statements in force that day are kept (graph.asof.in_force): those dated later are
left out, and so are periods that had ended before it (a member_of whose end_date is earlier),
so the card shows party membership at that date and the endorsements made by then.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .asof import AsOf, edges_as_of
from .model import Edge, Entity, Evidence

if TYPE_CHECKING:
    from .knowledge_graph import KnowledgeGraph

__all__ = ["evidence_key", "in_order", "card_as_of"]

_UNDATED = "9999"  # sorts after every date


def evidence_key(evidence: Evidence) -> tuple[str, str, str]:
    """Statements by date, undated last, then by source and quote."""
    return (evidence.date or _UNDATED, evidence.source, evidence.quote)


def in_order(edges: Iterable[Edge]) -> list[Edge]:
    """The edges by the earliest date of their evidence (undated ones last), then by relation and
    ends; each edge's evidence by `evidence_key`."""
    ordered = [Edge(e.subject, e.relation, e.object, tuple(sorted(set(e.evidence), key=evidence_key))) for e in edges]
    return sorted(ordered, key=lambda e: (min((ev.date or _UNDATED for ev in e.evidence), default=_UNDATED),
                                          e.relation, e.subject, e.object))


def card_as_of(kg: KnowledgeGraph, iri: str, as_of: str | AsOf) -> tuple[Entity, list[Edge]]:
    entity, edges = kg.card(iri)
    return entity, in_order(edges_as_of(edges, as_of))
