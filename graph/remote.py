"""A remote SPARQL 1.1 endpoint used as kg's store, over HTTP with the standard library only.

`RemoteStore` answers the part of `pyoxigraph.Store` that kg uses (`query` with `prefixes`, `len`), so `KnowledgeGraph(RemoteStore(url))` works as on the embedded store,
and adds `replace_graph` to load a whole graph at once. Results come back as pyoxigraph's own
objects, parsed by pyoxigraph.

- Queries are POSTed with the SPARQL 1.1 Protocol (`query=`, `default-graph-uri=<graph>`): the
  project's named graph is the default graph, whatever else the server holds.
- Bound values arrive already in the query text, as the VALUES block graph.sparql writes (terms
  serialized by pyoxigraph); a VALUES block opening the WHERE clause, not a trailing one, since
  Virtuoso 7.2 answers wrongly with a trailing VALUES after ORDER BY + LIMIT, or whose variable
  is bound only inside UNION branches.
- `replace_graph` loads into a fresh staging graph in batches (Graph Store Protocol POST of
  N-Triples, or SPARQL Update `INSERT DATA`), then swaps it in with one update request.

>>> store = RemoteStore("http://127.0.0.1:7878/query", update_url="http://127.0.0.1:7878/update")  # doctest: +SKIP
>>> store.replace_graph(ox.parse(path="ontology/kg.ttl"))  # doctest: +SKIP
173
>>> len(store)  # doctest: +SKIP
173
"""

from __future__ import annotations

import html
import http.client
import json
import re
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterable, Mapping
from email.message import Message

import pyoxigraph as ox

from .errors import InvalidArgument, QueryError, StoreError

__all__ = ["DEFAULT_GRAPH", "EndpointError", "RemoteQueryError", "RemoteStore"]

DEFAULT_GRAPH = "urn:kg:graph"

_RESULTS_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.8"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.8, application/rdf+xml;q=0.5"
_ERROR_TEXT = 300  # characters of a server's error message kept in ours


class EndpointError(StoreError):
    """The endpoint answered with an HTTP error status (kept in `status`)."""

    def __init__(self, message: str, *, url: str, status: int) -> None:
        super().__init__(message)
        self.url = url
        self.status = status


class RemoteQueryError(QueryError, SyntaxError):
    """The endpoint refused a query as malformed (HTTP 400).

    A SyntaxError too, as pyoxigraph's `Store.query` raises for a bad query, so callers written
    for the embedded store (e.g. `graph.query.run_query`) handle both the same way.
    """


def _query_form(query: str) -> str | None:
    """'SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE' or 'UPDATE'; None when it starts otherwise."""
    from .query_text import query_form, update_keyword

    return "UPDATE" if update_keyword(query) else query_form(query)


def _shorten(body: bytes, content_type: str) -> str:
    text = body.decode("utf-8", errors="replace")
    if "html" in content_type:
        text = html.unescape(re.sub(r"<[^>]*>", " ", text))
    text = " ".join(text.split())
    return text if len(text) <= _ERROR_TEXT else text[: _ERROR_TEXT - 1] + "…"


