"""Properties over arbitrary input (Hypothesis, profile "kg" in conftest: derandomized, bounded):
the readers fail only with their typed errors, what they accept round-trips through CSV,
N-Triples and HTML unchanged, and names resolve back to their entity."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.asof import parse_as_of
from graph.datafiles import ENTITY_COLUMNS, SOURCE_COLUMNS, STATEMENT_COLUMNS, csv_text, read_corpus
from graph.errors import AmbiguousEntity, ArticleError, DataError, InvalidArgument, QueryError, ReadOnlyQuery, UnknownEntity
from graph.resolve import normalize
from graph.terminal import one_line, printable

from .conftest import MINI

# Any text a UTF-8 file can hold (no lone surrogates), controls and NUL included.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
# Text a field keeps: the readers strip surrounding white space, and a required field is non-empty.
FIELD = TEXT.map(str.strip).filter(bool)
SLUG = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)
# Text built from what breaks CSV: delimiters, quotes, line ends, BOMs, NUL, separators.
CSV_SOUP = st.lists(st.sampled_from(list(',"\r\n\x00\ufeff\u2028 |-aQ1') + ["id", "label", "type"]), max_size=80).map("".join)

_RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e]")


@contextmanager
def data_dir():
    """A fresh copy of the mini corpus (Hypothesis runs many examples in one test)."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "data"
        shutil.copytree(MINI, target)
        yield target


def _csv(columns: tuple[str, ...], rows: list[dict[str, str]]) -> str:
    """As kg import and kg ingest write the data files."""
    return csv_text([columns, *([row.get(c, "") for c in columns] for row in rows)])


# --- the data readers ----------------------------------------------------------------------

@given(st.lists(st.lists(TEXT, min_size=1, max_size=4), min_size=1, max_size=4), st.sampled_from(["\n", "\r\n"]))
def test_csv_text_reads_back_as_written(rows, line_end):
    """kg's CSV writer: any fields (lone carriage returns, quotes, NUL included) read back the same."""
    assert list(csv.reader(io.StringIO(csv_text(rows, line_end), newline=""))) == rows


@given(st.sampled_from(["sources.csv", "entities.csv", "statements.csv"]), st.one_of(TEXT, CSV_SOUP), st.booleans())
def test_csv_readers_raise_only_data_errors_on_any_text(name, text, keep_header):
    """Whatever text a data file holds (after its own header or instead of it), reading the
    directory succeeds or raises DataError naming a file of it."""
    with data_dir() as data:
        header = (data / name).read_text(encoding="utf-8").splitlines()[0] + "\n" if keep_header else ""
        (data / name).write_text(header + text, encoding="utf-8", newline="")
        try:
            read_corpus(data)
        except DataError as error:
            assert error.path.is_relative_to(data)


@given(st.sampled_from(["sources.csv", "entities.csv", "statements.csv", "sources/note.txt"]), st.binary(max_size=300))
def test_csv_readers_raise_only_data_errors_on_any_bytes(name, content):
    """Arbitrary bytes (bad UTF-8, BOMs, NUL) in any data file: success or DataError."""
    with data_dir() as data:
        (data / name).write_bytes(content)
        try:
            read_corpus(data)
        except DataError as error:
            assert error.path.is_relative_to(data)


