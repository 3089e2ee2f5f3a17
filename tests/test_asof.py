"""Tests for graph.asof: the graph as of a date."""

from __future__ import annotations

import doctest

import pytest

import graph.asof
from graph.asof import edges_as_of, ended_by, in_force, parse_as_of, said_by
from graph.errors import InvalidArgument
from graph.model import Edge, Evidence


def test_doctests() -> None:
    """The module's examples run."""
    assert doctest.testmod(graph.asof).failed == 0


@pytest.mark.parametrize("text", ["2022", "2022-08", "2022-08-01", " 2024-02-29 "])
def test_parse_accepts_dates(text: str) -> None:
    """YYYY, YYYY-MM and YYYY-MM-DD (real days only) are accepted."""
    assert parse_as_of(text).date == text.strip()


@pytest.mark.parametrize("text", ["", "22", "2022-13", "2023-02-29", "2022-8-1", "yesterday", "2022-08-01T00"])
def test_parse_rejects_non_dates(text: str) -> None:
    """Anything else is an InvalidArgument naming the value."""
    with pytest.raises(InvalidArgument, match="is not a date"):
        parse_as_of(text)


@pytest.mark.parametrize(
    ("date", "as_of", "kept"),
    [
        ("2022-08-01", "2022-08-01", True),
        ("2022-08-02", "2022-08-01", False),
        ("2022-07-31", "2022-08-01", True),
        ("2022-08", "2022-08-01", False),  # may be later in August
        ("2022-08", "2022-08", True),
        ("2022", "2022-12-31", True),  # 2022 is over by the end of its last day
        ("2022", "2022", True),
        ("2022-12-31", "2022", True),
        ("2021", "2022-01-01", True),
        (None, "1900", False),  # neither it nor its source dated: left out (see test_asof_rule.py)
    ],
)
def test_said_by(date: str | None, as_of: str, kept: bool) -> None:
    """A statement counts when the period of its date ends by the end of DATE's period."""
    assert said_by(date, as_of) is kept


def test_edges_as_of_drops_later_statements_and_empty_edges() -> None:
    """Later evidence is removed from an edge; an edge left with none disappears."""
    early, late, undated = (Evidence("S", "s", q, d) for q, d in (("a", "2022-01-05"), ("b", "2022-09"), ("c", None)))
    edges = [Edge("x", "endorsed", "y", (early, late)), Edge("y", "endorsed", "z", (late,)),
             Edge("z", "rival_of", "x", (undated,))]
    assert edges_as_of(edges, "2022-06") == [Edge("x", "endorsed", "y", (early,))]
    assert edges_as_of(edges, parse_as_of("2022-06", include_undated=True)) == [
        Edge("x", "endorsed", "y", (early,)), Edge("z", "rival_of", "x", (undated,))]
    assert edges_as_of(edges, parse_as_of("2022", include_undated=True)) == edges


@pytest.mark.parametrize(
    ("end", "as_of", "ended"),
    [
        ("2022-12-08", "2022-12-08", False),  # still a member that day
        ("2022-12-08", "2022-12-09", True),
        ("2022-12-08", "2022-12", False),  # December 2022 began before the end
        ("2022-12", "2022-12-31", False),  # may have lasted to the 31st
        ("2022-12", "2023", True),
        ("2022", "2022-06", False),
    ],
)
def test_ended_by(end: str, as_of: str, ended: bool) -> None:
    """A period is over as of DATE when it ended before DATE's period began."""
    assert ended_by(end, as_of) is ended


def test_in_force_needs_both_begun_and_not_ended() -> None:
    assert in_force("2019-01-03", "2022-12-08", "2021-01-01")
    assert not in_force("2019-01-03", "2022-12-08", "2018")
    assert not in_force("2019-01-03", "2022-12-08", "2023")
    assert not in_force(None, None, "1900")
    assert in_force(None, None, parse_as_of("1900", include_undated=True))


def test_edges_as_of_drops_ended_periods() -> None:
    """A membership that ended before the date is no longer part of the graph."""
    member = Evidence("S", "s", "q", "2019-01-03", end_date="2022-12-08")
    edges = [Edge("sinema", "member_of", "democratic-party", (member,))]
    assert edges_as_of(edges, "2022-12-08") == edges
    assert edges_as_of(edges, "2022-12-09") == []
