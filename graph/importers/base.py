"""What every importer shares: decoded text, verbatim records, the facts they state, row errors.

An importer turns a dataset file into `Record`s: the verbatim text of one row (a CSV record, or
a span of a YAML file) with its line number and the `Fact`s it states about `EntitySpec`s
(names with context, not yet ids: graph.entity_resolution turns them into entity ids).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .. import decoding
from ..datafiles import MAX_FIELD, is_date, is_url, is_wikidata
from ..errors import DataError

__all__ = [
    "EntitySpec", "Fact", "Record", "RowError", "Dataset",
    "read_text", "drop_oversized", "csv_records", "parse_us_date", "iso_date", "wikidata_id", "web_url",
    "STATE_CODES", "party_spec", "citation", "joined",
]  # fmt: skip


@dataclass(frozen=True)
class EntitySpec:
    """An entity as a dataset names it: label, type, ids and the context that tells namesakes apart."""

    label: str
    type: str  # an entity class of ontology/kg.ttl: Politician, Person, Organization, ...
    aliases: tuple[str, ...] = ()
    wikidata: str = ""
    state: str = ""  # two-letter postal code, when the dataset gives one
    office: str = ""
    description: str = ""


@dataclass(frozen=True)
class Fact:
    subject: EntitySpec
    relation: str
    object: EntitySpec
    from_party: EntitySpec | None = None
    date: str = ""
    end_date: str = ""
    election: EntitySpec | None = None
    status: str = "asserted"
    quote: str = ""  # how the statement cites its record, in one line: see `citation`


@dataclass
class Record:
    line: int  # first line of the row in the file (1-based)
    text: str  # the row's own text, verbatim
    url: str = ""  # the row's own source URL, if it has one
    facts: list[Fact] = field(default_factory=list)
    entities: list[EntitySpec] = field(default_factory=list)  # named even without a fact
    skipped: str = ""  # why a well-formed row gives no statement (counted and reported)


class RowError(Exception):
    """A malformed row: reported with its line number, then skipped or fatal per --on-error."""

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(f"line {line}: {message}")


@dataclass
class Dataset:
    """A decoded dataset file: its records in file order, the errors met, the text and header."""

    path: Path
    text: str
    encoding: str
    header: str = ""
    records: list[Record] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def citation(dataset: str, where: str, says: str) -> str:
    """How an imported statement cites its record, in one line: the dataset, the row (or the line
    of a YAML file) and the fields that state the relationship, e.g. "FiveThirtyEight 2020
    endorsements, row 213: Kyrsten Sinema (Senator, AZ) endorsed Joe Biden, 2020-03-04". The
    import writes these lines into the source's text too, after the rows they read, so each
    quote is verbatim in its source (kg validate)."""
    return " ".join(f"{dataset}, {where}: {says}".split())


def joined(*parts: str, separator: str = ", ") -> str:
    """The non-empty parts, joined."""
    return separator.join(p.strip() for p in parts if p and p.strip())


def read_text(path: Path) -> tuple[str, str]:
    """The file's text with line ends normalised to \\n, and the encoding it was read in
    (graph.decoding's rule; lines read as cp1252 in a UTF-8 file are named in the encoding)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DataError(path, f"cannot read: {exc.strerror}") from None
    try:
        decoded = decoding.decode(data)
    except decoding.Undecodable as exc:
        raise DataError(path, f"unknown text encoding: {exc}") from None
    encoding = f"{decoded.encoding}: {decoded.warning()}" if decoded.legacy_lines else decoded.encoding
    return decoded.text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def drop_oversized(dataset: Dataset) -> None:
    """Move each record with a field too large for the data files to dataset.errors."""
    kept = []
    for record in dataset.records:
        specs = [*record.entities, *(s for f in record.facts for s in (f.subject, f.object, f.from_party, f.election) if s)]
        fields = [record.url, *((f.quote or record.text).strip() for f in record.facts),
                  *(v for s in specs for v in (s.label, "|".join(s.aliases), s.description))]
        largest = max(len(v) for v in fields)
        if largest > MAX_FIELD:
            dataset.errors.append(RowError(record.line, f"a field of {largest:,} characters; "
                                                        f"kg keeps fields of at most {MAX_FIELD:,}"))
        else:
            kept.append(record)
    dataset.records = kept
    dataset.errors.sort(key=lambda e: e.line)


def csv_records(dataset: Dataset, required: tuple[str, ...] = ()) -> Iterator[tuple[Record, dict[str, str]]]:
    """Each data row as (Record with verbatim text and line, row dict); malformed rows go to
    dataset.errors (wrong field count, bad quoting, a required column empty)."""
    lines = dataset.text.split("\n")
    reader = csv.reader(io.StringIO(dataset.text), strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise DataError(dataset.path, "no CSV header row", 1) from None
    dataset.header = lines[0]
    missing = [c for c in required if c not in header]
    if missing:
        raise DataError(dataset.path, f"header lacks column(s) {', '.join(missing)}", 1)
    start = reader.line_num + 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            dataset.errors.append(RowError(start, f"malformed CSV: {exc}"))
            start = reader.line_num + 1
            continue
        end = reader.line_num
        record = Record(start, "\n".join(lines[start - 1 : end]))
        line, start = start, end + 1
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            dataset.errors.append(RowError(line, f"expected {len(header)} fields, found {len(values)}"))
            continue
        row = {k: v.strip() for k, v in zip(header, values)}
        empty = [c for c in required if not row[c]]
        if empty:
            dataset.errors.append(RowError(line, f"{', '.join(empty)} is empty"))
            continue
        yield record, row


_US_DATE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{2}|[0-9]{4})\Z")


def parse_us_date(value: str, line: int) -> str:
    """'6/7/22' or '2022-06-07' -> '2022-06-07'; '' and 'N/A' -> ''; else RowError."""
    import datetime

    value = value.strip()
    if value in ("", "N/A"):
        return ""
    match = _US_DATE.match(value)
    try:
        if match:
            month, day, year = (int(g) for g in match.groups())
            year += 2000 if year < 100 else 0
            return datetime.date(year, month, day).isoformat()
    except ValueError:
        pass
    if len(value) == 10 and is_date(value):
        return value
    raise RowError(line, f"date {value!r} is not a date (M/D/YY or YYYY-MM-DD)")


def iso_date(value: str, line: int, column: str = "date") -> str:
    """A YYYY-MM-DD date as the data files take it ('' stays ''); else RowError. (Python's
    date.fromisoformat also takes '20160101' and '2016-W01-1', which data files refuse.)"""
    if value and not (len(value) == 10 and is_date(value)):
        raise RowError(line, f"{column} {value!r} is not YYYY-MM-DD")
    return value


def wikidata_id(value: str, line: int) -> str:
    """A Wikidata item id ('' stays ''); else RowError."""
    if value and not is_wikidata(value):
        raise RowError(line, f"wikidata {value!r} is not an item id like Q76")
    return value


def web_url(value: str) -> str:
    """`value` if it is an http(s) URL that can stand in the data files, else ''."""
    return value if is_url(value) else ""


STATE_CODES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
    "Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA",
    "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL", "Indiana": "IN", "Iowa": "IA",
    "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA", "Maine": "ME", "Maryland": "MD",
    "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN", "Mississippi": "MS",
    "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV", "New Hampshire": "NH",
    "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY", "North Carolina": "NC",
    "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA",
    "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN",
    "Texas": "TX", "Utah": "UT", "Vermont": "VT", "Virginia": "VA", "Washington": "WA",
    "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY", "District of Columbia": "DC",
}  # fmt: skip

# How datasets name parties -> the party entity's label (and the names it also goes by).
PARTIES = {
    "democrat": ("Democratic Party", ("Democrat", "Democrats", "D")),
    "democratic": ("Democratic Party", ("Democrat", "Democrats", "D")),
    "d": ("Democratic Party", ("Democrat", "Democrats", "D")),
    "republican": ("Republican Party", ("Republican", "Republicans", "GOP", "R")),
    "r": ("Republican Party", ("Republican", "Republicans", "GOP", "R")),
    "independent": ("Independent", ("no party affiliation",)),
    "libertarian": ("Libertarian Party", ("Libertarian",)),
}


def party_spec(name: str) -> EntitySpec | None:
    """The party entity a dataset's party name stands for ('no party' and '' give None)."""
    key = name.strip().lower()
    if key in ("", "no party", "n/a"):
        return None
    if key in PARTIES:
        label, aliases = PARTIES[key]
        return EntitySpec(label, "PoliticalParty", aliases)
    label = name.strip() if key.endswith("party") else f"{name.strip()} Party"
    return EntitySpec(label, "PoliticalParty", (name.strip(),))
