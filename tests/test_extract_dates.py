"""graph.news.dates: dates in a sentence, resolved against the article's date."""

import doctest

import pytest

from graph.news import article, dates
from graph.news.dates import find_dates


def test_doctests():
    """The examples in the modules' docstrings hold."""
    for module in (dates, article):
        assert doctest.testmod(module).failed == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He registered as a Democrat at the start of this year.", ["2022"]),
        ("The recall effort last fall failed.", ["2021"]),
        ("They met yesterday.", ["2022-08-02"]),
        ("It was only this January that he switched.", ["2022-01"]),
        ("The runoff is on Nov. 8 and the count ends November 30, 2022.", ["2022-11-08", "2022-11-30"]),
        ("In September 2020 and in May, 2019 they spoke.", ["2020-09", "2019-05"]),
        ("He won 2,000 votes, or 2019%, and $2020.", []),
        ("May I say something?", []),
    ],
)
def test_dates(text, expected):
    assert [d.value for d in find_dates(text, "2022-08-03")] == expected


def test_relative_dates_need_the_article_date():
    """Without the article's date, 'on Tuesday' and 'this year' are not guessed."""
    assert [d.value for d in find_dates("On Tuesday, this year, in 2013.", "")] == ["2013"]
