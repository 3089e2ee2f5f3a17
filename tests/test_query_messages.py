"""SPARQL errors a person can act on (graph.query_errors) and warnings for pol:/ent: terms the
graph does not have (graph.query_terms), through the library and `kg query`."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.errors import QueryError
from graph.query import run_query
from graph.query_errors import explain
from graph.query_terms import unknown_term_warnings

# (query, what the message must say): the one line names where and what, in words
MALFORMED = [
    ("SELECT ?x WHERE { ?x foaf:name ?n }",
     "line 1, column 22, at 'foaf:name': the prefix foaf: is not declared. Declared: dcterms:, ent:,"),
    ("SELECT ?x WHERE { ?x pol:endorsed ?y ",
     "line 1, column 35, at the end of the query (after '?y'): expected one of ',', '.', ';', '{', '}' (1 '{' not closed)"),
    ("SELEC ?x WHERE { ?x ?p ?o }", "line 1, column 1, at 'SELEC': not a SPARQL keyword; did you mean SELECT?"),
    ("SELECT ?x WEHRE { ?x ?p ?o }", "at 'WEHRE': not a SPARQL keyword; did you mean WHERE?"),
    ("SELECT ?x WHERE { ?x ?p ?o FILTR(?x) }", "column 28, at 'FILTR': not a SPARQL keyword; did you mean FILTER?"),
    ("SELECT ?x WHERE { ?x ?p ?o } ORDER ?x", "at the end of the query (after '?x'): expected BY."),
    ("SELECT ?x WHERE { ?x ?p ?o } LIMIT ten", "line 1, column 36, at 'ten': expected one of HAVING, OFFSET, OPTIONAL, VALUES, a number."),
    ("SELECT ?x WHERE {\n  ?x rdfs:label \"abc }", "line 2, column 17: the string that starts here is not closed (a \" is missing)."),
    ("SELECT ?x WHERE { ?x <http://a b> ?o }", "not a valid IRI"),
    ("SELECT (COUNT(?x) AS ?n WHERE { ?x ?p ?o }", "line 1, column 25, at 'WHERE': expected ')'."),
    ("SELECT ?x WHERE { ?x ?p ?o }}", "(1 '}' more than '{')"),
    ("PREFIX s: <http://schema.org/>\nSELECT * WHERE { ?a s:name ?n ; sdo:name ?m }",
     "line 2, column 33, at 'sdo:name': the prefix sdo: is not declared"),
]


@pytest.mark.parametrize(("query", "expected"), MALFORMED)
def test_syntax_error_says_where_and_what(query: str, expected: str) -> None:
    """Each malformed query's message names the line, column and token, and what was expected."""
    with pytest.raises(QueryError) as caught:
        run_query(ox.Store(), query)
    message = str(caught.value)
    assert message.startswith("SPARQL syntax error, line ")
    assert expected in message
    assert "\\u{" not in message and "..=" not in message  # none of the grammar's character classes
    assert "\n" not in message


def test_a_language_tag_is_no_misspelled_keyword() -> None:
    """A word after @ is a language tag: the error is about the missing brace, not 'en'."""
    with pytest.raises(QueryError, match=r"1 '\{' not closed"):
        run_query(ox.Store(), 'SELECT ?x WHERE { ?x rdfs:label "a"@en')


def test_a_message_without_location_is_kept() -> None:
    """A server's own words, when no engine here reads them otherwise, stay as they were (on one line)."""
    assert explain("SELECT", "Virtuoso 37000 Error SP030:\n  bad", {}) == "Virtuoso 37000 Error SP030: bad"


@pytest.mark.parametrize(
    ("query", "warnings"),
    [
        ("SELECT * WHERE { ?a pol:endorses ?b }", ["pol:endorses is not in the graph; closest: pol:endorsed"]),
        ("SELECT * WHERE { ?a <urn:kg:pol:rivalOf> ?b }", ["pol:rivalOf is not in the graph; closest: pol:rival_of"]),
        ("SELECT * WHERE { ?a pol:endorsed ent:karen-bas }", ["ent:karen-bas is not in the graph; closest: ent:karen-bass"]),
        ("SELECT * WHERE { ?a pol:endorsed ent:karen-bass }", []),
        ("PREFIX pol: <urn:other:> SELECT * WHERE { ?a pol:endorses ?b }", []),  # the query's own pol:
        ("SELECT * WHERE { ?a ?p 'pol:endorses' } # pol:nothing", []),  # strings and comments are no terms
    ],
)
def test_unknown_terms_are_warned_with_the_closest(seed_kg, query: str, warnings: list[str]) -> None:
    """pol: and ent: terms the graph does not use are named, with the closest ones it has."""
    assert unknown_term_warnings(seed_kg.store, query) == warnings


def test_kg_query_warns_on_stderr_and_still_runs(cli) -> None:
    """kg query: the warning on stderr, the (empty) result on stdout, exit 0."""
    result = cli("query", "SELECT ?x WHERE { ?x pol:endorses ?y }")
    assert result.exit_code == 0
    assert "kg: warning: pol:endorses is not in the graph; closest: pol:endorsed" in result.stderr
    assert "(0 rows)" in result.stdout


def test_kg_query_syntax_error_exit_5(cli) -> None:
    """kg query: the explained syntax error on stderr, exit 5."""
    result = cli("query", "SELECT ?x WHERE { ?x foaf:name ?n }")
    assert result.exit_code == 5
    assert "the prefix foaf: is not declared" in result.stderr
