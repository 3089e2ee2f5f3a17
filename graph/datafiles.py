"""Read and check the data directory: sources.csv, sources/*.txt, entities.csv, statements.csv.

Every problem is a DataError naming the file and line, raised before anything is written.
The format is described in data/README.md.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from . import ontology
from .anchors import Anchor, anchor, check
from .confined import open_file
from .errors import DataError
from .slugs import is_slug

__all__ = [
    "SourceRow", "EntityRow", "StatementRow", "Corpus",
    "SOURCE_COLUMNS", "ENTITY_COLUMNS", "STATEMENT_COLUMNS",
    "read_corpus", "read_sources", "read_entities", "iter_statements",
    "is_date", "is_url", "is_wikidata", "csv_text", "MAX_FIELD", "field_fits",
    "ANCHOR_COLUMNS", "anchor_fields", "statement_fields",
]  # fmt: skip

STATUSES = ("asserted", "disputed", "negated")

SOURCE_COLUMNS = ("id", "outlet", "title", "date", "url", "file")
ENTITY_COLUMNS = ("id", "label", "type", "aliases", "wikidata", "description")
STATEMENT_COLUMNS = (
    "subject", "relation", "object", "from_party", "date", "end_date", "election",
    "source", "quote", "quote_start", "quote_prefix", "quote_suffix", "status", "method", "confidence",
)  # fmt: skip
# Where the quote sits in its source's text (graph.anchors); files written before kg kept them lack
# these columns, and rows may leave them empty: the anchor is then found on reading.
ANCHOR_COLUMNS = ("quote_start", "quote_prefix", "quote_suffix")

_WIKIDATA = re.compile(r"Q[1-9][0-9]*\Z")
_URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+\Z")  # what an N-Triples IRI may hold
_METHOD = re.compile(r"(curated|imported:\S+|extracted:\S+@\S+)\Z")
_DATE_SHAPE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")
_DATATYPES = {10: "date", 7: "gYearMonth", 4: "gYear"}
_DECIMAL = re.compile(r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\Z")  # xsd:decimal's lexical form, unsigned

# The largest field, in characters, that kg writes to a CSV file and reads from one (Python csv's
# default limit, so other tools read kg's files too); every writer checks `field_fits` first.
MAX_FIELD = 131_072
csv.field_size_limit(MAX_FIELD)  # process-wide: every CSV reader of kg's files and datasets


def field_fits(value: str) -> bool:
    """Whether `value` can be a field of a data file."""
    return len(value) <= MAX_FIELD


@dataclass(frozen=True)
class SourceRow:
    id: str
    outlet: str
    title: str
    date: str
    url: str
    file: str
    text: str
    line: int


@dataclass(frozen=True)
class EntityRow:
    id: str
    label: str
    type: str
    aliases: tuple[str, ...]
    wikidata: str
    description: str
    line: int


@dataclass(frozen=True)
class StatementRow:
    subject: str
    relation: str
    object: str
    from_party: str
    date: str
    end_date: str
    election: str
    source: str
    quote: str
    status: str
    method: str
    confidence: str
    line: int
    anchor: Anchor | None = None  # where the quote is in its source's text now (None: not in it)
    # ok: as stored; shifted: the stored one no longer slices to the quote, `anchor` is repaired;
    # missing: none stored, `anchor` found on reading; lost: the quote is not in the text;
    # unchecked: as stored, read without the source texts
    anchor_state: str = "ok"


@dataclass(frozen=True)
class Corpus:
    directory: Path
    sources: tuple[SourceRow, ...]
    entities: tuple[EntityRow, ...]
    statements: tuple[StatementRow, ...]


def date_datatype(value: str) -> str:
    """'2022-08-02' -> 'date', '2022-08' -> 'gYearMonth', '2022' -> 'gYear' (XSD local names)."""
    return _DATATYPES[len(value)]


@lru_cache(maxsize=65536)
def is_date(value: str) -> bool:
    """YYYY-MM-DD (a real day), YYYY-MM or YYYY."""
    if _DATE_SHAPE.fullmatch(value) is None:
        return False
    try:
        date.fromisoformat(value if len(value) == 10 else (value + "-01-01")[:10])
    except ValueError:
        return False
    return True


def _check_date(value: str, path: Path, line: int, column: str) -> None:
    if value and not is_date(value):
        raise DataError(
            path, f"{column} {value!r} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY", line
        )


def is_url(value: str) -> bool:
    """An http(s) URL that is also a valid IRI (it becomes one in N-Triples)."""
    if not _URL.match(value):
        return False
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(value)
    except ValueError:
        return False
    return True


def is_wikidata(value: str) -> bool:
    """A Wikidata item id: Q76."""
    return _WIKIDATA.match(value) is not None


def csv_text(rows: Iterable[Sequence[object]], line_end: str = "\n") -> str:
    """Rows (the header first) as CSV text, each line ending in `line_end`. Python's csv quotes a
    field holding a lone carriage return only when lines end in one: written unquoted, that
    field would split its row in two when read back."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    lines = []
    for row in rows:
        for value in row:
            if isinstance(value, str) and not field_fits(value):
                raise ValueError(f"a field of {len(value):,} characters is over MAX_FIELD; check field_fits first")
        writer.writerow(row)
        lines.append(out.getvalue()[:-2] + line_end)
        out.seek(0)
        out.truncate()
    return "".join(lines)