def _media_type(headers: Message) -> str:
    return (headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()


def _iri(value: str, what: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(value)
    except ValueError as exc:
        raise InvalidArgument(f"{what} {value!r} is not an IRI: {exc}") from None


class RemoteStore:
    """The subset of `pyoxigraph.Store` that kg uses, answered by a SPARQL 1.1 endpoint.

    `query_url` takes SPARQL queries; `update_url` (SPARQL Update) and optionally
    `graph_store_url` (Graph Store Protocol, faster loading) are needed by `replace_graph` only.
    Every query sees `graph` as its default graph. `timeout` is in seconds, for each connection
    and each wait for data. `user` and `password` answer HTTP basic or digest authentication.
    Errors: StoreError (unreachable, too slow, HTTP error), QueryError (query refused as malformed).
    """

    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        graph_store_url: str | None = None,
        graph: str = DEFAULT_GRAPH,
        timeout: float = 30.0,
        user: str | None = None,
        password: str | None = None,
    ) -> None:
        urls = [url for url in (query_url, update_url, graph_store_url) if url is not None]
        for url in urls:
            if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
                raise InvalidArgument(f"SPARQL endpoint {url!r} is not an http:// or https:// URL")
        if not timeout > 0:
            raise InvalidArgument(f"the timeout must be a positive number of seconds, not {timeout}")
        self.query_url = query_url
        self.update_url = update_url
        self.graph_store_url = graph_store_url
        self.graph = graph
        self.timeout = timeout
        self._graph = _iri(graph, "graph")
        handlers: list[urllib.request.BaseHandler] = []
        if user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, urls, user, password or "")
            handlers += [
                urllib.request.HTTPDigestAuthHandler(passwords),
                urllib.request.HTTPBasicAuthHandler(passwords),
            ]
        self._opener = urllib.request.build_opener(*handlers)
        self._piece: int | None = None  # the largest load request the server took, once one was refused

    def __repr__(self) -> str:
        return f"RemoteStore({self.query_url!r}, graph={self.graph!r})"

    # --- queries ---------------------------------------------------------------------------

    def query(
        self,
        query: str,
        *,
        prefixes: Mapping[str, str] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Evaluate a SPARQL query on the endpoint, like `pyoxigraph.Store.query`.

        `prefixes` become PREFIX lines before the query (its own PREFIXes still win).
        An update is refused with RemoteQueryError (a SyntaxError, as pyoxigraph raises).
        """
        prologue = "".join(
            f"PREFIX {self._prefix_name(name)}: {_iri(iri, f'prefix {name}:')}\n"
            for name, iri in (prefixes or {}).items()
        )
        text = prologue + query
        form = _query_form(text)
        if form == "UPDATE":
            # pyoxigraph's Store.query refuses updates with a SyntaxError; so do we, before any
            # server (Virtuoso runs an update sent as a query) can act on it.
            raise RemoteQueryError("this is a SPARQL update; only queries (SELECT, ASK, CONSTRUCT, DESCRIBE) run here")
        accept = {
            "SELECT": _RESULTS_ACCEPT,
            "ASK": _RESULTS_ACCEPT,
            "CONSTRUCT": _GRAPH_ACCEPT,
            "DESCRIBE": _GRAPH_ACCEPT,
        }.get(form or "", f"{_RESULTS_ACCEPT}, {_GRAPH_ACCEPT}")
        body = urllib.parse.urlencode({"query": text, "default-graph-uri": self.graph}).encode()
        headers, answer = self._post(
            self.query_url, body, "application/x-www-form-urlencoded", accept=accept, is_query=True
        )
        if headers.get("X-SPARQL-MaxRows"):
            raise StoreError(
                f"{self.query_url} cut the results at {headers['X-SPARQL-MaxRows']} rows "
                "(Virtuoso: raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)"
            )
        return self._parse(answer, _media_type(headers), form)

    def __len__(self) -> int:
        """The number of triples in the project graph."""
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        rows = list(result) if isinstance(result, ox.QuerySolutions) else []
        if len(rows) != 1 or rows[0]["n"] is None:
            raise StoreError(f"{self.query_url} did not answer a COUNT query with one number")
        return int(rows[0]["n"].value)

    @staticmethod
    def _prefix_name(name: str) -> str:
        if not re.fullmatch(r"(?:[A-Za-z][\w.-]*)?", name) or name.endswith("."):
            raise InvalidArgument(f"{name!r} is not a SPARQL prefix name")
        return name

    def _parse(
        self, answer: bytes, media_type: str, form: str | None
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        results_format = ox.QueryResultsFormat.from_media_type(media_type) if media_type else None
        rdf_format = None if results_format else ox.RdfFormat.from_media_type(media_type) if media_type else None
        if results_format is None and rdf_format is None:
            if media_type or form is None:
                what = media_type or "no Content-Type"
                raise StoreError(f"{self.query_url} answered in a format kg cannot read ({what})")
            results_format = ox.QueryResultsFormat.JSON if form in ("SELECT", "ASK") else None
            rdf_format = ox.RdfFormat.N_TRIPLES if results_format is None else None
        if results_format is not None and form in ("CONSTRUCT", "DESCRIBE"):
            raise StoreError(f"{self.query_url} answered a {form} query with {results_format} instead of RDF")
        if rdf_format is not None and form in ("SELECT", "ASK"):
            raise StoreError(f"{self.query_url} answered a {form} query with {rdf_format} instead of results")
        try:
            if results_format is not None:
                return self._parse_results(answer, results_format)
            return _as_query_triples(ox.parse(answer, format=rdf_format))
        except (SyntaxError, ValueError, RecursionError) as exc:  # RecursionError: JSON nested too deep
            what = results_format or rdf_format
            raise StoreError(f"{self.query_url} answered with unreadable {what}: {exc}") from None

    def _parse_results(self, answer: bytes, fmt: ox.QueryResultsFormat) -> ox.QuerySolutions | ox.QueryBoolean:
        try:
            _check_results(answer, fmt)
        except SyntaxError:
            # Virtuoso names blank nodes "nodeID://b10006", which is no blank node label: rename them.
            if fmt != ox.QueryResultsFormat.JSON or b"bnode" not in answer:
                raise
            answer = _relabel_json_blank_nodes(answer)
            _check_results(answer, fmt)
        return ox.parse_query_results(answer, format=fmt)

    # --- writing ---------------------------------------------------------------------------

    def replace_graph(self, triples: Iterable[ox.Triple | ox.Quad], *, batch_size: int = 50_000) -> int:
        """Make the project graph hold exactly `triples`; returns the count read back.

        The triples go in batches of `batch_size` into a fresh staging graph (so memory stays
        bounded and the project graph is untouched while loading; a batch the server refuses as
        too big is split), which then replaces the project graph in one update request (atomic
        where the server runs each request as one transaction, as Oxigraph and Virtuoso do).
        Triples with blank nodes are sent together in the last batch, since a blank node label
        only means the same node within one request. On failure the staging graph is dropped
        and the project graph left as it was.
        """
        if self.update_url is None:
            raise StoreError(f"{self.query_url} was opened without an update URL: it cannot be written")
        if batch_size < 1:
            raise InvalidArgument(f"batch_size must be at least 1, not {batch_size}")
        staging = _iri(f"{self.graph}-staging-{uuid.uuid4().hex}", "staging graph")
        batch: list[ox.Triple] = []
        with_blank_nodes: list[ox.Triple] = []
        try:
            for item in triples:
                triple = ox.Triple(item.subject, item.predicate, item.object) if isinstance(item, ox.Quad) else item
                if isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode):
                    with_blank_nodes.append(triple)
                    continue
                batch.append(triple)
                if len(batch) >= batch_size:
                    self._load(staging, batch)
                    batch = []
            self._load(staging, batch)
            self._load(staging, with_blank_nodes, whole=True)
            self._swap(staging)
        except BaseException:
            try:
                self._update(f"DROP SILENT GRAPH {staging}")
            except StoreError:
                pass
            raise
        return len(self)

    def _load(self, graph: ox.NamedNode, triples: list[ox.Triple], *, whole: bool = False) -> None:
        """Add `triples` to `graph`. A request the server refuses as too big (Virtuoso's SPARQL
        compiler runs out of memory near 5,000 triples; proxies answer 413) is sent again in
        smaller pieces, halving down to one triple, unless it must stay `whole` (blank nodes)."""
        size = min(len(triples), self._piece or len(triples))
        start = 0
        while start < len(triples):
            piece = triples[start : start + size]
            try:
                self._send(graph, piece)
            except EndpointError as exc:
                if whole or size == 1 or exc.status not in (400, 413, 500):
                    raise
                size = (size + 1) // 2
                self._piece = size
                continue
            start += len(piece)

    def _send(self, graph: ox.NamedNode, triples: list[ox.Triple]) -> None:
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        if self.graph_store_url is not None:
            separator = "&" if "?" in self.graph_store_url else "?"
            url = f"{self.graph_store_url}{separator}{urllib.parse.urlencode({'graph': graph.value})}"
            self._post(url, data, "application/n-triples")
        else:
            self._update(f"INSERT DATA {{ GRAPH {graph} {{\n{data.decode('utf-8')}}} }}")

    def _swap(self, staging: ox.NamedNode) -> None:
        target = self._graph
        try:
            self._update(f"DROP SILENT GRAPH {target} ;\nMOVE SILENT GRAPH {staging} TO GRAPH {target}")
        except EndpointError as exc:
            if exc.status not in (400, 500, 501):
                raise
            # Without MOVE: the same in the basic forms of SPARQL 1.1 Update, still one request.
            self._update(
                f"DROP SILENT GRAPH {target} ;\n"
                f"INSERT {{ GRAPH {target} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {staging} {{ ?s ?p ?o }} }} ;\n"
                f"DROP SILENT GRAPH {staging}"
            )

    def _update(self, update: str) -> None:
        assert self.update_url is not None
        body = urllib.parse.urlencode({"update": update}).encode()
        self._post(self.update_url, body, "application/x-www-form-urlencoded")

    # --- HTTP ------------------------------------------------------------------------------

    def _post(
        self, url: str, body: bytes, content_type: str, *, accept: str = "*/*", is_query: bool = False
    ) -> tuple[Message, bytes]:
        request = urllib.request.Request(
            url, data=body, method="POST", headers={"Content-Type": content_type, "Accept": accept}
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.headers, response.read()
        except urllib.error.HTTPError as exc:
            try:
                detail = _shorten(exc.read(), _media_type(exc.headers))
            except (OSError, ValueError):
                detail = ""
            detail = detail or str(exc.reason)
            if exc.code == 400 and is_query:
                raise RemoteQueryError(f"{url} refused the query (HTTP 400): {detail}") from None
            raise EndpointError(
                f"{url} answered HTTP {exc.code} {exc.reason}: {detail}", url=url, status=exc.code
            ) from None
        except urllib.error.URLError as exc:
            raise StoreError(self._unreachable(url, exc.reason)) from None
        except (OSError, ValueError, http.client.HTTPException) as exc:
            raise StoreError(self._unreachable(url, exc)) from None

    def _unreachable(self, url: str, reason: object) -> str:
        if isinstance(reason, TimeoutError):
            return f"{url} did not answer within the timeout of {self.timeout:g} s"
        if isinstance(reason, ConnectionRefusedError):
            return f"cannot connect to {url}: connection refused (is the SPARQL server running?)"
        return f"cannot talk to {url}: {reason}"


def _check_results(answer: bytes, fmt: ox.QueryResultsFormat) -> None:
    """Parse every row once, so a malformed answer fails here and not in the caller's loop."""
    result = ox.parse_query_results(answer, format=fmt)
    if isinstance(result, ox.QuerySolutions):
        for _ in result:
            pass


def _relabel_json_blank_nodes(answer: bytes) -> bytes:
    document = json.loads(answer)
    labels: dict[str, str] = {}

    def relabel(term: dict) -> None:
        if term.get("type") == "bnode":
            term["value"] = labels.setdefault(term["value"], f"b{len(labels)}")
        for key in ("subject", "predicate", "object"):  # RDF 1.2 triple terms
            if isinstance(term.get("value"), dict) and key in term["value"]:
                relabel(term["value"][key])

    for row in document.get("results", {}).get("bindings", []):
        for term in row.values():
            relabel(term)
    return json.dumps(document).encode()


def _as_query_triples(triples: Iterable[ox.Triple]) -> ox.QueryTriples:
    """Triples as pyoxigraph's QueryTriples (which has no constructor), via an in-memory store."""
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    result = store.query("CONSTRUCT WHERE { ?s ?p ?o }")
    assert isinstance(result, ox.QueryTriples)
    return result
