"""The SPARQL 1.1 Protocol, request side: where the query is in a request, and which result
format the client accepts (content negotiation). Pure functions, no I/O, no store.

Queries come by GET (`?query=`), by POST with an `application/sparql-query` body, or by POST of
an `application/x-www-form-urlencoded` form with `query=`. Updates in any form
(`update=`, an `application/sparql-update` body) are refused here with 403, before any process
sees them; an update written into `query=` fails to parse as a query and is refused as well
(graph.serve.results). `format=` (a short name or a media type) overrides the Accept header.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs

__all__ = [
    "RESULTS_TYPES",
    "GRAPH_TYPES",
    "ProtocolError",
    "SparqlRequest",
    "parse_request",
    "choose",
    "acceptable",
]

# What a SELECT or ASK answer can be sent as, in order of preference (first: the default).
RESULTS_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
    "application/json",
    "application/xml",
    "text/xml",
)
# What a CONSTRUCT or DESCRIBE answer can be sent as, likewise.
GRAPH_TYPES = (
    "text/turtle",
    "application/n-triples",
    "application/ld+json",
    "application/rdf+xml",
    "text/plain",
    "application/json",
)

# format= short names: for SELECT/ASK and for CONSTRUCT/DESCRIBE (json and xml name one of each).
_FORMAT_NAMES = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "ttl": (None, "text/turtle"),
    "turtle": (None, "text/turtle"),
    "nt": (None, "application/n-triples"),
    "ntriples": (None, "application/n-triples"),
    "jsonld": (None, "application/ld+json"),
    "rdfxml": (None, "application/rdf+xml"),
}

_QUERY_BODY = "application/sparql-query"
_UPDATE_BODY = "application/sparql-update"
_FORM = "application/x-www-form-urlencoded"

READ_ONLY = (
    "This endpoint is read-only: SPARQL updates are refused. Change the data files and run "
    "kg build, then restart kg serve."
)


class ProtocolError(Exception):
    """A request the endpoint cannot take: carries the HTTP status and a message for the client."""

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message
        super().__init__(message)


@dataclass(frozen=True)
class SparqlRequest:
    query: str
    accept: str  # the Accept header, or what format= stands for
    format: str | None = None  # the format= value, when given (for messages)


def parse_request(
    method: str,
    params: Mapping[str, Sequence[str]],
    content_type: str | None,
    body: bytes,
    accept: str | None,
) -> SparqlRequest:
    """The query and the wanted formats of one request to the endpoint.

    `params` are the URL's query parameters (name -> values). Raises ProtocolError: 403 for an
    update, 415 for a body of another type, 400 for no query, several, or an unknown format=.
    """
    fields: dict[str, list[str]] = {name: list(values) for name, values in params.items()}
    if method == "POST":
        media_type = (content_type or "").split(";", 1)[0].strip().lower()
        if media_type == _UPDATE_BODY:
            raise ProtocolError(403, READ_ONLY)
        if media_type == _QUERY_BODY:
            if "query" in fields:
                raise ProtocolError(400, "Give the query either as the request body or as query=, not both.")
            fields["query"] = [_text(body)]
        elif media_type == _FORM:
            for name, values in parse_qs(_text(body), keep_blank_values=True).items():
                fields.setdefault(name, []).extend(values)
        elif body or media_type:
            raise ProtocolError(
                415,
                f"Unsupported request body type {media_type or '(none)'!r}: send the query as "
                f"{_QUERY_BODY} or as a {_FORM} form with query=.",
            )
    elif method not in ("GET", "HEAD"):
        raise ProtocolError(405, "Use GET or POST.")
    if "update" in fields:
        raise ProtocolError(403, READ_ONLY)
    for name in ("default-graph-uri", "named-graph-uri"):
        if any(value.strip() for value in fields.get(name, [])):
            raise ProtocolError(400, f"{name} is not supported: the whole graph is the default graph.")
    queries = fields.get("query", [])
    if not queries:
        raise ProtocolError(400, f"No query: give ?query=... (GET), a form field query=... or an {_QUERY_BODY} body (POST).")
    if len(queries) > 1:
        raise ProtocolError(400, "Give exactly one query= parameter, not several.")
    if not queries[0].strip():
        raise ProtocolError(400, "The query is empty.")
    formats = fields.get("format", [])
    if len(formats) > 1:
        raise ProtocolError(400, "Give at most one format= parameter.")
    if formats:
        return SparqlRequest(queries[0], _format_accept(formats[0]), formats[0])
    return SparqlRequest(queries[0], accept or "*/*")


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "The request body is not UTF-8 text.") from None


def _format_accept(value: str) -> str:
    """format= as an Accept header: a short name stands for its media types, a media type for itself."""
    name = value.strip().lower()
    if "/" in name:
        return name
    if name not in _FORMAT_NAMES:
        raise ProtocolError(400, f"Unknown format {value!r}; use one of {', '.join(_FORMAT_NAMES)} or a media type.")
    return ", ".join(t for t in _FORMAT_NAMES[name] if t)


def _ranges(accept: str) -> list[tuple[str, str, float]]:
    """(type, subtype, q) of each media range in an Accept header; malformed ones are skipped."""
    ranges = []
    for part in accept.split(","):
        media, *parameters = part.split(";")
        kind, _, subtype = media.strip().lower().partition("/")
        if not kind or not subtype:
            continue
        q = 1.0
        for parameter in parameters:
            key, _, value = parameter.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((kind, subtype, q))
    return ranges


def choose(accept: str, offers: Sequence[str]) -> str | None:
    """The offer the Accept header prefers (RFC 9110: for each offer the q of the most specific
    range that matches it; the highest q wins, ties go to the earlier offer); None if none is
    acceptable.

    >>> choose("text/csv;q=0.5, application/sparql-results+json", RESULTS_TYPES)
    'application/sparql-results+json'
    >>> choose("text/*", RESULTS_TYPES)
    'text/csv'
    >>> choose("image/png", RESULTS_TYPES) is None
    True
    """
    ranges = _ranges(accept)
    best, best_q = None, 0.0
    for offer in offers:
        kind, _, subtype = offer.partition("/")
        matches = [(_specificity(r_kind, r_subtype, kind, subtype), q) for r_kind, r_subtype, q in ranges]
        specificity, q = max(matches, default=(-1, 0.0))
        if specificity >= 0 and q > best_q:
            best, best_q = offer, q
    return best


def _specificity(range_kind: str, range_subtype: str, kind: str, subtype: str) -> int:
    """2: the range names the type exactly, 1: type/*, 0: */*, -1: it does not match."""
    if (range_kind, range_subtype) == (kind, subtype):
        return 2
    if range_subtype == "*":
        return 1 if range_kind == kind else 0 if range_kind == "*" else -1
    return -1


def acceptable(accept: str) -> bool:
    """Whether any kind of answer could be sent (else the request gets 406 before it runs)."""
    return choose(accept, RESULTS_TYPES + GRAPH_TYPES) is not None
