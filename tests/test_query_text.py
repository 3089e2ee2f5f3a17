"""Binding ?asOf into a user's query: the VALUES block lands at the start of its WHERE group."""

import doctest

import pytest

import graph.query_text
from graph.errors import QueryError
from graph.query import run_query
from graph.query_text import bind, uses_keyword, uses_variable

DATE = '"2022-05-01"^^<http://www.w3.org/2001/XMLSchema#date>'


def test_doctests() -> None:
    assert doctest.testmod(graph.query_text).failed == 0


@pytest.mark.parametrize(
    ("query", "bound"),
    [
        ("ASK { ?s ?p ?asOf }", "ASK { VALUES ?asOf { D } ?s ?p ?asOf }"),
        ("SELECT * { ?s ?p ?asOf }", "SELECT * { VALUES ?asOf { D } ?s ?p ?asOf }"),
        ("CONSTRUCT { ?s ?p ?asOf } WHERE { ?s ?p ?o }", "CONSTRUCT { ?s ?p ?asOf } WHERE { VALUES ?asOf { D } ?s ?p ?o }"),
        # braces in an IRI, a string, a comment and an EXISTS in the projection are not the WHERE group
        (
            'PREFIX x: <urn:{a}> SELECT (EXISTS { ?a ?b ?c } AS ?e) WHERE { ?s ?p "}" # {\n FILTER(?o < ?asOf) }',
            'PREFIX x: <urn:{a}> SELECT (EXISTS { ?a ?b ?c } AS ?e) WHERE { VALUES ?asOf { D } ?s ?p "}" # {\n FILTER(?o < ?asOf) }',
        ),
        ("select ?s where { { select ?s where { ?s ?p ?asOf } } }", "select ?s where { VALUES ?asOf { D } { select ?s where { ?s ?p ?asOf } } }"),
    ],
)
def test_bind_places_values_at_the_where_group(query: str, bound: str) -> None:
    assert bind(query, "asOf", DATE) == bound.replace("D", DATE)


def test_bind_refuses_a_query_without_where() -> None:
    with pytest.raises(QueryError, match="no WHERE clause"):
        bind("DESCRIBE <urn:x>", "asOf", DATE)


def test_uses_variable_ignores_strings_and_comments() -> None:
    assert uses_variable("SELECT $asOf {}", "asOf")
    assert not uses_variable('SELECT ?x { ?x ?p "?asOf" } # ?asOf', "asOf")
    assert not uses_variable("SELECT ?asOfDate {}", "asOf")


def test_as_of_is_seen_by_filters(seed_kg):
    """?asOf is bound before FILTERs run, and typed by the date's precision."""
    text = "SELECT ?d WHERE { ?st pol:date ?d FILTER(STR(?d) <= STR(?asOf)) } ORDER BY DESC(STR(?d)) LIMIT 1"
    (row,) = run_query(seed_kg.store, text, as_of="2022-06")
    assert row["d"].value == "2022"
    (row,) = run_query(seed_kg.store, "SELECT ?asOf WHERE {}", as_of="2022-06")
    assert row["asOf"].datatype.value.endswith("#gYearMonth")


def test_as_of_without_the_variable_is_refused(seed_kg):
    with pytest.raises(QueryError, match=r"\?asOf .*which this query does not use"):
        run_query(seed_kg.store, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", as_of="2022")


def test_uses_keyword_outside_strings_iris_and_comments() -> None:
    assert uses_keyword("SELECT * { service <http://x/> { ?s ?p ?o } }", "SERVICE")
    assert not uses_keyword('SELECT * { ?s ?p "SERVICE" } # SERVICE <http://x/>', "SERVICE")
    assert not uses_keyword("SELECT * { ?s <urn:SERVICE> ?service }", "SERVICE")


@pytest.mark.parametrize("keyword", ["SERVICE", "service SILENT"])
def test_service_is_refused_before_any_request(seed_kg, keyword):
    """Oxigraph would fetch the URL; kg refuses the query instead (no listener is needed to
    tell: the refusal comes before evaluation)."""
    with pytest.raises(QueryError, match="SERVICE"):
        run_query(seed_kg.store, f"SELECT * WHERE {{ {keyword} <http://127.0.0.1:1/sparql> {{ ?s ?p ?o }} }}")
