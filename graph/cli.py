"""The `kg` command line: a thin layer over the library.

Results go to stdout, messages to stderr. Exit codes (also in README.md):
  0 success · 1 kg validate found problems · 2 bad usage or option value
  3 unknown or ambiguous entity · 4 no path within --max-hops · 5 bad SPARQL query
  6 malformed data files · 7 store cannot be built or opened · 8 view too large to draw
  9 an article cannot be read · 10 the data directory is the read-only shipped corpus
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
    errors.ViewTooLarge: 8,
    errors.ArticleError: 9,
    errors.ReadOnlyData: 10,
}
VALIDATION_FAILED = 1

app = typer.Typer(
    name="kg",
    help="A knowledge graph of political relationships from news: who endorsed, rivals, advised "
    "and switched parties, every edge traceable to the words of a source.\n\n"
    "Exit codes: 0 ok, 1 validation problems, 2 bad usage, 3 unknown or ambiguous name, "
    "4 no path, 5 bad query, 6 malformed data, 7 store error, 8 view too large, "
    "9 unreadable article, 10 read-only data directory.",
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
    graphml = "graphml"
    gexf = "gexf"
    cytoscape = "cytoscape"
    edgelist = "edgelist"


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


def _write_view(view, relations, title: str, out: Path, as_of: str | None = None) -> None:  # view: Subgraph
    """Render a view (graph.subgraph) as one HTML page and say where it went."""
    from viz import render_html

    from .ontology import entity_types
    from .ontology import relations as all_relations

    html = render_html(
        view.entities, view.edges, relations or all_relations(), entity_types(), title=title,
        focus=view.focus, focus_edges=view.focus_edges, context_faded=view.context_faded, as_of=as_of,
    )
    _emit(html, out)
    if str(out) != "-":
        left_out = f" ({view.omitted} less connected ones within reach left out)" if view.omitted else ""
        typer.echo(f"kg: {len(view.entities)} entities, {len(view.edges)} relationships{left_out}; "
                   f"open file://{out.resolve()}", err=True)


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
    html: Annotated[
        Optional[Path],
        typer.Option("--html", metavar="FILE", help="Also write the paths as an HTML view: in bold, with their neighbours pale around them."),
    ] = None,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """How two people are connected: each hop with its direction, relation, date, source and quote.

    Example: kg path harris bass · kg path musk biden --all · kg path musk biden -k 3 --format json
    · kg path musk biden --html musk-biden.html
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
    if html is not None:
        from .subgraph import path_context

        _write_view(path_context(kg, found, relations=wanted), wanted, f"kg: {kg.label(a)} to {kg.label(b)}", html)


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
    as_of: Annotated[
        Optional[str],
        typer.Option("--as-of", metavar="DATE", help="The card as of DATE: statements dated later and periods ended earlier left out, in date order."),
    ] = None,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """An entity's card: labels, aliases, type, ids and every relationship with its evidence
    (disputed and negated claims included, and marked)."""
    from .render import card_json, card_text

    kg = _open(store, data, endpoint)
    if as_of is not None:
        from .asof import parse_as_of
        from .timeline import card_as_of

        entity, edges = card_as_of(kg, kg.resolve(name), parse_as_of(as_of))
    else:
        entity, edges = kg.card(kg.resolve(name))
    _emit((card_json if format is TextOrJson.json else card_text)(kg, entity, edges))


