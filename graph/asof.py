"""The graph as of a date: what had been said by then and still held. The one as-of rule.

Dates are YYYY, YYYY-MM or YYYY-MM-DD, and a partial date names the whole year or month it
falls in. A statement is dated by its own date, else by its source's (graph.triples.said_on,
stored as pol:saidOn). It counts as of DATE when the period of that date ends by the end of the
period DATE names: as of 2022-08-01 a statement dated 2022-08-01 counts, one dated 2022-08
(which may be later in August) does not; as of 2022-08 or 2022 both count. A statement whose
source is undated too is left out, unless the as-of asks for undated statements
(`--include-undated`); views mark those "undated". A statement with an end date (a party
membership over a term) no longer counts once that period was over before DATE's began.

The shipped SPARQL queries apply the same rule through the same functions: the build stores
each statement's period ends (pol:countsFrom, pol:countsUntil, by `period_end`) and
`AsOf.bindings` gives the query DATE's period (?asOfStart, ?asOfEnd) and ?includeUndated.

>>> as_of = parse_as_of("2022-08")
>>> str(as_of), as_of.start, as_of.end
('2022-08', datetime.date(2022, 8, 1), datetime.date(2022, 8, 31))
>>> said_by("2022-08-01", as_of), said_by("2022", as_of), said_by(None, as_of)
(True, False, False)
>>> in_force("2019-01-03", "2021-01-03", "2021-01-03"), in_force("2019-01-03", "2021-01-03", "2021-02")
(True, False)
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import InvalidArgument
from .model import Edge

__all__ = ["AsOf", "parse_as_of", "as_of_option", "period_start", "period_end", "said_by", "ended_by", "in_force", "edges_as_of"]

_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")  # not \d: it takes any script's digits


@dataclass(frozen=True)
class AsOf:
    """A checked as-of date and whether statements with no date at all are kept."""

    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    include_undated: bool = False

    def __str__(self) -> str:
        return self.date

    @property
    def start(self) -> datetime.date:
        return period_start(self.date)

    @property
    def end(self) -> datetime.date:
        return period_end(self.date)

    def bindings(self) -> dict[str, tuple[str, str]]:
        """What a SPARQL query may bind, as (lexical form, XSD datatype local name): ?asOf as
        given, the first and last day of its period, and ?includeUndated."""
        from .datafiles import date_datatype

        return {
            "asOf": (self.date, date_datatype(self.date)),
            "asOfStart": (self.start.isoformat(), "date"),
            "asOfEnd": (self.end.isoformat(), "date"),
            "includeUndated": ("true" if self.include_undated else "false", "boolean"),
        }


def parse_as_of(text: str | AsOf, include_undated: bool = False) -> AsOf:
    """`text` checked as a date (YYYY, YYYY-MM or YYYY-MM-DD); an AsOf is returned as it is."""
    if isinstance(text, AsOf):
        return text
    match = _DATE.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError
        year, month, day = (int(part) if part else 1 for part in match.groups())
        datetime.date(year, month, day)
    except ValueError:
        raise InvalidArgument(f"--as-of {text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return AsOf(match.group(0), include_undated)


def as_of_option(text: str | None, include_undated: bool = False) -> AsOf | None:
    """What `--as-of TEXT [--include-undated]` ask for: None when no date is given."""
    if text is None:
        if include_undated:
            raise InvalidArgument("--include-undated goes with --as-of DATE (without a date every statement is kept)")
        return None
    return parse_as_of(text, include_undated)


def _parts(date: str) -> tuple[int, int | None, int | None]:
    year, month, day = (date.split("-") + [None, None])[:3]
    return int(year), int(month) if month else None, int(day) if day else None


def period_start(date: str) -> datetime.date:
    """The first day of the period `date` names ("2022-08" -> 2022-08-01)."""
    year, month, day = _parts(date)
    return datetime.date(year, month or 1, day or 1)


def period_end(date: str) -> datetime.date:
    """The last day of the period `date` names ("2022-02" -> 2022-02-28, "2022" -> 2022-12-31)."""
    year, month, day = _parts(date)
    if month is None:
        return datetime.date(year, 12, 31)
    return datetime.date(year, month, day or calendar.monthrange(year, month)[1])


def said_by(date: str | None, as_of: str | AsOf) -> bool:
    """Whether a statement dated `date` (its own date, else its source's; None: neither) counts as of `as_of`."""
    as_of = parse_as_of(as_of)
    if date is None:
        return as_of.include_undated
    return period_end(date) <= as_of.end


def ended_by(end: str, as_of: str | AsOf) -> bool:
    """Whether a period ending on `end` was over before the period `as_of` names began."""
    return period_end(end) < parse_as_of(as_of).start


def in_force(date: str | None, end: str | None, as_of: str | AsOf) -> bool:
    """Whether a statement dated `date`, holding until `end` (None: open), counts as of `as_of`."""
    as_of = parse_as_of(as_of)
    return said_by(date, as_of) and not (end and ended_by(end, as_of))


def edges_as_of(edges: Iterable[Edge], as_of: str | AsOf) -> list[Edge]:
    """Each edge with only its statements in force `as_of`; edges left with none are dropped."""
    as_of = parse_as_of(as_of)
    kept = []
    for edge in edges:
        evidence = tuple(ev for ev in edge.evidence if in_force(ev.date, ev.end_date, as_of))
        if evidence:
            kept.append(Edge(edge.subject, edge.relation, edge.object, evidence))
    return kept
