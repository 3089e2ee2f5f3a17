"""The library's own SPARQL: one .rq file per query, run with bound variables only.

Values reach a query in two ways, neither of which formats user text into SPARQL syntax:
pyoxigraph's `substitutions` for single bound variables, and a trailing SPARQL 1.1
`VALUES` block whose terms are serialized by pyoxigraph (N-Triples syntax, escaped) for
queries that take many nodes at once (e.g. a path-finding frontier).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from ..namespaces import PREFIXES

__all__ = ["text", "select", "select_values"]

_DIR = Path(__file__).resolve().parent


@cache
def text(name: str) -> str:
    """The text of graph/sparql/<name>.rq."""
    return (_DIR / f"{name}.rq").read_text(encoding="utf-8")


def select(store: ox.Store, name: str, **bindings: ox.NamedNode | ox.Literal) -> ox.QuerySolutions:
    """Run the named query with `bindings` substituted for its variables (never formatted in)."""
    substitutions = {ox.Variable(key): value for key, value in bindings.items()}
    return store.query(text(name), prefixes=PREFIXES, substitutions=substitutions)


def select_values(
    store: ox.Store, name: str, variable: str, terms: Iterable[ox.NamedNode | ox.Literal]
) -> ox.QuerySolutions:
    """Run the named query once for a set of values of `variable` (a trailing VALUES block)."""
    block = " ".join(str(term) for term in terms)
    return store.query(f"{text(name)}\nVALUES ?{variable} {{ {block} }}", prefixes=PREFIXES)
