"""Bad input at every door: each failure is one `kg: ...` line naming the file (and line) and
its documented exit code, never a traceback; what is legitimate (a cycle of endorsements,
hostile text in names and quotes) goes through intact."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import socket
import threading
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pyoxigraph as ox
import pytest

from .conftest import MINI, replace_once

# Control characters a terminal would obey (NUL, ESC, C1 CSI, bidi override, line separator).
_RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e]")


def failed(result, code: int, *parts: str) -> str:
    """Assert a clean failure: exit `code`, no traceback, a `kg:` line holding every part."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.startswith("kg: ") and all(p in line for p in parts)]
    assert lines, result.stderr
    assert not _RAW_CONTROL.search(result.stderr), repr(result.stderr)
    return lines[0]


def succeeded(result) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0, (result.stdout, result.stderr)




# --- the data directory --------------------------------------------------------------------

STATEMENT = "ann-example,endorsed,bob-sample,,2024-03-04,,,note,Ann Example endorsed Bob Sample on Monday.,asserted,curated,1"

DATA_CASES = [
    # sources.csv
    ("sources.csv", "https://example.org/note", "javascript:alert(1)", 2, "url 'javascript:alert(1)' is not an http(s) URL"),
    ("sources.csv", "https://example.org/note", "data:text/html;<script>x</script>", 2, "is not an http(s) URL"),
    ("sources.csv", "https://example.org/note", "https://example.org/#a#b", 2, "is not an http(s) URL"),
    ("sources.csv", "https://example.org/note", "https://example.org/%zz", 2, "is not an http(s) URL"),
    ("sources.csv", "https://example.org/note", "http://[::1/x", 2, "is not an http(s) URL"),
    ("sources.csv", "https://example.org/note", "https://example.org:port/", 2, "is not an http(s) URL"),
    ("sources.csv", "note,Example", "my note,Example", 2, "id 'my note' must be a slug"),
    ("sources.csv", "note.txt", "../entities.csv", 2, "source text '../entities.csv' not found"),
    ("sources.csv", "note.txt", "/etc/passwd", 2, "not found"),
    ("sources.csv", "2024-03-04", "2024-02-30", 2, "date '2024-02-30' is not a date"),
    ("sources.csv", "id,outlet,title", "id,id,outlet,title", 1, "column(s) id appear more than once"),
    ("sources.csv", "id,outlet", "outlet", 1, "header lacks column(s) id"),
    ("sources.csv", "title,date", "title,when,date", 1, "unknown column(s) when"),
    ("sources.csv", ",note.txt", ",note.txt,extra", 2, "expected 6 fields, found 7"),
    ("sources.csv", "Example Times", '"Example Times', None, "malformed CSV"),
    # entities.csv
    ("entities.csv", "cy-third,Cy Third", "cy third,Cy Third", 4, "id 'cy third' must be a slug"),
    ("entities.csv", "cy-third,Cy Third", "Cy-Third,Cy Third", 4, "must be a slug"),
    ("entities.csv", "cy-third,Cy Third", "cy-third-,Cy Third", 4, "must be a slug"),
    ("entities.csv", "cy-third,Cy Third,", "cy-third,,", 4, "label is empty"),
    ("entities.csv", "cy-third,Cy Third,", "cy-third,   ,", 4, "label is empty"),
    ("entities.csv", "cy-third,Cy Third,Politician", "cy-third,Cy Third,politician", 4, "type 'politician' is not one of"),
    ("entities.csv", "cy-third,Cy Third,Politician", "cy-third,Cy Third,", 4, "type is empty"),
    ("entities.csv", "Bob,Q42", "Bob,Q042", 3, "wikidata 'Q042' is not an item id"),
    ("entities.csv", "Bob,Q42", "Bob,Q42;DROP", 3, "wikidata 'Q42;DROP'"),
    ("entities.csv", "Bob,Q42", "Bob,https://www.wikidata.org/wiki/Q42", 3, "is not an item id"),
    ("entities.csv", "tories,Tory Party", "ann-example,Tory Party", 5, "duplicate id 'ann-example'"),
    ("entities.csv", "description", "description,description", 1, "column(s) description appear more than once"),
    ("entities.csv", "aliases,", "", 1, "header lacks column(s) aliases"),
    # statements.csv
    ("statements.csv", STATEMENT, STATEMENT.replace("endorsed,bob-sample", "endorsed,ann-example"), 2,
     "subject and object are both 'ann-example'"),
    ("statements.csv", "bob-sample,rival_of,cy-third", "bob-sample,rival_of,bob-sample", 4, "subject and object are both"),
    ("statements.csv", "bob-sample,rival_of", "bob-sample,Rival_Of", 4, "relation 'Rival_Of' is not one of"),
    ("statements.csv", "bob-sample,rival_of", "bob-sample,rival of", 4, "relation 'rival of'"),
    ("statements.csv", "ann-example,endorsed,bob-sample", "ann example,endorsed,bob-sample", 2, "subject 'ann example' is not in entities.csv"),
    ("statements.csv", "ann-example,endorsed,bob-sample,", "ann-example,endorsed,bob-sample,tories", 2, "from_party is required for party_switch, and only for it"),
    ("statements.csv", "asserted,curated,0.9", "asserted,curated,1e-1", 4, "confidence '1e-1' is not a decimal number from 0 to 1"),
    ("statements.csv", "asserted,curated,0.9", "asserted,curated,٠.٥", 4, "confidence '٠.٥'"),
    ("statements.csv", "asserted,curated,0.9", "asserted,curated,0_9", 4, "confidence '0_9'"),
    ("statements.csv", "asserted,curated,0.9", "asserted,curated,1.5", 4, "confidence '1.5'"),
    ("statements.csv", "asserted,curated,0.9", "asserted,curated,-0.5", 4, "confidence '-0.5'"),
    ("statements.csv", "asserted,curated,0.9", "asserted,curated,nan", 4, "confidence 'nan'"),
    ("statements.csv", "asserted,curated,0.9", "asserted,curated,inf", 4, "confidence 'inf'"),
    ("statements.csv", "asserted,curated,0.9", "asserted,curated,", 4, "confidence ''"),
    ("statements.csv", ",2024,,,note", ",２０２４,,,note", 3, "date '２０２４' is not a date"),
    ("statements.csv", ",2024,,,note", ",2024-1-1,,,note", 3, "date '2024-1-1' is not a date"),
    ("statements.csv", ",2024,,,note", ",2024,2023-02-29,,note", 3, "end_date '2023-02-29' is not a date"),
    ("statements.csv", "asserted,curated,0.9", "Asserted,curated,0.9", 4, "status 'Asserted'"),
    ("statements.csv", "asserted,curated,0.9", "asserted,curated; rm -rf /,0.9", 4, "method 'curated; rm -rf /'"),
    ("statements.csv", "faces Cy Third,asserted", ",asserted", 4, "quote is empty"),
    ("statements.csv", "faces Cy Third,asserted", "   ,asserted", 4, "quote is empty"),
]


