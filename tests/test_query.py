"""Read-only SPARQL with predeclared prefixes, in table, csv, tsv and SPARQL JSON."""

import json

import pytest

from graph.errors import QueryError, ReadOnlyQuery
from graph.query import named_queries, named_query, read_query_argument, render, run_query

WHO_ENDORSED_BASS = "SELECT ?who WHERE { ?w pol:endorsed ent:karen-bass ; rdfs:label ?who } ORDER BY ?who"


def test_select_as_sparql_json(seed_kg):
    """json is the SPARQL 1.1 results format, with the prefixes resolved."""
    document = json.loads(render(run_query(seed_kg.store, WHO_ENDORSED_BASS), "json"))
    assert document["head"]["vars"] == ["who"]
    names = [b["who"]["value"] for b in document["results"]["bindings"]]
    assert "Kamala Harris" in names and "John Legend" in names and len(names) == 7


def test_table_csv_tsv(seed_kg):
    """A table for people, and the standard CSV/TSV results formats for programs."""
    table = render(run_query(seed_kg.store, WHO_ENDORSED_BASS), "table")
    assert table.splitlines()[0] == "who" and table.rstrip().endswith("(7 rows)")
    assert render(run_query(seed_kg.store, WHO_ENDORSED_BASS), "csv").splitlines()[:2] == ["who", "Jennifer Garner"]
    assert render(run_query(seed_kg.store, WHO_ENDORSED_BASS), "tsv").splitlines()[1] == '"Jennifer Garner"'


def test_ask_and_construct(seed_kg):
    """ASK prints true/false; CONSTRUCT prints Turtle."""
    assert render(run_query(seed_kg.store, "ASK { ent:joe-biden pol:endorsed ent:karen-bass }"), "table") == "true\n"
    assert render(run_query(seed_kg.store, "ASK { ent:rick-caruso pol:endorsed ?x }"), "table") == "false\n"
    turtle = render(run_query(seed_kg.store, "CONSTRUCT { ?s pol:advised ?o } WHERE { ?s pol:advised ?o }"), "table")
    assert "ent:rick-caruso pol:advised ent:donald-trump" in turtle


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { ent:a pol:endorsed ent:b }",
        "PREFIX x: <urn:x:>\nDELETE WHERE { ?s ?p ?o }",
        "# comment\nDROP ALL",
        "load <http://example.org/x>",
    ],
)
def test_updates_are_refused(seed_kg, update):
    """Any SPARQL update is refused with a message saying how to change data instead."""
    before = len(seed_kg.store)
    with pytest.raises(ReadOnlyQuery, match="read-only"):
        run_query(seed_kg.store, update)
    assert len(seed_kg.store) == before


def test_syntax_error_is_a_query_error(seed_kg):
    """A broken query names the position of the problem."""
    with pytest.raises(QueryError, match="syntax error, line 1, column "):
        run_query(seed_kg.store, "SELECT * WHERE { ?s ?p }")
    with pytest.raises(QueryError, match="empty"):
        run_query(seed_kg.store, "  ")


def test_named_queries_run(seed_kg):
    """Every shipped .rq file has a description and runs on the seed graph."""
    queries = named_queries()
    assert {q.name for q in queries} >= {"endorsements", "rivals", "party-switches"}
    for query in queries:
        assert query.description
        assert render(run_query(seed_kg.store, query.text), "csv")
    switches = render(run_query(seed_kg.store, named_query("party-switches").text), "csv")
    assert "Rick Caruso,Republican Party,Democratic Party,2022" in switches
    with pytest.raises(QueryError, match="No named query 'nope'"):
        named_query("nope")


def test_query_argument_forms(tmp_path):
    """'-' reads stdin, '@file' reads the file, anything else is the query."""
    file = tmp_path / "q.rq"
    file.write_text("ASK {}")
    assert read_query_argument(f"@{file}") == "ASK {}"
    assert read_query_argument("-", "ASK {}") == "ASK {}"
    assert read_query_argument("ASK {}") == "ASK {}"
    with pytest.raises(QueryError, match="Cannot read the query file"):
        read_query_argument(f"@{tmp_path / 'missing.rq'}")
