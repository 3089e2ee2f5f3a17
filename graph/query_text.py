"""What a user's SPARQL query says, read with a small lexer: the variables and keywords it
uses outside comments, strings and IRIs, and where its WHERE group opens.

The lexer follows SPARQL 1.1's token classes where they decide what is a comment, a string,
an IRI or a name (a comment ends at CR or LF, IRIs may hold \\u escapes, which Oxigraph decodes,
local names may hold \\# and \\', and so on): the decisions made on its reading (SERVICE
refused, size bounded) must see what Oxigraph sees. Where Oxigraph's parser could read the text
two ways, they are made on both. They are not the only guard: `kg query` and `kg serve`
evaluate in processes that cannot open a network socket (graph.sandbox).

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

import bisect
import re

from .errors import QueryError

__all__ = [
    "tokens_with_spans", "uses_variable", "uses_keyword", "bind", "query_form", "update_keyword", "check_size", "MAX_NESTING", "MAX_OPERATORS",
]  # fmt: skip

_HEX = "[0-9A-Fa-f]"
_UCHAR = rf"\\u{_HEX}{{4}}|\\U{_HEX}{{8}}"
_ECHAR = r"""\\[tbnrf"'\\]"""
# PN_CHARS_BASE as Oxigraph has it (without the planes above U+FFFF)
_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f"
    "\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd"
)
_IRI_CHAR = r"""[^<>"{}|^`\\\x00-\x20]"""
_SHORT = r"""(?:[^{q}\\\n\r]|{e}|{u})*"""
_LONG = r"""(?:(?:{q}{q}|{q})?(?:[^{q}\\]|{e}|{u}))*"""
_TOKEN_CLASSES = {
    "space": r"[ \t\r\n]+",
    "comment": r"#[^\r\n]*",  # a comment ends at a carriage return as well as at a line feed
    "string": "|".join(  # the four forms, long ones first, with the escapes the grammar allows
        quote * n + form.format(q=quote, e=_ECHAR, u=_UCHAR) + quote * n
        for n, form in ((3, _LONG), (1, _SHORT)) for quote in ("'", '"')
    ),
    "iri": rf"<(?:{_IRI_CHAR}|{_UCHAR})*>",
    "variable": rf"[?$][0-9_{_BASE}][0-9_\u00b7\u0300-\u036f\u203f-\u2040{_BASE}]*",
    # a prefixed name's local part may hold escapes (\#, \', ...), which start no comment or string
    "word": rf"[{_BASE}_][\w.-]*(?::(?:[\w.:%-]|\\.)*)?|:(?:[\w.:%-]|\\.)*",
    "open": r"\{",
    "close": r"\}",
    "other": r"\\.|.",  # outside strings, IRIs and local parts a backslash starts nothing
}
_TOKEN = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _TOKEN_CLASSES.items()), re.DOTALL)
_TOKEN_NO_IRI = re.compile(_TOKEN.pattern.replace("(?P<iri>", "(?P<iri>(?!)"), re.DOTALL)
_ESCAPE = re.compile(_UCHAR)
_IRI_TEXT = re.compile(f"{_IRI_CHAR}*")


def _tokens(text: str, iris: bool = True):
    """(kind, match) for each token of `text` but spaces and comments, as SPARQL 1.1's grammar
    reads it. Oxigraph decodes \\u escapes inside an IRI, so `<...>` is an IRI only when its
    decoded text is one; otherwise its `<` is an operator. With `iris` false every `<` is read
    as an operator, as Oxigraph reads it after an operand in an expression (`FILTER(?a<?b)`)."""
    pattern = _TOKEN if iris else _TOKEN_NO_IRI
    position = 0
    while position < len(text):
        match = pattern.match(text, position)
        kind = match.lastgroup
        if kind == "iri" and not _IRI_TEXT.fullmatch(_ESCAPE.sub(_decoded, match.group()[1:-1])):
            match = _TOKEN_NO_IRI.match(text, position)
            kind = match.lastgroup
        position = match.end()
        if kind not in ("space", "comment"):
            yield kind, match