@pytest.mark.parametrize(("file", "old", "new", "line", "message"), DATA_CASES, ids=lambda v: v if isinstance(v, str) and len(v) < 40 else "")
def test_malformed_data_files_through_the_cli(cli, mini, file, old, new, line, message):
    """kg build on each malformed data file: exit 6 and one line naming file, line and value."""
    replace_once(mini / file, old, new)
    result = cli("build", "--data", str(mini))
    where = f"{mini / file}:{line}: " if line is not None else f"{mini / file}:"
    assert failed(result, 6, message) .startswith(f"kg: {where}")
    assert len(result.stderr.splitlines()) == 1 and result.stdout == ""


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: (d / "entities.csv").write_bytes(b"id,label,type,aliases,wikidata,description\nx,Jos\xe9,Person,,,\n"),
         "entities.csv: not UTF-8 text"),
        (lambda d: (d / "statements.csv").write_bytes(b"\x00\xff\xfe binary \x89PNG"), "statements.csv: not UTF-8 text"),
        (lambda d: (d / "sources" / "note.txt").write_bytes(b"\xff\xfe\xfd"), "note.txt: not UTF-8 text"),
        (lambda d: (d / "sources.csv").write_text(""), "sources.csv:1: file is empty"),
        (lambda d: (d / "entities.csv").unlink(), "entities.csv: file is missing"),
        (lambda d: shutil.rmtree(d), "data directory not found"),
        (lambda d: (d / "statements.csv").write_text("subject,relation\n" + "x," * 70000 + "\n"), "header lacks column(s)"),
    ],
    ids=["latin-1", "binary", "source-text-latin-1", "empty", "missing", "no-directory", "huge-header"],
)
def test_unreadable_data_files(cli, mini, setup, message):
    """Wrong encodings, binary, empty and missing files: exit 6 naming the file."""
    setup(mini)
    failed(cli("build", "--data", str(mini)), 6, message)


def test_a_field_over_the_csv_limit_is_reported(cli, mini):
    """A 200 kB quote is past the csv module's field limit: named, not a crash."""
    replace_once(mini / "statements.csv", "faces Cy Third,asserted", f"{'x' * 200_000},asserted")
    failed(cli("build", "--data", str(mini)), 6, "statements.csv:", "malformed CSV", "field larger than field limit")


def test_a_cycle_of_endorsements_is_legitimate(cli, mini):
    """A endorses B and B endorses A: both kept, and paths go either way."""
    with (mini / "statements.csv").open("a", encoding="utf-8") as handle:
        handle.write("bob-sample,endorsed,ann-example,,2024-03-05,,,note,Ann Example endorsed Bob Sample on Monday.,asserted,curated,1\n")
    succeeded(cli("build", "--data", str(mini)))
    result = cli("path", "bob", "ann", "--data", str(mini))
    succeeded(result)
    assert result.stdout.startswith("Bob Sample —endorsed→ Ann Example")
    assert "2 relationships" not in cli("show", "ann", "--data", str(mini)).stdout


def test_excel_csv_with_bom_and_crlf_is_read(cli, mini):
    """A byte-order mark and CRLF line ends, as spreadsheets write them, are not data."""
    for name in ("sources.csv", "entities.csv", "statements.csv"):
        text = (mini / name).read_text(encoding="utf-8")
        (mini / name).write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    succeeded(cli("build", "--data", str(mini)))
    assert "Tory Party" in cli("show", "tories", "--data", str(mini)).stdout


# --- hostile text in every field -----------------------------------------------------------

HOSTILE = 'Ann "<b>x</b>" \\ \x00\x0b\x1b[31m\u2028\u202e</script><img src=x onerror=alert(1)>&amp;'


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """The mini corpus with HOSTILE appended to every free-text field and quoted in the source."""
    data = tmp_path / "hostile"
    shutil.copytree(MINI, data)

    def rewrite(name: str, columns: tuple[str, ...]) -> None:
        rows = list(csv.DictReader((data / name).open(encoding="utf-8", newline="")))
        for row in rows:
            for column in columns:
                row[column] = (row[column] + " " + HOSTILE).strip() if column != "aliases" else row[column] + "|" + HOSTILE
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        (data / name).write_text(out.getvalue(), encoding="utf-8")

    rewrite("entities.csv", ("label", "aliases", "description"))
    rewrite("sources.csv", ("outlet", "title"))
    rewrite("statements.csv", ("quote",))
    text = (data / "sources" / "note.txt").read_text(encoding="utf-8")
    (data / "sources" / "note.txt").write_text(text + "\n" + HOSTILE + "\n", encoding="utf-8")
    return data


