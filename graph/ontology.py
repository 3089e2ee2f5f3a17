"""The relation types and entity types declared in ontology/kg.ttl.

Nothing here is loaded at import time; the first call parses the ontology once.
"""

from __future__ import annotations

from functools import cache

import pyoxigraph as ox

from .errors import UnknownRelation
from .model import EntityType, Relation
from .namespaces import POL
from .resources import ontology_dir
from .sparql import select

__all__ = ["ontology_store", "relations", "relation", "entity_types", "parse_relations"]


@cache
def ontology_store() -> ox.Store:
    """An in-memory store holding the ontology (kg.ttl) alone."""
    store = ox.Store()
    store.load(path=str(ontology_dir() / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    return store


@cache
def relations() -> tuple[Relation, ...]:
    """Every relation type, sorted by name."""
    return tuple(
        Relation(
            name=row["relation"].value[len(POL) :],
            iri=row["relation"].value,
            label=row["label"].value,
            definition=row["definition"].value,
            symmetric=row["symmetric"].value == "true",
            color=row["color"].value,
            dashes=row["dashes"].value == "true",
        )
        for row in select(ontology_store(), "relation_types")
    )


def relation(name: str) -> Relation:
    """The relation type called `name` (its snake_case name)."""
    for candidate in relations():
        if candidate.name == name:
            return candidate
    raise UnknownRelation(name, [r.name for r in relations()])


def parse_relations(spec: str | None) -> tuple[Relation, ...] | None:
    """'endorsed,rival_of' -> those relation types; None or '' -> None (meaning all)."""
    if not spec:
        return None
    names = [part.strip() for part in spec.split(",") if part.strip()]
    return tuple(relation(name) for name in dict.fromkeys(names))


@cache
def entity_types() -> tuple[EntityType, ...]:
    """Every entity class with a display colour, sorted by name."""
    return tuple(
        EntityType(
            name=row["type"].value[len(POL) :],
            iri=row["type"].value,
            label=row["label"].value,
            color=row["color"].value,
        )
        for row in select(ontology_store(), "entity_types")
        if row["type"].value.startswith(POL)
    )


