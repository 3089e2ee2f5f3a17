"""Oxigraph's SPARQL syntax errors told in words: where (line, column, the token there) and what
was expected, with the likely fix for the common slips (an undeclared prefix, a misspelled
keyword, a brace left open).

Oxigraph reports `error at LINE:COLUMN: expected one of ...` followed by its grammar's character
classes; a person needs "line 1, column 22, at 'foaf:name': the prefix foaf: is not declared".
The query is read with graph.query_text's lexer, the one the other decisions about a query use.

>>> explain("SELECT ?x WHERE { ?x foaf:name ?n }", "error at 1:31: expected one of Prefix not found, ['%']", {"pol": ""})
"line 1, column 22, at 'foaf:name': the prefix foaf: is not declared. Declared: pol:. Add PREFIX foaf: <...> before SELECT."
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .query_text import tokens_with_spans

__all__ = ["describe", "explain", "KEYWORDS"]

_LOCATION = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
# one expected item: a quoted token, a character class in brackets, or words up to the next comma
_ITEM = re.compile(r'"(?:[^"\\]|\\.)*"|\[(?:[^\]\'"]|\'(?:[^\'\\]|\\.)*\'|"(?:[^"\\]|\\.)*")*\]|[^,\[\]"]+')
_MAX_EXPECTED = 8

KEYWORDS = frozenset("""
    SELECT CONSTRUCT DESCRIBE ASK WHERE FROM NAMED PREFIX BASE DISTINCT REDUCED AS OPTIONAL UNION MINUS
    GRAPH FILTER BIND VALUES ORDER BY ASC DESC GROUP HAVING LIMIT OFFSET NOT EXISTS IN UNDEF A TRUE FALSE
    COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE
    RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS
    STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5 SHA1 SHA256
    SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX
    SUBSTR REPLACE SERVICE SILENT ISTRIPLE TRIPLE SUBJECT PREDICATE OBJECT
""".split())
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_NOISE = {"'{|'", "'~'"}  # annotation syntax of RDF 1.2, which kg's data never uses


def describe(text: str, error: SyntaxError, declared: Mapping[str, str]) -> str:
    """`explain` for a SyntaxError raised on `text` by Oxigraph or by a remote endpoint. A server
    words its errors its own way: the text is read again by Oxigraph (an empty store) so that the
    message is the same whichever engine answers; the server's words stay if Oxigraph reads it."""
    message = str(error)
    if _LOCATION.match(message.strip()) is None:
        import pyoxigraph as ox

        try:
            ox.Store().query(text, prefixes=declared)
        except SyntaxError as local:
            message = str(local)
        except (OSError, RuntimeError, ValueError):
            pass
    return explain(text, message, declared)


