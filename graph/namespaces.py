"""IRIs of the kg vocabulary and the prefixes predeclared for SPARQL and serializations."""

from __future__ import annotations

__all__ = ["POL", "ENT", "STMT", "SRC", "WD", "OA", "PREFIXES", "entity_iri", "local_name"]

POL = "urn:kg:pol:"
ENT = "urn:kg:entity:"
STMT = "urn:kg:statement:"
SRC = "urn:kg:source:"
WD = "http://www.wikidata.org/entity/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "http://schema.org/"
DCTERMS = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
OA = "http://www.w3.org/ns/oa#"  # W3C Web Annotation: where a statement's quote sits in its source

PREFIXES: dict[str, str] = {
    "pol": POL,
    "ent": ENT,
    "stmt": STMT,
    "src": SRC,
    "wd": WD,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "skos": SKOS,
    "prov": PROV,
    "schema": SCHEMA,
    "dcterms": DCTERMS,
    "xsd": XSD,
    "oa": OA,
}


def entity_iri(entity_id: str) -> str:
    return ENT + entity_id


def local_name(iri: str) -> str:
    """The part after the namespace: 'urn:kg:entity:karen-bass' -> 'karen-bass'."""
    for namespace in (ENT, POL, SRC, STMT):
        if iri.startswith(namespace):
            return iri[len(namespace) :]
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