def test_hostile_text_round_trips_through_every_export(cli, hostile):
    """Quotes, backslashes, NUL, ESC, separators and markup in every field: RDF keeps them
    exactly, XML formats stay well-formed, JSON and CSV parse."""
    succeeded(cli("build", "--data", str(hostile)))
    nt = cli("export", "-f", "nt", "--data", str(hostile))
    succeeded(nt)
    literals = {q.object.value for q in ox.parse(input=nt.stdout.encode(), format=ox.RdfFormat.N_TRIPLES)
                if isinstance(q.object, ox.Literal)}
    assert HOSTILE in literals and f"Ann Example {HOSTILE}" in literals
    ttl = cli("export", "-f", "ttl", "--data", str(hostile)).stdout
    assert len(list(ox.parse(input=ttl.encode(), format=ox.RdfFormat.TURTLE))) == nt.stdout.count("\n")
    for fmt in ("graphml", "gexf"):
        ElementTree.fromstring(cli("export", "-f", fmt, "--data", str(hostile)).stdout.encode())
    for fmt in ("jsonld", "cytoscape"):
        json.loads(cli("export", "-f", fmt, "--data", str(hostile)).stdout)
    rows = list(csv.reader(io.StringIO(cli("export", "-f", "csv", "--data", str(hostile)).stdout)))
    assert any(HOSTILE in cell for row in rows for cell in row)


def test_hostile_text_is_shown_not_obeyed(cli, hostile):
    """kg show and kg path print data on lines of their own making: control characters are
    escaped and line breaks folded, so a quote cannot fake a line; JSON keeps the text exact."""
    for args in (("show", "ann"), ("path", "ann", "bob"), ("query", "SELECT ?l WHERE { ?e rdfs:label ?l }")):
        result = cli(*args, "--data", str(hostile))
        succeeded(result)
        assert not _RAW_CONTROL.search(result.stdout), repr(result.stdout)
        assert "\\x1b[31m" in result.stdout
    card = cli("show", "ann", "--data", str(hostile)).stdout.splitlines()
    assert card[0] == "Ann Example Ann \"<b>x</b>\" \\ \\x00 \\x1b[31m \\u202e</script><img src=x onerror=alert(1)>&amp;"
    document = json.loads(cli("show", "ann", "--format", "json", "--data", str(hostile)).stdout)
    assert document["label"] == f"Ann Example {HOSTILE}"


def test_hostile_text_never_becomes_markup_in_a_view(cli, hostile, tmp_path):
    """kg viz with hostile names and quotes: none of their tags reaches the page as a tag."""
    out = tmp_path / "view.html"
    succeeded(cli("viz", "-o", str(out), "--title", HOSTILE, "--data", str(hostile)))
    page = out.read_text(encoding="utf-8")
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in data
    assert {node["description"] for node in json.loads(data)["nodes"]} >= {HOSTILE}
    assert "<img src=x" not in page and "<b>x</b>" not in page and "</script><img" not in page


# --- kg import -----------------------------------------------------------------------------

ENDORSEMENTDB = "endorser,is_person,stance,target,date,source_url,quote\n"
FIVETHIRTYEIGHT = "date,position,state,endorser,endorsee,endorser party,source\n"
LEGISLATOR = """- id: {{bioguide: X000001{wikidata}}}
  name: {{first: Ann, last: Smith}}
  terms:
  - {{type: sen, start: '{start}', end: '2021-01-03', state: CA, party: Democrat}}
"""


def _bomb(levels: int = 9) -> str:
    text = '- id: {bioguide: B1}\n  a0: &a0 ["x","x","x","x","x","x","x","x","x"]\n'
    for level in range(1, levels):
        text += f"  a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * 9)}]\n"
    return text + f"  name: {{first: A, last: B}}\n  terms: *a{levels - 1}\n"


