"""Input built to crash kg or to make it write what it then refuses: deeply nested documents,
names whose slug the reader refused, fields larger than a CSV reader takes, and files of mixed
encodings. Each ends in its documented exit code and one `kg:` line, or is read correctly."""

from __future__ import annotations

import codecs
import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.datafiles import MAX_FIELD, _check_id, read_corpus
from graph.decoding import decode
from graph.errors import DataError
from graph.news.article import read_article
from graph.importers.legislators import MAX_DEPTH
from graph.slugs import NoSlug, slug

KG = Path(sys.executable).with_name("kg")


def run_kg(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """kg in a process of its own, so that a segfault shows as -11 rather than killing pytest."""
    env = {**os.environ, "KG_STORE": str(tmp_path / "store")}
    env.pop("KG_DATA", None)
    return subprocess.run([str(KG), *args], capture_output=True, text=True, env=env, timeout=300)


def snapshot(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*"))
            if p.is_file() and ".kg" not in p.relative_to(directory).parts}


@pytest.fixture
def seeded(cli, tmp_path: Path) -> Path:
    """A data directory of one's own with the shipped corpus (`kg init DIR --seed`)."""
    data = tmp_path / "data"
    assert cli("init", str(data), "--seed").exit_code == 0
    return data


def kg_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("kg: ")]


# --- nesting ---------------------------------------------------------------------------------

PERSON = "- id:\n    bioguide: X000001\n  name:\n    first: Ann\n    last: Example\n    other: {nested}\n" \
         "  terms:\n  - type: rep\n    state: CA\n    start: '2021-01-03'\n    end: '2023-01-03'\n    party: Democrat\n"


@pytest.mark.parametrize("depth", [30_000, 100_000, MAX_DEPTH - 2])  # the last: one level too deep
def test_deeply_nested_yaml_is_refused_not_a_crash(seeded, tmp_path, depth):
    """A name nested 30,000 or 100,000 brackets deep: exit 6, one `kg:` line with file and line,
    the data directory unchanged (HEAD segfaulted, exit -11)."""
    path = tmp_path / "legislators.yaml"
    path.write_text(PERSON.format(nested="[" * depth + "]" * depth), encoding="utf-8")
    before = snapshot(seeded)
    result = run_kg(tmp_path, "import", "--data", str(seeded), str(path))
    assert result.returncode == 6, (result.returncode, result.stderr[-500:])
    assert kg_lines(result.stderr) == [f"kg: {path}:6: YAML nested more than {MAX_DEPTH} levels deep"]
    assert "Traceback" not in result.stderr
    assert snapshot(seeded) == before


def test_yaml_nested_within_the_limit_is_imported(seeded, tmp_path):
    """Nesting up to the limit is read: the person is imported."""
    path = tmp_path / "legislators.yaml"
    inner = MAX_DEPTH - 3  # the list of people, the person and the name hold it
    path.write_text(PERSON.format(nested="[" * inner + "]" * inner), encoding="utf-8")
    result = run_kg(tmp_path, "import", "--data", str(seeded), str(path))
    assert result.returncode == 0, result.stderr
    assert any(e.label == "Ann Example" for e in read_corpus(seeded).entities)


def test_deeply_nested_html_article_is_refused_not_a_crash(tmp_path):
    """HTML 100,000 elements deep (lxml stops at its own depth limit): exit 9, one line naming it."""
    path = tmp_path / "deep.html"
    text = "Joe Biden endorsed Karen Bass for mayor of Los Angeles on Tuesday."
    path.write_text("<html><body>" + "<div>" * 100_000 + f"<p>{text}</p>" + "</div>" * 100_000 + "</body></html>")
    result = run_kg(tmp_path, "extract", str(path))
    assert result.returncode == 9, (result.returncode, result.stderr[-500:])
    assert f"kg: {path}: is HTML in which no article text was found" in kg_lines(result.stderr)


# --- slugs -----------------------------------------------------------------------------------

NOWAK_ARTICLE = "title: Nowak backs Bass\ndate: 2024-05-01\n\n" \
                "Senator Łukasz Nowak endorsed Karen Bass for mayor of Los Angeles on Tuesday.\n"
NOWAK_SWITCH = ("bioguide,wikidata,name,chamber,state,date,from_party,to_party,to_caucus,precision,source_file,"
                "source_commit,source_commit_date,note\n"
                "N000999,,Łukasz Nowak,sen,CA,2022-12-09,Democrat,Independent,,exact-day,x,y,z,\n")


