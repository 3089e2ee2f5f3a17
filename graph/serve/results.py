"""Answer one SPARQL query within the result-size limit, in the negotiated format (runs in a
query worker, graph.serve.workers, which also enforces the time limit).

An answer is bounded while it is produced, not after: solutions are first written as SPARQL
TSV and triples as N-Triples, both one line per solution or triple (line breaks inside values
are escaped), into a writer that stops the evaluation at the first line past the limit. Within
the limit, that text is the answer (for TSV and N-Triples) or is parsed back and written in the
format asked for; a query whose answer is too large is never evaluated past the limit.
"""

from __future__ import annotations

import io

import pyoxigraph as ox

from ..errors import QueryError, ReadOnlyQuery
from ..knowledge_graph import KnowledgeGraph
from ..namespaces import PREFIXES
from ..query import run_query
from .protocol import GRAPH_TYPES, READ_ONLY, RESULTS_TYPES, choose
from .replies import Limits, Reply, text_reply

__all__ = ["answer"]

_RESULTS_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


class _TooLarge(Exception):
    pass


class _TooManyBytes(Exception):
    pass


class _LineLimit(io.RawIOBase):
    """A binary writer that keeps what it is given; raises _TooLarge past `limit` lines and
    _TooManyBytes past `max_bytes` bytes."""

    def __init__(self, limit: int, max_bytes: int) -> None:
        self.limit = limit
        self.max_bytes = max_bytes
        self.lines = 0
        self.buffer = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        chunk = bytes(data)
        self.lines += chunk.count(b"\n")
        if self.lines > self.limit:
            raise _TooLarge
        if len(self.buffer) + len(chunk) > self.max_bytes:
            raise _TooManyBytes
        self.buffer += chunk
        return len(chunk)


def answer(kg: KnowledgeGraph, limits: Limits, *, query: str, accept: str, format: str | None = None) -> Reply:
    """The reply to a SPARQL query: the results (200), or why not (400 syntax, 403 update,
    406 no acceptable format, 413 over the row, triple or byte limit)."""
    try:
        result = run_query(kg.store, query)
    except ReadOnlyQuery:
        return text_reply(403, READ_ONLY)
    except QueryError as error:
        return text_reply(400, str(error))
    graph = isinstance(result, ox.QueryTriples)
    offers = GRAPH_TYPES if graph else RESULTS_TYPES
    chosen = choose(accept, offers)
    if chosen is None:
        asked = f"format={format}" if format else f"Accept: {accept}"
        kind = "CONSTRUCT and DESCRIBE" if graph else "SELECT and ASK"
        return text_reply(406, f"No acceptable format for {asked}. {kind} answers come as: {', '.join(offers)}.")
    try:
        if isinstance(result, ox.QueryBoolean):
            target = _RESULTS_FORMATS[chosen]
            return Reply(200, target.media_type, result.serialize(format=target))
        if graph:
            reply = _graph_reply(result, _GRAPH_FORMATS[chosen], limits)
        else:
            reply = _solutions_reply(result, _RESULTS_FORMATS[chosen], limits)
    except _TooManyBytes:
        return text_reply(413, limits.bytes_message())
    except OSError as error:
        return text_reply(500, f"The query failed: {error}")
    # (the format asked for may be larger than the TSV or N-Triples the limit was counted on)
    return text_reply(413, limits.bytes_message()) if len(reply.body) > limits.max_bytes else reply


def _solutions_reply(solutions: ox.QuerySolutions, target: ox.QueryResultsFormat, limits: Limits) -> Reply:
    max_rows = limits.max_rows
    tsv = _LineLimit(max_rows + 1, limits.max_bytes)  # the header line, then one line per solution
    try:
        solutions.serialize(tsv, format=ox.QueryResultsFormat.TSV)
    except _TooLarge:
        return text_reply(413, f"The answer has more than {max_rows:,} rows, the limit of this server "
                               "(kg serve --max-rows). Add a LIMIT, or narrow the query down.")
    body = bytes(tsv.buffer)
    if target is not ox.QueryResultsFormat.TSV:
        body = ox.parse_query_results(body, ox.QueryResultsFormat.TSV).serialize(format=target)
    return Reply(200, target.media_type, body)


def _graph_reply(triples: ox.QueryTriples, target: ox.RdfFormat, limits: Limits) -> Reply:
    max_triples = limits.max_triples
    nt = _LineLimit(max_triples, limits.max_bytes)
    try:
        triples.serialize(nt, format=ox.RdfFormat.N_TRIPLES)
    except _TooLarge:
        return text_reply(413, f"The answer has more than {max_triples:,} triples, the limit of this server "
                               "(kg serve --max-triples). Add a LIMIT, or narrow the query down.")
    body = bytes(nt.buffer)
    if target is not ox.RdfFormat.N_TRIPLES:
        parsed = ox.parse(input=body, format=ox.RdfFormat.N_TRIPLES)
        body = ox.serialize(parsed, format=target, prefixes=PREFIXES if target is ox.RdfFormat.TURTLE else None)
    return Reply(200, target.media_type, body)
