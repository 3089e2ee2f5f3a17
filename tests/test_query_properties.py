"""Hostile SPARQL assembled from the grammar's token classes (keywords in any case, IRIs with
\\u escapes, prefixed names with escapes, the four string forms, comments ended by CR or LF,
brackets, operators, glued or spaced) given to kg query's evaluation path: results or
QueryError, never a dead process, never a connection; and where kg's reading of the query says
there is no SERVICE, or a size it accepts, Oxigraph agrees."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import graph.query
import graph.query_text
from graph.errors import QueryError
from graph.query import run_isolated
from graph.query_text import uses_keyword
from tests.test_bad_input import listener  # noqa: F401 (a fixture)

PORT = "{port}"  # replaced by the listener's port


def _any_case(word: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda flips: "".join(c.upper() if f else c.lower() for c, f in zip(word, flips))
    )


def _escaped(text: str) -> st.SearchStrategy[str]:
    """`text` with some characters written as \\uXXXX (which Oxigraph decodes in IRIs and strings)."""
    return st.lists(st.booleans(), min_size=len(text), max_size=len(text)).map(
        lambda flips: "".join(f"\\u{ord(c):04X}" if f else c for c, f in zip(text, flips))
    )


KEYWORDS = st.sampled_from(
    ["SERVICE", "SILENT", "SELECT", "ASK", "WHERE", "OPTIONAL", "MINUS", "UNION", "FILTER", "EXISTS", "NOT",
     "GRAPH", "BIND", "AS", "VALUES", "true", "false", "a"]
).flatmap(_any_case)
VARIABLES = st.sampled_from(["?s", "?p", "?o", "$x", "?service", "?SERVICE"])
IRIS = st.sampled_from([f"http://127.0.0.1:{PORT}/sparql", "urn:x", "urn:A#", "urn:x#SERVICE", "http://a:"]).flatmap(
    _escaped).map(lambda iri: f"<{iri}>")
LOCAL_ESCAPES = ["\\#", "\\'", '\\"', "\\.", "\\-", "\\(", "%41", "\\~", "SERVICE", ""]
PREFIXED = st.tuples(st.sampled_from(["ent:", "p:", ":", "service:"]), st.sampled_from(["a", "x.y", "1"]),
                     st.sampled_from(LOCAL_ESCAPES)).map("".join)
STRING_BODY = st.lists(st.sampled_from(["a", "'", '"', "\\'", '\\"', "\\\\", "\\u0027", "\\u0022", "\\n", "#",
                                        "{", "SERVICE", " ", "\r", "\n", "\\"]), max_size=6).map("".join)
STRINGS = st.tuples(st.sampled_from(["'", '"', "'''", '"""']), STRING_BODY).map(lambda t: t[0] + t[1] + t[0])
COMMENTS = st.tuples(st.sampled_from(["#", "# SERVICE <x> {", "#'", '#"', "#<"]), st.sampled_from(["\r", "\n", "\r\n"])).map("".join)
PUNCTUATION = st.sampled_from(["{", "}", "(", ")", "[", "]", "<", ">", "&&", "||", "=", "!", "+", "*", "/", ".", ";",
                               ",", "^^", "@en", "1", "2.5"])