def explain(text: str, message: str, declared: Mapping[str, str]) -> str:
    """One line for the syntax error Oxigraph reported as `message` on `text`; `declared` holds
    the prefixes kg declares for every query. Falls back to `message` if it has no location."""
    match = _LOCATION.match(message.strip())
    if match is None:
        return " ".join(message.split())
    offset = _offset(text, int(match[1]), int(match[2]))
    tokens = list(tokens_with_spans(text))
    before = [token for token in tokens if token[1] <= offset]
    items = _items(match[3])
    if not before:
        return f"line 1, column 1: expected {_in_words(items) or 'a query'}."
    last = before[-1]
    at = f"{_where(text, last)}, at {last[3][:40]!r}"

    if "Prefix not found" in items and last[0] == "word" and ":" in last[3]:
        prefix = last[3].split(":", 1)[0]
        known = ", ".join(f"{name}:" for name in sorted(declared)) or "none"
        form = next((w.upper() for k, _, _, w in tokens if k == "word" and w.upper() in _FORMS), "the query")
        return f"{at}: the prefix {prefix}: is not declared. Declared: {known}. Add PREFIX {prefix}: <...> before {form}."
    misspelled = _misspelled_keyword(before)
    if misspelled:
        token, keyword = misspelled
        return f"{_where(text, token)}, at {token[3]!r}: not a SPARQL keyword; did you mean {keyword}?"
    if "IRI parsing failed" in items:
        return f"{at}: not a valid IRI (no spaces, and none of <>\"{{}}|^`\\ inside <...>)."

    opened = sum(1 for kind, *_ in tokens if kind == "open")
    closed = sum(1 for kind, *_ in tokens if kind == "close")
    hint = ""
    if '"\\""' in items or "\"'\"" in items:
        quotes = [token for token in before if token[0] == "other" and token[3] in "\"'"]
        if quotes:
            return f"{_where(text, quotes[-1])}: the string that starts here is not closed (a {quotes[-1][3]} is missing)."
        hint = " (a string is not closed)"
    elif closed > opened:
        hint = f" ({closed - opened} '}}' more than '{{')"
    elif opened > closed and not text[offset:].strip():
        hint = f" ({opened - closed} '{{' not closed)"
    words = _in_words(items)
    if not words:
        return f"{at}: nothing more was expected{hint}."
    if not text[offset:].strip() and last[2] >= len(text.rstrip()):
        at = f"{_where(text, last)}, at the end of the query (after {last[3][:40]!r})"
    return f"{at}: expected {words}{hint}."


def _offset(text: str, line: int, column: int) -> int:
    """The index in `text` of Oxigraph's 1-based line and column (columns count characters)."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", text)]
    start = starts[min(max(line, 1), len(starts)) - 1]
    return min(start + max(column, 1) - 1, len(text))


def _where(text: str, token: tuple[str, int, int, str]) -> str:
    before = text[: token[1]]
    line = len(re.findall(r"\r\n|\n|\r", before)) + 1
    column = token[1] - max(before.rfind("\n"), before.rfind("\r"))
    return f"line {line}, column {column}"


def _items(expected: str) -> list[str]:
    expected = expected.strip()
    if expected.startswith("expected"):
        expected = expected[len("expected") :].strip()
    if expected.startswith("one of "):
        expected = expected[len("one of ") :]
    return [item.strip() for item in _ITEM.findall(expected) if item.strip()]


def _in_words(items: list[str]) -> str:
    """The expected items as a person reads them: tokens quoted, character classes named."""
    words: list[str] = []
    for item in items:
        if item.startswith('"'):
            word = repr(item[1:-1].replace('\\"', '"').replace("\\\\", "\\"))
        elif item.startswith("["):
            word = _character_class(item)
        else:
            word = item
        if word and word not in words and word not in _NOISE:
            words.append(word)
    if not words:
        return ""
    shown = words[:_MAX_EXPECTED] + (["..."] if len(words) > _MAX_EXPECTED else [])
    return shown[0] if len(shown) == 1 else "one of " + ", ".join(shown)


def _character_class(item: str) -> str | None:
    if "'0'" in item and "'A'" not in item:
        return "a number"
    if "'A'" in item or "'a'" in item:
        return "a name"
    return None  # the inside of a name or string: no help to a person


def _misspelled_keyword(tokens: list[tuple[str, int, int, str]]) -> tuple[tuple[str, int, int, str], str] | None:
    """The last bare word that is no keyword but close to one ('SELEC', 'FILTR'), with that keyword.
    A word after @ is a language tag, not a keyword."""
    from rapidfuzz import fuzz, process

    for index in range(len(tokens) - 1, -1, -1):
        kind, _, _, word = tokens[index]
        if kind != "word" or ":" in word or word.upper() in KEYWORDS or not word.isalpha() or len(word) < 3:
            continue
        if index and tokens[index - 1][3] == "@":
            continue
        found = process.extractOne(word.upper(), KEYWORDS, scorer=fuzz.ratio, score_cutoff=75)
        if found:
            return tokens[index], found[0]
    return None