def _rows(path: Path, columns: tuple[str, ...], optional: tuple[str, ...] = ()) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line, row) for each data row; checks the header and the shape of every row. The
    `optional` columns may be missing from the header all together; rows then hold them empty."""
    try:
        raw = open_file(path.parent, path.name)
    except (FileNotFoundError, NotADirectoryError):
        raise DataError(path, "file is missing") from None
    try:
        handle = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")  # a BOM (as Excel writes) is not data
        with handle:
            reader = csv.reader(handle, strict=True)
            try:
                header = next(reader)
            except StopIteration:
                raise DataError(path, "file is empty; it needs a header row", 1) from None
            header = [name.strip() for name in header]
            missing = [c for c in columns if c not in header]
            if optional and all(c in missing for c in optional):
                missing = [c for c in missing if c not in optional]
            if missing:
                raise DataError(path, f"header lacks column(s) {', '.join(missing)}", 1)
            unknown = [c for c in header if c not in columns]
            if unknown:
                raise DataError(path, f"unknown column(s) {', '.join(unknown)}", 1)
            repeated = sorted({c for c in header if header.count(c) > 1})
            if repeated:
                raise DataError(path, f"column(s) {', '.join(repeated)} appear more than once", 1)
            line = reader.line_num + 1
            for values in reader:
                if values and any(v.strip() for v in values):
                    if len(values) != len(header):
                        raise DataError(
                            path, f"expected {len(header)} fields, found {len(values)}", line
                        )
                    row = dict.fromkeys(optional, "")
                    row.update((k, v.strip()) for k, v in zip(header, values))
                    yield line, row
                line = reader.line_num + 1
    except UnicodeDecodeError as exc:
        raise DataError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise DataError(path, f"malformed CSV: {exc}", reader.line_num) from None


def _require(row: dict[str, str], column: str, path: Path, line: int) -> str:
    if not row[column]:
        raise DataError(path, f"{column} is empty", line)
    return row[column]


def _check_id(value: str, path: Path, line: int, column: str = "id") -> str:
    if not is_slug(value):
        raise DataError(path, f"{column} {value!r} must be a slug like 'karen-bass'", line)
    return value


def read_sources(directory: Path) -> tuple[SourceRow, ...]:
    path = directory / "sources.csv"
    rows: dict[str, SourceRow] = {}
    for line, row in _rows(path, SOURCE_COLUMNS):
        source_id = _check_id(_require(row, "id", path, line), path, line)
        if source_id in rows:
            raise DataError(path, f"duplicate id {source_id!r}", line)
        _check_date(row["date"], path, line, "date")
        if row["url"] and not is_url(row["url"]):
            raise DataError(path, f"url {row['url']!r} is not an http(s) URL", line)
        name = _require(row, "file", path, line)
        text_path = directory / "sources" / name
        try:
            if Path(name).name != name or name in (".", ".."):
                raise FileNotFoundError
            with io.TextIOWrapper(open_file(directory, f"sources/{name}"), encoding="utf-8") as handle:
                text = handle.read()
        except (FileNotFoundError, NotADirectoryError):
            raise DataError(path, f"source text {name!r} not found in {directory / 'sources'}", line) from None
        except UnicodeDecodeError as exc:
            raise DataError(text_path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        rows[source_id] = SourceRow(
            source_id, row["outlet"], row["title"], row["date"], row["url"], name, text, line
        )
    return tuple(rows.values())


def read_entities(directory: Path) -> tuple[EntityRow, ...]:
    path = directory / "entities.csv"
    types = {t.name for t in ontology.entity_types()}
    rows: dict[str, EntityRow] = {}
    for line, row in _rows(path, ENTITY_COLUMNS):
        entity_id = _check_id(_require(row, "id", path, line), path, line)
        if entity_id in rows:
            raise DataError(path, f"duplicate id {entity_id!r}", line)
        label = _require(row, "label", path, line)
        entity_type = _require(row, "type", path, line)
        if entity_type not in types:
            raise DataError(
                path, f"type {entity_type!r} is not one of {', '.join(sorted(types))}", line
            )
        if row["wikidata"] and not is_wikidata(row["wikidata"]):
            raise DataError(path, f"wikidata {row['wikidata']!r} is not an item id like Q76", line)
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        rows[entity_id] = EntityRow(
            entity_id, label, entity_type, aliases, row["wikidata"], row["description"], line
        )
    return tuple(rows.values())


def iter_statements(
    directory: Path, entities: set[str], sources: Mapping[str, str] | AbstractSet[str]
) -> Iterator[StatementRow]:
    """Each row of statements.csv, checked against the entity and source ids, as it is read.
    `sources`: each source's text by id, against which each quote's anchor is checked (or found,
    when the row has none); or only the ids, and the anchors are taken as stored."""
    path = directory / "statements.csv"
    relations = {r.name for r in ontology.relations()}
    texts = sources if isinstance(sources, Mapping) else None
    for line, row in _rows(path, STATEMENT_COLUMNS, ANCHOR_COLUMNS):
        relation = _require(row, "relation", path, line)
        if relation not in relations:
            raise DataError(
                path, f"relation {relation!r} is not one of {', '.join(sorted(relations))}", line
            )
        for column in ("subject", "object", "from_party", "election"):
            if column in ("subject", "object"):
                _require(row, column, path, line)
            if row[column] and row[column] not in entities:
                raise DataError(path, f"{column} {row[column]!r} is not in entities.csv", line)
        if (relation == "party_switch") != bool(row["from_party"]):
            raise DataError(path, "from_party is required for party_switch, and only for it", line)
        if row["subject"] == row["object"]:
            raise DataError(path, f"subject and object are both {row['subject']!r}", line)
        if _require(row, "source", path, line) not in sources:
            raise DataError(path, f"source {row['source']!r} is not in sources.csv", line)
        _require(row, "quote", path, line)
        for column in ("date", "end_date"):
            _check_date(row[column], path, line, column)
        if row["status"] not in STATUSES:
            raise DataError(path, f"status {row['status']!r} is not one of {', '.join(STATUSES)}", line)
        if not _METHOD.match(row["method"]):
            raise DataError(path, f"method {row['method']!r} is not curated, imported:... or extracted:...@...", line)
        if not (_DECIMAL.match(row["confidence"]) and float(row["confidence"]) <= 1.0):
            raise DataError(
                path, f"confidence {row['confidence']!r} is not a decimal number from 0 to 1, like 0.85", line
            )
        stored = _stored_anchor(row, path, line)
        for column in ANCHOR_COLUMNS:
            del row[column]
        if texts is None:
            found, state = stored, "unchecked"
        elif stored is None:
            found = anchor(texts[row["source"]], row["quote"])
            state = "missing" if found else "lost"
        else:
            state, found = check(texts[row["source"]], row["quote"], stored)
        yield StatementRow(**row, line=line, anchor=found, anchor_state=state)


def _stored_anchor(row: dict[str, str], path: Path, line: int) -> Anchor | None:
    start = row["quote_start"]
    if not start:
        return None
    if not start.isascii() or not start.isdigit():
        raise DataError(path, f"quote_start {start!r} is not a character offset (a whole number from 0)", line)
    return Anchor(int(start), int(start) + len(row["quote"]), row["quote_prefix"], row["quote_suffix"])


def anchor_fields(found: Anchor | None) -> dict[str, str]:
    """The columns of statements.csv that record an anchor (empty for none)."""
    if found is None:
        return dict.fromkeys(ANCHOR_COLUMNS, "")
    return {"quote_start": str(found.start), "quote_prefix": found.prefix, "quote_suffix": found.suffix}


def statement_fields(row: StatementRow) -> dict[str, str]:
    """A statement as the columns of statements.csv, with its anchor as read (repaired or found)."""
    fields = {c: getattr(row, c) for c in STATEMENT_COLUMNS if c not in ANCHOR_COLUMNS}
    return fields | anchor_fields(row.anchor)


def read_corpus(directory: Path) -> Corpus:
    """Read and check a data directory; raises DataError on the first problem found."""
    directory = Path(directory)
    if not directory.is_dir():
        raise DataError(directory, "data directory not found")
    sources = read_sources(directory)
    entities = read_entities(directory)
    statements = tuple(iter_statements(directory, {e.id for e in entities}, {s.id: s.text for s in sources}))
    return Corpus(directory, sources, entities, statements)