def test_a_name_with_a_stroke_letter_gets_one_id_from_ingest_and_import(cli, seeded, tmp_path):
    """'Łukasz Nowak' is lukasz-nowak whether ingested or imported, and the directory reads back
    (HEAD: ingest wrote 'łukasz-nowak' and failed; import wrote 'ukasz-nowak')."""
    article = tmp_path / "nowak.txt"
    article.write_text(NOWAK_ARTICLE, encoding="utf-8")
    result = cli("ingest", str(article), "--data", str(seeded))
    assert result.exit_code == 0, result.stderr
    ingested = {e.id for e in read_corpus(seeded).entities if e.label == "Łukasz Nowak"}
    assert ingested == {"lukasz-nowak"}

    other = tmp_path / "imported"
    switches = tmp_path / "switches.csv"
    switches.write_text(NOWAK_SWITCH, encoding="utf-8")
    result = cli("import", "--data", str(other), str(switches))
    assert result.exit_code == 0, result.stderr
    imported = {e.id for e in read_corpus(other).entities if e.label == "Łukasz Nowak"}
    assert imported == {"lukasz-nowak"}
    assert cli("validate", "--data", str(seeded)).exit_code == 0


def test_a_refused_staged_file_says_its_line_is_in_the_file_being_written(seeded, tmp_path):
    """A check of the staged change names a line of the file as it would be written, and says
    so, since the data directory's file does not have that line (HEAD: 'entities.csv:38' of 37)."""
    from graph.news.article import parse_article
    from graph.news.ingest import ingest_article
    from graph.transaction import transaction

    text = (seeded / "entities.csv").read_text(encoding="utf-8")
    lines = len(text.splitlines())
    article = parse_article("Joe Biden endorsed Karen Bass.", "a.txt")
    with pytest.raises(DataError) as caught, transaction(seeded) as txn:
        txn.write("entities.csv", text + "Not A Slug,Someone,Person,,,\n")
        ingest_article(seeded, article, [], version="t", txn=txn)
    assert str(caught.value) == (
        f"{seeded / 'entities.csv'}: id 'Not A Slug' must be a slug like 'karen-bass' "
        f"(at line {lines + 1} of the file as this change would write it; nothing was written)"
    )
    assert (seeded / "entities.csv").read_text(encoding="utf-8") == text


@given(st.text())
def test_any_text_slugs_to_an_id_the_reader_accepts(text):
    """slug(text) is an id the data files' reader accepts, or NoSlug for text with nothing to slug."""
    try:
        value = slug(text)
    except NoSlug:
        assert not any(c.isalnum() for c in text if c.isascii())
        return
    assert _check_id(value, Path("entities.csv"), 2) == value
    assert slug(value) == value


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyrsten Sinema", "kyrsten-sinema"), ("Señor Gómez", "senor-gomez"), ("Łukasz Nowak", "lukasz-nowak"),
    ("Straße", "strasse"), ("Ørsted", "orsted"), ("x² ﬁnal", "x2-final"), ("Jr., Joe (D-Del.)", "jr-joe-d-del"),
    ("N" * 500, "n" * 80),
])
def test_slugs(text, expected):
    """Accents dropped, other letters transliterated, compatibility forms folded, length capped."""
    assert slug(text) == expected


# --- field size ------------------------------------------------------------------------------

def test_a_quote_over_the_field_limit_is_left_out_not_the_batch(cli, seeded, tmp_path):
    """A 131,073-character sentence: its statement is left out with a warning naming it, the other
    statement of the article is written, and the directory reads back (HEAD: the batch failed)."""
    head = "Governor Gavin Newsom endorsed Karen Bass for mayor of Los Angeles"
    sentence = head + ", a city of many neighborhoods" * 4300
    sentence += "x" * (MAX_FIELD - len(sentence)) + "."
    assert len(sentence) == MAX_FIELD + 1
    article = tmp_path / "long.txt"
    article.write_text("title: Long\ndate: 2024-05-01\n\nJoe Biden endorsed Karen Bass for mayor of Los Angeles "
                       f"on Tuesday.\n\n{sentence}\n", encoding="utf-8")
    result = cli("ingest", str(article), "--data", str(seeded))
    assert result.exit_code == 0, result.stderr
    assert "1 statement(s)" in result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("kg:   skipped (its quote is 131,073")]
    assert len(skipped) == 1 and "Gavin Newsom" in skipped[0]
    quotes = {s.quote for s in read_corpus(seeded).statements if s.source == "long"}
    assert quotes == {"Joe Biden endorsed Karen Bass for mayor of Los Angeles on Tuesday."}


@pytest.mark.parametrize(("size", "ok"), [(MAX_FIELD, True), (MAX_FIELD + 1, False)])
def test_the_reader_takes_the_fields_the_writers_may_write(mini, size, ok):
    """A field of MAX_FIELD characters reads; one more is refused with file and line."""
    path = mini / "entities.csv"
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    rows[1][rows[0].index("description")] = "d" * size
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    if ok:
        assert read_corpus(mini).entities[0].description == "d" * size
    else:
        with pytest.raises(DataError, match=r"entities.csv:2: malformed CSV: field larger than field limit"):
            read_corpus(mini)


