"""Run a user's read-only SPARQL query and write its results in the format asked for."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from . import errors
from .errors import DataError, QueryError, ReadOnlyQuery
from .namespaces import PREFIXES
from .resources import ontology_dir
from .terminal import printable

if TYPE_CHECKING:
    from .asof import AsOf

__all__ = ["NamedQuery", "named_queries", "named_query", "run_query", "run_isolated", "render", "FORMATS"]

FORMATS = ("table", "csv", "tsv", "json")

_CELL_WIDTH = 80


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str


def named_queries() -> list[NamedQuery]:
    """The queries shipped in ontology/queries/, each described by its first comment line."""
    found = []
    for path in sorted((ontology_dir() / "queries").glob("*.rq")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise DataError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        first = text.splitlines()[0] if text else ""
        found.append(NamedQuery(path.stem, first.lstrip("# ").strip(), text))
    return found


def named_query(name: str) -> NamedQuery:
    for query in named_queries():
        if query.name == name:
            return query
    known = ", ".join(q.name for q in named_queries())
    raise QueryError(f"No named query {name!r}. Known: {known} (see kg query --list).")


def run_query(
    store: ox.Store, text: str, *, as_of: str | AsOf | None = None
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Evaluate a SPARQL query with kg's prefixes predeclared. Updates are refused.

    With `as_of` (graph.asof.AsOf, or a date it parses) the query's variable ?asOf is bound,
    before evaluation, to that date as an xsd:date, xsd:gYearMonth or xsd:gYear literal, and
    ?asOfStart, ?asOfEnd and ?includeUndated, where used, as graph.asof.AsOf.bindings says.
    """
    from .query_text import check_size, update_keyword

    if not text.strip():
        raise QueryError("The query is empty.")
    if update_keyword(text):
        raise ReadOnlyQuery(
            "kg query is read-only: SPARQL updates (INSERT, DELETE, LOAD, ...) are refused. "
            "Change the files in the data directory and run kg build instead."
        )
    _refuse_service(text)
    check_size(text)
    if as_of is not None:
        text = _bind_as_of(text, as_of)
    try:
        return store.query(text, prefixes=PREFIXES)
    except SyntaxError as exc:
        from .query_errors import describe

        raise QueryError(f"SPARQL syntax error, {describe(text, exc, PREFIXES)}") from None
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"The query failed: {exc}") from None


def _refuse_service(text: str) -> None:
    """Oxigraph would fetch a SERVICE clause's URL: a query must not make kg (or kg serve)
    send requests to the network on its behalf."""
    from .query_text import uses_keyword

    if uses_keyword(text, "SERVICE"):
        raise QueryError("SERVICE (a federated query) is refused: kg queries only its own store.")


def _bind_as_of(text: str, as_of: str | AsOf) -> str:
    """Bind each of graph.asof's variables the query uses (?asOf, ?asOfStart, ?asOfEnd, ?includeUndated)."""
    from .asof import parse_as_of
    from .namespaces import XSD
    from .query_text import bind, uses_variable

    bindings = parse_as_of(as_of).bindings()
    used = [name for name in bindings if uses_variable(text, name)]
    if not used:
        raise QueryError("--as-of binds the variable ?asOf (and ?asOfStart, ?asOfEnd, ?includeUndated), "
                         "which this query does not use.")
    for name in used:
        value, datatype = bindings[name]
        text = bind(text, name, str(ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))))
    return text


