"""kg import: formats detected, rows cited, malformed rows reported, re-import idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.datafiles import read_corpus
from graph.errors import DataError, ReadOnlyData
from graph.importers import detect_format
from graph.importers.run import import_files
from graph.resources import shipped_data_dir
from graph.validate import validate

from .conftest import SHARED, needs_shared

E2020 = """date,position,city,state,endorser,endorsee,endorser party,source,order,category,body,district,points
2020-03-04,senator,,AZ,Kyrsten Sinema,Joe Biden,D,https://example.org/sinema,,Senators,,,6
2019-02-21,representative,,NJ,Jeff Van Drew,Cory Booker,R,,,,,,1
2019-02-22,representative,,NJ,Nobody Yet,,D,,,,,,1
bad-date,mayor,,NY,Broken Row,Joe Biden,D,,,,,,1
"""
SWITCHES = """bioguide,wikidata,name,chamber,state,date,from_party,to_party,to_caucus,precision,source_file,source_commit,source_commit_date,note
S001191,Q1556541,Kyrsten Sinema,sen,AZ,2022-12-09,Democrat,Independent,Democrat,exact-day,x,y,z,
V000133,Q6175202,Jefferson Van Drew,rep,NJ,2019-12-19,Democrat,Republican,,exact-day,x,y,z,
"""


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_import_cites_rows_and_validates(tmp_path: Path) -> None:
    data = tmp_path / "data"
    report = import_files([_write(tmp_path, "e2020.csv", E2020), _write(tmp_path, "switches.csv", SWITCHES)], data)
    assert validate(data) == []
    corpus = read_corpus(data)
    methods = {s.method for s in corpus.statements}
    assert "imported:e2020.csv#2" in methods and "imported:switches.csv#3" in methods
    assert report.files[0].errors == [f"{tmp_path / 'e2020.csv'}:5: date 'bad-date' is not a date (M/D/YY or YYYY-MM-DD)"]
    assert report.files[0].skipped == {"no endorsee": 1}
    urls = {s.url for s in corpus.sources}
    assert "https://example.org/sinema" in urls
    van_drew = [e for e in corpus.entities if "van-drew" in e.id]
    assert len(van_drew) == 1 and van_drew[0].wikidata == "Q6175202"


def test_reimport_is_idempotent(tmp_path: Path) -> None:
    data = tmp_path / "data"
    files = [_write(tmp_path, "e2020.csv", E2020), _write(tmp_path, "switches.csv", SWITCHES)]
    import_files(files, data)
    before = {p.name: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    import_files(files[:1], data)
    import_files(files, data)
    assert {p.name: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before


def test_on_error_fail_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"e2020.csv:5"):
        import_files([_write(tmp_path, "e2020.csv", E2020)], tmp_path / "data", on_error="fail")
    assert not [p for p in (tmp_path / "data").rglob("*") if p.is_file()]


def test_latin1_is_detected(tmp_path: Path) -> None:
    text = E2020.replace("Nobody Yet", "José Núñez Ávila Peña")
    report = import_files([_write(tmp_path, "e2020.csv", text, "latin-1")], tmp_path / "data")
    assert report.files[0].encoding != "utf-8"
    assert any(e.label == "José Núñez Ávila Peña" for e in read_corpus(tmp_path / "data").entities) is False  # no endorsee: no entity


def test_shipped_data_is_read_only() -> None:
    with pytest.raises(ReadOnlyData):
        import_files([], shipped_data_dir())


def test_format_detection(tmp_path: Path) -> None:
    assert detect_format(tmp_path / "x.csv", E2020) == "538-endorsements-2020"
    assert detect_format(tmp_path / "x.csv", SWITCHES) == "party-switches"


@needs_shared()
def test_all_seven_datasets(tmp_path: Path) -> None:
    files = sorted((SHARED / "datasets").glob("*.[cy]*"))
    report = import_files(files, tmp_path / "data")
    assert len(report.files) == 7 and all(not f.errors for f in report.files)
    assert validate(tmp_path / "data") == []  # SHACL and verbatim quotes
    corpus = read_corpus(tmp_path / "data")
    sinema = [e for e in corpus.entities if e.wikidata == "Q1556541"]
    assert len(sinema) == 1
    negated = [s for s in corpus.statements if s.status == "negated" and s.method.startswith("imported:endorsementdb")]
    assert negated
