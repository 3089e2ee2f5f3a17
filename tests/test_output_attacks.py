"""Attacks on what kg hands to people: CSV/TSV cells a spreadsheet would run as formulas, names
that look like a known person but are other text, and an article so long that validation crawled."""

from __future__ import annotations

import csv
import io
import json
import shutil
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from graph.datafiles import csv_text
from graph.resources import shipped_data_dir

from .conftest import MINI

FORMULAS = ["=SUM(1+1)", "+SUM(1+1)", "-SUM(1+1)", "@SUM(1+1)", "\t=SUM(1+1)", "\r=SUM(1+1)", "\t@x", "\r-x", "-5"]


def _ok(result) -> str:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return result.stdout


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def _set_label(data: Path, entity: str, label: str) -> None:
    """Give `entity` of the data directory's entities.csv a new label, written as kg writes."""
    rows = _rows((data / "entities.csv").read_text(encoding="utf-8"))
    for row in rows[1:]:
        if row[0] == entity:
            row[1] = label
    (data / "entities.csv").write_text(csv_text(rows), encoding="utf-8")


# --- CSV and TSV formula injection ------------------------------------------------------------


@pytest.mark.parametrize("cell", [*FORMULAS, "\0=1"])
def test_every_formula_start_gets_a_quote(cell: str) -> None:
    """neutralise: each OWASP formula start (and NUL, per ASVS) gets a ', other text is untouched."""
    from graph.spreadsheet import neutralise

    assert neutralise(cell) == "'" + cell
    assert neutralise(" " + cell) == " " + cell and neutralise("a" + cell) == "a" + cell
    assert neutralise("'" + cell) == "'" + cell and neutralise(5) == 5 and neutralise("") == ""


@pytest.mark.parametrize("label", FORMULAS)
def test_export_csv_neutralises_formula_cells(cli, mini: Path, label: str) -> None:
    """kg export -f csv puts ' before a name that starts like a formula; --raw gives it exactly."""
    _set_label(mini, "ann-example", label)
    stored = label.strip()  # kg strips the spaces around a field; a tab or CR after them stays
    for raw, expected in ((False, "'" + stored), (True, stored)):
        out = _ok(cli("export", "-f", "csv", "--data", str(mini), *(["--raw"] if raw else [])))
        rows = [r for r in _rows(out) if r[1] == "endorsed" and r[2] == "Bob Sample"]
        assert [r[0] for r in rows] == [expected]


def test_export_edgelist_neutralises_quotes(cli, mini: Path) -> None:
    """kg export -f edgelist (CSV too) neutralises its quote cells, unless --raw."""
    note = mini / "sources" / "note.txt"
    note.write_text(note.read_text(encoding="utf-8") + "\n=HYPERLINK(\"http://x\")\n", encoding="utf-8")
    statements = (mini / "statements.csv").read_text(encoding="utf-8")
    (mini / "statements.csv").write_text(
        statements.replace("note,faces Cy Third,asserted", 'note,"=HYPERLINK(""http://x"")",asserted', 1), encoding="utf-8")
    quotes = {r[6] for r in _rows(_ok(cli("export", "-f", "edgelist", "--data", str(mini))))}
    assert "'=HYPERLINK(\"http://x\")" in quotes and "=HYPERLINK(\"http://x\")" not in quotes
    raw = {r[6] for r in _rows(_ok(cli("export", "-f", "edgelist", "--raw", "--data", str(mini))))}
    assert "=HYPERLINK(\"http://x\")" in raw


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@"])
def test_extract_csv_neutralises_formula_cells(cli, tmp_path: Path, prefix: str) -> None:
    """kg extract -f csv puts ' before a quote that starts like a formula; --raw gives it exactly."""
    article = tmp_path / "a.txt"
    # a space after the sign: "-Ann" is one token, which would leave only a surname to match
    article.write_text(f"title: T\ndate: 2024-03-04\n\n{prefix} Ann Example endorsed Bob Sample on Monday.\n", encoding="utf-8")
    sentence = f"{prefix} Ann Example endorsed Bob Sample on Monday."
    out = _ok(cli("extract", "-f", "csv", "--data", str(MINI), str(article)))
    assert [r[5] for r in _rows(out)[1:]] == ["'" + sentence]
    out = _ok(cli("extract", "-f", "csv", "--raw", "--data", str(MINI), str(article)))
    assert [r[5] for r in _rows(out)[1:]] == [sentence]