def render(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str, *, raw: bool = False) -> str:
    """Results as text: SELECT/ASK in table, csv, tsv or SPARQL results json; CONSTRUCT and
    DESCRIBE as Turtle (table), N-Triples (csv, tsv) or JSON-LD (json). SELECT results in csv
    and tsv are for spreadsheets: cells that would run as formulas are made text
    (graph.spreadsheet) unless `raw`."""
    if fmt not in FORMATS:
        raise QueryError(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    try:
        return _render(result, fmt, raw)
    except (OSError, RuntimeError) as exc:  # Oxigraph evaluates lazily: errors come while reading
        raise QueryError(f"The query failed: {exc}") from None


def _render(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str, raw: bool) -> str:
    if isinstance(result, ox.QueryTriples):
        rdf_format = {"table": ox.RdfFormat.TURTLE, "json": ox.RdfFormat.JSON_LD}.get(fmt, ox.RdfFormat.N_TRIPLES)
        prefixes = PREFIXES if rdf_format is ox.RdfFormat.TURTLE else None
        return ox.serialize(result, format=rdf_format, prefixes=prefixes).decode("utf-8")
    if fmt == "table":
        if isinstance(result, ox.QueryBoolean):
            return "true\n" if bool(result) else "false\n"
        return _table(result)
    if isinstance(result, ox.QuerySolutions) and fmt in ("csv", "tsv") and not raw:
        from .spreadsheet import neutralise_sparql_csv, neutralise_sparql_tsv

        if fmt == "csv":
            return neutralise_sparql_csv(result)
        return neutralise_sparql_tsv(result.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8"))
    results_format = {
        "csv": ox.QueryResultsFormat.CSV,
        "tsv": ox.QueryResultsFormat.TSV,
        "json": ox.QueryResultsFormat.JSON,
    }[fmt]
    return result.serialize(format=results_format).decode("utf-8")


def _table(solutions: ox.QuerySolutions) -> str:
    names = [v.value for v in solutions.variables]
    rows = [[_cell(solution[name]) for name in names] for solution in solutions]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _cell(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        value = term.value
        for prefix, namespace in PREFIXES.items():
            if value.startswith(namespace) and re.fullmatch(r"[\w.-]*", value[len(namespace) :]):
                return f"{prefix}:{value[len(namespace):]}"
        return f"<{value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    text = printable(" ".join(term.value.split()))
    return text if len(text) <= _CELL_WIDTH else text[: _CELL_WIDTH - 1] + "…"


def run_isolated(directory: Path, text: str, fmt: str, *, as_of: str | AsOf | None = None, raw: bool = False) -> Iterator[str]:
    """`render(run_query(store, text, as_of=as_of), fmt, raw=raw)` for the Oxigraph store in `directory`,
    evaluated in a child process, yielded in pieces as the child sends them.

    The child opens the store read-only itself and can open no network socket
    (graph.sandbox), so a SERVICE that kg's reading of the query missed cannot fetch anything;
    and a query that crashes the engine (a stack overflow) kills the child, not kg: it is a
    QueryError. A child killed before it sent anything is forked again, a moment later, up to
    _FORKS in all: a process forked while other threads run may now and then start with a lock
    they held, and crash for no fault of the query's (seen three times in a row on a loaded
    machine); a query that crashes the engine crashes every child. The parent must keep the build
    pinned (graph.store.pin_build) meanwhile.
    """
    import gc
    import time

    for attempt in range(_FORKS):
        # stores no longer used are closed first: their engine's background threads, running
        # while the child is forked, may hold a lock the child then waits on or aborts over
        gc.collect()
        try:
            yield from _run_in_child(directory, text, fmt, as_of, raw)
            return
        except _KilledBeforeAnswering as killed:
            if attempt + 1 == _FORKS:
                raise QueryError(f"The query engine crashed on this query ({killed.signal}), probably nested too deeply; "
                                 "simplify it.") from None
            time.sleep(0.05 * (attempt + 1))  # (for the other threads to let go of what they hold)


_FORKS = 6


class _KilledBeforeAnswering(Exception):
    def __init__(self, signal: str) -> None:
        super().__init__(signal)
        self.signal = signal


def _run_in_child(directory: Path, text: str, fmt: str, as_of: str | AsOf | None, raw: bool) -> Iterator[str]:
    import codecs
    import json
    import signal

    readable, writable = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(readable)
        _evaluate_in_child(directory, text, fmt, as_of, writable, raw)
    os.close(writable)
    reaped = False
    try:
        with os.fdopen(readable, "rb") as pipe:
            kind = pipe.read(1)
            if kind == b"E":
                name, message = json.loads(pipe.read().decode("utf-8"))
                error = getattr(errors, name, None)
                if isinstance(error, type) and issubclass(error, (QueryError, errors.StoreError)):
                    raise error(message)
                raise RuntimeError(f"kg query's evaluating process failed: {name}: {message}")
            if kind == b"O":
                decoder = codecs.getincrementaldecoder("utf-8")()
                while chunk := pipe.read1(1 << 16):
                    yield decoder.decode(chunk)
                yield decoder.decode(b"", final=True)
        _, status = os.waitpid(pid, 0)
        reaped = True
        if os.WIFSIGNALED(status) and not kind:
            raise _KilledBeforeAnswering(_signal_name(os.WTERMSIG(status)))
        if os.WIFSIGNALED(status):
            raise QueryError(f"The query engine crashed on this query ({_signal_name(os.WTERMSIG(status))}), "
                             "probably nested too deeply; simplify it.")
        if kind != b"O" or os.waitstatus_to_exitcode(status) != 0:
            raise QueryError(f"The query's process stopped without an answer (exit status "
                             f"{os.waitstatus_to_exitcode(status)}).")
    finally:
        if not reaped:
            import contextlib

            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def _signal_name(number: int) -> str:
    import signal

    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _evaluate_in_child(directory: Path, text: str, fmt: str, as_of: str | AsOf | None, writable: int, raw: bool) -> None:
    """In the forked child: forbid the network, evaluate, send b"O" + the output or b"E" + the
    error (class name and message, as JSON) down `writable`, and exit without returning."""
    import json

    try:
        from .sandbox import forbid_network

        # The child reports through the pipe only: an engine crash must not print a trace.
        import faulthandler

        faulthandler.disable()
        os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
        forbid_network()
        try:
            store = ox.Store.read_only(str(directory))
        except OSError as exc:
            raise errors.StoreError(f"cannot open the store at {directory.parent}: {exc}") from None
        payload = b"O" + render(run_query(store, text, as_of=as_of), fmt, raw=raw).encode("utf-8")
    except BaseException as error:  # noqa: BLE001 (everything goes to the parent)
        payload = b"E" + json.dumps([type(error).__name__, str(error)]).encode("utf-8")
    try:
        with os.fdopen(writable, "wb") as pipe:
            pipe.write(payload)
    finally:
        os._exit(0)


def read_query_argument(argument: str, stdin_text: str | None = None) -> str:
    """'-' -> stdin, '@file.rq' -> the file's text, anything else -> the query itself."""
    if argument == "-":
        return stdin_text or ""
    if argument.startswith("@"):
        path = Path(argument[1:])
        try:
            return path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"Cannot read the query file {path}: {exc}") from None
    return argument
