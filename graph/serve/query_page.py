"""The query page of `kg serve`, as the Wikidata Query Service has one: a SPARQL editor
(CodeMirror 6, vendored in static/codemirror/) that highlights and completes kg's prefixes,
keywords, pol: terms and ent: ids; the shipped named queries as examples; results from /sparql
as a table whose entities link to their cards; downloads; and a link that reopens the query.

The page is rendered by the server process from the package alone (the ontology and the shipped
queries). What needs the store runs in a query worker, as every request that reads it does:
the unknown-term warnings (graph.query_terms), the ent: completions and the downloads.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from ..knowledge_graph import KnowledgeGraph
from ..namespaces import ENT, OWL, POL, PREFIXES, RDF, RDFS, local_name
from ..query_errors import KEYWORDS
from ..resolve import MAX_NAME_LENGTH, normalize
from .replies import Limits, Reply, json_reply

__all__ = ["QUERY_CSP", "page", "static_file", "check", "complete", "download", "MAX_COMPLETIONS"]

# The page runs its own two scripts (from /static/, never inline) and fetches only from here.
# CodeMirror would style itself with <style> elements, which style-src 'self' refuses; in a
# shadow root it uses constructed style sheets instead (CSSOM, which style-src does not govern),
# so static/query.js puts the editor in one and style-src stays 'self'.
QUERY_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
MAX_COMPLETIONS = 20
DEFAULT_QUERY = """\
# Who endorsed whom. Entities (ent:...) link to their cards; Ctrl-Enter runs the query.
SELECT ?endorser ?endorserName ?candidate ?candidateName WHERE {
  ?endorser pol:endorsed ?candidate ; rdfs:label ?endorserName .
  ?candidate rdfs:label ?candidateName .
}
ORDER BY ?candidateName ?endorserName
LIMIT 100
"""

_STATIC = Path(__file__).with_name("static")
_STATIC_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
# the files the page loads; nothing else under static/ (licences, the build recipe) is served
_SERVED = ("codemirror/codemirror.js", "query.js", "query.css")
_KINDS = {POL + "RelationType": "relation", OWL + "Class": "class", POL + "Status": "status",
          OWL + "ObjectProperty": "property", OWL + "DatatypeProperty": "property",
          OWL + "AnnotationProperty": "property"}


# --- in the server process ---------------------------------------------------------------------


def page() -> Reply:
    """The query page (the same for every request: the query to show comes in the URL's #)."""
    return Reply(200, "text/html; charset=utf-8", _page_html(), (("content-security-policy", QUERY_CSP),))


@cache
def _page_html() -> bytes:
    from ..query import named_queries
    from .browse import _templates

    queries = [{"name": q.name, "description": q.description, "text": q.text} for q in named_queries()]
    vocabulary = {"prefixes": PREFIXES, "keywords": sorted(KEYWORDS), "terms": _vocabulary(),
                  "queries": queries, "entity": ENT}
    html = _templates().get_template("query.html").render(
        title="kg: query", q="", problem=None, queries=queries, vocabulary=vocabulary, default_query=DEFAULT_QUERY)
    return html.encode("utf-8")


def _vocabulary() -> list[dict[str, str]]:
    """The pol: terms of the ontology (kg.ttl) with their kind and label, for completion."""
    from ..ontology import ontology_store

    kinds: dict[str, str] = {}
    labels: dict[str, str] = {}
    for quad in ontology_store().quads_for_pattern(None, None, None):
        subject = quad.subject.value if isinstance(quad.subject, ox.NamedNode) else ""
        if not subject.startswith(POL) or subject == POL:
            continue
        if quad.predicate.value == RDF + "type" and quad.object.value in _KINDS:
            kind = _KINDS[quad.object.value]
            if kinds.get(subject) != "relation":  # a relation type is also an owl:ObjectProperty
                kinds[subject] = kind
        elif quad.predicate.value == RDFS + "label":
            labels[subject] = quad.object.value
    return [{"name": iri[len(POL):], "kind": kinds[iri], "label": labels.get(iri, "")} for iri in sorted(kinds)]


@dataclass(frozen=True)
class StaticFile:
    body: bytes
    media_type: str


def static_file(name: str) -> StaticFile | None:
    """One of the files the page loads, by its path under /static/; None for any other name."""
    return _static_files().get(name)


@cache
def _static_files() -> dict[str, StaticFile]:
    return {name: StaticFile((_STATIC / name).read_bytes(), _STATIC_TYPES[Path(name).suffix]) for name in _SERVED}


# --- in a query worker -------------------------------------------------------------------------


def check(kg: KnowledgeGraph, limits: Limits, *, query: str) -> Reply:
    """{"error": ..., "warnings": [...]}: what /sparql would refuse `query` with (the message of
    graph.query.run_query, which parses it over an empty store, so nothing of the graph is read),
    else null; and the pol: and ent: terms it names that the graph lacks, each with the closest
    it has (graph.query_terms). The page asks before it runs a query, so that a mistake is an
    answer (200), not a failed request in the browser's console."""
    from ..errors import QueryError, ReadOnlyQuery
    from ..query import run_query
    from ..query_terms import unknown_term_warnings
    from .protocol import READ_ONLY

    try:
        run_query(ox.Store(), query)
        error = None
    except ReadOnlyQuery:
        error = READ_ONLY
    except QueryError as refused:
        error = str(refused)
    return json_reply(200, {"error": error, "warnings": unknown_term_warnings(kg.store, query)})


def complete(kg: KnowledgeGraph, limits: Limits, *, word: str) -> Reply:
    """{"completions": [{"id", "label"}, ...]}: up to MAX_COMPLETIONS entities for `ent:word`,
    those whose id begins with `word` first, then those with a name (label or alias) that
    begins with it, then those with a word of a name that does; case and accents ignored."""
    if len(word) > MAX_NAME_LENGTH:
        return json_reply(200, {"completions": []})
    start, key = word.lower(), normalize(word)
    ranked = []
    for entity_id, label, keys in _names(kg):
        if entity_id.startswith(start):
            rank = 0
        elif key and any(name.startswith(key) for name in keys):
            rank = 1
        elif key and any(f" {key}" in name for name in keys):
            rank = 2
        else:
            continue
        ranked.append((rank, entity_id, label))
    ranked.sort()
    found = [{"id": entity_id, "label": label} for _, entity_id, label in ranked[:MAX_COMPLETIONS]]
    return json_reply(200, {"completions": found})


@cache
def _names(kg: KnowledgeGraph) -> list[tuple[str, str, tuple[str, ...]]]:
    """(id, label, name keys) of every entity; read once per worker (its store never changes)."""
    from .. import sparql

    labels: dict[str, str] = {}
    keys: dict[str, set[str]] = {}
    for row in sparql.select(kg.store, "names"):
        iri = row["entity"].value
        labels[iri] = row["label"].value
        keys.setdefault(iri, set()).add(normalize(row["name"].value))
    return sorted((local_name(iri), labels[iri], tuple(sorted(keys[iri]))) for iri in labels)


_DOWNLOADS = {"text/csv": "csv", "application/sparql-results+json": "json", "text/turtle": "ttl",
              "application/ld+json": "jsonld", "application/sparql-results+xml": "srx",
              "text/tab-separated-values": "tsv", "application/n-triples": "nt", "application/rdf+xml": "rdf"}


def download(kg: KnowledgeGraph, limits: Limits, *, query: str, accept: str, format: str | None = None) -> Reply:
    """The answer of /sparql to the same request, as a file to save (Content-Disposition). A
    CSV is meant for a spreadsheet: its cells that would run as formulas are made text
    (graph.spreadsheet, as `kg query -f csv` does), from the TSV answer, which keeps the terms."""
    from .protocol import RESULTS_TYPES, choose
    from .results import answer

    csv = choose(accept, RESULTS_TYPES) == "text/csv"
    reply = answer(kg, limits, query=query, accept="text/tab-separated-values" if csv else accept, format=format)
    media_type = reply.media_type.split(";", 1)[0]
    if reply.status != 200:
        return reply
    body = reply.body
    if csv and media_type == "text/tab-separated-values":
        from ..spreadsheet import neutralise_sparql_csv

        results = ox.parse_query_results(body, ox.QueryResultsFormat.TSV)
        if isinstance(results, ox.QuerySolutions):
            body = neutralise_sparql_csv(results).encode("utf-8")
        else:
            body = results.serialize(format=ox.QueryResultsFormat.CSV)
        media_type = "text/csv"
    extension = _DOWNLOADS.get(media_type, "txt")
    headers = (("content-disposition", f'attachment; filename="kg-query.{extension}"'),)
    return Reply(200, media_type, body, headers)
