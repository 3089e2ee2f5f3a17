"""The relation types and entity types declared in ontology/kg.ttl.

Nothing here is loaded at import time; the first call parses the ontology once.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from .errors import DataError, InvalidArgument, UnknownRelation
from .model import EntityType, Relation
from .namespaces import POL, RDF, RDFS, SKOS
from .resources import ontology_dir
from .sparql import select

__all__ = ["ontology_store", "relations", "relation", "entity_types", "parse_relations", "check_turtle"]

_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
_RELATION_PROPERTIES = {"rdfs:label": RDFS + "label", "skos:definition": SKOS + "definition",
                        "pol:color": POL + "color", "pol:dashes": POL + "dashes"}


def check_turtle(path: Path) -> None:
    """DataError naming `path` and the line, if it is not well-formed Turtle."""
    try:
        for _ in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            pass
    except SyntaxError as exc:
        raise DataError(path, f"malformed Turtle: {exc.msg}", exc.lineno) from None
    except OSError as exc:
        raise DataError(path, f"cannot read: {exc.strerror or exc}") from None


@cache
def ontology_store() -> ox.Store:
    """An in-memory store holding the ontology (kg.ttl) alone; DataError if it is malformed
    (people edit kg.ttl to add relation types)."""
    path = ontology_dir() / "kg.ttl"
    store = ox.Store()
    try:
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    except SyntaxError as exc:
        raise DataError(path, f"malformed Turtle: {exc.msg}", exc.lineno) from None
    except OSError as exc:
        raise DataError(path, f"cannot read: {exc.strerror or exc}") from None
    return store


@cache
def relations() -> tuple[Relation, ...]:
    """Every relation type, sorted by name; DataError naming kg.ttl for one that is declared
    without its label, definition, colour and dashes (or with two), or is badly named."""
    store, path = ontology_store(), ontology_dir() / "kg.ttl"
    typed = store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), ox.NamedNode(POL + "RelationType"))
    declared = {quad.subject for quad in typed}
    for node in sorted(declared, key=str):
        name = node.value[len(POL) :] if isinstance(node, ox.NamedNode) and node.value.startswith(POL) else ""
        if not _NAME.match(name):
            raise DataError(path, f"relation type {node} must be pol:NAME with a snake_case NAME, like pol:rival_of")
        for short, iri in _RELATION_PROPERTIES.items():
            count = len(list(store.quads_for_pattern(node, ox.NamedNode(iri), None)))
            if count != 1:
                raise DataError(path, f"relation type pol:{name} needs one {short}; it has {count}")
    return _relations()


def _relations() -> tuple[Relation, ...]:
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
    if not names:
        raise InvalidArgument(f"--relations {spec!r} names no relation type")
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


