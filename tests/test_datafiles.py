"""Reading the data directory: every malformed file is reported with its file and line."""


import pytest

from graph.datafiles import read_corpus
from graph.errors import DataError

from .conftest import MINI, replace_once


def test_reads_the_fixture_corpus():
    """Sources with text, entities with aliases, statements with their line numbers."""
    corpus = read_corpus(MINI)
    assert [s.id for s in corpus.sources] == ["note"]
    assert corpus.sources[0].text.startswith("Ann Example endorsed")
    assert corpus.entities[0].aliases == ("Ann", "A. Example")
    assert [s.line for s in corpus.statements] == [2, 3, 4, 5]




@pytest.mark.parametrize(
    ("file", "old", "new", "line", "message"),
    [
        ("statements.csv", "bob-sample,rival_of", "bob-sample,rivals", 4, "relation 'rivals' is not one of"),
        ("statements.csv", "ann-example,endorsed,bob-sample", "ann-example,endorsed,nobody", 2, "object 'nobody' is not in entities.csv"),
        ("statements.csv", ",2024,,,note", ",2024-13,,,note", 3, "date '2024-13' is not a date"),
        ("statements.csv", "asserted,curated,0.9", "asserted,curated,high", 4, "confidence 'high'"),
        ("statements.csv", "negated,curated", "denied,curated", 5, "status 'denied'"),
        ("statements.csv", "tories,whigs,2024", "tories,,2024", 3, "from_party is required for party_switch"),
        ("statements.csv", ",,note,faces Cy Third,asserted", ",,nowhere,faces Cy Third,asserted", 4, "source 'nowhere'"),
        ("statements.csv", "ann-example,endorsed,bob-sample,,2024-03-04", "ann-example,endorsed,ann-example,,2024-03-04", 2, "subject and object are both"),
        ("statements.csv", "faces Cy Third,negated,curated,1", "faces Cy Third,negated,curated", 5, "expected 12 fields, found 11"),
        ("entities.csv", "cy-third,Cy Third,Politician", "cy-third,Cy Third,Wizard", 4, "type 'Wizard'"),
        ("entities.csv", "Bob,Q42", "Bob,42", 3, "wikidata '42'"),
        ("entities.csv", "tories,Tory Party", "bob-sample,Tory Party", 5, "duplicate id 'bob-sample'"),
        ("entities.csv", "cy-third,Cy Third", "Cy Third,Cy Third", 4, "must be a slug"),
        ("sources.csv", "note.txt", "missing.txt", 2, "source text 'missing.txt' not found"),
        ("sources.csv", "https://example.org/note", "javascript:alert(1)", 2, "is not an http(s) URL"),
        ("sources.csv", "id,outlet", "ident,outlet", 1, "header lacks column(s) id"),
        ("entities.csv", "description", "description,colour", 1, "unknown column(s) colour"),
    ],
)
def test_malformed_rows_name_file_and_line(mini, file, old, new, line, message):
    """Each kind of bad value is a DataError naming the file, the line and the value."""
    replace_once(mini / file, old, new)
    with pytest.raises(DataError) as info:
        read_corpus(mini)
    assert info.value.path == mini / file
    assert info.value.line == line
    assert message in str(info.value)
    assert str(info.value).startswith(f"{mini / file}:{line}: ")


def test_unterminated_quote_is_reported(mini):
    """A CSV quote left open is a clear error, not a crash."""
    (mini / "entities.csv").write_text('id,label,type,aliases,wikidata,description\nx,"X,Person,,,\n', encoding="utf-8")
    with pytest.raises(DataError, match="entities.csv"):
        read_corpus(mini)


def test_non_utf8_file_is_reported(mini):
    """Latin-1 bytes are refused with the file named, not decoded into mojibake."""
    (mini / "entities.csv").write_bytes("id,label,type,aliases,wikidata,description\nx,Jos\xe9,Person,,,\n".encode("latin-1"))
    with pytest.raises(DataError, match=r"entities.csv: not UTF-8"):
        read_corpus(mini)


def test_empty_and_missing_files(mini):
    """An empty file and a missing file are each named."""
    (mini / "statements.csv").write_text("", encoding="utf-8")
    with pytest.raises(DataError, match="statements.csv:1: file is empty"):
        read_corpus(mini)
    (mini / "statements.csv").unlink()
    with pytest.raises(DataError, match="statements.csv: file is missing"):
        read_corpus(mini)
    with pytest.raises(DataError, match="data directory not found"):
        read_corpus(mini / "nope")