IMPORT_CASES = [
    ("bad.yaml", "- id: {bioguide: X}\n  name: [unclosed\n", (), 6, ("bad.yaml:3:", "malformed YAML")),
    ("tabs.yaml", "- id:\n\t- x\n", ("--as", "congress-legislators"), 6, ("tabs.yaml:2:", "malformed YAML")),
    ("map.yaml", "id: {bioguide: X}\n", ("--as", "congress-legislators"), 6, ("map.yaml:1:", "expected a list of people")),
    ("code.yaml", "- !!python/object/apply:os.system ['echo owned']\n", ("--as", "congress-legislators", "--on-error", "fail"),
     6, ("code.yaml:1: a person needs name and terms",)),
    ("empty.csv", "", (), 2, ("empty.csv: cannot tell the format",)),
    ("empty.yaml", "", ("--as", "congress-legislators"), 6, ("empty.yaml:1: expected a list of people",)),
    ("random.csv", "a,b\n1,2\n", (), 2, ("random.csv: cannot tell the format", "--as FORMAT")),
    ("random.csv", "a,b\n1,2\n", ("--as", "endorsementdb-2016"), 6, ("random.csv:1: header lacks column(s) endorser, target",)),
    ("random.csv", "a,b\n1,2\n", ("--as", "nope"), 2, ("unknown format 'nope'",)),
    ("random.csv", "a,b\n1,2\n", ("--on-error", "explode"), 2, ("--on-error must be one of skip, fail",)),
    ("edb.csv", ENDORSEMENTDB + 'Al,True,Endorses,Clinton,2016-01-01,,"q"\nBo,True,Endorses,Clinton,"unterminated\n',
     ("--on-error", "fail"), 6, ("edb.csv:3:", "malformed CSV")),
    ("edb.csv", ENDORSEMENTDB + "Al,True,Endorses,Clinton,20161231,,q\n", ("--on-error", "fail"), 6,
     ("edb.csv:2: date '20161231' is not YYYY-MM-DD",)),
    ("edb.csv", ENDORSEMENTDB + "Al,True,Endorses,Clinton,2016-W01-1,,q\n", ("--on-error", "fail"), 6,
     ("edb.csv:2: date '2016-W01-1'",)),
    ("edb.csv", ENDORSEMENTDB + "Al,maybe,Endorses,Clinton,2016-01-01,,q\n", ("--on-error", "fail"), 6,
     ("edb.csv:2: is_person 'maybe' is not True or False",)),
    ("538.csv", FIVETHIRTYEIGHT + "13/45/19,rep,CA,Al,Joe Biden,D,\n", ("--on-error", "fail"), 6,
     ("538.csv:2: date '13/45/19' is not a date",)),
    ("538.csv", FIVETHIRTYEIGHT + "1/2/19,rep,CA,,Joe Biden,D,\n", ("--on-error", "fail"), 6, ("538.csv:2: endorser is empty",)),
    ("538.csv", FIVETHIRTYEIGHT + "1/2/19,rep,CA,Al,Joe Biden,D,,extra\n", ("--on-error", "fail"), 6,
     ("538.csv:2: expected 7 fields, found 8",)),
    ("primary-project-2022_dem.csv", "Candidate,State,Primary Date,Office,District\nAl Ex,Atlantis,5/3/22,Representative,1\n",
     ("--on-error", "fail"), 6, ("primary-project-2022_dem.csv:2: State 'Atlantis' is not a U.S. state",)),
    ("primary-project-2022_dem.csv", "Candidate,State,Primary Date,Office,District\nAl Ex,Ohio,5/32/22,Representative,1\n",
     ("--on-error", "fail"), 6, ("primary-project-2022_dem.csv:2: date '5/32/22'",)),
    ("switch.csv", "bioguide,name,state,chamber,date,from_party,to_party,wikidata\nX1,Al Ex,CA,sen,2001-01-01,Democrat,Republican,Qx\n",
     ("--on-error", "fail"), 6, ("switch.csv:2: wikidata 'Qx' is not an item id",)),
    ("switch.csv", "bioguide,name,state,chamber,date,from_party,to_party\nX1,Al Ex,CA,sen,2001-01-01,Democrat,Democrat\n",
     ("--on-error", "fail"), 6, ("switch.csv:2:", "is not a switch")),
    ("leg.yaml", LEGISLATOR.format(wikidata=", wikidata: not-q", start="2019-01-03"), ("--on-error", "fail"), 6,
     ("leg.yaml:1: wikidata 'not-q'",)),
    ("leg.yaml", LEGISLATOR.format(wikidata="", start="2019-13-45"), ("--on-error", "fail"), 6,
     ("leg.yaml:4: date '2019-13-45' is not YYYY-MM-DD",)),
    ("leg.yaml", LEGISLATOR.format(wikidata="", start="٢٠١٩-٠١-٠٣"), ("--on-error", "fail"), 6, ("leg.yaml:4: date",)),
    ("leg.yaml", "- id: {bioguide: X}\n  name: {official_full: '  '}\n  terms: []\n", ("--on-error", "fail"), 6,
     ("leg.yaml:1:",)),
    ("bomb.yaml", _bomb(), ("--on-error", "fail"), 6, ("bomb.yaml:1: unexpected structure",)),
    ("loop.yaml", "- &p\n  id: {bioguide: X}\n  name: {first: A, last: B}\n  terms: [*p]\n", ("--as", "congress-legislators", "--on-error", "fail"),
     6, ("loop.yaml:1:",)),
]


@pytest.mark.parametrize(("name", "content", "options", "code", "parts"), IMPORT_CASES,
                         ids=[f"{i}-{case[0]}" for i, case in enumerate(IMPORT_CASES)])
def test_malformed_datasets(cli, tmp_path, name, content, options, code, parts):
    """Each malformed dataset: its exit code, the file and line, and a data directory the
    reader still accepts (nothing half-imported)."""
    dataset = tmp_path / name
    dataset.write_text(content, encoding="utf-8")
    data = tmp_path / "mydata"
    failed(cli("import", str(dataset), *options, "--data", str(data)), code, *parts)
    assert not data.exists() or not any(data.glob("*.csv"))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bin.csv", bytes(range(256)) * 64, "unknown text encoding"),
        ("missing.csv", None, "cannot read"),
        ("folder.csv", "dir", "cannot read"),
    ],
)
def test_unreadable_datasets(cli, tmp_path, name, content, message):
    """Binary, missing and directory arguments to kg import: exit 6 naming the path."""
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    failed(cli("import", str(path), "--data", str(tmp_path / "mydata")), 6, str(path), message)


def test_skipped_rows_leave_a_readable_data_directory(cli, tmp_path):
    """With --on-error skip, bad dates, Wikidata ids and URLs are reported or dropped: what is
    written is what kg build accepts, and a javascript: URL never becomes a link."""
    data = tmp_path / "mydata"
    rows = [
        ("edb.csv", ENDORSEMENTDB + "Al Ay,True,Endorses,Clinton,20161231,,q\n"
                                    "Bo Be,True,Endorses,Clinton,2016-05-01,javascript:alert(1),q\n"
                                    'Cy Ce,True,Endorses,Clinton,2016-05-02,"https://x.org/a b",q\n'
                                    "Di De,True,Endorses,Clinton,2016-05-03,https://x.org/#a#b,q\n"),
        ("switch.csv", "bioguide,name,state,chamber,date,from_party,to_party,wikidata\n"
                       "X1,Al Ex,CA,sen,2001-01-01,Democrat,Republican,Qx\nX2,Bo Ex,CA,sen,2001-02-30,Democrat,Republican,Q5\n"),
        ("leg.yaml", LEGISLATOR.format(wikidata=", wikidata: not-q", start="2019-01-03")),
    ]
    for name, content in rows:
        (tmp_path / name).write_text(content, encoding="utf-8")
        result = cli("import", str(tmp_path / name), "--data", str(data))
        succeeded(result)
        assert "malformed row(s) skipped" in result.stderr
    succeeded(cli("build", "--data", str(data)))
    urls = [row["url"] for row in csv.DictReader((data / "sources.csv").open(encoding="utf-8"))]
    assert urls and all(url.startswith("https://") and " " not in url and "javascript" not in url for url in urls)


