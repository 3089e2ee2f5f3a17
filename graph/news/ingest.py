"""Add an article and its accepted candidates to a data directory, as human-editable rows.

The article becomes a source (its text in sources/, a row in sources.csv); each accepted candidate
a row of statements.csv with method `extracted:<rule>@<extractor version>` and its confidence;
each new entity a row of entities.csv whose description starts with `needs review:`. An article
already there (same text) is not added again, nor is a statement already there. The new files
are staged in a transaction (graph.transaction) and checked as a whole (the corpus must still
read, every quote be verbatim in its source) before the transaction commits them all at once.

`ingest_files` is the whole of `kg ingest`: extract every article, let the caller choose what to
accept, write all the articles in one transaction, and rebuild the store if anything changed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..datadir import ensure_writable
from ..anchors import anchor
from ..datafiles import MAX_FIELD, anchor_fields, field_fits
from ..errors import DataError, ExtractionError, InvalidArgument
from .article import Article
from .model import Candidate, EntityRef
from .names import slug
from ..resolve import normalize
from ..transaction import Transaction, transaction, writing

if TYPE_CHECKING:
    from ..store import BuildReport

__all__ = ["IngestResult", "IngestReport", "ingest_article", "ingest_files", "accept_above", "REVIEW_MARK"]

# (article, its candidates) -> (the candidates accepted, whether to stop before the next article)
Choose = Callable[[Article, list[Candidate]], tuple[list[Candidate], bool]]

REVIEW_MARK = "needs review:"


@dataclass
class IngestResult:
    source: str
    source_added: bool
    statements: int = 0
    entities: list[str] = field(default_factory=list)
    skipped: list[tuple[Candidate, str]] = field(default_factory=list)


@dataclass
class IngestReport:
    articles: list[tuple[Article, IngestResult]]  # in the order given, up to where the caller stopped
    rebuilt: BuildReport | None  # None when nothing changed


def accept_above(threshold: float) -> Choose:
    """The choice that accepts the candidates whose confidence is at least `threshold` (0 to 1)."""
    if not 0 <= threshold <= 1:
        raise InvalidArgument("--accept-above must be between 0 and 1")
    return lambda article, candidates: ([c for c in candidates if c.confidence >= threshold], False)


def ingest_files(
    directory: Path, extractor, articles: Iterable[Article], *, choose: Choose, store_path: Path,
    progress: Callable[[Article], None] | None = None, on_failure: Callable[[ExtractionError], None] | None = None,
) -> IngestReport:  # fmt: skip
    """Extract every article (`progress(article)` after each; one whose extraction fails raises,
    or goes to `on_failure` and is left out), then ask `choose` which candidates
    of each to accept, until it says stop; write the articles and their accepted candidates into
    `directory` in one transaction, and rebuild the store at `store_path` if anything changed,
    still holding the directory's lock so that no other writer comes in between."""
    from ..store import build

    directory = Path(directory)
    ensure_writable(directory)
    extracted = []
    for article, candidates in extractor.extract_many(articles, on_failure=on_failure):
        extracted.append((article, candidates))
        if progress is not None:
            progress(article)
    chosen = []
    for article, candidates in extracted:  # every article extracted before the first choice: a reviewer never waits
        accepted, stop = choose(article, candidates)
        chosen.append((article, accepted))
        if stop:
            break
    with writing(directory):
        with transaction(directory) as txn:
            results = [(a, ingest_article(directory, a, accepted, version=extractor.version, txn=txn)) for a, accepted in chosen]
        changed = any(result.source_added or result.statements for _, result in results)
        return IngestReport(results, build(directory, store_path) if changed else None)


