"""Growing the graph from news: kg init, extract, ingest and eval."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .. import errors
from .app import (
    EXIT_CODES, DataOption, RawOption, StoreOption,
    _data_dir, _emit, _open, command,
)  # fmt: skip


class CandidateFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


ArticlesArgument = Annotated[
    list[Path], typer.Argument(metavar="FILE...", help="Articles: text or Markdown (with an optional url:/title:/date:/outlet: header) or HTML.")
]


def _extractor(store: Path | None, data: Path | None):  # -> Extractor
    from ..extract import Extractor

    return Extractor(_open(store, data).entities())


def _each_article(extractor, files: list[Path], failures: list[errors.ArticleError]):
    """(article, candidates) per readable file, with a progress bar on stderr; unreadable files
    are said on stderr, collected in `failures`, and skipped."""
    from ..extract import read_article

    with typer.progressbar(length=len(files), label="kg: extracting", file=sys.stderr) as bar:

        def readable():
            for path in files:
                try:
                    article = read_article(path)
                except errors.ArticleError as error:
                    typer.echo(f"kg: {error}", err=True)
                    failures.append(error)
                    bar.update(1)
                    continue
                for warning in article.warnings:
                    typer.echo(f"kg: {path}: {warning}", err=True)
                yield article

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
    from ..datadir import init_data_dir

    created = init_data_dir(directory, seed=seed)
    typer.echo(f"kg: created {created}{' with the shipped corpus' if seed else ''}; use it with --data {created}", err=True)


@command()
def extract(
    files: ArticlesArgument,
    format: Annotated[CandidateFormat, typer.Option("--format", "-f", help="table, csv (asserted candidates only) or json.")] = CandidateFormat.table,
    raw: RawOption = False,
    store: StoreOption = None,
    data: DataOption = None,
) -> None:
    """Print the relationships the extractor finds in articles, each with its sentence, rule and
    confidence; writes nothing. Names resolve through the graph of --data; new people are marked *.
    csv columns: subject,relation,object,date,source,quote,rule,confidence; a cell a spreadsheet
    would run as a formula gets a ' in front, unless --raw.

    Example: kg extract article.txt · kg extract news/*.html --format csv > candidates.csv
    """
    from ..extract.output import candidates_csv, candidates_json, candidates_table

    extractor = _extractor(store, data)
    failures: list[errors.ArticleError] = []
    found = [c for _, candidates in _each_article(extractor, files, failures) for c in candidates]
    if format.value == "csv":
        _emit(candidates_csv(found, raw=raw))
    else:
        _emit((candidates_table if format.value == "table" else candidates_json)(found))
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
    from ..datadir import ensure_writable
    from ..extract.output import candidates_table
    from ..ingest import ingest_article
    from ..review import review
    from ..store import build as build_store
    from ..store import default_store_path
    from ..transaction import transaction, writing

    if not 0 <= accept_above <= 1:
        raise errors.InvalidArgument("--accept-above must be between 0 and 1")
    directory = _data_dir(data)
    ensure_writable(directory)
    extractor = _extractor(store, data)
    failures: list[errors.ArticleError] = []
    chosen = []
    for article, candidates in [(a, c) for a, c in _each_article(extractor, files, failures)]:
        if review_:
            typer.echo(f"kg: {article.path}: {len(candidates)} candidate(s)", err=True)
            accepted, quit_early = review(
                candidates, accept_above,
                ask=lambda question, default: typer.prompt(question, default=default, err=True),
                say=lambda text: typer.echo(text, err=True),
            )  # fmt: skip
        else:
            accepted, quit_early = [c for c in candidates if c.confidence >= accept_above], False
        chosen.append((article, accepted))
        if quit_early:
            break
    # every article in one transaction, and the store rebuilt before another writer may change the data
    with writing(directory):
        with transaction(directory) as txn:
            results = [(a, ingest_article(directory, a, accepted, version=extractor.version, txn=txn)) for a, accepted in chosen]
        for article, result in results:
            state = "added as" if result.source_added else "already there as"
            typer.echo(
                f"kg: {article.path}: {state} source {result.source}; {result.statements} statement(s), "
                f"{len(result.entities)} new entit{'y' if len(result.entities) == 1 else 'ies'} to review",
                err=True,
            )
            for candidate, reason in result.skipped:
                typer.echo(f"kg:   skipped ({reason}): " + candidates_table([candidate]).splitlines()[0], err=True)
        if any(result.source_added or result.statements for _, result in results):
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
    from ..evaluate import name_keys, read_gold, score
    from ..extract.output import report_json, report_text

    rows = read_gold(gold)
    extractor = _extractor(store, data)
    failures: list[errors.ArticleError] = []
    predictions = {a.id: c for a, c in _each_article(extractor, files, failures)}
    report = score(rows, predictions, name_keys(extractor), min_confidence=min_confidence)
    _emit(report_json(report) if format is TextFormat.json else report_text(report))
    _fail_if_unreadable(failures)