_VALUES = ['"=1+1"', '"+1"', '"-x"', '"@SUM(A1)"', '"\\t=1"', '"\\r=1"', "-5", '"safe, \\"quoted\\"\\nline"', "<http://example.org/=x>"]
_QUERY = "SELECT ?v ?unbound WHERE { VALUES ?v { " + " ".join(_VALUES) + " } }"


def _oxigraph(fmt: ox.QueryResultsFormat) -> str:
    return ox.Store().query(_QUERY).serialize(format=fmt).decode("utf-8")


def test_query_csv_neutralises_formula_cells(cli, mini: Path) -> None:
    """kg query -f csv neutralises every formula cell and otherwise writes what Oxigraph writes."""
    out = _ok(cli("query", "-f", "csv", "--data", str(mini), _QUERY))
    cells = [r[0] for r in _rows(out)[1:]]
    assert cells == ["'=1+1", "'+1", "'-x", "'@SUM(A1)", "'\t=1", "'\r=1", "'-5", 'safe, "quoted"\nline', "http://example.org/=x"]
    raw = cli("query", "-f", "csv", "--raw", "--data", str(mini), _QUERY)
    assert raw.stdout_bytes.decode("utf-8") == _oxigraph(ox.QueryResultsFormat.CSV)  # .stdout folds CRLF
    safe = 'SELECT ?v ?u WHERE { VALUES ?v { "a,b" "say \\"hi\\"" "x\\ny" "x\\ry" <http://e.org/a> 3 } }'
    assert cli("query", "-f", "csv", "--data", str(mini), safe).stdout_bytes == \
        ox.Store().query(safe).serialize(format=ox.QueryResultsFormat.CSV)


def test_query_tsv_neutralises_formula_cells(cli, mini: Path) -> None:
    """kg query -f tsv neutralises the text of literal cells and bare numbers; --raw is Oxigraph's TSV."""
    out = _ok(cli("query", "-f", "tsv", "--data", str(mini), _QUERY))
    cells = [line.split("\t")[0] for line in out.splitlines()[1:]]
    assert cells == ['"\'=1+1"', '"\'+1"', '"\'-x"', '"\'@SUM(A1)"', '"\\t=1"', '"\\r=1"', "'-5",
                     '"safe, \\"quoted\\"\\nline"', "<http://example.org/=x>"]
    raw = cli("query", "-f", "tsv", "--raw", "--data", str(mini), _QUERY)
    assert raw.stdout_bytes.decode("utf-8") == _oxigraph(ox.QueryResultsFormat.TSV)


def test_data_files_keep_formula_text(cli, tmp_path: Path) -> None:
    """kg import writes a name that starts like a formula into entities.csv exactly, without '."""
    data = tmp_path / "d"
    shutil.copytree(MINI, data)
    dataset = tmp_path / "endorsements.csv"
    dataset.write_text(
        "date,position,city,state,endorser,endorsee,endorser party,source,order,category,body,district,points\n"
        '2019-02-01,senator,,DE,"=HYPERLINK(""http://x"")",Bob Sample,D,https://example.org/1,,Senators,,,6\n'
        "2019-02-02,senator,,DE,-Minus Person,Bob Sample,D,https://example.org/2,,Senators,,,6\n",
        encoding="utf-8")
    _ok(cli("import", "--data", str(data), str(dataset)))
    labels = {r[1] for r in _rows((data / "entities.csv").read_text(encoding="utf-8"))}
    assert {'=HYPERLINK("http://x")', "-Minus Person"} <= labels
    assert not any(label.startswith("'") for label in labels)