@st.composite
def corpora(draw):
    """A valid corpus with arbitrary text in every free-text field: (sources, entities, statements) rows."""
    ids = draw(st.lists(SLUG, min_size=2, max_size=4, unique=True))
    entities = [
        {"id": i, "label": draw(FIELD), "type": draw(st.sampled_from(["Person", "Politician", "PoliticalParty"])),
         "aliases": "|".join(draw(st.lists(FIELD.filter(lambda a: "|" not in a), max_size=2))),
         "wikidata": draw(st.sampled_from(["", "Q1", "Q76"])), "description": draw(TEXT).strip()}
        for i in ids
    ]
    sources = [{"id": "src", "outlet": draw(TEXT).strip(), "title": draw(TEXT).strip(),
                "date": draw(st.sampled_from(["", "2024", "2024-02", "2024-02-29"])),
                "url": draw(st.sampled_from(["", "https://example.org/a?b=c&d=%20#frag", "http://xn--bcher-kva.example/ü"])),
                "file": "note.txt"}]
    statements = []
    for _ in range(draw(st.integers(1, 3))):
        subject, obj = draw(st.permutations(ids))[:2]
        statements.append({
            "subject": subject, "relation": draw(st.sampled_from(["endorsed", "rival_of", "advised"])), "object": obj,
            "from_party": "", "date": draw(st.sampled_from(["", "2024-03-04"])), "end_date": "", "election": "",
            "source": "src", "quote": draw(FIELD), "status": draw(st.sampled_from(["asserted", "disputed", "negated"])),
            "method": "curated", "confidence": draw(st.sampled_from(["1", "0.5", "0.85", ".5", "1.", "0"])),
        })  # fmt: skip
    return sources, entities, statements


def _write(data: Path, corpus) -> None:
    sources, entities, statements = corpus
    (data / "sources.csv").write_text(_csv(SOURCE_COLUMNS, sources), encoding="utf-8", newline="")
    (data / "entities.csv").write_text(_csv(ENTITY_COLUMNS, entities), encoding="utf-8", newline="")
    (data / "statements.csv").write_text(_csv(STATEMENT_COLUMNS, statements), encoding="utf-8", newline="")


@given(corpora())
def test_what_the_readers_accept_round_trips(corpus):
    """Rows written as CSV with arbitrary text are read back with the same values."""
    sources, entities, statements = corpus
    with data_dir() as data:
        _write(data, corpus)
        read = read_corpus(data)
    assert [(e.id, e.label, "|".join(e.aliases), e.description) for e in read.entities] == [
        (e["id"], e["label"], e["aliases"], e["description"]) for e in entities
    ]
    assert [(s.title, s.outlet, s.url) for s in read.sources] == [(s["title"], s["outlet"], s["url"]) for s in sources]
    assert [(s.subject, s.object, s.quote, s.confidence) for s in read.statements] == [
        (s["subject"], s["object"], s["quote"], s["confidence"]) for s in statements
    ]