def _decoded(escape: re.Match[str]) -> str:
    code = int(escape.group()[2:], 16)
    return chr(code) if code < 0x110000 and not 0xD800 <= code < 0xE000 else " "


def tokens_with_spans(text: str):
    """(kind, start, end, text) of each token but spaces and comments: kinds as in _TOKEN_CLASSES."""
    for kind, match in _tokens(text):
        yield kind, match.start(), match.end(), match.group()


def uses_variable(text: str, name: str) -> bool:
    """Whether the query mentions ?name (or $name) outside comments and strings."""
    return any(kind == "variable" and m.group()[1:] == name for kind, m in _tokens(text))


def uses_keyword(text: str, keyword: str) -> bool:
    """Whether Oxigraph could read `keyword` (any case) in the query as a keyword: whether it
    appears outside comments, strings, IRIs and variables, in either reading of `<` (an IRI or
    an operator). Inside longer words too, since Oxigraph's parser matches keywords without
    word boundaries (`trueSERVICE` is `true SERVICE`, `SERVICESILENT` is `SERVICE SILENT`), and
    a prefixed name whose IRI is not valid falls back to its prefix, leaving the local part to
    be read as words."""
    keyword = keyword.upper()
    return any(keyword in code.upper() for code in _code(text))


def _code(text: str):
    """The runs of text that Oxigraph reads as keywords, names and punctuation (not comments,
    strings, IRIs or variables), in both readings of `<`. Where `<` is an operator the text of
    an IRI is left out: what it could hold there (no braces or spaces) is no pattern."""
    iris = _iri_spans(text)
    for reading in (True, False):
        start = end = -1
        for kind, match in _tokens(text, reading):
            if kind in ("string", "iri", "variable") or (not reading and _inside(match, iris)):
                continue
            if match.start() != end:
                if end > start:
                    yield text[start:end]
                start = match.start()
            end = match.end()
        if end > start:
            yield text[start:end]


def _iri_spans(text: str) -> list[tuple[int, int]]:
    return [(match.start(), match.end()) for kind, match in _tokens(text) if kind == "iri"]


def _inside(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(spans, (match.start(), len(match.string) + 1)) - 1
    return index >= 0 and spans[index][0] <= match.start() and match.end() <= spans[index][1]


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
    MAX_OPERATORS keywords, brackets and operators: one that would crash the engine. Both
    readings of `<` are counted (as an operator, what an IRI holds may be brackets)."""
    iris = _iri_spans(text)
    deepest, operators = map(max, zip(*(_size(text, reading, iris) for reading in (True, False))))
    if deepest > MAX_NESTING:
        raise QueryError(f"The query nests {deepest} brackets deep; kg runs queries nested at most "
                         f"{MAX_NESTING} deep.")
    if operators > MAX_OPERATORS:
        raise QueryError(f"The query has {operators} keywords, brackets and operators; kg runs queries of "
                         f"at most {MAX_OPERATORS} (for long lists of values use VALUES or IN (...)).")


def _size(text: str, reading: bool, iris: list[tuple[int, int]]) -> tuple[int, int]:
    """(deepest nesting, keywords + brackets + operators) of one reading of `text`; the
    characters of IRIs read as operators count as brackets only (IRIs are full of `/`)."""
    depth = deepest = operators = 0
    for kind, match in _tokens(text, reading):
        token = match.group()
        if token in _OPENING:
            depth += 1
            deepest = max(deepest, depth)
        elif token in _CLOSING:
            depth = max(depth - 1, 0)
        if reading or not _inside(match, iris):
            if token in _OPENING or token in _OPERATOR or (kind == "word" and ":" not in token):
                operators += 1
    return deepest, operators


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
