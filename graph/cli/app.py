"""The `kg` app: exit codes, the error mapping, shared options and output helpers.

Results go to stdout, messages to stderr. Exit codes (also in README.md):
  0 success · 1 kg validate found problems · 2 bad usage or option value
  3 unknown or ambiguous entity · 4 no path within --max-hops · 5 bad SPARQL query
  6 malformed data files · 7 store cannot be built or opened · 8 view too large to draw
  9 an article cannot be read · 10 the data directory is the read-only shipped corpus
  11 busy: another kg process kept the data directory or store locked past KG_LOCK_TIMEOUT
  12 the system refused a read or write: disk full, read-only file system, permission denied
  141 stdout was closed early (`kg export | head -1`): kg stops quietly, as if killed by SIGPIPE
"""

from __future__ import annotations

import errno
import functools
import os
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from .. import errors

EXIT_CODES: dict[type[errors.KgError], int] = {
    errors.InvalidArgument: 2,
    errors.UnknownRelation: 2,
    errors.UnknownEntity: 3,
    errors.AmbiguousEntity: 3,
    errors.UnknownSource: 3,
    errors.AmbiguousSource: 3,
    errors.NoPath: 4,
    errors.QueryError: 5,
    errors.DataError: 6,
    errors.StoreError: 7,
    errors.ViewTooLarge: 8,
    errors.ArticleError: 9,
    errors.ReadOnlyData: 10,
    errors.Busy: 11,
    errors.SystemFailure: 12,
}
PIPE_CLOSED = 128 + 13  # the status of a process killed by SIGPIPE
VALIDATION_FAILED = 1

app = typer.Typer(
    name="kg",
    help="A knowledge graph of political relationships from news: who endorsed, rivals, advised "
    "and switched parties, every edge traceable to the words of a source.\n\n"
    "Exit codes: 0 ok, 1 validation problems, 2 bad usage, 3 unknown or ambiguous name, "
    "4 no path, 5 bad query, 6 malformed data, 7 store error, 8 view too large, "
    "9 unreadable article, 10 read-only data directory, 11 busy (another kg process is writing), "
    "12 the system refused a read or write (disk full, read-only file system, permission denied), "
    "141 stdout closed early (kg export | head).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _print_version(asked: bool) -> None:
    if asked:
        from importlib.metadata import version

        typer.echo(f"kg {version('kg-politics')}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print kg's version and exit."),
    ] = False,
) -> None:
    pass


def _exit_code(error: errors.KgError) -> int:
    for cls in type(error).__mro__:
        if cls in EXIT_CODES:
            return EXIT_CODES[cls]
    return 1


def command(*args: Any, **kwargs: Any) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """app.command that turns library errors into a message on stderr and the mapped exit code."""

    def decorate(function: Callable[..., None]) -> Callable[..., None]:
        @functools.wraps(function)
        def wrapper(*a: Any, **kw: Any) -> None:
            from ..transaction import on_wait

            on_wait(lambda message: typer.echo(f"kg: {message}", err=True))
            try:
                try:
                    function(*a, **kw)
                except BrokenPipeError:
                    _drop_stdout()  # the reader has gone (kg export | head): stop without a word
                    raise typer.Exit(PIPE_CLOSED) from None
                except OSError as error:
                    if error.errno is None:
                        raise
                    raise errors.SystemFailure(error) from error
            except errors.KgError as error:
                from ..terminal import one_line

                # one line, whatever a file name or value in the message holds
                typer.echo(f"kg: {one_line(str(error))}", err=True)
                raise typer.Exit(_exit_code(error)) from None

        return app.command(*args, **kwargs)(wrapper)

    return decorate


