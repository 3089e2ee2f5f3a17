"""kg import: formats detected, rows cited, malformed rows reported, re-import idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.datafiles import read_corpus
from graph.errors import DataError, ReadOnlyData
from graph.importers import detect_format
from graph.datadir import init_data_dir
from graph.importers.run import decide, import_files, read_merges
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

BIDEN_YAML = """- id:
    bioguide: B000444
    wikidata: Q6279
  name:
    first: Joseph
    middle: Robinette
    last: Biden
    suffix: Jr.
    nickname: Joe
  terms:
  - type: prez
    start: '2021-01-20'
    end: '2025-01-20'
    party: Democrat
    how: election
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
    quotes = {s.quote for s in corpus.statements}  # a citation, not the raw row (see test_citations.py)
    assert "FiveThirtyEight 2020 endorsements, row 2: Kyrsten Sinema (Senator, AZ) endorsed Joe Biden, 2020-03-04" in quotes
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


def _files(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def test_import_order_does_not_matter(tmp_path: Path) -> None:
    """Together, one by one, either order: the same files, merges and reviews included."""
    files = [_write(tmp_path, "e2020.csv", E2020), _write(tmp_path, "switches.csv", SWITCHES),
             _write(tmp_path, "executive.yaml", BIDEN_YAML)]
    results = []
    for name, batches in (("together", [files]), ("forward", [[f] for f in files]),
                          ("backward", [[f] for f in reversed(files)]), ("shuffled", [files[::-1]])):
        data = tmp_path / name
        init_data_dir(data, seed=True)
        for batch in batches:
            report = import_files(batch, data)
            assert [f.path for f in report.files] == batch  # reported in the order given
        results.append(_files(data))
    assert all(result == results[0] for result in results[1:])
    assert "Jeff Van Drew" in results[0]["entities.csv"].decode()


def test_rejecting_a_merge_leaves_nothing_behind(tmp_path: Path) -> None:
    """The executive file's Joseph Biden merges into the curated Joe Biden by Wikidata id and
    adds his name variants; rejecting that merge takes them away, accepting it restores all."""
    data = tmp_path / "data"
    init_data_dir(data, seed=True)
    import_files([_write(tmp_path, "executive.yaml", BIDEN_YAML)], data)
    merged = _files(data)
    biden = next(e for e in read_corpus(data).entities if e.id == "joe-biden")
    assert "Joseph Robinette Biden" in biden.aliases
    (merge,) = [m for m in read_merges(data) if m.kept == "joe-biden" and m.method == "wikidata"]

    decide(data, merge.id, "rejected")
    corpus = read_corpus(data)
    biden = next(e for e in corpus.entities if e.id == "joe-biden")
    assert not any("Joseph" in alias for alias in biden.aliases)
    assert [e.label for e in corpus.entities if e.wikidata == "Q6279"] == ["Joe Biden"]
    assert [m.status for m in read_merges(data) if m.id == merge.id] == ["rejected"]

    decide(data, merge.id, "accepted")
    accepted = _files(data)
    assert accepted.pop("merges.csv") != merged.pop("merges.csv")  # the decision is recorded
    assert accepted == merged


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


PRESIDENTS_YAML = """- id:
    bioguide: B001166
  name:
    first: George
    middle: Herbert Walker
    last: Bush
  terms:
  - type: prez
    start: '1989-01-20'
    end: '1993-01-20'
    party: Republican
- id:
    wikidata: Q207
  name:
    first: George
    middle: Walker
    last: Bush
  terms:
  - type: prez
    start: '2001-01-20'
    end: '2009-01-20'
    party: Republican
- id:
    wikidata: Q11806
  name:
    first: John
    last: Adams
  terms:
  - type: prez
    start: '1797-03-04'
    end: '1801-03-04'
    party: Federalist
"""


def test_two_people_a_file_names_alike_stay_two(tmp_path: Path) -> None:
    """Father and son both "George Bush": two entities, each labelled with the middle name and
    neither going by the name they share (a name alone would merge them)."""
    data = tmp_path / "data"
    import_files([_write(tmp_path, "executive.yaml", PRESIDENTS_YAML)], data)
    people = {e.label: e for e in read_corpus(data).entities if e.label.endswith(("Bush", "Adams"))}
    assert set(people) == {"George Herbert Walker Bush", "George Walker Bush", "John Adams"}
    assert people["George Walker Bush"].wikidata == "Q207" and not people["George Herbert Walker Bush"].wikidata
    assert not any("George Bush" in e.aliases for e in people.values())