# --- articles (kg extract, kg ingest) ------------------------------------------------------

def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as handle:
        handle.truncate(size)


ARTICLE_CASES = [
    ("binary.txt", bytes(range(256)) * 16, "is a binary file"),
    ("nul.txt", b"Joe Biden endorsed Karen Bass.\x00", "is a binary file"),
    ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file"),
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b" \n\t\r\n", "is empty"),
    ("header.txt", b"title: Nothing else\nurl: https://example.org/\n\n", "has no text after its header"),
    ("front.md", b"---\ntitle: x\n---\n\n", "has no text after its header"),
    ("script.html", b"<html><body><script>document.write('Joe Biden endorsed Karen Bass')</script></body></html>",
     "is HTML in which no article text was found"),
    ("noise.txt", bytes(range(128, 256)) * 8, "encoding cannot be told"),
    ("huge.txt", "sparse", "kg reads articles of at most 8 MB"),
    ("folder.txt", "dir", "not a regular file"),
    ("missing.txt", None, "no such file"),
]


@pytest.mark.parametrize(("name", "content", "message"), ARTICLE_CASES, ids=[case[0] for case in ARTICLE_CASES])
def test_unreadable_articles(cli, tmp_path, name, content, message):
    """Each unreadable article: exit 9 and a line naming it; the readable one beside it is
    still extracted."""
    path = tmp_path / name
    if content == "sparse":
        _sparse(path, 9 * 1024 * 1024)
    elif content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Joe Biden endorsed Karen Bass for mayor.\n", encoding="utf-8")
    result = cli("extract", str(path), str(good), "-f", "csv")
    failed(result, 9, str(path), message)
    assert "Joe Biden,endorsed,Karen Bass" in result.stdout


def test_html_article_scripts_and_markup_stay_out_of_the_data(cli, tmp_path):
    """An HTML article with scripts, handlers and a javascript: link: kg ingest stores its
    text, and no tag or script reaches sources/, statements.csv or the view."""
    data = tmp_path / "mydata"
    succeeded(cli("init", str(data), "--seed"))
    article = tmp_path / "hostile.html"
    article.write_text(
        "<html><head><title>Bass <script>alert(1)</script></title><link rel=canonical href='javascript:alert(2)'></head>"
        "<body><script>alert(3)</script><article><p>Rep. Adam Schiff endorsed Karen Bass for mayor of Los Angeles "
        "on Tuesday, <img src=x onerror=alert(4)>the campaign said in a statement.</p>"
        "<p>The endorsement came two weeks before the primary election in June.</p></article></body></html>",
        encoding="utf-8",
    )
    result = cli("ingest", str(article), "--data", str(data))
    succeeded(result)
    assert "added as source" in result.stderr
    stored = (data / "sources" / "hostile.txt").read_text(encoding="utf-8")
    assert "Adam Schiff endorsed Karen Bass" in stored
    for text in (stored, (data / "statements.csv").read_text(encoding="utf-8")):
        assert "<" not in text and "alert(" not in text
    source = [row for row in csv.DictReader((data / "sources.csv").open(encoding="utf-8")) if row["id"] == "hostile"]
    assert source[0]["url"] == ""  # the javascript: link is no URL
    # The <title> element is text (its "<script>" is characters, not a tag): it stays text,
    # and is escaped wherever it is shown.
    assert source[0]["title"] == "Bass <script>alert(1)</script>"


def test_a_long_article_is_read_in_linear_time(cli, tmp_path):
    """Over a million characters (spaCy's default limit) on many lines: extracted, not refused
    with a traceback nor stuck in work quadratic in the lines (30,000 short lines took 280 s)."""
    article = tmp_path / "long.txt"
    padding = " and so on" * 48
    article.write_text("".join(f"Joe Biden endorsed Karen Bass, line {i}{padding}.\n" for i in range(2_000)), encoding="utf-8")
    assert len(article.read_text(encoding="utf-8")) > 1_000_000
    result = cli("extract", str(article), "-f", "csv")
    succeeded(result)
    assert result.stdout.count("Joe Biden,endorsed,Karen Bass") == 2_000


# --- the ontology --------------------------------------------------------------------------

@pytest.fixture
def ontology(tmp_path, monkeypatch):
    """A copy of ontology/ that the library reads instead of the shipped one."""
    import graph.ontology
    import graph.resources
    from graph.resources import ontology_dir

    copy = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), copy)
    real = graph.resources._resource
    monkeypatch.setattr(graph.resources, "_resource", lambda name: copy if name == "ontology" else real(name))
    caches = (graph.ontology.ontology_store, graph.ontology.relations, graph.ontology.entity_types)
    for cached in caches:
        cached.cache_clear()
    yield copy
    for cached in caches:
        cached.cache_clear()


ONTOLOGY_CASES = [
    ("pol:endorsed a owl:ObjectProperty", 'pol:endorsed a "unterminated', "malformed Turtle"),
    ("@prefix pol:    <urn:kg:pol:> .", "", "malformed Turtle: Parser error at line"),
    ('pol:color "#2ca02c" ;', "", "relation type pol:endorsed needs one pol:color; it has 0"),
    ('pol:color "#2ca02c"', 'pol:color "#2ca02c", "#ff0000"', "needs one pol:color; it has 2"),
    ('rdfs:label "endorsed" ;', "", "relation type pol:endorsed needs one rdfs:label; it has 0"),
    ("pol:endorsed a owl:ObjectProperty", "pol:Endorsed-By a owl:ObjectProperty", "must be pol:NAME with a snake_case NAME"),
    ("pol:endorsed a owl:ObjectProperty", "<http://example.org/endorsed> a owl:ObjectProperty", "must be pol:NAME"),
]


