"""The library's own SPARQL: one .rq file per query, run with bound variables only."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pyoxigraph as ox

from ..namespaces import PREFIXES

__all__ = ["text", "select"]

_DIR = Path(__file__).resolve().parent


@cache
def text(name: str) -> str:
    """The text of graph/sparql/<name>.rq."""
    return (_DIR / f"{name}.rq").read_text(encoding="utf-8")


def select(store: ox.Store, name: str, **bindings: ox.NamedNode | ox.Literal) -> ox.QuerySolutions:
    """Run the named query with `bindings` substituted for its variables (never formatted in)."""
    substitutions = {ox.Variable(key): value for key, value in bindings.items()}
    return store.query(text(name), prefixes=PREFIXES, substitutions=substitutions)