# --- look-alike names -------------------------------------------------------------------------

LOOKALIKES = {
    "cyrillic o": "J\u043ee Biden",
    "greek omicron": "J\u03bfe Biden",
    "zero-width space": "Joe\u200bBiden",
    "zero-width joiner": "Joe\u200d Biden",
    "rtl override": "\u202eJoe Biden",
    "fullwidth": "\uff2a\uff4f\uff45 \uff22\uff49\uff44\uff45\uff4e",
}
LEGITIMATE = {"case": "JOE BIDEN", "accents": "Jóe Bíden", "alias": "President Biden"}
HEADER = "date,position,city,state,endorser,endorsee,endorser party,source,order,category,body,district,points\n"


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    """The seed corpus after importing a FiveThirtyEight 2020 file whose endorsers imitate Joe Biden."""
    root = tmp_path_factory.mktemp("lookalike-import")
    data = root / "data"
    shutil.copytree(shipped_data_dir(), data)
    names = [*LOOKALIKES.values(), *LEGITIMATE.values(), "Beto O’Rourke", "Beto O'Rourke", "Łukasz Nowak", "José Serrano"]
    rows = [f"2019-02-{i + 1:02d},senator,,DE,{name},Karen Bass,D,https://example.org/{i},,Senators,,,6\n"
            for i, name in enumerate(names)]
    dataset = root / "fivethirtyeight_endorsements-2020.csv"
    dataset.write_text(HEADER + "".join(rows), encoding="utf-8")
    result = CliRunner().invoke(_app(), ["import", "--data", str(data), str(dataset)], env={"KG_STORE": str(root / "store")})
    _ok(result)
    return data


def _app():
    from graph.cli import app

    return app


def _entities(data: Path) -> dict[str, list[str]]:
    return {r[0]: r for r in _rows((data / "entities.csv").read_text(encoding="utf-8"))[1:]}


@pytest.mark.parametrize("name", LOOKALIKES.values(), ids=LOOKALIKES.keys())
def test_import_lists_lookalikes_for_review(imported: Path, name: str) -> None:
    """kg import makes a look-alike of Joe Biden a separate entity, listed for review, never merged."""
    merges = [r for r in _rows((imported / "merges.csv").read_text(encoding="utf-8"))[1:] if r[3] == name]
    assert [(m[1], m[7], m[9]) for m in merges] == [("joe-biden", "lookalike", "review")]
    entities = _entities(imported)
    separate = entities[merges[0][2]]
    assert separate[1] == name and merges[0][2] != "joe-biden"
    assert name not in entities["joe-biden"][3].split("|")


def test_import_merges_legitimate_variants(imported: Path) -> None:
    """Case, accents, aliases and curly apostrophes still merge as before; no review for them."""
    merges = _rows((imported / "merges.csv").read_text(encoding="utf-8"))[1:]
    entities = _entities(imported)
    assert [(m[1], m[9]) for m in merges if m[3] == "JOE BIDEN"] == [("joe-biden", "auto")]
    for name in LEGITIMATE.values():
        assert not [m for m in merges if m[3] == name and m[9] == "review"], name
        assert not [e for e in entities.values() if e[1] == name], name
    assert sum(e[1] in ("Beto O’Rourke", "Beto O'Rourke") for e in entities.values()) == 1
    assert {"Łukasz Nowak", "José Serrano"} <= {e[1] for e in entities.values()}


