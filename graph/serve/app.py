"""The web application: routes, security headers and the request log, over a WorkerPool.

    /                  search (?q=NAME): a card, or the names to choose from
    /entity/ID         an entity's card with its evidence
    /path?from=A&to=B  how two entities are connected (max_hops=N, all=1)
    /view?around=NAME  the drawn neighbourhood (hops=N, max_nodes=M); /view?from=A&to=B a path
    /api/path          the paths as JSON (as `kg path --format json`)
    /sparql            SPARQL 1.1 Protocol, read-only (graph.serve.protocol)
    /query             the query page (graph.serve.query_page): an editor over /sparql, with
                       /query/check (unknown-term warnings), /query/complete?word= (ent: ids),
                       /query/download (an answer as a file) and /static/ (its scripts and CSS)
    /health            JSON: the store's triple count and the workers' state

The server process parses requests and sends everything that touches the store to a worker
(graph.serve.workers), which enforces the time limit; it never opens the store itself.

What the server holds for clients is bounded too. A request whose client goes away while its
job runs cancels the job (its worker is killed and replaced). An answer is sent in chunks of
64 KB, each only once the client has taken the previous ones (uvicorn's flow control), so an
unread answer stays here, not in the transport's buffer; a client that takes no chunk for
`timeout` seconds loses its connection. While unsent answers add up to more than
`PENDING_ANSWERS` answers of `max_bytes`, new requests get 503.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..terminal import one_line
from . import browse, query_page
from .protocol import GRAPH_TYPES, RESULTS_TYPES, ProtocolError, SparqlRequest, acceptable, parse_request
from .replies import Reply
from .workers import WorkerError, WorkerPool

__all__ = ["create_app", "MAX_QUERY_BYTES"]

MAX_QUERY_BYTES = 1_000_000  # a request body past this is refused with 413
PENDING_ANSWERS = 8  # unsent answers, in --max-bytes, the server holds before it answers 503
_CHUNK = 64 * 1024


def create_app(
    pool: WorkerPool, *, log: Callable[[str], None] | None = None, allowed_hosts: Sequence[str] | None = None
) -> Starlette:
    """The application over `pool`. Its lifespan starts the pool (unless already started) and
    closes it on shutdown. With `allowed_hosts`, a request naming another Host gets 400 (a
    server on loopback is then out of reach of DNS rebinding from web pages)."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if not pool.started:
            await pool.start()
        try:
            yield
        finally:
            await pool.close()

    stylesheet = browse.stylesheet().encode("utf-8")
    pending = _Pending(pool.limits.max_bytes * PENDING_ANSWERS, pool.limits.timeout)

    async def run(request: Request, job: str, on_error: Callable[[int, str], Response], **kwargs: Any) -> Response:
        try:
            if not pending.full():
                response = pending.response(await _unless_disconnected(request, pool.run(job, **kwargs)))
                if response is not None:
                    return response
            raise WorkerError(503, "The server holds too many answers its clients have not read yet. "
                                   "Try again shortly.", retry_after=1)
        except WorkerError as raised:
            error = raised
        response = on_error(error.status, error.message)
        if error.retry_after is not None:
            response.headers["retry-after"] = str(error.retry_after)
        return response

    async def home(request: Request) -> Response:
        return await run(request, "search", _html_error, q=request.query_params.get("q", ""),
                         endpoint=f"{request.base_url}sparql")

    async def entity(request: Request) -> Response:
        return await run(request, "entity", _html_error, id=request.path_params["id"])

    async def source(request: Request) -> Response:
        try:
            at = _int(request.query_params, "at", 0)
        except ProtocolError as error:
            return _html_error(error.status, error.message)
        return await run(request, "source", _html_error, id=request.path_params["id"], at=at)

    async def path(request: Request) -> Response:
        params = request.query_params
        try:
            max_hops = _int(params, "max_hops", 6)
        except ProtocolError as error:
            return _html_error(error.status, error.message)
        return await run(request, "path", _html_error, source=params.get("from", ""), target=params.get("to", ""),
                         max_hops=max_hops, all_paths=params.get("all") == "1")

    async def view(request: Request) -> Response:
        params = request.query_params
        try:
            hops, max_nodes = _int(params, "hops", 2), _int(params, "max_nodes", browse.DEFAULT_AROUND_NODES)
        except ProtocolError as error:
            return _html_error(error.status, error.message)
        return await run(request, "view", _html_error, around=params.get("around", ""), hops=hops, max_nodes=max_nodes,
                         source=params.get("from", ""), target=params.get("to", ""), all_paths=params.get("all") == "1")

    async def path_api(request: Request) -> Response:
        params = request.query_params
        try:
            max_hops = _int(params, "max_hops", 6)
        except ProtocolError as error:
            return _json_error(error.status, error.message)
        if not params.get("from") or not params.get("to"):
            return _json_error(400, "Give both ends: /api/path?from=NAME&to=NAME.")
        return await run(request, "path_json", _json_error, source=params["from"], target=params["to"],
                         max_hops=max_hops, all_paths=params.get("all") == "1")

    async def sparql_request(request: Request) -> SparqlRequest:
        body = await request.body() if request.method == "POST" else b""
        params = {name: request.query_params.getlist(name) for name in request.query_params.keys()}
        return parse_request(request.method, params, request.headers.get("content-type"), body,
                             request.headers.get("accept"))

    async def sparql(request: Request, job: str = "sparql") -> Response:
        try:
            parsed = await sparql_request(request)
        except ProtocolError as error:
            return _text_error(error.status, error.message)
        if not acceptable(parsed.accept):
            return _text_error(406, f"Nothing here matches Accept: {parsed.accept}. SELECT and ASK answers come as "
                                    f"{', '.join(RESULTS_TYPES)}; CONSTRUCT and DESCRIBE as {', '.join(GRAPH_TYPES)}.")
        response = await run(request, job, _text_error, query=parsed.query, accept=parsed.accept, format=parsed.format)
        response.headers["vary"] = "Accept"
        response.headers["cache-control"] = "no-store"
        return response

    async def query(request: Request) -> Response:
        return _response(query_page.page())

    async def query_check(request: Request) -> Response:
        try:
            parsed = await sparql_request(request)
        except ProtocolError as error:
            return _json_error(error.status, error.message)
        return await run(request, "query_check", _json_error, query=parsed.query)

    async def query_complete(request: Request) -> Response:
        return await run(request, "query_complete", _json_error, word=request.query_params.get("word", ""))

    async def query_download(request: Request) -> Response:
        return await sparql(request, "query_download")

    async def static(request: Request) -> Response:
        found = query_page.static_file(request.path_params["name"])
        if found is None:
            return _html_error(404, "There is no page here.")
        return Response(found.body, media_type=found.media_type, headers={"cache-control": "no-cache"})

    async def health(request: Request) -> Response:
        state = pool.status()
        up = state["idle"] + state["busy"] + state["starting"] > 0
        document = {"status": "ok" if up else "unavailable", "triples": pool.triples, **state,
                    "limits": {"timeout": pool.limits.timeout, "max_rows": pool.limits.max_rows,
                               "max_triples": pool.limits.max_triples, "max_memory": pool.limits.max_memory},
                    "pending_bytes": pending.held}
        return JSONResponse(document, status_code=200 if up else 503, headers={"cache-control": "no-store"})

    async def css(request: Request) -> Response:
        return Response(stylesheet, media_type="text/css")

    routes = [
        Route("/", home),
        Route("/entity/{id:path}", entity),
        Route("/source/{id:path}", source),
        Route("/path", path),
        Route("/view", view),
        Route("/api/path", path_api),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/query", query),
        Route("/query/check", query_check, methods=["GET", "POST"]),
        Route("/query/complete", query_complete),
        Route("/query/download", query_download, methods=["GET", "POST"]),
        Route("/static/{name:path}", static),
        Route("/health", health),
        Route("/browse.css", css),
    ]
    middleware = [Middleware(_Headers, log=log)]
    if allowed_hosts is not None:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)))
    return Starlette(routes=routes, lifespan=lifespan, middleware=middleware, max_body_size=MAX_QUERY_BYTES,
                     exception_handlers={404: _not_found})


