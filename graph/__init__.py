"""kg: a knowledge graph of political relationships from news.

The library is the product; `graph.cli` is a thin command line over it.
"""

from . import errors
from .errors import *  # noqa: F403  (the typed errors are part of the public API)
from .knowledge_graph import KnowledgeGraph

__all__ = ["KnowledgeGraph", *errors.__all__]
