"""Plain value objects shared by the library, the CLI and the views."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Relation", "EntityType", "Entity", "Evidence", "Edge"]


@dataclass(frozen=True)
class Relation:
    """A relation type as declared in ontology/kg.ttl."""

    name: str  # snake_case, as on the command line: "rival_of"
    iri: str
    label: str
    definition: str
    symmetric: bool
    color: str
    dashes: bool


@dataclass(frozen=True)
class EntityType:
    """An entity class as declared in ontology/kg.ttl."""

    name: str  # local name: "Politician"
    iri: str
    label: str
    color: str


@dataclass(frozen=True)
class Entity:
    id: str  # slug: "karen-bass"
    iri: str
    label: str
    type: str  # EntityType.name
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Evidence:
    """One statement behind an edge: where and when it was said, in the source's own words."""

    source: str  # source title, or outlet and date when there is no title
    source_id: str
    quote: str
    date: str | None = None
    url: str | None = None
    status: str = "asserted"
    method: str = "curated"
    confidence: float = 1.0
    election: str | None = None  # election label
    from_party: str | None = None  # party label, on party_switch statements
    end_date: str | None = None  # when what was said stopped holding (the end of a party membership)
    span: tuple[int, int] | None = None  # where the quote sits in its source's text: [start, end) characters


@dataclass(frozen=True)
class Edge:
    """A relationship between two entities, with every statement that supports it."""

    subject: str  # entity id
    relation: str  # Relation.name
    object: str  # entity id
    evidence: tuple[Evidence, ...] = field(default=())
