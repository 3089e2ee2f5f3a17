"""`kg import` and `kg resolve`: datasets into a user data directory, and the merges they made.

Each command is a few lines
over graph.importers.run and graph.entity_resolution.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from .app import DataOption, _data_dir, _emit, command


@command("import")
def import_(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="Dataset files (CSV or YAML).")],
    as_format: Annotated[
        Optional[str], typer.Option("--as", metavar="FORMAT", help="538-endorsements-2020, 538-primary-2022, "
                                    "endorsementdb-2016, congress-legislators or party-switches. Default: detected.")
    ] = None,
    on_error: Annotated[str, typer.Option("--on-error", help="skip (report and leave out) or fail on a malformed row.")] = "skip",
    data: DataOption = None,
) -> None:
    """Import public datasets into your data directory (--data DIR or KG_DATA; created if missing):
    entities resolved across sources, every statement citing its dataset and row. Re-importing a
    file replaces what it gave before.

    Example: kg import --data mydata ../shared/datasets/fivethirtyeight_endorsements-2020.csv
    """
    from ..importers.run import import_files

    started = time.perf_counter()
    report = import_files(files, _data_dir(data), as_format, on_error)
    for f in report.files:
        skipped = "".join(f"; {n} {why}" for why, n in sorted(f.skipped.items()))
        typer.echo(f"kg: {f.path.name} ({f.format}, {f.encoding}): {f.records} rows, {f.statements} statements"
                   f"{skipped}; {len(f.errors)} malformed row(s) skipped", err=True)
        for error in f.errors:
            typer.echo(f"kg:   {error}", err=True)
    typer.echo(f"kg: {_data_dir(data)} now holds {report.entities} entities, {report.statements} statements, "
               f"{report.sources} sources; {report.merges} merges, {report.review} left for review "
               f"(kg resolve --review); {time.perf_counter() - started:.1f} s", err=True)


@command()
def resolve(
    review: Annotated[bool, typer.Option("--review", help="List the uncertain matches left for review.")] = False,
    accept: Annotated[Optional[str], typer.Option("--accept", metavar="ID", help="Merge this reviewed pair (re-imports).")] = None,
    reject: Annotated[Optional[str], typer.Option("--reject", metavar="ID", help="Undo this merge, or refuse this pair (re-imports).")] = None,
    data: DataOption = None,
) -> None:
    """Entity merges made by kg import (merges.csv in the data directory): list them, list those
    left for review, accept or reject one. Accepting or rejecting re-imports the datasets listed in
    imports.csv, so the change is applied everywhere and can be reversed the same way.

    Example: kg resolve --review --data mydata · kg resolve --reject 877efa3ed7 --data mydata
    """
    from ..importers.run import decide, read_merges
    from ..terminal import one_line
    from ..transaction import reading

    directory = _data_dir(data)
    if accept or reject:
        merge, report = decide(directory, accept or reject, "accepted" if accept else "rejected")
        typer.echo(f"kg: {merge.status} {one_line(repr(merge.name))} ~ {merge.kept}; {report.entities} entities, "
                   f"{report.merges} merges, {report.review} left for review", err=True)
        return
    with reading(directory):
        merges = read_merges(directory)
    shown = [m for m in merges if m.status == "review"] if review else merges
    _emit("".join(f"{m.id}\t{m.status}\t{m.score:.1f}\t{m.method}\t{one_line(m.name)}"
                  f"{' (' + m.state + ')' if m.state else ''}\t~ {m.kept}"
                  f"{'  [separate: ' + m.merged + ']' if m.merged else ''}\t{m.dataset}#{m.row}\n" for m in shown))