def test_an_imported_row_with_a_field_over_the_limit_is_a_bad_row(cli, tmp_path):
    """A YAML person with a 131,073-character name is one malformed row; the others are imported
    (HEAD: the import wrote entities.csv and then could not read it back)."""
    path = tmp_path / "legislators.yaml"
    path.write_text(PERSON.format(nested="x") + PERSON.format(nested="x").replace("Example", "E" * (MAX_FIELD + 1))
                    .replace("X000001", "X000002"), encoding="utf-8")
    data = tmp_path / "data"
    result = cli("import", "--data", str(data), str(path))
    assert result.exit_code == 0, result.stderr
    # the longest field is the name or the citation that carries it, whichever the importer checks first
    assert re.search(rf"kg:   {re.escape(str(path))}:20: a field of 131,[0-9]{{3}} characters; kg keeps fields of at most 131,072",
                     result.stderr)
    assert [e.label for e in read_corpus(data).entities if e.type == "Politician"] == ["Ann Example"]


# --- encodings -------------------------------------------------------------------------------

ENCODING_CASES = [
    # (bytes, the text read, encoding, lines read as cp1252)
    ("Señor Gómez endorsed Karen Bass.\n".encode() + "El alcalde dijo: sí, señor.\n".encode("latin-1"),
     "Señor Gómez endorsed Karen Bass.\nEl alcalde dijo: sí, señor.", "utf-8+cp1252", (2,)),
    ("Ann said “yes”.\n".encode("cp1252") + "Señor Gómez endorsed Karen Bass.\n".encode(),
     "Ann said “yes”.\nSeñor Gómez endorsed Karen Bass.", "utf-8+cp1252", (1,)),
    ("Año".encode("latin-1"), "Año", "cp1252", ()),
    ("El Señor Gómez apoyó a la candidata.".encode("latin-1"), "El Señor Gómez apoyó a la candidata.", "cp1252", ()),
    ("Biden said “Bass is great” — and more.".encode("cp1252"), "Biden said “Bass is great” — and more.", "cp1252", ()),
    (codecs.BOM_UTF8 + "Señor Gómez endorsed Karen Bass.".encode(), "Señor Gómez endorsed Karen Bass.", "utf-8", ()),
    ("Señor Gómez endorsed Karen Bass.".encode("utf-16"), "Señor Gómez endorsed Karen Bass.", "utf-16", ()),
    ("Señor Gómez endorsed Karen Bass.".encode("utf-32"), "Señor Gómez endorsed Karen Bass.", "utf-32", ()),
    ("Łukasz Nowak poparł kandydatkę na burmistrza Łodzi w zeszłym tygodniu.".encode("cp1250"),
     "Łukasz Nowak poparł kandydatkę na burmistrza Łodzi w zeszłym tygodniu.", "cp1250", ()),
]


@pytest.mark.parametrize(("data", "text", "encoding", "legacy"), ENCODING_CASES,
                         ids=["utf8+latin1", "cp1252-quotes+utf8", "short-latin1", "latin1", "cp1252",
                              "utf8-bom", "utf16", "utf32", "cp1250-polish"])
def test_articles_of_mixed_and_legacy_encodings_are_read_right(tmp_path, data, text, encoding, legacy):
    """Mixed UTF-8 and cp1252 per line, with the lines named; Latin-1 as cp1252, not cp1250 or Big5;
    byte order marks obeyed (HEAD read the mixed ones as Shift-JIS or cp1250, 'Año' as Big5)."""
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert (article.text, article.encoding) == (text, encoding)
    assert decode(data).legacy_lines == legacy
    assert bool(article.warnings) == bool(legacy)


def test_mixed_encoding_warning_reaches_kg_extract(cli, tmp_path):
    """kg extract names the lines read as cp1252 and finds 'Señor Gómez', not a mojibake entity."""
    path = tmp_path / "mixed.txt"
    path.write_bytes("Señor Gómez endorsed Karen Bass for mayor of Los Angeles on Tuesday.\n".encode()
                     + "Le café était plein.\n".encode("latin-1"))
    result = cli("extract", str(path), "-f", "csv")
    assert result.exit_code == 0, result.stderr
    assert f"kg: {path}: line(s) 2 are not UTF-8 like the rest; read as cp1252 (Windows Latin-1)" in result.stderr
    assert "Gómez" in result.stdout and "ﾃ" not in result.stdout


def test_mixed_encoding_dataset_is_read_per_line(cli, tmp_path):
    """A dataset with one Latin-1 row in UTF-8: each name read right, the line named in the report."""
    path = tmp_path / "switches.csv"
    path.write_bytes(NOWAK_SWITCH.encode() + "N000998,,José Pérez,rep,TX,2022-12-09,Democrat,Republican,,exact-day,"
                     "x,y,z,\n".encode("latin-1"))
    data = tmp_path / "data"
    result = cli("import", "--data", str(data), str(path))
    assert result.exit_code == 0, result.stderr
    assert "(party-switches, utf-8+cp1252: line(s) 3 are not UTF-8 like the rest" in result.stderr
    labels = {e.label for e in read_corpus(data).entities}
    assert {"Łukasz Nowak", "José Pérez"} <= labels
