"""Dates written in a sentence, resolved against the article's date.

>>> [d.value for d in find_dates("He switched in late January, 2021; she did on Nov. 8.", "2022-08-02")]
['2021-01', '2022-11-08']
>>> [d.value for d in find_dates("Biden endorsed him last fall and again on Tuesday.", "2022-08-04")]
['2021', '2022-08-02']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["FoundDate", "MONTH_WORDS", "YEAR", "date_spans", "find_dates", "not_after"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# The months' names and short names, capitalized ("August", "Jan"): a date's, or a first name's
MONTH_WORDS = frozenset(w.capitalize() for w in (*_MONTHS, "january", "february", "march", "april", "june", "july", "august",
                                                "september", "october", "november", "december"))
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (
    r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year written alone: "in 2016", "the 1994 nominee"
_PATTERNS = [
    ("ymd", re.compile(r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_YEAR}\b")),
    ("md", re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d\d)(?![\d%:])")),
    ("my", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b")),
    ("this-month", re.compile(rf"\b(?:(?:this|last|since|in|by|until|early|late|mid)[\s-]+)+{_MONTH}\b(?!\s+\d)")),
    ("relative-year", re.compile(r"\b(?P<which>this|last|next)\s+(?P<unit>year|spring|summer|fall|autumn|winter)\b", re.I)),
    ("yesterday", re.compile(r"\b(?P<word>yesterday|today)\b", re.I)),
    ("weekday", re.compile(r"\b(?:on\s+|last\s+|this\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("year", re.compile(rf"(?<![\w$,.-]){_YEAR}(?![\w%-])")),
]


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY


def _month(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")[:4].rstrip("e") if text.lower().startswith("sept") else text.lower().rstrip(".")[:3]]


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str, article_date: str = "") -> list[FoundDate]:
    """Dates in `text`, in order, each as precise as the text and the article's date allow."""
    anchor = _anchor(article_date)
    year = int(article_date[:4]) if article_date[:4].isdigit() else None
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for kind, regex in _PATTERNS:
        for match in regex.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            value = _value(kind, match, anchor, year)
            if value:
                found.append(FoundDate(start, end, value))
                taken.append((start, end))
    return sorted(found, key=lambda d: d.start)


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a date, whether or not an article's date resolves it ("in early May")."""
    return [match.span() for _, regex in _PATTERNS for match in regex.finditer(text)]


def not_after(value: str, article_date: str) -> bool:
    """Whether a date found in a sentence may date a statement: not later than the article
    ("the Nov. 8 runoff" in an August story is when a race is held, not when it was reported)."""
    return not article_date or value <= article_date[: len(value)]


def _anchor(article_date: str) -> date | None:
    try:
        return date.fromisoformat(article_date) if len(article_date) == 10 else None
    except ValueError:
        return None


def _value(kind: str, match: re.Match[str], anchor: date | None, year: int | None) -> str | None:
    if kind == "ymd":
        iso = match.group("iso")
        return iso if _valid(int(iso[:4]), int(iso[5:7]), int(iso[8:])) else None
    if kind == "mdy":
        return _valid(int(match.group("year")), _month(match.group("month")), int(match.group("day")))
    if kind == "md":
        return _valid(year, _month(match.group("month")), int(match.group("day"))) if year else None
    if kind == "my":
        return f"{match.group('year')}-{_month(match.group('month')):02d}"
    if kind == "this-month":
        return f"{year}-{_month(match.group('month')):02d}" if year else None
    if kind == "relative-year":
        if year is None:
            return None
        shift = {"this": 0, "last": -1, "next": 1}[match.group("which").lower()]
        return str(year + shift)
    if kind == "yesterday":
        if anchor is None:
            return None
        return (anchor - timedelta(days=1 if match.group("word").lower() == "yesterday" else 0)).isoformat()
    if kind == "weekday":
        if anchor is None:
            return None
        back = (anchor.weekday() - _WEEKDAYS.index(match.group("weekday").lower())) % 7
        return (anchor - timedelta(days=back)).isoformat()
    if kind == "year":
        return match.group("year")
    return None
