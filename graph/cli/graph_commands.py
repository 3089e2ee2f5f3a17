"""Commands over the graph: build, path, query, show, export, validate, stats."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import errors
from .app import (
    VALIDATION_FAILED, AsOfOption, DataOption, IncludeUndatedOption, EndpointOption, ExportFormat, RawOption, RelationsOption, StoreOption,
    TableFormat, TextOrJson, _data_dir, _emit, _open, _remote, _write_view, command,
)  # fmt: skip


# Sentences of source text around each quote in text output (kg show, kg path).
ContextOption = Annotated[
    int,
    typer.Option("--context", "-C", min=0, max=20, metavar="N",
                 help="Under each quote, its sentence in the source with N sentences on each side, the quote between « and » (0: the quote alone)."),
]


@command()
def build(store: StoreOption = None, data: DataOption = None, endpoint: EndpointOption = None) -> None:
    """Build the store from the data directory (every other command also does this when the data changed).

    The data is checked first; on any problem the previous store is left as it was. With
    --endpoint, the graph replaces the project graph <urn:kg:graph> on that SPARQL server instead.
    """
    from ..store import build as build_store
    from ..store import build_remote, default_store_path

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
    all_shortest: Annotated[bool, typer.Option("--all", help="Every best path, not just one.")] = False,
    k: Annotated[int, typer.Option("-k", help="k paths by different routes, best first.")] = 1,
    fewest_hops: Annotated[
        bool, typer.Option("--fewest-hops", help="Fewest hops over every relation, parties and elections included, each hop costing the same.")
    ] = False,
    format: Annotated[TextOrJson, typer.Option("--format", "-f", help="text or json.")] = TextOrJson.text,
    html: Annotated[
        Optional[Path],
        typer.Option("--html", metavar="FILE", help="Also write the paths as an HTML view: in bold, with their neighbours pale around them."),
    ] = None,
    as_of: AsOfOption = None,
    include_undated: IncludeUndatedOption = False,
    min_outlets: Annotated[
        int, typer.Option("--min-outlets", metavar="N", help="Follow only relationships backed by at least N independent outlets (copies of one story count once; a dataset counts as one).")
    ] = 1,
    context: ContextOption = 0,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """How two people are connected: each hop with its direction, relation, date, source and quote.

    A path is a chain of statements between people (endorsed, rival_of, advised); a party or an
    election they share (member_of, candidate_in) is used only when there is no such chain within
    --max-hops, and reads "both are members of ...". Well-connected people cost more to pass through
    than specific ties: the path with the fewest hops may not be the one shown (--fewest-hops).

    Example: kg path harris bass · kg path musk biden --all · kg path musk biden -k 3 --format json
    · kg path musk biden --html musk-biden.html · kg path musk biden --as-of 2022-12
    · kg path harris bass --min-outlets 2
    """
    from ..asof import as_of_option
    from ..ontology import parse_relations
    from ..paths import find_paths
    from ..render import paths_json, paths_text

    if all_shortest and k != 1:
        raise errors.InvalidArgument("use either --all or -k, not both")
    date = as_of_option(as_of, include_undated)
    kg = _open(store, data, endpoint)
    wanted = parse_relations(relations)
    a, b = kg.resolve(source), kg.resolve(target)
    found = find_paths(kg, a, b, max_hops=max_hops, relations=wanted, all_shortest=all_shortest, k=k, as_of=date,
                       fewest_hops=fewest_hops, min_outlets=min_outlets)
    _emit(paths_json(kg, a, b, found) if format is TextOrJson.json else paths_text(kg, a, b, found, context))
    if html is not None:
        from ..subgraph import path_context

        view = path_context(kg, found, relations=wanted, as_of=date)
        _write_view(kg, view, wanted, f"kg: {kg.label(a)} to {kg.label(b)}", html, as_of=date)


@command()
def query(
    sparql: Annotated[
        Optional[str],
        typer.Argument(metavar="SPARQL", help="The query, @file.rq to read a file, or - to read stdin."),
    ] = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="table, csv, tsv or json (SPARQL 1.1 results JSON).")] = TableFormat.table,
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="Run a named query shipped with kg.")] = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List the named queries and exit.")] = False,
    as_of: Annotated[
        Optional[str],
        typer.Option("--as-of", metavar="DATE", help="Bind the query's ?asOf to DATE (YYYY, YYYY-MM or YYYY-MM-DD), typed xsd:date, xsd:gYearMonth or xsd:gYear: a VALUES block at the start of its WHERE clause; and ?asOfStart, ?asOfEnd (xsd:date, the first and last day of DATE's period) and ?includeUndated where the query uses them, as the shipped queries do."),
    ] = None,
    include_undated: IncludeUndatedOption = False,
    raw: RawOption = False,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Run a read-only SPARQL query. Prefixes pol: ent: stmt: src: wd: rdf: rdfs: owl: skos: prov: schema: dcterms: xsd: are predeclared.

    Example: kg query 'SELECT ?who WHERE { ?w pol:endorsed ent:karen-bass ; rdfs:label ?who }'
    · kg query -n members-as-of --as-of 2023-01-01 -f csv
    CONSTRUCT/DESCRIBE give Turtle (table), N-Triples (csv, tsv) or JSON-LD (json). csv and tsv put
    a ' before a cell a spreadsheet would run as a formula (=, +, -, @, tab, CR), unless --raw.
    """
    from ..asof import as_of_option
    from ..query import named_queries, named_query, read_query_argument, render, run_isolated, run_query

    if list_queries:
        _emit("".join(f"{q.name}\t{q.description}\n" for q in named_queries()))
        return
    if (sparql is None) == (name is None):
        raise errors.InvalidArgument("give either a SPARQL query (or @file.rq or -) or --name NAME")
    date = as_of_option(as_of, include_undated)
    text = named_query(name).text if name else read_query_argument(sparql, sys.stdin.read() if sparql == "-" else None)
    if endpoint:  # evaluated by the server, not here
        remote = _open(store, data, endpoint).store
        _warn_unknown_terms(remote, text)
        _emit(render(run_query(remote, text, as_of=date), format.value, raw=raw))
        return
    from ..store import default_store_path, pin_build

    # evaluated in a child process without network, which a crash of the engine does not take down
    directory, release = pin_build(store or default_store_path(), _data_dir(data))
    try:
        import pyoxigraph as ox

        _warn_unknown_terms(ox.Store.read_only(str(directory)), text)
        for piece in run_isolated(directory, text, format.value, as_of=date, raw=raw):
            _emit(piece)
    finally:
        release()