StoreOption = Annotated[
    Optional[Path],
    typer.Option(
        "--store", envvar="KG_STORE", metavar="PATH",
        help="Store directory. Default: $XDG_CACHE_HOME/kg/store (~/.cache/kg/store).",
    ),
]  # fmt: skip
DataOption = Annotated[
    Optional[Path],
    typer.Option(
        "--data", envvar="KG_DATA", metavar="DIR",
        help="Data directory to build from. Default: the corpus shipped with kg.",
    ),
]  # fmt: skip
EndpointOption = Annotated[
    Optional[str],
    typer.Option(
        "--endpoint", envvar="KG_ENDPOINT", metavar="URL",
        help="Use this SPARQL 1.1 query endpoint instead of the embedded store (see README: Engines).",
    ),
]  # fmt: skip
RelationsOption = Annotated[
    Optional[str],
    typer.Option("--relations", "-r", metavar="A,B", help="Only these relation types, e.g. endorsed,rival_of."),
]
AsOfOption = Annotated[
    Optional[str],
    typer.Option(
        "--as-of", metavar="DATE",
        help="The graph as it stood on DATE (YYYY, YYYY-MM or YYYY-MM-DD): statements dated later (by their "
        "own date, else their source's), and periods such as a party membership that had ended before, are left "
        "out, and so are statements no date tells (see --include-undated).",
    ),
]  # fmt: skip
IncludeUndatedOption = Annotated[
    bool,
    typer.Option(
        "--include-undated",
        help="With --as-of: keep the statements that neither they nor their source date (marked \"undated\").",
    ),
]  # fmt: skip
RawOption = Annotated[
    bool,
    typer.Option("--raw", help="CSV/TSV cells exactly as in the graph: no ' before a cell that starts with = + - @, tab or CR (a spreadsheet would run it as a formula)."),
]


class TextOrJson(str, Enum):
    text = "text"
    json = "json"


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


class ExportFormat(str, Enum):
    ttl = "ttl"
    nt = "nt"
    jsonld = "jsonld"
    csv = "csv"
    graphml = "graphml"
    gexf = "gexf"
    cytoscape = "cytoscape"
    edgelist = "edgelist"


def _data_dir(data: Path | None) -> Path:
    from ..opening import data_dir

    return data_dir(data)


def _remote(endpoint: str):  # -> RemoteStore
    from ..opening import remote_store

    return remote_store(endpoint)


def _open(store: Path | None, data: Path | None, endpoint: str | None = None):  # -> KnowledgeGraph
    from ..opening import open_graph

    return open_graph(store, data, endpoint)


def _write_view(kg, view, relations, title: str, out: Path, as_of=None) -> None:  # view: Subgraph
    """Render a view (graph.subgraph) as one HTML page (viz.view_page) and say where it went."""
    from viz import view_page

    _emit(view_page(kg, view, relations, title, as_of), out)
    if str(out) != "-":  # the page's heading counts what it draws; here, what it leaves out
        ties = f", {view.omitted_ties} of them the centre's own ties" if view.omitted_ties else ""
        left_out = f"{view.omitted} less relevant entities within reach left out{ties}; " if view.omitted else ""
        typer.echo(f"kg: {left_out}open file://{out.resolve()}", err=True)


def _emit(text: str, out: Path | None = None) -> None:
    """Write a result to stdout (`out` None or -) or to the file `out` (graph.fileio.write_atomic)."""
    if out is None or str(out) == "-":
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise
            _drop_stdout()
            raise errors.SystemFailure(exc, "standard output", "write") from None
    else:
        from ..fileio import write_atomic

        try:
            write_atomic(out, text)
        except OSError as exc:  # what the user's path is at fault for: missing folder, a name too long
            raise errors.InvalidArgument(f"cannot write {out}: {exc.strerror or exc}") from None
        typer.echo(f"kg: wrote {out}", err=True)


def _drop_stdout() -> None:
    """Point stdout at /dev/null once writing to it failed, so that Python's flush at exit does not
    fail again and print 'Exception ignored ... BrokenPipeError'."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real stdout (a test's captured one)
        pass


def main() -> None:
    try:
        app(prog_name="kg")
    finally:
        try:  # now: a flush failing at interpreter exit would print 'Exception ignored ...'
            sys.stdout.flush()
        except OSError:
            _drop_stdout()
