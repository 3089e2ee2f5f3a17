"""Turn a checked corpus into RDF: entities, sources, statement nodes and direct triples.

Each statement becomes a pol:Statement node (rdf:subject/predicate/object plus its date,
election, quote, source, method, confidence and status). Only asserted statements also give
the direct "truthy" triple; for a symmetric relation the direct triple is written both ways.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pyoxigraph as ox

from . import ontology
from .datafiles import Corpus, StatementRow, date_datatype
from .resolve import normalize
from .namespaces import DCTERMS, ENT, OWL, POL, PROV, RDF, RDFS, SCHEMA, SKOS, SRC, STMT, WD, XSD

__all__ = ["corpus_triples", "statement_id"]

_TYPE = ox.NamedNode(RDF + "type")
_LABEL = ox.NamedNode(RDFS + "label")
_NAME_KEY = ox.NamedNode(POL + "nameKey")
_LAST_WORD_KEY = ox.NamedNode(POL + "lastWordKey")


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _string(value: str) -> ox.Literal:
    return ox.Literal(value)


def _date(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=_n(XSD + date_datatype(value)))


def statement_id(row: StatementRow) -> str:
    """A stable id from what the statement says and where: the same claim gets the same node."""
    key = "\x1f".join(
        (row.subject, row.relation, row.object, row.from_party, row.date, row.end_date,
         row.election, row.source, row.quote, row.status)
    )  # fmt: skip
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def corpus_triples(corpus: Corpus) -> Iterator[ox.Triple]:
    """Every triple of the corpus, in a deterministic order."""
    for source in corpus.sources:
        node = _n(SRC + source.id)
        yield ox.Triple(node, _TYPE, _n(POL + "NewsArticle"))
        yield ox.Triple(node, _LABEL, _string(source_label(source.title, source.outlet, source.date, source.id)))
        if source.title:
            yield ox.Triple(node, _n(DCTERMS + "title"), _string(source.title))
        if source.outlet:
            yield ox.Triple(node, _n(POL + "outlet"), _string(source.outlet))
        if source.date:
            yield ox.Triple(node, _n(DCTERMS + "date"), _date(source.date))
        if source.url:
            yield ox.Triple(node, _n(SCHEMA + "url"), _n(source.url))
        yield ox.Triple(node, _n(POL + "text"), _string(source.text))

    for entity in corpus.entities:
        node = _n(ENT + entity.id)
        yield ox.Triple(node, _TYPE, _n(POL + entity.type))
        yield ox.Triple(node, _LABEL, _string(entity.label))
        for alias in entity.aliases:
            yield ox.Triple(node, _n(SKOS + "altLabel"), _string(alias))
        keys = {normalize(name) for name in (entity.label, entity.id, *entity.aliases)} - {""}
        for key in sorted(keys):
            yield ox.Triple(node, _NAME_KEY, _string(key))
        words = normalize(entity.label).split()
        if len(words) > 1:
            yield ox.Triple(node, _LAST_WORD_KEY, _string(words[-1]))
        if entity.wikidata:
            yield ox.Triple(node, _n(OWL + "sameAs"), _n(WD + entity.wikidata))
        if entity.description:
            yield ox.Triple(node, _n(SCHEMA + "description"), _string(entity.description))

    relations = {r.name: r for r in ontology.relations()}
    for row in corpus.statements:
        subject, obj = _n(ENT + row.subject), _n(ENT + row.object)
        relation = relations[row.relation]
        predicate = _n(relation.iri)
        node = _n(STMT + statement_id(row))
        yield ox.Triple(node, _TYPE, _n(POL + "Statement"))
        yield ox.Triple(node, _n(RDF + "subject"), subject)
        yield ox.Triple(node, _n(RDF + "predicate"), predicate)
        yield ox.Triple(node, _n(RDF + "object"), obj)
        yield ox.Triple(node, _n(POL + "status"), _n(POL + row.status))
        yield ox.Triple(node, _n(POL + "quote"), _string(row.quote))
        yield ox.Triple(node, _n(PROV + "wasDerivedFrom"), _n(SRC + row.source))
        yield ox.Triple(node, _n(POL + "method"), _string(row.method))
        yield ox.Triple(node, _n(POL + "confidence"), ox.Literal(row.confidence, datatype=_n(XSD + "decimal")))
        if row.date:
            yield ox.Triple(node, _n(POL + "date"), _date(row.date))
        if row.end_date:
            yield ox.Triple(node, _n(POL + "endDate"), _date(row.end_date))
        if row.election:
            yield ox.Triple(node, _n(POL + "election"), _n(ENT + row.election))
        if row.from_party:
            yield ox.Triple(node, _n(POL + "fromParty"), _n(ENT + row.from_party))
        if row.status == "asserted":
            yield ox.Triple(subject, predicate, obj)
            if relation.symmetric:
                yield ox.Triple(obj, predicate, subject)


def source_label(title: str, outlet: str, date: str, source_id: str) -> str:
    """How a source is named to a reader: its title, else outlet and date, else its id."""
    if title:
        return title
    if outlet:
        return f"{outlet} {date}".strip()
    return source_id