def ingest_article(
    directory: Path, article: Article, accepted: list[Candidate], *, version: str, txn: Transaction | None = None
) -> IngestResult:
    """Write `article` and the `accepted` candidates into `directory` (see the module's doc): as
    part of `txn` when given (several articles in one change), else in a transaction of its own."""
    directory = Path(directory)
    ensure_writable(directory)
    if txn is None:
        with transaction(directory) as own:
            return ingest_article(directory, article, accepted, version=version, txn=own)
    view = txn.view()  # the directory with the changes staged so far
    corpus = txn.corpus()
    source = next((s for s in corpus.sources if s.text == article.text), None)
    if source is not None:
        result = IngestResult(source.id, source_added=False)
        source_id, file_name = source.id, source.file
    else:
        source_id = _unique(article.id, {s.id for s in corpus.sources})
        taken_files = {s.file for s in corpus.sources} | {p.name for p in (view / "sources").glob("*")}
        file_name = _unique_file(f"{source_id}.txt", taken_files)
        result = IngestResult(source_id, source_added=True)

    entity_ids = {e.id for e in corpus.entities}
    by_name: dict[str, str] = {}
    for entity in corpus.entities:
        for name in (entity.label, *entity.aliases):
            by_name.setdefault(f"{entity.type}|{normalize(name)}", entity.id)
            by_name.setdefault(f"*|{normalize(name)}", entity.id)
    new_entities: list[dict[str, str]] = []

    def entity_id(ref: EntityRef | None) -> str:
        if ref is None:
            return ""
        if not ref.new:
            if ref.id not in entity_ids:
                raise DataError(directory / "entities.csv", f"entity {ref.id!r} of the graph is not in this data directory")
            return ref.id
        for key in (f"{ref.type}|{normalize(ref.label)}", f"*|{normalize(ref.label)}"):
            if key in by_name:
                return by_name[key]
        new_id = _unique(slug(ref.label), entity_ids)
        entity_ids.add(new_id)
        by_name[f"{ref.type}|{normalize(ref.label)}"] = new_id
        new_entities.append({
            "id": new_id, "label": ref.label, "type": ref.type, "aliases": "", "wikidata": "",
            "description": f"{REVIEW_MARK} new {ref.type.lower()} found by kg ingest in {source_id}",
        })  # fmt: skip
        result.entities.append(new_id)
        return new_id

    existing = {
        (s.subject, s.relation, s.object, s.from_party, s.source, s.quote, s.status) for s in corpus.statements
    }
    rows: list[dict[str, str]] = []
    for candidate in accepted:
        if not field_fits(candidate.quote):
            result.skipped.append((candidate, f"its quote is {len(candidate.quote):,} characters; "
                                              f"a data file holds at most {MAX_FIELD:,}"))
            continue
        if candidate.quote not in article.text:
            result.skipped.append((candidate, "its quote is not in the article text"))
            continue
        if candidate.relation == "party_switch" and candidate.from_party is None:
            result.skipped.append((candidate, "a party switch needs the party left, which the sentence does not say"))
            continue
        row = {
            "subject": entity_id(candidate.subject), "relation": candidate.relation,
            "object": entity_id(candidate.object), "from_party": entity_id(candidate.from_party),
            "date": candidate.date, "end_date": "", "election": entity_id(candidate.election),
            "source": source_id, "quote": candidate.quote, "status": candidate.status,
            "method": f"extracted:{candidate.rule}@{version}", "confidence": f"{candidate.confidence:.6f}".rstrip("0").rstrip("."),
        } | anchor_fields(anchor(article.text, candidate.quote, near=candidate.offset))  # fmt: skip
        key = tuple(row[c] for c in ("subject", "relation", "object", "from_party", "source", "quote", "status"))
        mirrored = (row["object"], row["relation"], row["subject"], *key[3:])
        if key in existing or mirrored in existing:
            result.skipped.append((candidate, "already in the data"))
            continue
        existing.add(key)
        rows.append(row)
    result.statements = len(rows)
    if not rows and not result.source_added:
        return result

    files = _new_files(view, article, source_id, file_name, result.source_added, new_entities, rows)
    if result.source_added:
        txn.write(f"sources/{file_name}", article.text)
    for name in ("entities.csv", "sources.csv", "statements.csv"):
        if name in files:
            txn.write(name, files[name])
    _check(directory, txn)
    return result


def _unique(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def _unique_file(name: str, taken: set[str]) -> str:
    stem, suffix = name.rsplit(".", 1)
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{stem}-{number}.{suffix}", number + 1
    return candidate


def _read_rows(path: Path) -> tuple[list[dict[str, str]], list[str], str]:
    """The rows, the header, and the line ending of a CSV file."""
    raw = path.read_bytes().decode("utf-8-sig")
    ending = "\r\n" if "\r\n" in raw[:4096] else "\n"
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    return list(reader), list(reader.fieldnames or []), ending


def _serialize(rows: list[dict[str, str]], header: list[str], ending: str) -> str:
    from ..datafiles import csv_text

    return csv_text([header, *([row.get(c, "") for c in header] for row in rows)], ending)


def _new_files(
    directory: Path, article: Article, source_id: str, file_name: str, source_added: bool,
    entities: list[dict[str, str]], statements: list[dict[str, str]],
) -> dict[str, str]:  # fmt: skip
    """The new text of each CSV file that changes."""
    files: dict[str, str] = {}
    if entities:
        rows, header, ending = _read_rows(directory / "entities.csv")
        rows = sorted(rows + [{c: e.get(c, "") for c in header} for e in entities], key=lambda r: r["id"])
        files["entities.csv"] = _serialize(rows, header, ending)
    if source_added:
        rows, header, ending = _read_rows(directory / "sources.csv")
        rows.append({
            "id": source_id, "outlet": article.outlet, "title": article.title,
            "date": article.date if len(article.date) == 10 else "",  # a source's date is a full day
            "url": article.url, "file": file_name,
        })  # fmt: skip
        files["sources.csv"] = _serialize(rows, header, ending)
    if statements:
        rows, header, ending = _read_rows(directory / "statements.csv")
        last = max((i for i, r in enumerate(rows) if r.get("source") == source_id), default=len(rows) - 1)
        rows[last + 1 : last + 1] = statements  # statements stay grouped by source
        files["statements.csv"] = _serialize(rows, header, ending)
    return files


def _check(directory: Path, txn: Transaction) -> None:
    """Read the corpus as it will be after the change; every quote verbatim in its source."""
    corpus = txn.corpus()
    texts = {s.id: s.text for s in corpus.sources}
    for row in corpus.statements:
        if row.quote not in texts[row.source]:
            raise DataError(directory / "statements.csv", f"quote not verbatim in source {row.source}: {row.quote!r}")