@pytest.mark.parametrize(("old", "new", "message"), ONTOLOGY_CASES)
def test_a_malformed_kg_ttl_is_a_data_error(cli, ontology, old, new, message):
    """Someone adding a relation type breaks kg.ttl: every command says where (exit 6)."""
    replace_once(ontology / "kg.ttl", old, new)
    for args in (("build",), ("path", "harris", "bass"), ("show", "bass"), ("stats",)):
        line = failed(cli(*args), 6, "kg.ttl", message)
        assert line.startswith(f"kg: {ontology / 'kg.ttl'}")


def test_a_malformed_kg_ttl_names_its_line(cli, ontology):
    """A Turtle syntax error: the file and the line of the error."""
    text = (ontology / "kg.ttl").read_text(encoding="utf-8")
    (ontology / "kg.ttl").write_text(text + "\npol:broken a pol:RelationType ; rdfs:label 'x' \n", encoding="utf-8")
    line_number = text.count("\n") + 3
    failed(cli("build"), 6, f"kg.ttl:{line_number}: malformed Turtle")


def test_malformed_shapes_and_named_queries_are_data_errors(cli, ontology):
    """shapes.ttl with a syntax error (kg validate) and a named query not in UTF-8 (kg query
    --list): each named with exit 6."""
    with (ontology / "shapes.ttl").open("a", encoding="utf-8") as handle:
        handle.write("\nbroken [\n")
    failed(cli("validate"), 6, "shapes.ttl:", "malformed Turtle")
    (ontology / "queries" / "latin.rq").write_bytes("# qui a soutenu José\nASK {}".encode("latin-1"))
    failed(cli("query", "--list"), 6, "latin.rq: not UTF-8 text")


def test_a_non_utf8_pattern_file_is_a_data_error(cli, ontology, tmp_path):
    """An extraction pattern saved in Latin-1: named, not a traceback."""
    import graph.news.lexicon
    import graph.news.rules

    (ontology / "patterns" / "endorsed.yaml").write_bytes("relation: endorsed # café\n".encode("latin-1"))
    graph.news.rules.load_rules.cache_clear()
    graph.news.lexicon.load_lexicon.cache_clear()
    try:
        article = tmp_path / "a.txt"
        article.write_text("Joe Biden endorsed Karen Bass.\n", encoding="utf-8")
        failed(cli("extract", str(article)), 6, "endorsed.yaml", "cannot read")
    finally:
        graph.news.rules.load_rules.cache_clear()
        graph.news.lexicon.load_lexicon.cache_clear()


# --- SPARQL given to kg query --------------------------------------------------------------