@command()
def viz(
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write (- for stdout).")] = Path("kg.html"),
    relations: RelationsOption = None,
    around: Annotated[
        Optional[str], typer.Option("--around", metavar="NAME", help="Only the neighbourhood of this entity (a name, alias or id).")
    ] = None,
    hops: Annotated[Optional[int], typer.Option("--hops", help="With --around: how many links out to go. Default 2.")] = None,
    max_nodes: Annotated[
        Optional[int], typer.Option("--max-nodes", help="With --around: at most this many entities, the best connected. Default 200.")
    ] = None,
    as_of: Annotated[
        Optional[str],
        typer.Option("--as-of", metavar="DATE", help="Only statements dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD); undated ones are kept and marked."),
    ] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="Heading of the page.")] = None,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Write a self-contained HTML network of the graph: opens offline, one colour per relation
    type with a legend and checkboxes, a search box for any name or alias, evidence in tooltips
    and a side panel. Claims that are only disputed or negated are drawn faded. A graph of more
    than 5,000 entities is refused (exit 8): draw a neighbourhood with --around instead.

    Example: kg viz --out seed-graph.html · kg viz -r endorsed,rival_of -o endorsements.html
    · kg viz --around bass --hops 1 -o bass.html · kg viz --as-of 2022-08-01 -o early.html
    """
    from .asof import parse_as_of
    from .ontology import parse_relations
    from .subgraph import neighbourhood, whole_graph

    if around is None and (hops is not None or max_nodes is not None):
        raise errors.InvalidArgument("--hops and --max-nodes go with --around NAME")
    kg = _open(store, data, endpoint)
    wanted = parse_relations(relations)
    date = parse_as_of(as_of) if as_of is not None else None
    if around is None:
        view = whole_graph(kg, relations=wanted, as_of=date)
    else:
        centre = kg.resolve(around)
        view = neighbourhood(kg, [centre], hops=2 if hops is None else hops,
                             max_nodes=200 if max_nodes is None else max_nodes, relations=wanted, as_of=date)
        title = title or f"kg: around {kg.label(centre)}"
    _write_view(view, wanted, title or "kg: political relationships", out, date)


@command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="ttl, nt, jsonld, csv, graphml, gexf, cytoscape or edgelist.")] = ExportFormat.ttl,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="File to write instead of stdout.")] = None,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Export the graph. csv has one row per asserted statement:
    subject,relation,object,date,source,quote (entity labels as names). graphml and gexf (Gephi),
    cytoscape (Cytoscape.js JSON) and edgelist (CSV) have one edge per asserted relationship."""
    from .formats import export as export_graph

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


# --- growing the graph from news: init, extract, ingest, eval -----------------------------


class CandidateFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


ArticlesArgument = Annotated[
    list[Path], typer.Argument(metavar="FILE...", help="Articles: text or Markdown (with an optional url:/title:/date:/outlet: header) or HTML.")
]


def _extractor(store: Path | None, data: Path | None):  # -> Extractor
    from .extract import Extractor

    return Extractor(_open(store, data).entities())


def _each_article(extractor, files: list[Path], failures: list[errors.ArticleError]):
    """(article, candidates) per readable file, with a progress bar on stderr; unreadable files
    are said on stderr, collected in `failures`, and skipped."""
    from .extract import read_article

    with typer.progressbar(length=len(files), label="kg: extracting", file=sys.stderr) as bar:

        def readable():
            for path in files:
                try:
                    yield read_article(path)
                except errors.ArticleError as error:
                    typer.echo(f"kg: {error}", err=True)
                    failures.append(error)
                    bar.update(1)

        for article, candidates in extractor.extract_many(readable()):
            bar.update(1)
            yield article, candidates


def _fail_if_unreadable(failures: list[errors.ArticleError]) -> None:
    if failures:
        typer.echo(f"kg: {len(failures)} article(s) could not be read", err=True)
        raise typer.Exit(EXIT_CODES[errors.ArticleError])


@command()
def init(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="The data directory to create (must not exist, or be empty).")],
    seed: Annotated[bool, typer.Option("--seed", help="Start from a copy of the corpus shipped with kg.")] = False,
) -> None:
    """Create a data directory of your own, to grow with kg ingest: empty CSV files with their
    headers, or with --seed a copy of the shipped corpus. Use it with --data DIR or KG_DATA=DIR.

    Example: kg init ~/kg-data --seed && kg ingest article.txt --data ~/kg-data
    """
    from .datadir import init_data_dir

    created = init_data_dir(directory, seed=seed)
    typer.echo(f"kg: created {created}{' with the shipped corpus' if seed else ''}; use it with --data {created}", err=True)


@command()
def extract(
    files: ArticlesArgument,
    format: Annotated[CandidateFormat, typer.Option("--format", "-f", help="table, csv (asserted candidates only) or json.")] = CandidateFormat.table,
    store: StoreOption = None,
    data: DataOption = None,
) -> None:
    """Print the relationships the extractor finds in articles, each with its sentence, rule and
    confidence; writes nothing. Names resolve through the graph of --data; new people are marked *.
    csv columns: subject,relation,object,date,source,quote,rule,confidence.

    Example: kg extract article.txt · kg extract news/*.html --format csv > candidates.csv
    """
    from .extract.output import candidates_csv, candidates_json, candidates_table

    extractor = _extractor(store, data)
    failures: list[errors.ArticleError] = []
    found = [c for _, candidates in _each_article(extractor, files, failures) for c in candidates]
    render = {"table": candidates_table, "csv": candidates_csv, "json": candidates_json}[format.value]
    _emit(render(found))
    typer.echo(f"kg: {len(found)} candidate(s) from {len(files) - len(failures)} article(s)", err=True)
    _fail_if_unreadable(failures)


