"""The `kg` command line: a thin layer over the library.

Results go to stdout, messages to stderr. Exit codes (also in README.md):
  0 success · 1 kg validate found problems · 2 bad usage or option value
  3 unknown or ambiguous entity · 4 no path within --max-hops · 5 bad SPARQL query
  6 malformed data files · 7 store cannot be built or opened
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import errors

EXIT_CODES: dict[type[errors.KgError], int] = {
    errors.InvalidArgument: 2,
    errors.UnknownRelation: 2,
    errors.UnknownEntity: 3,
    errors.AmbiguousEntity: 3,
    errors.NoPath: 4,
    errors.QueryError: 5,
    errors.DataError: 6,
    errors.StoreError: 7,
}
VALIDATION_FAILED = 1

app = typer.Typer(
    name="kg",
    help="A knowledge graph of political relationships from news: who endorsed, rivals, advised "
    "and switched parties, every edge traceable to the words of a source.\n\n"
    "Exit codes: 0 ok, 1 validation problems, 2 bad usage, 3 unknown or ambiguous name, "
    "4 no path, 5 bad query, 6 malformed data, 7 store error.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


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
            try:
                function(*a, **kw)
            except errors.KgError as error:
                typer.echo(f"kg: {error}", err=True)
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


def _data_dir(data: Path | None) -> Path:
    from .resources import shipped_data_dir

    return data if data is not None else shipped_data_dir()


def _remote(endpoint: str):  # -> RemoteStore
    """The endpoint, with its update URL, Graph Store URL, credentials and timeout from the environment."""
    from .remote import RemoteStore

    default_update = endpoint[: -len("/query")] + "/update" if endpoint.endswith("/query") else endpoint
    try:
        timeout = float(os.environ.get("KG_ENDPOINT_TIMEOUT", "30"))
    except ValueError:
        raise errors.InvalidArgument("KG_ENDPOINT_TIMEOUT must be a number of seconds") from None
    return RemoteStore(
        endpoint,
        update_url=os.environ.get("KG_UPDATE_ENDPOINT", default_update),
        graph_store_url=os.environ.get("KG_GRAPH_STORE") or None,
        timeout=timeout,
        user=os.environ.get("KG_ENDPOINT_USER") or None,
        password=os.environ.get("KG_ENDPOINT_PASSWORD") or None,
    )


def _open(store: Path | None, data: Path | None, endpoint: str | None = None):  # -> KnowledgeGraph
    from .knowledge_graph import KnowledgeGraph

    if endpoint:
        return KnowledgeGraph(_remote(endpoint))
    from .store import default_store_path

    return KnowledgeGraph.open(store or default_store_path(), _data_dir(data))


def _emit(text: str, out: Path | None = None) -> None:
    if out is None or str(out) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        from .fileio import write_atomic

        write_atomic(out, text)
        typer.echo(f"kg: wrote {out}", err=True)


@command()
def build(store: StoreOption = None, data: DataOption = None, endpoint: EndpointOption = None) -> None:
    """Build the store from the data directory (every other command also does this when the data changed).

    The data is checked first; on any problem the previous store is left as it was. With
    --endpoint, the graph replaces the project graph <urn:kg:graph> on that SPARQL server instead.
    """
    from .store import build as build_store
    from .store import build_remote, default_store_path

    if endpoint:
        report = build_remote(_data_dir(data), _remote(endpoint))
    else:
        report = build_store(_data_dir(data), store or default_store_path())
    typer.echo(
        f"kg: built {report.store}: {report.triples} triples, {report.entities} entities, "
        f"{report.statements} statements from {report.sources} sources",
        err=True,
    )


@command()
def path(
    source: Annotated[str, typer.Argument(metavar="FROM", help="A name, alias or id, e.g. harris.")],
    target: Annotated[str, typer.Argument(metavar="TO", help="A name, alias or id, e.g. bass.")],
    max_hops: Annotated[int, typer.Option("--max-hops", help="Longest path to look for.")] = 6,
    relations: RelationsOption = None,
    all_shortest: Annotated[bool, typer.Option("--all", help="Every shortest path, not just one.")] = False,
    k: Annotated[int, typer.Option("-k", help="The k shortest simple paths.")] = 1,
    format: Annotated[TextOrJson, typer.Option("--format", "-f", help="text or json.")] = TextOrJson.text,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """How two people are connected: each hop with its direction, relation, date, source and quote.

    Example: kg path harris bass · kg path musk biden --all · kg path musk biden -k 3 --format json
    """
    from .ontology import parse_relations
    from .paths import find_paths
    from .render import paths_json, paths_text

    if all_shortest and k != 1:
        raise errors.InvalidArgument("use either --all or -k, not both")
    kg = _open(store, data, endpoint)
    wanted = parse_relations(relations)
    a, b = kg.resolve(source), kg.resolve(target)
    found = find_paths(kg, a, b, max_hops=max_hops, relations=wanted, all_shortest=all_shortest, k=k)
    _emit((paths_json if format is TextOrJson.json else paths_text)(kg, a, b, found))


@command()
def query(
    sparql: Annotated[
        Optional[str],
        typer.Argument(metavar="SPARQL", help="The query, @file.rq to read a file, or - to read stdin."),
    ] = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="table, csv, tsv or json (SPARQL 1.1 results JSON).")] = TableFormat.table,
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="Run a named query shipped with kg.")] = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List the named queries and exit.")] = False,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Run a read-only SPARQL query. Prefixes pol: ent: stmt: src: wd: rdf: rdfs: owl: skos: prov: schema: dcterms: xsd: are predeclared.

    Example: kg query 'SELECT ?who WHERE { ?w pol:endorsed ent:karen-bass ; rdfs:label ?who }'
    CONSTRUCT/DESCRIBE give Turtle (table), N-Triples (csv, tsv) or JSON-LD (json).
    """
    from .query import named_queries, named_query, read_query_argument, render, run_query

    if list_queries:
        _emit("".join(f"{q.name}\t{q.description}\n" for q in named_queries()))
        return
    if (sparql is None) == (name is None):
        raise errors.InvalidArgument("give either a SPARQL query (or @file.rq or -) or --name NAME")
    text = named_query(name).text if name else read_query_argument(sparql, sys.stdin.read() if sparql == "-" else None)
    kg = _open(store, data, endpoint)
    _emit(render(run_query(kg.store, text), format.value))