def test_resolve_review_shows_lookalikes(imported: Path, tmp_path: Path) -> None:
    """kg resolve --review lists every look-alike pair."""
    out = _ok(CliRunner().invoke(_app(), ["resolve", "--review", "--data", str(imported)], env={"KG_STORE": str(tmp_path / "s")}))
    assert sum("lookalike" in line and "joe-biden" in line for line in out.splitlines()) == len(LOOKALIKES)
    assert not any(ch in out for ch in "\u200b\u200c\u200d\u202e\ufeff")  # shown escaped, never raw


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, dict]:
    """kg extract -f json over one article: a sentence per look-alike, and the real name last."""
    root = tmp_path_factory.mktemp("lookalike-extract")
    lines = [f"{name} endorsed Karen Bass for mayor." for name in LOOKALIKES.values()]
    article = root / "a.txt"
    article.write_text("title: T\ndate: 2022-08-02\n\n" + "\n".join([*lines, "Joe Biden endorsed Karen Bass for mayor."]) + "\n",
                       encoding="utf-8")
    result = CliRunner().invoke(_app(), ["extract", "-f", "json", str(article)], env={"KG_STORE": str(root / "store")})
    return {c["quote"]: c for c in json.loads(_ok(result))}


@pytest.mark.parametrize("name", LOOKALIKES.values(), ids=LOOKALIKES.keys())
def test_extract_does_not_map_lookalikes_to_the_person(extracted: dict[str, dict], name: str) -> None:
    """kg extract names a look-alike as a new entity, written as in the article, left for review (or
    finds no one: "Joe\u200bBiden" is one word)."""
    found = [c["subject"] for quote, c in extracted.items() if quote.startswith(name)]
    assert all(s["new"] is True and s["label"] == name and s["id"] != "joe-biden" for s in found), found
    assert len(found) == (0 if name == LOOKALIKES["zero-width space"] else 1)


def test_extract_still_maps_the_real_name(extracted: dict[str, dict]) -> None:
    """The same sentence with the plain name is Joe Biden."""
    assert extracted["Joe Biden endorsed Karen Bass for mayor."]["subject"] == {
        "id": "joe-biden", "label": "Joe Biden", "type": "Politician", "new": False}


@pytest.mark.parametrize("name", LOOKALIKES.values(), ids=LOOKALIKES.keys())
def test_show_says_a_lookalike_is_not_the_person(cli, name: str) -> None:
    """kg show and kg path refuse a look-alike (exit 3) and say whom it looks like."""
    for args in (("show", name), ("path", name, "bass")):
        result = cli(*args)
        assert result.exit_code == 3, (result.stdout, result.stderr)
        assert "looks like 'Joe Biden' but is not the same text" in result.stderr
        assert "\u200b" not in result.stderr and "\u202e" not in result.stderr


@pytest.mark.parametrize("name", LEGITIMATE.values(), ids=LEGITIMATE.keys())
def test_show_resolves_legitimate_variants(cli, name: str) -> None:
    """Case, accents and aliases still find Joe Biden."""
    assert _ok(cli("show", name)).startswith("Joe Biden")


def test_name_keys_keep_legitimate_names_and_part_lookalikes() -> None:
    """normalize: accents, case and curly apostrophes fold as before; disguised names never equal the plain key."""
    from graph.resolve import normalize

    assert normalize("José") == normalize("jose") and normalize("Łukasz") == "łukasz"
    assert normalize("Beto O’Rourke") == normalize("Beto O'Rourke") == "beto o rourke"
    assert normalize("Joe\u00a0Biden") == "joe biden"  # a no-break space is a space
    for name in LOOKALIKES.values():
        assert normalize(name) != "joe biden", name


# --- kg validate on a long article ------------------------------------------------------------


def test_validate_a_long_article_quickly(cli, mini: Path) -> None:
    """kg validate on a source of 7.9 MB takes seconds (rdflib's N-Triples parser took minutes)."""
    note = mini / "sources" / "note.txt"
    filler = 'The race drew attention as "endorsements" piled up;\tvoters weighed crime and housing. '
    text = note.read_text(encoding="utf-8")
    note.write_text(text + "\n" + filler * ((7_900_000 - len(text)) // len(filler)), encoding="utf-8")
    started = time.monotonic()
    result = cli("validate", "--data", str(mini))
    assert result.exit_code == 0, (result.stdout, result.stderr)
    assert time.monotonic() - started < 60