@command()
def ingest(
    files: ArticlesArgument,
    accept_above: Annotated[float, typer.Option("--accept-above", metavar="P", help="Accept candidates whose confidence is at least P (0 to 1).")] = 0.5,
    review_: Annotated[bool, typer.Option("--review", help="Walk the candidates one by one: accept, reject or edit the relation.")] = False,
    store: StoreOption = None,
    data: DataOption = None,
) -> None:
    """Add articles to the data directory as sources, with the statements accepted from them
    (method extracted:RULE@VERSION, their confidence) and the new entities they name (description
    'needs review: ...'), then rebuild the store. An article already there adds nothing. The
    shipped corpus is read-only: create your own with kg init DIR --seed and pass --data DIR.

    Example: kg ingest article.txt --data ~/kg-data · kg ingest news/*.txt --review --data ~/kg-data
    """
    from .datadir import ensure_writable
    from .extract.output import candidates_table
    from .ingest import ingest_article
    from .review import review
    from .store import build as build_store
    from .store import default_store_path

    if not 0 <= accept_above <= 1:
        raise errors.InvalidArgument("--accept-above must be between 0 and 1")
    directory = _data_dir(data)
    ensure_writable(directory)
    extractor = _extractor(store, data)
    failures: list[errors.ArticleError] = []
    added = statements = 0
    quit_early = False
    articles = [(a, c) for a, c in _each_article(extractor, files, failures)]
    for article, candidates in articles:
        if review_:
            typer.echo(f"kg: {article.path}: {len(candidates)} candidate(s)", err=True)
            accepted, quit_early = review(
                candidates, accept_above,
                ask=lambda question, default: typer.prompt(question, default=default, err=True),
                say=lambda text: typer.echo(text, err=True),
            )  # fmt: skip
        else:
            accepted = [c for c in candidates if c.confidence >= accept_above]
        result = ingest_article(directory, article, accepted, version=extractor.version)
        added += result.source_added
        statements += result.statements
        state = "added as" if result.source_added else "already there as"
        typer.echo(
            f"kg: {article.path}: {state} source {result.source}; {result.statements} statement(s), "
            f"{len(result.entities)} new entit{'y' if len(result.entities) == 1 else 'ies'} to review",
            err=True,
        )
        for candidate, reason in result.skipped:
            typer.echo(f"kg:   skipped ({reason}): " + candidates_table([candidate]).splitlines()[0], err=True)
        if quit_early:
            break
    if added or statements:
        report = build_store(directory, store or default_store_path())
        typer.echo(f"kg: rebuilt {report.store}: {report.statements} statements from {report.sources} sources", err=True)
    _fail_if_unreadable(failures)


class TextFormat(str, Enum):
    text = "text"
    json = "json"


@command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Argument(metavar="GOLD.csv", help="Gold relations: article,subject,relation,object,explicitness,evidence.")],
    files: ArticlesArgument,
    min_confidence: Annotated[float, typer.Option("--min-confidence", metavar="P", help="Score only candidates with at least this confidence.")] = 0.0,
    format: Annotated[TextFormat, typer.Option("--format", "-f", help="text or json.")] = TextFormat.text,
    store: StoreOption = None,
    data: DataOption = None,
) -> None:
    """Score the extractor against a gold file (article = the file name without extension):
    precision, recall and F1 per relation and overall, then the misses, the false hits and any
    claim the gold marks denied that was produced. Names match by label or alias.

    Example: kg eval ../shared/corpus/dev/gold_relations.csv ../shared/corpus/dev/*.txt
    """
    from .evaluate import name_keys, read_gold, score
    from .extract.output import report_json, report_text

    rows = read_gold(gold)
    extractor = _extractor(store, data)
    failures: list[errors.ArticleError] = []
    predictions = {a.id: c for a, c in _each_article(extractor, files, failures)}
    report = score(rows, predictions, name_keys(extractor), min_confidence=min_confidence)
    _emit(report_json(report) if format is TextFormat.json else report_text(report))
    _fail_if_unreadable(failures)


def main() -> None:
    app(prog_name="kg")


from . import cli_import  # noqa: E402,F401  (registers kg import and kg resolve)


