"""Turn a checked corpus into RDF (N-Triples text): entities, sources, statements, direct triples.

Each statement becomes a pol:Statement node (rdf:subject/predicate/object plus its date,
election, quote, source, method, confidence and status), and what the as-of rule reads (graph.asof):
pol:saidOn, its own date else its source's (`said_on`, the one place that decides it), and the
last days of that period and of its end date's (pol:countsFrom, pol:countsUntil) for SPARQL, and
where its quote sits in its source's text (oa:hasSelector: a TextQuoteSelector <stmt:ID-quote> and a
TextPositionSelector <stmt:ID-position>, graph.anchors). Only asserted statements also give
the direct "truthy" triple; for a symmetric relation the direct triple is written both ways.

The output is N-Triples text rather than pyoxigraph term objects because building a million
Python objects cost more than Oxigraph's own loading (kg build of 1M triples: 12.6 s with
objects; see benchmarks/). IRIs are made only from checked slugs, Wikidata ids and checked
http(s) URLs (graph.datafiles); every literal goes through `_literal`, which escapes it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping

from . import ontology
from .anchors import Anchor
from .asof import period_end
from .datafiles import Corpus, EntityRow, SourceRow, StatementRow, date_datatype
from .namespaces import DCTERMS, ENT, OA, OWL, POL, PROV, RDF, RDFS, SCHEMA, SKOS, SRC, STMT, WD, XSD
from .resolve import normalize

__all__ = [
    "corpus_ntriples", "source_ntriples", "entity_ntriples", "statement_ntriples",
    "statement_id", "source_label", "said_on",
]  # fmt: skip

def _literal(value: str) -> str:
    """A plain N-Triples literal: backslash, quote and line breaks escaped (str.translate is 5×
    slower here: most values need no escape at all)."""
    if "\\" in value or '"' in value or "\n" in value or "\r" in value:
        value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{value}"'


def _date(value: str) -> str:
    return f'"{value}"^^<{XSD}{date_datatype(value)}>'


def statement_id(row: StatementRow) -> str:
    """A stable id from what the statement says and where: the same claim gets the same node."""
    key = "\x1f".join(
        (row.subject, row.relation, row.object, row.from_party, row.date, row.end_date,
         row.election, row.source, row.quote, row.status)
    )  # fmt: skip
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


_A, _LABEL = f"<{RDF}type>", f"<{RDFS}label>"


def corpus_ntriples(corpus: Corpus) -> Iterator[str]:
    """The corpus as N-Triples, one chunk of whole lines per source, entity or statement."""
    yield from source_ntriples(corpus.sources)
    yield from entity_ntriples(corpus.entities)
    yield from statement_ntriples(corpus.statements, {s.id: s.date for s in corpus.sources})


def source_ntriples(sources: Iterable[SourceRow]) -> Iterator[str]:
    a, label = _A, _LABEL
    for source in sources:
        node = f"<{SRC}{source.id}>"
        lines = [
            f"{node} {a} <{POL}NewsArticle> .",
            f"{node} {label} {_literal(source_label(source.title, source.outlet, source.date, source.text))} .",
            f"{node} <{POL}text> {_literal(source.text)} .",
        ]
        if source.title:
            lines.append(f"{node} <{DCTERMS}title> {_literal(source.title)} .")
        if source.outlet:
            lines.append(f"{node} <{POL}outlet> {_literal(source.outlet)} .")
        if source.date:
            lines.append(f"{node} <{DCTERMS}date> {_date(source.date)} .")
        if source.url:
            lines.append(f"{node} <{SCHEMA}url> <{source.url}> .")
        yield "\n".join(lines) + "\n"


def entity_ntriples(entities: Iterable[EntityRow]) -> Iterator[str]:
    a, label = _A, _LABEL
    for entity in entities:
        node = f"<{ENT}{entity.id}>"
        lines = [f"{node} {a} <{POL}{entity.type}> .", f"{node} {label} {_literal(entity.label)} ."]
        lines += [f"{node} <{SKOS}altLabel> {_literal(alias)} ." for alias in entity.aliases]
        keys = {normalize(name) for name in (entity.label, entity.id, *entity.aliases)} - {""}
        lines += [f"{node} <{POL}nameKey> {_literal(key)} ." for key in sorted(keys)]
        words = normalize(entity.label).split()
        if len(words) > 1:
            lines.append(f"{node} <{POL}lastWordKey> {_literal(words[-1])} .")
        if entity.wikidata:
            lines.append(f"{node} <{OWL}sameAs> <{WD}{entity.wikidata}> .")
        if entity.description:
            lines.append(f"{node} <{SCHEMA}description> {_literal(entity.description)} .")
        yield "\n".join(lines) + "\n"


def said_on(row: StatementRow, source_dates: Mapping[str, str]) -> str:
    """When a statement was said, for the as-of rule: its own date, else its source's ("" if neither)."""
    return row.date or source_dates.get(row.source, "")


