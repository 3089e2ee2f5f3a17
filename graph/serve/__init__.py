"""`kg serve`: the graph over HTTP — a read-only SPARQL 1.1 Protocol endpoint and browse pages.

    protocol.py  where the query is in a request; content negotiation (pure functions)
    results.py   one query answered within the size limit, in the negotiated format
    workers.py   worker processes that hold the store; the time limit (kill and replace)
    browse.py    the browse pages and views; templates/
    app.py       the Starlette routes, security headers, request log
    replies.py   what a worker sends back; HTTP status per library error; Limits

>>> import asyncio, socket  # doctest: +SKIP
>>> sock = listen("127.0.0.1", 8000)  # doctest: +SKIP
>>> asyncio.run(serve(store_directory(store, data), sock, Limits(timeout=5)))  # doctest: +SKIP
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

from ..errors import InvalidArgument, StoreError
from .replies import Limits

__all__ = ["Limits", "store_directory", "listen", "serve"]


def store_directory(store_path: Path, data_dir: Path) -> Path:
    """The Oxigraph directory of the current build of the store at `store_path`, built first
    when missing or stale. The server keeps serving this build, whatever later builds do: it
    stays pinned on disk while this process runs, and the workers open that same directory."""
    from ..store import pin_build

    directory, _release = pin_build(store_path, data_dir)  # never released: held for the process
    return directory


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on host:port (port 0: any free port)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError as error:
        raise InvalidArgument(f"cannot listen on {host}:{port}: {error.strerror or error}; choose another --host or --port") from None
    return sock


def _loopback_names(sock: socket.socket) -> list[str] | None:
    """The Host names a server listening on loopback answers to (None: any, off loopback)."""
    import ipaddress

    if ipaddress.ip_address(sock.getsockname()[0]).is_loopback:
        return ["127.0.0.1", "localhost", "::1", "[::1]"]
    return None


async def serve(
    store_dir: Path,
    sock: socket.socket,
    limits: Limits,
    *,
    workers: int = 2,
    log: Callable[[str], None] | None = None,
    ready: Callable[[int | None], None] | None = None,
) -> None:
    """Serve the store at `store_dir` on `sock` until SIGINT or SIGTERM. The workers are started
    (and the store opened) first: a store that cannot be opened raises StoreError before any
    request is taken. `ready(triples)` is called once the server listens; `log` gets one line
    per request. On loopback, requests must name a loopback Host (see create_app)."""
    import uvicorn

    from .app import create_app
    from .workers import WorkerPool

    pool = WorkerPool(store_dir, limits, workers, log=log)
    try:
        await pool.start()
    except RuntimeError as error:
        raise StoreError(str(error)) from None
    config = uvicorn.Config(
        create_app(pool, log=log, allowed_hosts=_loopback_names(sock)), lifespan="on", log_config=None, access_log=False, server_header=False,
        timeout_graceful_shutdown=max(1, round(limits.timeout)) + 1,
    )
    server = uvicorn.Server(config)
    if ready is not None:
        ready(pool.triples)
    try:
        await server.serve(sockets=[sock])
    finally:
        await pool.close()  # (the app's lifespan closes it too, when uvicorn got that far)
