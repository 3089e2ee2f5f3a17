"""Run importers into a user data directory: resolve entities, replace the dataset's rows, write.

A dataset imported into a data directory owns: the sources whose id is its slug (rows without a
URL of their own) or its slug plus "-u" and a hash of a row's URL (the rows citing that URL),
the statements citing them, and the entities only they refer to. Re-importing replaces all of
it, so importing the same file twice gives the same files. Each source's text is the header
line and the verbatim text of its rows (a YAML dataset: the whole file), then one line per
statement citing its row: dataset, row and the fields that state it (graph.importers.base.citation),
which is the statement's quote.

Every import resolves the people of all the datasets imported so far again, from the curated
entities up, in one fixed order (the datasets with Wikidata ids first, then by file name), so
the result depends on which datasets were imported and the merge decisions, never on the order
or the number of `kg import` runs; a rejected merge leaves nothing behind, not even an alias.

Files kept beside the corpus: imports.csv (what was imported, from where, as what),
merges.csv (see graph.entity_resolution), import-entities.csv (context of imported entities,
and the aliases and Wikidata ids imports added to curated ones).
Every file an import changes is written in one transaction (graph.transaction): all or none.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..anchors import anchor
from ..datafiles import (
    ENTITY_COLUMNS, SOURCE_COLUMNS, STATEMENT_COLUMNS, anchor_fields, csv_text, read_corpus, statement_fields,
)  # fmt: skip
from ..entity_resolution import MERGE_COLUMNS, Known, Merge, Resolver
from ..errors import DataError, InvalidArgument, ReadOnlyData
from ..resolve import normalize
from ..resources import shipped_data_dir
from ..slugs import NoSlug, slug
from ..transaction import Transaction, transaction
from . import detect_format, importer
from .base import Dataset, drop_oversized, read_text

__all__ = ["ImportReport", "import_files", "read_merges", "write_merges", "decide", "ON_ERROR"]

ON_ERROR = ("skip", "fail")
IMPORT_COLUMNS = ("dataset", "format", "path")
CONTEXT_COLUMNS = ("id", "state", "office", "dataset", "added_aliases", "added_wikidata")
_IDS_FIRST = ("congress-legislators", "party-switches")  # formats whose people carry Wikidata ids
_ROW = re.compile(r"#(\d+)\Z")


@dataclass
class FileReport:
    path: Path
    format: str
    encoding: str
    records: int = 0
    statements: int = 0
    skipped: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    files: list[FileReport]
    entities: int
    statements: int
    sources: int
    merges: int
    review: int


def _csv_text(columns: tuple[str, ...], rows) -> str:
    return csv_text([columns, *([row.get(c, "") for c in columns] for row in rows)])


def _csv_rows(path: Path, required: tuple[str, ...] = ()) -> list[tuple[int, dict[str, str]]]:
    """(line, row) for each row of one of kg's own CSV files (people edit them too): a file
    that is not UTF-8, malformed, or lacks a `required` column is a DataError naming it."""
    from ..confined import open_file

    try:
        raw = open_file(path.parent, path.name)  # not through a link (graph.confined)
    except FileNotFoundError:
        return []
    rows = []
    try:
        with io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle, strict=True)
            missing = [c for c in required if c not in (reader.fieldnames or ())]
            if missing:
                raise DataError(path, f"header lacks column(s) {', '.join(missing)}", 1)
            for row in reader:
                if None in row or None in row.values():
                    raise DataError(path, f"expected {len(reader.fieldnames)} fields", reader.line_num)
                rows.append((reader.line_num, row))
    except UnicodeDecodeError as exc:
        raise DataError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise DataError(path, f"malformed CSV: {exc}", reader.line_num) from None
    return rows


def _read_csv(path: Path, required: tuple[str, ...] = ()) -> list[dict[str, str]]:
    return [row for _, row in _csv_rows(path, required)]


def read_merges(data_dir: Path) -> list[Merge]:
    path = Path(data_dir) / "merges.csv"
    merges = []
    for line, r in _csv_rows(path, MERGE_COLUMNS[1:]):
        try:
            row, score = int(r["row"] or 0), float(r["score"] or 0)
        except ValueError:
            raise DataError(path, f"row {r['row']!r} and score {r['score']!r} must be numbers", line) from None
        merges.append(Merge(r["kept"], r["merged"], r["name"], r["state"], r["dataset"], row, r["method"],
                            score, r["status"]))
    return merges


def write_merges(txn: Transaction, merges: list[Merge]) -> None:
    """Stage merges.csv with these merges in `txn`."""
    rows = sorted((m.as_row() for m in merges), key=lambda r: (r["dataset"], int(r["row"]), r["kept"], r["name"]))
    txn.write("merges.csv", _csv_text(MERGE_COLUMNS, rows))


def _writable(data_dir: Path) -> Path:
    data_dir = Path(data_dir)
    if data_dir.resolve() == shipped_data_dir().resolve():
        raise ReadOnlyData(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    return data_dir


def dataset_slug(path: Path) -> str:
    try:
        return slug(Path(path).stem)
    except NoSlug:
        return "dataset"


def _owned(source_id: str, slug: str) -> bool:
    return source_id == slug or (source_id.startswith(slug + "-u") and len(source_id) == len(slug) + 12)


def _parse(path: Path, fmt: str | None) -> tuple[Dataset, str]:
    text, encoding = read_text(path)
    name = fmt or detect_format(path, text[:4000])
    dataset = Dataset(Path(path), text, encoding)
    importer(name).parse(dataset)
    drop_oversized(dataset)
    return dataset, name


def import_files(paths: list[Path], data_dir: Path, fmt: str | None = None, on_error: str = "skip") -> ImportReport:
    """Import each file into `data_dir` (created if missing) and write the result atomically
    per file. With on_error="fail" the first malformed row raises DataError before anything is
    written; with "skip" it is left out and listed in the report."""
    if on_error not in ON_ERROR:
        raise InvalidArgument(f"--on-error must be one of {', '.join(ON_ERROR)}")
    data_dir = _writable(data_dir)
    parsed = []
    for path in paths:
        dataset, name = _parse(Path(path), fmt)
        if dataset.errors and on_error == "fail":
            first = dataset.errors[0]
            raise DataError(path, f"{first.message} ({len(dataset.errors)} malformed row(s); "
                                  "use --on-error skip to import the rest)", first.line)
        parsed.append((dataset, name))
    with transaction(data_dir) as txn:
        report = _apply(data_dir, parsed, txn)
    given = [d.path.name for d, _ in parsed]
    report.files = sorted((f for f in report.files if f.path.name in given), key=lambda f: given.index(f.path.name))
    return report


def decide(data_dir: Path, merge_id: str, status: str) -> tuple[Merge, ImportReport]:
    """Set the status of a merge of merges.csv (accepted or rejected) and import every dataset
    again so that it applies everywhere: one transaction."""
    from ..entity_resolution import replace_status

    data_dir = _writable(data_dir)
    with transaction(data_dir) as txn:
        merges = read_merges(data_dir)
        try:
            merge = replace_status(merges, merge_id, status)
        except KeyError:
            raise InvalidArgument(f"no merge with id {merge_id!r} in {data_dir / 'merges.csv'}") from None
        return merge, _apply(data_dir, [], txn, decisions=merges)


def _listed(data_dir: Path, leave_out: set[str] = frozenset()) -> list[tuple[Dataset, str]]:
    """The datasets imports.csv lists (but those named in `leave_out`), parsed again."""
    listed = []
    for row in _read_csv(data_dir / "imports.csv", IMPORT_COLUMNS):
        if row["dataset"] in leave_out:
            continue
        if not Path(row["path"]).is_file():
            raise DataError(data_dir / "imports.csv", f"{row['dataset']} was imported from {row['path']}, which is "
                            "gone: its people are resolved again with every import; put the file back")
        listed.append(_parse(Path(row["path"]), row["format"]))
    return listed


def _resolution_order(item: tuple[Dataset, str]) -> tuple[bool, str]:
    dataset, fmt = item
    return (fmt not in _IDS_FIRST, dataset.path.name)


def _apply(data_dir: Path, parsed: list[tuple[Dataset, str]], txn: Transaction,
           decisions: list[Merge] | None = None) -> ImportReport:
    """Stage in `txn` the data directory with `parsed` imported, with every dataset imported
    before resolved again (the caller holds the lock)."""
    given = {d.path.name for d, _ in parsed}
    parsed = sorted(_listed(data_dir, given) + parsed, key=_resolution_order)
    for name, columns in (("sources.csv", SOURCE_COLUMNS), ("entities.csv", ENTITY_COLUMNS),
                          ("statements.csv", STATEMENT_COLUMNS)):
        if not (data_dir / name).exists():
            txn.write(name, ",".join(columns) + "\n")
    corpus = txn.corpus() if len(txn) else read_corpus(data_dir)
    contexts = {r["id"]: r for r in _read_csv(data_dir / "import-entities.csv", ("id",))}
    if decisions is None:
        decisions = read_merges(data_dir)
    slugs = {dataset_slug(d.path) for d, _ in parsed}
    names = {d.path.name for d, _ in parsed}

    sources = {s.id: s for s in corpus.sources if not any(_owned(s.id, slug) for slug in slugs)}
    statements = [statement_fields(r) for r in corpus.statements if r.source in sources]
    # Known: the curated entities as they were before any import added to them, and the
    # imported ones that curated or ingested statements refer to; the rest is made again.
    kept_refs = {row[c] for row in statements if not row["method"].startswith("imported:")
                 for c in ("subject", "object", "from_party", "election") if row[c]}
    known = []
    for e in corpus.entities:
        context = contexts.get(e.id, {})
        if context.get("dataset") and e.id not in kept_refs:
            continue
        added = set(filter(None, context.get("added_aliases", "").split("|")))
        known.append(Known(e.id, e.label, e.type, [a for a in e.aliases if a not in added],
                           "" if e.wikidata and e.wikidata == context.get("added_wikidata") else e.wikidata,
                           e.description, context.get("state", ""), context.get("office", ""),
                           context.get("dataset", "")))
    before = {k.id: (set(k.aliases), k.wikidata) for k in known if not k.origin}
    resolver = Resolver(known, decisions)
    texts: dict[str, str] = {}
    new_sources: dict[str, dict[str, str]] = {}
    reports = []
    for dataset, fmt in parsed:
        module = importer(fmt)
        slug = dataset_slug(dataset.path)
        report = FileReport(dataset.path, fmt, dataset.encoding, errors=[f"{dataset.path}:{e.line}: {e.message}"
                                                                         for e in dataset.errors])
        groups: dict[str, list] = defaultdict(list)
        for record in dataset.records:
            groups[record.url].append(record)
        for url, records in sorted(groups.items()):
            source_id = slug if not url else f"{slug}-u{hashlib.sha256(url.encode()).hexdigest()[:10]}"
            if dataset.header:
                texts[source_id] = dataset.header + "\n" + "\n".join(r.text for r in records) + "\n"
            else:
                texts[source_id] = dataset.text
            cited = dict.fromkeys((f.quote or r.text).strip() for r in records for f in r.facts)
            if cited:
                texts[source_id] = texts[source_id].rstrip("\n") + "\n\n" + "\n".join(cited) + "\n"
            cited_at, at = {}, len(texts[source_id]) - sum(len(line) + 1 for line in cited)
            for line in cited:  # where each cited line sits: its statements' anchors
                cited_at[line], at = at, at + len(line) + 1
            title = f"{dataset.path.name}" + (f", rows citing {url}" if url else "")
            new_sources[source_id] = {"id": source_id, "outlet": module.OUTLET, "title": title, "date": "",
                                      "url": url or module.URL, "file": f"{source_id}.txt"}
            for record in records:
                report.records += 1
                if record.skipped:
                    report.skipped[record.skipped] += 1
                for fact in record.facts:
                    row_of = (dataset.path.name, record.line)
                    s = resolver.resolve(fact.subject, dataset.path.name, record.line)
                    o = resolver.resolve(fact.object, *row_of)
                    if s == o:
                        report.skipped[f"{fact.relation} of an entity with itself"] += 1
                        continue
                    statements.append({
                        "subject": s, "relation": fact.relation, "object": o,
                        "from_party": resolver.resolve(fact.from_party, *row_of) if fact.from_party else "",
                        "date": fact.date, "end_date": fact.end_date,
                        "election": resolver.resolve(fact.election, *row_of) if fact.election else "",
                        "source": source_id, "quote": (fact.quote or record.text).strip(), "status": fact.status,
                        "method": f"imported:{dataset.path.name}#{record.line}", "confidence": "1",
                    })
                    quote = statements[-1]["quote"]
                    statements[-1] |= anchor_fields(anchor(texts[source_id], quote, near=cited_at.get(quote)))
                    report.statements += 1
        reports.append(report)

    # entities: curated ones stay; imported ones stay while a statement refers to them
    used = {row[c] for row in statements for c in ("subject", "object", "from_party", "election") if row[c]}
    entities = [e for e in resolver.entities.values() if not e.origin or e.id in used]
    # the decisions stay (a rejected merge is not made, so only its record remembers it)
    decided = {(m.kept, normalize(m.name), m.state, m.dataset): m for m in decisions
               if m.status in ("accepted", "rejected") and m.dataset in names}
    merges = [m for m in decided.values() if m.status == "rejected"]
    for key, merge in resolver.merges.items():
        if (merge.kept in used or merge.merged in used) and decided.get(key, merge).status != "rejected":
            merges.append(decided.get(key, merge))
    # stage: source texts, then the CSV files
    old_files = {p.name for p in (data_dir / "sources").glob("*.txt")
                 if any(_owned(p.stem, slug) for slug in slugs)}
    for source_id, text in texts.items():
        target = data_dir / "sources" / f"{source_id}.txt"
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            txn.write(f"sources/{source_id}.txt", text)
    source_rows = [{"id": s.id, "outlet": s.outlet, "title": s.title, "date": s.date, "url": s.url, "file": s.file}
                   for s in sources.values()]
    source_rows += [new_sources[k] for k in sorted(new_sources)]
    curated = [r for r in statements if not r["method"].startswith("imported:")]
    imported = [r for r in statements if r["method"].startswith("imported:")]
    imported.sort(key=lambda r: (r["source"], int(_ROW.search(r["method"]).group(1)), r["relation"], r["subject"], r["object"]))
    txn.write("sources.csv", _csv_text(SOURCE_COLUMNS, source_rows))
    txn.write("entities.csv", _csv_text(ENTITY_COLUMNS, sorted(
        ({"id": e.id, "label": e.label, "type": e.type, "aliases": "|".join(e.aliases), "wikidata": e.wikidata,
          "description": e.description} for e in entities), key=lambda r: r["id"])))
    txn.write("statements.csv", _csv_text(STATEMENT_COLUMNS, curated + imported))
    contexts_out = []
    for e in sorted(entities, key=lambda e: e.id):
        aliases, wikidata = before.get(e.id, (set(e.aliases), e.wikidata))
        added = "|".join(a for a in e.aliases if a not in aliases)
        added_wikidata = e.wikidata if e.wikidata != wikidata else ""
        if e.origin or added or added_wikidata:
            contexts_out.append({"id": e.id, "state": e.state if e.origin else "", "office": e.office if e.origin else "",
                                 "dataset": e.origin, "added_aliases": added, "added_wikidata": added_wikidata})
    txn.write("import-entities.csv", _csv_text(CONTEXT_COLUMNS, contexts_out))
    write_merges(txn, merges)
    manifest = {r["dataset"]: r for r in _read_csv(data_dir / "imports.csv", IMPORT_COLUMNS)}
    for dataset, fmt in parsed:
        manifest[dataset.path.name] = {"dataset": dataset.path.name, "format": fmt, "path": str(dataset.path.resolve())}
    txn.write("imports.csv", _csv_text(IMPORT_COLUMNS, [manifest[k] for k in sorted(manifest)]))
    for name in old_files - {f"{k}.txt" for k in texts}:
        txn.delete(f"sources/{name}")
    return ImportReport(reports, len(entities), len(statements), len(source_rows),
                        sum(m.status in ("auto", "accepted") for m in merges),
                        sum(m.status == "review" for m in merges))