def statement_ntriples(statements: Iterable[StatementRow], source_dates: Mapping[str, str]) -> Iterator[str]:
    """`source_dates`: each source's date by id ("" when undated), which dates its undated statements."""
    a = _A
    relations = {r.name: r for r in ontology.relations()}
    for row in statements:
        relation = relations[row.relation]
        subject, predicate, obj = f"<{ENT}{row.subject}>", f"<{relation.iri}>", f"<{ENT}{row.object}>"
        sid = statement_id(row)
        node = f"<{STMT}{sid}>"
        lines = [
            f"{node} {a} <{POL}Statement> .",
            f"{node} <{RDF}subject> {subject} .",
            f"{node} <{RDF}predicate> {predicate} .",
            f"{node} <{RDF}object> {obj} .",
            f"{node} <{POL}status> <{POL}{row.status}> .",
            f"{node} <{POL}quote> {_literal(row.quote)} .",
            f"{node} <{PROV}wasDerivedFrom> <{SRC}{row.source}> .",
            f"{node} <{POL}method> {_literal(row.method)} .",
            f'{node} <{POL}confidence> "{row.confidence}"^^<{XSD}decimal> .',
        ]
        if row.date:
            lines.append(f"{node} <{POL}date> {_date(row.date)} .")
        if row.end_date:
            lines.append(f"{node} <{POL}endDate> {_date(row.end_date)} .")
            lines.append(f'{node} <{POL}countsUntil> "{period_end(row.end_date)}"^^<{XSD}date> .')
        said = said_on(row, source_dates)
        if said:
            lines.append(f"{node} <{POL}saidOn> {_date(said)} .")
            lines.append(f'{node} <{POL}countsFrom> "{period_end(said)}"^^<{XSD}date> .')
        if row.election:
            lines.append(f"{node} <{POL}election> <{ENT}{row.election}> .")
        if row.from_party:
            lines.append(f"{node} <{POL}fromParty> <{ENT}{row.from_party}> .")
        if row.anchor is not None:
            lines += _selectors(node, sid, row.quote, row.anchor)
        if row.status == "asserted":
            lines.append(f"{subject} {predicate} {obj} .")
            if relation.symmetric:
                lines.append(f"{obj} {predicate} {subject} .")
        yield "\n".join(lines) + "\n"


def _selectors(node: str, sid: str, quote: str, anchor: Anchor) -> list[str]:
    """The quote's place in its source as W3C Web Annotation selectors, named after the statement."""
    by_quote, by_position = f"<{STMT}{sid}-quote>", f"<{STMT}{sid}-position>"
    integer = f"<{XSD}integer>"  # oa: says a non-negative integer; Oxigraph stores that type as xsd:integer anyway
    return [
        f"{node} <{OA}hasSelector> {by_quote} .",
        f"{by_quote} {_A} <{OA}TextQuoteSelector> .",
        f"{by_quote} <{OA}exact> {_literal(quote)} .",
        f"{by_quote} <{OA}prefix> {_literal(anchor.prefix)} .",
        f"{by_quote} <{OA}suffix> {_literal(anchor.suffix)} .",
        f"{node} <{OA}hasSelector> {by_position} .",
        f"{by_position} {_A} <{OA}TextPositionSelector> .",
        f'{by_position} <{OA}start> "{anchor.start}"^^{integer} .',
        f'{by_position} <{OA}end> "{anchor.end}"^^{integer} .',
    ]


_NAME_LENGTH = 90  # characters of an article's first line that name it
_DATE_MARK = re.compile(r"^date\s+\d{4}-\d{2}(?:-\d{2})?\s+", re.IGNORECASE)


def source_label(title: str, outlet: str, date: str, text: str) -> str:
    """How a source is named to a reader, never by its id: outlet and title, else outlet and date,
    else its title, else the first line of its text (cut at a word, with its date)."""
    if outlet and title:
        return f"{outlet}: {title}"
    if outlet:
        return f"{outlet} {date}".strip()
    if title:
        return title
    line = " ".join(text[: _NAME_LENGTH * 20].lstrip().split("\n", 1)[0].split())  # its first line
    line = _DATE_MARK.sub("", line)  # (a scraped "date 2022-08-03" before it: the date is said after)
    if len(line) > _NAME_LENGTH:
        line = line[: _NAME_LENGTH + 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    if date and date not in line:
        line = f"{line} ({date})"
    return line or date