def _response(reply: Reply) -> Response:
    return Response(reply.body, status_code=reply.status, media_type=reply.media_type, headers=dict(reply.headers))


async def _unless_disconnected(request: Request, job: Any) -> Any:
    """Await `job`, cancelling it if the client disconnects first (then raises WorkerError)."""
    task = asyncio.ensure_future(job)

    async def disconnected() -> None:
        while (await request.receive())["type"] != "http.disconnect":
            pass

    watch = asyncio.ensure_future(disconnected())
    try:
        await asyncio.wait((task, watch), return_when=asyncio.FIRST_COMPLETED)
    finally:
        watch.cancel()
    if not task.done():
        task.cancel()
        raise WorkerError(499, "The client went away.")
    return task.result()


class _Pending:
    """The bytes of answers received from workers and not yet taken by their clients."""

    def __init__(self, budget: int, timeout: float) -> None:
        self.budget = budget
        self.timeout = timeout
        self.held = 0

    def full(self, more: int = 0) -> bool:
        return self.held + more > self.budget

    def response(self, reply: Reply) -> Response | None:
        """The response that sends `reply`; None if the server cannot hold it."""
        if len(reply.body) <= _CHUNK:
            return _response(reply)
        if self.full(len(reply.body)):
            return None
        self.held += len(reply.body)
        return _Chunked(self, reply)


