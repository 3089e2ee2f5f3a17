"""The library's own SPARQL: one .rq file per query, run with bound variables only.

Values reach a query as a SPARQL 1.1 `VALUES` block whose terms are serialized by pyoxigraph
(N-Triples syntax, escaped): user text is never formatted into SPARQL syntax. The block
replaces the line `#bindings` of the .rq file, placed where the engine should start.
VALUES rather than pyoxigraph's `substitutions`: Oxigraph 0.5 applies substitutions after
evaluating the pattern (0.4 s for one entity's statements on a 1M-triple store), while a
leading VALUES block is joined first (under 1 ms); VALUES also works on any SPARQL 1.1 endpoint.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from ..namespaces import PREFIXES

__all__ = ["text", "select", "select_values", "value"]

_DIR = Path(__file__).resolve().parent


@cache
def text(name: str) -> str:
    """The text of graph/sparql/<name>.rq."""
    return (_DIR / f"{name}.rq").read_text(encoding="utf-8")


_MARKER = "#bindings"


def _bind(name: str, block: str) -> str:
    query = text(name)
    if _MARKER not in query:
        raise ValueError(f"graph/sparql/{name}.rq takes no bindings (it has no {_MARKER} line)")
    return query.replace(_MARKER, block, 1)


def select(store: ox.Store, name: str, **bindings: ox.NamedNode | ox.Literal) -> ox.QuerySolutions:
    """Run the named query with `bindings` (variable name -> RDF term) bound by VALUES."""
    if not bindings:
        return store.query(text(name).replace(_MARKER, ""), prefixes=PREFIXES)
    names = " ".join(f"?{key}" for key in bindings)
    row = " ".join(str(term) for term in bindings.values())
    return store.query(_bind(name, f"VALUES ({names}) {{ ({row}) }}"), prefixes=PREFIXES)


def select_values(
    store: ox.Store, name: str, variable: str, terms: Iterable[ox.NamedNode | ox.Literal], *, limit: int | None = None
) -> ox.QuerySolutions:
    """Run the named query once for a set of values of `variable` (at most `limit` rows)."""
    block = " ".join(str(term) for term in terms)
    query = _bind(name, f"VALUES ?{variable} {{ {block} }}")
    return store.query(query if limit is None else f"{query}\nLIMIT {int(limit)}", prefixes=PREFIXES)


def value(row: ox.QuerySolution, variable: str) -> str | None:
    """The value bound to `variable` in `row`, or None when it is unbound (an OPTIONAL part)."""
    term = row[variable]
    return term.value if term is not None else None
