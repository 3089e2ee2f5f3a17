"""The kg command line through typer's CliRunner: stdout, stderr and exit codes."""

import csv
import io
import json

import pytest


def test_path_harris_bass(cli):
    """The main job: Harris —endorsed→ Bass with its quote, source and date."""
    result = cli("path", "harris", "bass")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Kamala Harris —endorsed→ Karen Bass"
    assert any("2022-08-02 · Axios 2022-08-02: “President Biden and Vice President Harris" in line for line in lines)


def test_path_json_shape(cli):
    """--format json has the documented shape, evidence included."""
    result = cli("path", "musk", "biden", "--format", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["from"] == "Elon Musk" and document["to"] == "Joe Biden"
    hops = document["paths"][0]["hops"]
    assert [(h["from"], h["relation"], h["to"], h["direction"]) for h in hops] == [
        ("Elon Musk", "endorsed", "Rick Caruso", "forward"),
        ("Rick Caruso", "rival_of", "Karen Bass", "forward"),
        ("Karen Bass", "endorsed", "Joe Biden", "backward"),
    ]
    assert set(hops[0]["evidence"][0]) == {"source", "source_id", "date", "end_date", "quote", "url", "span"}
    assert set(hops[0]) == {"from", "relation", "to", "direction", "outlets", "evidence"} and hops[0]["outlets"] == 1


def test_path_text_shows_direction_arrows(cli):
    """Backward hops read ←relation—, symmetric ones —relation—."""
    out = cli("path", "musk", "biden").stdout
    assert "Rick Caruso —rival_of— Karen Bass" in out and "Karen Bass ←endorsed— Joe Biden" in out


def test_path_k_and_relations(cli):
    """-k 2 prints two numbered paths; --relations narrows the edges used."""
    result = cli("path", "musk", "biden", "-k", "2")
    assert result.exit_code == 0 and "Path 2 of 2" in result.stdout
    result = cli("path", "harris", "bass", "--relations", "rival_of")
    assert result.exit_code == 4 and "No connection between Kamala Harris and Karen Bass" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("path", "jon smith", "bass"), 3, "No entity named 'jon smith'."),
        (("path", "karen bas", "harris"), 3, "Did you mean: Karen Bass"),
        (("path", "party", "bass"), 3, "'party' names 2 entities: Democratic Party (democratic-party), Republican Party"),
        (("path", "musk", "biden", "--max-hops", "2"), 4, "within 2 hops"),
        (("path", "musk", "biden", "--max-hops", "0"), 2, "--max-hops must be at least 1"),
        (("path", "musk", "biden", "--relations", "endorses"), 2, "Unknown relation 'endorses'"),
        (("path", "musk", "biden", "--all", "-k", "2"), 2, "either --all or -k"),
        (("query", "SELECT * WHERE { ?s ?p }"), 5, "SPARQL syntax error"),
        (("query", "INSERT DATA { ent:a pol:endorsed ent:b }"), 5, "read-only"),
        (("query", "--name", "nope"), 5, "No named query 'nope'"),
        (("query",), 2, "give either a SPARQL query"),
        (("show", "nobody at all"), 3, "No entity named"),
    ],
)
def test_errors_go_to_stderr_with_their_exit_code(cli, args, code, message):
    """Each failure: one line on stderr starting 'kg: ', nothing on stdout, its own exit code."""
    result = cli(*args)
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert result.stderr.startswith("kg: ") and message in result.stderr


def test_query_formats_and_inputs(cli, tmp_path):
    """A query as argument, @file or stdin; csv and json formats; named queries."""
    text = "SELECT ?who WHERE { ?w pol:advised ?x ; rdfs:label ?who }"
    assert cli("query", text, "--format", "csv").stdout.splitlines() == ["who", "Rick Caruso"]
    file = tmp_path / "q.rq"
    file.write_text(text)
    assert json.loads(cli("query", f"@{file}", "-f", "json").stdout)["results"]["bindings"][0]["who"]["value"] == "Rick Caruso"
    assert "Rick Caruso" in cli("query", "-", input=text).stdout
    listing = cli("query", "--list").stdout
    assert "endorsements\t" in listing
    assert "Rick Caruso" in cli("query", "--name", "party-switches").stdout