@given(corpora())
def test_ntriples_of_any_accepted_text_parse_back_exactly(corpus):
    """The N-Triples kg writes for an accepted corpus parse (strictly) with pyoxigraph, and every
    label, alias, description, title and quote comes back as the same literal."""
    from graph.triples import corpus_ntriples

    with data_dir() as data:
        _write(data, corpus)
        text = "".join(corpus_ntriples(read_corpus(data)))
    quads = list(ox.parse(input=text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    assert len(quads) == text.count("\n")
    literals = {q.object.value for q in quads if isinstance(q.object, ox.Literal)}
    sources, entities, statements = corpus
    expected = {e["label"] for e in entities} | {s["quote"] for s in statements}
    expected |= {a for e in entities for a in e["aliases"].split("|") if a}
    expected |= {e["description"] for e in entities if e["description"]}
    expected |= {s[c] for s in sources for c in ("title", "outlet") if s[c]}
    assert expected <= literals


@given(corpora())
@settings(max_examples=30)
def test_every_name_of_an_entity_resolves_back_to_it(corpus):
    """Each entity's id, label and aliases resolve to it, unless another entity shares the
    name's key (then the error lists it) or the name has no letters or digits (unknown)."""
    from graph.knowledge_graph import KnowledgeGraph
    from graph.namespaces import ENT

    _, entities, _ = corpus
    with data_dir() as data:
        _write(data, corpus)
        kg = KnowledgeGraph.from_data(data)
    keys = {e["id"]: {normalize(n) for n in (e["label"], e["id"], *e["aliases"].split("|"))} - {""} for e in entities}
    for entity in entities:
        for name in (entity["id"], entity["label"], *filter(None, entity["aliases"].split("|"))):
            key = normalize(name)
            owners = {i for i, owned in keys.items() if key in owned}
            if not key:
                with pytest.raises(UnknownEntity):
                    kg.resolve(name)
            elif owners == {entity["id"]}:
                assert kg.resolve(name) == ENT + entity["id"]
            else:
                with pytest.raises(AmbiguousEntity) as info:
                    kg.resolve(name)
                assert any(c.endswith(f"({entity['id']})") for c in info.value.candidates)


@given(TEXT)
def test_normalize_never_raises_and_is_idempotent(name):
    """Any text has a key; a key is its own key; keys hold no upper case and no edge spaces."""
    key = normalize(name)
    assert normalize(key) == key
    assert key == key.strip() and "  " not in key


@given(st.one_of(TEXT, st.text(max_size=300)))
def test_resolving_any_text_fails_only_as_unknown_or_ambiguous(mini_kg, name):
    """Arbitrary text given as a name: an entity IRI, UnknownEntity or AmbiguousEntity."""
    try:
        assert mini_kg.resolve(name).startswith("urn:kg:entity:")
    except (UnknownEntity, AmbiguousEntity) as error:
        assert "\n" not in one_line(str(error))


# --- SPARQL --------------------------------------------------------------------------------

@given(TEXT, TEXT)
def test_bound_values_are_data_never_syntax(key, label):
    """A value reaches the library's SPARQL only bound (VALUES, serialized by pyoxigraph): any
    text, quotes and braces included, matches exactly itself and nothing else."""
    from graph import sparql
    from graph.namespaces import POL, RDFS

    store = ox.Store()
    entity = ox.NamedNode("urn:kg:entity:e")
    store.add(ox.Quad(entity, ox.NamedNode(POL + "nameKey"), ox.Literal(key)))
    store.add(ox.Quad(entity, ox.NamedNode(RDFS + "label"), ox.Literal(label)))
    rows = [(r["entity"], r["label"].value) for r in sparql.select(store, "resolve", key=ox.Literal(key))]
    assert rows == [(entity, label)]
    assert not list(sparql.select(store, "resolve", key=ox.Literal(key + '" } ?entity ?p ?o { "')))


SPARQL_WORDS = ["SELECT", "ASK", "*", "WHERE", "{", "}", "(", ")", "[", "]", "?s", "?p", "?o", "OPTIONAL", "UNION",
                "FILTER", "BIND", "AS", "1", "+", "!", "||", "'a'", '"b"', "<urn:x>", "<http://127.0.0.1:9/>", "#c\n",
                "PREFIX", "x:", "x:y", "INSERT", "DATA", "LOAD", "SERVICE", "SILENT", ".", ";", "a", "VALUES"]  # fmt: skip


@given(st.one_of(TEXT, st.lists(st.sampled_from(SPARQL_WORDS), max_size=60).map(" ".join)))
def test_any_query_text_fails_only_as_a_query_error(mini_kg, text):
    """Arbitrary text (or token soup) given to kg query: results or QueryError; an update is
    refused as read-only and SERVICE is never evaluated."""
    from graph.query import render, run_query
    from graph.query_text import update_keyword, uses_keyword

    try:
        render(run_query(mini_kg.store, text), "json")
    except ReadOnlyQuery:
        assert update_keyword(text)
    except QueryError:
        pass
    else:
        assert not uses_keyword(text, "SERVICE") and not update_keyword(text)


# --- HTML views ----------------------------------------------------------------------------

@given(st.lists(TEXT, min_size=9, max_size=9), st.sampled_from(["", "https://example.org/x", "javascript:alert(1)"]))
@settings(max_examples=40)
def test_no_text_from_the_data_becomes_markup(texts, url):
    """Arbitrary labels, aliases, descriptions, quotes, sources, dates and title: the page has
    exactly the tags of the same page drawn with plain text, and its data parses back exact."""
    from graph.model import Edge, Entity, Evidence
    from graph.ontology import entity_types, relations
    from viz import render_html

    def page(t: list[str]) -> str:
        entities = [Entity("a", "urn:kg:entity:a", t[0] or "a", "Person", aliases=(t[1],), description=t[2]),
                    Entity("b", "urn:kg:entity:b", t[3] or "b", "Politician", wikidata=t[4])]
        evidence = Evidence(source=t[5], source_id="s", quote=t[6], date=t[7], url=url)
        return render_html(entities, [Edge("a", "endorsed", "b", (evidence,))], relations(), entity_types(),
                           title=t[8], as_of=t[7] or None)

    hostile, plain = page(texts), page(["x" if t else "" for t in texts])
    assert hostile.count("<") == plain.count("<")
    assert hostile.lower().count("</script") == plain.lower().count("</script")
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', hostile, re.S).group(1)
    data = json.loads(block)
    assert data["nodes"][0]["description"] == texts[2] and data["edges"][0]["evidence"][0]["quote"] == texts[6]


# --- text for the terminal -----------------------------------------------------------------

@given(TEXT)
def test_terminal_text_holds_no_control_characters(text):
    """printable leaves no character a terminal obeys; one_line leaves no line break."""
    assert not _RAW_CONTROL.search(printable(text))
    line = one_line(text)
    assert not _RAW_CONTROL.search(line) and "\n" not in line and "\r" not in line


# --- option values and articles ------------------------------------------------------------

@given(TEXT)
def test_as_of_accepts_only_real_ascii_dates(text):
    """--as-of: InvalidArgument, or a real YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits."""
    from graph.datafiles import is_date

    try:
        value = parse_as_of(text)
    except InvalidArgument:
        return
    assert value.isascii() and is_date(value)


@given(st.one_of(st.binary(max_size=600), TEXT.map(lambda t: t.encode("utf-8")),
                 st.tuples(TEXT, st.sampled_from(["latin-1", "utf-16", "cp1252", "utf-8-sig"])).map(
                     lambda pair: pair[0].encode(pair[1], errors="replace"))),
       st.sampled_from(["a.txt", "a.md", "a.html"]))
@settings(max_examples=80)
def test_article_reader_raises_only_article_errors(content, name):
    """Any bytes as an article: ArticleError, or an article with some text."""
    from graph.news import read_article

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(content)
        try:
            article = read_article(path)
        except ArticleError as error:
            assert error.path == path
        else:
            assert article.text.strip()


# --- kg import never writes what kg build refuses -----------------------------------------

DATES = st.one_of(st.sampled_from(["", "2016-05-01", "20160501", "2016-W01-1", "2016-02-30", "٢٠١٦-٠٥-٠١", "5/1/16"]), TEXT)
URLS = st.one_of(st.sampled_from(["", "https://x.org/a", "javascript:alert(1)", "https://x.org/#a#b", "http://[::1", "https://x.org/%zz"]),
                 TEXT.map(lambda t: "https://x.org/" + t))


@given(st.lists(st.tuples(FIELD, st.sampled_from(["True", "False", "maybe"]), st.sampled_from(["Endorses", "Opposes", "?"]),
                          st.sampled_from(["Clinton", "Trump", "nobody"]), DATES, URLS, TEXT), min_size=1, max_size=4))
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
def test_imported_rows_always_build(rows):
    """Whatever EndorsementDB rows hold (names, dates, URLs, quotes), kg import either reports
    them or writes a data directory that reads without error."""
    from graph.importers.run import import_files

    with tempfile.TemporaryDirectory() as tmp:
        dataset = Path(tmp) / "edb.csv"
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("endorser", "is_person", "stance", "target", "date", "source_url", "quote"))
        writer.writerows(rows)
        dataset.write_text(out.getvalue(), encoding="utf-8")
        try:
            import_files([dataset], Path(tmp) / "data", "endorsementdb-2016")
        except DataError as error:
            assert error.path == dataset
            return
        read_corpus(Path(tmp) / "data")