class _Chunked(Response):
    """A Reply sent in chunks, each once the client took the last; dropped if it stops taking them."""

    def __init__(self, pending: _Pending, reply: Reply) -> None:
        headers = {**dict(reply.headers), "content-length": str(len(reply.body))}
        super().__init__(None, status_code=reply.status, media_type=reply.media_type, headers=headers)
        self.pending = pending
        self.reply = reply

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = memoryview(self.reply.body)
        try:
            await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
            for start in range(0, len(body), _CHUNK):
                chunk = bytes(body[start:start + _CHUNK])
                await asyncio.wait_for(send({"type": "http.response.body", "body": chunk, "more_body": True}),
                                       self.pending.timeout)
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except (TimeoutError, OSError):
            pass  # the client stopped reading: the server closes the connection
        finally:
            self.pending.held -= len(body)
            body.release()


def _text_error(status: int, message: str) -> Response:
    return PlainTextResponse(message.rstrip("\n") + "\n", status_code=status)


def _json_error(status: int, message: str) -> Response:
    return JSONResponse({"error": message}, status_code=status)


def _html_error(status: int, message: str) -> Response:
    return _response(browse.error_page(status, message))


async def _not_found(request: Request, exc: Exception) -> Response:
    return _html_error(404, "There is no page here.")


def _int(params: Any, name: str, default: int) -> int:
    value = params.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ProtocolError(400, f"{name} must be a whole number, not {value!r}.") from None


_DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"


class _Headers:
    """Security headers on every response (a strict CSP unless the route set its own), and one
    log line per request: client, method, path, status and time taken."""

    def __init__(self, app: ASGIApp, log: Callable[[str], None] | None = None) -> None:
        self.app = app
        self.log = log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = [0]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                for name, value in (
                    (b"content-security-policy", _DEFAULT_CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                ):
                    if name not in names:
                        headers.append((name, value))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            if self.log is not None:
                client = scope.get("client") or ("-", 0)
                elapsed = (time.perf_counter() - start) * 1000
                self.log(f"{client[0]} {scope['method']} {one_line(scope['path'])} {status[0]} {elapsed:.0f} ms")