def test_show_card(cli):
    """kg show: labels, aliases, ids and every relationship, disputed ones marked."""
    result = cli("show", "VP Harris")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("Kamala Harris\n  type: Politician\n  id: kamala-harris\n")
    assert "wikidata: Q10853588" in out and "aliases: Harris, Kamala" in out
    assert "Kamala Harris —rival_of— Karen Bass" in out and "DISPUTED" in out
    card = json.loads(cli("show", "harris", "-f", "json").stdout)
    statuses = {s["status"] for r in card["relationships"] for s in r["statements"]}
    assert statuses == {"asserted", "disputed"}


def test_export_csv(cli):
    """kg export --format csv: the documented header and a row per asserted statement."""
    result = cli("export", "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["subject", "relation", "object", "date", "source", "quote"]
    assert ["Rick Caruso", "advised", "Donald Trump"] == rows[[r[1] for r in rows].index("advised")][:3]


def test_export_to_file(cli, tmp_path):
    """--out writes the file whole and says so on stderr."""
    target = tmp_path / "graph.ttl"
    result = cli("export", "-f", "ttl", "--out", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert "ent:karen-bass" in target.read_text() and str(target) in result.stderr


def test_viz_writes_self_contained_html(cli, tmp_path):
    """kg viz writes one HTML file that references nothing outside itself."""
    target = tmp_path / "view.html"
    result = cli("viz", "--out", str(target))
    assert result.exit_code == 0, result.stderr
    html = target.read_text()
    assert "Karen Bass" in html and "vis.Network" in html
    assert "<script src" not in html and "<link" not in html
    assert "open file://" in result.stderr


def test_stats(cli):
    """Counts by entity type and relation, as text and JSON."""
    stats = json.loads(cli("stats", "--format", "json").stdout)
    assert stats["entities_by_type"]["Celebrity"] == 11
    assert stats["edges_by_relation"]["party_switch"] == 1
    assert "relationships        all  asserted  statements" in cli("stats").stdout


def test_build_and_validate(cli, data_copy):
    """build reports what it built; validate passes, then fails on a broken copy with exit 1."""
    result = cli("build", "--data", str(data_copy))
    assert result.exit_code == 0 and "statements from 3 sources" in result.stderr
    assert cli("validate", "--data", str(data_copy)).exit_code == 0
    statements = data_copy / "statements.csv"
    statements.write_text(statements.read_text().replace("issued a rare joint endorsement", "issued an endorsement", 1))
    result = cli("validate", "--data", str(data_copy))
    assert result.exit_code == 1
    assert "statements.csv:2: [joe-biden endorsed karen-bass] quote is not verbatim" in result.stdout


def test_malformed_data_keeps_the_previous_store(cli, data_copy):
    """A bad data file: exit 6 naming file and line; the last good store still answers."""
    assert cli("path", "harris", "bass", "--data", str(data_copy)).exit_code == 0
    entities = data_copy / "entities.csv"
    entities.write_text(entities.read_text().replace(",Politician,", ",Wizard,", 1))
    result = cli("build", "--data", str(data_copy))
    assert result.exit_code == 6
    assert f"{entities}:" in result.stderr and "type 'Wizard'" in result.stderr
    result = cli("path", "harris", "bass", "--data", str(data_copy))
    assert result.exit_code == 6, "a stale store is not silently used"


def test_unwritable_store_is_a_store_error(cli, tmp_path):
    """A store path that cannot be created: exit 7 with the path in the message."""
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = cli("build", "--store", str(blocker / "store"))
    assert result.exit_code == 7 and str(blocker) in result.stderr


def test_query_as_of_binds_a_date(cli):
    """--as-of binds ?asOf; a query that does not use it, or a bad date, is refused."""
    members = cli("query", "--name", "members-as-of", "--as-of", "2022", "--format", "csv")
    assert members.exit_code == 0, members.stderr
    assert "Rick Caruso,Democratic Party,2022," in members.stdout
    assert "Rick Caruso,Democratic Party,2022," not in cli("query", "-n", "members-as-of", "--as-of", "2021", "-f", "csv").stdout
    unused = cli("query", "--name", "rivals", "--as-of", "2022")
    assert unused.exit_code == 5 and "does not use" in unused.stderr
    bad = cli("path", "harris", "bass", "--as-of", "last week")
    assert bad.exit_code == 2 and "is not a date" in bad.stderr