def _warn_unknown_terms(store, text: str) -> None:
    """pol: and ent: terms the graph does not have, on stderr: the query still runs."""
    from ..errors import QueryError
    from ..query_terms import unknown_term_warnings

    try:
        warnings = unknown_term_warnings(store, text)
    except (QueryError, SyntaxError, OSError):  # a query that does not parse: run_query says why
        return
    for warning in warnings:
        typer.echo(f"kg: warning: {warning}", err=True)


@command()
def show(
    name: Annotated[str, typer.Argument(help="A name, alias or id, e.g. caruso.")],
    format: Annotated[TextOrJson, typer.Option("--format", "-f", help="text or json.")] = TextOrJson.text,
    as_of: AsOfOption = None,
    include_undated: IncludeUndatedOption = False,
    context: ContextOption = 0,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """An entity's card: labels, aliases, type, ids and every relationship with its evidence
    (disputed and negated claims included, and marked), in the order things happened. With
    --as-of, the card as it stood that day.

    Example: kg show caruso · kg show sinema --as-of 2021-06-01 · kg show bass --format json
    """
    from ..render import card_json, card_text
    from ..timeline import card_as_of, in_order

    from ..asof import as_of_option

    date = as_of_option(as_of, include_undated)
    kg = _open(store, data, endpoint)
    if date is not None:
        entity, edges = card_as_of(kg, kg.resolve(name), date)
    else:
        entity, card = kg.card(kg.resolve(name))
        edges = in_order(card)
    _emit(card_json(kg, entity, edges) if format is TextOrJson.json else card_text(kg, entity, edges, context))


@command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="ttl, nt, jsonld, csv, graphml, gexf, cytoscape or edgelist.")] = ExportFormat.ttl,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="File to write instead of stdout.")] = None,
    raw: RawOption = False,
    store: StoreOption = None,
    data: DataOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Export the graph. csv has one row per asserted statement:
    subject,relation,object,date,source,quote (entity labels as names). graphml and gexf (Gephi),
    cytoscape (Cytoscape.js JSON) and edgelist (CSV) have one edge per asserted relationship.
    csv and edgelist put a ' before a cell a spreadsheet would run as a formula, unless --raw."""
    from ..formats import export as export_graph

    _emit(export_graph(_open(store, data, endpoint), format.value, raw=raw), out)