@command()
def show(
    name: Annotated[str, typer.Argument(help="A name, alias or id, e.g. caruso.")],
    format: Annotated[TextOrJson, typer.Option("--format", "-f", help="text or json.")] = TextOrJson.text,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """An entity's card: labels, aliases, type, ids and every relationship with its evidence
    (disputed and negated claims included, and marked)."""
    from .render import card_json, card_text

    kg = _open(store, data, endpoint)
    entity, edges = kg.card(kg.resolve(name))
    _emit((card_json if format is TextOrJson.json else card_text)(kg, entity, edges))


@command()
def viz(
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write (- for stdout).")] = Path("kg.html"),
    relations: RelationsOption = None,
    title: Annotated[str, typer.Option("--title", help="Heading of the page.")] = "kg: political relationships",
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Write a self-contained HTML network of the graph: opens offline, one colour per relation
    type with a legend, evidence in tooltips and a side panel. Claims that are only disputed
    or negated are drawn faded.

    Example: kg viz --out seed-graph.html · kg viz -r endorsed,rival_of -o endorsements.html
    """
    from viz import render_html

    from .ontology import entity_types, parse_relations, relations as all_relations

    kg = _open(store, data, endpoint)
    wanted = parse_relations(relations)
    edges = kg.edges(wanted, asserted_only=False)
    linked = {e.subject for e in edges} | {e.object for e in edges}
    entities = [e for e in kg.entities() if e.id in linked]
    html = render_html(entities, edges, wanted or all_relations(), entity_types(), title=title)
    _emit(html, out)
    if str(out) != "-":
        typer.echo(f"kg: {len(entities)} entities, {len(edges)} relationships; open file://{out.resolve()}", err=True)


@command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="ttl, nt, jsonld or csv.")] = ExportFormat.ttl,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="File to write instead of stdout.")] = None,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Export the graph. csv has one row per asserted statement:
    subject,relation,object,date,source,quote (entity labels as names)."""
    from .export import export as export_graph

    _emit(export_graph(_open(store, data, endpoint), format.value), out)


@command()
def validate(data: DataOption = None) -> None:
    """Check the data directory: files well-formed, SHACL shapes (ontology/shapes.ttl) satisfied,
    every quote verbatim in its source. Lists each problem with file, line and entity; exit 1 if any."""
    from .validate import validate as validate_data

    directory = _data_dir(data)
    problems = validate_data(directory)
    for problem in problems:
        typer.echo(str(problem))
    if problems:
        typer.echo(f"kg: {len(problems)} problem(s) in {directory}", err=True)
        raise typer.Exit(VALIDATION_FAILED)
    typer.echo(f"kg: {directory} is valid", err=True)


@command()
def stats(
    format: Annotated[TextOrJson, typer.Option("--format", "-f", help="text or json.")] = TextOrJson.text,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Counts of entities by type and of relationships (edges and statements) by relation."""
    from .render import stats_json, stats_text

    result = _open(store, data, endpoint).stats()
    _emit(stats_json(result) if format is TextOrJson.json else stats_text(result))


def main() -> None:
    app(prog_name="kg")