TOKENS = st.one_of(KEYWORDS, VARIABLES, IRIS, PREFIXED, STRINGS, COMMENTS, PUNCTUATION)
SEPARATORS = st.sampled_from(["", " ", " ", "\n", "\t"])
SOUP = st.lists(st.tuples(TOKENS, SEPARATORS).map("".join), max_size=25).map("".join)
# Elements that hide what follows them from a lexer that reads them wrong, each built from the
# token classes and valid SPARQL when the lexer's reading is not needed.
HIDERS = st.one_of(
    COMMENTS,
    IRIS.map(lambda iri: f"?x ?y {iri} ."),
    PREFIXED.map(lambda name: f"?x ?y {name} ."),
    STRINGS.map(lambda string: f"?x ?y {string} ."),
    STRINGS.map(lambda string: f"FILTER(!(?x<?x&&{string}=?x))"),
    st.sampled_from(["?x ?y true", "?x ?y 1", "?x ?y ?z"]),
    SOUP,
)
SERVICE_KEYWORD = st.tuples(_any_case("service"), st.sampled_from(["", " SILENT", "SILENT"]), SEPARATORS).map("".join)
HIDDEN = st.lists(st.tuples(HIDERS, SEPARATORS).map("".join), min_size=1, max_size=3).map("".join)
TRAILER = st.sampled_from(["", "#'", '#"', "#<", "'", '"'])
HEAD = "PREFIX p: <http://a:> PREFIX service: <urn:s:> "
# A SERVICE clause (in a UNION branch, so that Oxigraph evaluates it whatever the other finds)
# or 3,000-deep nesting behind hiding elements; or token soup.
SERVICE_BEHIND = st.tuples(HIDDEN, SERVICE_KEYWORD, IRIS, TRAILER).map(
    lambda t: f"{HEAD}SELECT * WHERE {{ {{ ?s ?p ?o . {t[0]} }} UNION {{ {t[1]}{t[2]} {{ ?a ?b ?c }} }} }}{t[3]}")
GLUED = st.tuples(HIDDEN, SERVICE_KEYWORD, IRIS).map(
    lambda t: f"{HEAD}SELECT * WHERE {{ ?s ?p ?o . {t[0]}{t[1]}{t[2]} {{ ?a ?b ?c }} }}")
NESTING_BEHIND = st.tuples(HIDDEN, st.sampled_from(["{", "("]), st.sampled_from([2, 70, 3000]), TRAILER).map(
    lambda t: f"{HEAD}SELECT * WHERE {{ {{ ?s ?p ?o . {t[0]} }} UNION {{ FILTER(1) "
              + t[1] * t[2] + "1" * (t[1] == "(") + {"{": "}", "(": ")"}[t[1]] * t[2] + f" }} }}{t[3]}")
QUERIES = st.one_of(SERVICE_BEHIND, GLUED, NESTING_BEHIND, SOUP.map(lambda soup: f"{HEAD}SELECT * WHERE {{ {soup} }}"))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """An Oxigraph directory of three triples (so any join of the soup stays small)."""
    import pyoxigraph as ox

    directory = tmp_path_factory.mktemp("properties") / "oxigraph"
    writable = ox.Store(str(directory))
    for n in range(3):
        writable.add(ox.Quad(ox.NamedNode(f"urn:s{n}"), ox.NamedNode("urn:p"), ox.Literal(n)))
    writable.flush()
    del writable
    return directory


@settings(max_examples=60)
@given(QUERIES)
def test_hostile_queries_give_results_or_query_error(store, listener, text):  # noqa: F811
    """kg query's path (lexer, then evaluation in the sandboxed child): results or QueryError,
    and the listener records no connection."""
    port, connections = listener
    try:
        "".join(run_isolated(store, text.replace(PORT, str(port)), "json"))
    except QueryError:
        pass
    assert connections == []


@settings(max_examples=60)
@given(QUERIES)
def test_what_oxigraph_fetches_or_crashes_on_the_lexer_refuses(store, listener, text):  # noqa: F811
    """With kg's checks turned off, a query that makes Oxigraph try a connection (blocked by the
    sandbox) is one the lexer finds SERVICE in, and one that crashes it is one check_size refuses."""
    port, connections = listener
    text = text.replace(PORT, str(port))
    with mock.patch.object(graph.query, "_refuse_service", lambda text: None), \
         mock.patch.object(graph.query_text, "check_size", lambda text: None):
        try:
            "".join(run_isolated(store, text, "json"))
            message = ""
        except QueryError as error:
            message = str(error)
    if "Permission denied" in message:
        assert uses_keyword(text, "SERVICE"), text
    if "crashed" in message:
        with pytest.raises(QueryError):
            graph.query_text.check_size(text)
    assert connections == []
