"""Sources as a reader opens them: found by id, URL or title, with their text, the places of
their quotes in it, and the sentences around a quote.

Where a quote sits is `quote_span`'s answer, the one place that decides it: the statement's
recorded anchor (Evidence.span), else the first occurrence of the quote in the text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from . import sparql
from .errors import AmbiguousSource, UnknownSource
from .model import Evidence
from .namespaces import SRC, local_name

__all__ = [
    "Source", "QuotedSpan", "Passage", "find_source", "read_source", "source_statements", "quoted_spans",
    "quote_span", "source_texts", "passage", "window", "quote_windows",
]  # fmt: skip


@dataclass(frozen=True)
class Source:
    id: str
    name: str  # graph.triples.source_label: how the source is named to a reader
    outlet: str | None
    title: str | None
    date: str | None
    url: str | None
    text: str


@dataclass(frozen=True)
class QuotedSpan:
    """A stretch [start, end) of a source's text quoted by one or more statements."""

    start: int
    end: int
    statements: tuple[dict[str, str], ...]  # {"subject", "relation", "object", "status", "quote"}: labels


@dataclass(frozen=True)
class Passage:
    """Some text around a quote, the quote at [start, end) of it; `before`/`after`: cut off there."""

    text: str
    start: int
    end: int
    before: bool
    after: bool


def _index(kg) -> list[tuple[str, str, str, str]]:
    """(id, name, title, url) of every source, read without their texts."""
    return [
        (local_name(row["source"].value), row["label"].value, sparql.value(row, "title") or "", sparql.value(row, "url") or "")
        for row in sparql.select(kg.store, "source_index")
    ]


def find_source(kg, name: str) -> str:
    """The id of the source `name` is the id, URL, title or name of (ignoring case); UnknownSource
    with close ones, or AmbiguousSource when several titles or URLs match."""
    key = name.strip().casefold()
    index = _index(kg)
    for id_, *_ in index:
        if id_ == key:
            return id_
    for column in (3, 2, 1):  # URL, title, readable name
        matches = sorted({row[0] for row in index if key and row[column].casefold() == key})
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise AmbiguousSource(name, matches)
    raise UnknownSource(name, _suggest(key, index))


def _suggest(key: str, index: list[tuple[str, str, str, str]], limit: int = 3) -> list[str]:
    from rapidfuzz import fuzz, process, utils

    if not key or len(key) > 500:
        return []
    choices = [row[0] for row in index] + [row[1] for row in index]  # ids, then names
    found = process.extract(key, choices, scorer=fuzz.WRatio, processor=utils.default_process,
                            limit=limit * 2, score_cutoff=70)
    ids = [index[i % len(index)][0] for _, _, i in found]
    return list(dict.fromkeys(ids))[:limit]


def read_source(kg, source_id: str) -> Source:
    """The source with this id (from `find_source`), its metadata and text."""
    rows = list(sparql.select(kg.store, "source", source=ox.NamedNode(SRC + source_id)))
    if not rows:
        raise UnknownSource(source_id)
    row = rows[0]
    return Source(
        id=source_id,
        name=row["label"].value,
        outlet=sparql.value(row, "outlet"),
        title=sparql.value(row, "title"),
        date=sparql.value(row, "published"),
        url=sparql.value(row, "url"),
        text=row["text"].value,
    )


def source_statements(kg, source_id: str) -> list[tuple[str, str, str, Evidence]]:
    """(subject IRI, relation name, object IRI, evidence) of every statement citing the source."""
    return kg.statements(source=SRC + source_id)


def quote_span(evidence: Evidence, text: str) -> tuple[int, int] | None:
    """Where the statement's quote sits in its source's `text`: its recorded anchor, else the
    quote's first occurrence; None when the text does not hold it."""
    if evidence.span is not None:
        return evidence.span
    start = text.find(evidence.quote) if evidence.quote else -1
    return None if start < 0 else (start, start + len(evidence.quote))


def quoted_spans(kg, source: Source) -> list[QuotedSpan]:
    """The quoted stretches of the source's text in reading order, each with the statements quoting it."""
    by_span: dict[tuple[int, int], list[dict[str, str]]] = defaultdict(list)
    for subject, relation, object, ev in source_statements(kg, source.id):
        span = quote_span(ev, source.text)
        if span is not None:
            by_span[span].append({"subject": kg.label(subject), "relation": relation, "object": kg.label(object),
                                  "status": ev.status, "quote": ev.quote})
    return [QuotedSpan(start, end, tuple(statements)) for (start, end), statements in sorted(by_span.items())]


def source_texts(kg, source_ids: Iterable[str]) -> dict[str, str]:
    """The text of each of these sources, by id (one bound query)."""
    terms = [ox.NamedNode(SRC + id_) for id_ in sorted(set(source_ids))]
    if not terms:
        return {}
    return {local_name(row["source"].value): row["text"].value for row in sparql.select_values(kg.store, "source_texts", "source", terms)}


_SENTENCE_REACH = 1500  # characters read on each side of a quote per sentence of context asked for


def passage(text: str, span: tuple[int, int], sentences: int) -> Passage:
    """The sentence(s) holding text[span] and `sentences` more on each side (pysbd splits them,
    in a window around the quote: a dataset's text is megabytes)."""
    import pysbd

    start, end = span
    low = max(0, start - _SENTENCE_REACH * (sentences + 1))
    high = min(len(text), end + _SENTENCE_REACH * (sentences + 1))
    pieces = pysbd.Segmenter(language="en", clean=False, char_span=True).segment(text[low:high])
    bounds = [(low + p.start, low + p.end) for p in pieces] or [(low, high)]
    holding = [i for i, (a, b) in enumerate(bounds) if a < end and b > start] or [0]
    first, last = max(0, holding[0] - sentences), min(len(bounds) - 1, holding[-1] + sentences)
    # a window's first and last pieces may be cut: never extend into them unless the text ends there
    a = min(bounds[first][0], start) if first or low == 0 else min(bounds[min(first + 1, holding[0])][0], start)
    b = max(bounds[last][1], end) if last < len(bounds) - 1 or high == len(text) else max(bounds[max(last - 1, holding[-1])][1], end)
    chunk = text[a:b]
    left = len(chunk) - len(chunk.lstrip())
    chunk = chunk.strip()
    return Passage(chunk, start - a - left, end - a - left, bool(text[max(0, a - 200) : a].strip()), bool(text[b : b + 200].strip()))


def window(text: str, span: tuple[int, int], reach: int = 600) -> Passage:
    """Up to `reach` characters of text on each side of the quote: what a static view carries."""
    start, end = span
    a, b = max(0, start - reach), min(len(text), end + reach)
    return Passage(text[a:b], start - a, end - a, a > 0, b < len(text))


def quote_windows(kg, evidence: Iterable[Evidence], reach: int = 600) -> dict[Evidence, Passage]:
    """Each statement's `window` of its source text, for a view to carry offline; none for an
    imported statement (its quote cites a dataset row) or a quote its text does not hold."""
    evidence = [ev for ev in evidence if not ev.method.startswith("imported:")]
    texts = source_texts(kg, {ev.source_id for ev in evidence})
    windows = {}
    for ev in evidence:
        text = texts.get(ev.source_id)
        span = quote_span(ev, text) if text else None
        if span is not None:
            windows[ev] = window(text, span, reach)
    return windows