@pytest.fixture(scope="module")
def listener():
    """A TCP port that records every connection made to it (none may be)."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    connections: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    connections.append(conn.recv(4096))
                except OSError:
                    connections.append(b"")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], connections
    stop.set()
    thread.join()
    server.close()


READ_ONLY = "read-only: SPARQL updates"
SPARQL_CASES = [
    ("SELECT * WHERE { ?s ?p }", "SPARQL syntax error, line 1, column"),
    ("SELECT * WHERE { ?s ?p ?o", "SPARQL syntax error"),
    ("SELECT ?x WHERE { ?x ?p 'unterminated }", "SPARQL syntax error"),
    ("SELEKT * WHERE { ?s ?p ?o }", "SPARQL syntax error"),
    ("SELECT * WHERE { ?s undeclared:p ?o }", "SPARQL syntax error"),
    ("# only a comment", "SPARQL syntax error"),
    ("   ", "The query is empty"),
    ("INSERT DATA { ent:a pol:endorsed ent:b }", READ_ONLY),
    ("insert data { <urn:a> <urn:b> <urn:c> }", READ_ONLY),
    ("DELETE WHERE { ?s ?p ?o }", READ_ONLY),
    ("DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", READ_ONLY),
    ("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", READ_ONLY),
    ("CLEAR ALL", READ_ONLY),
    ("DROP SILENT GRAPH <urn:kg:graph>", READ_ONLY),
    ("CREATE GRAPH <urn:x>", READ_ONLY),
    ("ADD DEFAULT TO <urn:x>", READ_ONLY),
    ("MOVE <urn:a> TO <urn:b>", READ_ONLY),
    ("COPY <urn:a> TO DEFAULT", READ_ONLY),
    ("LOAD <file:///etc/passwd>", READ_ONLY),
    ("LOAD SILENT <http://127.0.0.1:{port}/x.ttl> INTO GRAPH <urn:g>", READ_ONLY),
    ("PREFIX x: <urn:x:> # a comment after the prefix\nINSERT DATA { x:a x:b x:c }", READ_ONLY),
    ("# leading comment\n  # another\nBASE <http://example.org/>\nPREFIX : <#>\nDELETE DATA { :a :b :c }", READ_ONLY),
    ("PREFIX x:<urn:x:>INSERT DATA{x:a x:b x:c}", READ_ONLY),
    ("SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <urn:a> <urn:b> <urn:c> }", "SPARQL syntax error"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }", "SERVICE (a federated query) is refused"),
    ("SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("select * where { ?x ?y ?z { service <http://127.0.0.1:{port}/> { ?s ?p ?o } } }", "SERVICE"),
    ("SELECT * WHERE { VALUES ?u { <http://127.0.0.1:{port}/> } SERVICE ?u { ?s ?p ?o } }", "SERVICE"),
    ("PREFIX svc: <http://127.0.0.1:{port}/>\n# SERVICE in a comment is not the keyword\nSELECT * WHERE { SERVICE svc:x { ?s ?p ?o } }",
     "SERVICE"),
    ("SELECT * WHERE " + "{" * 5000 + "}" * 5000, "nests 5000 brackets deep"),
    ("ASK { FILTER(" + "CONCAT(" * 2000 + "'a'" + ")" * 2000 + ") }", "brackets deep"),
    ("SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o } " * 3000 + "}", "keywords, brackets and operators"),
    ("ASK { FILTER(" + "+".join(["1"] * 20000) + ") }", "keywords, brackets and operators"),
]


@pytest.mark.parametrize(("query", "message"), SPARQL_CASES, ids=[f"{i}-{q[:24]}" for i, (q, _) in enumerate(SPARQL_CASES)])
def test_bad_queries(cli, listener, query, message):
    """Syntax errors, updates in every form, federation and engine-crashing shapes: exit 5,
    one line; nothing is written, and nothing connects to the network."""
    port, connections = listener
    result = cli("query", query.replace("{port}", str(port)))
    failed(result, 5, message)
    assert result.stdout == ""
    assert connections == []


def test_queries_that_name_remote_iris_do_not_fetch_them(cli, listener):
    """FROM, FROM NAMED and DESCRIBE of an http IRI query the store only."""
    port, connections = listener
    for query in (
        f"SELECT * FROM <http://127.0.0.1:{port}/g> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <http://127.0.0.1:{port}/g> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"DESCRIBE <http://127.0.0.1:{port}/x>",
        f"ASK {{ <http://127.0.0.1:{port}/x> ?p ?o }}",
        "SELECT ?service WHERE { ?service rdfs:label 'SERVICE' }",
    ):
        succeeded(cli("query", query))
    assert connections == []


def test_query_files(cli, tmp_path):
    """@file: missing, not UTF-8 (exit 5, named); a BOM, as Windows editors save, is fine."""
    failed(cli("query", f"@{tmp_path / 'missing.rq'}"), 5, "Cannot read the query file", "missing.rq")
    (tmp_path / "latin.rq").write_bytes("SELECT ?x WHERE { ?x rdfs:label 'José' }".encode("latin-1"))
    failed(cli("query", f"@{tmp_path / 'latin.rq'}"), 5, "latin.rq")
    (tmp_path / "bom.rq").write_bytes(b"\xef\xbb\xbfASK { ent:joe-biden pol:endorsed ent:karen-bass }")
    result = cli("query", f"@{tmp_path / 'bom.rq'}")
    succeeded(result)
    assert result.stdout == "true\n"


def test_a_reasonable_long_query_still_runs(cli):
    """The size limits leave room: 100 OPTIONALs and a VALUES block of 3,000 terms run."""
    optionals = " ".join(f"OPTIONAL {{ ?e rdfs:label ?l{i} }}" for i in range(100))
    succeeded(cli("query", f"SELECT ?e WHERE {{ ?e a pol:Politician {optionals} }} LIMIT 1"))
    terms = " ".join(f"ent:e{i}" for i in range(3000))
    result = cli("query", f"SELECT ?e ?l WHERE {{ VALUES ?e {{ {terms} ent:karen-bass }} ?e rdfs:label ?l }}", "-f", "csv")
    succeeded(result)
    assert "Karen Bass" in result.stdout


# --- names and option values ---------------------------------------------------------------

NAMES = [
    "", " ", '"', "'", "\\", 'a\\"b', "x\x00y", "\x00", "\x1b[31mred\x1b[0m", "\x9b31m", "..", "!!!", "-", "?x",
    "é" * 5000, "<script>alert(1)</script>", "'; DROP TABLE entities; --",
    '"} UNION { ?s ?p ?o } #', "\\u0022", "ent:karen-bass", "<urn:kg:entity:karen-bass>", "\ud83d\ude00",
]


@pytest.mark.parametrize("name", NAMES, ids=[ascii(name)[:24] for name in NAMES])
def test_names_that_match_nothing(cli, name):
    """Quotes, backslashes, controls, NUL, very long, empty or only punctuation: exit 3 and one
    line, with the name shown escaped."""
    for args in (("show", name), ("path", name, "bass"), ("path", "bass", name), ("viz", "--around", name, "-o", "-")):
        result = cli(*args)
        failed(result, 3, "No entity named")
        assert len(result.stderr.splitlines()) == 1 and result.stdout == ""


@pytest.mark.parametrize("name", ["harris\n", "\ufeffKamala Harris", "  KAMALA   HARRIS  ", "kamala-harris", "Kamala\tHarris"])
def test_names_with_stray_spacing_still_resolve(cli, name):
    """Surrounding space, a BOM, tabs and case do not hide a name. (A bidi override inside one
    is a disguise, not spacing: tests/test_output_attacks.py.)"""
    result = cli("show", name)
    succeeded(result)
    assert result.stdout.startswith("Kamala Harris\n")


OPTION_CASES = [
    (("show", "harris", "--as-of", "2022-02-30"), 2, "--as-of '2022-02-30' is not a date"),
    (("show", "harris", "--as-of", "٢٠٢٢"), 2, "--as-of '٢٠٢٢' is not a date"),
    (("show", "harris", "--as-of", ""), 2, "is not a date"),
    (("show", "harris", "--as-of", "2022-1"), 2, "is not a date"),
    (("show", "harris", "--as-of", "99999"), 2, "is not a date"),
    (("path", "harris", "bass", "--as-of", "yesterday"), 2, "is not a date"),
    (("viz", "-o", "-", "--as-of", "2022-00"), 2, "is not a date"),
    (("path", "harris", "bass", "--max-hops", "0"), 2, "--max-hops must be at least 1"),
    (("path", "harris", "bass", "--max-hops", "-3"), 2, "--max-hops must be at least 1"),
    (("path", "harris", "bass", "--max-hops", "many"), 2, "Invalid value"),
    (("path", "harris", "bass", "-k", "0"), 2, "-k must be at least 1"),
    (("path", "harris", "harris"), 2, "are the same entity"),
    (("path", "harris", "bass", "--relations", ",,,"), 2, "--relations ',,,' names no relation type"),
    (("path", "harris", "bass", "--relations", "endorsed,\x00"), 2, "Unknown relation '\\x00'"),
    (("path", "harris", "bass", "--format", "xml"), 2, "Invalid value"),
    (("viz", "--around", "bass", "--hops", "0", "-o", "-"), 2, "--hops must be at least 1"),
    (("viz", "--around", "bass", "--max-nodes", "0", "-o", "-"), 2, "--max-nodes must be between 1 and 5000"),
    (("viz", "--around", "bass", "--max-nodes", "5001", "-o", "-"), 2, "--max-nodes must be between 1 and 5000"),
    (("viz", "--hops", "2", "-o", "-"), 2, "--hops and --max-nodes go with --around NAME"),
    (("viz", "-o", "{tmp}/no/such/dir/view.html"), 2, "cannot write {tmp}/no/such/dir/view.html"),
    (("viz", "-o", "{tmp}"), 2, "cannot write {tmp}"),
    (("export", "-o", "{tmp}/no/such/dir/graph.ttl"), 2, "cannot write"),
    (("path", "harris", "bass", "--html", "{tmp}/no/such/dir/p.html"), 2, "cannot write"),
    (("query", "--name", "../../etc/passwd"), 5, "No named query '../../etc/passwd'"),
    (("ingest", "--accept-above", "1.5", "x.txt", "--data", "{tmp}/d"), 2, "--accept-above must be between 0 and 1"),
    (("ingest", "--accept-above", "nan", "x.txt", "--data", "{tmp}/d"), 2, "--accept-above must be between 0 and 1"),
    (("ingest", "x.txt"), 10, "is the corpus shipped with kg and is read-only"),
    (("import", "x.csv"), 10, "is the corpus shipped with kg and is read-only"),
    (("init", "{tmp}"), 2, "already exists and is not an empty directory"),
    (("resolve", "--accept", "nope", "--data", "{tmp}/d"), 2, "no merge with id 'nope'"),
    (("show", "harris", "--data", "{tmp}/x.txt"), 6, "{tmp}/x.txt: data directory not found"),
    (("show", "harris", "--store", "{tmp}/x.txt"), 7, "cannot build the store in {tmp}/x.txt"),
    (("show", "harris", "--endpoint", "ftp://example.org/sparql"), 2, "is not an http:// or https:// URL"),
    (("show", "harris", "--endpoint", "javascript:alert(1)"), 2, "is not an http:// or https:// URL"),
]


@pytest.mark.parametrize(("args", "code", "message"), OPTION_CASES)
def test_bad_option_values(cli, tmp_path, args, code, message):
    """Each bad option value: its exit code and a line saying what is wrong with it."""
    (tmp_path / "d").mkdir()
    (tmp_path / "x.txt").write_text("Joe Biden endorsed Karen Bass.\n", encoding="utf-8")
    args = tuple(a.replace("{tmp}", str(tmp_path)) for a in args)
    result = cli(*args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert message.replace("{tmp}", str(tmp_path)) in result.stderr
    assert not _RAW_CONTROL.search(result.stderr)


def test_bad_environment_values(cli, monkeypatch):
    """KG_ENDPOINT_TIMEOUT that is not a number of seconds: exit 2."""
    monkeypatch.setenv("KG_ENDPOINT_TIMEOUT", "soon")
    failed(cli("show", "harris", "--endpoint", "http://127.0.0.1:9/query"), 2, "KG_ENDPOINT_TIMEOUT must be a number")


def test_merges_and_imports_files_edited_by_hand(cli, mini):
    """merges.csv and imports.csv are kg's files that people edit: malformed, they are named."""
    (mini / "merges.csv").write_text("kept,merged\nx,y\n", encoding="utf-8")
    failed(cli("resolve", "--data", str(mini)), 6, "merges.csv:1: header lacks column(s) name")
    (mini / "merges.csv").write_text("id,kept,merged,name,state,dataset,row,method,score,status\n"
                                     "1,a,,n,,d,seven,m,high,review\n", encoding="utf-8")
    failed(cli("resolve", "--data", str(mini)), 6, "merges.csv:2: row 'seven' and score 'high' must be numbers")
    (mini / "merges.csv").write_bytes(b"\xff\xfe")
    failed(cli("resolve", "--review", "--data", str(mini)), 6, "merges.csv: not UTF-8 text")
    (mini / "merges.csv").unlink()
    (mini / "imports.csv").write_text('dataset,format\n"x.csv\n', encoding="utf-8")
    switches = mini.parent / "switches.csv"
    switches.write_text("bioguide,name,state,chamber,date,from_party,to_party\nX1,Al Ex,CA,sen,2001-01-01,Democrat,Republican\n",
                        encoding="utf-8")
    failed(cli("import", str(switches), "--data", str(mini)), 6, "imports.csv:1: header lacks column(s) path")


def test_yaml_tags_construct_nothing(cli, tmp_path):
    """A YAML tag that would run code under an unsafe loader is a malformed row, and runs nothing."""
    marker = tmp_path / "owned"
    dataset = tmp_path / "code.yaml"
    dataset.write_text(f"- !!python/object/apply:os.mkdir ['{marker}']\n- id: {{bioguide: X}}\n", encoding="utf-8")
    result = cli("import", str(dataset), "--as", "congress-legislators", "--data", str(tmp_path / "mydata"))
    succeeded(result)
    assert "2 malformed row(s) skipped" in result.stderr and not marker.exists()
