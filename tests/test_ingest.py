"""graph.news.ingest and graph.datadir: articles and statements into a data directory, safely."""

import pytest

from graph.datadir import HEADERS, ensure_writable, init_data_dir
from graph.datafiles import read_corpus
from graph.errors import InvalidArgument, ReadOnlyData
from graph.news import Extractor, parse_article
from graph.news.ingest import REVIEW_MARK, ingest_article
from graph.knowledge_graph import KnowledgeGraph
from graph.resources import shipped_data_dir
from graph.validate import validate

TEXT = (
    "Former Gov. Nina Park endorsed Rep. Karen Bass (D-Calif.) on Tuesday.\n"
    "Park is a former Republican who registered as a Democrat in 2019.\n"
    "Bass declined to endorse Carl Moe, a businessman.\n"
    "Moe registered as a Democrat in May.\n"
)


@pytest.fixture
def article():
    return parse_article(f"date: 2022-08-09\noutlet: Example News\ntitle: Park backs Bass\n\n{TEXT}", "park-backs-bass.txt")


@pytest.fixture
def extractor(seed_kg):
    return Extractor(seed_kg.entities())


def _files(directory):
    """The data files (kg's own .kg folder, which holds the lock, aside)."""
    return {
        p.relative_to(directory): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and p.relative_to(directory).parts[0] != ".kg"
    }


def test_ingest_writes_source_statements_and_new_entities(data_copy, article, extractor):
    """The source, its text, the statements (method and confidence) and flagged new entities;
    the directory stays valid, quotes verbatim included."""
    candidates = extractor.extract(article)
    result = ingest_article(data_copy, article, candidates, version=extractor.version)
    assert result.source == "park-backs-bass" and result.source_added
    assert result.entities == ["nina-park", "carl-moe"]
    corpus = read_corpus(data_copy)
    source = next(s for s in corpus.sources if s.id == "park-backs-bass")
    assert (source.outlet, source.title, source.date, source.text) == ("Example News", "Park backs Bass", "2022-08-09", TEXT.strip())
    rows = [s for s in corpus.statements if s.source == "park-backs-bass"]
    assert ("nina-park", "endorsed", "karen-bass", "asserted") in {(r.subject, r.relation, r.object, r.status) for r in rows}
    assert ("karen-bass", "endorsed", "carl-moe", "negated") in {(r.subject, r.relation, r.object, r.status) for r in rows}
    switch = next(r for r in rows if r.relation == "party_switch")
    assert (switch.subject, switch.from_party, switch.object, switch.date) == ("nina-park", "republican-party", "democratic-party", "2019")
    assert all(r.method.startswith("extracted:") and r.method.endswith("@" + extractor.version) for r in rows)
    park = next(e for e in corpus.entities if e.id == "nina-park")
    assert park.type == "Politician" and park.description.startswith(REVIEW_MARK)
    assert ("carl-moe", "member_of", "democratic-party", "asserted") in {(r.subject, r.relation, r.object, r.status) for r in rows}
    assert not [r for r in rows if r.subject == "carl-moe" and r.relation == "party_switch"]  # the party he left is not said
    assert validate(data_copy) == []
    ids = [e.id for e in corpus.entities]
    assert ids == sorted(ids)  # entities.csv stays sorted by id


def test_reingesting_adds_nothing(data_copy, article, extractor):
    candidates = extractor.extract(article)
    ingest_article(data_copy, article, candidates, version=extractor.version)
    before = _files(data_copy)
    again = ingest_article(data_copy, parse_article(f"date: 2022-08-09\n\n{TEXT}", "other-name.txt"), candidates, version=extractor.version)
    assert not again.source_added and again.statements == 0 and again.source == "park-backs-bass"
    assert _files(data_copy) == before


def test_known_entities_and_ids_are_reused(data_copy, article, extractor):
    """A new entity already added by an earlier article is not added twice; a new source id
    that is taken gets a suffix."""
    ingest_article(data_copy, article, extractor.extract(article), version=extractor.version)
    second = parse_article("Nina Park endorsed Rick Caruso on Monday.", "park-backs-bass.txt")
    result = ingest_article(data_copy, second, extractor.extract(second), version=extractor.version)
    assert result.source == "park-backs-bass-2" and result.entities == []
    assert validate(data_copy) == []


def test_a_failed_write_leaves_everything_as_it_was(data_copy, article, extractor, monkeypatch):
    """If statements.csv cannot be staged, nothing is written and the staging is removed."""
    from graph.transaction import Transaction

    before = _files(data_copy)
    real = Transaction.write

    def failing(self, name, content):
        if name == "statements.csv":
            raise OSError("disk full")
        real(self, name, content)

    monkeypatch.setattr(Transaction, "write", failing)
    with pytest.raises(OSError, match="disk full"):
        ingest_article(data_copy, article, extractor.extract(article), version=extractor.version)
    assert _files(data_copy) == before
    assert [p.name for p in (data_copy / ".kg").iterdir()] == ["lock"]


def test_shipped_data_is_read_only(article):
    with pytest.raises(ReadOnlyData, match="kg init"):
        ingest_article(shipped_data_dir(), article, [], version="1")
    with pytest.raises(ReadOnlyData):
        ensure_writable(shipped_data_dir() / "sources")


def test_init_creates_empty_or_seeded_directories(tmp_path):
    empty = init_data_dir(tmp_path / "empty")
    assert {p.name for p in empty.iterdir()} == {".kg", "sources", *HEADERS}
    assert read_corpus(empty).statements == ()
    seeded = init_data_dir(tmp_path / "seeded", seed=True)
    assert len(read_corpus(seeded).statements) == len(read_corpus(shipped_data_dir()).statements)
    assert KnowledgeGraph.from_data(seeded).resolve("bass")
    with pytest.raises(InvalidArgument, match="not an empty directory"):
        init_data_dir(seeded)


def test_ingest_into_an_empty_directory(tmp_path, article, extractor):
    """Entities the graph of another directory knows are refused clearly, new ones are added."""
    directory = init_data_dir(tmp_path / "d")
    empty_extractor = Extractor([])
    result = ingest_article(directory, article, empty_extractor.extract(article), version="1")
    assert result.source_added and "karen-bass" in result.entities
    assert validate(directory) == []
