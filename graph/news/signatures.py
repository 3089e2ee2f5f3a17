"""What type of entity each relation takes, read from ontology/kg.ttl (rdfs:domain, rdfs:range)."""

from __future__ import annotations

from functools import cache

from .. import ontology, sparql
from ..namespaces import POL

__all__ = ["signature", "is_a"]


@cache
def _signatures() -> dict[str, tuple[str, str]]:
    return {
        row["relation"].value[len(POL) :]: (row["domain"].value[len(POL) :], row["range"].value[len(POL) :])
        for row in sparql.select(ontology.ontology_store(), "relation_signatures")
    }


@cache
def _ancestors() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for row in sparql.select(ontology.ontology_store(), "class_ancestors"):
        found.setdefault(row["type"].value[len(POL) :], set()).add(row["ancestor"].value[len(POL) :])
    return {k: frozenset(v) for k, v in found.items()}


def signature(relation: str) -> tuple[str, str]:
    """(domain class, range class) of a relation type, as local names: ('Person', 'PoliticalParty')."""
    return _signatures()[relation]


def is_a(entity_type: str, cls: str) -> bool:
    """Whether an entity of `entity_type` is an instance of `cls` (subclasses included)."""
    return cls in _ancestors().get(entity_type, frozenset())