@command()
def validate(
    data: DataOption = None,
    format: Annotated[TextOrJson, typer.Option("--format", "-f", help="text (one problem per line) or json.")] = TextOrJson.text,
    fix: Annotated[bool, typer.Option("--fix", help="First rewrite statements.csv with the quote anchors "
                                      "that shifted repaired and the missing ones written.")] = False,
) -> None:
    """Check the data directory: files well-formed, SHACL shapes (ontology/shapes.ttl) satisfied,
    every quote verbatim in its source and its anchor (quote_start, quote_prefix, quote_suffix) still
    on it. Lists each problem with file, line and entity; exit 1 if any.

    With --fix, anchors that shifted (the text was edited) are repaired and missing ones written
    first, what was fixed is said on stderr, then the directory is checked; a quote no longer in its
    text cannot be fixed. Steps taking longer than a second are shown on stderr as they go.
    --format json prints {"data": DIR, "valid": true|false, "problems": [{"file", "line", "subject",
    "message"}]}, with --fix also "fixed": {"shifted": [LINE...], "missing": [LINE...]}.

    Example: kg validate --data mydata · kg validate --data mydata --fix · kg validate --data mydata -f json | jq '.problems[].message'
    """
    import json
    import time

    from ..transaction import reading
    from ..validate import fix_anchors
    from ..validate import validate as validate_data

    directory = _data_dir(data)
    fixes = None
    if fix:
        try:
            fixes = fix_anchors(directory)
        except errors.DataError:
            pass  # the files do not read: the check below says why
        else:
            for what, lines in (("repaired a shifted", fixes.shifted), ("wrote a missing", fixes.missing)):
                if lines:
                    typer.echo(f"kg: {what} quote anchor on {len(lines)} line(s) of statements.csv: "
                               f"{', '.join(map(str, lines[:20]))}{' ...' if len(lines) > 20 else ''}", err=True)
            if fixes.lost:
                typer.echo(f"kg: cannot fix {len(fixes.lost)} quote(s) no longer in their source's text", err=True)
    started = shown = time.monotonic()

    def progress(step: str) -> None:  # a line a second at most, once a second has gone by
        nonlocal shown
        now = time.monotonic()
        if now - shown >= 1:
            shown = now
            typer.echo(f"kg: validating: {step} ({now - started:.0f} s)", err=True)

    with reading(directory):
        problems = validate_data(directory, progress, lambda text: typer.echo(f"kg: note: {text}", err=True))
    if format is TextOrJson.json:
        document = {"data": str(directory), "valid": not problems, "problems": [
            {"file": p.file, "line": p.line, "subject": p.subject, "message": p.message} for p in problems]}
        if fixes is not None:
            document["fixed"] = {"shifted": list(fixes.shifted), "missing": list(fixes.missing)}
        _emit(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
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
    from ..render import stats_json, stats_text

    result = _open(store, data, endpoint).stats()
    _emit(stats_json(result) if format is TextOrJson.json else stats_text(result))


# --- growing the graph from news: init, extract, ingest, eval -----------------------------
