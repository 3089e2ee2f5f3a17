"""kg serve: the graph over HTTP (a read-only SPARQL endpoint and browse pages)."""

from __future__ import annotations

from typing import Annotated

import typer

from .. import errors
from .app import DataOption, StoreOption, _data_dir, command


@command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on. Keep the default unless others must reach it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="Port to listen on (0: any free port, printed).")] = 8000,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", help="Longest a query (or page) may run; past it, it is stopped and answered 503.")] = 10.0,
    max_rows: Annotated[int, typer.Option("--max-rows", help="Most rows a SELECT may answer; past it, 413.")] = 10_000,
    max_triples: Annotated[int, typer.Option("--max-triples", help="Most triples a CONSTRUCT or DESCRIBE may answer; past it, 413.")] = 100_000,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Most bytes an answer may have; past it, 413.")] = 32 << 20,
    max_memory: Annotated[int, typer.Option("--max-memory", metavar="MB", help="Most memory a query worker may use (0: no limit); past it, the query is stopped and answered 503.")] = 2048,
    workers: Annotated[int, typer.Option("--workers", help="Query worker processes: how many requests run at once.")] = 2,
    store: StoreOption = None,
    data: DataOption = None,
) -> None:
    """Serve the graph over HTTP until Ctrl-C: a read-only SPARQL 1.1 endpoint at /sparql and
    pages to browse it at / (search a name, read a card with its evidence, connect two people,
    draw a neighbourhood). Listens on 127.0.0.1 only, unless --host says otherwise.

    /sparql takes GET ?query=, POST application/sparql-query and POST forms with query=; answers
    SPARQL JSON, XML, CSV or TSV (SELECT, ASK) and Turtle, N-Triples, JSON-LD or RDF/XML
    (CONSTRUCT, DESCRIBE) by the Accept header or format=. Updates are refused (403). Each query
    runs in a worker process that is stopped past --timeout or --max-memory (503); answers past
    --max-rows, --max-triples or --max-bytes are refused (413). A query still running after a
    second yields to the others (at most --workers such at once), and one whose client goes away is stopped. /health answers JSON; /api/path?from=A&to=B paths as JSON.

    Example: kg serve · kg serve --port 8080 --timeout 5 · curl -H 'Accept: text/csv'
    --data-urlencode 'query=SELECT * WHERE { ?s pol:endorsed ?o } LIMIT 5' http://127.0.0.1:8000/sparql
    """
    import asyncio

    from ..serve import Limits, listen, store_directory
    from ..serve import serve as serve_graph
    from ..store import default_store_path

    if timeout <= 0:
        raise errors.InvalidArgument(f"--timeout must be positive, not {timeout:g}")
    for name, value in (("--max-rows", max_rows), ("--max-triples", max_triples), ("--max-bytes", max_bytes),
                        ("--workers", workers)):
        if value < 1:
            raise errors.InvalidArgument(f"{name} must be at least 1, not {value}")
    if max_memory < 0:
        raise errors.InvalidArgument(f"--max-memory must be 0 (no limit) or more, not {max_memory}")
    if not 0 <= port <= 65535:
        raise errors.InvalidArgument(f"--port must be between 0 and 65535, not {port}")
    directory = store_directory(store or default_store_path(), _data_dir(data))
    sock = listen(host, port)
    address = sock.getsockname()
    shown = f"[{address[0]}]" if ":" in address[0] else address[0]
    url = f"http://{shown}:{address[1]}"

    def ready(triples: int | None) -> None:
        count = f"{triples:,} triples" if triples is not None else "the graph"
        typer.echo(f"kg: serving {count} at {url}/ (SPARQL: {url}/sparql); Ctrl-C to stop", err=True)

    def log(line: str) -> None:
        typer.echo(f"kg: {line}", err=True)

    limits = Limits(timeout=timeout, max_rows=max_rows, max_triples=max_triples, max_memory=max_memory,
                    max_bytes=max_bytes)
    try:
        asyncio.run(serve_graph(directory, sock, limits, workers=workers, log=log, ready=ready))
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    typer.echo("kg: stopped", err=True)
