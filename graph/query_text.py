"""What a user's SPARQL query says, read with a small lexer: the variables and keywords it
uses outside comments, strings and IRIs, and where its WHERE group opens.

Binding variables before evaluation (kg query --as-of):

pyoxigraph's `substitutions` only binds variables the query projects (it refuses ASK and
`SELECT *`, and a CONSTRUCT comes back empty), and the SPARQL 1.1 Protocol has no bindings at
all. So the values go in as a VALUES block at the very start of the query's WHERE group, where
every pattern and FILTER sees them, as the library's own queries do (graph.sparql). The terms
are serialized by pyoxigraph; the query text is only split at a brace found by a small lexer
that skips comments, strings and IRIs. A query it cannot place the block in is refused.

>>> bind("SELECT ?x WHERE { ?x ?p ?d FILTER(?d <= ?asOf) }", "asOf", '"2021"')
'SELECT ?x WHERE { VALUES ?asOf { "2021" } ?x ?p ?d FILTER(?d <= ?asOf) }'
"""

from __future__ import annotations

import re

from .errors import QueryError

__all__ = [
    "uses_variable", "uses_keyword", "bind", "query_form", "update_keyword", "check_size", "MAX_NESTING", "MAX_OPERATORS",
]  # fmt: skip

_TOKEN = re.compile(
    r"""
      (?P<comment>\#[^\n]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                 |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<variable>[?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+)
    | (?P<word>[A-Za-z_][\w.-]*(?::[\w.:%-]*)?|:[\w.:%-]*)
    | (?P<open>\{)
    | (?P<close>\})
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def _tokens(text: str):
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind != "comment" and not match.group().isspace():
            yield kind, match


def uses_variable(text: str, name: str) -> bool:
    """Whether the query mentions ?name (or $name) outside comments and strings."""
    return any(kind == "variable" and m.group()[1:] == name for kind, m in _tokens(text))


def uses_keyword(text: str, keyword: str) -> bool:
    """Whether the query has `keyword` (any case) as a word outside comments, strings and IRIs."""
    keyword = keyword.upper()
    return any(kind == "word" and m.group().upper() == keyword for kind, m in _tokens(text))


_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_UPDATES = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


def query_form(text: str) -> str | None:
    """'SELECT', 'ASK', 'CONSTRUCT' or 'DESCRIBE', or the keyword that makes `text` an update
    (INSERT, LOAD, ...), read after its PREFIX and BASE declarations and comments; None when it
    starts with anything else."""
    declaration = 0  # tokens still to skip: PREFIX takes a name and an IRI, BASE an IRI
    for kind, match in _tokens(text):
        word = match.group().upper() if kind == "word" else ""
        if declaration:
            declaration -= 1
        elif word in ("PREFIX", "BASE"):
            declaration = 2 if word == "PREFIX" else 1
        else:
            return word if word in _FORMS | _UPDATES else None
    return None


def update_keyword(text: str) -> str | None:
    """The keyword that makes `text` a SPARQL update (INSERT, LOAD, ...); None for anything else."""
    form = query_form(text)
    return form if form in _UPDATES else None


# Oxigraph parses and evaluates recursively: past some thousands of nested groups, brackets,
# chained operators or group elements (OPTIONAL, BIND, MINUS, ...) its stack overflows and the
# whole process dies (SIGSEGV at ~1,000 nested calls or ~2,600 OPTIONALs on an 8 MB stack).
MAX_NESTING = 64
MAX_OPERATORS = 2000
_OPENING = {"{", "(", "["}
_CLOSING = {"}", ")", "]"}
_OPERATOR = set("!+-*/|&=<>^")


def check_size(text: str) -> None:
    """Refuse (QueryError) a query nested deeper than MAX_NESTING brackets or with more than
    MAX_OPERATORS keywords, brackets and operators: one that would crash the engine."""
    depth = deepest = operators = 0
    for kind, match in _tokens(text):
        token = match.group()
        if token in _OPENING:
            depth += 1
            deepest = max(deepest, depth)
        elif token in _CLOSING:
            depth = max(depth - 1, 0)
        if token in _OPENING or token in _OPERATOR or (kind == "word" and ":" not in token):
            operators += 1
    if deepest > MAX_NESTING:
        raise QueryError(f"The query nests {deepest} brackets deep; kg runs queries nested at most "
                         f"{MAX_NESTING} deep.")
    if operators > MAX_OPERATORS:
        raise QueryError(f"The query has {operators} keywords, brackets and operators; kg runs queries of "
                         f"at most {MAX_OPERATORS} (for long lists of values use VALUES or IN (...)).")


def bind(text: str, name: str, term: str) -> str:
    """`text` with ?name bound to `term` (an RDF term in SPARQL syntax) for its WHERE group:
    the group opened after the first WHERE outside braces, or, in a SELECT or ASK that leaves
    WHERE out, its first group."""
    tokens = list(_tokens(text))
    depth, outer = 0, []  # outer: the tokens outside every group, with their index
    for index, (kind, match) in enumerate(tokens):
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth = max(depth - 1, 0)
        if depth == 0 or (kind == "open" and depth == 1):
            outer.append((index, kind, match.group().upper()))
    words = [word for _, kind, word in outer if kind == "word"]
    form = next((w for w in words if w in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), None)
    opens = [index for index, kind, _ in outer if kind == "open"]
    if "WHERE" in words:
        where = next(index for index, kind, word in outer if kind == "word" and word == "WHERE")
        opens = [index for index in opens if index > where]
    elif form not in ("SELECT", "ASK"):
        opens = []
    if not opens:
        raise QueryError(f"Cannot bind ?{name}: the query has no WHERE clause.")
    at = tokens[opens[0]][1].end()
    return f"{text[:at]} VALUES ?{name} {{ {term} }}{text[at:]}"
