"""The graph as of a date: what had been said by then and still held.

Statement dates are YYYY, YYYY-MM or YYYY-MM-DD, and a partial date names the whole year or
month it falls in. A statement counts as of DATE when the period of its date ends on or before
the end of the period DATE names: as of 2022-08-01 a statement dated 2022-08-01 counts, one
dated 2022-08 (which may be later in August) does not; as of 2022-08 or 2022 both count.
Undated statements are kept, since nothing says they came later; views mark them "undated".
A statement with an end date (a party membership over a term) no longer counts once that
period was over before DATE began.

>>> parse_as_of("2022-08")
'2022-08'
>>> said_by("2022-08", "2022-08-01"), said_by("2022-08", "2022-08"), said_by(None, "2022")
(False, True, True)
>>> in_force("2019-01-03", "2021-01-03", "2021-01-03"), in_force("2019-01-03", "2021-01-03", "2021-02")
(True, False)
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from .errors import InvalidArgument
from .model import Edge

__all__ = ["parse_as_of", "said_by", "ended_by", "in_force", "edges_as_of"]

_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")  # not \d: it takes any script's digits


def parse_as_of(text: str) -> str:
    """`text` checked as a date (YYYY, YYYY-MM or YYYY-MM-DD) and returned unchanged."""
    match = _DATE.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError
        year, month, day = (int(part) if part else 1 for part in match.groups())
        datetime.date(year, month, day)
    except ValueError:
        raise InvalidArgument(f"--as-of {text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return match.group(0)


def _period_end(date: str) -> str:
    """A key that sorts after every day of the period `date` names ("2022-08" -> "2022-08-99")."""
    return (date + "-99-99")[:10]


def said_by(date: str | None, as_of: str) -> bool:
    """Whether a statement dated `date` (None: undated) counts in the graph as of `as_of`."""
    return date is None or _period_end(date) <= _period_end(as_of)


def ended_by(end: str, as_of: str) -> bool:
    """Whether a period ending on `end` was over before the period `as_of` names began."""
    return _period_end(end) < (as_of + "-00-00")[:10]


def in_force(date: str | None, end: str | None, as_of: str) -> bool:
    """Whether a statement dated `date`, holding until `end` (None: open), counts as of `as_of`."""
    return said_by(date, as_of) and not (end and ended_by(end, as_of))


def edges_as_of(edges: Iterable[Edge], as_of: str) -> list[Edge]:
    """Each edge with only its statements in force `as_of`; edges left with none are dropped."""
    kept = []
    for edge in edges:
        evidence = tuple(ev for ev in edge.evidence if in_force(ev.date, ev.end_date, as_of))
        if evidence:
            kept.append(Edge(edge.subject, edge.relation, edge.object, evidence))
    return kept
