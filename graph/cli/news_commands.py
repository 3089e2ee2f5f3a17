"""Growing the graph from news: kg init, extract, ingest and eval."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

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


ModelOption = Annotated[
    Optional[str],
    typer.Option(
        "--model", envvar="KG_MODEL", metavar="NAME|DIR",
        help="The spaCy pipeline that parses sentences: an installed one (en_core_web_trf) or a pipeline folder. "
        "Default: en_core_web_sm 3.8.0, installed with kg.",
    ),
]  # fmt: skip


def _extractor(store: Path | None, data: Path | None, model: str | None = None):  # -> Extractor
    from ..news import Extractor

    return Extractor(_open(store, data).entities(), model=model)


def _progress(files: list[Path]):
    return typer.progressbar(length=len(files), label="kg: extracting", file=sys.stderr)


def _readable(files: list[Path], failures: list[errors.ArticleError], bar):
    """The article of each readable file; unreadable files are said on stderr, collected in
    `failures`, counted on the progress bar, and skipped."""
    from ..news import read_article

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


def _each_article(extractor, files: list[Path], failures: list[errors.ArticleError]):
    """(article, candidates) per readable file, with a progress bar on stderr (see _readable); an
    article whose extraction fails is said on stderr, collected in `failures`, and skipped."""
    with _progress(files) as bar:
        for article, candidates in extractor.extract_many(_readable(files, failures, bar), on_failure=_failed(failures, bar)):
            bar.update(1)
            yield article, candidates


def _failed(failures: list[errors.ArticleError], bar):
    """What to do with an article whose extraction fails: say it on stderr, collect it, count it."""

    def failed(error: errors.ExtractionError) -> None:
        typer.echo(f"kg: {error}", err=True)
        failures.append(error)
        bar.update(1)

    return failed


def _fail_if_unreadable(failures: list[errors.ArticleError]) -> None:
    if failures:
        typer.echo(f"kg: {len(failures)} article(s) could not be read or extracted", err=True)
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
    model: ModelOption = None,
) -> None:
    """Print the relationships the extractor finds in articles, each with its sentence, rule and
    confidence; writes nothing. Rules named parse.RELATION.SHAPE read the sentence's dependency
    parse (--model); the others are the patterns of ontology/patterns/. Denied and supposed ones
    are shown as negated or disputed (table, json). Names resolve through the graph of --data; new
    people and organizations are marked *.
    csv columns: subject,relation,object,date,source,quote,rule,confidence; a cell a spreadsheet
    would run as a formula gets a ' in front, unless --raw.

    Example: kg extract article.txt · kg extract news/*.html --format csv > candidates.csv
    """
    from ..datafiles import MAX_FIELD
    from ..news.output import candidates_csv, candidates_json, candidates_table, too_long

    extractor = _extractor(store, data, model)
    failures: list[errors.ArticleError] = []
    found = [c for _, candidates in _each_article(extractor, files, failures) for c in candidates]
    if format.value == "csv":
        _emit(candidates_csv(found, raw=raw))
        left_out = sum(1 for c in found if c.status == "asserted" and too_long(c))
        if left_out:
            typer.echo(f"kg: {left_out} candidate(s) left out of the CSV: a quote over {MAX_FIELD:,} characters", err=True)
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
    model: ModelOption = None,
) -> None:
    """Add articles to the data directory as sources, with the statements accepted from them
    (method extracted:RULE@VERSION, their confidence) and the new entities they name (description
    'needs review: ...'), then rebuild the store. An article already there adds nothing. The
    shipped corpus is read-only: create your own with kg init DIR --seed and pass --data DIR.

    Example: kg ingest article.txt --data ~/kg-data · kg ingest news/*.txt --review --data ~/kg-data
    """
    from contextlib import ExitStack

    from ..datadir import ensure_writable
    from ..news.ingest import accept_above as above, ingest_files
    from ..news.output import candidates_table
    from ..news.review import review
    from ..store import default_store_path

    by_threshold = above(accept_above)
    directory = _data_dir(data)
    ensure_writable(directory)  # before loading the extractor, which takes a while
    extractor = _extractor(store, data, model)
    failures: list[errors.ArticleError] = []

    with ExitStack() as progress:
        bar = progress.enter_context(_progress(files))

        def choose(article, candidates):
            progress.close()  # the extraction is over: end the bar before any prompt
            if not review_:
                return by_threshold(article, candidates)
            typer.echo(f"kg: {article.path}: {len(candidates)} candidate(s)", err=True)
            return review(
                candidates, accept_above,
                ask=lambda question, default: typer.prompt(question, default=default, err=True),
                say=lambda text: typer.echo(text, err=True),
            )  # fmt: skip

        report = ingest_files(
            directory, extractor, _readable(files, failures, bar), choose=choose,
            store_path=store or default_store_path(), progress=lambda article: bar.update(1), on_failure=_failed(failures, bar),
        )  # fmt: skip
    for article, result in report.articles:
        state = "added as" if result.source_added else "already there as"
        typer.echo(
            f"kg: {article.path}: {state} source {result.source}; {result.statements} statement(s), "
            f"{len(result.entities)} new entit{'y' if len(result.entities) == 1 else 'ies'} to review",
            err=True,
        )
        for candidate, reason in result.skipped:
            typer.echo(f"kg:   skipped ({reason}): " + candidates_table([candidate]).splitlines()[0], err=True)
    if report.rebuilt is not None:
        built = report.rebuilt
        typer.echo(f"kg: rebuilt {built.store}: {built.statements} statements from {built.sources} sources", err=True)
    _fail_if_unreadable(failures)


class TextFormat(str, Enum):
    text = "text"
    json = "json"


@command(name="eval")
def eval_(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Gold CSV files, corpus folders and articles, in any mix.")],
    min_confidence: Annotated[float, typer.Option("--min-confidence", metavar="P", help="Score only candidates with at least this confidence.")] = 0.0,
    format: Annotated[TextFormat, typer.Option("--format", "-f", help="text or json.")] = TextFormat.text,
    store: StoreOption = None,
    data: DataOption = None,
    model: ModelOption = None,
) -> None:
    """Score the extractor against gold files: precision, recall and F1 per relation and
    overall, how many ambiguous readings were produced, then the misses, the false hits and the
    denied claims that were produced. Names match by label or alias.

    A PATH is a gold CSV file (article,subject,relation,object,explicitness,evidence; article =
    the article file's name without extension), a corpus folder (its gold_relations.csv and *.txt
    articles), or an article. Beside a gold file, negatives.csv (claims never to be produced: a
    denied hit when one is) and ambiguous.csv (counted neither way) are read too, with the columns
    article,subject,relation,object,why. An article is scored against the gold file in its own
    folder, else the only gold file given; with several gold files, articles are named
    FOLDER/STEM (dev2/07).

    --format json keys: relations and overall (relation, gold, found, predicted, correct,
    precision, recall, f1), unscored (relation: predictions), ambiguous_produced, misses (article,
    subject, relation, object, from_party, evidence), false_hits (as kg extract -f json, source =
    the article), denied_hits (article, subject, relation, object, rule, quote).

    Example: kg eval ../shared/corpus/dev ../shared/corpus/dev2 · kg eval gold.csv news/*.txt
    """
    from ..news.evaluate import name_keys, plan
    from ..news.output import report_json, report_text

    evaluation = plan(paths)
    for gold in evaluation.golds:
        typer.echo(f"kg: gold: {', '.join(map(str, gold.files))}", err=True)
    extractor = _extractor(store, data, model)
    failures: list[errors.ArticleError] = []
    extracted = list(_each_article(extractor, evaluation.files, failures))
    report = evaluation.score(extracted, name_keys(extractor), min_confidence=min_confidence)
    _emit(report_json(report) if format is TextFormat.json else report_text(report))
    _fail_if_unreadable(failures)
