"""kg: a knowledge graph of political relationships from news.

The library is the product; `graph.cli` is a thin command line over it. From Python, start with
`graph.open()` (graph.api): paths, cards, queries as rows or DataFrames, networkx graphs and
views that draw inline in a notebook.
"""

from . import errors
from .errors import *  # noqa: F403  (the typed errors are part of the public API)
from .knowledge_graph import KnowledgeGraph

__all__ = ["KnowledgeGraph", "open", "Graph", *errors.__all__]


def __getattr__(name: str):
    # graph.api is imported on first use, so that `kg path` and `kg query` do not pay for it
    if name in ("open", "Graph"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
